"""A minimal site for ``--no-demo`` runs (the test suite): home, the three
sections and one place, theme and person, in the four languages.

``seed_demo`` takes minutes (it translates through wagtail-localize); the
bench's own test only needs somewhere to put the generated items, so it
builds the same structure directly, with the same fast page saves.
"""

import uuid

from wagtail.models import Locale, Page, Site

from bench.pages import ChildAppender
from cms.core.languages import CODES, SOURCE_LANGUAGE
from cms.core.models import Person, Place, Theme
from cms.exhibits.models import ExhibitIndexPage
from cms.knowledge.models import KnowledgeIndexPage
from cms.stories.models import StoryIndexPage

NAMESPACE = uuid.UUID("7d0c3f1e-2b8a-4f5e-9c61-0a9b8e7d6c51")
SECTIONS = (
    ("exhibits", ExhibitIndexPage),
    ("stories", StoryIndexPage),
    ("knowledge", KnowledgeIndexPage),
)


def build():
    """Create what is missing; returns False when the site already had sections."""
    if ExhibitIndexPage.objects.exists():
        return False
    locales = {code: Locale.objects.get(language_code=code) for code in CODES}
    home = Site.objects.get(is_default_site=True).root_page.specific
    homes = {SOURCE_LANGUAGE: home}
    root = Page.objects.get(depth=1)
    appender = ChildAppender(root)
    for code in CODES:
        if code == SOURCE_LANGUAGE:
            continue
        translation = type(home)(
            title=f"{home.title} ({code})",
            slug=f"home-{code}",
            translation_key=home.translation_key,
        )
        appender.parent.locale_id = locales[code].pk
        homes[code] = appender.append(translation)
    appender.parent.locale_id = root.locale_id
    appender.finish()
    for code, parent in homes.items():
        sections = ChildAppender(parent)
        for slug, model in SECTIONS:
            sections.append(
                model(
                    title=f"{slug} ({code})",
                    slug=slug,
                    translation_key=uuid.uuid5(NAMESPACE, slug),
                    introduction="<p>Bench</p>",
                )
            )
        sections.finish()
    for model, fields in (
        (Place, {"name": "Casablanca", "country": "MA"}),
        (Theme, {"name": "Travail"}),
        (Person, {"name": "Fatima"}),
    ):
        key = uuid.uuid5(NAMESPACE, model.__name__)
        model.objects.bulk_create(
            model(translation_key=key, locale=locale, **fields)
            for locale in locales.values()
        )
    return True
