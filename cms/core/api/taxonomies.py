"""``/api/v1/taxonomies/{themes,places,people,institutions}/``: the shared
vocabularies in the requested language (else its fallback chain), with keys."""

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, viewsets

from cms.core.api.content import LOCALE_PARAMETER
from cms.core.api.views import MuseumAPIMixin
from cms.core.localization import language_chain
from cms.core.models import Institution, Person, Place, Theme
from cms.core.visibility import public_people


class ThemeEntrySerializer(serializers.Serializer):
    key = serializers.UUIDField(source="translation_key")
    name = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    locale = serializers.CharField(source="locale.language_code")


class PlaceEntrySerializer(serializers.Serializer):
    key = serializers.UUIDField(source="translation_key")
    name = serializers.CharField()
    country = serializers.CharField()
    lat = serializers.FloatField(source="latitude", allow_null=True)
    lon = serializers.FloatField(source="longitude", allow_null=True)
    locale = serializers.CharField(source="locale.language_code")


class PersonEntrySerializer(serializers.Serializer):
    """Public fields only: no contact data is ever stored or shown."""

    key = serializers.UUIDField(source="translation_key")
    name = serializers.CharField()
    roles = serializers.CharField(allow_blank=True)
    biography = serializers.CharField(allow_blank=True)
    locale = serializers.CharField(source="locale.language_code")


class InstitutionEntrySerializer(serializers.Serializer):
    key = serializers.UUIDField(source="translation_key")
    name = serializers.CharField()
    country = serializers.CharField()
    kind = serializers.CharField()
    website = serializers.URLField(allow_blank=True)
    locale = serializers.CharField(source="locale.language_code")


class TaxonomyAPIViewSet(
    MuseumAPIMixin, mixins.ListModelMixin, viewsets.GenericViewSet
):
    model = None

    def visible(self, queryset):
        """What the public may see of this vocabulary."""
        if self.model is Person:
            return public_people(queryset)
        return queryset

    def get_queryset(self):
        # One version per key: the requested language, else the first fallback.
        chain = language_chain(self.language.code)
        versions = {}
        items = self.visible(self.model.objects.filter(locale__language_code__in=chain))
        for item in items.select_related("locale"):
            current = versions.get(item.translation_key)
            if current is None or chain.index(item.locale.language_code) < chain.index(
                current.locale.language_code
            ):
                versions[item.translation_key] = item
        return sorted(
            versions.values(),
            key=lambda item: (item.name.casefold(), str(item.translation_key)),
        )


def taxonomy_viewset(model, serializer, summary):
    return extend_schema(parameters=[LOCALE_PARAMETER], summary=summary)(
        type(
            f"{model.__name__}APIViewSet",
            (TaxonomyAPIViewSet,),
            {"model": model, "serializer_class": serializer, "__doc__": summary},
        )
    )


ThemeAPIViewSet = taxonomy_viewset(Theme, ThemeEntrySerializer, "Themes")
PlaceAPIViewSet = taxonomy_viewset(
    Place, PlaceEntrySerializer, "Places with coordinates"
)
PersonAPIViewSet = taxonomy_viewset(
    Person, PersonEntrySerializer, "People (curators, narrators, interviewers)"
)
InstitutionAPIViewSet = taxonomy_viewset(
    Institution, InstitutionEntrySerializer, "Institutions"
)
