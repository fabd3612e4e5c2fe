"""Reading the search index: per-language queries, the visibility filter
and excerpts. The index only says what matches; what may be shown is decided
by the public querysets of the API (``cms/core/visibility.py``).

Visibility is checked twice. The statement that ranks and counts the matches
keeps the rows whose page is not hidden and whose consent record is open
(``likely_public``): it reads the few hidden pages, not every public one,
which is what made search grow with the size of the museum. The rows then
shown go through ``confirmed``, the public querysets of the API row by row.
On an index in step with the content both keep the same rows; where they
differ (a row the index should have dropped, a restriction added during the
statement) the row is not shown.
"""

import logging
import re

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    FloatField,
    OuterRef,
    Q,
    Value,
    When,
    Window,
)
from django.utils.module_loading import import_string

from cms.core import languages
from cms.core.models import listed_in_language
from cms.core.visibility import (
    hidden_pages,
    open_contents,
    open_records,
    stories_with_public_content,
)
from cms.search.models import SearchEntry
from cms.search.text import WORD, config_for, normalize

Kind = SearchEntry.Kind

# The API viewsets whose ``get_queryset_for(code)`` is what the public sees.
VIEWSETS = {
    Kind.EXHIBIT: "cms.exhibits.viewsets.ExhibitAPIViewSet",
    Kind.OBJECT: "cms.exhibits.viewsets.MuseumObjectAPIViewSet",
    Kind.STORY: "cms.stories.viewsets.StoryAPIViewSet",
    Kind.KNOWLEDGE: "cms.knowledge.viewsets.KnowledgeAPIViewSet",
}
KINDS = list(VIEWSETS)
WEBSEARCH_SYNTAX = re.compile(r'"|(^|\s)-\w|\s+or\s+', re.IGNORECASE)
PREFIX_MIN_LENGTH = 3


RANKING = ("-score", "kind", "object_id", "segment_id")
logger = logging.getLogger(__name__)


def viewset(kind):
    return import_string(VIEWSETS[kind])()


def ts_query(terms: str, code: str):
    """The tsquery of ``terms`` in language ``code``, or None if no word.

    Plain words must all match, the last one as a prefix (search as you
    type); quotes, ``or`` and ``-word`` switch to websearch_to_tsquery."""
    normalised = normalize(terms, code)
    config = config_for(code)
    if WEBSEARCH_SYNTAX.search(normalised):
        return SearchQuery(normalised, search_type="websearch", config=config)
    tokens = WORD.findall(normalised)
    if not tokens:
        return None
    if len(tokens[-1]) >= PREFIX_MIN_LENGTH:
        tokens[-1] += ":*"
    return SearchQuery(" & ".join(tokens), search_type="raw", config=config)


def stories_with_transcript(code=None):
    """Subquery of the story pks (in language ``code`` when given) whose
    transcript the public may read."""
    from cms.stories.models import StoryPage

    stories = StoryPage.objects.all()
    if code is not None:
        stories = listed_in_language(stories, code)
    return stories_with_public_content(stories).order_by().values("pk")


def likely_public(kinds):
    """Rows of ``kinds`` that the visibility rule lets through, judged from
    the index's own columns: the page is not hidden
    (``hidden_pages``), and a story's consent record is open (for the record
    on its item row, for the content on its transcript rows). Objects are
    public in their language. On rows that match their content (what the
    index's signals maintain) this keeps what ``confirmed`` keeps; it
    decides for the rows shown."""
    page_kinds = [kind for kind in kinds if kind != Kind.OBJECT]
    condition = Q(kind=Kind.OBJECT) if Kind.OBJECT in kinds else Q(pk__in=[])
    if page_kinds:
        pages = Q(kind__in=page_kinds) & ~Q(object_id__in=hidden_pages())
        if Kind.STORY in kinds:
            pages &= ~Q(kind=Kind.STORY) | (
                Q(translation_key__in=open_records())
                & (Q(segment_id=0) | Q(translation_key__in=open_contents()))
            )
        condition |= pages
    return condition


def search(terms, codes, kinds):
    """Index rows matching ``terms``, best first, with ``score``: the rows
    ``likely_public``; show only those ``confirmed`` keeps."""
    matches = Q(pk__in=[])
    ranks = []
    for code in codes:
        query = ts_query(terms, code)
        if query is None:
            continue
        matches |= Q(language=code, vector=query)
        ranks.append(When(language=code, then=SearchRank(F("vector"), query)))
    if not ranks:
        return SearchEntry.objects.none()
    return (
        SearchEntry.objects.filter(matches, likely_public(kinds))
        .annotate(score=Case(*ranks, default=Value(0.0), output_field=FloatField()))
        .order_by(*RANKING)
    )


def public_rows(pairs, ids):
    """The index rows ``ids`` whose version the public may see now, asked of
    the public querysets of the API for these rows only; ``pairs``: the
    (kind, language) of the rows."""
    condition = Q(pk__in=[])
    for kind, code in pairs:
        public = viewset(kind).get_queryset_for(code).order_by()
        allowed = Q(kind=kind, language=code) & Exists(
            public.filter(pk=OuterRef("object_id"))
        )
        if kind == Kind.STORY:
            readable = stories_with_transcript(code)
            allowed &= Q(segment_id=0) | Exists(
                readable.filter(pk=OuterRef("object_id"))
            )
        condition |= allowed
    return SearchEntry.objects.filter(condition, pk__in=ids).order_by()


def _report_hidden(kept, found):
    if kept < found:
        logger.warning(
            "search: %d of %d rows are not public and were not shown; if this "
            "repeats, the index is out of step: run manage.py rebuild_search_index",
            found - kept,
            found,
        )


def confirmed(rows) -> list:
    """The rows of ``rows`` (from ``search``) that ``public_rows`` keeps, in
    their order."""
    rows = list(rows)
    if not rows:
        return rows
    pairs = {(row.kind, row.language) for row in rows}
    kept = set(
        public_rows(pairs, [row.pk for row in rows]).values_list("pk", flat=True)
    )
    _report_hidden(len(kept), len(rows))
    return [row for row in rows if row.pk in kept]


def ranked_page(results, offset: int, limit: int):
    """(rows ``offset`` to ``offset + limit`` of ``search()``'s ``results``
    that ``public_rows`` keeps, the number of results).

    One statement ranks and counts: the total is a window over the same
    matches, so they are ranked and checked for visibility once, not once
    more to count them. It carries only each row's key and score through
    the window (the text of 12,000 matches would be sorted otherwise); a
    second statement reads the page's rows and confirms them. Past the end,
    the total is counted on its own."""
    ranked = list(
        results.annotate(museum_total=Window(Count("pk"))).values_list(
            "pk", "kind", "language", "score", "museum_total"
        )[offset : offset + limit]
    )
    if not ranked:
        return [], (results.count() if offset else 0)
    pairs = {(kind, code) for _pk, kind, code, _score, _total in ranked}
    rows = {row.pk: row for row in public_rows(pairs, [item[0] for item in ranked])}
    page = []
    for pk, _kind, _code, score, _total in ranked:
        if pk in rows:
            rows[pk].score = score
            page.append(rows[pk])
    _report_hidden(len(page), len(ranked))
    return page, ranked[0][4] - (len(ranked) - len(page))


def matching_ids(model_kind, terms):
    """Subquery of the version pks of ``model_kind`` matching ``terms``, each
    version in its own language (the caller keeps its own visibility)."""
    condition = Q(pk__in=[])
    for code in languages.CODES:
        query = ts_query(terms, code)
        if query is not None:
            condition |= Q(language=code, vector=query)
    rows = SearchEntry.objects.filter(condition, kind=model_kind)
    if model_kind == Kind.STORY:
        rows = rows.filter(Q(segment_id=0) | Q(object_id__in=stories_with_transcript()))
    return rows.values("object_id")


def excerpt(text: str, terms: str, code: str, width: int = 180) -> str:
    """A short plain-text passage of ``text`` around the first match."""
    text = re.sub(r"\s+", " ", text or "").strip()
    if len(text) <= width:
        return text
    wanted = [
        token[: max(PREFIX_MIN_LENGTH, len(token) - 2)]
        for token in WORD.findall(normalize(terms, code))
    ]
    position = 0
    for match in WORD.finditer(text):
        word = normalize(match.group(), code)
        if any(token and token in word for token in wanted):
            position = match.start()
            break
    start = max(0, position - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < position else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > position else end
    return (
        ("…" if start else "")
        + text[start:end].strip()
        + ("…" if end < len(text) else "")
    )


def entry_urls(entries, request, absolute=False) -> list:
    """The public page URL of each entry (``None`` when it has none): pages,
    object pages in their section's language, and transcript hits at their
    time (``#t=<start>``). Three queries whatever the number of entries; used
    by the API and the site's search page alike."""
    from wagtail.models import Page

    from cms.core.discovery.alternates import exhibit_indexes
    from cms.exhibits.models import MuseumObject, accession_slug

    page_ids = {e.object_id for e in entries if e.kind != Kind.OBJECT}
    object_ids = {e.object_id for e in entries if e.kind == Kind.OBJECT}
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids)}
    accessions = (
        dict(
            MuseumObject.objects.filter(pk__in=object_ids).values_list(
                "pk", "accession_number"
            )
        )
        if object_ids
        else {}
    )
    indexes = exhibit_indexes() if accessions else {}
    urls = []
    for entry in entries:
        url = None
        if entry.kind == Kind.OBJECT:
            index = indexes.get(entry.language)
            accession = accessions.get(entry.object_id)
            if index is not None and accession:
                base = (
                    index.get_full_url(request) if absolute else index.get_url(request)
                )
                url = base + index.reverse_subpage(
                    "object", kwargs={"object_slug": accession_slug(accession)}
                )
        elif entry.object_id in pages:
            page = pages[entry.object_id]
            url = page.get_full_url(request) if absolute else page.get_url(request)
        if url and entry.segment_id:
            url += f"#t={float(entry.start):g}"
        urls.append(url)
    return urls
