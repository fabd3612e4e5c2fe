"""The translation status of an item in each language, reached by real edits:
the admin's submit and sync views, PO files, machine translation, publishing."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail_localize.models import Translation, TranslationSource

from cms.core.models import Theme
from cms.translation.status import status_of, statuses_for
from tests.translation.helpers import fill_from_po, new_page, submit

pytestmark = pytest.mark.django_db


def statuses(page):
    return {code: state.status for code, state in status_of(page).items()}


def test_each_status_is_reached_by_real_edits(
    admin_client, admin_user, locales, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = new_page(locales)
    # wagtail-localize keeps untranslated copies (aliases) in the synced trees.
    assert statuses(page) == {
        "fr": "source",
        "ar": "missing",
        "en": "missing",
        "zgh": "missing",
    }

    # An editor sends it to Arabic translators.
    with django_capture_on_commit_callbacks(execute=True):
        translation = submit(admin_client, page, locales["ar"])
    state = status_of(page)["ar"]
    assert (state.status, state.translated) == ("in_progress", 0)
    assert state.total > 0
    assert statuses(page)["en"] == "missing"

    # Half the strings come back from a PO file.
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locales["ar"]
    )
    with django_capture_on_commit_callbacks(execute=True):
        fill_from_po(translation, admin_user, only={page.title})
    state = status_of(page)["ar"]
    assert state.status == "in_progress"
    assert 0 < state.translated < state.total

    # The rest: the Arabic version is up to date.
    with django_capture_on_commit_callbacks(execute=True):
        fill_from_po(translation, admin_user)
    assert statuses(page)["ar"] == "current"
    assert status_of(page)["ar"].machine is False

    # Republishing the source without changing its text is not a change.
    with django_capture_on_commit_callbacks(execute=True):
        page.refresh_from_db()
        page.save_revision().publish()
    assert statuses(page)["ar"] == "current"

    # The editor rewrites the summary and publishes: Arabic is now outdated.
    with django_capture_on_commit_callbacks(execute=True):
        page.refresh_from_db()
        page.summary = "<p>Un guide pour écrire aux consulats et aux mairies.</p>"
        page.save_revision().publish()
    assert statuses(page)["ar"] == "outdated"
    assert statuses(page)["fr"] == "source"

    # Syncing through the admin brings the new sentence to the translators.
    source = TranslationSource.objects.get(
        object_id=page.translation_key, locale=locales["fr"]
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302
    state = status_of(page)["ar"]
    assert state.status == "in_progress"
    assert state.translated == state.total - 1

    # Machine translation fills the last string: current, but machine-made.
    response = admin_client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk])
    )
    assert response.status_code == 302
    state = status_of(page)["ar"]
    assert (state.status, state.machine, state.reviewed) == ("current", True, False)


def test_a_synced_source_without_saving_the_translation_is_outdated(
    admin_client, admin_user, locales, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = new_page(locales, slug="mandats", title="Mandats postaux")
        translation = submit(admin_client, page, locales["en"])
    with django_capture_on_commit_callbacks(execute=True):
        fill_from_po(translation, admin_user)
        page.refresh_from_db()
        page.countries = ["MA", "NL"]  # a synchronised field, not a string
        page.save_revision().publish()
    assert statuses(page)["en"] == "outdated"

    # Synced without publishing the translations: still outdated, since the
    # English page does not have the new countries yet.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse(
                "wagtail_localize:update_translations", args=[translation.source_id]
            ),
            {},
        )
    assert response.status_code == 302
    assert statuses(page)["en"] == "outdated"

    translation = Translation.objects.get(pk=translation.pk)  # the synced source
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=admin_user, publish=True)
    assert statuses(page)["en"] == "current"
    assert page.get_translation(locales["en"]).specific.countries == ["MA", "NL"]


def test_snippet_statuses_follow_edits_of_the_french_source(
    admin_user, locales, django_capture_on_commit_callbacks
):
    theme = Theme.objects.create(name="Transferts d'argent", locale=locales["fr"])
    assert {c: s.status for c, s in status_of(theme).items()} == {
        "fr": "source",
        "ar": "missing",
        "en": "missing",
        "zgh": "missing",
    }
    source, _created = TranslationSource.get_or_create_from_instance(theme)
    translation = Translation.objects.create(
        source=source, target_locale=locales["zgh"]
    )
    with django_capture_on_commit_callbacks(execute=True):
        fill_from_po(translation, admin_user)
    assert status_of(theme)["zgh"].status == "current"

    theme.name = "Transferts d'argent vers le Maroc"
    theme.save()
    assert status_of(theme)["zgh"].status == "outdated"


def test_statuses_take_the_same_queries_for_5_and_40_items(admin_user, locales):
    def themes(count, prefix):
        return [
            Theme.objects.create(name=f"{prefix} {n}", locale=locales["fr"])
            for n in range(count)
        ]

    def queries(items):
        with CaptureQueriesContext(connection) as captured:
            result = statuses_for(Theme, [item.translation_key for item in items])
        assert len(result) == len(items)
        return len(captured)

    few, many = themes(5, "Peu"), themes(40, "Beaucoup")
    for theme in few[:2] + many[:20]:
        source, _created = TranslationSource.get_or_create_from_instance(theme)
        Translation.objects.create(source=source, target_locale=locales["ar"])
    assert queries(few) == queries(many) <= 7
