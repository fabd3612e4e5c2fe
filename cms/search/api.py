"""``GET /api/v1/search/?q=``: every kind, matched in each language's way."""

from django.urls import reverse
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers

from cms.core import languages
from cms.core.api.content import LOCALE_PARAMETER, MAX_SEARCH_LENGTH
from cms.core.api.pagination import MuseumLimitOffsetPagination
from cms.core.api.problems import ProblemError
from cms.core.api.representations import LocaleInfoSerializer, locale_info
from cms.core.api.views import MuseumAPIMixin
from cms.search import query as search_query
from cms.search.models import SearchEntry

Kind = SearchEntry.Kind
# The detail route of each kind (cms/api.py).
DETAIL_ROUTES = {
    Kind.EXHIBIT: "api-v1:exhibit-detail",
    Kind.OBJECT: "api-v1:object-detail",
    Kind.STORY: "api-v1:story-detail",
    Kind.KNOWLEDGE: "api-v1:knowledge-detail",
}


class SegmentHitSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    start = serializers.FloatField(help_text="Seconds from the start of the recording.")
    end = serializers.FloatField()
    text = serializers.CharField()


class SearchResultSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=Kind.values)
    key = serializers.UUIDField(help_text="Translation key of the item.")
    title = serializers.CharField()
    excerpt = serializers.CharField(help_text="Plain text around the match.")
    score = serializers.FloatField()
    locale = LocaleInfoSerializer()
    url = serializers.URLField(
        allow_null=True,
        help_text="Public page; for a transcript hit, with #t=<start> (media fragment).",
    )
    api_url = serializers.URLField()
    segment = SegmentHitSerializer(
        required=False, help_text="Only for a hit in an interview's transcript."
    )


def bad_parameter(name, detail):
    return ProblemError(
        400, "invalid-parameter", _("Invalid parameter"), detail, parameter=name
    )


class SearchPagination(MuseumLimitOffsetPagination):
    """The page of hits and their number in one statement (``ranked_page``):
    the matches are ranked and checked once, not once more to count them."""

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.limit = self.get_limit(request)
        self.offset = self.get_offset(request)
        rows, self.count = search_query.ranked_page(queryset, self.offset, self.limit)
        return rows


@extend_schema(
    summary="Search every kind of content",
    parameters=[
        OpenApiParameter(
            "q",
            OpenApiTypes.STR,
            required=True,
            description=(
                f"Words to look for (at most {MAX_SEARCH_LENGTH} characters). French "
                "and English ignore accents; Arabic ignores tashkeel, tatweel and "
                "alef, taa marbuta and alef maqsura variants; Tifinagh words match "
                "as written. The last word also matches as a prefix."
            ),
        ),
        OpenApiParameter(
            "type",
            OpenApiTypes.STR,
            description="Comma list of kinds: exhibit, object, story, knowledge.",
        ),
        OpenApiParameter(
            "scope",
            OpenApiTypes.STR,
            enum=["all"],
            description="all: search every language; each hit says its language.",
        ),
        LOCALE_PARAMETER,
    ],
)
class SearchAPIView(MuseumAPIMixin, generics.ListAPIView):
    """Hits in the requested language (or every language with ``scope=all``),
    best first. Only what the public may see; transcript hits only where
    the interview's transcript is public, each linked to its time."""

    serializer_class = SearchResultSerializer
    pagination_class = SearchPagination
    query_parameters = frozenset({"q", "type", "scope"})

    def terms(self):
        raw = self.request.query_params.get("q", "").strip()
        if not raw:
            raise bad_parameter("q", _("q is required: the words to look for."))
        if len(raw) > MAX_SEARCH_LENGTH:
            raise bad_parameter(
                "q",
                _("q must be at most %(max)d characters.") % {"max": MAX_SEARCH_LENGTH},
            )
        return raw

    def kinds(self):
        raw = self.request.query_params.get("type", "")
        if not raw:
            return list(Kind.values)
        kinds = [part.strip() for part in raw.split(",") if part.strip()]
        unknown = [kind for kind in kinds if kind not in Kind.values]
        if unknown or not kinds:
            raise bad_parameter(
                "type",
                _("type must be a comma list of %(kinds)s, not %(value)r.")
                % {"kinds": ", ".join(Kind.values), "value": raw[:40]},
            )
        return kinds

    def codes(self):
        scope = self.request.query_params.get("scope")
        if scope is None or scope == "":
            return [self.language.code]
        if scope != "all":
            raise bad_parameter(
                "scope", _("scope must be all, not %(value)r.") % {"value": scope[:40]}
            )
        return list(languages.CODES)

    def get_queryset(self):
        return search_query.search(self.terms(), self.codes(), self.kinds())

    def list(self, request, *args, **kwargs):
        terms = self.terms()
        entries = self.paginate_queryset(self.get_queryset())
        results = [
            self.result(entry, terms, links)
            for entry, links in zip(entries, self.links(entries), strict=True)
        ]
        return self.get_paginated_response(results)

    def links(self, entries):
        """(url, api_url) of each entry, in a fixed number of queries."""
        request = self.request
        links = []
        for entry, url in zip(
            entries,
            search_query.entry_urls(entries, request, absolute=True),
            strict=True,
        ):
            api_url = request.build_absolute_uri(
                reverse(
                    DETAIL_ROUTES[entry.kind], kwargs={"key": entry.translation_key}
                )
            )
            links.append((url, f"{api_url}?locale={entry.language}"))
        return links

    def result(self, entry, terms, links):
        url, api_url = links
        text = entry.text or ""
        result = {
            "type": entry.kind,
            "key": str(entry.translation_key),
            "title": entry.title,
            "excerpt": search_query.excerpt(text, terms, entry.language),
            "score": round(entry.score, 6),
            "locale": locale_info(self.language, entry.language),
            "url": url,
            "api_url": api_url,
        }
        if entry.segment_id:
            result["segment"] = {
                "id": entry.segment_id,
                "start": float(entry.start),
                "end": float(entry.end),
                "text": text,
            }
        return result
