"""The headless preview (wagtail-headless-preview; cms/core/headless_preview.py
and /api/v1/preview/): on only with HEADLESS_PREVIEW_URL, the draft in the
public API's shape, never cached, never more than the consent record allows,
and tokens that expire."""

import time
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.signing import TimestampSigner, b62_encode
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Locale
from wagtail_headless_preview.models import PagePreview

from cms.core.demo.seeding import demo_key
from cms.exhibits.models import ExhibitPage
from cms.stories.models import StoryAccess, StoryPage
from tests.core.admin_forms import edit_form_data

pytestmark = pytest.mark.django_db

PARTNER = "https://partner.example/preview"
HEADLESS = {
    "HEADLESS_PREVIEW_URL": PARTNER,
    "WAGTAIL_HEADLESS_PREVIEW": {
        "CLIENT_URLS": {"default": PARTNER},
        "ENFORCE_TRAILING_SLASH": False,
    },
}


@pytest.fixture
def curator(django_user_model):
    # A superuser: the preview is the same for a curator with edit rights.
    return django_user_model.objects.create_superuser("curatrice-hp", password="x")


@pytest.fixture
def exhibit():
    return ExhibitPage.objects.get(
        translation_key=demo_key("exhibit", "first-departures"),
        locale__language_code="fr",
    )


@pytest.fixture
def arabic_story():
    french = StoryPage.objects.live().filter(locale__language_code="fr")
    for story in french.order_by("pk"):
        if story.access.content_is_public and story.segments.exists():
            return story.get_translation(Locale.objects.get(language_code="ar"))
    raise AssertionError("the demo has a public story")


def admin_preview(client, user, page, **changes):
    """The curator edits ``page`` and opens the preview, as the editor does."""
    client.force_login(user)
    data = edit_form_data(page, user)
    data.update(changes)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    assert client.post(url, data).json()["is_valid"]
    return client.get(url)


def partner_link(response):
    """The partner URL the preview opens (in its iframe)."""
    body = response.content.decode()
    start = body.index(PARTNER)
    url = body[start : body.index('"', start)].replace("&amp;", "&")
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


def read_preview(api_client, content_type, token, **params):
    return api_client.get(
        "/api/v1/preview/", {"content_type": content_type, "token": token, **params}
    )


def assert_never_cached(response):
    assert response["Cache-Control"].replace(" ", "") in (
        "private,no-store",
        "no-store,private",
    )
    assert "ETag" not in response


def test_without_the_setting_the_admin_preview_renders_our_templates(
    client, curator, exhibit
):
    response = admin_preview(client, curator, exhibit, title="Brouillon interne")

    body = response.content.decode()
    assert '<html lang="fr" dir="ltr"' in body
    assert "Brouillon interne" in body
    assert PARTNER not in body
    assert not PagePreview.objects.exists()


@override_settings(**HEADLESS)
def test_exhibit_draft_round_trip(client, api_client, curator, exhibit):
    response = admin_preview(client, curator, exhibit, title="Les premiers départs, v2")

    link = partner_link(response)
    assert link["content_type"] == "exhibits.exhibitpage"
    assert link["locale"] == "fr"
    body = read_preview(api_client, link["content_type"], link["token"])

    assert body.status_code == 200, body.content
    assert_never_cached(body)
    data = body.json()
    assert data["type"] == "exhibit"
    assert data["key"] == str(exhibit.translation_key)
    assert data["title"] == "Les premiers départs, v2"
    assert data["locale"]["served"] == "fr"
    # The same shape as the public detail, whose answer is unchanged.
    public = api_client.get(f"/api/v1/exhibits/{exhibit.translation_key}/").json()
    assert set(data) == set(public)
    assert public["title"] == exhibit.title


@override_settings(**HEADLESS)
def test_arabic_story_draft_round_trip(client, api_client, curator, arabic_story):
    response = admin_preview(client, curator, arabic_story, title="مقابلة منقحة")

    link = partner_link(response)
    assert link["content_type"] == "stories.storypage"
    assert link["locale"] == "ar"
    body = read_preview(api_client, link["content_type"], link["token"], locale="ar")

    assert body.status_code == 200, body.content
    assert_never_cached(body)
    data = body.json()
    assert data["type"] == "story"
    assert data["title"] == "مقابلة منقحة"
    assert data["locale"]["served"] == "ar"
    assert data["locale"]["dir"] == "rtl"
    assert data["segments"]  # public consent, live story: the transcript is there


@override_settings(
    HEADLESS_PREVIEW_URL=PARTNER,
    WAGTAIL_HEADLESS_PREVIEW={
        **HEADLESS["WAGTAIL_HEADLESS_PREVIEW"],
        "REDIRECT_ON_PREVIEW": True,
    },
)
def test_redirect_on_preview_sends_the_editor_to_the_partner(client, curator, exhibit):
    response = admin_preview(client, curator, exhibit)

    assert response.status_code == 302
    assert response["Location"].startswith(PARTNER + "?content_type=exhibits.")


@pytest.mark.parametrize(
    "token",
    ["", "id=1:unsigned", "not-a-token", "id=999999:1tAbCd:forgedsignaturexxxxxxxx"],
    ids=["empty", "unsigned", "garbage", "forged"],
)
def test_unknown_tokens_are_a_problem_404(api_client, token):
    response = read_preview(api_client, "exhibits.exhibitpage", token)

    assert response.status_code in (400, 404)
    assert response["Content-Type"] == "application/problem+json"
    assert_never_cached(response)


def test_a_token_for_another_page_type_is_a_404(api_client, exhibit):
    token = exhibit.create_page_preview().token

    assert read_preview(api_client, "exhibits.exhibitpage", token).status_code == 200
    for content_type in ("stories.storypage", "core.homepage", "nope.nothing"):
        response = read_preview(api_client, content_type, token)
        assert response.status_code == 404, content_type


def test_expired_tokens_are_a_404(api_client, exhibit, monkeypatch, settings):
    settings.HEADLESS_PREVIEW_TOKEN_MAX_AGE = 600
    two_hours_ago = b62_encode(int(time.time()) - 7200)
    monkeypatch.setattr(TimestampSigner, "timestamp", lambda self: two_hours_ago)
    token = exhibit.create_page_preview().token
    monkeypatch.undo()

    response = read_preview(api_client, "exhibits.exhibitpage", token)

    assert response.status_code == 404
    assert response.json()["type"] == "/api/v1/problems/not-found"
    assert_never_cached(response)


def test_unknown_parameters_are_refused(api_client, exhibit):
    token = exhibit.create_page_preview().token

    response = read_preview(api_client, "exhibits.exhibitpage", token, limit=5)

    assert response.status_code == 400


@pytest.mark.parametrize("level", ["metadata", "restricted"])
def test_a_story_preview_never_shows_what_its_consent_record_withholds(
    api_client, arabic_story, level
):
    StoryAccess.objects.filter(translation_key=arabic_story.translation_key).update(
        access_level=level
    )
    story = StoryPage.objects.get(pk=arabic_story.pk)
    token = story.get_latest_revision_as_object().create_page_preview().token
    recording_name = story.recording.file.name if story.recording else "\x00"

    response = read_preview(api_client, "stories.storypage", token)

    assert_never_cached(response)
    body = response.content.decode()
    assert recording_name not in body
    for segment in story.segments.all():
        assert segment.text not in body
    if level == "restricted":
        assert response.status_code == 404
        assert story.title not in body
    else:
        data = response.json()
        assert data["recording"] is None
        assert data["segments"] == []
        assert data["captions_url"] is None
        assert data["has_recording"] is False
