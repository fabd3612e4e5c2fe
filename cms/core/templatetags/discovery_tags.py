"""Head markup for discovery: canonical, hreflang, Open Graph, JSON-LD, feeds.

``{% discovery_meta as meta %}`` in components/head_discovery.html.
"""

from urllib.parse import unquote

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from cms.core import languages
from cms.core.discovery import alternates, jsonld

register = template.Library()


def _description(page):
    if getattr(page, "search_description", ""):
        return page.search_description
    for field in ("introduction", "summary"):
        value = getattr(page, field, "")
        if value:
            return jsonld.plain(value)
    return ""


def _page_image(page):
    return getattr(page, "hero_image", None)


def _feeds(code):
    links = []
    kinds = (("stories", _("Oral histories")), ("knowledge", _("Knowledge")))
    formats = (
        ("rss", "application/rss+xml", "RSS"),
        ("atom", "application/atom+xml", "Atom"),
    )
    for kind, name in kinds:
        for fmt, mime, format_name in formats:
            try:
                href = reverse(f"feed-{kind}-{fmt}")
            except NoReverseMatch:
                continue
            label = f"{name} ({format_name})"
            links.append({"href": href, "type": mime, "kind": kind, "label": label})
    return links


@register.simple_tag(takes_context=True)
def discovery_meta(context):
    """Everything head_discovery.html shows, or ``None`` off the public pages."""
    request = context.get("request")
    page = context.get("page")
    museum_object = context.get("museum_object")
    code = (get_language() or languages.SOURCE_LANGUAGE).split("-")[0]
    if code not in languages.BY_CODE:
        code = languages.SOURCE_LANGUAGE
    meta = {
        "code": code,
        "og_locale": alternates.OG_LOCALES.get(code, code),
        "feeds": _feeds(code),
    }
    if not isinstance(page, Page) or not page.id:
        return meta
    page = page.specific_deferred if type(page) is Page else page
    try:
        if museum_object is not None:
            url = request.build_absolute_uri(request.path) if request else ""
            links = alternates.object_alternates(museum_object, request)
            canonical = url
            object_code = museum_object.locale.language_code
            meta["og_locale"] = alternates.OG_LOCALES.get(object_code, object_code)
            if object_code != code:
                # Shown in another language: the real version is canonical.
                canonical = next(
                    (
                        link["href"]
                        for link in links
                        if link["code"] == museum_object.locale.language_code
                    ),
                    url,
                )
            items = getattr(museum_object, "image_items", None) or []
            image = jsonld.og_image(items[0]["image"] if items else None, request)
            description = jsonld.plain(museum_object.description)
            title = museum_object.title
            data = jsonld.object_data(
                museum_object,
                request,
                url=canonical,
                description=description,
                image=image,
                code=code,
            )
            og_type = "article"
        else:
            links = alternates.page_alternates(page, request)
            url = page.get_full_url(request)
            canonical = alternates.page_canonical(page, request)
            content_code = alternates.content_language(page) or code
            # An alias shows its (French) source: say so.
            meta["og_locale"] = alternates.OG_LOCALES.get(content_code, content_code)
            if request is not None and unquote(request.path) != unquote(
                page.get_url(request) or ""
            ):
                # A routable sub-page (an institution…): its own address.
                url = canonical = request.build_absolute_uri(request.path)
            image = jsonld.og_image(_page_image(page), request)
            description = _description(page)
            title = page.seo_title or page.title
            data = jsonld.page_data(
                page,
                request,
                url=canonical,
                description=description,
                image=image,
                code=content_code,
            )
            og_type = "website" if page.depth <= 3 else "article"
    except Exception:  # never break a page for its metadata
        import logging

        logging.getLogger(__name__).exception("discovery metadata failed")
        return meta
    meta.update(
        canonical=canonical,
        url=url,
        alternates=links,
        og_alternate_locales=[
            alternates.OG_LOCALES[link["code"]]
            for link in links
            if link["code"] and alternates.OG_LOCALES[link["code"]] != meta["og_locale"]
        ],
        title=title,
        description=description,
        image=image,
        og_type=og_type,
        jsonld=jsonld.script_json(data),
    )
    return meta
