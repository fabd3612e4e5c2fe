"""What ``translate_section`` and ``sync_outdated`` share: the same work as the
admin's bulk actions (``cms.translation.bulk``), run in the foreground with a
line per page and a summary."""

from django.core.management.base import BaseCommand, CommandError, no_translations

from cms.translation import bulk


class SectionCommand(BaseCommand):
    action = None  # bulk.TRANSLATE or bulk.SYNC
    languages_required = True
    done_label = ""

    def add_arguments(self, parser):
        parser.add_argument(
            "page",
            help="The section: a page id, or its URL path such as /fr/expositions/.",
        )
        parser.add_argument(
            "--languages",
            default="",
            help="Target languages, comma-separated: "
            + ",".join(bulk.TARGET_CODES)
            + ("" if self.languages_required else " (default: all of them)"),
        )

    @no_translations  # operators' output in English, whatever LANGUAGE_CODE
    def handle(self, *args, page, languages, verbosity=1, **options):
        try:
            section = bulk.find_section(page)
            codes = bulk.parse_languages(languages, required=self.languages_required)
        except bulk.SectionError as error:
            raise CommandError(str(error)) from error
        self.verbosity = verbosity
        if verbosity:
            self.stdout.write(
                f"{section.title} (page {section.pk}) → {', '.join(codes)}"
            )
        outcome = bulk.ACTIONS[self.action](section, codes, progress=self.report)
        self.summarise(outcome)
        if outcome["errors"]:
            raise CommandError(
                f"{len(outcome['errors'])} translation(s) could not be done: "
                "see the lines marked 'error' above."
            )

    def report(self, outcome, item, results):
        if not self.verbosity:
            return
        states = ", ".join(f"{code}: {result}" for code, result in results.items())
        draft = " [draft only: consent not public]" if item["restricted"] else ""
        self.stdout.write(
            f"({outcome['done']}/{outcome['total']}) {item['title']}: {states}{draft}"
        )

    def summarise(self, outcome):
        if not self.verbosity:
            return
        for code, counts in outcome["counts"].items():
            figures = ", ".join(f"{name} {number}" for name, number in counts.items())
            self.stdout.write(f"[{code}] {figures}")
        for error in outcome["errors"]:
            self.stderr.write(
                f"error [{error['language']}] {error['title']} "
                f"(page {error['page_id']}): {error['message']}"
            )
        style = self.style.ERROR if outcome["errors"] else self.style.SUCCESS
        self.stdout.write(
            style(f"{self.done_label}: {outcome['total']} page(s) in the section.")
        )
