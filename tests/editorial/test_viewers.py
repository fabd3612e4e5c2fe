"""The "Viewers" group (docs/editors.md, "Groups"; cms/editorial/viewers.py):
they log in to the admin, browse the page explorer, see pages and their
previews; they cannot edit, publish, unpublish, add, delete or review, and see
no restricted recording or restricted interview."""

import pytest
from django.contrib.messages import ERROR, get_messages
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import Locale, Page

from cms.core.demo.seeding import demo_key
from cms.core.models import MuseumMedia
from cms.exhibits.models import ExhibitIndexPage, ExhibitPage
from cms.stories.models import StoryPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer(client, member):
    user = member("lectrice", "Viewers")
    client.force_login(user)
    return user


def refused(response):
    """Wagtail's admin refuses with a redirect to the dashboard and an error
    (or a 403 for views that raise PermissionDenied outside it)."""
    if response.status_code == 403:
        return True
    messages = list(get_messages(response.wsgi_request))
    return (
        response.status_code == 302
        and response.url == reverse("wagtailadmin_home")
        and any(message.level == ERROR for message in messages)
    )


def exhibit(code="fr"):
    return ExhibitPage.objects.filter(locale__language_code=code).order_by("pk").first()


def test_a_viewer_reaches_the_admin_and_browses_every_language_tree(client, viewer):
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    for code in ("fr", "ar", "en", "zgh"):
        index = ExhibitIndexPage.objects.get(locale__language_code=code)
        response = client.get(reverse("wagtailadmin_explore", args=[index.pk]))
        assert response.status_code == 200, code
        body = response.content.decode()
        assert escape(exhibit(code).title) in body, code
        # Only the read-only button: no edit link for this page.
        assert reverse("editorial_view_page_draft", args=[exhibit(code).pk]) in body
        assert reverse("wagtailadmin_pages:edit", args=[exhibit(code).pk]) not in body


def test_a_viewer_previews_a_page_and_its_draft(client, viewer):
    page = exhibit()
    live_title = page.title
    page.title = "Brouillon à relire"
    page.save_revision()

    response = client.get(reverse("editorial_view_page_draft", args=[page.pk]))

    assert response.status_code == 200
    assert "Brouillon à relire" in response.content.decode()
    page.refresh_from_db()
    assert page.title == live_title  # previewing changes nothing


def test_a_viewer_cannot_edit_publish_add_or_delete(client, viewer):
    page = exhibit()
    title = page.title
    parent = page.get_parent()

    assert refused(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    assert refused(
        client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            {"title": "Piraté", "action-publish": "publish"},
        )
    )
    assert refused(client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk])))
    assert refused(client.post(reverse("wagtailadmin_pages:delete", args=[page.pk])))
    assert refused(
        client.get(
            reverse(
                "wagtailadmin_pages:add", args=["exhibits", "exhibitpage", parent.pk]
            )
        )
    )
    assert refused(client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk])))
    page.refresh_from_db()
    assert page.title == title
    assert page.live
    tester = page.permissions_for_user(viewer)
    assert not any(
        (
            tester.can_edit(),
            tester.can_publish(),
            tester.can_unpublish(),
            tester.can_delete(),
            tester.can_lock(),
            tester.can_submit_for_moderation() and tester.can_edit(),
        )
    )


def test_a_viewer_does_not_preview_a_restricted_interview(client, viewer):
    restricted = StoryPage.objects.get(
        translation_key=demo_key("story", "ahmed-dusseldorf"),
        locale=Locale.objects.get(language_code="fr"),
    )
    assert not restricted.access.record_is_public

    response = client.get(reverse("editorial_view_page_draft", args=[restricted.pk]))

    assert refused(response)


def test_a_viewer_sees_no_recording(client, viewer):
    titles = [escape(t) for t in MuseumMedia.objects.values_list("title", flat=True)]
    assert titles
    for url in (reverse("wagtailmedia:chooser"), reverse("wagtailmedia:index")):
        response = client.get(url)
        body = response.content.decode()
        for title in titles:
            assert title not in body, (url, title)


def test_someone_without_the_group_cannot_preview(client, member):
    client.force_login(member("inconnue"))
    page = exhibit()

    response = client.get(reverse("editorial_view_page_draft", args=[page.pk]))

    # Not an admin user at all: to the login page.
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))
    assert Page.objects.filter(pk=page.pk).exists()


def test_sync_editorial_gives_the_viewers_every_home_page_again():
    from django.core.management import call_command
    from wagtail.models import GroupPagePermission

    GroupPagePermission.objects.filter(
        group__name="Viewers", page__locale__language_code="zgh"
    ).delete()

    call_command("sync_editorial", verbosity=0)

    assert sorted(
        GroupPagePermission.objects.filter(group__name="Viewers").values_list(
            "page__locale__language_code", "permission__codename"
        )
    ) == [(code, "view_page") for code in ("ar", "en", "fr", "zgh")]
