"""Where each translatable item stands in each language.

For every item (page or snippet, identified by its translation key) and
language, one of:

- ``source``: the language the item is written in (French, for the museum);
- ``missing``: no version in that language, or only wagtail-localize's synced
  copy of the French page (an alias) that nobody has translated yet;
- ``outdated``: the source changed after the translation was last synced, or
  was synced and the translated version was not saved since;
- ``in_progress``: some strings of the current source are not translated yet
  (readers get the source text for them);
- ``current``: every string translated from the current source.

and whether machine-made text in it still waits for a human (``machine``).

One implementation for the admin report, the dashboard, the API and the site:
``statuses_for`` answers for any number of items of one model in a fixed
number of queries.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    Translation,
    TranslationLog,
    TranslationSource,
)

from cms.core import languages
from cms.translation.models import SourceChange

SOURCE = "source"
CURRENT = "current"
OUTDATED = "outdated"
IN_PROGRESS = "in_progress"
MISSING = "missing"

STATUS_LABELS = {
    SOURCE: _("Source"),
    CURRENT: _("Up to date"),
    OUTDATED: _("Outdated"),
    IN_PROGRESS: _("In progress"),
    MISSING: _("Missing"),
}
STATUSES = tuple(STATUS_LABELS)


@dataclass(frozen=True)
class LanguageStatus:
    """One item in one language."""

    code: str
    status: str
    source_code: str
    machine: bool = False  # machine-made strings not yet confirmed by a human
    translated: int = 0  # strings translated from the current source
    total: int = 0  # strings in the current source
    instance_id: int | None = None  # the item's pk in this language
    translation_id: int | None = None  # wagtail-localize's Translation
    source_id: int | None = None  # wagtail-localize's TranslationSource

    @property
    def reviewed(self) -> bool:
        return not self.machine

    @property
    def label(self):
        return STATUS_LABELS[self.status]

    @property
    def exists(self) -> bool:
        return self.status != MISSING

    def as_dict(self):
        return {
            "locale": self.code,
            "status": self.status,
            "machine": self.machine,
            "reviewed": self.reviewed,
        }


def _instances(model, keys):
    """``{key: {code: (pk, is_untranslated_copy)}}``."""
    is_page = issubclass(model, Page)
    manager = Page.objects if is_page else model._default_manager
    fields = ["translation_key", "locale__language_code", "pk"]
    if is_page:
        fields.append("alias_of_id")
    found = defaultdict(dict)
    for row in manager.filter(translation_key__in=keys).values_list(*fields):
        key, code, pk = row[:3]
        alias = is_page and row[3] is not None
        found[key][code] = (pk, alias)
    return found


def _count(segments):
    """The number of ``segments`` (a correlated queryset), 0 when none."""
    return Coalesce(
        Subquery(
            segments.values("source_id").annotate(number=Count("pk")).values("number")
        ),
        0,
    )


def statuses_for(model, translation_keys) -> dict:
    """``{translation_key: {language code: LanguageStatus}}`` for every museum
    language, in three queries whatever the number of items."""
    keys = {key for key in translation_keys if key is not None}
    if not keys:
        return {}
    instances = _instances(model, keys)

    sources = {}  # key -> (source id, code, last_updated_at, source changed_at)
    for source_id, key, code, updated, changed_at in (
        TranslationSource.objects.filter(object_id__in=keys)
        .annotate(
            changed_at=Subquery(
                SourceChange.objects.filter(
                    translation_key=OuterRef("object_id")
                ).values("changed_at")[:1]
            )
        )
        .values_list(
            "pk", "object_id", "locale__language_code", "last_updated_at", "changed_at"
        )
    ):
        # An item translated from French and, oddly, from another language too:
        # French wins, being the museum's source.
        if key not in sources or code == languages.SOURCE_LANGUAGE:
            sources[key] = (source_id, code, updated, changed_at)
    source_ids = [source[0] for source in sources.values()]

    # Each enabled translation with the figures of its target language: the
    # strings of its source, how many are translated (and by machine), and
    # when the translation was last saved, in one statement.
    segments = StringSegment.objects.filter(source_id=OuterRef("source_id")).order_by()

    def done(**condition):
        # One filter() call: the conditions hold for the same string
        # translation, not for any translation of the string each.
        return segments.filter(
            string__translations__locale_id=OuterRef("target_locale_id"),
            string__translations__context_id=F("context_id"),
            string__translations__has_error=False,
            **condition,
        )

    translations = {
        (source_id, code): (translation_id, total, translated, machine, saved_at)
        for (
            translation_id,
            source_id,
            code,
            total,
            translated,
            machine,
            saved_at,
        ) in Translation.objects.filter(source_id__in=source_ids, enabled=True)
        .annotate(
            total=_count(segments),
            translated=_count(done()),
            machine=_count(done(string__translations__translation_type="machine")),
            saved_at=Subquery(
                TranslationLog.objects.filter(
                    source_id=OuterRef("source_id"),
                    locale_id=OuterRef("target_locale_id"),
                )
                .order_by("-created_at")
                .values("created_at")[:1]
            ),
        )
        .values_list(
            "pk",
            "source_id",
            "target_locale__language_code",
            "total",
            "translated",
            "machine",
            "saved_at",
        )
    }

    result = {}
    for key in keys:
        versions = instances.get(key, {})
        source_id, source_code, synced_at, change = sources.get(
            key, (None, None, None, None)
        )
        if source_code is None:
            originals = [code for code, (_pk, alias) in versions.items() if not alias]
            source_code = (
                languages.SOURCE_LANGUAGE
                if languages.SOURCE_LANGUAGE in originals or not originals
                else originals[0]
            )
        per_language = {}
        for code in languages.CODES:
            pk, alias = versions.get(code, (None, False))
            common = {"code": code, "source_code": source_code, "instance_id": pk}
            if code == source_code:
                per_language[code] = LanguageStatus(
                    status=SOURCE if pk else MISSING, source_id=source_id, **common
                )
                continue
            translation_id, total, translated, machine, saved_at = translations.get(
                (source_id, code), (None, 0, 0, 0, None)
            )
            if pk is None or (alias and translation_id is None):
                per_language[code] = LanguageStatus(
                    status=MISSING,
                    source_id=source_id,
                    translation_id=translation_id,
                    **common,
                )
                continue
            if translation_id is None:
                # Written in this language by hand, outside wagtail-localize:
                # nothing tells it apart from a finished translation.
                per_language[code] = LanguageStatus(status=CURRENT, **common)
                continue
            if (change is not None and change > synced_at) or (
                saved_at is not None and saved_at < synced_at
            ):
                status = OUTDATED
            elif translated < total:
                status = IN_PROGRESS
            else:
                status = CURRENT
            per_language[code] = LanguageStatus(
                status=status,
                machine=machine > 0,
                translated=translated,
                total=total,
                translation_id=translation_id,
                source_id=source_id,
                **common,
            )
        result[key] = per_language
    return result


def status_of(instance) -> dict:
    """``{language code: LanguageStatus}`` for one item."""
    model = Page if isinstance(instance, Page) else type(instance)
    return statuses_for(model, [instance.translation_key]).get(
        instance.translation_key, {}
    )
