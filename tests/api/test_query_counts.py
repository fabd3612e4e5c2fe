"""Listings cost the same number of queries for a handful of items and for a
full page of them; detail views a small fixed number. (Counts, not timings:
speed itself is measured by `make bench`.)

Each kind's listing is read with ``limit=100`` first with the demo's items
(at least five) and then with 30 more copies of a demo item, with their
themes, places, objects and images: a query made per item would show as 30
more queries. The response cache is off here; these are the costs of a miss.
"""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from cms.exhibits.models import ExhibitIndexPage, ExhibitPage, MuseumObject
from cms.knowledge.models import KnowledgeIndexPage, KnowledgePage
from cms.stories.models import StoryAccess, StoryIndexPage, StoryPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_response_cache")]

MORE = 30

# The most queries a detail may cost (a cache miss), per kind and language.
# The demo's French items link French snippets, which need no lookup; its
# Arabic ones link some French ones, read again in Arabic.
DETAIL_BUDGET = {
    ("exhibits", "fr"): 18,
    ("exhibits", "ar"): 22,
    ("objects", "fr"): 9,
    ("objects", "ar"): 11,
    ("stories", "fr"): 10,
    ("stories", "ar"): 13,
    ("knowledge", "fr"): 12,
    ("knowledge", "ar"): 17,
}


def french():
    return Locale.objects.get(language_code="fr")


def copy_pages(model, index_model, count, *, after_copy=None):
    source = model.objects.live().filter(locale=french()).first()
    parent = index_model.objects.get(locale=french())
    for number in range(count):
        copy = source.copy(
            to=parent,
            update_attrs={
                "slug": f"{source.slug}-copie-{number}",
                "title": f"{source.title} ({number})",
            },
            copy_revisions=False,
            keep_live=True,
            reset_translation_key=True,
        )
        if after_copy:
            after_copy(copy)


def public_story(copy):
    StoryAccess.objects.update_or_create(
        translation_key=copy.translation_key, defaults={"access_level": "public"}
    )


def copy_objects(count):
    source = MuseumObject.objects.filter(locale=french()).first()
    for number in range(count):
        copy = MuseumObject.objects.get(pk=source.pk)
        copy.pk = None
        copy.id = None
        copy.translation_key = uuid.uuid4()
        copy.accession_number = f"{source.accession_number}-C{number}"
        copy.title = f"{source.title} ({number})"
        copy.save()


GROW = {
    "exhibits": lambda: copy_pages(ExhibitPage, ExhibitIndexPage, MORE),
    "stories": lambda: copy_pages(
        StoryPage, StoryIndexPage, MORE, after_copy=public_story
    ),
    "knowledge": lambda: copy_pages(KnowledgePage, KnowledgeIndexPage, MORE),
    "objects": lambda: copy_objects(MORE),
}


def queries(client, url, params=None):
    """Queries of a steady-state request: the first request after a change
    also fills Wagtail's own caches (site root paths), so it is not counted."""
    client.get(url, params or {})
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params or {})
    assert response.status_code == 200, (url, response.content[:300])
    return len(captured), response


@pytest.mark.parametrize("kind", sorted(GROW))
def test_api_listing_queries_do_not_grow_with_items(api_client, kind):
    url = f"/api/v1/{kind}/"
    params = {"locale": "fr", "limit": 100}
    before, response = queries(api_client, url, params)
    shown_before = len(response.json()["results"])
    assert shown_before >= 1

    GROW[kind]()
    after, response = queries(api_client, url, params)

    assert len(response.json()["results"]) == shown_before + MORE
    assert after == before, (
        f"{kind}: {before} queries for {shown_before} items, {after} for {shown_before + MORE}"
    )


@pytest.mark.parametrize(
    ("index_model", "kind"),
    [
        (ExhibitIndexPage, "exhibits"),
        (StoryIndexPage, "stories"),
        (KnowledgeIndexPage, "knowledge"),
    ],
)
def test_rendered_listing_queries_do_not_grow_with_items(client, index_model, kind):
    index = index_model.objects.get(locale=french())
    url = index.get_url()
    before, response = queries(client, url)
    cards_before = response.content.decode().count('<li class="card')

    GROW[kind]()
    after, response = queries(client, url)

    # The first page is now full: more cards than before, each with its data.
    assert response.content.decode().count('<li class="card') == index.per_page
    assert cards_before < index.per_page
    assert after == before, f"{url}: {before} then {after} queries"


@pytest.mark.parametrize(("kind", "code"), sorted(DETAIL_BUDGET))
def test_api_detail_costs_a_small_fixed_number_of_queries(api_client, kind, code):
    listing = api_client.get(f"/api/v1/{kind}/", {"locale": code}).json()["results"]
    detail = f"/api/v1/{kind}/{listing[0]['key']}/"

    count, response = queries(api_client, detail, {"locale": code})

    assert response.json()["locale"]["served"] == code
    assert count <= DETAIL_BUDGET[kind, code], count


def exhibit_path(code):
    return (
        ExhibitPage.objects.live()
        .filter(locale__language_code=code)
        .order_by("pk")
        .first()
        .get_url()
    )


def story_path(code):
    return (
        StoryPage.objects.live()
        .filter(locale__language_code=code)
        .order_by("pk")
        .first()
        .get_url()
    )


# Other reads, each with the most queries it may cost on a miss (measured
# 2026-11-30: locales 57, search 10, resolve 44, themes 2, pages 55/47/41).
# A warm cache answers any of them with one query (test_response_cache.py).
FIXED_BUDGETS = [
    ("locales", lambda: ("/api/v1/locales/", {}), 60),
    ("search", lambda: ("/api/v1/search/", {"q": "Tanger", "locale": "fr"}), 12),
    ("resolve", lambda: ("/api/v1/resolve/", {"path": exhibit_path("ar")}), 45),
    ("themes", lambda: ("/api/v1/taxonomies/themes/", {"locale": "zgh"}), 3),
    ("exhibit page", lambda: (exhibit_path("ar"), {}), 56),
    ("story page", lambda: (story_path("fr"), {}), 48),
    ("home page", lambda: ("/ar/", {}), 42),
]


@pytest.mark.parametrize(
    ("url", "budget"),
    [(url, budget) for _name, url, budget in FIXED_BUDGETS],
    ids=[name for name, _url, _budget in FIXED_BUDGETS],
)
def test_other_reads_cost_a_fixed_number_of_queries(client, url, budget):
    path, params = url()
    count, _response = queries(client, path, params)

    assert count <= budget
