import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import translate_object

from cms.core.models import HomePage
from cms.translation.operations import MissingCatalogueEntries, translate_from_catalogue

pytestmark = pytest.mark.django_db

TARGETS = ["ar", "en", "zgh"]


def test_seeded_pages_are_wagtail_localize_translations_in_every_locale():
    home = Site.objects.get(is_default_site=True).root_page
    for page in [home, *home.get_children()]:
        source = TranslationSource.objects.get(
            object_id=page.translation_key, locale=page.locale
        )
        translated_into = set(
            Translation.objects.filter(source=source).values_list(
                "target_locale__language_code", flat=True
            )
        )
        assert translated_into == set(TARGETS)
        for code in TARGETS:
            translated = page.get_translation(Locale.objects.get(language_code=code))
            assert translated.live
            assert translated.alias_of_id is None
            assert translated.title != page.title


def test_a_new_page_translated_with_wagtail_localize_exists_in_every_locale(
    admin_user, django_capture_on_commit_callbacks
):
    root = Page.objects.get(depth=1)
    page = root.add_child(
        instance=HomePage(
            title="Lettres du pays", slug="lettres", introduction="<p>Une lettre.</p>"
        )
    )
    page.save_revision().publish()
    locales = list(Locale.objects.filter(language_code__in=TARGETS))

    translate_object(page, locales, user=admin_user)

    for locale in locales:
        translated = page.get_translation(locale)
        assert translated.specific_class is HomePage
        assert translated.translation_key == page.translation_key


def test_catalogue_translation_publishes_the_given_strings(
    admin_user, django_capture_on_commit_callbacks
):
    root = Page.objects.get(depth=1)
    page = root.add_child(
        instance=HomePage(
            title="Valises", slug="valises", introduction="<p>Une valise en carton.</p>"
        )
    )
    page.save_revision().publish()
    catalogue = {
        "Valises": "حقائب",
        "valises": "حقائب",
        "Une valise en carton.": "حقيبة من الورق المقوى.",
    }

    with django_capture_on_commit_callbacks(execute=True):
        result = translate_from_catalogue(page, "ar", catalogue, user=admin_user)

    translated = result.instance.specific
    translated.refresh_from_db()
    assert result.changed
    assert translated.live
    assert translated.title == "حقائب"
    assert translated.introduction == "<p>حقيبة من الورق المقوى.</p>"
    assert translated.slug == "حقائب"


def test_incomplete_catalogue_is_refused_and_writes_nothing(admin_user):
    root = Page.objects.get(depth=1)
    page = root.add_child(
        instance=HomePage(
            title="Contrat", slug="contrat", introduction="<p>Un contrat.</p>"
        )
    )
    page.save_revision().publish()

    with pytest.raises(MissingCatalogueEntries, match="Un contrat"):
        translate_from_catalogue(
            page, "en", {"Contrat": "Contract", "contrat": "contract"}
        )

    assert page.get_translation_or_none(Locale.objects.get(language_code="en")) is None
    assert not StringTranslation.objects.filter(data="Contract").exists()


def test_seed_demo_twice_changes_nothing():
    counts_before = (
        Page.objects.count(),
        Revision.objects.count(),
        StringTranslation.objects.count(),
    )

    call_command("seed_demo", verbosity=0)

    counts_after = (
        Page.objects.count(),
        Revision.objects.count(),
        StringTranslation.objects.count(),
    )
    assert counts_after == counts_before
