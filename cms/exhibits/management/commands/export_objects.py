"""Export museum objects: ``manage.py export_objects --locale ar --format csv``."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.exhibits import inventory


class Command(BaseCommand):
    help = (
        "Export every museum object as CSV (the import's columns: French plus "
        "the chosen language, or 'all') or JSON (the API's list items)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--locale", default="all", help="fr, ar, en, zgh or all (CSV)."
        )
        parser.add_argument("--format", default="csv", help="csv or json.")
        parser.add_argument(
            "--output", help="A file to write (default: standard output)."
        )

    def handle(self, *args, **options):
        try:
            text = inventory.export_objects(options["locale"], options["format"])
        except inventory.InventoryError as error:
            raise CommandError(str(error)) from error
        write(self, text, options["output"])


def write(command, text, output):
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        command.stdout.write(text, ending="")
