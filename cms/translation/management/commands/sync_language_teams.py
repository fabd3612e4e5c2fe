"""Give every language team its page permissions on its language's home page.

Runs by itself after ``migrate`` and whenever a home page is created; use it
after creating a team (or changing its page permissions) in the admin, or after
restoring a database. Idempotent: it only adds what is missing.
"""

from django.core.management.base import BaseCommand

from cms.translation.permissions import grant_home_page_permissions


class Command(BaseCommand):
    help = "Grant each language team its page permissions on its language's home page."

    def handle(self, *args, **options):
        added = grant_home_page_permissions()
        self.stdout.write(f"language teams: {added} page permission(s) added")
