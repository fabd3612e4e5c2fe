"""A translated page title is shown to editors as the translator wrote it,
and a long one with ampersands is saved, not lost (see
cms/translation/wagtail_localize_draft_title.py)."""

from html import escape
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation

from tests.translation.helpers import new_page, submit

pytestmark = pytest.mark.django_db


def translate_title(client, translation, text):
    """What the translation editor sends: the string as HTML."""
    segment = StringSegment.objects.get(
        source=translation.source, context__path="title"
    )
    return client.put(
        reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation.pk, segment.pk],
        ),
        urlencode({"value": escape(text, quote=False)}),
        content_type="application/x-www-form-urlencoded",
    )


def test_the_draft_title_is_the_text_the_translator_wrote(admin_client, locales):
    page = new_page(locales, slug="sons-et-lumieres", title="Sons & Lumières <Tanger>")
    translation = submit(admin_client, page, locales["ar"])
    title = "أصوات & أضواء <طنجة>"

    response = translate_title(admin_client, translation, title)

    assert response.status_code in (200, 201)
    target = page.get_translation(locales["ar"])
    target.refresh_from_db()
    assert target.draft_title == title
    # The Arabic section in the page explorer: escaped once, as any title.
    listing = admin_client.get(
        reverse("wagtailadmin_explore", args=[target.get_parent().pk])
    ).content.decode()
    assert escape(title, quote=False) in listing
    assert "&amp;amp;" not in listing
    # Publishing writes the same text to the title.
    translation.save_target(user=None, publish=True)
    target.refresh_from_db()
    assert (target.title, target.draft_title) == (title, title)


def test_a_long_title_with_ampersands_is_saved(admin_client, locales):
    page = new_page(locales, slug="mines-et-usines", title="Mines & usines")
    translation = submit(admin_client, page, locales["ar"])
    # 250 characters as text, nearly 500 once escaped as the editor sends it.
    title = ("مناجم & مصانع " * 18)[:249] + "ة"
    assert len(escape(title)) > 255

    response = translate_title(admin_client, translation, title)

    assert response.status_code in (200, 201)
    assert StringTranslation.objects.filter(
        translation_of__in=StringSegment.objects.filter(
            source=translation.source, context__path="title"
        ).values("string"),
        locale=locales["ar"],
    ).exists()
    target = page.get_translation(locales["ar"])
    target.refresh_from_db()
    assert target.draft_title == title
