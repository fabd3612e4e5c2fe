"""Pages shared by the whole museum: the abstract base and the home page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core.page_permissions import MuseumPagePermissionTester
from cms.core.visibility import public_pages

# Rich text features for short introductions: no headings, no embeds.
INTRODUCTION_FEATURES = ["bold", "italic", "link"]


def page_translatable_fields(*fields):
    """Wagtail's own page fields, declared explicitly, followed by ``fields``.

    wagtail-localize would otherwise guess from field types; every page model
    states its list on the class (a test checks it covers every field).
    """
    return [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus"),
        *fields,
    ]


class BasePage(Page):
    """What every museum page has in common. Abstract: no table of its own."""

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        return MuseumPagePermissionTester(user, self)


class ListedPage(BasePage):
    """A page listed by language and a sort order of its own (exhibits,
    stories, knowledge). Abstract.

    The listing key repeats the page's language and title on the page type's
    own table: a listing filters on the language and orders by a column of
    that table then the title, and PostgreSQL cannot index across this table
    and ``wagtailcore_page``. Each subclass declares one index starting with
    ``sort_locale_id`` and ending with ``sort_title, page_ptr``; a page of 20
    then reads 20 index entries however many items the museum holds.
    ``save()`` writes the copies, so they never differ from the page.
    """

    sort_locale_id = models.IntegerField(editable=False, default=0)
    sort_title = models.CharField(max_length=255, editable=False, default="")

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.sort_locale_id = self.locale_id or 0
        self.sort_title = self.title or ""
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"title", "locale", "locale_id"} & set(
            update_fields
        ):
            kwargs["update_fields"] = {*update_fields, "sort_locale_id", "sort_title"}
        super().save(*args, **kwargs)


def listed_in_language(pages, code: str):
    """``pages`` (of a ``ListedPage`` model) in language ``code``.

    The page's own locale decides; the same condition on the listing key's
    copy lets PostgreSQL read the listing's index from its first column (the
    locale's id is looked up inside the statement). A stale copy could only
    hide a page, never show one in another language.
    """
    from django.db.models import Subquery
    from wagtail.models import Locale

    locale_id = Locale.objects.filter(language_code=code).values("pk")[:1]
    return pages.filter(locale__language_code=code, sort_locale_id=Subquery(locale_id))


def listed_under(pages, section):
    """``pages`` (of a ``ListedPage`` model) that are children of ``section``:
    a section's children are in its language, which lets the listing's index
    serve the section page too."""
    return pages.child_of(section).filter(sort_locale_id=section.locale_id)


class HomePage(BasePage):
    introduction = RichTextField(
        _("introduction"), features=INTRODUCTION_FEATURES, blank=True
    )
    featured_story = models.ForeignKey(
        "stories.StoryPage",
        verbose_name=_("featured story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown on the home page only while its record is public: a restricted "
            "or embargoed interview is never featured."
        ),
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "exhibits.ExhibitIndexPage",
        "stories.StoryIndexPage",
        "knowledge.KnowledgeIndexPage",
    ]
    template = "core/home_page.html"
    # How many of the latest knowledge pages the home page lists.
    RECENT_KNOWLEDGE_COUNT = 3

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                InlinePanel("featured_exhibits", label=_("featured exhibits")),
                FieldPanel("featured_story"),
            ],
            heading=_("Featured on the home page"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    api_fields = [APIField("introduction")]
    translatable_fields = page_translatable_fields(
        TranslatableField("introduction"),
        SynchronizedField("featured_exhibits"),
        SynchronizedField("featured_story"),
    )

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = public_pages(self.get_children()).specific()
        context.update(self.featured_content())
        return context

    def featured_content(self):
        """What the home page features, in the reader's language, through the
        visibility rule: an item the public may not see is left out even if an
        editor picked it."""
        from cms.core.visibility import public_localized_pages, public_stories
        from cms.knowledge.models import KnowledgePage
        from cms.stories.models import StoryPage

        exhibits = public_localized_pages(
            [item.exhibit for item in self.featured_exhibits.select_related("exhibit")]
        )
        story = None
        if self.featured_story_id:
            picked = StoryPage.objects.filter(pk=self.featured_story_id)
            if public_stories(picked).exists():
                [story] = public_localized_pages(list(picked)) or [None]
        knowledge = (
            public_pages(KnowledgePage.objects.filter(locale=self.locale))
            .defer_streamfields()
            .order_by("-published_on", "-first_published_at")[
                : self.RECENT_KNOWLEDGE_COUNT
            ]
        )
        return {
            "featured_exhibits": exhibits,
            "featured_story": story,
            "recent_knowledge": list(knowledge),
        }


class HomeFeaturedExhibit(Orderable):
    """An exhibit an editor puts forward on the home page (synchronised: every
    language features the same exhibits, each shown in the reader's language)."""

    page = ParentalKey(
        HomePage, on_delete=models.CASCADE, related_name="featured_exhibits"
    )
    exhibit = models.ForeignKey(
        "exhibits.ExhibitPage",
        verbose_name=_("exhibit"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("exhibit")]


class SectionIndexPage(BasePage):
    """The common shape of the three section pages (exhibits, stories, knowledge)."""

    introduction = RichTextField(
        _("introduction"), features=INTRODUCTION_FEATURES, blank=True
    )

    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    api_fields = [APIField("introduction")]

    class Meta:
        abstract = True
