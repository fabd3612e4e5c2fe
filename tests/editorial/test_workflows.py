"""Review workflows through the admin (docs/editors.md, "Review workflows,
groups and collections"): exhibits and knowledge go through "Curator review";
oral histories through "Archivist consent check" then "Curator review"; the
section pages of every language have the same workflow as the French ones."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page, WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from cms.core.models import Place, Theme
from cms.exhibits.models import ExhibitIndexPage, ExhibitPage, MuseumObject
from cms.knowledge.models import KnowledgeIndexPage
from cms.stories.models import StoryAccess, StoryIndexPage, StoryPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["ar", "en", "fr", "zgh"]


@pytest.fixture
def french():
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def editor(member):
    return member("editrice", "Editors (fr)")


@pytest.fixture
def curator(member):
    return member("conservatrice", "Curators")


@pytest.fixture
def archivist(member):
    return member("archiviste", "Archivists")


def exhibit_form(french, **overrides):
    data = {
        "title": "Les cafés de Barbès",
        "slug": "cafes-de-barbes",
        "introduction": rich_text("<p>Un lieu de rendez-vous.</p>"),
        "period_start": "197X",
        "period_end": "1985~",
        "body": streamfield(
            [("paragraph", rich_text("<p>On y lisait les lettres du pays.</p>"))]
        ),
        "exhibit_places": inline_formset(
            [{"place": Place.objects.filter(locale=french).first().pk}]
        ),
        "exhibit_themes": inline_formset(
            [{"theme": Theme.objects.filter(locale=french).first().pk}]
        ),
        "exhibit_objects": inline_formset(
            [{"museum_object": MuseumObject.objects.filter(locale=french).first().pk}]
        ),
        "related_pages": inline_formset([]),
        "comments": inline_formset([]),
        "action-submit": "submit",
    }
    data.update(overrides)
    return nested_form_data(data)


def submit_exhibit(client, editor, french, django_capture_on_commit_callbacks):
    """The editor writes an exhibit and presses "Submit to Curator review"."""
    client.force_login(editor)
    index = ExhibitIndexPage.objects.get(locale=french)
    url = reverse("wagtailadmin_pages:add", args=("exhibits", "exhibitpage", index.pk))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, exhibit_form(french))
    assert response.status_code == 302, response.content.decode()[:2000]
    return ExhibitPage.objects.get(slug="cafes-de-barbes", locale=french)


def workflow_action(client, page, action, comment=""):
    task_state = page.current_workflow_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk)
    )
    return client.post(url, {"comment": comment})


def action_modal(client, page, action):
    task_state = page.current_workflow_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk)
    )
    return client.get(url)


# -- assignment ----------------------------------------------------------------


def test_every_language_tree_has_the_same_workflows():
    expected = {
        ExhibitIndexPage: "Curator review",
        KnowledgeIndexPage: "Curator review",
        StoryIndexPage: "Oral-history review",
    }
    for model, workflow_name in expected.items():
        pages = model.objects.select_related("locale")
        assert sorted(page.locale.language_code for page in pages) == LANGUAGES
        for page in pages:
            assert page.get_workflow().name == workflow_name, (model, page.locale)


def test_a_translated_page_follows_the_workflow_of_its_source():
    for exhibit in ExhibitPage.objects.filter(locale__language_code__in=["fr", "ar"]):
        assert exhibit.get_workflow().name == "Curator review"
    story_ar = StoryPage.objects.filter(locale__language_code="ar").first()
    assert story_ar.get_workflow().name == "Oral-history review"
    assert [task.name for task in story_ar.get_workflow().tasks] == [
        "Archivist consent check",
        "Curator review",
    ]


def test_a_new_section_page_in_another_language_gets_its_workflow(locales_fixture):
    # A translated section page created later (as wagtail-localize does): the
    # Arabic knowledge section, removed and created again.
    arabic = locales_fixture["ar"]
    french_index = KnowledgeIndexPage.objects.get(locale=locales_fixture["fr"])
    KnowledgeIndexPage.objects.get(locale=arabic).delete()

    copy = french_index.copy_for_translation(arabic)

    assert copy.get_workflow().name == "Curator review"


def test_sync_editorial_restores_a_missing_assignment(locales_fixture):
    index = StoryIndexPage.objects.get(locale=locales_fixture["zgh"])
    WorkflowPage.objects.filter(page=index).delete()
    assert index.get_workflow() is None

    call_command("sync_editorial", verbosity=0)

    index = StoryIndexPage.objects.get(pk=index.pk)
    assert index.get_workflow().name == "Oral-history review"


@pytest.fixture
def locales_fixture():
    return {locale.language_code: locale for locale in Locale.objects.all()}


# -- exhibits: curator review ----------------------------------------------------


def test_submit_then_approve_publishes_and_notifies_the_curators(
    client, editor, curator, french, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    page = submit_exhibit(client, editor, french, django_capture_on_commit_callbacks)

    assert not page.live
    assert page.current_workflow_task.name == "Curator review"
    # Wagtail's e-mail notification reaches the reviewers.
    assert any(curator.email in message.to for message in mail.outbox)
    assert not any(editor.email in message.to for message in mail.outbox)

    # The curator reviews in the editor, then approves.
    client.force_login(curator)
    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).status_code
        == 200
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = workflow_action(client, page, "approve")
    assert response.status_code == 302

    page.refresh_from_db()
    assert page.live
    assert page.current_workflow_state is None
    client.logout()
    assert "Les cafés de Barbès" in client.get(page.get_url()).content.decode()


def test_submit_then_reject_keeps_the_draft_offline(
    client, editor, curator, french, django_capture_on_commit_callbacks
):
    page = submit_exhibit(client, editor, french, django_capture_on_commit_callbacks)
    submitted = page.get_latest_revision()
    client.force_login(curator)

    with django_capture_on_commit_callbacks(execute=True):
        response = workflow_action(client, page, "reject", "Préciser les dates.")
    assert response.status_code == 302

    page.refresh_from_db()
    assert not page.live
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    # The author's draft is intact and still hers to edit.
    assert page.get_latest_revision() == submitted
    assert page.get_latest_revision_as_object().title == "Les cafés de Barbès"
    client.force_login(editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert edit.status_code == 200
    assert "Les cafés de Barbès" in edit.content.decode()
    client.logout()
    public_url = page.get_url()
    assert public_url.endswith("/cafes-de-barbes/")
    assert client.get(public_url).status_code == 404


def test_an_editor_cannot_approve_her_own_submission(
    client, editor, french, django_capture_on_commit_callbacks
):
    page = submit_exhibit(client, editor, french, django_capture_on_commit_callbacks)

    response = workflow_action(client, page, "approve")

    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_task.name == "Curator review"


# -- oral histories: archivist consent check, then curator review ----------------


@pytest.fixture
def draft_story(editor, french):
    index = StoryIndexPage.objects.get(locale=french)
    story = StoryPage(
        title="Entretien avec Rachid, docker à Anvers",
        slug="rachid-anvers",
        original_language="ary",
        summary="<p>Le port, les dockers, les lettres.</p>",
        live=False,
    )
    index.add_child(instance=story)
    story.save_revision(user=editor)
    return story


def submit_story(story, editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        story.get_workflow().start(story, editor)
    story.refresh_from_db()
    return story


def test_a_story_needs_the_archivist_then_the_curator(
    client,
    editor,
    curator,
    archivist,
    draft_story,
    django_capture_on_commit_callbacks,
):
    mail.outbox.clear()
    story = submit_story(draft_story, editor, django_capture_on_commit_callbacks)

    assert story.current_workflow_task.name == "Archivist consent check"
    assert any(archivist.email in message.to for message in mail.outbox)
    assert not any(curator.email in message.to for message in mail.outbox)

    # The curator cannot skip the archivist's step.
    client.force_login(curator)
    assert workflow_action(client, story, "approve").status_code in (302, 403)
    story.refresh_from_db()
    assert story.current_workflow_task.name == "Archivist consent check"

    # The record is still restricted: the archivist sees it and may only ask
    # for changes.
    client.force_login(archivist)
    modal = action_modal(client, story, "reject")
    assert modal.status_code == 200
    body = modal.json()["html"]
    assert "Restricted" in body or "Restreint" in body
    assert "not recorded" in body or "non renseigné" in body
    assert workflow_action(client, story, "approve").status_code in (302, 403)
    story.refresh_from_db()
    assert story.current_workflow_task.name == "Archivist consent check"
    assert not story.live

    # The archivist records consent; the form then shows it, and approval works.
    access = StoryAccess.objects.get(translation_key=story.translation_key)
    access.access_level = StoryAccess.Level.PUBLIC
    access.consent_date = datetime.date(2024, 3, 14)
    access.consent_scope = "Diffusion en ligne, transcription comprise."
    access.embargo_until = datetime.date(2025, 6, 1)  # passed
    access.save()
    modal = action_modal(client, story, "approve")
    assert modal.status_code == 200
    body = modal.json()["html"]
    assert "Diffusion en ligne, transcription comprise." in body
    assert "2024" in body  # consent date
    assert "2025" in body  # embargo

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert workflow_action(client, story, "approve").status_code == 302
    story.refresh_from_db()
    assert not story.live
    assert story.current_workflow_task.name == "Curator review"
    assert any(curator.email in message.to for message in mail.outbox)

    client.force_login(curator)
    with django_capture_on_commit_callbacks(execute=True):
        assert workflow_action(client, story, "approve").status_code == 302
    story.refresh_from_db()
    assert story.live


def test_an_archivist_opens_the_story_under_review(
    client, editor, archivist, draft_story, django_capture_on_commit_callbacks
):
    story = submit_story(draft_story, editor, django_capture_on_commit_callbacks)
    client.force_login(archivist)

    response = client.get(reverse("wagtailadmin_pages:edit", args=(story.pk,)))

    assert response.status_code == 200
    assert "Entretien avec Rachid" in response.content.decode()


def test_the_editor_cannot_publish_a_story_without_consent(client, editor, draft_story):
    tester = Page.objects.get(pk=draft_story.pk).specific.permissions_for_user(editor)

    assert not tester.can_publish()


def test_consent_withdrawn_after_the_archivist_step_blocks_publication(
    client,
    editor,
    curator,
    archivist,
    draft_story,
    django_capture_on_commit_callbacks,
):
    story = submit_story(draft_story, editor, django_capture_on_commit_callbacks)
    access = StoryAccess.objects.get(translation_key=story.translation_key)
    access.access_level = StoryAccess.Level.PUBLIC
    access.save()
    client.force_login(archivist)
    with django_capture_on_commit_callbacks(execute=True):
        assert workflow_action(client, story, "approve").status_code == 302
    story.refresh_from_db()
    assert story.current_workflow_task.name == "Curator review"

    # The narrator withdraws consent before the curator's review.
    access.access_level = StoryAccess.Level.RESTRICTED
    access.save()
    client.force_login(curator)
    response = workflow_action(client, story, "approve")

    # Refused (Wagtail's admin answers with its dashboard and an error).
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response.url == reverse("wagtailadmin_home")
    story.refresh_from_db()
    assert not story.live
    assert story.current_workflow_task.name == "Curator review"


# -- dashboard -------------------------------------------------------------------


def test_the_dashboard_shows_my_reviews_and_my_drafts(
    client, editor, curator, french, django_capture_on_commit_callbacks
):
    """The curator's dashboard lists what waits for her review; the editor's
    lists her own recent edits, draft included."""
    page = submit_exhibit(client, editor, french, django_capture_on_commit_callbacks)
    dashboard = reverse("wagtailadmin_home")

    editor_home = client.get(dashboard).content.decode()
    client.force_login(curator)
    curator_home = client.get(dashboard).content.decode()
    client.force_login(editor)
    page.save_revision(user=editor)  # a further draft of her own
    editor_again = client.get(dashboard).content.decode()

    # Wagtail's panel titles, in the admin's language (French by default).
    with translation.override("fr"):
        awaiting = translation.gettext("Awaiting your review")
        recent = translation.gettext("Your most recent edits")
    assert awaiting in curator_home
    assert reverse("wagtailadmin_pages:edit", args=(page.pk,)) in curator_home
    assert "Les cafés de Barbès" in curator_home
    assert awaiting not in editor_home
    assert recent in editor_again
    assert "Les cafés de Barbès" in editor_again
