import pytest
from wagtail.models import Locale

from cms.core.demo.seeding import demo_key
from cms.core.models import Place, Theme
from cms.exhibits.models import (
    ExhibitIndexPage,
    ExhibitPage,
    ExhibitPlace,
    ExhibitTheme,
)


@pytest.fixture
def french():
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def exhibit_index(french):
    return ExhibitIndexPage.objects.get(locale=french)


@pytest.fixture
def demo_exhibit(french):
    """The demo exhibit about the first departures, translated into all four languages."""
    return ExhibitPage.objects.get(
        translation_key=demo_key("exhibit", "first-departures"), locale=french
    )


@pytest.fixture
def make_exhibits(exhibit_index, french):
    """Publish ``count`` more French exhibits, each with a place and a theme."""

    def make(count, start=0):
        place = Place.objects.filter(locale=french).first()
        theme = Theme.objects.filter(locale=french).first()
        pages = []
        for number in range(start, start + count):
            page = ExhibitPage(
                title=f"Exposition d’essai {number}",
                slug=f"essai-{number}",
                introduction="<p>Une exposition pour mesurer.</p>",
                period_start="1970",
                period_end="1980",
            )
            page.exhibit_places = [ExhibitPlace(place=place)]
            page.exhibit_themes = [ExhibitTheme(theme=theme)]
            exhibit_index.add_child(instance=page)
            page.save_revision().publish()
            pages.append(page)
        return pages

    return make
