import json
import os
import re
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from cms.core.demo.seeding import demo_key
from cms.exhibits.models import MuseumObject

pytestmark = pytest.mark.django_db

SNAPSHOTS = Path(__file__).parent / "snapshots"
LANGUAGE_CODES = ["fr", "ar", "en", "zgh"]


def normalise(value):
    """Remove what changes between runs (database ids, publication times)."""
    if isinstance(value, dict):
        return {
            key: "<id>"
            if key == "id" and isinstance(item, int | str)
            else "<timestamp>"
            if key == "last_published_at" and item
            else normalise(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if isinstance(value, str):
        # Storage adds a random suffix when a file name is taken (a reused media folder).
        value = re.sub(r"/images/([\w-]+?)(_\w{7})?\.", r"/images/\1.", value)
        return re.sub(
            r"/documents/\d+/([\w-]+?)(_\w{7})?\.(\w+)$",
            r"/documents/<id>/\1.\3",
            value,
        )
    return value


def assert_matches_snapshot(name, data):
    path = SNAPSHOTS / f"{name}.json"
    data = normalise(data)
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        SNAPSHOTS.mkdir(exist_ok=True)
        path.write_text(
            json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert data == expected, (
        f"{name} changed; rerun with UPDATE_SNAPSHOTS=1 if intended"
    )


def exhibit_key():
    return demo_key("exhibit", "first-departures")


def test_exhibit_detail_in_arabic_matches_the_snapshot(api_client):
    response = api_client.get(f"/api/v1/exhibits/{exhibit_key()}/", {"locale": "ar"})

    assert response.status_code == 200
    assert_matches_snapshot("exhibit_detail_ar", response.json())


def test_object_detail_in_tamazight_matches_the_snapshot(api_client):
    key = MuseumObject.objects.get(
        accession_number="MMM.2026.1.1", locale__language_code="fr"
    ).translation_key

    response = api_client.get(f"/api/v1/objects/{key}/", {"locale": "zgh"})

    assert response.status_code == 200
    assert_matches_snapshot("object_detail_zgh", response.json())


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_exhibit_detail_carries_objects_with_image_renditions_in_one_response(
    api_client, code
):
    body = api_client.get(f"/api/v1/exhibits/{exhibit_key()}/", {"locale": code}).json()

    assert body["key"] == str(exhibit_key())
    assert body["locale"]["served"] == code
    assert body["locale"]["dir"] == ("rtl" if code == "ar" else "ltr")
    assert body["objects"], "objects are inline"
    first = body["objects"][0]
    assert first["images"][0]["renditions"]["card"]["url"].startswith(
        "http://testserver/media/"
    )
    assert first["images"][0]["renditions"]["card"]["width"] == 600
    assert body["hero_image"]["renditions"]["hero"]["width"] == 1600
    assert {block["type"] for block in body["body"]} >= {
        "paragraph",
        "quote",
        "timeline",
        "image",
    }
    assert body["period"]["start_year"] <= body["period"]["end_year"]


def test_exhibit_list_gives_cards_in_the_requested_language(api_client):
    body = api_client.get("/api/v1/exhibits/", {"locale": "zgh"}).json()

    assert body["count"] == 6
    card = body["results"][0]
    assert set(card) == {
        "key",
        "type",
        "title",
        "summary",
        "hero_image",
        "period",
        "places",
        "locale",
        "fallback",
        "meta",
    }
    assert all(result["locale"]["served"] == "zgh" for result in body["results"])
    assert all(result["fallback"]["used"] is False for result in body["results"])
    assert all(
        re.search("[\u2d30-\u2d7f]", result["title"]) for result in body["results"]
    )
    assert card["places"][0]["lat"] is not None


def test_exhibit_list_filters(api_client, demo_exhibit):
    theme = demo_exhibit.exhibit_themes.first().theme.translation_key
    place = demo_exhibit.exhibit_places.first().place.translation_key

    def keys(**params):
        return [
            item["key"]
            for item in api_client.get("/api/v1/exhibits/", params).json()["results"]
        ]

    assert str(exhibit_key()) in keys(theme=theme)
    assert str(exhibit_key()) in keys(place=place)
    assert keys(period_from=1600, period_to=1700) == []
    assert str(exhibit_key()) in keys(
        period_from=demo_exhibit.period_start_year,
        period_to=demo_exhibit.period_start_year,
    )


def test_exhibit_search_finds_words_from_the_title(api_client, demo_exhibit):
    word = max(demo_exhibit.title.split(), key=len)

    results = api_client.get("/api/v1/exhibits/", {"search": word}).json()["results"]

    assert str(exhibit_key()) in [item["key"] for item in results]


@pytest.mark.parametrize(
    "params",
    [
        {"theme": "not-a-key"},
        {"period_from": "1960s"},
        {"search": "x" * 201},
        {"sort": "title"},
    ],
    ids=["bad-key", "bad-year", "search-too-long", "unknown"],
)
def test_bad_exhibit_filters_are_400_problems(api_client, params):
    response = api_client.get("/api/v1/exhibits/", params)

    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"


def test_missing_exhibit_is_a_404_problem_listing_nothing(api_client):
    response = api_client.get("/api/v1/exhibits/00000000-0000-0000-0000-000000000000/")

    assert response.status_code == 404
    assert response.json()["available_locales"] == []


def test_exhibit_missing_in_a_language_says_where_it_exists(api_client, demo_exhibit):
    demo_exhibit.get_translation(Locale.objects.get(language_code="zgh")).unpublish()

    response = api_client.get(
        f"/api/v1/exhibits/{exhibit_key()}/", {"locale": "zgh", "fallback": "none"}
    )

    assert response.status_code == 404
    assert response.json()["available_locales"] == ["fr", "ar", "en"]


def test_draft_exhibits_are_not_listed(api_client, demo_exhibit):
    demo_exhibit.unpublish()

    keys = [
        item["key"]
        for item in api_client.get("/api/v1/exhibits/", {"locale": "fr"}).json()[
            "results"
        ]
    ]

    assert str(exhibit_key()) not in keys
    assert (
        api_client.get(
            f"/api/v1/exhibits/{exhibit_key()}/", {"locale": "fr"}
        ).status_code
        == 404
    )


def test_objects_list_and_filters(api_client, demo_exhibit):
    body = api_client.get("/api/v1/objects/", {"locale": "en", "limit": 100}).json()

    assert body["count"] == 20
    first = body["results"][0]
    assert re.fullmatch(r"MMM\.\d{4}\.\d+\.\d+", first["accession_number"])
    assert first["rights"]["uri"].startswith(
        ("http://rightsstatements.org/", "https://creativecommons.org/")
    )
    assert first["date"] is None or {
        "edtf",
        "display",
        "start_year",
        "end_year",
    } == set(first["date"])
    place = MuseumObject.objects.get(
        accession_number=first["accession_number"], locale__language_code="fr"
    ).place
    by_place = api_client.get(
        "/api/v1/objects/", {"place": place.translation_key}
    ).json()["results"]
    assert first["accession_number"] in [item["accession_number"] for item in by_place]


def count_queries(client, url, params):
    client.get(url, params)  # warm: renditions are made on first use
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


def test_exhibit_api_listing_runs_the_same_queries_for_5_and_50_exhibits(
    api_client, make_exhibits, no_response_cache
):
    make_exhibits(5)
    with_5 = count_queries(
        api_client, "/api/v1/exhibits/", {"limit": 100, "locale": "fr"}
    )
    make_exhibits(45, start=5)
    with_50 = count_queries(
        api_client, "/api/v1/exhibits/", {"limit": 100, "locale": "fr"}
    )

    assert with_50 == with_5


def test_exhibit_page_listing_runs_the_same_queries_for_5_and_50_exhibits(
    client, exhibit_index, make_exhibits, no_response_cache
):
    make_exhibits(5)
    with_5 = count_queries(client, exhibit_index.get_url(), {})
    make_exhibits(45, start=5)
    with_50 = count_queries(client, exhibit_index.get_url(), {})

    assert with_50 == with_5


def test_object_api_listing_runs_a_fixed_number_of_queries(
    api_client, django_assert_max_num_queries, no_response_cache
):
    api_client.get("/api/v1/objects/", {"limit": 100})
    # One of them reads the content generation behind the ETag; the objects'
    # places and themes are French, as the list: none is looked up again.
    with django_assert_max_num_queries(8):
        api_client.get("/api/v1/objects/", {"limit": 100})


def test_exhibit_detail_runs_a_small_fixed_number_of_queries(
    api_client, django_assert_max_num_queries, no_response_cache
):
    url = f"/api/v1/exhibits/{exhibit_key()}/"
    api_client.get(url)
    # 3 of them tell the translation status (meta.translation, translations[]).
    # Its objects, places, themes and curator are French, as the exhibit:
    # none is looked up again.
    with django_assert_max_num_queries(18):
        api_client.get(url)
