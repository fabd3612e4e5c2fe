"""``GET /api/v1/resolve/?path=/ar/...``: the item behind a path of the public
site, in the language of the path's prefix.

Wagtail's own ``find`` ignores the language prefix and answers with the page
in the default language. Here the prefix is the requested language; the
path is routed from that language's home page, exactly as the site routes it,
and the answer is the same body as the item's detail endpoint (with the same
``?fallback=``), so an app that follows a shared link needs one request. A
page that is not an item (the home page, a section, an event) is answered
with a short page reference.
"""

from urllib.parse import unquote, urlsplit

from django.http import Http404
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import override
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    PolymorphicProxySerializer,
    extend_schema,
)
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.models import Site

from cms.core import languages
from cms.core.api.fallback import FALLBACK_PARAMETER, fallback_chain
from cms.core.api.problems import ProblemError
from cms.core.api.representations import LocaleInfoSerializer, locale_info
from cms.core.api.views import MuseumAPIMixin
from cms.core.localization import api_reading
from cms.core.visibility import is_public

MAX_PATH_LENGTH = 2000

# Page model label → (type, viewset, basename of its routes).
ITEM_PAGES = {
    "exhibits.exhibitpage": (
        "exhibit",
        "cms.exhibits.viewsets.ExhibitAPIViewSet",
        "exhibit",
    ),
    "stories.storypage": ("story", "cms.stories.viewsets.StoryAPIViewSet", "story"),
    "knowledge.knowledgepage": (
        "knowledge",
        "cms.knowledge.viewsets.KnowledgeAPIViewSet",
        "knowledge",
    ),
}
OBJECTS = ("object", "cms.exhibits.viewsets.MuseumObjectAPIViewSet", "object")


class PageMetaSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    url = serializers.URLField()


class PageReferenceSerializer(serializers.Serializer):
    """A page of the site that is not a content item."""

    type = serializers.ChoiceField(choices=["page"])
    page_type = serializers.CharField(
        help_text="The page model, e.g. homepage, exhibitindexpage."
    )
    key = serializers.UUIDField()
    title = serializers.CharField()
    locale = LocaleInfoSerializer()
    meta = PageMetaSerializer()


def _detail(name):
    from cms.exhibits.serializers import (
        ExhibitDetailSerializer,
        MuseumObjectDetailSerializer,
    )
    from cms.knowledge.serializers import KnowledgeDetailSerializer
    from cms.stories.serializers import StoryDetailSerializer

    return {
        "exhibit": ExhibitDetailSerializer,
        "object": MuseumObjectDetailSerializer,
        "story": StoryDetailSerializer,
        "knowledge": KnowledgeDetailSerializer,
    }[name]


class ResolvedSerializer(PolymorphicProxySerializer):
    def __init__(self, *args, **kwargs):
        super().__init__(
            component_name="Resolved",
            serializers=lambda: {
                "exhibit": _detail("exhibit"),
                "object": _detail("object"),
                "story": _detail("story"),
                "knowledge": _detail("knowledge"),
                "page": PageReferenceSerializer,
            },
            resource_type_field_name="type",
            many=False,
        )


def not_found(path):
    return ProblemError(
        404,
        "not-found",
        _("Not found"),
        _("Nothing the public may see is at %(path)s.") % {"path": path[:200]},
    )


class ResolveAPIView(MuseumAPIMixin, APIView):
    """The item behind a site path, honouring its language prefix."""

    paginated = False
    query_parameters = frozenset({"path", "fallback"})

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "path",
                OpenApiTypes.STR,
                required=True,
                description=(
                    "A path (or full URL) of the public site, starting with its "
                    "language prefix: /ar/..., /fr/..., /en/..., /zgh/..."
                ),
            ),
            FALLBACK_PARAMETER,
        ],
        responses=ResolvedSerializer(),
        summary="The item behind a path of the public site",
    )
    def get(self, request):
        raw = request.query_params.get("path", "").strip()
        if not raw:
            raise ProblemError(
                400,
                "invalid-parameter",
                _("Invalid parameter"),
                _("path is required: a path of the public site, such as /ar/."),
                parameter="path",
            )
        if len(raw) > MAX_PATH_LENGTH:
            raise ProblemError(
                400,
                "invalid-parameter",
                _("Invalid parameter"),
                _("path must be at most %(max)d characters.")
                % {"max": MAX_PATH_LENGTH},
                parameter="path",
            )
        path = unquote(urlsplit(raw).path)
        components = [part for part in path.split("/") if part]
        if not components or components[0] not in languages.BY_CODE:
            raise ProblemError(
                404,
                "not-found",
                _("Not found"),
                _(
                    "%(path)s is not a page of the public site: its path starts "
                    "with a language, one of %(codes)s."
                )
                % {"path": path[:200], "codes": ", ".join(languages.CODES)},
            )
        language = languages.BY_CODE[components[0]]
        self.language = language
        chain = fallback_chain(request, language)
        reading = api_reading.get()
        if reading is not None:
            reading["chain"] = chain
        with override(language.code):
            return Response(self.resolve(request, path, components[1:], chain))

    def resolve(self, request, path, components, chain):
        site = (
            Site.find_for_request(request._request)
            or Site.objects.filter(is_default_site=True).first()
        )
        if site is None:
            raise not_found(path)
        try:
            root = site.root_page.localized.specific
            page, args, _kwargs = root.route(request._request, components)
        except Http404 as error:
            raise not_found(path) from error
        page = page.specific
        if not is_public(page):
            raise not_found(path)
        if args and getattr(page, "object_detail", None) is not None:
            view, _view_args, view_kwargs = args[0], args[1], args[2]
            if getattr(view, "__name__", "") != "object_detail":
                raise not_found(path)
            from cms.exhibits.models import MuseumObject

            source = MuseumObject.objects.filter(
                slug=view_kwargs.get("object_slug")
            ).first()
            if source is None:
                raise not_found(path)
            return self.item(request, OBJECTS, source.translation_key, chain)
        kind = ITEM_PAGES.get(page._meta.label_lower)
        if kind is not None:
            return self.item(request, kind, page.translation_key, chain)
        return {
            "type": "page",
            "page_type": page._meta.model_name,
            "key": str(page.translation_key),
            "title": page.title,
            "locale": locale_info(self.language, page.locale.language_code),
            "meta": {"id": page.pk, "url": page.get_full_url(request)},
        }

    def item(self, request, kind, key, chain):
        """The detail endpoint's body for ``key``, in the path's language."""
        _type_name, viewset_path, basename = kind
        viewset_class = import_string(viewset_path)
        view = viewset_class(
            action="retrieve",
            basename=basename,
            format_kwarg=None,
            args=(),
            kwargs={"key": str(key)},
        )
        view.request = request
        view.headers = {}
        view.language = self.language
        view.chain = chain
        try:
            return view.retrieve(request).data
        except ProblemError as error:
            if error.status_code == 404:
                raise not_found(request.query_params["path"]) from error
            raise
