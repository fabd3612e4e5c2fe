from django.urls import NoReverseMatch, reverse
from django.utils.module_loading import import_string
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import mixins, serializers, viewsets
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.models import Page

from cms.core import languages
from cms.core.api.serializers import LocaleSerializer
from cms.core.api.views import MuseumAPIMixin
from cms.translation.status import CURRENT, SOURCE, statuses_for


class LocaleAPIViewSet(MuseumAPIMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    """The museum's languages, their direction and script, and fallback chains."""

    serializer_class = LocaleSerializer
    # The content kinds whose translation coverage each language reports.
    coverage_viewsets = {
        "exhibits": "cms.exhibits.viewsets.ExhibitAPIViewSet",
        "objects": "cms.exhibits.viewsets.MuseumObjectAPIViewSet",
        "stories": "cms.stories.viewsets.StoryAPIViewSet",
        "knowledge": "cms.knowledge.viewsets.KnowledgeAPIViewSet",
    }

    def get_queryset(self):
        return list(languages.MUSEUM_LANGUAGES)

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["coverage"] = self.coverage()
        return context

    def coverage(self):
        """``{code: {kind: share}}``: of the items the public sees in the
        source language, the share whose translation in ``code`` is public and
        current (``None`` for a kind with no items)."""
        result = {code: {} for code in languages.CODES}
        for kind, path in self.coverage_viewsets.items():
            viewset = import_string(path)()
            public = {
                code: set(
                    viewset.get_queryset_for(code).values_list(
                        "translation_key", flat=True
                    )
                )
                for code in languages.CODES
            }
            keys = public[languages.SOURCE_LANGUAGE]
            model = Page if issubclass(viewset.model, Page) else viewset.model
            states = statuses_for(model, keys)
            for code in languages.CODES:
                covered = sum(
                    1
                    for key in keys
                    if key in public[code]
                    and states[key][code].status in (SOURCE, CURRENT)
                )
                result[code][kind] = round(covered / len(keys), 3) if keys else None
        return result


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
        "search": "api-v1:search",
        "resolve": "api-v1:resolve",
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
