from django.core.management.base import BaseCommand

from cms.search.indexing import rebuild


class Command(BaseCommand):
    help = (
        "Rebuild the search index of /api/v1/search/ from the published content. "
        "Safe to run at any time and as often as needed."
    )

    def handle(self, *args, verbosity=1, **options):
        def report(message):
            if verbosity:
                self.stdout.write(message)

        total = rebuild(report)
        report(self.style.SUCCESS(f"Search index rebuilt: {total} entries."))
