"""An editor builds an exhibit with objects in the Wagtail admin."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from cms.core.models import Place, Theme
from cms.exhibits.models import ExhibitPage, MuseumObject

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, admin_user):
    client.force_login(admin_user)
    return client


def exhibit_form(french, **overrides):
    museum_object = MuseumObject.objects.filter(locale=french).first()
    place = Place.objects.filter(locale=french).first()
    theme = Theme.objects.filter(locale=french).first()
    data = {
        "title": "Les cafés de Barbès",
        "slug": "cafes-de-barbes",
        "introduction": rich_text("<p>Un lieu de rendez-vous.</p>"),
        "period_start": "197X",
        "period_end": "1985~",
        "body": streamfield(
            [
                ("paragraph", rich_text("<p>On y lisait les lettres du pays.</p>")),
                (
                    "quote",
                    {"quote": "On se retrouvait le dimanche.", "attribution": ""},
                ),
            ]
        ),
        "exhibit_places": inline_formset([{"place": place.pk}]),
        "exhibit_themes": inline_formset([{"theme": theme.pk}]),
        "exhibit_objects": inline_formset([{"museum_object": museum_object.pk}]),
        "related_pages": inline_formset([]),
        "comments": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_editor_creates_and_publishes_an_exhibit_with_objects(
    editor_client, exhibit_index
):
    french = Locale.objects.get(language_code="fr")
    url = reverse(
        "wagtailadmin_pages:add", args=("exhibits", "exhibitpage", exhibit_index.pk)
    )

    assert editor_client.get(url).status_code == 200
    response = editor_client.post(url, exhibit_form(french))

    assert response.status_code == 302, response.content.decode()[:2000]
    page = ExhibitPage.objects.get(slug="cafes-de-barbes", locale=french)
    assert page.live
    assert (page.period_start_year, page.period_end_year) == (1970, 1985)
    assert page.exhibit_objects.count() == 1
    public = editor_client.get(page.get_url())
    assert "Les cafés de Barbès" in public.content.decode()
    # The ar, en and zgh trees sync from French: each gets a copy to translate.
    copies = ExhibitPage.objects.filter(translation_key=page.translation_key).exclude(
        locale=french
    )
    assert sorted(copy.locale.language_code for copy in copies) == ["ar", "en", "zgh"]
    assert all(copy.alias_of_id == page.pk for copy in copies)


def test_editor_gets_a_field_error_for_a_bad_date(editor_client, exhibit_index):
    french = Locale.objects.get(language_code="fr")
    url = reverse(
        "wagtailadmin_pages:add", args=("exhibits", "exhibitpage", exhibit_index.pk)
    )

    response = editor_client.post(url, exhibit_form(french, period_start="vers 1970"))

    assert response.status_code == 200
    assert "n’est pas une date" in response.content.decode()
    assert not ExhibitPage.objects.filter(slug="cafes-de-barbes").exists()


@pytest.mark.parametrize(
    "url_name",
    ["wagtailsnippets_exhibits_museumobject:list", "wagtailsnippets_core_place:list"],
)
def test_snippet_listings_are_searchable_and_filterable(editor_client, url_name):
    response = editor_client.get(reverse(url_name), {"q": "a", "locale": "fr"})

    assert response.status_code == 200


def test_museum_object_edit_form_opens(editor_client, french):
    museum_object = MuseumObject.objects.filter(locale=french).first()

    response = editor_client.get(
        reverse("wagtailsnippets_exhibits_museumobject:edit", args=(museum_object.pk,))
    )

    assert response.status_code == 200
    assert museum_object.accession_number in response.content.decode()


@pytest.mark.parametrize("code", ["ar", "zgh"])
def test_translator_opens_an_exhibit_in_the_wagtail_localize_editor(
    editor_client, demo_exhibit, code
):
    translated = demo_exhibit.get_translation(Locale.objects.get(language_code=code))

    response = editor_client.get(
        reverse("wagtailadmin_pages:edit", args=(translated.pk,))
    )

    assert response.status_code == 200
    body = response.content.decode()
    assert 'class="js-translation-editor"' in body  # wagtail-localize's segment editor
    assert translated.title in body
