"""Import an inventory of museum objects (CSV or XLSX):
``manage.py import_objects inventaire.xlsx --images photos.zip [--commit]``.

A dry run unless ``--commit``: one line per row (created, updated, unchanged,
refused with row, column and reason), then a summary. Exit status 1 with one
line when the file cannot be imported at all, or 2 when rows were refused and
nothing was written."""

import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.exhibits import inventory


class Command(BaseCommand):
    help = (
        "Check (dry run) or import (--commit) an inventory of museum objects "
        "from a CSV (UTF-8) or XLSX file; see docs/editors.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The inventory: .csv (UTF-8) or .xlsx.")
        parser.add_argument(
            "--images", help="A folder or .zip holding the image files named."
        )
        parser.add_argument(
            "--commit",
            action="store_true",
            help="Write to the database (without it: a dry run).",
        )
        parser.add_argument(
            "--valid-only",
            action="store_true",
            help="With --commit: import the valid rows even if others are refused.",
        )
        parser.add_argument(
            "--quiet-rows",
            action="store_true",
            help="Print only refused rows and the summary.",
        )

    def handle(self, *args, **options):
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from error
        started = time.monotonic()
        try:
            images = (
                inventory.ImageFiles(options["images"]) if options["images"] else None
            )
            result = inventory.run_import(
                data,
                path.name,
                images=images,
                commit=options["commit"],
                valid_only=options["valid_only"],
                progress=self.progress,
            )
        except inventory.InventoryError as error:
            raise CommandError(str(error)) from error
        for report in result.rows:
            if options["quiet_rows"] and report.outcome != inventory.REFUSED:
                continue
            line = (
                f"row {report.row}\t{report.accession_number or '-'}\t{report.outcome}"
            )
            if report.reasons:
                line += "\t" + "; ".join(report.reasons)
            self.stdout.write(line)
        if result.ignored_columns:
            self.stdout.write(
                "Ignored columns (unknown): " + ", ".join(result.ignored_columns)
            )
        counts = ", ".join(f"{n} {outcome}" for outcome, n in result.counts.items())
        elapsed = time.monotonic() - started
        if result.committed:
            verdict = "Imported"
        elif options["commit"]:
            verdict = "Nothing written (refused rows; fix them or use --valid-only)"
        else:
            verdict = "Dry run, nothing written (use --commit)"
        self.stdout.write(
            f"{verdict}: {len(result.rows)} rows: {counts} ({elapsed:.1f} s)."
        )
        if not result.valid and not result.committed:
            sys.exit(2)

    def progress(self, phase, done, total):
        # Checking is quick; writing (through wagtail-localize) is not.
        if phase == "import" or total >= 1000 or done == total:
            self.stderr.write(f"{phase}: {done}/{total}")
