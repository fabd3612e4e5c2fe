"""Assign the review workflows to every section index page and give the
Curators their page permissions on every language's home page (only adds what
is missing). Runs by itself after ``migrate`` and when such a page is created."""

from django.core.management.base import BaseCommand

from cms.editorial import sync


class Command(BaseCommand):
    help = "Assign review workflows to section pages and curator page rights."

    def handle(self, *args, **options):
        added = sync.sync_all()
        self.stdout.write(f"{added} workflow assignments or permissions added.")
