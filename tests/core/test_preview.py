"""Wagtail's in-admin preview of every page type in every language (posted to
``preview_on_edit`` then read, as the page editor does): each language
renders in its own language and direction, and a draft change shows in the
preview while the live page stays as published."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale

from cms.core.demo.seeding import demo_key
from cms.core.models import HomePage
from cms.exhibits.models import ExhibitIndexPage, ExhibitPage
from cms.knowledge.models import KnowledgeIndexPage, KnowledgePage
from cms.stories.models import StoryIndexPage, StoryPage
from tests.core.admin_forms import edit_form_data

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "ar", "en", "zgh"]
ARABIC = re.compile(r"[\u0600-\u06FF]")
TIFINAGH = re.compile(r"[\u2D30-\u2D7F]")


def french_page(kind):
    fr = Locale.objects.get(language_code="fr")
    if kind == "home":
        return HomePage.objects.get(locale=fr)
    if kind == "exhibit_index":
        return ExhibitIndexPage.objects.get(locale=fr)
    if kind == "story_index":
        return StoryIndexPage.objects.get(locale=fr)
    if kind == "knowledge_index":
        return KnowledgeIndexPage.objects.get(locale=fr)
    if kind == "exhibit":
        return ExhibitPage.objects.get(
            translation_key=demo_key("exhibit", "first-departures"), locale=fr
        )
    model = {"story": StoryPage, "knowledge": KnowledgePage}[kind]
    return model.objects.live().filter(locale=fr).order_by("pk").first()


KINDS = [
    "home",
    "exhibit_index",
    "exhibit",
    "story_index",
    "story",
    "knowledge_index",
    "knowledge",
]


@pytest.fixture
def curator(django_user_model):
    # A superuser: the preview is the same for a curator with edit rights.
    return django_user_model.objects.create_superuser("curatrice", password="x")


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("admin-preview", password="x")


def preview(client, page, data):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    posted = client.post(url, data)
    assert posted.status_code == 200
    assert posted.json() == {"is_valid": True, "is_available": True}, posted.json()
    return client.get(url)


def in_language(kind, code):
    source = french_page(kind)
    return source.get_translation(Locale.objects.get(language_code=code)).specific


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_preview_renders_each_page_type_in_its_language(client, superuser, kind, code):
    page = in_language(kind, code)
    client.force_login(superuser)
    data = edit_form_data(page, superuser)
    draft_title = f"{page.title} ⁂ {code}"
    data["title"] = draft_title

    response = preview(client, page, data)

    assert response.status_code == 200
    body = response.content.decode()
    direction = "rtl" if code == "ar" else "ltr"
    assert f'<html lang="{code}" dir="{direction}"' in body
    assert draft_title in body
    if code == "ar":
        assert ARABIC.search(body)
    if code == "zgh":
        assert TIFINAGH.search(body)


@pytest.mark.parametrize("kind", ["exhibit", "story", "knowledge"])
def test_arabic_preview_shows_the_draft_and_leaves_the_live_page_alone(
    client, curator, kind
):
    page = in_language(kind, "ar")
    live_title = page.title
    client.force_login(curator)
    data = edit_form_data(page, curator)
    data["title"] = "مسودة لم تنشر بعد"

    response = preview(client, page, data)

    body = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl"' in body
    assert "مسودة لم تنشر بعد" in body
    page.refresh_from_db()
    assert page.title == live_title
    public = Client().get(page.url).content.decode()
    assert live_title in public
    assert "مسودة لم تنشر بعد" not in public


def test_tamazight_preview_renders_tifinagh(client, curator):
    page = in_language("exhibit", "zgh")
    client.force_login(curator)
    data = edit_form_data(page, curator)
    data["title"] = "ⴰⵙⵎⴰⵍ ⴰⵎⴰⵢⵏⵓ"

    body = preview(client, page, data).content.decode()

    assert '<html lang="zgh" dir="ltr"' in body
    assert "ⴰⵙⵎⴰⵍ ⴰⵎⴰⵢⵏⵓ" in body
    assert "ⴰⵙⵎⴰⵍ ⴰⵎⴰⵢⵏⵓ" not in Client().get(page.url).content.decode()


@pytest.mark.parametrize("code", ["ar", "zgh"])
@pytest.mark.parametrize("kind", ["exhibit", "story", "knowledge"])
def test_translation_editor_preview_renders_in_the_target_language(
    client, superuser, kind, code
):
    """wagtail-localize's editor previews a synced translation through its own
    view: the same language and direction as the page will have."""
    from wagtail_localize.models import Translation

    source = french_page(kind)
    translation = Translation.objects.get(
        source__object_id=source.translation_key,
        target_locale__language_code=code,
    )
    client.force_login(superuser)

    response = client.get(
        reverse("wagtail_localize:preview_translation", args=[translation.pk])
    )

    assert response.status_code == 200
    body = response.content.decode()
    direction = "rtl" if code == "ar" else "ltr"
    assert f'<html lang="{code}" dir="{direction}"' in body
    assert (ARABIC if code == "ar" else TIFINAGH).search(body)
