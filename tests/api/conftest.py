import pytest
from wagtail.models import Locale

from cms.core.demo.seeding import demo_key
from cms.exhibits.models import ExhibitPage
from cms.knowledge.models import KnowledgePage
from tests.stories.conftest import (  # noqa: F401  (fixtures, used by name)
    french,
    restricted_fixtures,
    story_index,
)


def locale(code):
    return Locale.objects.get(language_code=code)


@pytest.fixture
def exhibit():
    """The demo exhibit about the first departures, in French."""
    return ExhibitPage.objects.get(
        translation_key=demo_key("exhibit", "first-departures"),
        locale=locale("fr"),
    )


@pytest.fixture
def knowledge_page():
    return KnowledgePage.objects.live().filter(locale=locale("fr")).first()


def publish(page):
    page.save_revision().publish()
    return page
