"""Translator and editor roles (docs/translation.md, "Roles"; RELIABILITY
"translator scope" and "translating never publishes").

The expected permissions below are the specification, written out by hand.
Refusals in Wagtail's admin are a redirect to the dashboard with an error
message (``wagtail.admin.auth.permission_denied``); wagtail-localize's JSON
API answers 403.
"""

import datetime
import io
import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import ERROR, get_messages
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import (
    Collection,
    GroupPagePermission,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.test.utils.form_data import nested_form_data, rich_text
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import translate_object

from cms.core.demo.seeding import demo_key
from cms.core.models import HomePage, MuseumMedia, Person, Theme
from cms.core.rights import DEFAULT_RIGHTS
from cms.exhibits.models import ExhibitPage
from cms.stories.models import StoryAccess, StoryIndexPage, StoryPage, StorySegment
from cms.translation.models import LanguageTeam
from cms.translation.review import SAVE_DRAFT, SUBMIT

pytestmark = pytest.mark.django_db

SNIPPETS = ["core.%s_theme", "core.%s_place", "core.%s_person", "core.%s_institution"]


def snippet_perms(action):
    return {name % action for name in SNIPPETS} | {f"exhibits.{action}_museumobject"}


TRANSLATOR_PERMISSIONS = {"wagtailadmin.access_admin"} | snippet_perms("change")
EXPECTED_GROUP_PERMISSIONS = {
    "Translators (ar)": TRANSLATOR_PERMISSIONS,
    "Translators (en)": TRANSLATOR_PERMISSIONS,
    "Translators (zgh)": TRANSLATOR_PERMISSIONS,
    "Editors (fr)": {"wagtailadmin.access_admin", "wagtail_localize.submit_translation"}
    | snippet_perms("add")
    | snippet_perms("change"),
}
# group: (language of its team and home page, page permissions on that home page)
# No team publishes: review is mandatory (cms/editorial/migrations/0004), the
# Curators approve and so publish (docs/editors.md).
EXPECTED_PAGE_PERMISSIONS = {
    "Translators (ar)": ("ar", {"change_page"}),
    "Translators (en)": ("en", {"change_page"}),
    "Translators (zgh)": ("zgh", {"change_page"}),
    "Editors (fr)": ("fr", {"add_page", "change_page"}),
}
ADMIN_HOME = "/admin/"


def home(code):
    root_key = Site.objects.get(is_default_site=True).root_page.translation_key
    return HomePage.objects.get(
        depth=2, locale__language_code=code, translation_key=root_key
    )


def locale(code):
    return Locale.objects.get(language_code=code)


def refused(response):
    """Wagtail's answer to PermissionDenied in the admin: back to the dashboard
    with an error message."""
    messages = list(get_messages(response.wsgi_request))
    return (
        response.status_code == 302
        and response.url == ADMIN_HOME
        and any(message.level == ERROR for message in messages)
    )


@pytest.fixture
def member(django_user_model):
    def make(group_name, username):
        user = django_user_model.objects.create_user(username, password="x")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def ar_translator(client, member):
    user = member("Translators (ar)", "traductrice-ar")
    client.force_login(user)
    return user


@pytest.fixture
def editor(client, member):
    user = member("Editors (fr)", "editrice-fr")
    client.force_login(user)
    return user


# -- the groups ----------------------------------------------------------------


def test_each_group_has_exactly_its_model_permissions():
    for name, expected in EXPECTED_GROUP_PERMISSIONS.items():
        group = Group.objects.get(name=name)
        granted = {
            f"{app_label}.{codename}"
            for app_label, codename in group.permissions.values_list(
                "content_type__app_label", "codename"
            )
        }
        assert granted == expected, name


def test_each_group_has_page_permissions_on_its_language_home_only():
    for name, (code, codenames) in EXPECTED_PAGE_PERMISSIONS.items():
        granted = set(
            GroupPagePermission.objects.filter(group__name=name).values_list(
                "page_id", "permission__codename"
            )
        )
        assert granted == {(home(code).pk, codename) for codename in codenames}, name
        team = LanguageTeam.objects.get(group__name=name)
        assert team.locale == locale(code)
        assert set(team.page_permissions.values_list("codename", flat=True)) == (
            codenames
        ), name


def test_no_team_may_touch_consent_records_or_recordings():
    for name in EXPECTED_GROUP_PERMISSIONS:
        codenames = set(
            Group.objects.get(name=name).permissions.values_list("codename", flat=True)
        )
        assert not {c for c in codenames if "storyaccess" in c or "media" in c}


def test_only_french_editors_manage_images_and_documents():
    expected = {
        # Moved from the root collection by the editorial migration.
        "Editors (fr)": {
            (collection, f"{action}_{model}")
            for action in ("add", "change", "choose")
            for collection, model in (
                ("Public images", "image"),
                ("Documents", "document"),
            )
        },
        "Translators (ar)": set(),
        "Translators (en)": set(),
        "Translators (zgh)": set(),
    }
    for name, permissions in expected.items():
        granted = set(
            Group.objects.get(name=name).collection_permissions.values_list(
                "collection__name", "permission__codename"
            )
        )
        assert granted == permissions, name


def test_editor_uploads_an_image_and_finds_it_in_the_chooser(client, editor):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image as PILImage

    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#b85c38").save(buffer, "PNG")
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Valise en carton",
            "file": SimpleUploadedFile("valise.png", buffer.getvalue(), "image/png"),
            "alt_text": "Une valise en carton brun",
            "rights": DEFAULT_RIGHTS,
            "collection": Collection.objects.get(name="Public images").pk,
        },
    )
    assert response.status_code == 302, response.content[:2000]
    chooser = client.get(reverse("wagtailimages_chooser:choose"), {"q": "Valise"})
    assert chooser.status_code == 200
    assert "Valise en carton" in chooser.content.decode()


def test_page_permissions_are_granted_again_when_missing():
    GroupPagePermission.objects.filter(group__name="Translators (zgh)").delete()
    output = io.StringIO()
    call_command("sync_language_teams", stdout=output)

    assert "1 page permission(s) added" in output.getvalue()

    assert set(
        GroupPagePermission.objects.filter(group__name="Translators (zgh)").values_list(
            "page_id", "permission__codename"
        )
    ) == {(home("zgh").pk, "change_page")}


def test_a_team_never_gets_publish_back_from_the_sync():
    """Even a ``LanguageTeam`` that lists ``publish_page`` (set by hand) does
    not give it: only the Curators publish."""
    team = LanguageTeam.objects.get(group__name="Translators (zgh)")
    team.page_permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailcore", codename="publish_page"
        )
    )

    call_command("sync_language_teams", stdout=io.StringIO())

    assert not GroupPagePermission.objects.filter(
        group__name="Translators (zgh)", permission__codename="publish_page"
    ).exists()


def test_a_new_home_page_gets_its_team_at_once():
    """The ar/en/zgh homes appear after migrating (when the French home is first
    translated): the team gets its rights when its home is created."""
    english_home = home("en")
    GroupPagePermission.objects.filter(page=english_home).delete()
    Page.objects.filter(pk=english_home.pk).delete()
    french_home = home("fr")

    english_home_again = french_home.copy_for_translation(locale("en"))

    assert set(
        GroupPagePermission.objects.filter(group__name="Translators (en)").values_list(
            "page_id", "permission__codename"
        )
    ) == {(english_home_again.pk, "change_page")}


# -- a translator for Arabic: pages ----------------------------------------------------


def exhibit(code):
    return ExhibitPage.objects.filter(locale__language_code=code).order_by("pk").first()


def test_translator_opens_an_arabic_page_in_the_translation_editor(
    client, ar_translator
):
    page = exhibit("ar")

    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [
        t.name for t in response.templates
    ]
    # Review is mandatory: no "Publish" button, but "Save draft" and "Submit to
    # Curator review" under the editor (cms/translation/review.py).
    assert json.loads(response.context["props"])["perms"]["canPublish"] is False
    html = response.content.decode()
    assert f'name="{SAVE_DRAFT}"' in html
    assert f'name="{SUBMIT}"' in html
    with translation.override(response.wsgi_request.LANGUAGE_CODE):
        assert translation.gettext("Curator review") in html


def test_translator_translates_an_arabic_page_and_submits_it_for_review(
    client, ar_translator, member, django_capture_on_commit_callbacks
):
    """Before review became mandatory the translator published here; now her
    work is saved as a draft, submitted to the section's workflow (the same as
    the French source's), and a curator's approval publishes it."""
    page = exhibit("ar")
    live_title = page.title
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )
    title = StringSegment.objects.get(source=translation.source, context__path="title")

    response = client.put(
        reverse(
            "wagtail_localize:edit_string_translation", args=[translation.pk, title.pk]
        ),
        "value=%D8%B9%D9%86%D9%88%D8%A7%D9%86+%D9%85%D8%B1%D8%A7%D8%AC%D8%B9",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    # Publishing is refused…
    with django_capture_on_commit_callbacks(execute=True):
        publish = client.post(edit_url, {"action": "publish"})
    assert refused(publish)
    page.refresh_from_db()
    assert page.title == live_title

    # …saving a draft keeps the work without changing the live page…
    with django_capture_on_commit_callbacks(execute=True):
        draft = client.post(edit_url, {SAVE_DRAFT: "1"})
    assert draft.status_code == 302
    assert draft.url == edit_url
    page.refresh_from_db()
    assert page.title == live_title
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().title == "عنوان مراجع"
    assert page.current_workflow_state is None

    # …and submitting sends it to the curators.
    with django_capture_on_commit_callbacks(execute=True):
        submit = client.post(edit_url, {SUBMIT: "1"})
    assert submit.status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_task.name == "Curator review"
    assert page.title == live_title
    # She cannot approve her own work.
    task_state = page.current_workflow_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)
    )
    assert client.post(approve_url).status_code in (302, 403)
    page.refresh_from_db()
    assert page.title == live_title

    curator = member("Curators", "conservatrice")
    client.force_login(curator)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(approve_url).status_code == 302
    page.refresh_from_db()
    assert page.title == "عنوان مراجع"
    assert page.live
    assert not page.has_unpublished_changes
    assert page.current_workflow_state is None


def test_a_translation_sent_back_keeps_the_draft_and_is_resubmitted(
    client, ar_translator, member, django_capture_on_commit_callbacks
):
    page = exhibit("ar")
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url, {SUBMIT: "1"})
    page.refresh_from_db()
    submitted = page.get_latest_revision()
    task_state = page.current_workflow_task_state

    client.force_login(member("Curators", "conservatrice"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=(page.pk, "reject", task_state.pk),
            ),
            {"comment": "Revoir le titre."},
        )
    page.refresh_from_db()
    assert page.current_workflow_state.status == "needs_changes"
    assert page.get_latest_revision() == submitted

    client.force_login(ar_translator)
    editor_view = client.get(edit_url)
    # In the admin's language (French by default): "Resubmit to Curator review".
    with translation.override(editor_view.wsgi_request.LANGUAGE_CODE):
        resubmit = translation.gettext("Resubmit to %(workflow)s") % {
            "workflow": translation.gettext("Curator review")
        }
    assert resubmit in editor_view.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit_url, {SUBMIT: "1"}).status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state.status == "in_progress"
    assert page.current_workflow_task.name == "Curator review"


def test_the_review_actions_need_the_right_to_edit_the_page(client, ar_translator):
    page = exhibit("en")
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    for action in (SAVE_DRAFT, SUBMIT):
        assert refused(client.post(edit_url, {action: "1"})), action
    page.refresh_from_db()
    assert page.current_workflow_state is None


@pytest.mark.parametrize("code", ["en", "fr", "zgh"])
def test_translator_cannot_open_a_page_of_another_language(client, ar_translator, code):
    page = exhibit(code)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert refused(response)


def test_translator_cannot_use_the_translation_editor_of_another_language(
    client, ar_translator
):
    page = exhibit("en")
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )
    title = StringSegment.objects.get(source=translation.source, context__path="title")

    put = client.put(
        reverse(
            "wagtail_localize:edit_string_translation", args=[translation.pk, title.pk]
        ),
        "value=Hijacked",
        content_type="application/x-www-form-urlencoded",
    )
    download = client.get(
        reverse("wagtail_localize:download_pofile", args=[translation.pk])
    )

    assert put.status_code == 403
    assert not StringTranslation.objects.filter(data="Hijacked").exists()
    assert refused(download)


def test_translator_cannot_delete_or_move_pages_of_their_language(
    client, ar_translator
):
    """Wagtail would let "edit + publish" delete a leaf page; translators do
    not reshape the tree."""
    page = exhibit("ar")

    delete = client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    move = client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[page.pk, page.get_parent().pk])
    )
    add = client.get(
        reverse(
            "wagtailadmin_pages:add",
            args=["exhibits", "exhibitpage", page.get_parent().pk],
        )
    )

    assert refused(delete)
    assert Page.objects.filter(pk=page.pk).exists()
    assert refused(move)
    assert refused(add)


def test_translator_cannot_change_privacy_or_delete_through_the_admin_api(
    client, ar_translator
):
    """Privacy belongs to the item in every language: those who write the
    source set it. The admin's JSON API asks the same page rules."""
    page = exhibit("ar")

    privacy = client.post(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk]),
        {"restriction_type": "password", "password": "secret"},
    )
    api_delete = client.post(f"/admin/api/main/pages/{page.pk}/action/delete/")

    assert privacy.status_code in (302, 403)
    assert not PageViewRestriction.objects.filter(page=page).exists()
    assert api_delete.status_code == 403
    assert Page.objects.filter(pk=page.pk).exists()


def test_translator_cannot_submit_or_sync_translations(client, ar_translator):
    page = exhibit("fr")
    theme = Theme.objects.filter(locale=locale("fr")).first()
    translation = Translation.objects.filter(
        source__object_id=page.translation_key
    ).first()

    for url in (
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["core", "theme", theme.pk],
        ),
        reverse("wagtail_localize:update_translations", args=[translation.source_id]),
    ):
        assert refused(client.get(url)), url
        assert refused(client.post(url, {"locales": [locale("ar").pk]})), url


# -- a translator for Arabic: snippets --------------------------------------------------


def theme(code):
    return Theme.objects.get(
        translation_key=demo_key("theme", "departures"), locale__language_code=code
    )


def snippet_url(name, instance):
    model = instance._meta
    return reverse(
        f"wagtailsnippets_{model.app_label}_{model.model_name}:{name}",
        args=[instance.pk],
    )


def test_translator_edits_the_arabic_version_of_a_snippet(client, ar_translator):
    response = client.get(snippet_url("edit", theme("ar")))

    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [
        t.name for t in response.templates
    ]


@pytest.mark.parametrize("view", ["edit", "delete", "history", "usage"])
@pytest.mark.parametrize("code", ["en", "fr"])
def test_translator_cannot_open_a_snippet_of_another_language(
    client, ar_translator, view, code
):
    assert refused(client.get(snippet_url(view, theme(code))))


def test_translator_cannot_save_the_translation_of_another_language_snippet(
    client, ar_translator
):
    english = theme("en")
    translation = Translation.objects.get(
        source__object_id=english.translation_key, target_locale=english.locale
    )
    segment = StringSegment.objects.filter(source=translation.source).first()

    edit = client.post(snippet_url("edit", english), {"action": "publish"})
    put = client.put(
        reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation.pk, segment.pk],
        ),
        "value=Hijacked",
        content_type="application/x-www-form-urlencoded",
    )

    assert refused(edit)
    assert put.status_code == 403
    assert not StringTranslation.objects.filter(data="Hijacked").exists()


def test_translator_lists_and_chooses_only_arabic_snippets(client, ar_translator):
    listing = client.get(reverse("wagtailsnippets_core_theme:list"), {"locale": "fr"})
    chooser = client.get(
        reverse("wagtailsnippetchoosers_core_theme:choose"), {"locale": "fr"}
    )
    arabic = client.get(reverse("wagtailsnippets_core_theme:list"), {"locale": "ar"})

    for response in (listing, chooser):
        assert response.status_code == 200
        assert theme("fr").name not in response.content.decode()
    assert theme("ar").name in arabic.content.decode()


def test_translator_cannot_open_consent_records(client, ar_translator):
    record = StoryAccess.objects.get(
        translation_key=demo_key("story", "fatima-gennevilliers")
    )

    assert refused(
        client.get(
            reverse("wagtailsnippets_stories_storyaccess:edit", args=[record.pk])
        )
    )
    assert refused(client.get(reverse("wagtailsnippets_stories_storyaccess:list")))
    record.refresh_from_db()
    assert record.access_level == "public"


# -- restricted interviews ---------------------------------------------------------------


def story_translated_into_arabic(access, name):
    """A French interview (draft) and its Arabic translation (draft), with a
    consent record at ``access``."""
    index = StoryIndexPage.objects.get(locale=locale("fr"))
    story = StoryPage(
        title=f"Entretien {name}",
        slug=f"entretien-{name}",
        summary="<p>Résumé.</p>",
        original_language="ary",
        live=False,
    )
    story.segments = [StorySegment(start=1, end=5, text="Bonjour.")]
    index.add_child(instance=story)
    story.save_revision()
    StoryAccess.objects.update_or_create(
        translation_key=story.translation_key, defaults={"access_level": access}
    )
    translate_object(Page.objects.get(pk=story.pk).specific, [locale("ar")])
    return story.get_translation(locale("ar")).specific


@pytest.mark.parametrize("access", ["restricted", "embargoed"])
def test_translator_cannot_publish_a_restricted_interview(
    client, ar_translator, django_capture_on_commit_callbacks, access
):
    with django_capture_on_commit_callbacks(execute=True):
        arabic = story_translated_into_arabic(
            "public" if access == "embargoed" else access, f"secret-{access}"
        )
    if access == "embargoed":
        StoryAccess.objects.filter(translation_key=arabic.translation_key).update(
            embargo_until=timezone.localdate() + datetime.timedelta(days=10)
        )
    edit_url = reverse("wagtailadmin_pages:edit", args=[arabic.pk])

    editor_view = client.get(edit_url)
    with django_capture_on_commit_callbacks(execute=True):
        publish = client.post(edit_url, {"action": "publish"})

    assert editor_view.status_code == 200
    perms = json.loads(editor_view.context["props"])["perms"]
    assert perms["canPublish"] is False
    assert perms["canUnpublish"] is False
    assert perms["canDelete"] is False
    assert refused(publish)
    arabic.refresh_from_db()
    assert not arabic.live
    assert arabic.live_revision is None


def test_translator_submits_a_public_interview_to_the_archivist_first(
    client, ar_translator, member, django_capture_on_commit_callbacks
):
    """Before review became mandatory the translator published a public
    interview herself; now its translation goes through the story's workflow,
    archivist consent check first."""
    with django_capture_on_commit_callbacks(execute=True):
        arabic = story_translated_into_arabic("public", "ouverte")
    edit_url = reverse("wagtailadmin_pages:edit", args=[arabic.pk])

    with django_capture_on_commit_callbacks(execute=True):
        publish = client.post(edit_url, {"action": "publish"})
        submit = client.post(edit_url, {SUBMIT: "1"})

    assert refused(publish)
    assert submit.status_code == 302
    arabic.refresh_from_db()
    assert not arabic.live
    assert arabic.current_workflow_task.name == "Archivist consent check"
    # The curator cannot skip the archivist's step.
    client.force_login(member("Curators", "conservatrice"))
    task_state = arabic.current_workflow_task_state
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=(arabic.pk, "approve", task_state.pk),
        )
    )
    arabic.refresh_from_db()
    assert arabic.current_workflow_task.name == "Archivist consent check"
    assert not arabic.live


def test_translator_cannot_unpublish_a_live_restricted_interview(client, ar_translator):
    arabic = StoryPage.objects.get(
        translation_key=demo_key("story", "ahmed-dusseldorf"),
        locale__language_code="ar",
    )
    assert arabic.live
    assert not arabic.access.record_is_public

    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[arabic.pk]))

    assert refused(response)
    arabic.refresh_from_db()
    assert arabic.live


# -- what a translator sees of other trees: choosers and search ------------------------


def secret(name):
    return f"SECRET{name.upper()}Z9 سري{name}٩ ⵙⵔ{name}ⵉ"


@pytest.fixture
def secrets_elsewhere(django_capture_on_commit_callbacks):
    """Non-public items in the French and English trees, each named with a
    canary: a restricted interview (also in English), an embargoed one, a draft
    one, and a public one with a secret draft title; plus the restricted
    interview's narrator."""
    index = StoryIndexPage.objects.get(locale=locale("fr"))
    made = {}

    def story(name, access="public", live=True, narrator=None):
        page = StoryPage(
            title=f"Entretien {secret(name)}",
            slug=f"entretien-secret-{name}",
            summary=f"<p>{secret(name)}</p>",
            original_language="ary",
            narrator=narrator,
            live=live,
        )
        index.add_child(instance=page)
        if live:
            page.save_revision().publish()
        else:
            page.save_revision()
        StoryAccess.objects.update_or_create(
            translation_key=page.translation_key, defaults={"access_level": access}
        )
        made[name] = page
        return page

    narrator = Person.objects.create(
        name=f"Narrateur {secret('narrator')}", locale=locale("fr")
    )
    restricted = story("restricted", access="restricted", narrator=narrator)
    recording = MuseumMedia(title=f"Enregistrement {secret('recording')}", type="audio")
    recording.file.save(
        "secret-recording.wav", ContentFile(b"RIFF0000WAVE"), save=False
    )
    recording.save()
    restricted.recording = recording
    restricted.save_revision().publish()
    story("embargoed")
    StoryAccess.objects.filter(
        translation_key=made["embargoed"].translation_key
    ).update(embargo_until=timezone.localdate() + datetime.timedelta(days=30))
    story("draft", live=False)
    public = story("pendingdraft")
    public.title = "Entretien public"
    public.save_revision().publish()
    public.title = f"Brouillon {secret('pendingdraft')}"
    public.save_revision()

    with django_capture_on_commit_callbacks(execute=True):
        translate_object(Page.objects.get(pk=restricted.pk).specific, [locale("en")])
    english = restricted.get_translation(locale("en")).specific
    english.title = f"Interview {secret('restricted')}"
    english.save_revision().publish()
    made["restricted-en"] = english
    return made


def body(response):
    """The text a user would see: JSON (modal choosers) decoded, so that Arabic
    and Tifinagh are not hidden behind \\u escapes."""
    if response["Content-Type"].startswith("application/json"):
        return json.dumps(response.json(), ensure_ascii=False)
    return response.content.decode()


def leaked(response, names=("restricted", "embargoed", "draft", "pendingdraft")):
    """Canary parts of ``names`` in the response. Only the Arabic and Tifinagh
    parts: the Latin one is what searches ask for, and search pages repeat the
    query."""
    text = body(response)
    return [
        (name, part)
        for name in names
        for part in secret(name).split()[1:]
        if part in text
    ]


def test_choosers_and_search_show_no_restricted_page_of_another_tree(
    client, ar_translator, secrets_elsewhere
):
    french_index = StoryIndexPage.objects.get(locale=locale("fr"))
    english_index = StoryIndexPage.objects.get(locale=locale("en"))
    responses = {}
    for name in ("restricted", "embargoed", "draft", "pendingdraft"):
        token = f"SECRET{name.upper()}Z9"
        responses[f"chooser search {name}"] = client.get(
            reverse("wagtailadmin_choose_page_search"), {"q": token}
        )
        responses[f"admin search {name}"] = client.get(
            reverse("wagtailadmin_pages:search"), {"q": token}
        )
        responses[f"explorer search {name}"] = client.get(
            reverse("wagtailadmin_explore", args=[french_index.pk]),
            {"q": token, "search_all": "1"},
            follow=True,
        )
    for parent in (french_index, english_index):
        responses[f"chooser browse {parent.pk}"] = client.get(
            reverse("wagtailadmin_choose_page_child", args=[parent.pk])
        )
        responses[f"explorer {parent.pk}"] = client.get(
            reverse("wagtailadmin_explore", args=[parent.pk]), follow=True
        )

    for label, response in responses.items():
        assert response.status_code == 200, label
        assert not leaked(response), label
    for name in ("restricted", "restricted-en", "draft"):
        into = client.get(
            reverse("wagtailadmin_choose_page_child", args=[secrets_elsewhere[name].pk])
        )
        assert into.status_code == 404, name


def test_choosers_still_offer_the_translators_tree_and_public_pages(
    client, ar_translator, secrets_elsewhere
):
    arabic_exhibit = exhibit("ar")
    french_exhibit = exhibit("fr")

    own = client.get(
        reverse("wagtailadmin_choose_page_child", args=[arabic_exhibit.get_parent().pk])
    )
    public = client.get(
        reverse("wagtailadmin_choose_page_child", args=[french_exhibit.get_parent().pk])
    )

    assert arabic_exhibit.title in body(own)
    assert french_exhibit.title in body(public)


def test_narrators_records_and_recordings_of_restricted_interviews_stay_hidden(
    client, ar_translator, secrets_elsewhere
):
    responses = [
        client.get(reverse("wagtailsnippetchoosers_core_person:choose"), params)
        for params in ({"locale": "fr"}, {"q": "SECRETNARRATORZ9"}, {})
    ]
    responses.append(
        client.get(
            reverse("wagtail_localize:snippets_api_listing", args=["core", "person"])
        )
    )
    responses.append(
        client.get(
            reverse(
                "wagtail_localize:snippets_api_listing", args=["stories", "storyaccess"]
            )
        )
    )
    responses.append(
        client.get(
            reverse("wagtail_localize:translations_report"),
            {"source_title": "SECRETRESTRICTEDZ9"},
        )
    )
    responses.append(client.get(reverse("wagtailmedia:chooser")))

    for response in responses:
        assert response.status_code == 200, response.request
        assert not leaked(response, ("narrator", "restricted", "recording")), (
            response.request
        )


def test_the_canaries_are_there_for_those_allowed_to_see_them(
    client, admin_user, secrets_elsewhere
):
    """The leak checks above would find the canaries if they were shown."""
    client.force_login(admin_user)

    search = client.get(
        reverse("wagtailadmin_choose_page_search"), {"q": "SECRETRESTRICTEDZ9"}
    )
    admin_search = client.get(
        reverse("wagtailadmin_pages:search"), {"q": "SECRETRESTRICTEDZ9"}
    )
    people = client.get(
        reverse("wagtailsnippetchoosers_core_person:choose"), {"locale": "fr"}
    )
    report = client.get(
        reverse("wagtail_localize:translations_report"),
        {"source_title": "SECRETRESTRICTEDZ9"},
    )

    assert leaked(search, ("restricted",))
    assert leaked(admin_search, ("restricted",))
    assert leaked(people, ("narrator",))
    assert leaked(report, ("restricted",))
    assert leaked(client.get(reverse("wagtailmedia:chooser")), ("recording",))


# -- French editors and archivists keep their work ---------------------------------------------


def test_editor_edits_the_french_tree_and_submits_it_for_review(client, editor):
    """Before review became mandatory the French editor published here; now
    "Publish" is refused and her edit goes to the section's workflow."""
    section = StoryIndexPage.objects.get(locale=locale("fr"))
    live_title = section.title
    url = reverse("wagtailadmin_pages:edit", args=[section.pk])

    def post(action):
        return client.post(
            url,
            nested_form_data(
                {
                    "title": "Histoires orales (revu)",
                    "slug": section.slug,
                    "introduction": rich_text("<p>Revu.</p>"),
                    action: action,
                }
            ),
        )

    assert client.get(url).status_code == 200
    assert not section.permissions_for_user(editor).can_publish()
    post("action-publish")
    section.refresh_from_db()
    assert section.title == live_title
    assert section.get_latest_revision_as_object().title == "Histoires orales (revu)"

    response = post("action-submit")

    assert response.status_code == 302
    assert response.url != ADMIN_HOME
    section.refresh_from_db()
    assert section.title == live_title
    assert section.live
    # The story section's own workflow: archivist consent check, then curators.
    assert section.current_workflow_task.name == "Archivist consent check"


def test_editor_adds_french_snippets_only(client, editor):
    french = client.post(
        reverse("wagtailsnippets_core_theme:add") + "?locale=fr",
        {"name": "Mémoire ouvrière", "description": "Le travail."},
    )
    arabic = client.get(reverse("wagtailsnippets_core_theme:add") + "?locale=ar")

    assert french.status_code == 302
    assert Theme.objects.filter(name="Mémoire ouvrière", locale=locale("fr")).exists()
    assert refused(arabic)
    assert refused(client.get(snippet_url("edit", theme("ar"))))


def test_editor_sends_french_pages_for_translation_but_not_other_trees(client, editor):
    french = exhibit("fr")

    assert (
        client.get(
            reverse("wagtail_localize:submit_page_translation", args=[french.pk])
        ).status_code
        == 200
    )
    assert refused(
        client.get(reverse("wagtailadmin_pages:edit", args=[exhibit("ar").pk]))
    )


def test_editor_cannot_publish_an_interview_without_consent(
    client, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        arabic = story_translated_into_arabic("restricted", "sans-accord")
    french = arabic.get_translation(locale("fr")).specific

    perms = french.permissions_for_user(editor)

    assert perms.can_edit()
    assert not perms.can_publish()
    assert perms.can_submit_for_moderation()
    # Public consent does not make her a publisher: review is mandatory (she
    # published public interviews herself before).
    StoryAccess.objects.filter(translation_key=french.translation_key).update(
        access_level="public"
    )
    assert not french.permissions_for_user(editor).can_publish()


def test_archivist_opens_consent_records_and_sees_every_page(
    client, member, secrets_elsewhere
):
    archivist = member("Archivists", "archiviste")
    client.force_login(archivist)
    record = StoryAccess.objects.get(
        translation_key=secrets_elsewhere["restricted"].translation_key
    )

    edit = client.get(
        reverse("wagtailsnippets_stories_storyaccess:edit", args=[record.pk])
    )
    search = client.get(
        reverse("wagtailadmin_choose_page_search"), {"q": "SECRETRESTRICTEDZ9"}
    )

    assert edit.status_code == 200
    assert leaked(search, ("restricted",))
