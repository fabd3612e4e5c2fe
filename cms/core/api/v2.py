"""Wagtail's API v2 at ``/api/v2/`` (pages, images, documents, media), kept
because Wagtail tools and front-end starters expect it.

It hides exactly what API v1 hides: every queryset goes through
``cms.core.visibility`` for an *anonymous* visitor, whoever asks (Wagtail's own
v2 would show a logged-in archivist's restricted pages; a CDN must never cache
that). The rules per endpoint:

- pages: live, no view restriction on the page or an ancestor, and for an
  oral history a public consent record (``visibility.public_stories``). Only
  the record fields of a story are API fields (summary, date, language): never
  the recording or the transcript, so a record-only story shows no more than
  in v1. Aliases follow the same rule (same translation key, same record).
- images: not in a collection with a view restriction (nor in the restricted
  recordings collection), and used by a public page or a museum object (v1
  lists every object with its images). An image used only by hidden pages is
  not listed.
- documents: ``visibility.document_is_public`` (not in a restricted collection,
  attached to or linked from a public page), plus never in the restricted
  recordings collection. Downloads go through Wagtail's serve view, which asks
  the same rule (``before_serve_document`` hook).
- media: ``visibility.media_is_public`` (the recording of stories whose content
  is public, or a clip on a public page). ``download_url`` is the
  permission-checking ``/media-files/<id>/<name>`` view, never a file path.

Rich text comes out as HTML (``?rich_text_format=html`` is the default here).
Only JSON is rendered (no browsable HTML API); errors are JSON.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldError, ValidationError
from django.db.models import Q
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.api.rich_text import APIRichText, RichTextFormatError
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents import get_document_model
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection, CollectionViewRestriction, Page, ReferenceIndex
from wagtailmedia import get_media_model
from wagtailmedia.api.views import MediaAPIViewSet

from cms.core import visibility
from cms.core.api.problems import PROBLEM_CONTENT_TYPE, problem_body

logger = logging.getLogger(__name__)

# Rich text in Wagtail's database format (db_html, db_markdown) carries
# internal ``linktype`` markup; this API only gives what a reader sees.
RICH_TEXT_FORMATS = (APIRichText.FORMAT_HTML, APIRichText.FORMAT_MARKDOWN)


# --- the visibility rule, as sets of ids -------------------------------------


def public_page_queryset():
    """Every page an anonymous visitor may see (for a story: its record)."""
    from cms.stories.models import StoryPage

    hidden_stories = StoryPage.objects.exclude(
        pk__in=visibility.public_stories().values("pk")
    )
    return visibility.public_pages(Page.objects.all()).exclude(
        pk__in=hidden_stories.values("pk")
    )


def restricted_collection_ids() -> set[int]:
    """Collections with a view restriction on themselves or an ancestor, and
    the restricted recordings collection with its descendants."""
    from cms.editorial.sync import restricted_recordings_collection

    roots = [
        restriction.collection
        for restriction in CollectionViewRestriction.objects.select_related(
            "collection"
        )
    ]
    recordings = restricted_recordings_collection()
    if recordings is not None:
        roots.append(recordings)
    ids = set()
    for root in roots:
        ids |= set(
            Collection.objects.descendant_of(root, inclusive=True).values_list(
                "pk", flat=True
            )
        )
    return ids


def _view_restricted_collection_ids() -> set[int]:
    ids = set()
    for restriction in CollectionViewRestriction.objects.select_related("collection"):
        ids |= set(
            Collection.objects.descendant_of(
                restriction.collection, inclusive=True
            ).values_list("pk", flat=True)
        )
    return ids


def _ids_referenced_by(model, referrers) -> set[int]:
    """Ids of ``model`` instances that ``referrers`` ((base model, ids)) use."""
    to_type = ContentType.objects.get_for_model(model)
    query = Q()
    for referrer_model, referrer_ids in referrers:
        query |= Q(
            base_content_type=ContentType.objects.get_for_model(referrer_model),
            object_id__in=[str(pk) for pk in referrer_ids],
        )
    if not query:
        return set()
    return {
        int(pk)
        for pk in ReferenceIndex.objects.filter(query, to_content_type=to_type)
        .values_list("to_object_id", flat=True)
        .distinct()
        if str(pk).isdigit()
    }


def _public_page_ids() -> list[int]:
    return list(public_page_queryset().values_list("pk", flat=True))


def public_image_ids() -> set[int]:
    from cms.exhibits.models import MuseumObject

    Image = get_image_model()
    used = _ids_referenced_by(
        Image,
        [
            (Page, _public_page_ids()),
            (MuseumObject, MuseumObject.objects.values_list("pk", flat=True)),
        ],
    )
    return set(
        Image.objects.filter(pk__in=used)
        .exclude(collection__in=restricted_collection_ids())
        .values_list("pk", flat=True)
    )


def public_document_ids() -> set[int]:
    """``visibility.document_is_public``, for all documents at once."""
    Document = get_document_model()
    used = _ids_referenced_by(Document, [(Page, _public_page_ids())])
    return set(
        Document.objects.filter(pk__in=used)
        .exclude(collection__in=restricted_collection_ids())
        .values_list("pk", flat=True)
    )


def public_media_ids() -> set[int]:
    """``visibility.media_is_public``, for all media at once."""
    from cms.stories.models import StoryPage

    Media = get_media_model()
    recorded = StoryPage.objects.filter(recording__isnull=False)
    content_public = set(
        visibility.stories_with_public_content().values_list("pk", flat=True)
    )
    recording_ok: dict[int, bool] = {}
    for story_pk, media_pk in recorded.values_list("pk", "recording_id"):
        recording_ok[media_pk] = recording_ok.get(media_pk, True) and (
            story_pk in content_public
        )
    allowed = {pk for pk, ok in recording_ok.items() if ok}
    allowed |= _ids_referenced_by(Media, [(Page, _public_page_ids())]) - set(
        recording_ok
    )
    return set(
        Media.objects.filter(pk__in=allowed)
        .exclude(collection__in=_view_restricted_collection_ids())
        .values_list("pk", flat=True)
    )


# --- the endpoints -----------------------------------------------------------


class JSONOnly(BaseContentNegotiation):
    """Always JSON, whatever ``Accept`` or ``?format=`` says."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class VisibilityMixin:
    """What every v2 endpoint here shares: JSON only, rich text as HTML,
    JSON errors for anything a query string can provoke."""

    renderer_classes = [JSONRenderer]
    content_negotiation_class = JSONOnly

    def resolve_rich_text_format(self):
        raw = self.request.GET.get("rich_text_format")
        if raw is None:
            return APIRichText.FORMAT_HTML
        if raw not in RICH_TEXT_FORMATS:
            raise BadRequestError(
                "rich_text_format must be one of: " + ", ".join(RICH_TEXT_FORMATS)
            )
        try:
            return APIRichText.resolve_format(raw)
        except RichTextFormatError as exc:
            raise BadRequestError(str(exc)) from exc

    def find_object(self, queryset, request):
        try:
            return super().find_object(queryset, request)
        except (ValueError, ValidationError) as exc:
            raise Http404("not found") from exc

    def handle_exception(self, exc):
        # The same problem+json shape as v1 (cms.core.api.problems), for
        # Wagtail's own errors too; never an HTML page or a traceback.
        if isinstance(exc, Http404):
            exc = exceptions.NotFound()
        elif isinstance(exc, BadRequestError):
            exc = exceptions.ParseError(str(exc))
        elif isinstance(exc, (ValueError, ValidationError, FieldError)):
            exc = exceptions.ParseError("invalid query parameter")
        try:
            return APIView.handle_exception(self, exc)
        except Exception:
            logger.exception("API v2 error on %s", self.request.get_full_path())
            body = problem_body(
                status.HTTP_500_INTERNAL_SERVER_ERROR,
                "Server error",
                "The server could not answer this request.",
                "server-error",
            )
            return Response(
                body,
                status=status.HTTP_500_INTERNAL_SERVER_ERROR,
                content_type=PROBLEM_CONTENT_TYPE,
            )


class PublicPagesAPIViewSet(VisibilityMixin, PagesAPIViewSet):
    def get_base_queryset(self):
        # Wagtail's own rule (live, site, restrictions the request passes)
        # narrowed to what an anonymous visitor may see.
        return (
            super()
            .get_base_queryset()
            .filter(pk__in=public_page_queryset().values("pk"))
        )


class PublicImagesAPIViewSet(VisibilityMixin, ImagesAPIViewSet):
    def get_queryset(self):
        return self.model.objects.filter(pk__in=public_image_ids()).order_by("id")


class PublicDocumentsAPIViewSet(VisibilityMixin, DocumentsAPIViewSet):
    def get_queryset(self):
        return self.model.objects.filter(pk__in=public_document_ids()).order_by("id")


class PublicMediaAPIViewSet(VisibilityMixin, MediaAPIViewSet):
    def get_queryset(self):
        return self.model.objects.filter(pk__in=public_media_ids()).order_by("id")


router = WagtailAPIRouter("api-v2")
router.register_endpoint("pages", PublicPagesAPIViewSet)
router.register_endpoint("images", PublicImagesAPIViewSet)
router.register_endpoint("documents", PublicDocumentsAPIViewSet)
router.register_endpoint("media", PublicMediaAPIViewSet)

# For cms/api.py: ``path("v2/", include(v2.urls))`` (namespace "api-v2").
urls = (router.get_urlpatterns(), router.url_namespace)
