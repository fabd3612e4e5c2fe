"""The "Translation status" report, its spreadsheet export and the dashboard
panel: where every source item stands in each language.

One row per item in the source language (pages and snippets of every kind in
``cms.translation.kinds``), one column per language. Statuses come from
``cms.translation.status``, asked once per model for all the rows at once, so
the report costs the same number of queries for 5 items or 5,000; filters by
status and the counts need every row's status anyway.

Oral histories whose narrator has not made their interview public (access
level other than "public", or an embargo still running) are listed only to
archivists (``stories.view_storyaccess``) and superusers: for everyone else they
are not in the report, the export or the dashboard figures.
"""

import uuid
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import Page

from cms.core import languages
from cms.core.visibility import open_contents
from cms.translation.kinds import KINDS, Kind
from cms.translation.status import (
    CURRENT,
    IN_PROGRESS,
    MISSING,
    OUTDATED,
    SOURCE,
    statuses_for,
)

# What a reader of the report can filter on (the source status is not a choice:
# every item has it in exactly one language).
FILTERABLE_STATUSES = (CURRENT, OUTDATED, IN_PROGRESS, MISSING)
TARGET_CODES = tuple(
    code for code in languages.CODES if code != languages.SOURCE_LANGUAGE
)


# -- who may see which oral histories -------------------------------------------


def sees_restricted_stories(user) -> bool:
    """Archivists and superusers see every oral history; other staff only those
    whose narrator made the interview public."""
    return user.is_active and (
        user.is_superuser or user.has_perm("stories.view_storyaccess")
    )


def stories_without_public_consent(keys) -> set:
    """The translation keys among ``keys`` of interviews that are not public:
    access level other than "public", an embargo still running, or no consent
    record at all (a story without one is restricted)."""
    keys = set(keys)
    if not keys:
        return set()
    public = open_contents().filter(translation_key__in=keys)
    return keys - set(public.values_list("translation_key", flat=True))


# -- rows -------------------------------------------------------------------------


@dataclass
class StatusCell:
    """One item in one language, as the report shows it."""

    code: str
    state: object  # status.LanguageStatus
    url: str | None = None

    @property
    def status(self):
        return self.state.status

    @property
    def label(self):
        return self.state.label


@dataclass
class ReportRow:
    kind: Kind
    key: uuid.UUID
    title: str
    pk: int
    model: type
    restricted: bool = False
    statuses: dict = field(default_factory=dict)  # code -> LanguageStatus

    @property
    def is_page(self) -> bool:
        return self.kind.is_page

    def edit_url(self, instance_id=None) -> str:
        instance_id = instance_id or self.pk
        if self.is_page:
            return reverse("wagtailadmin_pages:edit", args=[instance_id])
        return reverse(
            self.model.snippet_viewset.get_url_name("edit"), args=[instance_id]
        )

    def action_url(self, state, next_url="") -> str | None:
        """Where to act on this item in ``state``'s language: send a missing
        one for translation, sync an outdated one, open the others."""
        query = f"?{urlencode({'next': next_url})}" if next_url else ""
        if state.status == MISSING:
            if state.code == state.source_code:
                return None
            if self.is_page:
                url = reverse(
                    "wagtail_localize:submit_page_translation", args=[self.pk]
                )
            else:
                url = reverse(
                    "wagtail_localize:submit_snippet_translation",
                    args=[
                        self.model._meta.app_label,
                        self.model._meta.model_name,
                        self.pk,
                    ],
                )
            params = {"select_locale": state.code}
            if next_url:
                params["next"] = next_url
            return f"{url}?{urlencode(params)}"
        if state.status == OUTDATED and state.source_id:
            url = reverse(
                "wagtail_localize:update_translations", args=[state.source_id]
            )
            return url + query
        if state.instance_id:
            # For a translation, Wagtail's edit view is wagtail-localize's editor.
            return self.edit_url(state.instance_id)
        return None

    def cells(self, codes, next_url=""):
        return [
            StatusCell(
                code,
                self.statuses[code],
                self.action_url(self.statuses[code], next_url),
            )
            for code in codes
        ]

    def status_in(self, code) -> str:
        return self.statuses[code].status


def source_rows(user, kinds=KINDS) -> list[ReportRow]:
    """Every source-language item of ``kinds`` that ``user`` may see listed,
    ordered by kind then title. One query for all pages, one per snippet kind,
    one for consent records."""
    rows = []
    page_kinds = [kind for kind in kinds if kind.is_page]
    if page_kinds:
        kind_of_type = {}
        for kind in page_kinds:
            for model in kind.models:
                kind_of_type[ContentType.objects.get_for_model(model).pk] = (
                    kind,
                    model,
                )
        pages = Page.objects.filter(
            locale__language_code=languages.SOURCE_LANGUAGE,
            content_type_id__in=list(kind_of_type),
        ).values_list("pk", "title", "translation_key", "content_type_id")
        for pk, title, key, content_type_id in pages:
            kind, model = kind_of_type[content_type_id]
            rows.append(ReportRow(kind, key, title, pk, model))
    for kind in kinds:
        if kind.is_page:
            continue
        for instance in kind.source_items():
            rows.append(
                ReportRow(
                    kind,
                    instance.translation_key,
                    str(instance),
                    instance.pk,
                    type(instance),
                )
            )

    story_keys = [row.key for row in rows if row.kind.name == "stories"]
    restricted = stories_without_public_consent(story_keys)
    if restricted:
        if not sees_restricted_stories(user):
            rows = [row for row in rows if row.key not in restricted]
        else:
            for row in rows:
                row.restricted = row.key in restricted
    order = {kind.name: position for position, kind in enumerate(KINDS)}
    rows.sort(key=lambda row: (order[row.kind.name], row.title.casefold(), row.pk))
    return rows


def attach_statuses(rows) -> list[ReportRow]:
    """Ask the status service once per model for all ``rows``."""
    by_model = {}
    for row in rows:
        by_model.setdefault(row.kind.status_model, []).append(row)
    for model, model_rows in by_model.items():
        statuses = statuses_for(model, [row.key for row in model_rows])
        for row in model_rows:
            row.statuses = statuses[row.key]
    return rows


def status_counts(rows, codes=languages.CODES) -> dict:
    """``{code: Counter(status -> number of rows)}``."""
    counts = {code: Counter() for code in codes}
    for row in rows:
        for code in codes:
            counts[code][row.status_in(code)] += 1
    return counts


@dataclass
class LanguageCoverage:
    code: str
    total: int
    current: int  # up to date, or written in this language
    outdated: int
    in_progress: int
    missing: int

    @property
    def language(self):
        return languages.get_language(self.code)

    @property
    def percent(self) -> int:
        """Rounded down: 100 % only when every item is up to date."""
        return self.current * 100 // self.total if self.total else 100


def coverage_for(user) -> list[LanguageCoverage]:
    """Each target language's coverage over every kind, as ``user`` sees the
    report."""
    rows = attach_statuses(source_rows(user))
    counts = status_counts(rows, TARGET_CODES)
    return [
        LanguageCoverage(
            code,
            total=len(rows),
            current=counts[code][CURRENT] + counts[code][SOURCE],
            outdated=counts[code][OUTDATED],
            in_progress=counts[code][IN_PROGRESS],
            missing=counts[code][MISSING],
        )
        for code in TARGET_CODES
    ]
