"""Admin for consent records, and the API viewsets for oral histories."""

from django.http import HttpResponse
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework.decorators import action
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.core.api.content import (
    LOCALE_PARAMETER,
    SEARCH_PARAMETER,
    ContentAPIViewSet,
    invalid_parameter,
    key_parameter,
    ordering_parameter,
)
from cms.core.api.problems import ProblemError
from cms.core.visibility import story_content_is_public
from cms.stories import queries
from cms.stories.captions import to_webvtt
from cms.stories.models import StoryAccess, StoryPage
from cms.stories.serializers import StoryCardSerializer, StoryDetailSerializer
from cms.stories.spoken_languages import validate_language_code


class StoryAccessViewSet(SnippetViewSet):
    """Only archivists hold the permissions on this model (see migrations)."""

    model = StoryAccess
    icon = "lock"
    menu_label = _("Consent and access")
    menu_order = 260
    add_to_admin_menu = True
    list_display = [
        "__str__",
        "access_level",
        "embargo_until",
        "consent_date",
        "updated_at",
    ]
    list_filter = ["access_level"]


STORY_FILTERS = [
    key_parameter("narrator", "Key of the narrator (a person)."),
    OpenApiParameter(
        "original_language",
        OpenApiTypes.STR,
        description="ISO 639-3 code of the spoken language, e.g. ary.",
    ),
    key_parameter("place", "Key of the place of recording."),
    key_parameter("theme", "Key of a theme."),
    OpenApiParameter(
        "has_recording",
        OpenApiTypes.BOOL,
        description="Only stories whose recording the public may hear (true) or the others (false).",
    ),
    SEARCH_PARAMETER,
]


STORY_ORDERINGS = {
    "recorded": ("recorded_year", "sort_title", "pk"),
    "title": ("sort_title", "pk"),
}


@extend_schema_view(
    list=extend_schema(
        parameters=[
            LOCALE_PARAMETER,
            *STORY_FILTERS,
            ordering_parameter(STORY_ORDERINGS, "-recorded"),
        ],
        summary="Oral histories",
    ),
    retrieve=extend_schema(
        parameters=[LOCALE_PARAMETER],
        summary="One interview, with its transcript where allowed",
    ),
)
class StoryAPIViewSet(ContentAPIViewSet):
    """Interviews. Restricted or embargoed ones do not exist here; record-only
    ones have no recording, segments or captions."""

    model = StoryPage
    orderings = STORY_ORDERINGS
    query_parameters = frozenset(
        {"narrator", "original_language", "place", "theme", "has_recording", "search"}
    )

    def get_serializer_class(self):
        return (
            StoryDetailSerializer
            if self.action in ("retrieve",)
            else StoryCardSerializer
        )

    def get_queryset_for(self, code):
        return queries.public_story_records(code)

    def bool_param(self, name):
        raw = self.request.query_params.get(name)
        if raw is None or raw == "":
            return None
        if raw.lower() in ("true", "1"):
            return True
        if raw.lower() in ("false", "0"):
            return False
        raise invalid_parameter(
            name, _("%(name)s must be true or false.") % {"name": name}
        )

    def filter_queryset(self, queryset):
        language = self.request.query_params.get("original_language")
        if language:
            try:
                validate_language_code(language)
            except Exception as error:
                raise invalid_parameter(
                    "original_language", " ".join(error.messages)
                ) from error
        queryset = queries.filter_stories(
            queryset,
            narrator=self.uuid_param("narrator"),
            original_language=language,
            place=self.uuid_param("place"),
            theme=self.uuid_param("theme"),
            has_recording=self.bool_param("has_recording"),
        )
        return self.apply_search(queryset, self.search_param())

    def paginate_queryset(self, queryset):
        return queries.attach_relations(
            super().paginate_queryset(queryset), self.language.code
        )

    def prepare_detail(self, story):
        return queries.attach_relations([story], self.language.code)[0]

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["language"] = self.language
        return context

    @extend_schema(
        parameters=[LOCALE_PARAMETER],
        responses={
            (200, "text/vtt"): OpenApiResponse(
                OpenApiTypes.STR, description="WebVTT captions"
            )
        },
        summary="Captions of one interview in one language",
    )
    @action(detail=True, url_path="captions.vtt", url_name="captions")
    def captions(self, request, key=None):
        story = self.get_object()
        if not story_content_is_public(story):
            raise ProblemError(
                404,
                "not-found",
                _("Not found"),
                _("This interview has no public transcript."),
            )
        response = HttpResponse(
            to_webvtt(story.segments.all(), story.locale.language_code),
            content_type="text/vtt; charset=utf-8",
        )
        response["Content-Language"] = story.locale.language_code
        return response
