"""Fast construction of published pages and their translations.

``parent.add_child()`` then ``save_revision().publish()`` costs dozens of
queries per page (treebeard looks up the last child every time, publishing
writes a revision, a log entry and runs every publish signal) and
wagtail-localize's sync adds a serialisation per language: far too slow for
10,000 items x 4 languages. Here the tree paths are computed once per parent
and pages are inserted already live: ``append()`` with one ``save()`` (the
model's own save and signals run), ``append_many()`` with one multi-row
INSERT per table for a whole batch (the dataset does what save() would).
Translations are what wagtail-localize makes of them: the same
``translation_key`` in another locale, under that locale's copy of the parent.
"""

from django.db.models import F
from django.utils import timezone
from wagtail.models import Page


class ChildAppender:
    """Appends children after the last existing child of ``parent``."""

    def __init__(self, parent):
        self.parent = parent
        last = Page.objects.filter(
            path__startswith=parent.path, depth=parent.depth + 1
        ).order_by("-path")
        last_path = last.values_list("path", flat=True).first()
        self.next_step = (
            Page._str2int(last_path[-Page.steplen :]) + 1 if last_path else 1
        )
        self.added = 0

    def place(self, page, now=None):
        """Give ``page`` its tree position and published state, unsaved."""
        now = now or timezone.now()
        page.depth = self.parent.depth + 1
        page.path = Page._get_path(self.parent.path, page.depth, self.next_step)
        page.numchild = 0
        page.url_path = f"{self.parent.url_path}{page.slug}/"
        page.locale_id = self.parent.locale_id
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = now
        page.live_revision = None
        page.draft_title = page.title
        # Page.save() asks for the parent (url_path); treebeard caches it here.
        page._cached_parent_obj = self.parent
        self.next_step += 1
        self.added += 1
        return page

    def append(self, page):
        """Save ``page`` (a new, unsaved specific page) as live, last child."""
        self.place(page).save(clean=False)
        return page

    def append_many(self, pages):
        """Insert ``pages`` (new, of one specific type) as live, last children:
        one multi-row INSERT into wagtailcore_page, one into the type's table.
        No ``save()`` and no signal runs: the caller sets derived fields and
        writes child rows, consent records and search rows itself."""
        if not pages:
            return pages
        now = timezone.now()
        for page in pages:
            self.place(page, now)
        Page.objects.bulk_create(pages)  # the base rows; sets page.id
        model = type(pages[0])
        for page in pages:
            page.page_ptr_id = page.id
            page._state.adding = False
        fields = [
            field for field in model._meta.local_concrete_fields if field.concrete
        ]
        model._base_manager._insert(pages, fields=fields, using="default")
        return pages

    def finish(self):
        """Bring the parent's child count up to date (once, not per child)."""
        if self.added:
            Page.objects.filter(pk=self.parent.pk).update(
                numchild=F("numchild") + self.added
            )
            self.added = 0
