from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view

from cms.core.api.content import (
    LOCALE_PARAMETER,
    SEARCH_PARAMETER,
    ContentAPIViewSet,
    invalid_parameter,
    key_parameter,
    ordering_parameter,
)
from cms.knowledge import queries
from cms.knowledge.models import KnowledgePage
from cms.knowledge.serializers import KnowledgeCardSerializer, KnowledgeDetailSerializer

KNOWLEDGE_FILTERS = [
    OpenApiParameter("kind", OpenApiTypes.STR, enum=KnowledgePage.Kind.values),
    key_parameter("theme", "Key of a theme."),
    OpenApiParameter(
        "country", OpenApiTypes.STR, description="ISO 3166-1 alpha-2, e.g. SN."
    ),
    key_parameter("institution", "Key of an institution."),
    OpenApiParameter(
        "sdg", OpenApiTypes.INT, description="Sustainable Development Goal, 1 to 17."
    ),
    SEARCH_PARAMETER,
]


KNOWLEDGE_ORDERINGS = {
    "published": ("published_on", "sort_title", "pk"),
    "title": ("sort_title", "pk"),
}


@extend_schema_view(
    list=extend_schema(
        parameters=[
            LOCALE_PARAMETER,
            *KNOWLEDGE_FILTERS,
            ordering_parameter(KNOWLEDGE_ORDERINGS, "-published"),
        ],
        summary="Knowledge pages",
    ),
    retrieve=extend_schema(
        parameters=[LOCALE_PARAMETER],
        summary="One knowledge page, with attachments and events",
    ),
)
class KnowledgeAPIViewSet(ContentAPIViewSet):
    """Practices, case studies and lessons shared between institutions."""

    model = KnowledgePage
    orderings = KNOWLEDGE_ORDERINGS
    query_parameters = frozenset(
        {"kind", "theme", "country", "institution", "sdg", "search"}
    )

    def get_serializer_class(self):
        return (
            KnowledgeDetailSerializer
            if self.action == "retrieve"
            else KnowledgeCardSerializer
        )

    def get_queryset_for(self, code):
        return queries.public_knowledge(code)

    def filter_queryset(self, queryset):
        params = self.request.query_params
        kind = params.get("kind")
        if kind and kind not in KnowledgePage.Kind.values:
            raise invalid_parameter(
                "kind", f"kind must be one of {', '.join(KnowledgePage.Kind.values)}."
            )
        country = params.get("country", "").upper() or None
        if country and not (len(country) == 2 and country.isalpha()):
            raise invalid_parameter(
                "country", "country must be a two-letter ISO 3166-1 code, such as SN."
            )
        sdg = self.year_param("sdg")
        if sdg is not None and not 1 <= sdg <= 17:
            raise invalid_parameter("sdg", "sdg must be a number from 1 to 17.")
        queryset = queries.filter_knowledge(
            queryset,
            kind=kind,
            theme=self.uuid_param("theme"),
            country=country,
            institution=self.uuid_param("institution"),
            sdg=sdg,
        )
        return self.apply_search(queryset, self.search_param())

    def paginate_queryset(self, queryset):
        return queries.attach_relations(
            super().paginate_queryset(queryset), self.language.code
        )

    def prepare_detail(self, page):
        return queries.knowledge_detail_relations(page, self.language.code)

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["language"] = self.language
        return context
