"""Knowledge listings, facets and details, shared by the site and the API."""

import uuid
from collections import Counter
from urllib.parse import urlencode

from django.db.models import Count, Q

from cms.core.localization import localized_versions, localized_versions_of
from cms.core.models import Institution, Theme, listed_in_language, listed_under
from cms.core.visibility import public_pages
from cms.knowledge.models import (
    SDG_NAMES,
    EventKnowledge,
    KnowledgeInstitution,
    KnowledgePage,
    KnowledgeTheme,
    PeerExchangeEvent,
)

FILTER_NAMES = ("kind", "theme", "country", "institution", "sdg")


def public_knowledge(code=None, parent=None):
    pages = public_pages(KnowledgePage.objects.all())
    if code:
        pages = listed_in_language(pages, code)
    if parent is not None:
        pages = listed_under(pages, parent)
    return pages.select_related("locale", "contact_institution").order_by(
        "-published_on", "sort_title", "pk"
    )


def public_events(code=None):
    events = public_pages(PeerExchangeEvent.objects.all())
    if code:
        events = events.filter(locale__language_code=code)
    return events.select_related("locale", "place", "host").order_by(
        "-start_date", "pk"
    )


def listing_filters(params):
    """The valid filters in a query string (a public page ignores bad ones)."""
    filters = {}
    if params.get("kind") in KnowledgePage.Kind.values:
        filters["kind"] = params["kind"]
    for name in ("theme", "institution"):
        try:
            filters[name] = uuid.UUID(params.get(name, ""))
        except ValueError:
            continue
    country = params.get("country", "").upper()
    if len(country) == 2 and country.isalpha():
        filters["country"] = country
    sdg = params.get("sdg", "")
    if sdg.isdigit() and 1 <= int(sdg) <= 17:
        filters["sdg"] = int(sdg)
    return filters


def filter_knowledge(
    pages, *, kind=None, theme=None, country=None, institution=None, sdg=None
):
    """Narrow ``pages``; filters combine (all must hold)."""
    if kind:
        pages = pages.filter(kind=kind)
    if theme:
        pages = pages.filter(page_themes__theme__translation_key=theme)
    if country:
        pages = pages.filter(countries__contains=[country])
    if institution:
        pages = pages.filter(
            page_institutions__institution__translation_key=institution
        )
    if sdg:
        pages = pages.filter(sdgs__contains=[sdg])
    if theme or institution:
        pages = pages.distinct()
    return pages


def querystring(filters, **changes):
    values = {**filters, **changes}
    return urlencode(
        {name: value for name, value in values.items() if value not in (None, "")}
    )


def facets(base, filters, code):
    """Counts per value of each facet, given the other active filters.

    A fixed number of queries whatever the number of pages.
    """

    def others(name):
        return filter_knowledge(base, **{k: v for k, v in filters.items() if k != name})

    kinds = dict(KnowledgePage.Kind.choices)
    kind_counts = {
        row["kind"]: row["n"]
        for row in others("kind")
        .order_by()
        .values("kind")
        .annotate(n=Count("pk", distinct=True))
    }
    theme_counts = {
        row["theme__translation_key"]: row["n"]
        for row in KnowledgeTheme.objects.filter(page__in=others("theme").values("pk"))
        .values("theme__translation_key")
        .annotate(n=Count("page", distinct=True))
    }
    institution_counts = {
        row["institution__translation_key"]: row["n"]
        for row in KnowledgeInstitution.objects.filter(
            page__in=others("institution").values("pk")
        )
        .values("institution__translation_key")
        .annotate(n=Count("page", distinct=True))
    }
    country_counts = Counter(
        country
        for countries in others("country").values_list("countries", flat=True)
        for country in countries
    )
    sdg_counts = Counter(
        number
        for sdgs in others("sdg").values_list("sdgs", flat=True)
        for number in sdgs
    )
    themes = localized_versions(Theme, theme_counts, code)
    institutions = localized_versions(Institution, institution_counts, code)

    def facet(name, items):
        return [
            {
                "value": str(value),
                "label": str(label),
                "count": count,
                "selected": str(filters.get(name, "")) == str(value),
                "query": querystring(filters, **{name: value}, page=None),
            }
            for value, label, count in items
        ]

    return {
        "kind": facet(
            "kind",
            [(value, kinds[value], n) for value, n in sorted(kind_counts.items())],
        ),
        "theme": facet(
            "theme",
            sorted(
                (
                    (key, themes[key].name, n)
                    for key, n in theme_counts.items()
                    if key in themes
                ),
                key=lambda i: i[1],
            ),
        ),
        "country": facet(
            "country",
            [(code_, code_, n) for code_, n in sorted(country_counts.items())],
        ),
        "institution": facet(
            "institution",
            sorted(
                (
                    (key, institutions[key].name, n)
                    for key, n in institution_counts.items()
                    if key in institutions
                ),
                key=lambda i: i[1],
            ),
        ),
        "sdg": facet(
            "sdg",
            [
                (number, f"{number}. {SDG_NAMES[number]}", n)
                for number, n in sorted(sdg_counts.items())
            ],
        ),
    }


def attach_relations(pages, code):
    """Localized institutions and themes on each page, in a fixed number of queries."""
    pages = list(pages)
    institution_links, theme_links = {}, {}
    for link in (
        KnowledgeInstitution.objects.filter(page__in=pages)
        .select_related("institution")
        .order_by("sort_order")
    ):
        institution_links.setdefault(link.page_id, []).append(link.institution)
    for link in (
        KnowledgeTheme.objects.filter(page__in=pages)
        .select_related("theme")
        .order_by("sort_order")
    ):
        theme_links.setdefault(link.page_id, []).append(link.theme)
    institutions = localized_versions_of(
        Institution, [i for items in institution_links.values() for i in items], code
    )
    themes = localized_versions_of(
        Theme, [t for items in theme_links.values() for t in items], code
    )
    for page in pages:
        page.localized_institutions = [
            institutions.get(i.translation_key, i)
            for i in institution_links.get(page.pk, [])
        ]
        page.localized_themes = [
            themes.get(t.translation_key, t) for t in theme_links.get(page.pk, [])
        ]
    return pages


def knowledge_detail_relations(page, code):
    """Institutions, themes, contact, attachments, related pages and events."""
    attach_relations([page], code)
    page.localized_contact = (
        localized_versions_of(Institution, [page.contact_institution], code).get(
            page.contact_institution.translation_key
        )
        if page.contact_institution
        else None
    )
    page.documents = [
        link.document for link in page.attachments.select_related("document")
    ]
    theme_keys = [t.translation_key for t in page.localized_themes]
    institution_keys = [i.translation_key for i in page.localized_institutions]
    shares_something = Q(page_themes__theme__translation_key__in=theme_keys) | Q(
        page_institutions__institution__translation_key__in=institution_keys
    )
    related_ids = (
        KnowledgePage.objects.filter(shares_something)
        .exclude(translation_key=page.translation_key)
        .values("pk")
    )
    page.related = attach_relations(
        public_knowledge(code).filter(pk__in=related_ids)[:5], code
    )
    event_keys = EventKnowledge.objects.filter(
        knowledge_page__translation_key=page.translation_key
    ).values("page__translation_key")
    page.events = list(public_events(code).filter(translation_key__in=event_keys))
    return page
