"""?fallback= and provenance: a reader of Tamazight gets the French (or
Arabic) version of what is not translated, and is told so, field by field."""

import pytest

from cms.exhibits.models import (
    ExhibitIndexPage,
    ExhibitObject,
    ExhibitPage,
    MuseumObject,
)
from tests.api.conftest import locale

pytestmark = pytest.mark.django_db


def detail(client, key, **params):
    return client.get(f"/api/v1/exhibits/{key}/", params)


def test_a_complete_translation_is_served_as_is(api_client, exhibit):
    body = detail(api_client, exhibit.translation_key, locale="zgh").json()

    assert body["locale"]["requested"] == "zgh"
    assert body["locale"]["served"] == "zgh"
    assert body["fallback"] == {"used": False, "fields": {}}


def test_default_chain_serves_french_for_a_missing_tamazight_translation(
    api_client, exhibit
):
    exhibit.get_translation(locale("zgh")).unpublish()

    response = detail(api_client, exhibit.translation_key, locale="zgh")

    assert response.status_code == 200
    body = response.json()
    assert body["locale"] == {
        "requested": "zgh",
        "served": "fr",
        "dir": "ltr",
        "script": "Latn",
    }
    assert body["title"] == exhibit.title
    assert body["fallback"]["used"] is True
    assert body["fallback"]["fields"]["*"] == "fr"


def test_default_chain_goes_on_to_arabic_for_an_item_written_in_arabic(
    api_client, exhibit
):
    """An exhibit an Arabic-speaking curator wrote in the Arabic tree only:
    a Tamazight reader gets it in Arabic (zgh → fr → ar)."""
    arabic_index = ExhibitIndexPage.objects.get(locale=locale("ar"))
    written = arabic_index.add_child(
        instance=ExhibitPage(
            title="معرض كتب بالعربية",
            introduction="<p>مقدمة المعرض.</p>",
            period_start="1975",
        )
    )
    written.save_revision().publish()

    body = detail(api_client, written.translation_key, locale="zgh").json()

    assert body["locale"]["served"] == "ar"
    assert body["locale"]["dir"] == "rtl"
    assert body["title"] == "معرض كتب بالعربية"
    assert body["fallback"]["fields"] == {"*": "ar"}
    assert detail(api_client, written.translation_key, locale="en").status_code == 404


def test_an_explicit_chain_is_followed_in_its_order(api_client, exhibit):
    arabic = exhibit.get_translation(locale("ar"))
    exhibit.get_translation(locale("zgh")).unpublish()

    body = detail(
        api_client, exhibit.translation_key, locale="zgh", fallback="ar,fr"
    ).json()

    assert body["locale"]["served"] == "ar"
    assert body["title"] == arabic.title


def test_fallback_none_is_a_404_listing_the_languages_that_exist(api_client, exhibit):
    exhibit.get_translation(locale("zgh")).unpublish()

    response = detail(
        api_client, exhibit.translation_key, locale="zgh", fallback="none"
    )

    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["available_locales"] == ["fr", "ar", "en"]


@pytest.mark.parametrize("value", ["xx", "fr,klingon", ",", "none,fr"])
def test_a_bad_fallback_is_a_400_problem(api_client, exhibit, value):
    response = detail(api_client, exhibit.translation_key, locale="en", fallback=value)

    assert response.status_code == 400
    assert response.json()["parameter"] == "fallback"


def test_listing_mixes_languages_per_item_and_says_which(api_client, exhibit):
    exhibit.get_translation(locale("zgh")).unpublish()

    results = api_client.get("/api/v1/exhibits/", {"locale": "zgh"}).json()["results"]
    by_key = {item["key"]: item for item in results}

    fallen_back = by_key[str(exhibit.translation_key)]
    assert fallen_back["locale"]["served"] == "fr"
    assert fallen_back["fallback"] == {"used": True, "fields": {"*": "fr"}}
    others = [
        item for key, item in by_key.items() if key != str(exhibit.translation_key)
    ]
    assert others
    assert all(item["locale"]["served"] == "zgh" for item in others)
    assert all(item["fallback"]["used"] is False for item in others)


def test_listing_without_fallback_leaves_the_missing_item_out(api_client, exhibit):
    exhibit.get_translation(locale("zgh")).unpublish()

    with_fallback = api_client.get("/api/v1/exhibits/", {"locale": "zgh"}).json()
    without = api_client.get(
        "/api/v1/exhibits/", {"locale": "zgh", "fallback": "none"}
    ).json()

    keys = {item["key"] for item in without["results"]}
    assert str(exhibit.translation_key) not in keys
    assert without["count"] == with_fallback["count"] - 1


def test_an_alias_is_not_the_item_in_its_language(api_client, exhibit):
    """wagtail-localize's untranslated copy (an alias, French text under
    /zgh/) is reported as French, not as Tamazight."""
    zgh = locale("zgh")
    exhibit.get_translation(zgh).delete()
    exhibit.copy_for_translation(zgh, alias=True)

    body = detail(api_client, exhibit.translation_key, locale="zgh").json()

    assert body["locale"]["served"] == "fr"
    assert body["fallback"]["fields"] == {"*": "fr"}


def test_provenance_names_the_part_that_came_from_another_language(api_client, exhibit):
    """A Tamazight exhibit whose first object has no Tamazight version yet."""
    zgh_exhibit = exhibit.get_translation(locale("zgh"))
    first_key = (
        ExhibitObject.objects.filter(page=zgh_exhibit)
        .order_by("sort_order", "pk")
        .first()
        .museum_object.translation_key
    )
    MuseumObject.objects.get(translation_key=first_key, locale=locale("zgh")).delete()
    french_object = MuseumObject.objects.get(
        translation_key=first_key, locale=locale("fr")
    )

    body = detail(api_client, exhibit.translation_key, locale="zgh").json()

    assert body["locale"]["served"] == "zgh"
    assert body["objects"][0]["key"] == str(first_key)
    assert body["objects"][0]["title"] == french_object.title
    assert body["objects"][0]["locale"]["served"] == "fr"
    assert body["fallback"]["used"] is True
    assert body["fallback"]["fields"]["objects[0]"] == "fr"
    assert "*" not in body["fallback"]["fields"]
    assert body["objects"][1]["locale"]["served"] == "zgh"
    assert "objects[1]" not in body["fallback"]["fields"]


def _exhibit_in(code, title, start):
    index = ExhibitIndexPage.objects.get(locale=locale(code))
    page = index.add_child(
        instance=ExhibitPage(
            title=title,
            introduction="<p>Interclassement.</p>",
            period_start=start,
            period_end="2005",
        )
    )
    page.save_revision().publish()
    return page


def test_fallback_listing_pages_interleave_the_languages_in_order(api_client):
    """A Tamazight list (zgh → fr → ar) mixes items served in three
    languages; read two at a time, both ways, the pages join up in period
    order with nothing repeated or skipped, and each says where it came from."""
    translated = _exhibit_in("fr", "Interclasse translated", "1962")
    zgh_version = translated.copy_for_translation(locale("zgh"))
    zgh_version.title = "Interclasse ⵜⴰⵎⴰⵣⵉⵖⵜ"
    zgh_version.save_revision().publish()
    also_translated = _exhibit_in("fr", "Interclasse second", "1985")
    zgh_second = also_translated.copy_for_translation(locale("zgh"))
    zgh_second.save_revision().publish()
    french_only = [
        _exhibit_in("fr", "Interclasse french", "1974"),
        _exhibit_in("fr", "Interclasse late french", "1999"),
    ]
    arabic_only = _exhibit_in("ar", "Interclasse arabic", "1980")
    expected = [
        (str(translated.translation_key), "zgh"),
        (str(french_only[0].translation_key), "fr"),
        (str(arabic_only.translation_key), "ar"),
        (str(also_translated.translation_key), "zgh"),
        (str(french_only[1].translation_key), "fr"),
    ]

    for ordering, order in (("period", expected), ("-period", expected[::-1])):
        seen = []
        for offset in (0, 2, 4):
            body = api_client.get(
                "/api/v1/exhibits/",
                {
                    "locale": "zgh",
                    "search": "interclasse",
                    "ordering": ordering,
                    "limit": 2,
                    "offset": offset,
                },
            ).json()
            assert body["count"] == 5
            seen += [
                (item["key"], item["locale"]["served"]) for item in body["results"]
            ]
        assert seen == order
