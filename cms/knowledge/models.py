from django.utils.translation import gettext_lazy as _
from wagtail_localize.fields import TranslatableField

from cms.core.models import SectionIndexPage, page_translatable_fields


class KnowledgeIndexPage(SectionIndexPage):
    """The peer-exchange section: practices, case studies and exchanges."""

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    template = "knowledge/knowledge_index_page.html"

    search_fields = SectionIndexPage.search_fields
    api_fields = SectionIndexPage.api_fields
    translatable_fields = page_translatable_fields(TranslatableField("introduction"))

    class Meta:
        verbose_name = _("knowledge index page")
