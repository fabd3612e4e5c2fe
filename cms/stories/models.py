from django.utils.translation import gettext_lazy as _
from wagtail_localize.fields import TranslatableField

from cms.core.models import SectionIndexPage, page_translatable_fields


class StoryIndexPage(SectionIndexPage):
    """The oral-history section: lists the interviews the public may see."""

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    template = "stories/story_index_page.html"

    search_fields = SectionIndexPage.search_fields
    api_fields = SectionIndexPage.api_fields
    translatable_fields = page_translatable_fields(TranslatableField("introduction"))

    class Meta:
        verbose_name = _("story index page")
