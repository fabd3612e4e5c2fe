"""``/sitemap.xml`` (an index), ``/sitemap-<lang>.xml`` and ``/robots.txt``.

A language's sitemap lists its public, real (non-alias) pages and the pages
of the museum objects its public exhibits show, each with its hreflang
alternates. The visibility rule decides: restricted, embargoed, draft or
view-restricted stories are never listed.
"""

from collections import defaultdict

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.xmlutils import SimplerXMLGenerator
from django.views.decorators.cache import cache_control
from wagtail.models import Page

from cms.core import languages
from cms.core.discovery import alternates
from cms.core.visibility import public_pages_of_any_kind

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


def _public_real_pages():
    return (
        public_pages_of_any_kind(Page.objects.filter(alias_of__isnull=True))
        .filter(depth__gt=1)
        .select_related("locale")
        .order_by("path")
    )


def page_entries(code, request=None) -> list[dict]:
    """``[{"loc", "lastmod", "alternates"}]`` for language ``code``'s pages."""
    pages = list(_public_real_pages())
    urls = {}
    for page in pages:
        url = page.get_full_url(request)
        if url:
            urls[page.pk] = url
    groups = defaultdict(dict)
    for page in pages:
        if page.pk in urls:
            groups[page.translation_key][page.locale.language_code] = urls[page.pk]
    entries = []
    for page in pages:
        if page.locale.language_code != code or page.pk not in urls:
            continue
        links = [
            {"hreflang": c, "href": groups[page.translation_key][c], "code": c}
            for c in languages.CODES
            if c in groups[page.translation_key]
        ]
        entries.append(
            {
                "loc": urls[page.pk],
                "lastmod": page.last_published_at,
                "alternates": alternates.with_default(links) if len(links) > 1 else [],
            }
        )
    return entries


def object_entries(code, request=None) -> list[dict]:
    """The object pages of language ``code``: objects shown by a public
    exhibit, in a language the object has a version in."""
    from cms.exhibits.models import ExhibitObject, ExhibitPage, MuseumObject

    indexes = alternates.exhibit_indexes()
    if code not in indexes:
        return []
    shown = ExhibitObject.objects.filter(
        page__in=public_pages_of_any_kind(ExhibitPage.objects.all()).values("pk")
    ).values("museum_object__translation_key")
    versions = defaultdict(dict)
    for obj in MuseumObject.objects.filter(translation_key__in=shown).select_related(
        "locale"
    ):
        versions[obj.translation_key][obj.locale.language_code] = obj
    entries = []
    for by_code in versions.values():
        if code not in by_code:
            continue
        links = [
            {
                "hreflang": c,
                "href": indexes[c].object_url(by_code[c].accession_number, request),
                "code": c,
            }
            for c in languages.CODES
            if c in by_code and c in indexes
        ]
        loc = indexes[code].object_url(by_code[code].accession_number, request)
        entries.append(
            {
                "loc": loc,
                "lastmod": None,
                "alternates": alternates.with_default(links) if len(links) > 1 else [],
            }
        )
    entries.sort(key=lambda entry: entry["loc"])
    return entries


def _xml_response(write):
    response = HttpResponse(content_type="application/xml; charset=utf-8")
    xml = SimplerXMLGenerator(response, "utf-8")
    xml.startDocument()
    write(xml)
    xml.endDocument()
    return response


@cache_control(max_age=3600)
def sitemap_index(request):
    def write(xml):
        xml.startElement("sitemapindex", {"xmlns": SITEMAP_NS})
        for code in languages.CODES:
            xml.startElement("sitemap", {})
            xml.addQuickElement(
                "loc",
                request.build_absolute_uri(
                    reverse("sitemap-language", kwargs={"code": code})
                ),
            )
            xml.endElement("sitemap")
        xml.endElement("sitemapindex")

    return _xml_response(write)


@cache_control(max_age=3600)
def sitemap_language(request, code):
    if code not in languages.BY_CODE:
        raise Http404
    entries = page_entries(code, request) + object_entries(code, request)

    def write(xml):
        xml.startElement("urlset", {"xmlns": SITEMAP_NS, "xmlns:xhtml": XHTML_NS})
        for entry in entries:
            xml.startElement("url", {})
            xml.addQuickElement("loc", entry["loc"])
            if entry["lastmod"]:
                xml.addQuickElement("lastmod", entry["lastmod"].date().isoformat())
            for link in entry["alternates"]:
                xml.addQuickElement(
                    "xhtml:link",
                    attrs={
                        "rel": "alternate",
                        "hreflang": link["hreflang"],
                        "href": link["href"],
                    },
                )
            xml.endElement("url")
        xml.endElement("urlset")

    return _xml_response(write)


@cache_control(max_age=3600)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap-index'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
