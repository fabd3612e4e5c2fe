from django import template
from django.utils.translation import get_language
from wagtail.models import Page, Site

from cms.core import languages
from cms.core.visibility import public_pages

register = template.Library()


@register.simple_tag
def translation_states(page=None):
    """``{code: LanguageStatus}`` of ``page`` (see cms.translation.status);
    empty for anything that is not a saved page."""
    from cms.translation.status import status_of

    if page is None or not getattr(page, "id", None) or not isinstance(page, Page):
        return {}
    return status_of(page)


@register.filter
def state_in(states, code):
    """The status of a page in language ``code`` (``states`` from
    ``translation_states``)."""
    return states.get(code) if states else None


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context, page=None, states=None):
    """Links to ``page`` in every museum language.

    Where the page has no live translation, the link goes to that language's
    home page and says so, rather than to a 404. A live copy nobody has
    translated yet (``states`` says missing) is linked and flagged too.
    """
    request = context.get("request")
    current = get_language()
    if not isinstance(page, Page):
        page = None  # a view that is not a page (404, search): link the homes
    versions = {}
    if page is not None and page.id:
        for translation in (
            page.get_translations(inclusive=True).live().select_related("locale")
        ):
            versions[translation.locale.language_code] = translation
    homes = {}
    site = Site.find_for_request(request) if request else None
    if site is not None and len(versions) < len(languages.CODES):
        for home in (
            Page.objects.filter(translation_key=site.root_page.translation_key)
            .live()
            .select_related("locale")
        ):
            homes[home.locale.language_code] = home

    links = []
    for language in languages.MUSEUM_LANGUAGES:
        target = versions.get(language.code) or homes.get(language.code)
        if target is None:
            continue
        links.append(
            {
                "language": language,
                "url": target.get_url(request),
                "is_current": language.code == current,
                "translated": page is None
                or (
                    language.code in versions
                    and not (
                        states
                        and language.code in states
                        and states[language.code].status == "missing"
                    )
                ),
            }
        )
    return {"links": links}


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The home page in the current language (the source one if missing)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    return site.root_page.localized


@register.filter
def edtf_display(value):
    """An EDTF date as readers see it in the current language."""
    from cms.core import edtf

    return edtf.display(value)


@register.filter
def html_datetime(value):
    """The EDTF value when it is also a valid HTML datetime (year, month, day)."""
    import re

    return value if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value or "") else ""


@register.filter
def public_localized(pages):
    """Pages in the reader's language, keeping only what the public may see."""
    from cms.core.visibility import public_localized_pages

    return public_localized_pages(pages)


@register.filter
def timecode(seconds):
    """Seconds as m:ss (or h:mm:ss) for transcript times."""
    total = int(float(seconds or 0))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@register.simple_tag
def site_sections(home, page=None):
    """The sections under ``home`` for the header, each with ``current``:
    "page" on the section itself, "true" inside it, else None."""
    if home is None:
        return []
    sections = []
    for section in public_pages(home.get_children()).order_by("path"):
        current = None
        if page is not None and getattr(page, "path", None):
            if page.pk == section.pk:
                current = "page"
            elif page.path.startswith(section.path):
                current = "true"
        sections.append({"page": section, "current": current})
    return sections


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page, extra=None):
    """Home › section › … › ``page`` (the last one is the current page unless
    ``extra``, a title shown after it, names a sub-page such as an object)."""
    trail = list(page.get_ancestors(inclusive=True).filter(depth__gte=2).specific())
    return {"trail": trail, "extra": extra, "request": context.get("request")}


@register.simple_tag
def museum_contact_email():
    from django.conf import settings

    return settings.MUSEUM_CONTACT_EMAIL


@register.filter
def media_time(seconds):
    """Seconds as written in a media fragment (``#t=12.5``), as the API links."""
    return f"{float(seconds or 0):g}"


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def view_language_switcher(context):
    """The language switcher for a view that is not a page (search): the same
    address, with its query, in each language."""
    from django.urls import translate_url

    request = context.get("request")
    current = get_language()
    path = request.get_full_path() if request else "/"
    return {
        "links": [
            {
                "language": language,
                "url": translate_url(path, language.code),
                "is_current": language.code == current,
                "translated": True,
            }
            for language in languages.MUSEUM_LANGUAGES
        ]
    }


# First Strong Isolate … Pop Directional Isolate (Unicode bidi, UAX #9).
_FSI, _PDI = "\u2068", "\u2069"


@register.filter
def isolate(text):
    """``text`` as a bidi isolate, for plain-text contexts where ``<bdi>``
    cannot go (the ``<title>``): a name in Arabic, or one holding a
    right-to-left override (U+202E), cannot reorder the words around it."""
    if text in (None, ""):
        return ""
    return f"{_FSI}{text}{_PDI}"
