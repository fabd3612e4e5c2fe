"""Send every page of a section for translation where it is missing:
``manage.py translate_section /fr/expositions/ --languages ar,zgh``."""

from cms.translation import bulk
from cms.translation.management.section_command import SectionCommand


class Command(SectionCommand):
    help = (
        "Submit a page and every page below it for translation into the given "
        "languages, as the admin's 'Translate a section' does. Pages already "
        "translated are skipped; oral histories without public consent are "
        "saved as drafts."
    )
    action = bulk.TRANSLATE
    languages_required = True
    done_label = "Translated"
