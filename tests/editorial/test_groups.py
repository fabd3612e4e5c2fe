"""Groups, collections and what each group reaches (docs/editors.md, "Review
workflows, groups and collections"). The expectations are written out by hand."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
)

from cms.core.models import MuseumMedia

pytestmark = pytest.mark.django_db

RESTRICTED = "Oral-history recordings (restricted)"

EXPECTED_MODEL_PERMISSIONS = {
    "Curators": {"wagtailadmin.access_admin"},
    "Viewers": {"wagtailadmin.access_admin"},
    "Archivists": {
        "wagtailadmin.access_admin",
        "stories.add_storyaccess",
        "stories.change_storyaccess",
        "stories.view_storyaccess",
    },
}
EXPECTED_COLLECTION_PERMISSIONS = {
    "Curators": set(),
    "Viewers": set(),
    "Archivists": {(RESTRICTED, "add_media"), (RESTRICTED, "change_media")},
    "Editors (fr)": {
        ("Public images", "add_image"),
        ("Public images", "change_image"),
        ("Public images", "choose_image"),
        ("Documents", "add_document"),
        ("Documents", "change_document"),
        ("Documents", "choose_document"),
    },
    "Translators (ar)": set(),
    "Translators (en)": set(),
    "Translators (zgh)": set(),
}


def test_curators_and_archivists_hold_exactly_their_model_permissions():
    for name, expected in EXPECTED_MODEL_PERMISSIONS.items():
        granted = {
            f"{app_label}.{codename}"
            for app_label, codename in Group.objects.get(
                name=name
            ).permissions.values_list("content_type__app_label", "codename")
        }
        assert granted == expected, name


def test_collection_permissions_are_exact():
    for name, expected in EXPECTED_COLLECTION_PERMISSIONS.items():
        granted = set(
            GroupCollectionPermission.objects.filter(group__name=name).values_list(
                "collection__name", "permission__codename"
            )
        )
        assert granted == expected, name
    # Nobody holds anything on the root collection.
    root = Collection.get_first_root_node()
    assert not GroupCollectionPermission.objects.filter(collection=root).exists()


def test_only_curators_publish_and_viewers_only_view():
    """Review is mandatory (migration 0004): no other group holds
    ``publish_page`` anywhere; the Viewers hold ``view_page`` on every
    language's home page and nothing else."""
    publishers = set(
        GroupPagePermission.objects.filter(
            permission__codename="publish_page"
        ).values_list("group__name", flat=True)
    )
    assert publishers == {"Curators"}
    viewers = GroupPagePermission.objects.filter(group__name="Viewers")
    assert sorted(
        (p.page.locale.language_code, p.page.depth, p.permission.codename)
        for p in viewers.select_related("page__locale", "permission")
    ) == [
        ("ar", 2, "view_page"),
        ("en", 2, "view_page"),
        ("fr", 2, "view_page"),
        ("zgh", 2, "view_page"),
    ]


def test_curators_publish_and_lock_in_every_language_and_archivists_hold_no_page_rights():
    curators = GroupPagePermission.objects.filter(group__name="Curators")
    assert sorted(
        (p.page.locale.language_code, p.page.depth, p.permission.codename)
        for p in curators.select_related("page__locale", "permission")
    ) == [
        (code, 2, codename)
        for code in ("ar", "en", "fr", "zgh")
        for codename in ("lock_page", "publish_page", "unlock_page")
    ]
    assert not GroupPagePermission.objects.filter(group__name="Archivists").exists()


def test_wagtails_default_groups_and_workflow_are_gone():
    # Nobody was in them when the migration ran: deleted.
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    root = Page.get_first_root_node()
    assert not GroupPagePermission.objects.filter(page=root).exists()
    moderators = Workflow.objects.get(name="Moderators approval")
    assert not moderators.active
    assert not WorkflowPage.objects.filter(workflow=moderators).exists()
    # The home pages have no workflow of their own.
    for home in Page.objects.filter(depth=2):
        assert home.get_workflow() is None, home.locale.language_code


def test_collections_exist_under_the_root():
    root = Collection.get_first_root_node()
    assert sorted(child.name for child in root.get_children()) == [
        "Documents",
        RESTRICTED,
        "Public images",
    ]


def test_every_recording_is_in_the_restricted_collection():
    assert MuseumMedia.objects.exists()  # the demo interviews
    assert set(MuseumMedia.objects.values_list("collection__name", flat=True)) == {
        RESTRICTED
    }


def test_a_recording_saved_in_the_root_collection_lands_in_the_restricted_one():
    from django.core.files.base import ContentFile

    media = MuseumMedia(title="Nouvel entretien", type="audio", duration=1)
    media.file.save("nouvel.wav", ContentFile(b"RIFF0000WAVE"), save=False)
    media.collection = Collection.get_first_root_node()
    media.save()

    media.refresh_from_db()
    assert media.collection.name == RESTRICTED


def _html(response):
    """The HTML of an admin page, or of a chooser modal (sent inside JSON)."""
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    return response.content.decode()


def _recording_titles():
    """Each recording's title as the admin's HTML writes it."""
    titles = [escape(t) for t in MuseumMedia.objects.values_list("title", flat=True)]
    assert titles
    return titles


@pytest.mark.parametrize(
    "groups", [("Editors (fr)",), ("Curators",), ("Translators (ar)",), ("Viewers",)]
)
def test_media_chooser_shows_no_recording_to_others(client, member, groups):
    client.force_login(member("quelqu-un", *groups))

    for url in (
        reverse("wagtailmedia:chooser"),
        reverse("wagtailmedia:chooser") + "?q=Entretien",
        reverse("wagtailmedia:chooser_typed", args=("audio",)),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        body = _html(response)
        for title in _recording_titles():
            assert title not in body, (url, title)
    # Nor the media library.
    body = _html(client.get(reverse("wagtailmedia:index")))
    for title in _recording_titles():
        assert title not in body


def test_media_chooser_shows_the_recordings_to_archivists(client, member):
    client.force_login(member("archiviste", "Archivists"))

    response = client.get(reverse("wagtailmedia:chooser"))

    assert response.status_code == 200
    body = _html(response)
    for title in _recording_titles():
        assert title in body
    # Searching finds them too.
    found = _html(client.get(reverse("wagtailmedia:chooser"), {"q": "Entretien"}))
    for title in _recording_titles():
        assert title in found
    library = client.get(reverse("wagtailmedia:index"))
    assert library.status_code == 200


def test_an_editor_cannot_open_a_recording_in_the_library(client, member):
    client.force_login(member("editrice", "Editors (fr)"))
    recording = MuseumMedia.objects.first()

    response = client.get(reverse("wagtailmedia:edit", args=(recording.pk,)))

    assert response.status_code in (302, 403)
    assert recording.title not in response.content.decode()
