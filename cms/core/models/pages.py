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


def keep_listing_key(page, update_fields):
    """Copy ``page.locale_id`` and ``page.title`` into the listing key
    (``sort_locale_id``, ``sort_title``) before a save; returns the
    ``update_fields`` to pass on: a partial save that writes the title or the
    locale writes the copies too, so they never differ."""
    page.sort_locale_id = page.locale_id or 0
    page.sort_title = page.title or ""
    if update_fields is not None and {"title", "locale", "locale_id"} & set(
        update_fields
    ):
        return {*update_fields, "sort_locale_id", "sort_title"}
    return update_fields


class BasePage(Page):
    """What every museum page has in common. Abstract: no table of its own."""

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        return MuseumPagePermissionTester(user, self)


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
        context["sections"] = self.get_children().live().public().specific()
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
