"""The admin side of the translation status report: the report view and
its filters, the dashboard panel, URLs and menu."""

import datetime
from urllib.parse import urlencode

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
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
from cms.translation.kinds import BY_NAME, KINDS
from cms.translation.report import (
    FILTERABLE_STATUSES,
    TARGET_CODES,
    attach_statuses,
    coverage_for,
    source_rows,
    status_counts,
)
from cms.translation.status import (
    IN_PROGRESS,
    MISSING,
    OUTDATED,
    STATUS_LABELS,
)

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
