"""Previews of drafts in a partner's own front end (wagtail-headless-preview).

Off unless ``settings.HEADLESS_PREVIEW_URL`` is set: the admin's own preview
then renders our templates as usual. When it is set, previewing an exhibit, a
story or a knowledge page stores the draft under a signed token and opens
``HEADLESS_PREVIEW_URL?content_type=…&token=…&locale=…``; the partner's front
end reads the draft from ``/api/v1/preview/`` (cms/core/api/preview.py), in the
public API's shape and through the same field stripping. Tokens expire after
``HEADLESS_PREVIEW_TOKEN_MAX_AGE`` seconds.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.utils.http import urlencode
from wagtail_headless_preview.models import HeadlessPreviewMixin, PagePreview

# The page types that have an API v1 detail, and so a headless preview:
# content type label (app_label.modelname) → the viewset that shapes it.
PREVIEW_VIEWSETS = {
    "exhibits.exhibitpage": "cms.exhibits.viewsets.ExhibitAPIViewSet",
    "stories.storypage": "cms.stories.viewsets.StoryAPIViewSet",
    "knowledge.knowledgepage": "cms.knowledge.viewsets.KnowledgeAPIViewSet",
}


def enabled() -> bool:
    return bool(getattr(settings, "HEADLESS_PREVIEW_URL", ""))


def token_max_age() -> int:
    return int(getattr(settings, "HEADLESS_PREVIEW_TOKEN_MAX_AGE", 3600))


class HeadlessPreviewPage(HeadlessPreviewMixin):
    """Mixed into the page types of ``PREVIEW_VIEWSETS`` (before ``BasePage``).
    Without ``HEADLESS_PREVIEW_URL`` it changes nothing: ``serve_preview``
    is Wagtail's own."""

    def serve_preview(self, request, mode_name):
        if enabled():
            return HeadlessPreviewMixin.serve_preview(self, request, mode_name)
        # Skip the package's mixin: the next class is Wagtail's Page.
        return super(HeadlessPreviewMixin, self).serve_preview(request, mode_name)

    def get_client_root_url(self, request) -> str:
        return settings.HEADLESS_PREVIEW_URL

    def get_preview_url(self, request, token: str) -> str:
        root = self.get_client_root_url(request)
        query = urlencode(
            {
                "content_type": self.get_content_type_str(),
                "token": token,
                "locale": self.locale.language_code,
            }
        )
        return f"{root}{'&' if '?' in root else '?'}{query}"


def previewed_page(content_type: str, token: str):
    """The draft stored under ``token`` for a page of ``content_type``
    (``app_label.modelname``), or None when the type has no headless preview,
    or the token is unknown, tampered with or expired."""
    if content_type not in PREVIEW_VIEWSETS or not token:
        return None
    try:
        HeadlessPreviewMixin.get_preview_signer().unsign(token, max_age=token_max_age())
    except signing.BadSignature:  # SignatureExpired included
        return None
    model = apps.get_model(content_type)
    preview = PagePreview.objects.filter(
        content_type=ContentType.objects.get_for_model(model), token=token
    ).first()
    if preview is None:
        return None
    return preview.as_page()
