"""Public site views that are not Wagtail pages: the search page and the
error pages.

The search page reads the same index and the same visibility filter as
``/api/v1/search/`` (``cms.search.query``); it only adds facets and HTML.
"""

import sys
from collections import defaultdict
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.utils.translation import get_language, get_language_from_path
from django.utils.translation import gettext_lazy as _

from cms.core import languages
from cms.core.api.content import MAX_SEARCH_LENGTH
from cms.core.api.problems import PROBLEM_CONTENT_TYPE, problem_body
from cms.search import query as search_query
from cms.search.models import SearchEntry

Kind = SearchEntry.Kind
RESULTS_PER_PAGE = 20
# Enough hits to facet on; the ranking puts the best first.
MAX_HITS = 500
FACETS = ("kind", "theme", "place", "period")
KIND_LABELS = {
    Kind.EXHIBIT: _("Exhibitions"),
    Kind.OBJECT: _("Objects"),
    Kind.STORY: _("Oral histories"),
    Kind.KNOWLEDGE: _("Shared knowledge"),
}


def decades(start, end):
    """The decades a period touches (1963–1971 → 1960, 1970)."""
    if start is None and end is None:
        return set()
    start = start if start is not None else end
    end = end if end is not None else start
    first, last = start // 10 * 10, end // 10 * 10
    return set(range(first, min(last, first + 200) + 1, 10))


def item_facets(entries):
    """``{(kind, object_id): {"theme": keys, "place": keys, "period": decades}}``
    for the items of ``entries``, in a fixed number of queries."""
    from cms.exhibits.models import (
        ExhibitPage,
        ExhibitPlace,
        ExhibitTheme,
        MuseumObject,
    )
    from cms.knowledge.models import KnowledgePage, KnowledgeTheme
    from cms.stories.models import StoryPage, StoryPlace, StoryTheme

    ids = defaultdict(set)
    for entry in entries:
        ids[entry.kind].add(entry.object_id)
    facets = defaultdict(lambda: {"theme": set(), "place": set(), "period": set()})

    def add(kind, name, rows):
        for object_id, value in rows:
            if value is not None:
                facets[(kind, object_id)][name].add(str(value))

    def add_periods(kind, rows):
        for object_id, start, end in rows:
            facets[(kind, object_id)]["period"] |= {
                str(decade) for decade in decades(start, end)
            }

    if ids[Kind.EXHIBIT]:
        pks = ids[Kind.EXHIBIT]
        add(
            Kind.EXHIBIT,
            "theme",
            ExhibitTheme.objects.filter(page_id__in=pks).values_list(
                "page_id", "theme__translation_key"
            ),
        )
        add(
            Kind.EXHIBIT,
            "place",
            ExhibitPlace.objects.filter(page_id__in=pks).values_list(
                "page_id", "place__translation_key"
            ),
        )
        add_periods(
            Kind.EXHIBIT,
            ExhibitPage.objects.filter(pk__in=pks).values_list(
                "pk", "period_start_year", "period_end_year"
            ),
        )
    if ids[Kind.OBJECT]:
        objects = MuseumObject.objects.filter(pk__in=ids[Kind.OBJECT])
        add(Kind.OBJECT, "theme", objects.values_list("pk", "themes__translation_key"))
        add(Kind.OBJECT, "place", objects.values_list("pk", "place__translation_key"))
        add_periods(
            Kind.OBJECT,
            objects.values_list("pk", "date_start_year", "date_end_year"),
        )
    if ids[Kind.STORY]:
        pks = ids[Kind.STORY]
        stories = StoryPage.objects.filter(pk__in=pks)
        add(
            Kind.STORY,
            "theme",
            StoryTheme.objects.filter(page_id__in=pks).values_list(
                "page_id", "theme__translation_key"
            ),
        )
        add(
            Kind.STORY,
            "place",
            StoryPlace.objects.filter(page_id__in=pks).values_list(
                "page_id", "place__translation_key"
            ),
        )
        add(
            Kind.STORY,
            "place",
            stories.values_list("pk", "recorded_place__translation_key"),
        )
        add_periods(
            Kind.STORY, stories.values_list("pk", "recorded_year", "recorded_year")
        )
    if ids[Kind.KNOWLEDGE]:
        pks = ids[Kind.KNOWLEDGE]
        add(
            Kind.KNOWLEDGE,
            "theme",
            KnowledgeTheme.objects.filter(page_id__in=pks).values_list(
                "page_id", "theme__translation_key"
            ),
        )
        add_periods(
            Kind.KNOWLEDGE,
            (
                (pk, day.year, day.year)
                for pk, day in KnowledgePage.objects.filter(
                    pk__in=pks, published_on__isnull=False
                ).values_list("pk", "published_on")
            ),
        )
    return facets


def taxonomy_labels(model, keys, code):
    """``{str(translation_key): name}`` in language ``code``, else the first
    language of its fallback chain that has it."""
    chain = [code, *languages.get_language(code).fallbacks, languages.SOURCE_LANGUAGE]
    labels = {}
    rows = model.objects.filter(
        translation_key__in=keys, locale__language_code__in=chain
    ).values_list("translation_key", "locale__language_code", "name")
    best = {}
    for key, language, name in rows:
        rank = chain.index(language)
        if str(key) not in best or rank < best[str(key)]:
            best[str(key)] = rank
            labels[str(key)] = name
    return labels


def hit_links(entries, request):
    """The public URL of each entry (``#t=<start>`` for transcript hits, as
    the API gives them)."""
    return search_query.entry_urls(entries, request)


def facet_links(name, counts, labels, params):
    """Links that narrow the search by one value of facet ``name`` (or clear it)."""
    selected = params.get(name, "")
    items = []
    for value, count in counts.items():
        query = {**params, name: "" if value == selected else value}
        items.append(
            {
                "value": value,
                "label": labels.get(value, value),
                "count": count,
                "selected": value == selected,
                "query": urlencode({k: v for k, v in query.items() if v}),
            }
        )
    items.sort(key=lambda item: (-item["count"], str(item["label"])))
    return items


def site_search(request):
    """``/<lang>/search/?q=``: one box across exhibits, objects, stories
    (transcript hits link to their moment) and knowledge, in the reader's
    language, with facets by kind, theme, place and period."""
    from cms.core.models import Place, Theme

    code = get_language()
    terms = request.GET.get("q", "").strip()[:MAX_SEARCH_LENGTH]
    params = {"q": terms}
    for name in FACETS:
        value = request.GET.get(name, "").strip()[:40]
        if value:
            params[name] = value
    context = {
        "terms": terms,
        "params": params,
        "facets": {},
        "page_obj": None,
        "hits": [],
        "total": 0,
    }
    if terms:
        entries = search_query.confirmed(
            search_query.search(terms, [code], search_query.KINDS)[:MAX_HITS]
        )
        attributes = item_facets(entries)

        def matches(entry, skip=None):
            for name in FACETS:
                wanted = params.get(name)
                if not wanted or name == skip:
                    continue
                if name == "kind":
                    if entry.kind != wanted:
                        return False
                elif wanted not in attributes[(entry.kind, entry.object_id)][name]:
                    return False
            return True

        # Each facet counts items as if its own choice were not made.
        counts = {name: defaultdict(set) for name in FACETS}
        for entry in entries:
            item = (entry.kind, entry.object_id)
            for name in FACETS:
                if not matches(entry, skip=name):
                    continue
                values = {entry.kind} if name == "kind" else attributes[item][name]
                for value in values:
                    counts[name][value].add(item)
        counts = {
            name: {value: len(items) for value, items in values.items()}
            for name, values in counts.items()
        }
        labels = {
            "kind": {str(kind): label for kind, label in KIND_LABELS.items()},
            "theme": taxonomy_labels(Theme, list(counts["theme"]), code),
            "place": taxonomy_labels(Place, list(counts["place"]), code),
            "period": {
                value: _("%(decade)ss") % {"decade": value}
                for value in counts["period"]
            },
        }
        context["facets"] = {
            name: facet_links(name, counts[name], labels[name], params)
            for name in FACETS
        }
        kept = [entry for entry in entries if matches(entry)]
        paginator = Paginator(kept, RESULTS_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        shown = list(page_obj.object_list)
        context["hits"] = [
            {
                "entry": entry,
                "kind_label": KIND_LABELS.get(entry.kind, entry.kind),
                "url": url,
                "excerpt": search_query.excerpt(entry.text, terms, entry.language),
            }
            for entry, url in zip(shown, hit_links(shown, request), strict=True)
        ]
        context.update(
            page_obj=page_obj,
            total=paginator.count,
            query_without_page=urlencode(params),
        )
    return render(request, "core/search_page.html", context)


def _language_of_path(path):
    code = get_language_from_path(path)
    return languages.BY_CODE.get(code) or languages.get_language(
        languages.SOURCE_LANGUAGE
    )


# Errors that mean "the database cannot answer now" rather than a bug: the
# server is down or restarting, a connection was lost, or a statement ran
# past DATABASE_STATEMENT_TIMEOUT_MS. Clients should retry.
UNAVAILABLE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 10


def server_error(request, template_name="500.html"):
    """The 500 page in the language of the path (/ar/… in Arabic), rendered
    without the database or context processors: whatever failed may be those.

    Django calls it while handling the error, from a view or a middleware,
    so the error is at hand: a database that cannot answer makes it a 503
    with ``Retry-After``; under ``/api/`` the answer is problem+json."""
    error = sys.exc_info()[1]
    unavailable = isinstance(error, UNAVAILABLE_ERRORS)
    status = 503 if unavailable else 500
    path = getattr(request, "path_info", "") or ""
    language = _language_of_path(path)
    with translation.override(language.code):
        if path.startswith("/api/"):
            response = JsonResponse(
                problem_body(
                    status,
                    _("Service unavailable") if unavailable else _("Server error"),
                    _(
                        "The museum cannot reach its collections for a moment; "
                        "retry in a few seconds."
                    )
                    if unavailable
                    else _("An error on our side; it has been recorded."),
                    "service-unavailable" if unavailable else "server-error",
                ),
                status=status,
                content_type=PROBLEM_CONTENT_TYPE,
            )
        else:
            body = loader.get_template(template_name).render(
                {
                    "museum_language": language,
                    "home_url": f"/{language.code}/",
                    "unavailable": unavailable,
                    # The page's one inline <style>, allowed by this response's
                    # Content-Security-Policy only (cms/core/csp.py).
                    # (A lazy object, false until read: read it here.)
                    "csp_nonce": str(getattr(request, "csp_nonce", "")),
                }
            )
            response = HttpResponse(body, status=status)
    if unavailable:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
