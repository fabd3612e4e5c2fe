"""The API routers, built in one place. Content apps register their viewsets here."""

from csp.constants import UNSAFE_INLINE
from csp.decorators import csp_update
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import SimpleRouter

from cms.core.api import v2
from cms.core.api.preview import PreviewAPIView
from cms.core.api.resolve import ResolveAPIView
from cms.core.api.taxonomies import (
    InstitutionAPIViewSet,
    PersonAPIViewSet,
    PlaceAPIViewSet,
    ThemeAPIViewSet,
)
from cms.core.api.viewsets import APIIndexView, LocaleAPIViewSet
from cms.exhibits.viewsets import ExhibitAPIViewSet, MuseumObjectAPIViewSet
from cms.knowledge.viewsets import KnowledgeAPIViewSet
from cms.search.api import SearchAPIView
from cms.stories.viewsets import StoryAPIViewSet

v1_router = SimpleRouter()
v1_router.register("locales", LocaleAPIViewSet, basename="locale")
v1_router.register("exhibits", ExhibitAPIViewSet, basename="exhibit")
v1_router.register("objects", MuseumObjectAPIViewSet, basename="object")
v1_router.register("stories", StoryAPIViewSet, basename="story")
v1_router.register("knowledge", KnowledgeAPIViewSet, basename="knowledge")
v1_router.register("taxonomies/themes", ThemeAPIViewSet, basename="theme")
v1_router.register("taxonomies/places", PlaceAPIViewSet, basename="place")
v1_router.register("taxonomies/people", PersonAPIViewSet, basename="person")
v1_router.register(
    "taxonomies/institutions", InstitutionAPIViewSet, basename="institution"
)

v1_urlpatterns = [
    path("", APIIndexView.as_view(), name="index"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # Swagger UI: its script served as a file (the split view), its React
    # widgets' inline styles allowed on this page only (cms/core/csp.py).
    path(
        "docs/",
        csp_update({"style-src": [UNSAFE_INLINE]})(
            SpectacularSwaggerSplitView.as_view(url_name="api-v1:schema")
        ),
        name="docs",
    ),
    path("resolve/", ResolveAPIView.as_view(), name="resolve"),
    path("search/", SearchAPIView.as_view(), name="search"),
    # Drafts for partners' own front ends (cms/core/headless_preview.py).
    path("preview/", PreviewAPIView.as_view(), name="preview"),
    *v1_router.urls,
]

urlpatterns = [
    path("v1/", include((v1_urlpatterns, "api-v1"))),
    path("v2/", include(v2.urls)),
]
