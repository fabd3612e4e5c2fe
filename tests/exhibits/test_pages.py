import re

import pytest
from wagtail.models import Locale

from cms.exhibits.models import MuseumObject

pytestmark = pytest.mark.django_db

LANGUAGE_CODES = ["fr", "ar", "en", "zgh"]


def in_language(page, code):
    return page.get_translation(Locale.objects.get(language_code=code)).specific


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_exhibit_page_renders_in_each_language_with_its_objects(
    client, demo_exhibit, code
):
    page = in_language(demo_exhibit, code)

    response = client.get(page.get_url())

    assert response.status_code == 200
    body = response.content.decode()
    assert f'<html lang="{code}" dir="{"rtl" if code == "ar" else "ltr"}"' in body
    assert f"<h1>{page.title}</h1>" in body
    for link in demo_exhibit.exhibit_objects.all():
        translated = link.museum_object.get_translation(page.locale)
        assert translated.title in body
    assert "srcset=" in body  # responsive renditions
    assert "©" in body  # credits are shown


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_exhibit_index_lists_exhibits_in_each_language(client, exhibit_index, code):
    index = in_language(exhibit_index, code)

    body = client.get(index.get_url()).content.decode()

    titles = re.findall(r'<h2><a href="[^"]+">([^<]+)</a></h2>', body)
    assert len(titles) == 6
    assert all(title in body for title in titles)


def test_exhibit_index_filters_by_theme_place_and_period(
    client, exhibit_index, demo_exhibit
):
    theme = demo_exhibit.exhibit_themes.first().theme
    place = demo_exhibit.exhibit_places.first().place
    url = exhibit_index.get_url()

    by_theme = client.get(url, {"theme": theme.translation_key}).content.decode()
    by_place = client.get(url, {"place": place.translation_key}).content.decode()
    by_period = client.get(
        url, {"period_from": 1600, "period_to": 1700}
    ).content.decode()

    assert demo_exhibit.title in by_theme
    assert demo_exhibit.title in by_place
    assert "No exhibition matches" in by_period or "Aucune exposition" in by_period


def test_exhibit_index_paginates(client, exhibit_index, make_exhibits):
    make_exhibits(10)

    first = client.get(exhibit_index.get_url()).content.decode()
    second = client.get(exhibit_index.get_url(), {"page": 2}).content.decode()

    assert first.count('class="card"') == 12
    assert second.count('class="card"') == 4
    assert 'rel="next"' in first


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_object_page_renders_in_each_language_with_rights(
    client, exhibit_index, demo_exhibit, code
):
    museum_object = demo_exhibit.exhibit_objects.first().museum_object
    index = in_language(exhibit_index, code)
    translated = museum_object.get_translation(index.locale)

    response = client.get(index.url + f"objects/{museum_object.slug}/")

    assert response.status_code == 200
    body = response.content.decode()
    assert translated.title in body
    assert museum_object.accession_number in body
    assert f'href="{museum_object.rights}" rel="license"' in body
    assert in_language(demo_exhibit, code).title in body  # "shown in"


def test_unknown_object_is_a_404(client, exhibit_index):
    response = client.get(exhibit_index.url + "objects/nope-1/")

    assert response.status_code == 404


def test_untranslated_object_is_shown_in_french_and_says_so(
    client, exhibit_index, french
):
    museum_object = MuseumObject.objects.filter(locale=french).first()
    museum_object.get_translation(Locale.objects.get(language_code="en")).delete()
    index = in_language(exhibit_index, "en")

    body = client.get(index.url + f"objects/{museum_object.slug}/").content.decode()

    assert museum_object.title in body
    assert 'lang="fr" dir="ltr"' in body
    assert "not yet translated" in body
