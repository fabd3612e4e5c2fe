"""Canonical URLs and hreflang alternates."""

from wagtail.models import Page

from cms.core import generation, languages
from cms.core.visibility import public_pages_of_any_kind

OG_LOCALES = {"fr": "fr_FR", "ar": "ar_MA", "en": "en_GB", "zgh": "zgh_MA"}


def page_versions(page) -> dict:
    """``{code: page}``: the real (non-alias) versions of ``page`` the public
    may see, in the museum's language order."""
    found = {}
    for version in public_pages_of_any_kind(
        Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
    ).select_related("locale"):
        found[version.locale.language_code] = version
    return {code: found[code] for code in languages.CODES if code in found}


def page_alternates(page, request=None) -> list[dict]:
    """``[{"hreflang", "href"}]`` for ``page``, with ``x-default`` (French)."""
    links = []
    for code, version in page_versions(page).items():
        url = version.get_full_url(request)
        if url:
            links.append({"hreflang": code, "href": url, "code": code})
    return with_default(links)


def with_default(links):
    french = next((link for link in links if link["code"] == "fr"), None)
    if french:
        links = [*links, {"hreflang": "x-default", "href": french["href"], "code": ""}]
    return links


def page_canonical(page, request=None) -> str | None:
    """The page's own URL; for an alias, its source's (French) URL."""
    if page.alias_of_id:
        source = Page.objects.filter(pk=page.alias_of_id).first()
        if source is not None:
            return source.get_full_url(request)
    return page.get_full_url(request)


def content_language(page) -> str | None:
    """The language ``page`` is written in: its source's for an alias."""
    if not page.alias_of_id:
        return None
    source = Page.objects.filter(pk=page.alias_of_id).select_related("locale").first()
    return source.locale.language_code if source else None


@generation.per_stamp
def exhibit_indexes() -> dict:
    """``{code: ExhibitIndexPage}`` the public may see, the first in the tree
    for each language, in one query (aliases included: the object pages
    under them are real translations when the object is), read again only
    when content changed (3 ms each time: exhibit details, object pages and
    lists, search and the sitemap all ask). Not to be changed by callers."""
    from cms.exhibits.models import ExhibitIndexPage

    found = {}
    for index in (
        public_pages_of_any_kind(ExhibitIndexPage.objects.all())
        .select_related("locale")
        .order_by("path")
    ):
        found.setdefault(index.locale.language_code, index)
    return found


def object_alternates(museum_object, request=None, indexes=None) -> list[dict]:
    """hreflang alternates of an object page: the languages the object has a
    version in (a fallback rendering is not a translation)."""
    from cms.exhibits.models import MuseumObject

    indexes = exhibit_indexes() if indexes is None else indexes
    codes = set(
        MuseumObject.objects.filter(
            translation_key=museum_object.translation_key
        ).values_list("locale__language_code", flat=True)
    )
    links = []
    for code in languages.CODES:
        if code in codes and code in indexes:
            href = indexes[code].object_url(museum_object.accession_number, request)
            links.append({"hreflang": code, "href": href, "code": code})
    return with_default(links)
