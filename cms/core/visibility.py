"""The visibility rule: what the public may see. Every public channel asks here.

Page serving, the APIs, search, sitemaps, feeds, captions and media serving all
go through these functions; nothing else decides. A page is public when it is
live, has no view restriction on itself or an ancestor, and (as the content
kinds grow) is neither embargoed nor withheld by its access level.
"""

from wagtail.models import Page, PageViewRestriction


def public_pages(queryset=None):
    """Restrict a page queryset to what anonymous visitors may see."""
    if queryset is None:
        queryset = Page.objects.all()
    return queryset.live().public()


def is_public(page: Page) -> bool:
    """Whether anonymous visitors may see ``page``."""
    if not page.live:
        return False
    return not PageViewRestriction.objects.filter(
        page__in=page.get_ancestors(inclusive=True)
    ).exists()
