"""Translating through wagtail-localize from code (seeding, bulk work, tests).

The same path a translator takes in the admin: a TranslationSource is taken
from the source item, a Translation is opened for the target locale, strings
are filled through its PO catalogue, and ``save_target`` writes the translated
page (or snippet) and its revision.
"""

import json
from dataclasses import dataclass

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from cms.translation.signals import translated_content


class MissingCatalogueEntries(ValueError):
    """The catalogue lacks a translation for some source strings."""

    def __init__(self, instance, locale_code, missing):
        self.missing = missing
        super().__init__(
            f"No {locale_code} translation for {len(missing)} string(s) of "
            f"{instance!r}: {', '.join(repr(text[:60]) for text in missing[:3])}"
        )


@dataclass
class TranslationResult:
    instance: object
    changed: bool


@transaction.atomic
def refresh_source(instance):
    """Update wagtail-localize's snapshot of ``instance`` (from the database).

    Returns ``(source, changed)``: whether anything a translation is made from
    changed. Bookkeeping that publishing or adding child pages touches
    (revisions, dates, numchild) is not a change.
    """
    previous = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    changed = previous is None or translated_content(
        instance, json.loads(previous.content_json)
    ) != translated_content(instance, json.loads(source.content_json))
    return source, changed


def translate_from_catalogue(
    instance, locale_code, catalogue, *, user=None, publish=True, source_is_newer=False
):
    """Translate ``instance`` into ``locale_code`` with wagtail-localize.

    Publishing happens when the outermost transaction commits (wagtail-localize
    defers it), so call this outside any longer-running transaction.

    ``catalogue`` maps each source string to its translation. Every string must
    be there: a partial translation would silently publish French text in
    another language. When the translation already exists with these strings
    and the source has not changed, nothing is written (no new revision).
    Translating one item into several languages: call ``refresh_source`` first
    and pass its answer as ``source_is_newer`` to each language, since the
    first language's call already takes the new snapshot.
    """
    # Always from the database: an in-memory instance may differ from what was
    # saved (StreamField block ids are assigned on save), and the source
    # snapshot must be what translators will see.
    if isinstance(instance, Page):
        instance = instance.specific_class.objects.get(pk=instance.pk)
    else:
        instance = type(instance)._default_manager.get(pk=instance.pk)
    source, source_changed = refresh_source(instance)
    source_changed = source_changed or source_is_newer
    locale = Locale.objects.get(language_code=locale_code)
    translation, opened = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )

    po = translation.export_po()
    missing, strings_changed = [], False
    for entry in po:
        if entry.obsolete:
            continue
        text = catalogue.get(entry.msgid)
        if text is None:
            missing.append(entry.msgid)
            continue
        if entry.msgstr != text:
            entry.msgstr = text
            strings_changed = True
    if missing:
        raise MissingCatalogueEntries(instance, locale_code, missing)

    existing = instance.get_translation_or_none(locale)
    is_alias = isinstance(existing, Page) and existing.alias_of_id is not None
    if (
        existing is not None
        and not is_alias
        and not (source_changed or opened or strings_changed)
    ):
        return TranslationResult(existing, changed=False)

    translation.import_po(po, user=user, tool_name="catalogue")
    translation.save_target(user=user, publish=publish)
    return TranslationResult(instance.get_translation(locale), changed=True)
