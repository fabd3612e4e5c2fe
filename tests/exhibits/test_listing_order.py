"""Listings are ordered by a listing key kept beside the page (its language
and title copied by save()), so that a large museum's listing reads one
index. Readers must not notice: the order follows every title change, and
pages of a listing join up exactly."""

import pytest
from django.db.models import F

from cms.exhibits.models import ExhibitPage
from cms.knowledge.models import KnowledgePage
from cms.stories.models import StoryPage

pytestmark = pytest.mark.django_db


def listed_keys(client, **params):
    response = client.get("/api/v1/exhibits/", {"locale": "fr", "limit": 100, **params})
    assert response.status_code == 200
    return [item["key"] for item in response.json()["results"]]


def test_every_page_listing_key_matches_its_page():
    """The demo's pages, translations made by wagtail-localize included."""
    for model in (ExhibitPage, StoryPage, KnowledgePage):
        pages = model.objects.all()
        assert pages.filter(locale__language_code="ar").exists()
        assert not pages.exclude(sort_locale_id=F("locale_id")).exists()
        assert not pages.exclude(sort_title=F("title")).exists()


def test_a_renamed_exhibit_moves_in_the_api_and_the_site_listing(
    client, make_exhibits, exhibit_index
):
    first, second, third = make_exhibits(3)
    keys = [str(page.translation_key) for page in (first, second, third)]
    order = [key for key in listed_keys(client) if key in keys]
    assert order == keys

    first.title = "Zzz, une exposition renommée"
    first.save_revision().publish()

    order = [key for key in listed_keys(client) if key in keys]
    assert order == [keys[1], keys[2], keys[0]]
    html = client.get(exhibit_index.url + "?period_from=1970&period_to=1980").content
    html = html.decode()
    positions = [html.index(page.title) for page in (second, third)]
    positions.append(html.index("Zzz, une exposition renommée"))
    assert positions == sorted(positions)


def test_pages_of_a_listing_join_up(client, make_exhibits):
    make_exhibits(5)
    whole = listed_keys(client)
    assert len(whole) >= 6
    pieces = []
    for offset in range(0, len(whole), 2):
        pieces += listed_keys(client, limit=2, offset=offset)
    assert pieces == whole
