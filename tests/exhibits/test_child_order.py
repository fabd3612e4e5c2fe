"""Children made in code keep the order they were given (cms/core/ordering.py):
an exhibit's objects appear on the API and the site as the curator's script
listed them, republishing does not shuffle them, and rows from before keep
their place (migration core/0008)."""

import pytest

from cms.core.ordering import number_unordered_rows
from cms.exhibits.models import ExhibitObject, ExhibitPage, MuseumObject

pytestmark = pytest.mark.django_db


def object_keys(api_client, page):
    body = api_client.get(f"/api/v1/exhibits/{page.translation_key}/").json()
    return [item["key"] for item in body["objects"]]


def publish_with_objects(page, objects):
    page.exhibit_objects = [ExhibitObject(museum_object=obj) for obj in objects]
    page.save_revision().publish()


def test_objects_listed_in_code_keep_their_order(
    api_client, exhibit_index, french, no_response_cache
):
    objects = list(MuseumObject.objects.filter(locale=french).order_by("pk")[:4])
    assert len(objects) == 4, "the demo has museum objects"
    wanted = [objects[2], objects[0], objects[3], objects[1]]
    page = ExhibitPage(
        title="Exposition ordonnée",
        slug="exposition-ordonnee",
        introduction="<p>Des objets dans l’ordre du récit.</p>",
        period_start="1970",
        period_end="1980",
    )
    page.exhibit_objects = [ExhibitObject(museum_object=obj) for obj in wanted]
    exhibit_index.add_child(instance=page)
    page.save_revision().publish()

    keys = [str(obj.translation_key) for obj in wanted]
    assert object_keys(api_client, page) == keys
    # Published again and again, with an edit between: the same order.
    page = ExhibitPage.objects.get(pk=page.pk)
    page.title = "Exposition ordonnée, revue"
    page.save_revision().publish()
    publish_with_objects(ExhibitPage.objects.get(pk=page.pk), wanted)
    assert object_keys(api_client, page) == keys
    # A new order in code is the new order.
    publish_with_objects(ExhibitPage.objects.get(pk=page.pk), wanted[::-1])
    assert object_keys(api_client, page) == keys[::-1]
    positions = ExhibitObject.objects.filter(page=page).values_list(
        "sort_order", flat=True
    )
    assert sorted(positions) == [0, 1, 2, 3]


def test_rows_saved_without_a_position_are_numbered_in_creation_order(
    demo_exhibit,
):
    links = list(ExhibitObject.objects.filter(page=demo_exhibit).order_by("pk"))
    assert len(links) >= 2, "the demo exhibit shows several objects"
    # As the seeders left them before: no position at all.
    ExhibitObject.objects.filter(page=demo_exhibit).update(sort_order=None)
    number_unordered_rows(ExhibitObject)
    numbered = list(
        ExhibitObject.objects.filter(page=demo_exhibit).values_list("pk", "sort_order")
    )
    assert sorted(numbered, key=lambda row: row[1]) == [
        (link.pk, position) for position, link in enumerate(links)
    ]
