"""``manage.py migrate_locked``: ``migrate`` under a PostgreSQL advisory lock.

The release step of every deploy (compose.yaml's ``release`` service, a
Kubernetes Job, a platform's release phase). When two of them start at once
— two replicas each running a release, a retried job — the second waits for
the first to finish, then finds nothing to apply. The lock is PostgreSQL's
own (``pg_advisory_lock``): held by the database session, released when the
command ends or its connection dies, so a killed release never leaves it
behind.

The session's ``statement_timeout`` is turned off: a migration may rewrite
a large table, and the production setting exists for web requests.
"""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

# One number for "the museum's schema is being changed": the bytes of
# "museumdb" as a big-endian integer.
LOCK_KEY = int.from_bytes(b"museumdb", "big")
POLL_SECONDS = 1.0


class Command(BaseCommand):
    help = (
        "Apply migrations while holding a PostgreSQL advisory lock, so that two "
        "releases never migrate at once (the second waits, then has nothing to do)."
    )
    # The schema may be behind the code: that is what this command fixes.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("app_label", nargs="?")
        parser.add_argument("migration_name", nargs="?")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)
        parser.add_argument(
            "--wait",
            type=float,
            default=900.0,
            help="seconds to wait for another release's lock (default 900)",
        )
        parser.add_argument(
            "--noinput", "--no-input", action="store_false", dest="interactive"
        )

    def handle(self, *args, database, wait, app_label, migration_name, **options):
        connection = connections[database]
        if connection.vendor != "postgresql":
            raise CommandError("migrate_locked needs PostgreSQL.")
        with connection.cursor() as cursor:
            cursor.execute("SET statement_timeout = 0")
        self._acquire(connection, wait)
        try:
            arguments = [name for name in (app_label, migration_name) if name]
            call_command(
                "migrate",
                *arguments,
                database=database,
                interactive=False,
                verbosity=options["verbosity"],
                stdout=self.stdout,
                stderr=self.stderr,
            )
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [LOCK_KEY])
        self.stdout.write("Migration lock released.")

    def _acquire(self, connection, wait):
        deadline = time.monotonic() + wait
        announced = False
        while True:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_try_advisory_lock(%s)", [LOCK_KEY])
                if cursor.fetchone()[0]:
                    break
            if not announced:
                self.stdout.write(
                    "Another release holds the migration lock; waiting for it."
                )
                self.stdout.flush()
                announced = True
            if time.monotonic() >= deadline:
                raise CommandError(
                    f"The migration lock was still held after {wait:g} s: another "
                    "release is migrating (or stuck); nothing was applied."
                )
            time.sleep(POLL_SECONDS)
        self.stdout.write("Migration lock acquired.")
