"""Pages shared by the whole museum: the abstract base and the home page."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core.page_permissions import MuseumPagePermissionTester

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


class HomePage(BasePage):
    introduction = RichTextField(
        _("introduction"), features=INTRODUCTION_FEATURES, blank=True
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "exhibits.ExhibitIndexPage",
        "stories.StoryIndexPage",
        "knowledge.KnowledgeIndexPage",
    ]
    template = "core/home_page.html"

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    api_fields = [APIField("introduction")]
    translatable_fields = page_translatable_fields(TranslatableField("introduction"))

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_children().live().public().specific()
        return context


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
