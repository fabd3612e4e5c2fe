from django.http import Http404
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from cms.core.viewsets import TaxonomyViewSetGroup
from cms.core.visibility import document_is_public

register_snippet(TaxonomyViewSetGroup)


@hooks.register("before_serve_document")
def serve_only_public_documents(document, request):
    """Attachments of unpublished or restricted pages are not served to the
    public (editors who may edit the document still get it)."""
    user = request.user
    if user.is_authenticated and document.is_editable_by_user(user):
        return None
    if not document_is_public(document):
        raise Http404
    return None


@hooks.register("register_rich_text_features", order=100)
def link_public_same_language_pages(features):
    """Replaces Wagtail's page link handler (registered at order 0) with one
    that follows the visibility rule and the reader's language chain."""
    from cms.core.richtext import MuseumPageLinkHandler

    features.register_link_type(MuseumPageLinkHandler)
