"""Export exhibits: ``manage.py export_exhibits --locale ar --format json``."""

from django.core.management.base import BaseCommand, CommandError

from cms.exhibits import inventory
from cms.exhibits.management.commands.export_objects import write


class Command(BaseCommand):
    help = "Export the public exhibits of one language as JSON (the API's detail)."

    def add_arguments(self, parser):
        parser.add_argument("--locale", required=True, help="fr, ar, en or zgh.")
        parser.add_argument("--format", default="json", help="json.")
        parser.add_argument(
            "--output", help="A file to write (default: standard output)."
        )

    def handle(self, *args, **options):
        try:
            text = inventory.export_exhibits(options["locale"], options["format"])
        except inventory.InventoryError as error:
            raise CommandError(str(error)) from error
        write(self, text, options["output"])
