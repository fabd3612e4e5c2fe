"""Bring the outdated translations of a section up to date with French:
``manage.py sync_outdated /fr/expositions/ [--languages ar]``."""

from cms.translation import bulk
from cms.translation.management.section_command import SectionCommand


class Command(SectionCommand):
    help = (
        "Sync the translations of a page and every page below it whose French "
        "source changed, as the admin's 'Sync outdated translations' does."
    )
    action = bulk.SYNC
    languages_required = False
    done_label = "Synced"
