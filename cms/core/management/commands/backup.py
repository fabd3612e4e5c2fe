"""``manage.py backup [--output DIR]``: the database, both media folders and a
manifest with checksums, in one folder (see cms/core/backup.py and
docs/operations.md, "Backup and restore")."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.core.backup import BackupError, create_backup

# Kept out of git by a .gitignore written when the command creates the folder:
# a backup holds restricted interviews and consent records.
DEFAULT_OUTPUT = Path(settings.BASE_DIR) / "backups"


class Command(BaseCommand):
    help = (
        "Back up the database (pg_dump), MEDIA_ROOT and PRIVATE_MEDIA_ROOT into "
        "one folder with a manifest of SHA-256 checksums and counts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            type=Path,
            default=DEFAULT_OUTPUT,
            help=f"folder that receives the backup folder (default: {DEFAULT_OUTPUT})",
        )

    def handle(self, *args, output, **options):
        output = output.absolute()
        if output == DEFAULT_OUTPUT and not output.exists():
            try:
                output.mkdir(parents=True, mode=0o700)
                (output / ".gitignore").write_text("*\n")
            except OSError as error:
                raise CommandError(
                    f"Cannot create {output}: {error.strerror or error}."
                ) from error
        try:
            folder = create_backup(output, report=self._report)
        except BackupError as error:
            raise CommandError(str(error)) from error
        except Exception as error:
            raise CommandError(
                f"Backup failed: {type(error).__name__}: {' '.join(str(error).split())}"
            ) from error
        self.stdout.write(self.style.SUCCESS(f"Backup complete: {folder}"))

    def _report(self, message):
        self.stdout.write(message)
        self.stdout.flush()
