from django.urls import NoReverseMatch, reverse
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import mixins, serializers, viewsets
from rest_framework.response import Response
from rest_framework.views import APIView

from cms.core import languages
from cms.core.api.serializers import LocaleSerializer
from cms.core.api.views import MuseumAPIMixin


class LocaleAPIViewSet(MuseumAPIMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    """The museum's languages, their direction and script, and fallback chains."""

    serializer_class = LocaleSerializer

    def get_queryset(self):
        return list(languages.MUSEUM_LANGUAGES)


class APIIndexView(MuseumAPIMixin, APIView):
    """``GET /api/v1/``: links to every endpoint."""

    paginated = False
    # Route names listed on the index; cms/api.py registers them.
    endpoint_names = {
        "locales": "api-v1:locale-list",
        "exhibits": "api-v1:exhibit-list",
        "objects": "api-v1:object-list",
        "stories": "api-v1:story-list",
        "knowledge": "api-v1:knowledge-list",
        "themes": "api-v1:theme-list",
        "places": "api-v1:place-list",
        "people": "api-v1:person-list",
        "institutions": "api-v1:institution-list",
        "schema": "api-v1:schema",
        "docs": "api-v1:docs",
    }

    @extend_schema(
        responses=inline_serializer(
            "APIIndex",
            fields={"endpoints": serializers.DictField(child=serializers.URLField())},
        )
    )
    def get(self, request):
        endpoints = {}
        for name, route in self.endpoint_names.items():
            try:
                endpoints[name] = request.build_absolute_uri(reverse(route))
            except NoReverseMatch:
                continue
        return Response({"endpoints": endpoints})
