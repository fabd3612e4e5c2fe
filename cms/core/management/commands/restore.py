"""``manage.py restore <backup folder>``: verify a backup made by ``manage.py
backup``, then restore it into an empty database and empty media folders and
compare the result with its manifest (docs/operations.md, "Backup and
restore"). There is deliberately no flag to overwrite: a restore never
destroys anything; point DATABASE_URL, MEDIA_ROOT and PRIVATE_MEDIA_ROOT at
empty ones."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.core.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup folder into an EMPTY database and EMPTY media folders, "
        "after checking every checksum; refuses anything else."
    )
    # The target database is empty: the system checks have nothing to read.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("backup", type=Path, help="the backup folder")

    def handle(self, *args, backup, **options):
        try:
            restore_backup(backup, report=self._report)
        except BackupError as error:
            raise CommandError(str(error)) from error
        except Exception as error:
            raise CommandError(
                f"Restore failed: {type(error).__name__}: {' '.join(str(error).split())}"
            ) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {backup}: counts and file checksums match the manifest."
            )
        )

    def _report(self, message):
        self.stdout.write(message)
        self.stdout.flush()
