"""The admin side of the bulk actions: the section forms, the run page that
shows a task's progress and outcome, and their URLs."""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page

from cms.core import languages
from cms.translation.bulk import (
    ACTIONS,
    COUNTER_LABELS,
    COUNTERS,
    RUN_ID,
    SYNC,
    TARGET_CODES,
    TRANSLATE,
    SectionError,
    check_section,
    enqueue,
    run_outcome,
)
from cms.translation.report import sees_restricted_stories

# -- admin views ------------------------------------------------------------------------------


def _language_choices():
    return [
        (code, f"{languages.get_language(code).native_name} ({code})")
        for code in TARGET_CODES
    ]


class SectionForm(forms.Form):
    page = forms.ModelChoiceField(
        label=gettext_lazy("Section"),
        queryset=Page.objects.filter(depth__gt=1),
        widget=AdminPageChooser(),
        help_text=gettext_lazy(
            "A French page: it and every page below it are included."
        ),
    )
    languages = forms.MultipleChoiceField(
        label=gettext_lazy("Languages"),
        choices=_language_choices,
        widget=forms.CheckboxSelectMultiple,
    )

    def clean_page(self):
        page = self.cleaned_data["page"]
        try:
            return check_section(page.specific)
        except SectionError as error:
            raise ValidationError(str(error)) from error


class SyncForm(SectionForm):
    languages = forms.MultipleChoiceField(
        label=gettext_lazy("Languages"),
        choices=_language_choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=gettext_lazy("None chosen: every language."),
    )


VIEW_TEXTS = {
    TRANSLATE: {
        "title": gettext_lazy("Translate a section"),
        "intro": gettext_lazy(
            "Every page of the section that has no version yet in a chosen language "
            "is sent for translation, with the places, themes and other snippets it "
            "uses. Pages already translated are left as they are. Oral histories "
            "whose narrator has not made the interview public are saved as drafts."
        ),
        "button": gettext_lazy("Translate the section"),
        "form": SectionForm,
    },
    SYNC: {
        "title": gettext_lazy("Sync outdated translations"),
        "intro": gettext_lazy(
            "Every page of the section whose French version changed since it was "
            "translated gets the new French content in the chosen languages; new "
            "sentences wait for translators in the translation editor. Published "
            "translations are published again, drafts stay drafts, and oral "
            "histories whose narrator has not made the interview public are saved "
            "as drafts."
        ),
        "button": gettext_lazy("Sync the section"),
        "form": SyncForm,
    },
}


def _require_submit_permission(request):
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied


def section_form_view(request, action):
    _require_submit_permission(request)
    texts = VIEW_TEXTS[action]
    form_class = texts["form"]
    if request.method == "POST":
        form = form_class(request.POST)
        if form.is_valid():
            codes = [
                code
                for code in TARGET_CODES
                if code in (form.cleaned_data["languages"] or TARGET_CODES)
            ]
            run_id = enqueue(action, form.cleaned_data["page"], codes, request.user)
            return redirect("translation_bulk:run", action=action, run_id=run_id)
    else:
        initial = {}
        page_id = request.GET.get("page", "")
        if page_id.isdigit():
            initial["page"] = Page.objects.filter(pk=int(page_id)).first()
        form = form_class(initial=initial)
    return TemplateResponse(
        request,
        "translation/bulk/form.html",
        {
            "form": form,
            "action": action,
            "texts": texts,
            "page_title": texts["title"],
            "header_title": texts["title"],
            "breadcrumbs_items": [
                {"url": reverse("wagtailadmin_home"), "label": _("Home")},
                {
                    "url": reverse("translation_report:index"),
                    "label": _("Translation status"),
                },
                {"url": "", "label": texts["title"]},
            ],
            "media": form.media,
        },
    )


def translate_view(request):
    return section_form_view(request, TRANSLATE)


def sync_view(request):
    return section_form_view(request, SYNC)


def run_view(request, action, run_id):
    _require_submit_permission(request)
    if action not in ACTIONS or not RUN_ID.match(run_id):
        raise Http404
    outcome = run_outcome(action, run_id)
    if outcome is None:
        raise Http404
    show_restricted = sees_restricted_stories(request.user)
    errors = [
        {
            **error,
            "title": error["title"]
            if show_restricted or not error["restricted"]
            else _("An oral history that is not public"),
            "message": error["message"]
            if show_restricted or not error["restricted"]
            else "",
        }
        for error in outcome["errors"]
    ]
    columns = COUNTERS[action]
    texts = VIEW_TEXTS[action]
    return TemplateResponse(
        request,
        "translation/bulk/run.html",
        {
            "outcome": outcome,
            "action": action,
            "texts": texts,
            "finished": outcome["state"] in ("finished", "failed"),
            "headings": [COUNTER_LABELS[name] for name in columns],
            "lines": [
                {
                    "language": languages.get_language(code),
                    "numbers": [outcome["counts"][code][name] for name in columns],
                }
                for code in outcome["languages"]
            ],
            "errors": errors,
            "again_url": reverse(f"translation_bulk:{action}")
            + f"?page={outcome['section']['id']}",
            "page_title": texts["title"],
            "header_title": texts["title"],
            "breadcrumbs_items": [
                {"url": reverse("wagtailadmin_home"), "label": _("Home")},
                {
                    "url": reverse("translation_report:index"),
                    "label": _("Translation status"),
                },
                {"url": reverse(f"translation_bulk:{action}"), "label": texts["title"]},
                {"url": "", "label": outcome["section"]["title"]},
            ],
        },
    )


@hooks.register("register_admin_urls")
def register_bulk_urls():
    return [
        path(
            "translation/section/",
            include(
                (
                    [
                        path("translate/", translate_view, name=TRANSLATE),
                        path("sync/", sync_view, name=SYNC),
                        path(
                            "<slug:action>/runs/<str:run_id>/",
                            run_view,
                            name="run",
                        ),
                    ],
                    "translation_bulk",
                ),
                namespace="translation_bulk",
            ),
        )
    ]
