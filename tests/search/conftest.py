"""Pages, objects and interviews with known words in each language, for the
search tests; the restricted fixtures come from the stories tests."""

import pytest
from wagtail.models import Locale

from cms.exhibits.models import ExhibitIndexPage, ExhibitPage, MuseumObject
from cms.stories.models import StoryAccess, StoryIndexPage, StoryPage, StorySegment
from tests.stories.conftest import (  # noqa: F401  (fixtures, used by name)
    french,
    restricted_fixtures,
    story_index,
)


def locale(code):
    return Locale.objects.get(language_code=code)


@pytest.fixture
def publish_exhibit():
    """Publish an exhibit in language ``code`` with the given texts."""

    def publish(code, title, introduction="", paragraph="", slug=None):
        index = ExhibitIndexPage.objects.get(locale=locale(code))
        page = ExhibitPage(
            title=title,
            slug=slug or f"essai-recherche-{ExhibitPage.objects.count()}",
            introduction=f"<p>{introduction}</p>",
            period_start="1970",
            period_end="1980",
            body=[("paragraph", f"<p>{paragraph}</p>")] if paragraph else [],
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        return page

    return publish


@pytest.fixture
def publish_story():
    """A public interview in language ``code`` with transcript segments
    ``[(start, end, text)]``."""

    def publish(code, title, segments, access="public", slug=None):
        index = StoryIndexPage.objects.get(locale=locale(code))
        story = StoryPage(
            title=title,
            slug=slug or f"entretien-recherche-{StoryPage.objects.count()}",
            summary="<p>Un entretien pour la recherche.</p>",
            original_language="ary",
            recorded_date="2020",
        )
        story.segments = [
            StorySegment(start=start, end=end, speaker="Narratrice", text=text)
            for start, end, text in segments
        ]
        index.add_child(instance=story)
        story.save_revision().publish()
        StoryAccess.objects.update_or_create(
            translation_key=story.translation_key, defaults={"access_level": access}
        )
        return story

    return publish


@pytest.fixture
def make_object():
    def make(code, accession_number, title, description=""):
        return MuseumObject.objects.create(
            locale=locale(code),
            accession_number=accession_number,
            title=title,
            description=f"<p>{description}</p>",
        )

    return make
