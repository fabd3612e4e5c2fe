"""The wagtail_localize_unicode_slugs workaround: translated slugs keep their
Arabic and Tifinagh letters."""

import pytest
from wagtail.models import Page

from cms.core.models import HomePage
from cms.translation.operations import translate_from_catalogue

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("code", "slug"),
    [("ar", "رسائل 1970"), ("zgh", "ⵜⵉⴱⵔⴰⵜⵉⵏ 1970")],
    ids=["arabic", "tifinagh"],
)
def test_translated_slug_keeps_its_letters(
    code, slug, django_capture_on_commit_callbacks
):
    root = Page.objects.get(depth=1)
    page = root.add_child(instance=HomePage(title="Lettres 1970", slug="lettres-1970"))
    page.save_revision().publish()

    with django_capture_on_commit_callbacks(execute=True):
        result = translate_from_catalogue(
            page, code, {"Lettres 1970": slug, "lettres-1970": slug}
        )

    assert result.instance.slug == slug.replace(" ", "-")
