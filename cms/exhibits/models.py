from django.utils.translation import gettext_lazy as _
from wagtail_localize.fields import TranslatableField

from cms.core.models import SectionIndexPage, page_translatable_fields


class ExhibitIndexPage(SectionIndexPage):
    """The exhibits section: lists the museum's exhibits."""

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    template = "exhibits/exhibit_index_page.html"

    search_fields = SectionIndexPage.search_fields
    api_fields = SectionIndexPage.api_fields
    translatable_fields = page_translatable_fields(TranslatableField("introduction"))

    class Meta:
        verbose_name = _("exhibit index page")
