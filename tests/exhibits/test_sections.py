"""The exhibits section of each language, which object URLs are built on, is
read once per content change in each process (``generation.per_stamp``):
a section unpublished or restricted must stop being linked at once."""

import pytest
from wagtail.models import PageViewRestriction

from cms.core.discovery.alternates import exhibit_indexes
from cms.exhibits.models import ExhibitIndexPage, MuseumObject

pytestmark = pytest.mark.django_db


def object_url(api_client, code):
    obj = MuseumObject.objects.filter(locale__language_code=code).first()
    response = api_client.get(
        f"/api/v1/objects/{obj.translation_key}/", {"locale": code}
    )
    assert response.status_code == 200
    return response.json()["meta"]["url"]


def section(code):
    return ExhibitIndexPage.objects.get(locale__language_code=code)


def test_an_unpublished_section_is_no_longer_linked(api_client):
    index = section("ar")
    assert object_url(api_client, "ar").startswith(index.get_full_url())

    index.unpublish()

    assert object_url(api_client, "ar") is None
    assert object_url(api_client, "fr").startswith(section("fr").get_full_url())


def test_a_restricted_section_is_no_longer_linked(api_client):
    index = section("fr")
    assert object_url(api_client, "fr").startswith(index.get_full_url())

    PageViewRestriction.objects.create(
        page=index, restriction_type=PageViewRestriction.LOGIN
    )

    assert object_url(api_client, "fr") is None
    assert "fr" not in exhibit_indexes()


def test_the_sections_are_read_again_only_after_a_change(
    django_assert_num_queries,
):
    first = exhibit_indexes()
    with django_assert_num_queries(1):  # the content stamp
        assert exhibit_indexes() is first

    section("en").save_revision().publish()

    again = exhibit_indexes()
    assert again is not first
    assert sorted(again) == sorted(first)
