"""The cascade policy (docs/translation.md, "Cascade policy";
../shared/RELIABILITY.md, "delete and unpublish cascade").

French pages and snippets take their translations with them when they are
unpublished or deleted; a translation alone affects only itself; privacy is one
setting for every language; nothing is left behind in the translation tables.

(Consent for oral histories is one record per interview for all languages:
tests/stories/test_stories.py::test_restricting_one_language_hides_every_language_at_once.)
"""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import (
    Locale,
    Page,
    PageLogEntry,
    PageViewRestriction,
)
from wagtail.users.models import UserProfile
from wagtail_localize.models import (
    OverridableSegment,
    String,
    StringSegment,
    StringTranslation,
    TranslatableObject,
    Translation,
    TranslationContext,
    TranslationLog,
    TranslationSource,
)

from cms.core.demo.seeding import demo_key
from cms.core.models import HomePage, Theme
from cms.exhibits.models import ExhibitIndexPage, ExhibitPage, ExhibitTheme
from cms.translation.models import SourceChange
from cms.translation.operations import translate_from_catalogue
from cms.translation.status import status_of

pytestmark = pytest.mark.django_db

TARGETS = ["ar", "en", "zgh"]
TITLES = {"ar": "حقائب", "en": "Suitcases", "zgh": "ⵜⵉⵙⵓⴽⵜⵉⵏ"}
LANGUAGE_NAMES = {"ar": "Arabic", "en": "English", "zgh": "Standard Moroccan Tamazight"}
INTRODUCTIONS = {
    "ar": "حقيبة من الورق المقوى",
    "en": "A cardboard suitcase",
    "zgh": "ⵜⴰⵙⵓⴽⵜ ⵏ ⵓⴽⴰⵕⵟⵓⵏ",
}


def locale(code):
    return Locale.objects.get(language_code=code)


@pytest.fixture
def editor(client, admin_user):
    """A superuser in the admin, which speaks English to them."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user)
    return client


@pytest.fixture
def translated_exhibit(admin_user, django_capture_on_commit_callbacks):
    """``make(name)``: a French exhibit translated into ar, en and zgh, with
    ``name`` in every text, published in every language."""

    def make(name):
        page = ExhibitPage(
            title=f"Valises {name}",
            slug=f"valises-{name.lower()}",
            introduction=f"<p>Une valise en carton {name}.</p>",
            period_start="1970",
        )
        ExhibitIndexPage.objects.get(locale=locale("fr")).add_child(instance=page)
        page.save_revision().publish()
        for code in TARGETS:
            catalogue = {
                f"Valises {name}": f"{TITLES[code]} {name}",
                f"valises-{name.lower()}": f"{code}-valises-{name.lower()}",
                f"Une valise en carton {name}.": f"{INTRODUCTIONS[code]} {name}.",
            }
            with django_capture_on_commit_callbacks(execute=True):
                translate_from_catalogue(page, code, catalogue, user=admin_user)
        return ExhibitPage.objects.get(pk=page.pk)

    return make


def versions(page):
    """``{code: page}`` of every language version that exists."""
    return {
        version.locale.language_code: version.specific
        for version in Page.objects.filter(
            translation_key=page.translation_key
        ).select_related("locale")
    }


def public_text(page):
    """What an anonymous reader gets at the page's address."""
    response = Client().get(page.url)
    return response.status_code, response.content.decode()


def translation_records(key):
    """How many rows wagtail-localize and the museum keep about an item."""
    return {
        "objects": TranslatableObject.objects.filter(translation_key=key).count(),
        "sources": TranslationSource.objects.filter(object_id=key).count(),
        "translations": Translation.objects.filter(source__object_id=key).count(),
        "logs": TranslationLog.objects.filter(source__object_id=key).count(),
        "contexts": TranslationContext.objects.filter(object_id=key).count(),
        "segments": StringSegment.objects.filter(source__object_id=key).count()
        + OverridableSegment.objects.filter(source__object_id=key).count(),
        "translated strings": StringTranslation.objects.filter(
            context__object_id=key
        ).count(),
        "source changes": SourceChange.objects.filter(translation_key=key).count(),
    }


NOTHING = dict.fromkeys(
    [
        "objects",
        "sources",
        "translations",
        "logs",
        "contexts",
        "segments",
        "translated strings",
        "source changes",
    ],
    0,
)


def texts_containing(marker):
    """Source texts and translations wagtail-localize keeps with ``marker``."""
    return String.objects.filter(data__contains=marker).count() + (
        StringTranslation.objects.filter(data__contains=marker).count()
    )


def tree_problems():
    out = io.StringIO()
    call_command("fixtree", interactive=False, stdout=out)
    return out.getvalue()


# -- unpublishing ---------------------------------------------------------------


def test_unpublishing_the_french_page_in_the_admin_unpublishes_every_language(
    editor, translated_exhibit
):
    page = translated_exhibit("Q7unpub")
    url = reverse("wagtailadmin_pages:unpublish", args=[page.pk])

    confirmation = editor.get(url).content.decode()
    response = editor.post(url)

    assert "This will also unpublish all 3 translations of the page." in confirmation
    assert response.status_code == 302
    for code, version in versions(page).items():
        assert not version.live, code
        assert public_text(version)[0] == 404
        # Once each, in each page's history.
        assert (
            PageLogEntry.objects.filter(
                page=version, action="wagtail.unpublish"
            ).count()
            == 1
        )


def test_unpublishing_a_translation_unpublishes_only_that_translation(
    editor, translated_exhibit
):
    page = translated_exhibit("Q7one")
    arabic = versions(page)["ar"]

    editor.post(reverse("wagtailadmin_pages:unpublish", args=[arabic.pk]))

    live = {code: version.live for code, version in versions(page).items()}
    assert live == {"fr": True, "ar": False, "en": True, "zgh": True}
    status, body = public_text(versions(page)["en"])
    assert status == 200
    assert "Suitcases Q7one" in body


def test_unpublishing_the_french_page_from_code_unpublishes_every_language(
    translated_exhibit,
):
    """Scheduled expiry, scripts and bulk actions call ``unpublish()``."""
    page = translated_exhibit("Q7code")

    page.unpublish()

    assert {code: v.live for code, v in versions(page).items()} == dict.fromkeys(
        ["fr", *TARGETS], False
    )
    for version in versions(page).values():
        assert public_text(version)[0] == 404


def test_unpublishing_a_translation_from_code_leaves_the_others(translated_exhibit):
    page = translated_exhibit("Q7codeone")

    versions(page)["zgh"].unpublish()

    assert {code: v.live for code, v in versions(page).items()} == {
        "fr": True,
        "ar": True,
        "en": True,
        "zgh": False,
    }


# -- deleting pages ---------------------------------------------------------------


def test_deleting_the_french_page_in_the_admin_lists_and_deletes_every_language(
    editor, translated_exhibit, django_capture_on_commit_callbacks
):
    page = translated_exhibit("Q7delete")
    key = page.translation_key
    SourceChange.objects.update_or_create(
        translation_key=key, defaults={"changed_at": timezone.now()}
    )
    urls = {code: version.url for code, version in versions(page).items()}
    url = reverse("wagtailadmin_pages:delete", args=[page.pk])

    confirmation = editor.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(url)

    for code in TARGETS:
        assert f"{LANGUAGE_NAMES[code]}: «{TITLES[code]} Q7delete»" in confirmation
    assert response.status_code == 302
    assert not Page.objects.filter(translation_key=key).exists()
    for address in urls.values():
        assert Client().get(address).status_code == 404
    assert translation_records(key) == NOTHING
    assert texts_containing("Q7delete") == 0
    assert "No problems found" in tree_problems()


def test_deleting_the_french_page_from_code_deletes_every_language(
    translated_exhibit, django_capture_on_commit_callbacks
):
    page = translated_exhibit("Q7delcode")
    key = page.translation_key

    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=page.pk).delete()

    assert not Page.objects.filter(translation_key=key).exists()
    assert translation_records(key) == NOTHING
    assert texts_containing("Q7delcode") == 0
    assert "No problems found" in tree_problems()


def test_deleting_a_french_subtree_deletes_its_pages_in_every_language(
    admin_user, django_capture_on_commit_callbacks
):
    """A home, its exhibits section and an exhibit, translated into Arabic
    (wagtail-localize copies the parents): deleting the French home deletes
    all three in Arabic too."""
    home = Page.objects.get(depth=1).add_child(
        instance=HomePage(title="Musée Q7tree", slug="musee-q7tree")
    )
    section = home.add_child(
        instance=ExhibitIndexPage(title="Expositions Q7tree", slug="expositions")
    )
    exhibit = section.add_child(
        instance=ExhibitPage(
            title="Valises Q7tree",
            slug="valises",
            introduction="<p>Une valise Q7tree.</p>",
            period_start="1970",
        )
    )
    with django_capture_on_commit_callbacks(execute=True):
        translate_from_catalogue(
            exhibit,
            "ar",
            {
                "Valises Q7tree": "حقائب Q7tree",
                "valises": "حقائب",
                "Une valise Q7tree.": "حقيبة Q7tree.",
            },
            user=admin_user,
        )
    keys = [home.translation_key, section.translation_key, exhibit.translation_key]
    assert (
        Page.objects.filter(translation_key__in=keys, locale=locale("ar")).count() == 3
    )

    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=home.pk).delete()

    assert not Page.objects.filter(translation_key__in=keys).exists()
    for key in keys:
        assert translation_records(key) == NOTHING
    assert texts_containing("Q7tree") == 0
    assert "No problems found" in tree_problems()


def test_deleting_a_translation_leaves_the_source_and_shows_it_missing(
    editor, translated_exhibit, django_capture_on_commit_callbacks
):
    page = translated_exhibit("Q7delar")
    arabic = versions(page)["ar"]
    url = reverse("wagtailadmin_pages:delete", args=[arabic.pk])

    confirmation = editor.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(url)

    assert "Only the Arabic version is deleted" in confirmation
    assert set(versions(page)) == {"fr", "en", "zgh"}
    assert all(version.live for version in versions(page).values())
    statuses = {code: status.status for code, status in status_of(page).items()}
    assert statuses == {
        "fr": "source",
        "ar": "missing",
        "en": "current",
        "zgh": "current",
    }
    assert not Translation.objects.filter(
        source__object_id=page.translation_key, target_locale=locale("ar")
    ).exists()
    # The other languages' translators keep their work.
    assert (
        StringTranslation.objects.filter(
            context__object_id=page.translation_key, locale=locale("en")
        ).count()
        == 3
    )


def test_a_deleted_translation_can_be_translated_again(
    translated_exhibit, admin_user, django_capture_on_commit_callbacks
):
    page = translated_exhibit("Q7again")
    with django_capture_on_commit_callbacks(execute=True):
        versions(page)["en"].delete()

    catalogue = {
        "Valises Q7again": "Suitcases, again",
        "valises-q7again": "suitcases-again",
        "Une valise en carton Q7again.": "A suitcase.",
    }
    with django_capture_on_commit_callbacks(execute=True):
        translate_from_catalogue(page, "en", catalogue, user=admin_user)

    assert versions(page)["en"].title == "Suitcases, again"
    assert status_of(page)["en"].status == "current"


# -- snippets -------------------------------------------------------------------


@pytest.fixture
def translated_theme(admin_user, django_capture_on_commit_callbacks):
    def make(name):
        theme = Theme.objects.create(
            name=f"Thème {name}", description=f"Un thème {name}.", locale=locale("fr")
        )
        for code in TARGETS:
            with django_capture_on_commit_callbacks(execute=True):
                translate_from_catalogue(
                    theme,
                    code,
                    {
                        f"Thème {name}": f"{TITLES[code]} {name}",
                        f"Un thème {name}.": f"{INTRODUCTIONS[code]} {name}.",
                    },
                    user=admin_user,
                )
        return theme

    return make


def snippet_url(action, instance):
    return reverse(
        instance.snippet_viewset.get_url_name(action), args=[str(instance.pk)]
    )


def test_deleting_a_french_theme_deletes_its_translations_and_records(
    editor, translated_theme, django_capture_on_commit_callbacks
):
    theme = translated_theme("Q7theme")
    key = theme.translation_key

    confirmation = editor.get(snippet_url("delete", theme)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(snippet_url("delete", theme))

    assert response.status_code == 302
    for code in TARGETS:
        assert f"«{TITLES[code]} Q7theme»" in confirmation
    assert not Theme.objects.filter(translation_key=key).exists()
    assert translation_records(key) == NOTHING
    assert texts_containing("Q7theme") == 0


def test_deleting_a_theme_translation_leaves_the_others(
    translated_theme, django_capture_on_commit_callbacks
):
    theme = translated_theme("Q7themear")

    with django_capture_on_commit_callbacks(execute=True):
        theme.get_translation(locale("ar")).delete()

    remaining = Theme.objects.filter(translation_key=theme.translation_key)
    assert sorted(remaining.values_list("locale__language_code", flat=True)) == [
        "en",
        "fr",
        "zgh",
    ]
    assert status_of(theme)["ar"].status == "missing"


def test_a_theme_that_content_uses_cannot_be_deleted_in_the_admin(
    editor, translated_theme, django_capture_on_commit_callbacks
):
    theme = translated_theme("Q7used")
    exhibit = ExhibitPage.objects.get(
        translation_key=demo_key("exhibit", "first-departures"),
        locale=locale("fr"),
    )
    ExhibitTheme.objects.create(page=exhibit, theme=theme)
    exhibit.save()  # indexes the new reference, as the page editor does

    response = editor.post(snippet_url("delete", theme), follow=True)

    assert "is still used by other content" in response.content.decode()
    assert Theme.objects.filter(translation_key=theme.translation_key).count() == 4
    assert ExhibitTheme.objects.filter(page=exhibit, theme=theme).exists()


# -- privacy --------------------------------------------------------------------


def set_privacy(editor, page, **data):
    response = editor.post(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk]), data
    )
    assert response.status_code == 200


def restriction_of(page):
    return [
        (restriction.restriction_type, restriction.password)
        for restriction in PageViewRestriction.objects.filter(page=page)
    ]


def test_a_password_on_the_french_page_protects_every_language_until_removed(
    editor, api_client, translated_exhibit
):
    page = translated_exhibit("Q7private")

    set_privacy(editor, page, restriction_type="password", password="secret-7")

    for code, version in versions(page).items():
        assert restriction_of(version) == [("password", "secret-7")], code
        status, body = public_text(version)
        assert "Q7private" not in body, code
        assert (
            api_client.get(
                f"/api/v1/exhibits/{page.translation_key}/", {"locale": code}
            ).status_code
            == 404
        )

    set_privacy(editor, page, restriction_type="none")

    for code, version in versions(page).items():
        assert restriction_of(version) == [], code
        status, body = public_text(version)
        assert status == 200, code
        assert "Q7private" in body, code


def test_a_group_restriction_reaches_every_language_with_its_groups(
    editor, translated_exhibit
):
    page = translated_exhibit("Q7groups")
    archivists = Group.objects.get(name="Archivists")

    set_privacy(editor, page, restriction_type="groups", groups=[archivists.pk])

    for code, version in versions(page).items():
        restriction = PageViewRestriction.objects.get(page=version)
        assert restriction.restriction_type == "groups", code
        assert list(restriction.groups.all()) == [archivists], code


def test_a_restriction_set_on_a_translation_applies_to_every_language(
    editor, translated_exhibit
):
    page = translated_exhibit("Q7fromar")

    set_privacy(editor, versions(page)["ar"], restriction_type="login")

    for code, version in versions(page).items():
        assert restriction_of(version) == [("login", "")], code
        assert "Q7fromar" not in public_text(version)[1], code


def test_only_the_french_page_makes_an_item_public_again(editor, translated_exhibit):
    page = translated_exhibit("Q7lift")
    set_privacy(editor, page, restriction_type="login")

    set_privacy(editor, versions(page)["en"], restriction_type="none")

    for code, version in versions(page).items():
        assert restriction_of(version) == [("login", "")], code
        assert "Q7lift" not in public_text(version)[1], code


def test_a_restricted_french_page_is_deleted_with_its_translations(
    editor, translated_exhibit, django_capture_on_commit_callbacks
):
    page = translated_exhibit("Q7delpriv")
    set_privacy(editor, page, restriction_type="login")

    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=page.pk).delete()

    assert not Page.objects.filter(translation_key=page.translation_key).exists()
    assert not PageViewRestriction.objects.filter(
        page__translation_key=page.translation_key
    ).exists()
