"""Record when a source item changes in what its translations are made from.

Publishing a French page (or saving a French snippet) that already has
translations marks them ``outdated`` when its translated or synchronised
fields differ from the snapshot translators work from. Publishing bookkeeping
(dates, revisions, child counts) is not a change.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models.signals import post_save
from django.utils import timezone
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Page, TranslatableMixin
from wagtail.signals import page_published
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import TranslationSource

from cms.translation.models import SourceChange


def translated_content(instance, content=None) -> dict:
    """The fields of ``instance`` that translations are made from, as stored in
    a wagtail-localize snapshot (``content``: a snapshot's decoded JSON; by
    default the instance as it is now)."""
    if content is None:
        if isinstance(instance, ClusterableModel):
            content = json.loads(instance.to_json())
        else:
            content = json.loads(
                json.dumps(
                    get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder
                )
            )
    names = {field.field_name for field in get_translatable_fields(type(instance))}
    return {name: content.get(name) for name in names}


def note_source_change(instance) -> bool:
    """Mark the translations of ``instance`` outdated if it changed since its
    snapshot was taken. Returns whether it did."""
    source = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()
    if source is None:
        return False
    if translated_content(instance) == translated_content(
        instance, json.loads(source.content_json)
    ):
        return False
    SourceChange.objects.update_or_create(
        translation_key=instance.translation_key,
        defaults={"changed_at": timezone.now()},
    )
    return True


def on_page_published(sender, instance, **kwargs):
    note_source_change(instance.specific)


def on_snippet_saved(sender, instance, raw=False, **kwargs):
    if raw or isinstance(instance, Page):
        return
    # Snippets only: child rows (transcript segments…) belong to their page's
    # snapshot, which the page's publication compares.
    if (
        isinstance(instance, TranslatableMixin)
        and type(instance) in get_snippet_models()
    ):
        note_source_change(instance)


def connect():
    page_published.connect(on_page_published, dispatch_uid="translation-source-change")
    post_save.connect(on_snippet_saved, dispatch_uid="translation-snippet-change")
