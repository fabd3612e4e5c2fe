"""Workaround: a translated page title reaches the page's draft title as text.

wagtail-localize 1.14 copies a translated title into the page's
``draft_title`` from a ``post_save`` receiver on ``StringTranslation``
(``post_save_string_translation``) with the string's *stored* form, which is
HTML: ``Sons &amp; Lumières``. The admin then shows the translator and the
editors ``Sons &amp; Lumières`` in the page explorer, the breadcrumbs and the
reports until the translation is published; and a title near the 255
characters the field holds grows past them once escaped, so the update fails
and the translator's save of that string answers with a server error.

This module replaces that receiver with one writing the plain text (what
publishing writes to ``title``), and leaving the draft title alone when even
the plain text is too long: the string is kept, and publishing says what is
wrong. It applies itself when imported (``apps.py`` imports it at start-up).
Delete it once wagtail-localize writes the plain text;
``tests/translation/test_draft_title.py`` will tell.
"""

from django.db.models.signals import post_save
from wagtail.models import Page
from wagtail_localize import models as localize
from wagtail_localize.strings import StringValue

DRAFT_TITLE_LENGTH = Page._meta.get_field("draft_title").max_length


def draft_title_as_text(instance, **kwargs):
    if instance.context.path != "title":
        return
    title = StringValue(instance.data).render_text()
    if len(title) > DRAFT_TITLE_LENGTH:
        return
    # Only a page has a draft title: for a snippet this matches nothing.
    Page.objects.filter(
        translation_key=instance.context.object_id, locale_id=instance.locale_id
    ).update(draft_title=title)


def apply():
    post_save.disconnect(
        localize.post_save_string_translation, sender=localize.StringTranslation
    )
    post_save.connect(
        draft_title_as_text,
        sender=localize.StringTranslation,
        dispatch_uid="museum_draft_title_as_text",
    )


apply()
