"""Erase a narrator who withdrew consent, in every language (docs/oral-histories.md,
"Erasing a narrator")."""

from django.core.management.base import BaseCommand, CommandError

from cms.stories import erasure


class Command(BaseCommand):
    help = (
        "Erase a person (their key: the translation key shared by every language "
        "version) and every interview they narrate, in every language: pages, "
        "revisions, translations, search entries, recordings and files. Keeps each "
        "interview's consent record, redacted, as proof of the withdrawal. "
        "--dry-run lists what would be touched and changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "key", nargs="?", help="the person's translation key (UUID)"
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="list everything that would be removed or changed; change nothing",
        )
        parser.add_argument(
            "--find",
            metavar="TEXT",
            help="list the people whose name contains TEXT (any language) and their keys",
        )

    def handle(self, *args, key=None, dry_run=False, find=None, **options):
        if find is not None:
            return self.find(find)
        if not key:
            raise CommandError("Give a person key, or --find TEXT to look one up.")
        if dry_run:
            return self.dry_run(key)
        try:
            report = erasure.erase(key, progress=self.progress)
        except erasure.UnknownPerson as error:
            raise CommandError(str(error)) from error
        total = sum(report.deleted.values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Erased person {key}: {total} rows removed or redacted, "
                f"{report.files_deleted} files deleted."
            )
        )

    def progress(self, message):
        self.stdout.write(f"  {message}")
        self.stdout.flush()

    def find(self, text):
        people = erasure.find_people(text)
        if not people:
            raise CommandError(f"No person's name contains {text!r}.")
        for key, names in people:
            self.stdout.write(f"{key}  {' | '.join(names)}")

    def dry_run(self, key):
        try:
            plan = erasure.plan(key)
        except erasure.UnknownPerson as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Dry run for person {plan.key}: nothing is changed.")
        for kind, count, identifiers in plan.summary():
            line = f"  {kind}: {count}"
            if identifiers:
                line += f" [{', '.join(identifiers)}]"
            self.stdout.write(line)
