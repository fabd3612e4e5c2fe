# ruff: noqa: F811  (pytest fixtures imported from other conftest modules)
"""/<lang>/search/: one box across every kind, per-language matching as in
the API, facets, and never anything the public may not see."""

import re

import pytest
from wagtail.models import Locale

from cms.core.models import Theme
from cms.exhibits.models import ExhibitTheme
from tests.search.conftest import (  # noqa: F401  (fixtures, used by name)
    french,
    make_object,
    publish_exhibit,
    publish_story,
    restricted_fixtures,
    story_index,
)

pytestmark = pytest.mark.django_db


def search_page(client, code, **params):
    response = client.get(f"/{code}/search/", params)
    assert response.status_code == 200
    return response.content.decode()


def result_titles(html):
    return re.findall(
        r'<li class="search-hit[^"]*">.*?<h2>(?:<a [^>]*>)?(?:<bdi>)?(.*?)<', html, re.S
    )


def test_search_page_is_served_in_each_language_with_a_box(client):
    for code in ("fr", "ar", "en", "zgh"):
        html = search_page(client, code)
        assert f'<html lang="{code}"' in html
        assert 'name="q"' in html


def test_french_accents_are_folded(client, publish_exhibit):
    publish_exhibit("fr", "La mémoire des quaisvoxa")

    assert "La mémoire des quaisvoxa" in result_titles(
        search_page(client, "fr", q="memoire quaisvoxa")
    )
    assert "La mémoire des quaisvoxa" in result_titles(
        search_page(client, "fr", q="MÉMOIRE QUAISVOXA")
    )


def test_arabic_variants_match(client, publish_exhibit):
    publish_exhibit("ar", "إسْتِقْبالٌ فوكسا", "مدرسة قرب مستشفى الهجـــرة")

    for query in ("استقبال", "مدرسه", "مستشفي", "هجره"):
        html = search_page(client, "ar", q=query)
        assert "إسْتِقْبالٌ فوكسا" in result_titles(html), query
    assert 'dir="rtl"' in html


def test_tifinagh_word_matches(client, publish_exhibit):
    publish_exhibit("zgh", "ⴰⵎⵓⵙⵙⵓ ⵏ ⵜⵎⵣⵔⵓⵢⵜ ⴼⵓⴽⵙⴰ")

    html = search_page(client, "zgh", q="ⵜⵎⵣⵔⵓⵢⵜ")

    assert "ⴰⵎⵓⵙⵙⵓ ⵏ ⵜⵎⵣⵔⵓⵢⵜ ⴼⵓⴽⵙⴰ" in result_titles(html)


def test_each_language_searches_its_own_version(client, publish_exhibit):
    publish_exhibit("fr", "Valises de vertvoxa")

    assert result_titles(search_page(client, "en", q="vertvoxa")) == []


def test_transcript_hit_links_to_the_moment_and_the_story_page_has_it(
    client, publish_story
):
    story = publish_story(
        "fr",
        "Entretien du port",
        [(0, 12, "Bonjour."), (12.5, 30, "Le bateau quittait Tangervoxa à l'aube.")],
    )

    html = search_page(client, "fr", q="tangervoxa")

    assert f'href="{story.url}#t=12.5"' in html
    story_html = client.get(story.url).content.decode()
    # Without JavaScript the fragment scrolls to the segment; with it, the
    # player seeks there (transcript.js).
    assert 'id="t=12.5"' in story_html
    assert 'data-start="12.500"' in story_html


def test_objects_are_found_and_linked_to_their_page(client, make_object):
    make_object("fr", "MMM.2026.77", "Valise en carton voxaobj", "Une valise.")

    html = search_page(client, "fr", q="voxaobj")

    assert "Valise en carton voxaobj" in result_titles(html)
    assert "mmm-2026-77" in html


def test_kind_facet_narrows_results(client, publish_exhibit, make_object):
    publish_exhibit("fr", "Exposition facetvoxa")
    make_object("fr", "MMM.2026.78", "Objet facetvoxa")

    everything = result_titles(search_page(client, "fr", q="facetvoxa"))
    exhibits = result_titles(search_page(client, "fr", q="facetvoxa", kind="exhibit"))

    assert set(everything) == {"Exposition facetvoxa", "Objet facetvoxa"}
    assert exhibits == ["Exposition facetvoxa"]


def test_theme_and_period_facets_narrow_results(client, publish_exhibit):
    theme = Theme.objects.filter(locale=Locale.objects.get(language_code="fr")).first()
    themed = publish_exhibit("fr", "Exposition thèmevoxa un")
    themed.exhibit_themes = [ExhibitTheme(theme=theme)]
    themed.save_revision().publish()
    other = publish_exhibit("fr", "Exposition thèmevoxa deux")
    other.period_start, other.period_end = "1990", "1995"
    other.save_revision().publish()

    html = search_page(client, "fr", q="thèmevoxa")
    assert f'data-value="{theme.translation_key}"' in html
    assert 'data-value="1990"' in html

    by_theme = result_titles(
        search_page(client, "fr", q="thèmevoxa", theme=str(theme.translation_key))
    )
    by_period = result_titles(search_page(client, "fr", q="thèmevoxa", period="1990"))

    assert by_theme == ["Exposition thèmevoxa un"]
    assert by_period == ["Exposition thèmevoxa deux"]


def test_no_restricted_content_is_found(client, restricted_fixtures):
    for fixture in restricted_fixtures:
        for part in fixture.canary.split():
            for code in ("fr", "ar"):
                html = search_page(client, code, q=part)
                assert result_titles(html) == [], (fixture.name, part)
                # The words searched for are echoed; nothing else of the story.
                assert fixture.story.title not in html


def test_search_results_are_paginated(client, publish_exhibit):
    for number in range(22):
        publish_exhibit("fr", f"Exposition pagevoxa {number}")

    first = search_page(client, "fr", q="pagevoxa")
    second = search_page(client, "fr", q="pagevoxa", page=2)

    assert len(result_titles(first)) == 20
    assert len(result_titles(second)) == 2
    assert 'rel="next"' in first
