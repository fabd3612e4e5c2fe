"""Names and titles are bidi isolates: an Arabic title, or one holding a
right-to-left override (U+202E), cannot reorder the words around it in the
tab title, a kicker, a search result or a transcript's speaker."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from cms.knowledge.models import KnowledgePage

pytestmark = pytest.mark.django_db

OVERRIDE = "\u202e"
SPOOF = f"Rapport {OVERRIDE}fdp.exe"


@pytest.fixture
def spoofing_page():
    page = (
        KnowledgePage.objects.live()
        .filter(locale=Locale.objects.get(language_code="fr"))
        .order_by("pk")
        .first()
    )
    page.title = SPOOF
    page.save_revision().publish()
    return page


def test_the_tab_title_isolates_the_page_title(client, spoofing_page):
    body = client.get(spoofing_page.url).content.decode()

    (title,) = re.findall(r"<title>(.*?)</title>", body, re.S)
    assert f"\u2068{SPOOF}\u2069 · " in title


def test_a_kicker_isolates_the_section_title(client, spoofing_page):
    section = spoofing_page.get_parent().specific
    section.title = SPOOF
    section.save_revision().publish()
    other = (
        KnowledgePage.objects.live()
        .child_of(section)
        .exclude(pk=spoofing_page.pk)
        .first()
    )

    body = client.get(other.url).content.decode()

    assert f"<bdi>{SPOOF}</bdi></a> · " in body


def test_search_results_isolate_titles(client, spoofing_page):
    from cms.search.indexing import rebuild

    rebuild(lambda message: None)
    with translation.override("fr"):
        url = reverse("site_search")
    body = client.get(url, {"q": "Rapport"}).content.decode()

    assert f"<bdi>{SPOOF}</bdi>" in body
