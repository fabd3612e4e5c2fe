"""Syncing translations after the French source changes keeps translators' work
(../shared/RELIABILITY.md, "translation sync keeps translators' work").

An exhibit is translated into Arabic; then a French editor reorders its
blocks, removes one, adds one, changes a paragraph and swaps choosers (the hero
image, an image block's picture, a related-page link). After a sync, the
Arabic page keeps every translation whose French string did not change, each
in the block it was written for; new and changed strings show in French until
translated; the chooser changes arrive.
"""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail_localize.models import Translation, TranslationSource

from cms.core.demo.seeding import demo_key
from cms.core.models import MuseumImage, Theme
from cms.exhibits.models import ExhibitIndexPage, ExhibitPage, MuseumObject
from cms.translation.operations import refresh_source, translate_from_catalogue
from cms.translation.status import status_of

pytestmark = pytest.mark.django_db

ARABIC = {
    "Les premiers contrats": "العقود الأولى",
    "premiers-contrats": "العقود-الأولى",
    "Une exposition sur les contrats.": "معرض عن العقود.",
    "Le départ de Tiznit.": "الرحيل من تيزنيت.",
    "Le contrat de travail.": "عقد العمل.",
    "Nous pensions partir deux ans.": "كنا نظن أننا سنغيب سنتين.",
    "Une ouvrière": "عاملة",
    "Le passeport vert.": "الجواز الأخضر.",
    "L'accord franco-marocain": "الاتفاق الفرنسي المغربي",
    "Le premier contrat": "العقد الأول",
    "À voir aussi": "انظر أيضا",
}


def block_ids(page):
    return [block.id for block in page.body]


def block(page, block_id):
    return next(item for item in page.body if item.id == block_id)


def timeline_events(page, block_id):
    """``[(event id, date, title)]`` of a timeline block, in order."""
    return [
        (event.id, event.value["date"], event.value["title"])
        for event in block(page, block_id).value["events"].bound_blocks
    ]


@pytest.fixture
def images():
    return list(MuseumImage.objects.order_by("pk")[:2])


@pytest.fixture
def exhibit(images, django_capture_on_commit_callbacks, admin_user):
    """A French exhibit with six blocks, translated into Arabic."""
    french = Locale.objects.get(language_code="fr")
    first_image = images[0]
    page = ExhibitPage(
        title="Les premiers contrats",
        slug="premiers-contrats",
        introduction="<p>Une exposition sur les contrats.</p>",
        period_start="1963",
        hero_image=first_image,
        body=[
            ("paragraph", RichText("<p>Le départ de Tiznit.</p>")),
            ("paragraph", RichText("<p>Le contrat de travail.</p>")),
            (
                "quote",
                {
                    "quote": "Nous pensions partir deux ans.",
                    "attribution": "Une ouvrière",
                },
            ),
            (
                "image",
                {"image": first_image, "caption": "Le passeport vert.", "alt_text": ""},
            ),
            (
                "timeline",
                {
                    "events": [
                        {
                            "date": "1963",
                            "title": "L'accord franco-marocain",
                            "text": "",
                        },
                        {"date": "1964", "title": "Le premier contrat", "text": ""},
                    ]
                },
            ),
            (
                "related",
                {
                    "title": "À voir aussi",
                    "pages": [
                        ExhibitPage.objects.get(
                            translation_key=demo_key("exhibit", "first-departures"),
                            locale=french,
                        )
                    ],
                },
            ),
        ],
    )
    ExhibitIndexPage.objects.get(locale=french).add_child(instance=page)
    page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        translate_from_catalogue(page, "ar", ARABIC, user=admin_user)
    return ExhibitPage.objects.get(pk=page.pk)


def edit_french_source(page, images):
    """What a French editor does in the page editor, block ids and all:
    returns the ids of (departure, contract, new, image, timeline, related)."""
    departure, contract, quote, image, timeline, related = block_ids(page)
    data = {item["id"]: item for item in page.body.raw_data}
    data[contract]["value"] = "<p>Le contrat de travail, signé en 1964.</p>"
    data[image]["value"]["image"] = images[1].pk
    data[timeline]["value"]["events"].reverse()
    data[related]["value"]["pages"][0]["value"] = ExhibitPage.objects.get(
        translation_key=demo_key("exhibit", "letters-home"),
        locale__language_code="fr",
    ).pk
    new = {"type": "paragraph", "value": "<p>Le retour au village.</p>"}
    page.body = [
        data[contract],  # moved up
        data[departure],
        new,  # added
        data[image],
        data[timeline],
        data[related],
    ]  # the quote is removed
    page.hero_image = images[1]
    page.save_revision().publish()
    page = ExhibitPage.objects.get(pk=page.pk)
    new_id = block_ids(page)[2]
    assert block_ids(page) == [contract, departure, new_id, image, timeline, related]
    return page, (departure, contract, new_id, image, timeline, related, quote)


def sync_with_wagtail_localize(page, client, user):
    source = TranslationSource.objects.get(
        object_id=page.translation_key, locale=page.locale
    )
    source.update_from_db()
    for translation in source.translations.filter(enabled=True):
        translation.save_target(user=user, publish=True)


def sync_with_museum_operations(page, client, user):
    source, changed = refresh_source(page)
    assert changed
    Translation.objects.get(
        source=source, target_locale__language_code="ar"
    ).save_target(user=user, publish=True)


def sync_in_the_admin(page, client, user):
    """The "Sync translated pages" form, with "Publish immediately"."""
    source = TranslationSource.objects.get(
        object_id=page.translation_key, locale=page.locale
    )
    client.force_login(user)
    response = client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        {"publish_translations": "on"},
    )
    assert response.status_code == 302


@pytest.mark.parametrize(
    "sync",
    [sync_with_wagtail_localize, sync_with_museum_operations, sync_in_the_admin],
    ids=["wagtail-localize", "museum-operations", "admin"],
)
def test_sync_keeps_translations_of_unchanged_strings_in_their_own_blocks(
    sync, exhibit, images, client, admin_user, django_capture_on_commit_callbacks
):
    page, ids = edit_french_source(exhibit, images)
    departure, contract, new, image, timeline, related, quote = ids
    arabic_before = exhibit.get_translation(Locale.objects.get(language_code="ar"))
    (first_event, _date, _title), (second_event, _date, _title) = timeline_events(
        arabic_before.specific, timeline
    )

    with django_capture_on_commit_callbacks(execute=True):
        sync(page, client, admin_user)

    arabic = ExhibitPage.objects.get(
        translation_key=page.translation_key, locale__language_code="ar"
    )
    assert arabic.live
    # The French order, without the removed quote, with the new paragraph.
    assert block_ids(arabic) == [contract, departure, new, image, timeline, related]
    assert quote not in block_ids(arabic)
    # Unchanged strings keep their translation, each in its own block.
    assert block(arabic, departure).value.source == "<p>الرحيل من تيزنيت.</p>"
    assert block(arabic, image).value["caption"] == "الجواز الأخضر."
    assert block(arabic, related).value["title"] == "انظر أيضا"
    assert arabic.title == "العقود الأولى"
    assert arabic.introduction == "<p>معرض عن العقود.</p>"
    # Reordered timeline events keep their own titles (matched by event id).
    assert timeline_events(arabic, timeline) == [
        (second_event, "1964", "العقد الأول"),
        (first_event, "1963", "الاتفاق الفرنسي المغربي"),
    ]
    # The changed and the new paragraph are untranslated: French until translated.
    assert (
        block(arabic, contract).value.source
        == "<p>Le contrat de travail, signé en 1964.</p>"
    )
    assert block(arabic, new).value.source == "<p>Le retour au village.</p>"
    arabic_status = status_of(page)["ar"]
    assert arabic_status.status == "in_progress"
    assert (arabic_status.translated, arabic_status.total) == (8, 10)
    # Chooser changes arrive.
    assert arabic.hero_image_id == images[1].pk
    assert block(arabic, image).value["image"].pk == images[1].pk
    assert [linked.pk for linked in block(arabic, related).value["pages"]] == [
        ExhibitPage.objects.get(
            translation_key=demo_key("exhibit", "letters-home"),
            locale__language_code="fr",
        ).pk
    ]


def test_readers_of_the_synced_arabic_page_see_kept_and_new_text_in_the_french_order(
    exhibit, images, admin_user, django_capture_on_commit_callbacks
):
    page, _ids = edit_french_source(exhibit, images)

    with django_capture_on_commit_callbacks(execute=True):
        sync_with_wagtail_localize(page, None, admin_user)

    arabic = page.get_translation(Locale.objects.get(language_code="ar"))
    body = Client().get(arabic.url).content.decode()
    assert "الرحيل من تيزنيت." in body
    assert "Le retour au village." in body
    assert (
        body.index("Le contrat de travail, signé en 1964.")
        < body.index("الرحيل من تيزنيت.")
        < body.index("Le retour au village.")
        < body.index("الجواز الأخضر.")
    )
    assert "كنا نظن أننا سنغيب سنتين." not in body  # the removed quote
    assert "Nous pensions partir deux ans." not in body


def test_translating_the_changes_afterwards_completes_the_page(
    exhibit, images, admin_user, django_capture_on_commit_callbacks
):
    page, ids = edit_french_source(exhibit, images)
    departure, contract, new, *_rest = ids
    with django_capture_on_commit_callbacks(execute=True):
        sync_with_wagtail_localize(page, None, admin_user)
    catalogue = {
        **ARABIC,
        "Le contrat de travail, signé en 1964.": "عقد العمل، الموقع سنة 1964.",
        "Le retour au village.": "العودة إلى القرية.",
    }

    with django_capture_on_commit_callbacks(execute=True):
        result = translate_from_catalogue(page, "ar", catalogue, user=admin_user)

    arabic = ExhibitPage.objects.get(pk=result.instance.pk)
    assert block(arabic, contract).value.source == "<p>عقد العمل، الموقع سنة 1964.</p>"
    assert block(arabic, new).value.source == "<p>العودة إلى القرية.</p>"
    assert block(arabic, departure).value.source == "<p>الرحيل من تيزنيت.</p>"


@pytest.mark.parametrize(
    ("themes_after", "expected"),
    [(["work"], ["work"]), ([], [])],
    ids=["changed", "emptied"],
)
def test_sync_brings_a_snippets_changed_or_emptied_choices_to_its_translations(
    themes_after, expected, admin_user, django_capture_on_commit_callbacks
):
    french = Locale.objects.get(language_code="fr")
    themes = {
        name: Theme.objects.get(translation_key=demo_key("theme", name), locale=french)
        for name in ("departures", "work")
    }
    museum_object = MuseumObject(
        accession_number="MMM.2099.1.1",
        title="Une valise",
        locale=french,
    )
    museum_object.save()
    museum_object.themes.set([themes["departures"]])
    museum_object.save()
    with django_capture_on_commit_callbacks(execute=True):
        translate_from_catalogue(
            museum_object, "ar", {"Une valise": "حقيبة"}, user=admin_user
        )

    museum_object.themes.set([themes[name] for name in themes_after])
    museum_object.save()
    with django_capture_on_commit_callbacks(execute=True):
        sync_with_museum_operations(museum_object, None, admin_user)

    arabic = MuseumObject.objects.get(
        translation_key=museum_object.translation_key, locale__language_code="ar"
    )
    assert arabic.title == "حقيبة"
    assert sorted(theme.pk for theme in arabic.themes.all()) == sorted(
        themes[name].pk for name in expected
    )
