"""The public pages' shared structure (WCAG 2.1 AA): landmarks, one h1,
skip link, lang and dir, header navigation, breadcrumbs, footer."""

import itertools
import re

import pytest

from cms.exhibits.models import ExhibitIndexPage, ExhibitPage, MuseumObject
from cms.knowledge.models import KnowledgeIndexPage, KnowledgePage, PeerExchangeEvent
from cms.stories.models import StoryIndexPage, StoryPage

pytestmark = pytest.mark.django_db


def first_url(model, code):
    from cms.core.visibility import public_stories

    queryset = model.objects.live().filter(locale__language_code=code)
    if model is StoryPage:
        queryset = public_stories(queryset)
    return queryset.order_by("path").first().url


def object_url(code):
    from cms.exhibits.models import accession_slug

    index = ExhibitIndexPage.objects.get(locale__language_code=code)
    obj = MuseumObject.objects.filter(locale__language_code=code).first()
    slug = accession_slug(obj.accession_number)
    return index.url + index.reverse_subpage("object", kwargs={"object_slug": slug})


PAGES = {
    "home": lambda code: f"/{code}/",
    "exhibit index": lambda code: first_url(ExhibitIndexPage, code),
    "exhibit": lambda code: first_url(ExhibitPage, code),
    "museum object": object_url,
    "story index": lambda code: first_url(StoryIndexPage, code),
    "story": lambda code: first_url(StoryPage, code),
    "knowledge index": lambda code: first_url(KnowledgeIndexPage, code),
    "knowledge": lambda code: first_url(KnowledgePage, code),
    "event": lambda code: first_url(PeerExchangeEvent, code),
    "search": lambda code: f"/{code}/search/?q=migration",
    "not found": lambda code: f"/{code}/nothing-here/",
}


@pytest.fixture(params=list(PAGES), ids=list(PAGES))
def page_kind(request):
    return request.param


@pytest.mark.parametrize(
    ("code", "direction"), [("fr", "ltr"), ("ar", "rtl"), ("zgh", "ltr")]
)
def test_every_page_type_has_the_shared_accessible_structure(
    client, page_kind, code, direction
):
    response = client.get(PAGES[page_kind](code))
    assert response.status_code in (200, 404)
    html = response.content.decode()

    assert re.search(rf'<html lang="{code}" dir="{direction}"', html)
    assert len(re.findall(r"<h1[\s>]", html)) == 1
    assert '<a class="skip-link" href="#main">' in html
    assert html.count('<main id="main"') == 1
    assert re.search(r'<header class="site-header">', html)
    assert re.search(r'<nav class="site-nav" aria-label="[^"]+">', html)
    assert re.search(r'<nav class="language-switcher" aria-label="[^"]+">', html)
    assert re.search(r'<form class="site-search" role="search"', html)
    assert "<footer" in html
    assert "mailto:" in html


def test_headings_do_not_skip_levels_on_the_home_page(client):
    html = client.get("/fr/").content.decode()
    levels = [int(level) for level in re.findall(r"<h([1-6])[\s>]", html)]

    assert levels[0] == 1
    for previous, current in itertools.pairwise(levels):
        assert current <= previous + 1


def test_images_have_alt_text(client):
    for url in ("/fr/", first_url(ExhibitPage, "fr")):
        html = client.get(url).content.decode()
        for tag in re.findall(r"<img[^>]*>", html):
            assert re.search(r'\salt="', tag), tag


def test_breadcrumbs_lead_home_and_mark_the_current_page(client):
    url = first_url(ExhibitPage, "ar")
    html = client.get(url).content.decode()

    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    assert 'href="/ar/"' in crumbs
    assert f'href="{url}" aria-current="page"' in crumbs


def test_header_marks_the_current_section(client):
    url = first_url(StoryPage, "en")
    html = client.get(url).content.decode()

    nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group(0)
    assert 'aria-current="true"' in nav


def test_search_page_language_switcher_keeps_the_query(client):
    html = client.get("/fr/search/?q=valise").content.decode()

    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)
    assert 'href="/ar/search/?q=valise"' in switcher.group(0)


def test_styles_use_logical_properties_and_self_hosted_fonts():
    from django.contrib.staticfiles import finders

    with open(finders.find("core/css/museum.css"), encoding="utf-8") as file:
        css = file.read()
    assert not re.search(r"(margin|padding|border)-(left|right)\b", css)
    assert not re.search(r"\b(left|right)\s*:", css)
    assert "http" not in css.replace("https://", "")  # no CDN
    assert "noto-naskh-arabic" in css
    assert "noto-sans-tifinagh" in css
