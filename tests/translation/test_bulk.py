"""Bulk actions on a section: "Translate a section" and "Sync outdated
translations", from the admin (through django-tasks) and from the command
line."""

import datetime
import io
import os
import subprocess
import sys
from dataclasses import dataclass, field

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from wagtail.models import Page, PageLogEntry, Revision
from wagtail_localize.models import Translation, TranslationLog
from wagtail_localize.synctree import create_aliases_for_new_page

from cms.core.models import HomePage, Place
from cms.exhibits.models import ExhibitIndexPage, ExhibitPage
from cms.knowledge.models import KnowledgeIndexPage, KnowledgePage
from cms.stories.models import StoryAccess, StoryIndexPage, StoryPage
from cms.translation import bulk
from cms.translation.status import status_of
from tests.translation.helpers import fill_from_po

pytestmark = pytest.mark.django_db

TRANSLATE_URL = "/admin/translation/section/translate/"
SYNC_URL = "/admin/translation/section/sync/"


@dataclass
class Section:
    home: HomePage
    pages: list = field(default_factory=list)  # every page, the section first
    knowledge: list = field(default_factory=list)
    restricted_story: StoryPage = None
    public_story: StoryPage = None


def publish(page):
    page.save_revision().publish()
    return page


def build_section(slug, knowledge_pages):
    """A French section of its own (a home page under the root, so that the
    demo museum is not part of it): a knowledge index with ``knowledge_pages``
    pages, and an oral-history index with a restricted and a public story."""
    root = Page.objects.get(depth=1)
    home = publish(
        root.add_child(
            instance=HomePage(
                title=f"Section {slug}", slug=slug, introduction="<p>Un essai.</p>"
            )
        )
    )
    section = Section(home, pages=[home])
    index = publish(
        home.add_child(
            instance=KnowledgeIndexPage(
                title="Savoirs", slug="savoirs", introduction="<p>Des savoirs.</p>"
            )
        )
    )
    section.pages.append(index)
    for number in range(knowledge_pages):
        page = publish(
            index.add_child(
                instance=KnowledgePage(
                    title=f"Savoir {number:03}",
                    slug=f"savoir-{number:03}",
                    kind="toolkit",
                    summary=f"<p>Le savoir numéro {number}.</p>",
                    countries=["MA"],
                    sdgs=[10],
                )
            )
        )
        section.pages.append(page)
        section.knowledge.append(page)
    stories = publish(
        home.add_child(
            instance=StoryIndexPage(
                title="Entretiens", slug="entretiens", introduction="<p>Voix.</p>"
            )
        )
    )
    section.pages.append(stories)
    for name, level in (
        ("restreint", StoryAccess.Level.RESTRICTED),
        ("public", StoryAccess.Level.PUBLIC),
    ):
        story = publish(
            stories.add_child(
                instance=StoryPage(
                    title=f"Entretien {name}",
                    slug=f"entretien-{name}",
                    summary=f"<p>Un entretien {name}.</p>",
                    original_language="ary",
                )
            )
        )
        StoryAccess.objects.filter(translation_key=story.translation_key).update(
            access_level=level
        )
        section.pages.append(story)
        setattr(
            section, f"{'restricted' if level != 'public' else 'public'}_story", story
        )
    return section


@pytest.fixture
def big_section(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return build_section("grande-section", knowledge_pages=48)


@pytest.fixture
def small_section(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return build_section("petite-section", knowledge_pages=4)


def translated_versions(page, code):
    """Versions of ``page`` in ``code`` that are translations (not the
    untranslated copies wagtail-localize keeps in synced trees)."""
    return Page.objects.filter(
        translation_key=page.translation_key,
        locale__language_code=code,
        alias_of__isnull=True,
    )


def has_translation_record(page, code):
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale__language_code=code
    ).exists()


def run_counts(response):
    """``{code: [numbers]}`` from a run's result page, in the order of
    ``bulk.COUNTERS``."""
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        line["data-language"]: [int(cell.get_text()) for cell in line.select("td")]
        for line in soup.select("table.translation-run__counts tbody tr")
    }


def run_state(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select_one("section.translation-run")["data-state"]


def counted(response, code, name, action=bulk.TRANSLATE):
    return run_counts(response)[code][bulk.COUNTERS[action].index(name)]


def publish_log(page):
    return PageLogEntry.objects.filter(page=page, action="wagtail.publish")


# -- translating a section ------------------------------------------------------------


def test_translating_a_section_submits_every_page_into_the_chosen_languages(
    admin_client, big_section, django_capture_on_commit_callbacks
):
    pages = big_section.pages
    assert len(pages) >= 50

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            TRANSLATE_URL,
            {"page": big_section.home.pk, "languages": ["ar", "zgh"]},
        )
    assert response.status_code == 302
    result = admin_client.get(response["Location"])

    assert run_state(result) == "finished"
    for code in ("ar", "zgh"):
        assert counted(result, code, "submitted") == len(pages)
        assert counted(result, code, "skipped") == 0
        assert counted(result, code, "errors") == 0
    assert set(run_counts(result)) == {"ar", "zgh"}
    for page in pages:
        for code in ("ar", "zgh"):
            assert translated_versions(page, code).count() == 1, (page.title, code)
            assert has_translation_record(page, code)
        assert not translated_versions(page, "en").exists(), page.title
        assert not has_translation_record(page, "en")


def test_translating_never_publishes_a_story_without_public_consent(
    admin_client, small_section, locales, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            TRANSLATE_URL, {"page": small_section.home.pk, "languages": ["ar"]}
        )
    result = admin_client.get(response["Location"])

    restricted = small_section.restricted_story.get_translation(locales["ar"])
    public = small_section.public_story.get_translation(locales["ar"])
    assert restricted.alias_of_id is None  # it is a translation now…
    assert restricted.has_unpublished_changes  # …saved as a draft
    assert not publish_log(restricted).exists()
    assert publish_log(public).exists()
    assert not public.has_unpublished_changes
    assert counted(result, "ar", "drafts") == 1


def test_a_restricted_story_in_a_synced_tree_gets_a_draft_translation_only(
    admin_client, locales, django_capture_on_commit_callbacks
):
    """In the museum's own trees, wagtail-localize keeps a live untranslated
    copy of a page created in the French tree (in the admin); translating it
    must not publish the translation."""
    index = StoryIndexPage.objects.get(locale=locales["fr"])
    with django_capture_on_commit_callbacks(execute=True):
        story = publish(
            index.add_child(
                instance=StoryPage(
                    title="Entretien sous embargo",
                    slug="entretien-sous-embargo",
                    summary="<p>Un entretien sous embargo.</p>",
                    original_language="rif",
                )
            )
        )
        create_aliases_for_new_page(story)  # what the admin's create view does
    StoryAccess.objects.filter(translation_key=story.translation_key).update(
        access_level=StoryAccess.Level.PUBLIC,
        embargo_until=datetime.date.today() + datetime.timedelta(days=365),
    )
    copy = story.get_translation(locales["ar"])
    assert copy.alias_of_id == story.pk
    publishes = publish_log(copy).count()
    revisions = Revision.objects.for_instance(copy).count()

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            TRANSLATE_URL, {"page": story.pk, "languages": ["ar"]}
        )
    result = admin_client.get(response["Location"])

    translated = Page.objects.get(pk=copy.pk)
    assert translated.alias_of_id is None
    assert translated.has_unpublished_changes
    assert Revision.objects.for_instance(translated).count() > revisions
    assert publish_log(translated).count() == publishes
    assert (counted(result, "ar", "submitted"), counted(result, "ar", "drafts")) == (
        1,
        1,
    )


def test_a_second_run_skips_everything_and_changes_nothing(
    admin_client, small_section, django_capture_on_commit_callbacks
):
    form = {"page": small_section.home.pk, "languages": ["ar", "en"]}
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(TRANSLATE_URL, form)
    before = (
        Revision.objects.count(),
        TranslationLog.objects.count(),
        Translation.objects.count(),
        PageLogEntry.objects.count(),
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(TRANSLATE_URL, form)
    result = admin_client.get(response["Location"])

    for code in ("ar", "en"):
        assert counted(result, code, "submitted") == 0
        assert counted(result, code, "skipped") == len(small_section.pages)
    after = (
        Revision.objects.count(),
        TranslationLog.objects.count(),
        Translation.objects.count(),
        PageLogEntry.objects.count(),
    )
    assert after == before


def test_snippets_a_page_uses_are_sent_with_it_but_existing_ones_are_left_alone(
    admin_user, locales, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        section = build_section("section-lieux", knowledge_pages=0)
        new_place = Place.objects.create(
            name="Figuig", country="MA", locale=locales["fr"]
        )
        known_place = Place.objects.create(
            name="Nador", country="MA", locale=locales["fr"]
        )
        # Translated by hand in English, outside wagtail-localize.
        by_hand = known_place.copy_for_translation(locales["en"])
        by_hand.name = "Nador, written by hand"
        by_hand.save()
        exhibits = publish(
            section.home.add_child(
                instance=ExhibitIndexPage(
                    title="Expositions", slug="expositions", introduction="<p>E.</p>"
                )
            )
        )
        publish(
            exhibits.add_child(
                instance=ExhibitPage(
                    title="Exposition des lieux",
                    slug="exposition-des-lieux",
                    introduction="<p>Des lieux.</p>",
                    period_start="1963",
                    body=[
                        ("map_point", {"place": place, "label": "Départ"})
                        for place in (new_place, known_place)
                    ],
                )
            )
        )

    with django_capture_on_commit_callbacks(execute=True):
        outcome = bulk.translate_section(section.home, ["en"], user=admin_user)

    assert outcome["counts"]["en"]["related"] == 1
    assert new_place.get_translation(locales["en"]).name == "Figuig"
    by_hand.refresh_from_db()
    assert by_hand.name == "Nador, written by hand"


def test_the_form_refuses_a_page_that_is_not_french(
    admin_client, small_section, locales, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            TRANSLATE_URL, {"page": small_section.home.pk, "languages": ["ar"]}
        )
    arabic = small_section.home.get_translation(locales["ar"])

    response = admin_client.post(
        TRANSLATE_URL, {"page": arabic.pk, "languages": ["en"]}
    )

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select(".error-message, .w-field__errors")
    assert not translated_versions(small_section.home, "en").exists()


def test_the_actions_need_the_submit_translation_permission(
    client, django_user_model, small_section
):
    user = django_user_model.objects.create_user("reader", password="x")
    user.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    client.force_login(user)

    # Wagtail's admin answers a refusal with a redirect to the dashboard.
    for url in (TRANSLATE_URL, SYNC_URL):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    response = client.post(
        TRANSLATE_URL, {"page": small_section.home.pk, "languages": ["ar"]}
    )
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert not translated_versions(small_section.home, "ar").exists()


def test_with_a_queued_backend_the_result_page_waits_then_shows_the_outcome(
    admin_client,
    admin_user,
    small_section,
    settings,
    django_capture_on_commit_callbacks,
):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}
    }

    response = admin_client.post(
        TRANSLATE_URL, {"page": small_section.home.pk, "languages": ["zgh"]}
    )
    waiting = admin_client.get(response["Location"])

    assert run_state(waiting) == "queued"
    assert b'http-equiv="refresh"' in waiting.content
    assert not translated_versions(small_section.home, "zgh").exists()

    # A worker picks the task up.
    run_id = response["Location"].rstrip("/").rsplit("/", 1)[-1]
    with django_capture_on_commit_callbacks(execute=True):
        bulk.run_recorded(
            bulk.TRANSLATE, run_id, small_section.home.pk, ["zgh"], admin_user.pk
        )
    done = admin_client.get(response["Location"])

    assert run_state(done) == "finished"
    assert b'http-equiv="refresh"' not in done.content
    assert counted(done, "zgh", "submitted") == len(small_section.pages)
    assert translated_versions(small_section.home, "zgh").exists()


def test_an_unknown_run_is_not_found(admin_client):
    assert (
        admin_client.get(
            "/admin/translation/section/translate/runs/nothing/"
        ).status_code
        == 404
    )


# -- syncing outdated translations ----------------------------------------------------------


@pytest.fixture
def translated_section(small_section, admin_user, django_capture_on_commit_callbacks):
    """The small section fully translated into Arabic and English."""
    with django_capture_on_commit_callbacks(execute=True):
        bulk.translate_section(small_section.home, ["ar", "en"], user=admin_user)
    for translation in Translation.objects.filter(
        source__object_id__in=[page.translation_key for page in small_section.pages]
    ):
        with django_capture_on_commit_callbacks(execute=True):
            fill_from_po(translation, admin_user)
    return small_section


def edit_source(page, django_capture_on_commit_callbacks, summary):
    with django_capture_on_commit_callbacks(execute=True):
        page = page.specific_class.objects.get(pk=page.pk)
        page.summary = summary
        page.save_revision().publish()
    return page


def test_sync_updates_only_the_pages_whose_source_changed(
    translated_section, locales, django_capture_on_commit_callbacks
):
    section = translated_section
    edited = [section.knowledge[0], section.knowledge[2], section.restricted_story]
    untouched = [page for page in section.pages if page not in edited]
    for page in section.pages:
        assert status_of(page)["ar"].status == "current", page.title
    for page in edited:
        edit_source(
            page, django_capture_on_commit_callbacks, "<p>Une phrase neuve.</p>"
        )
        assert status_of(page)["ar"].status == "outdated"
    logs = {
        page.pk: TranslationLog.objects.filter(
            source__object_id=page.translation_key
        ).count()
        for page in section.pages
    }
    restricted_ar = section.restricted_story.get_translation(locales["ar"])
    restricted_publishes = publish_log(restricted_ar).count()
    public_ar = section.knowledge[0].get_translation(locales["ar"])
    public_publishes = publish_log(public_ar).count()

    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "sync_outdated", str(section.home.pk), "--languages", "ar", stdout=out
        )

    for page in edited:
        state = status_of(page)
        # The new sentence waits for Arabic translators; English was not asked for.
        assert state["ar"].status == "in_progress", page.title
        assert state["ar"].translated == state["ar"].total - 1
        assert state["en"].status == "outdated"
        assert (
            TranslationLog.objects.filter(
                source__object_id=page.translation_key
            ).count()
            == logs[page.pk] + 1
        )
    for page in untouched:
        assert status_of(page)["ar"].status == "current", page.title
        assert (
            TranslationLog.objects.filter(
                source__object_id=page.translation_key
            ).count()
            == logs[page.pk]
        )
    # Published translations are published again; the restricted story's is a draft.
    assert publish_log(public_ar).count() == public_publishes + 1
    assert publish_log(restricted_ar).count() == restricted_publishes
    restricted_ar.refresh_from_db()
    assert restricted_ar.has_unpublished_changes
    summary = out.getvalue().splitlines()
    assert any(line.startswith("[ar] synced 3, drafts 1, skipped") for line in summary)


def test_sync_from_the_admin_reports_what_it_did(
    admin_client, translated_section, django_capture_on_commit_callbacks
):
    section = translated_section
    edit_source(
        section.knowledge[1], django_capture_on_commit_callbacks, "<p>Autre.</p>"
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(SYNC_URL, {"page": section.home.pk})
    result = admin_client.get(response["Location"])

    # No language chosen: every one; only Arabic and English had translations.
    assert set(run_counts(result)) == {"ar", "en", "zgh"}
    for code in ("ar", "en"):
        assert counted(result, code, "synced", bulk.SYNC) == 1
        assert counted(result, code, "skipped", bulk.SYNC) == len(section.pages) - 1
    assert counted(result, "zgh", "synced", bulk.SYNC) == 0
    assert status_of(section.knowledge[1])["en"].status == "in_progress"


# -- the commands -----------------------------------------------------------------------------


def test_translate_section_prints_a_line_per_page_and_a_summary(
    small_section, django_capture_on_commit_callbacks
):
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "translate_section",
            str(small_section.home.pk),
            "--languages",
            "zgh",
            stdout=out,
        )

    lines = out.getvalue().splitlines()
    total = len(small_section.pages)
    assert lines[0].startswith(f"Section petite-section (page {small_section.home.pk})")
    item_lines = [line for line in lines if line.startswith("(")]
    assert len(item_lines) == total
    assert item_lines[0] == f"(1/{total}) Section petite-section: zgh: submitted"
    assert any(
        "Entretien restreint: zgh: submitted [draft only" in line for line in item_lines
    )
    assert f"[zgh] submitted {total}, drafts 1, skipped 0, related 0, errors 0" in lines


def test_translate_section_takes_a_url_path(
    small_section, locales, django_capture_on_commit_callbacks
):
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "translate_section",
            small_section.knowledge[0].url_path,
            "--languages",
            "en",
            stdout=out,
        )

    assert translated_versions(small_section.knowledge[0], "en").exists()
    assert not translated_versions(small_section.knowledge[1], "en").exists()


def test_a_public_url_path_names_the_french_page(locales):
    exhibits = bulk.find_section("/fr/expositions/")
    assert exhibits.locale.language_code == "fr"
    assert exhibits.specific_class.__name__ == "ExhibitIndexPage"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["999999", "--languages", "ar"], "There is no page with id 999999."),
        (
            ["/fr/nulle-part/", "--languages", "ar"],
            "No page is served at /fr/nulle-part/.",
        ),
        (["expositions", "--languages", "ar"], "is neither a page id nor a URL path"),
        (["/fr/expositions/"], "Choose the languages"),
        (["/fr/expositions/", "--languages", "ar,xx"], "Unknown target language xx"),
        (["/fr/expositions/", "--languages", "fr"], "Unknown target language fr"),
        (["/ar/"], "is in ar: translations are made from the French pages."),
    ],
    ids=[
        "no-such-id",
        "no-such-path",
        "not-a-path",
        "no-languages",
        "unknown-language",
        "source-language",
        "not-french",
    ],
)
def test_translate_section_refuses_bad_input_in_one_line(arguments, message):
    before = Translation.objects.count()

    with pytest.raises(CommandError) as refused:
        call_command("translate_section", *arguments, stdout=io.StringIO())

    assert message in str(refused.value)
    assert "\n" not in str(refused.value)
    assert Translation.objects.count() == before


def test_sync_outdated_refuses_a_page_that_does_not_exist():
    with pytest.raises(CommandError, match="There is no page with id 999999"):
        call_command("sync_outdated", "999999", stdout=io.StringIO())


def test_bad_input_exits_non_zero_with_one_line_on_stderr():
    """As a shell sees it (input refused before any database work)."""
    completed = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "translate_section",
            "expositions",
            "--languages",
            "ar",
        ],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert completed.returncode == 1
    assert completed.stdout == ""
    assert completed.stderr.strip().splitlines() == [
        "CommandError: “expositions” is neither a page id nor a URL path starting with /."
    ]
