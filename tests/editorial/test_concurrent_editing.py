"""Two editors on one page: what Wagtail promises for stale saves and locked
pages, checked on the museum's own page types through the real page editor
(after wagtail/admin/tests/pages/test_edit_page.py). No revision is lost:
a stale save is either refused (autosave) or kept beside the other in the
history; a locked page refuses everyone but the editor who locked it."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from tests.core.admin_forms import edit_form_data
from tests.core.test_preview import french_page

pytestmark = pytest.mark.django_db

KINDS = ["exhibit", "story", "knowledge"]


@pytest.fixture
def curator(member):
    return member("nadia-curator", "Curators", "Editors (fr)")


@pytest.fixture
def editors(member, client):
    """Two members of the French editors' team, each in their own browser."""
    amina = member("amina-concurrent", "Editors (fr)")
    youssef = member("youssef-concurrent", "Editors (fr)")
    amina_client, youssef_client = client, Client()
    amina_client.force_login(amina)
    youssef_client.force_login(youssef)
    return (amina, amina_client), (youssef, youssef_client)


def open_editor(client, page, user):
    """GET the editor as a browser does: the form's data, with the revision it
    was loaded at (the hidden fields Wagtail compares on save)."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    data = edit_form_data(page, user)
    for name in ("loaded_revision_id", "loaded_revision_created_at"):
        match = re.search(rf'name="{name}"[^>]*value="([^"]*)"', html)
        assert match, f"the editor carries {name}"
        data[name] = match.group(1)
    return data


def save(client, page, data, **headers):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), data, headers=headers
    )


def revision_titles(page):
    return [r.content["title"] for r in page.revisions.order_by("created_at", "pk")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_stale_save_keeps_both_versions_in_the_history(editors, kind):
    (amina, amina_client), (youssef, youssef_client) = editors
    page = french_page(kind)
    live_title = page.title
    before = revision_titles(page)
    amina_form = open_editor(amina_client, page, amina)
    youssef_form = open_editor(youssef_client, page, youssef)

    amina_form["title"] = "Version d'Amina"
    assert save(amina_client, page, amina_form).status_code == 302
    youssef_form["title"] = "Version de Youssef"
    # Youssef's form was loaded before Amina saved: Wagtail keeps his save as
    # the newer draft, and Amina's stays in the history to compare or revert.
    assert save(youssef_client, page, youssef_form).status_code == 302

    page.refresh_from_db()
    assert revision_titles(page) == [*before, "Version d'Amina", "Version de Youssef"]
    authors = [r.user for r in page.revisions.order_by("-created_at", "-pk")[:2]]
    assert authors == [youssef, amina]
    # Neither saved draft reached the public.
    assert page.title == live_title
    history = youssef_client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert history.status_code == 200


@pytest.mark.parametrize("kind", KINDS)
def test_a_stale_autosave_is_refused_and_overwrites_nothing(editors, kind):
    (amina, amina_client), (youssef, youssef_client) = editors
    page = french_page(kind)
    amina_form = open_editor(amina_client, page, amina)
    youssef_form = open_editor(youssef_client, page, youssef)
    amina_form["title"] = "Version d'Amina"
    assert save(amina_client, page, amina_form).status_code == 302
    count = page.revisions.count()

    youssef_form["title"] = "Autosave de Youssef"
    response = save(youssef_client, page, youssef_form, Accept="application/json")

    assert response.status_code == 400
    assert response.json()["error_code"] == "invalid_revision"
    with translation.override("fr"):
        assert response.json()["error_message"] == gettext(
            "Saving will overwrite a newer version."
        )
    page.refresh_from_db()
    assert page.revisions.count() == count
    assert page.get_latest_revision().content["title"] == "Version d'Amina"


@pytest.mark.parametrize("kind", KINDS)
def test_a_page_a_curator_locked_refuses_every_editors_save(editors, curator, kind):
    (_amina, amina_client), (youssef, youssef_client) = editors
    page = french_page(kind)
    # An editor cannot lock; a curator can (migration editorial 0005).
    amina_client.post(reverse("wagtailadmin_pages:lock", args=[page.pk]))
    page.refresh_from_db()
    assert not page.locked
    curator_client = Client()
    curator_client.force_login(curator)
    lock = curator_client.post(reverse("wagtailadmin_pages:lock", args=[page.pk]))
    assert lock.status_code == 302
    page.refresh_from_db()
    assert page.locked
    assert page.locked_by == curator
    count = page.revisions.count()

    youssef_form = open_editor(youssef_client, page, youssef)
    youssef_form["title"] = "Version de Youssef"
    refused = save(youssef_client, page, youssef_form)

    assert refused.status_code == 200
    with translation.override("fr"):
        message = escape(gettext("The page could not be saved as it is locked."))
    assert message in refused.content.decode()
    autosave = save(youssef_client, page, youssef_form, Accept="application/json")
    assert autosave.status_code == 400
    assert autosave.json()["error_code"] == "locked"
    # Nor may an editor lift the curator's lock.
    youssef_client.post(reverse("wagtailadmin_pages:unlock", args=[page.pk]))
    page.refresh_from_db()
    assert page.locked
    assert page.revisions.count() == count

    # The curator who holds the lock saves as usual, then unlocks.
    curator_form = open_editor(curator_client, page, curator)
    curator_form["title"] = "Version de Nadia"
    assert save(curator_client, page, curator_form).status_code == 302
    curator_client.post(reverse("wagtailadmin_pages:unlock", args=[page.pk]))
    page.refresh_from_db()
    assert not page.locked
    assert page.get_latest_revision().content["title"] == "Version de Nadia"
