"""Admin listing for museum objects, and the API viewsets for exhibits and objects."""

from functools import cached_property

from drf_spectacular.utils import extend_schema, extend_schema_view

from cms.core.api.content import (
    LOCALE_PARAMETER,
    SEARCH_PARAMETER,
    ContentAPIViewSet,
    key_parameter,
    ordering_parameter,
    year_parameter,
)
from cms.core.discovery.alternates import exhibit_indexes
from cms.exhibits import queries
from cms.exhibits.models import ExhibitPage, MuseumObject
from cms.exhibits.serializers import (
    ExhibitCardSerializer,
    ExhibitDetailSerializer,
    MuseumObjectDetailSerializer,
    MuseumObjectSerializer,
)
from cms.translation.permissions import LanguageTeamSnippetViewSet


class MuseumObjectViewSet(LanguageTeamSnippetViewSet):
    """Translatable: a translator's rights apply to their language only."""

    model = MuseumObject
    icon = "doc-full"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["accession_number", "title", "date", "locale"]
    list_filter = ["locale", "rights", "place"]
    search_fields = ["title", "accession_number", "description", "materials"]
    ordering = ["accession_number"]


EXHIBIT_FILTERS = [
    key_parameter("theme", "Key of a theme."),
    key_parameter("place", "Key of a place."),
    year_parameter("period_from", "Exhibits whose period ends in or after this year."),
    year_parameter("period_to", "Exhibits whose period starts in or before this year."),
    SEARCH_PARAMETER,
]


EXHIBIT_ORDERINGS = {
    "period": ("period_start_year", "sort_title", "pk"),
    "title": ("sort_title", "pk"),
}
OBJECT_ORDERINGS = {
    "accession_number": ("accession_number", "pk"),
    "title": ("title", "pk"),
    "date": ("date_start_year", "accession_number", "pk"),
}


@extend_schema_view(
    list=extend_schema(
        parameters=[
            LOCALE_PARAMETER,
            *EXHIBIT_FILTERS,
            ordering_parameter(EXHIBIT_ORDERINGS, "period"),
        ],
        summary="Exhibits",
    ),
    retrieve=extend_schema(parameters=[LOCALE_PARAMETER], summary="One exhibit, whole"),
)
class ExhibitAPIViewSet(ContentAPIViewSet):
    """Curated exhibits: cards in the list, the whole exhibit in detail."""

    model = ExhibitPage
    orderings = EXHIBIT_ORDERINGS
    query_parameters = frozenset(
        {"theme", "place", "period_from", "period_to", "search"}
    )

    def get_serializer_class(self):
        return (
            ExhibitDetailSerializer
            if self.action == "retrieve"
            else ExhibitCardSerializer
        )

    def get_queryset_for(self, code):
        return queries.public_exhibits(code)

    def filter_queryset(self, queryset):
        queryset = queries.filter_exhibits(
            queryset,
            theme=self.uuid_param("theme"),
            place=self.uuid_param("place"),
            period_from=self.year_param("period_from"),
            period_to=self.year_param("period_to"),
        )
        return self.apply_search(queryset, self.search_param())

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        return queries.attach_places(page, self.language.code)

    def detail_queryset(self):
        return super().detail_queryset().select_related("curator")

    def prepare_detail(self, exhibit):
        return queries.exhibit_detail_relations(exhibit, self.language.code)

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["language"] = self.language
        if self.action == "retrieve":
            context["objects_index"] = exhibit_indexes().get(self.language.code)
        return context


OBJECT_FILTERS = [
    key_parameter("theme", "Key of a theme."),
    key_parameter("place", "Key of a place."),
    SEARCH_PARAMETER,
]


@extend_schema_view(
    list=extend_schema(
        parameters=[
            LOCALE_PARAMETER,
            *OBJECT_FILTERS,
            ordering_parameter(OBJECT_ORDERINGS, "accession_number"),
        ],
        summary="Museum objects",
    ),
    retrieve=extend_schema(parameters=[LOCALE_PARAMETER], summary="One museum object"),
)
class MuseumObjectAPIViewSet(ContentAPIViewSet):
    """The objects the museum holds or borrows, with dates, places and rights."""

    model = MuseumObject
    orderings = OBJECT_ORDERINGS
    query_parameters = frozenset({"theme", "place", "search"})

    def get_serializer_class(self):
        return (
            MuseumObjectDetailSerializer
            if self.action == "retrieve"
            else MuseumObjectSerializer
        )

    def get_queryset_for(self, code):
        return queries.public_objects(code)

    @cached_property
    def sections(self) -> dict:
        """The exhibits section of each language, read once per request: a
        detail links to the object's page in each of them."""
        return exhibit_indexes()

    def public_url(self, version):
        """The object's page in the exhibits section of its language."""
        index = self.sections.get(version.locale.language_code)
        return (
            index.object_url(version.accession_number, self.request) if index else None
        )

    def filter_queryset(self, queryset):
        queryset = queries.filter_objects(
            queryset, theme=self.uuid_param("theme"), place=self.uuid_param("place")
        )
        return self.apply_search(queryset, self.search_param())

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        return queries.attach_object_relations(page, self.language.code)

    def prepare_detail(self, obj):
        return queries.attach_object_relations([obj], self.language.code)[0]

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["language"] = self.language
        context["objects_index"] = self.sections.get(self.language.code)
        return context
