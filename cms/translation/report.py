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

import datetime
import uuid
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlencode

import django_filters
from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Page

from cms.core import languages
from cms.translation.kinds import BY_NAME, KINDS, Kind
from cms.translation.status import (
    CURRENT,
    IN_PROGRESS,
    MISSING,
    OUTDATED,
    SOURCE,
    STATUS_LABELS,
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
    from cms.stories.models import StoryAccess

    keys = set(keys)
    if not keys:
        return set()
    today = timezone.localdate()
    public = StoryAccess.objects.filter(
        translation_key__in=keys, access_level=StoryAccess.Level.PUBLIC
    ).filter(Q(embargo_until__isnull=True) | Q(embargo_until__lte=today))
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


# -- the report view ----------------------------------------------------------------


def _language_choices():
    return [
        (language.code, f"{language.native_name} ({language.code})")
        for language in languages.MUSEUM_LANGUAGES
    ]


class TranslationStatusFilterSet(WagtailFilterSet):
    """Filters that the view applies itself: statuses are not database columns."""

    kind = django_filters.ChoiceFilter(
        label=_("Kind"),
        choices=[(kind.name, kind.label) for kind in KINDS],
        empty_label=_("All kinds"),
        widget=forms.RadioSelect,
        method="keep",
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=_language_choices,
        empty_label=_("All languages"),
        widget=forms.RadioSelect,
        method="keep",
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[(status, STATUS_LABELS[status]) for status in FILTERABLE_STATUSES],
        empty_label=_("Any status"),
        widget=forms.RadioSelect,
        method="keep",
    )

    def keep(self, queryset, name, value):
        return queryset


class TranslationStatusReportView(ReportView):
    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"
    template_name = "translation/report/index.html"
    results_template_name = "translation/report/results.html"
    index_url_name = "translation_report:index"
    index_results_url_name = "translation_report:results"
    filterset_class = TranslationStatusFilterSet
    is_searchable = True
    paginate_by = 50
    verbose_name_plural = _("items")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("wagtailadmin.access_admin"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    # Filters and search, applied to rows rather than a queryset.

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "queryset": Page.objects.none()}

    def filter_value(self, name):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get(name) or ""
        return ""

    @cached_property
    def selected_kinds(self):
        name = self.filter_value("kind")
        return (BY_NAME[name],) if name else KINDS

    @cached_property
    def shown_codes(self):
        code = self.filter_value("language")
        return (code,) if code else languages.CODES

    @cached_property
    def rows_before_status_filter(self):
        rows = source_rows(self.request.user, self.selected_kinds)
        if self.search_query:
            needle = self.search_query.casefold()
            rows = [row for row in rows if needle in row.title.casefold()]
        return attach_statuses(rows)

    def get_queryset(self):
        rows = self.rows_before_status_filter
        wanted = self.filter_value("status")
        if wanted:
            code = self.filter_value("language")
            codes = (code,) if code else TARGET_CODES
            rows = [
                row for row in rows if any(row.status_in(c) == wanted for c in codes)
            ]
        return rows

    def get_filtered_queryset(self):
        return self.get_queryset()

    # Export.

    @property
    def list_export(self):
        columns = ["kind", "key", "title"]
        for code in self.shown_codes:
            columns += [f"{code}_status", f"{code}_machine"]
        return columns

    def get_heading(self, queryset, field):
        # Stable column names, whatever the admin's language: the export is
        # read by spreadsheets and scripts.
        return field

    def to_row_dict(self, item):
        values = {"kind": item.kind.name, "key": str(item.key), "title": item.title}
        for code in self.shown_codes:
            state = item.statuses[code]
            values[f"{code}_status"] = state.status
            values[f"{code}_machine"] = "yes" if state.machine else "no"
        return values

    def get_filename(self):
        return f"translation-status-{datetime.date.today():%Y-%m-%d}"

    # Page furniture.

    def get_header_buttons(self):
        buttons = super().get_header_buttons()
        if self.request.user.has_perm("wagtail_localize.submit_translation"):
            buttons = [
                HeaderButton(
                    _("Translate a section"),
                    url=reverse("translation_bulk:translate"),
                    icon_name="wagtail-localize-language",
                ),
                HeaderButton(
                    _("Sync outdated translations"),
                    url=reverse("translation_bulk:sync"),
                    icon_name="resubmit",
                ),
                *buttons,
            ]
        return buttons

    def report_url(self, **changes):
        params = self.request.GET.copy()
        for name in ("_w_filter_fragment", self.page_kwarg, "export"):
            params.pop(name, None)
        for name, value in changes.items():
            if value:
                params[name] = value
            else:
                params.pop(name, None)
        query = params.urlencode()
        return self.index_url + (f"?{query}" if query else "")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.is_export:
            return context  # the spreadsheet is written from the rows alone
        next_url = self.report_url(p=self.request.GET.get(self.page_kwarg))
        counted_codes = [
            code for code in self.shown_codes if code != languages.SOURCE_LANGUAGE
        ]
        counts = status_counts(self.rows_before_status_filter, counted_codes)
        context.update(
            languages=[languages.get_language(code) for code in self.shown_codes],
            rows=[
                (row, row.cells(self.shown_codes, next_url))
                for row in context["object_list"]
            ],
            counts=[
                {
                    "language": languages.get_language(code),
                    "cells": [
                        {
                            "status": status,
                            "label": STATUS_LABELS[status],
                            "number": counts[code][status],
                            "url": self.report_url(language=code, status=status),
                        }
                        for status in FILTERABLE_STATUSES
                    ],
                }
                for code in counted_codes
            ],
            count_statuses=[STATUS_LABELS[status] for status in FILTERABLE_STATUSES],
            source_code=languages.SOURCE_LANGUAGE,
        )
        return context


# -- the dashboard panel --------------------------------------------------------------


class TranslationCoveragePanel(Component):
    name = "translation_coverage"
    template_name = "translation/report/coverage_panel.html"
    order = 150

    class Media:
        css = {"all": ["translation/css/translation-report.css"]}

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        report = reverse("translation_report:index")

        def link(**params):
            return f"{report}?{urlencode(params)}"

        context["coverage"] = [
            {
                "figures": figures,
                "url": link(language=figures.code),
                "outdated_url": link(language=figures.code, status=OUTDATED),
                "in_progress_url": link(language=figures.code, status=IN_PROGRESS),
                "missing_url": link(language=figures.code, status=MISSING),
            }
            for figures in coverage_for(self.user)
        ]
        context["report_url"] = report
        return context


@hooks.register("construct_homepage_panels")
def add_translation_coverage_panel(request, panels):
    panels.append(TranslationCoveragePanel(request.user))


# -- URLs and menu ------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_report_urls():
    from django.urls import include

    return [
        path(
            "reports/translation-status/",
            include(
                (
                    [
                        path("", TranslationStatusReportView.as_view(), name="index"),
                        path(
                            "results/",
                            TranslationStatusReportView.as_view(results_only=True),
                            name="results",
                        ),
                    ],
                    "translation_report",
                ),
                namespace="translation_report",
            ),
        )
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("translation_report:index"),
        name="translation-status",
        icon_name="wagtail-localize-language",
        order=650,
    )
