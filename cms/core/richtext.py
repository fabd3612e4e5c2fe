"""Internal page links in rich text, for the site and the API.

Wagtail's own handler links ``page.localized`` (the active language's version,
live or not) and, for a page the public may not see, still prints its URL: a
restricted interview's slug can be its narrator's name. This handler:

- links the version in the reader's language, else the first version along the
  fallback chain (``?fallback=`` in the API), that the visibility rule lets
  the public see, in a fixed number of queries for all links of a text;
- leaves ``<a>`` without ``href`` when the public may see the page in no
  language (as Wagtail does for a deleted page);
- says ``hreflang`` when the target's text is in another language;
- in API responses, makes the URL absolute and adds ``data-type``,
  ``data-key`` and ``data-api-url`` so that an app can open the item itself.
"""

from django.forms.utils import flatatt
from django.urls import NoReverseMatch, reverse
from wagtail.rich_text.pages import PageLinkHandler

from cms.core.localization import api_reading, public_page_versions, reading_chain

# Page types with an API detail: model label → (type, route name).
API_KINDS = {
    "exhibits.exhibitpage": ("exhibit", "api-v1:exhibit-detail"),
    "stories.storypage": ("story", "api-v1:story-detail"),
    "knowledge.knowledgepage": ("knowledge", "api-v1:knowledge-detail"),
}


class MuseumPageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        pages = cls.get_many(attrs_list)
        chain = reading_chain()
        versions = public_page_versions([page for page in pages if page], chain)
        state = api_reading.get()
        request = state["request"] if state else None
        links = []
        for page in pages:
            version = versions.get(page.pk) if page else None
            if version is None:
                links.append("<a>")
                continue
            attrs = {
                "href": version.get_full_url(request)
                if state
                else version.get_url(request)
            }
            if version.content_language != chain[0]:
                attrs["hreflang"] = version.content_language
            if state:
                attrs.update(api_attributes(version, request, chain[0]))
            links.append(f"<a{flatatt(attrs)}>")
        return links


def api_attributes(version, request, code) -> dict:
    kind = API_KINDS.get(version._meta.label_lower)
    if kind is None:
        return {}
    type_name, route = kind
    try:
        url = reverse(route, kwargs={"key": version.translation_key})
    except NoReverseMatch:
        return {}
    return {
        "data-type": type_name,
        "data-key": str(version.translation_key),
        "data-api-url": request.build_absolute_uri(url) + f"?locale={code}",
    }
