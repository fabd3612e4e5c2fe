"""The visibility rule: what the public may see. Every public channel asks here.

Page serving, the APIs, search, sitemaps, feeds, captions and media serving all
go through these functions; nothing else decides.

- A page is public when it is live and has no view restriction on itself or an
  ancestor.
- An oral history (StoryPage) additionally needs its consent record: its
  *record* (title, summary, narrator…) is public when the access level is
  "public" or "metadata" and no embargo runs; its *content* (recording,
  transcript, captions) only when the level is "public" and no embargo runs.
  The record is shared by every language version, so a restriction applies to
  all of them at once.
- A document (attachment) is public only when it is not in a restricted
  collection and a public page attaches or links it.
- An audio or video file is public only when it is not in a restricted
  collection, no non-public story uses it as its recording, and a public page
  uses it (the public recording of a story, or a block on a public page).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef, Q
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, ReferenceIndex


def under_view_restriction():
    """True for a page with a view restriction on itself or an ancestor.

    The same rule as Wagtail's ``PageQuerySet.public()``, but as a subquery
    evaluated with the rest of the statement: Wagtail's reads every
    restriction in a query of its own each time a queryset is built (three
    times for one API detail), and a restriction added between that read and
    the statement would not be seen.
    """
    return Exists(
        PageViewRestriction.objects.annotate(
            restricted_page=ExpressionWrapper(
                OuterRef("path"), output_field=CharField()
            )
        ).filter(restricted_page__startswith=F("page__path"))
    )


def public_pages(queryset=None):
    """Restrict a page queryset to what anonymous visitors may see."""
    if queryset is None:
        queryset = Page.objects.all()
    return queryset.live().filter(~under_view_restriction())


# Above this many restricted sections, hidden_pages checks the restrictions
# inside its statement instead of one path range each.
RESTRICTED_PATH_RANGES = 20


def hidden_pages():
    """Ids of the pages the public may not see: the complement of
    ``public_pages``, as a subquery.

    For a statement that checks many rows of which nearly all are public
    (search): it reads the few hidden pages, from a partial index of the
    unpublished ones and one path range per restricted section, where
    ``public_pages`` reads every public page. The restricted sections are
    read first, in a query of their own, so a restriction added a moment
    before the statement may be missed: whatever is shown must then be
    checked against ``public_pages`` itself (``cms.search.query.confirmed``).
    With more than ``RESTRICTED_PATH_RANGES`` of them, the restrictions are
    checked inside the statement, page by page, as ``public_pages`` does.
    """
    restricted = list(
        PageViewRestriction.objects.order_by()
        .values_list("page__path", flat=True)
        .distinct()[: RESTRICTED_PATH_RANGES + 1]
    )
    condition = Q(live=False)
    if len(restricted) > RESTRICTED_PATH_RANGES:
        condition |= Q(under_view_restriction())
    else:
        for path in restricted:
            condition |= Q(path__startswith=path)
    return Page.objects.filter(condition).order_by().values("pk")


def open_consent_records(levels):
    """Consent records at one of ``levels`` whose embargo (if any) is over."""
    from cms.stories.models import StoryAccess

    today = timezone.localdate()
    return StoryAccess.objects.filter(access_level__in=levels).filter(
        Q(embargo_until__isnull=True) | Q(embargo_until__lte=today)
    )


def open_records():
    """Translation keys of the stories whose record the public may see:
    consent "public" or "metadata", no embargo running."""
    from cms.stories.models import StoryAccess

    levels = [StoryAccess.Level.PUBLIC, StoryAccess.Level.METADATA]
    return open_consent_records(levels).values("translation_key")


def open_contents():
    """Translation keys of the stories whose recording and transcript the
    public may hear and read: consent "public", no embargo running."""
    from cms.stories.models import StoryAccess

    return open_consent_records([StoryAccess.Level.PUBLIC]).values("translation_key")


def public_stories(queryset=None):
    """Stories whose record the public may see (title, summary, people)."""
    from cms.stories.models import StoryPage

    if queryset is None:
        queryset = StoryPage.objects.all()
    return public_pages(queryset).filter(translation_key__in=open_records())


def stories_with_public_content(queryset=None):
    """Stories whose recording and transcript the public may hear and read."""
    from cms.stories.models import StoryPage

    if queryset is None:
        queryset = StoryPage.objects.all()
    return public_pages(queryset).filter(translation_key__in=open_contents())


def _page_is_public(page) -> bool:
    if not page.live:
        return False
    return not PageViewRestriction.objects.filter(
        page__in=page.get_ancestors(inclusive=True)
    ).exists()


def is_public(page) -> bool:
    """Whether anonymous visitors may see ``page`` (for a story: its record)."""
    from cms.stories.models import StoryPage

    if not _page_is_public(page):
        return False
    specific = page.specific
    if isinstance(specific, StoryPage):
        return specific.access.record_is_public
    return True


def public_pages_of_any_kind(queryset=None):
    """``public_pages``, and for stories the record rule, as one queryset of
    pages of any type (links and related items point at any kind)."""
    from django.contrib.contenttypes.models import ContentType

    from cms.stories.models import StoryPage

    story_type = ContentType.objects.get_for_model(StoryPage)
    return public_pages(queryset).exclude(
        Q(content_type=story_type) & ~Q(translation_key__in=open_records())
    )


def public_localized_pages(pages) -> list:
    """``pages`` (any language) as the reader's-language versions the public may
    see, else the first public version along the language's fallback chain;
    pages the public may see in no language are left out. Used wherever
    content links other pages (related items, related blocks)."""
    from cms.core.localization import public_page_versions

    pages = [page for page in pages if page is not None]
    versions = public_page_versions(pages)
    return [versions[page.pk] for page in pages if page.pk in versions]


def story_content_is_public(story) -> bool:
    """Whether the recording, transcript and captions of ``story`` are public."""
    return _page_is_public(story) and story.access.content_is_public


def media_is_public(media) -> bool:
    """Whether anyone may download ``media`` (see the module docstring)."""
    from cms.stories.models import StoryPage

    if media.collection.get_view_restrictions().exists():
        return False
    recorded_in = StoryPage.objects.filter(recording=media)
    if any(not story_content_is_public(story) for story in recorded_in):
        return False
    if recorded_in.exists():
        return True
    return _referenced_by_a_public_page(media)


def _referenced_by_a_public_page(instance) -> bool:
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = {
        int(object_id)
        for object_id in ReferenceIndex.get_references_to(instance)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    }
    return any(is_public(page) for page in Page.objects.filter(pk__in=page_ids))


def document_is_public(document) -> bool:
    """Whether anyone may download ``document``: not in a restricted
    collection, and attached to or linked from at least one public page."""
    if document.collection.get_view_restrictions().exists():
        return False
    return _referenced_by_a_public_page(document)


def public_people(queryset):
    """People the public may see listed: never the narrator or interviewer of
    an interview whose record is not public (their name is personal data),
    unless they also take part in a public one."""
    from cms.stories.models import StoryPage

    def people_of(stories):
        keys = set()
        for role in ("narrator", "interviewer"):
            keys |= set(
                stories.filter(**{f"{role}__isnull": False}).values_list(
                    f"{role}__translation_key", flat=True
                )
            )
        return keys

    public = public_stories()
    hidden = StoryPage.objects.exclude(pk__in=public.values("pk"))
    return queryset.exclude(translation_key__in=people_of(hidden) - people_of(public))
