"""Reading the search index: per-language queries, the visibility filter
and excerpts. The index only says what matches; what may be shown is decided
by the public querysets of the API (``cms/core/visibility.py``)."""

import re

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import Case, Count, F, FloatField, Q, Value, When, Window
from django.utils.module_loading import import_string

from cms.core import languages
from cms.core.models import listed_in_language
from cms.core.visibility import stories_with_public_content
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


def public_condition(kind, code, stories_with_transcript):
    """Rows of ``kind`` in ``code`` whose version the public may see; for
    stories, transcript rows only where the transcript is public
    (``stories_with_transcript``, a subquery of story pks)."""
    public = viewset(kind).get_queryset_for(code).order_by().values("pk")
    condition = Q(kind=kind, language=code, object_id__in=public)
    if kind == Kind.STORY:
        condition &= Q(segment_id=0) | Q(object_id__in=stories_with_transcript)
    return condition


def stories_with_transcript(code=None):
    """Subquery of the story pks (in language ``code`` when given) whose
    transcript the public may read."""
    from cms.stories.models import StoryPage

    stories = StoryPage.objects.all()
    if code is not None:
        stories = listed_in_language(stories, code)
    return stories_with_public_content(stories).order_by().values("pk")


def search(terms, codes, kinds):
    """Public index rows matching ``terms``, best first, with ``score``."""
    matches = Q(pk__in=[])
    ranks = []
    for code in codes:
        query = ts_query(terms, code)
        if query is None:
            continue
        visible = Q(pk__in=[])
        transcripts = stories_with_transcript(code) if Kind.STORY in kinds else None
        for kind in kinds:
            visible |= public_condition(kind, code, transcripts)
        matches |= Q(language=code, vector=query) & visible
        ranks.append(When(language=code, then=SearchRank(F("vector"), query)))
    if not ranks:
        return SearchEntry.objects.none()
    return (
        SearchEntry.objects.filter(matches)
        .annotate(score=Case(*ranks, default=Value(0.0), output_field=FloatField()))
        .order_by(*RANKING)
    )


def ranked_page(results, offset: int, limit: int):
    """(rows ``offset`` to ``offset + limit`` of ``search()``'s ``results``,
    the number of results) in one statement: the total is a window over the
    same matches, so they are ranked and checked for visibility once, not
    once more to count them. Past the end, the total is counted on its own."""
    rows = list(
        results.annotate(museum_total=Window(Count("pk")))[offset : offset + limit]
    )
    if rows:
        return rows, rows[0].museum_total
    return [], (results.count() if offset else 0)


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
