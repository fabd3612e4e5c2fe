"""Compile locale/*/LC_MESSAGES/django.po to .mo without GNU gettext.

Django's ``compilemessages`` needs ``msgfmt``, which slim images and fresh
machines lack; polib (a wagtail-localize dependency) writes the same files.
``--check`` exits non-zero when a committed .mo is out of date with its .po.
"""

import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Compile the project's .po catalogues to .mo (or --check they are current)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only check that every .mo matches its .po; change nothing.",
        )

    def handle(self, *args, check=False, **options):
        stale = []
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                catalogue = polib.pofile(str(po_path))
                if check:
                    with tempfile.TemporaryDirectory() as tmp:
                        fresh = Path(tmp) / "fresh.mo"
                        catalogue.save_as_mofile(str(fresh))
                        if (
                            not mo_path.exists()
                            or fresh.read_bytes() != mo_path.read_bytes()
                        ):
                            stale.append(str(mo_path))
                    continue
                catalogue.save_as_mofile(str(mo_path))
                self.stdout.write(f"compiled {mo_path} ({len(catalogue)} messages)")
        if stale:
            raise CommandError(
                f"Out of date: {', '.join(stale)}. Run `manage.py compile_catalogues`."
            )
