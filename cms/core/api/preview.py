"""``GET /api/v1/preview/?content_type=app.model&token=…``: the draft an editor
is previewing, for a partner's own front end (cms/core/headless_preview.py).

The body is the public detail of that kind (exhibit, story, knowledge),
built by the same viewset and serializer, so the same fields are stripped: a
story whose record is not public (restricted, embargoed) is a 404 like in
``/api/v1/stories/{key}/``, and its recording, segments and captions appear
only where the consent record and the live page already make them public.
Nothing here is cached: ``Cache-Control: private, no-store``, no ETag.
"""

from django.utils.cache import patch_cache_control
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import override
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    PolymorphicProxySerializer,
    extend_schema,
)
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.models import PageViewRestriction

from cms.core import headless_preview, languages
from cms.core.api import http
from cms.core.api import translations as item_translations
from cms.core.api.locale import requested_language
from cms.core.api.problems import ProblemError
from cms.core.api.views import reject_unknown_parameters
from cms.core.localization import api_reading, language_chain

# content type label → (API type, route basename)
KINDS = {
    "exhibits.exhibitpage": ("exhibit", "exhibit"),
    "stories.storypage": ("story", "story"),
    "knowledge.knowledgepage": ("knowledge", "knowledge"),
}


class PreviewSerializer(PolymorphicProxySerializer):
    def __init__(self, *args, **kwargs):
        from cms.exhibits.serializers import ExhibitDetailSerializer
        from cms.knowledge.serializers import KnowledgeDetailSerializer
        from cms.stories.serializers import StoryDetailSerializer

        super().__init__(
            component_name="Preview",
            serializers={
                "exhibit": ExhibitDetailSerializer,
                "story": StoryDetailSerializer,
                "knowledge": KnowledgeDetailSerializer,
            },
            resource_type_field_name="type",
            many=False,
        )


def preview_not_found():
    return ProblemError(
        404,
        "not-found",
        _("Not found"),
        _("No preview for this token: it is unknown or has expired."),
    )


# Not a MuseumAPIMixin view on purpose: no ETag, no 304, no response cache,
# whatever those become for the public endpoints.
class PreviewAPIView(APIView):
    """The draft behind a preview token, as the public detail of its kind
    (never cached; tokens expire)."""

    throttle_classes = [http.AnonymousRateThrottle]
    query_parameters = frozenset({"content_type", "token", "locale"})

    def dispatch(self, request, *args, **kwargs):
        code = request.GET.get("locale")
        if code not in languages.BY_CODE:
            code = languages.SOURCE_LANGUAGE
        token = api_reading.set({"request": request, "chain": None})
        try:
            with override(code):
                return super().dispatch(request, *args, **kwargs)
        finally:
            api_reading.reset(token)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        reject_unknown_parameters(request, self.query_parameters)
        if "locale" in request.query_params:
            requested_language(request)  # a 400 for an unknown language

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "content_type",
                OpenApiTypes.STR,
                required=True,
                enum=sorted(KINDS),
                description="The previewed page's type, as the preview URL gives it.",
            ),
            OpenApiParameter(
                "token",
                OpenApiTypes.STR,
                required=True,
                description="The preview token (signed, short-lived).",
            ),
            OpenApiParameter(
                "locale",
                OpenApiTypes.STR,
                enum=list(languages.CODES),
                description=(
                    "Informative: the draft is always served in its own language."
                ),
            ),
        ],
        responses=PreviewSerializer(),
        summary="The draft an editor previews, for a partner's front end",
    )
    def get(self, request):
        content_type = request.query_params.get("content_type", "")
        token = request.query_params.get("token", "")
        for name, value in (("content_type", content_type), ("token", token)):
            if not value:
                raise ProblemError(
                    400,
                    "invalid-parameter",
                    _("Invalid parameter"),
                    _("%(name)s is required.") % {"name": name},
                    parameter=name,
                )
        page = headless_preview.previewed_page(content_type, token)
        if page is None:
            raise preview_not_found()
        with override(page.locale.language_code):
            return Response(self.detail(request, content_type, page))

    def detail(self, request, content_type, page):
        """The public detail body of ``page``, as its viewset builds it."""
        if PageViewRestriction.objects.filter(
            page__in=page.get_ancestors(inclusive=True)
        ).exists():
            raise preview_not_found()
        if content_type == "stories.storypage" and not page.access.record_is_public:
            raise preview_not_found()  # as /api/v1/stories/{key}/: no title leaks
        _type, basename = KINDS[content_type]
        viewset_class = import_string(headless_preview.PREVIEW_VIEWSETS[content_type])
        language = languages.BY_CODE[page.locale.language_code]
        chain = language_chain(language.code)
        reading = api_reading.get()
        if reading is not None:
            reading["chain"] = chain
        view = viewset_class(
            action="retrieve",
            basename=basename,
            format_kwarg=None,
            args=(),
            kwargs={"key": str(page.translation_key)},
        )
        view.request = request
        view.headers = {}
        view.language = language
        view.chain = chain
        item = view.prepare_detail(page)
        meta, entries = item_translations.describe(view, item)
        context = view.get_serializer_context()
        context["translations"] = entries
        data = view.get_serializer_class()(item, context=context).data
        data["meta"]["translation"] = meta
        if _type == "story" and data.get("recording") is None:
            # The card's flag trusts that only live stories reach it; a draft
            # says what this preview shows.
            data["has_recording"] = False
        return data

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if "ETag" in response:
            del response["ETag"]
        response.headers.pop("Cache-Control", None)
        patch_cache_control(response, private=True, no_store=True)
        return response
