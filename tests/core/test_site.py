import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from wagtail.models import Locale, Page, Site

from cms.core import languages

pytestmark = pytest.mark.django_db

LANGUAGE_CODES = ["fr", "ar", "en", "zgh"]


def locale(code):
    return Locale.objects.get(language_code=code)


def html_tag(response):
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_home_page_is_served_in_each_language_with_lang_and_dir(client, code):
    response = client.get(f"/{code}/")

    assert response.status_code == 200
    tag = html_tag(response)
    assert f'lang="{code}"' in tag
    expected_dir = "rtl" if code == "ar" else "ltr"
    assert f'dir="{expected_dir}"' in tag


def test_zgh_prefix_is_served_not_redirected(client):
    response = client.get("/zgh/", follow=True)

    assert response.redirect_chain == []
    assert response.status_code == 200
    assert "ⴰⵎⵓⵣⵉ" in response.content.decode()


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ar,fr;q=0.5", "/ar/"),
        ("zgh", "/zgh/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("de", "/fr/"),
    ],
    ids=["arabic", "tamazight", "english-variant", "unsupported-falls-to-french"],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_each_section_page_is_served_in_each_language(client, code):
    home = Site.objects.get(is_default_site=True).root_page
    french_sections = home.get_children().live()
    assert french_sections.count() == 3

    for section in french_sections:
        translated = section.get_translation(locale(code))
        response = client.get(translated.get_url())
        assert response.status_code == 200, translated.get_url()
        assert translated.title in response.content.decode()


def test_home_page_lists_its_sections_in_the_same_language(client):
    body = client.get("/ar/").content.decode()

    for title in ("المعارض", "التاريخ الشفوي", "معارف مشتركة"):
        assert title in body


def test_language_switcher_links_the_same_page_in_every_language(client):
    exhibits_fr = Page.objects.get(locale__language_code="fr", slug="expositions")
    exhibits_en = exhibits_fr.get_translation(locale("en"))

    body = client.get(exhibits_en.get_url()).content.decode()

    switcher = re.search(r'<nav class="language-switcher".*?</nav>', body, re.S).group(
        0
    )
    for code in LANGUAGE_CODES:
        url = exhibits_fr.get_translation(locale(code)).get_url()
        assert f'href="{url}"' in switcher
    assert 'hreflang="en" aria-current="true"' in switcher


def test_language_switcher_says_when_a_page_is_not_translated(client):
    exhibits_fr = Page.objects.get(locale__language_code="fr", slug="expositions")
    exhibits_fr.get_translation(locale("ar")).unpublish()

    body = client.get(exhibits_fr.get_url()).content.decode()

    switcher = re.search(r'<nav class="language-switcher".*?</nav>', body, re.S).group(
        0
    )
    # An untranslated language links to its home page, flagged in that language.
    assert 'href="/ar/"' in switcher
    assert "لم يُترجم بعد" in switcher
    assert f'href="{exhibits_fr.get_translation(locale("zgh")).get_url()}"' in switcher


def test_fonts_for_arabic_and_tifinagh_are_self_hosted(client):
    body = client.get("/zgh/").content.decode()

    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', body)
    assert stylesheets
    assert all(href.startswith("/static/") for href in stylesheets)
    css = Path(finders.find("core/css/museum.css")).read_text(encoding="utf-8")
    font_urls = re.findall(r'url\("\.\./fonts/([^"]+)"\)', css)
    assert any("tifinagh" in name for name in font_urls)
    assert any("arabic" in name for name in font_urls)
    for name in font_urls:
        assert finders.find(f"core/fonts/{name}"), name
    assert "http" not in "".join(re.findall(r"url\([^)]*\)", css))


def test_every_museum_language_has_a_live_home_page():
    home = Site.objects.get(is_default_site=True).root_page
    translations = home.get_translations(inclusive=True).live()

    assert sorted(page.locale.language_code for page in translations) == sorted(
        languages.CODES
    )
