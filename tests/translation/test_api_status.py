"""What clients of the API learn about translations: meta.translation,
translations[], /{kind}/{key}/translations/ and coverage in /locales/."""

import pytest
from django.urls import reverse
from wagtail_localize.models import Translation

from tests.translation.helpers import fill_from_po, new_page, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_in_arabic(
    admin_client, admin_user, locales, django_capture_on_commit_callbacks
):
    """A French knowledge page translated into Arabic only, through the admin."""
    with django_capture_on_commit_callbacks(execute=True):
        page = new_page(locales, slug="envois-familiaux", title="Envois familiaux")
        translation = submit(admin_client, page, locales["ar"])
    with django_capture_on_commit_callbacks(execute=True):
        fill_from_po(translation, admin_user)
    return page, translation


def by_locale(entries):
    return {entry["locale"]: entry for entry in entries}


def test_detail_says_where_each_language_stands(
    api_client, page_in_arabic, django_capture_on_commit_callbacks
):
    page, _translation = page_in_arabic
    url = f"/api/v1/knowledge/{page.translation_key}/"

    body = api_client.get(url, {"locale": "ar"}).json()
    assert body["meta"]["translation"] == {
        "source_locale": "fr",
        "status": "current",
        "machine": False,
        "reviewed": True,
    }
    entries = by_locale(body["translations"])
    assert list(entries) == ["fr", "ar", "en", "zgh"]
    assert entries["fr"]["status"] == "source"
    assert entries["ar"]["status"] == "current"
    assert entries["ar"]["dir"] == "rtl"
    assert entries["ar"]["api_url"].endswith(f"{page.translation_key}/?locale=ar")
    # English and Tamazight only have wagtail-localize's untranslated copy.
    assert entries["en"]["status"] == "missing"
    assert entries["zgh"]["status"] == "missing"

    # The French editor changes the summary: Arabic readers are told.
    with django_capture_on_commit_callbacks(execute=True):
        page.refresh_from_db()
        page.summary = "<p>Un guide révisé pour écrire aux consulats.</p>"
        page.save_revision().publish()
    body = api_client.get(url, {"locale": "ar"}).json()
    assert body["meta"]["translation"]["status"] == "outdated"
    assert by_locale(body["translations"])["ar"]["status"] == "outdated"
    french = api_client.get(url, {"locale": "fr"}).json()
    assert french["meta"]["translation"]["status"] == "source"


def test_translations_endpoint(api_client, page_in_arabic):
    page, _translation = page_in_arabic

    response = api_client.get(f"/api/v1/knowledge/{page.translation_key}/translations/")

    assert response.status_code == 200
    body = response.json()
    assert body["key"] == str(page.translation_key)
    assert body["source_locale"] == "fr"
    statuses = {e["locale"]: e["status"] for e in body["translations"]}
    assert statuses == {
        "fr": "source",
        "ar": "current",
        "en": "missing",
        "zgh": "missing",
    }


def test_machine_translation_is_flagged_until_reviewed(
    admin_client, api_client, locales, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = new_page(locales, slug="bureaux-de-change", title="Bureaux de change")
        translation = submit(admin_client, page, locales["en"])
    admin_client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk])
    )
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.get(pk=translation.pk).save_target(publish=True)

    body = api_client.get(
        f"/api/v1/knowledge/{page.translation_key}/", {"locale": "en"}
    ).json()

    assert body["meta"]["translation"] == {
        "source_locale": "fr",
        "status": "current",
        "machine": True,
        "reviewed": False,
    }
    assert by_locale(body["translations"])["en"]["machine"] is True


def test_unknown_or_unpublished_items_have_no_translations(api_client, locales):
    assert (
        api_client.get(
            "/api/v1/knowledge/00000000-0000-0000-0000-000000000000/translations/"
        ).status_code
        == 404
    )
    draft = new_page(locales, slug="brouillon-interne", title="Brouillon interne")
    draft.unpublish()
    response = api_client.get(
        f"/api/v1/knowledge/{draft.translation_key}/translations/"
    )
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert "Brouillon" not in response.content.decode()


def test_locales_report_coverage_per_kind(
    api_client, locales, django_capture_on_commit_callbacks
):
    def coverage():
        body = api_client.get("/api/v1/locales/").json()
        return {item["code"]: item["coverage"] for item in body["results"]}

    # The demo museum is translated throughout.
    before = coverage()
    assert all(share == 1.0 for code in before for share in before[code].values())
    published = api_client.get("/api/v1/knowledge/", {"locale": "fr"}).json()["count"]

    with django_capture_on_commit_callbacks(execute=True):
        new_page(locales, slug="associations-de-quartier", title="Associations")

    after = coverage()
    assert after["fr"]["knowledge"] == 1.0
    for code in ("ar", "en", "zgh"):
        assert after[code]["knowledge"] == round(published / (published + 1), 3)
        assert after[code]["exhibits"] == 1.0
