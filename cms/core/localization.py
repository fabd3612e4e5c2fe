"""Picking the reader's language version of translatable things.

Content stores references to snippets and pages in whatever language the editor
chose (usually French); readers get the version in their language, else the
first available in that language's fallback chain, in one query per kind.
"""

from contextvars import ContextVar

from django.db.models import F
from django.utils.translation import get_language

from cms.core import languages

# Set by the API while it answers a request: {"request", "chain"} (the
# ``?fallback=`` chain), so that rich text links and related items follow the
# same chain as the item and carry API links.
api_reading: ContextVar = ContextVar("api_reading", default=None)


def language_chain(code: str) -> list[str]:
    language = languages.get_language(code)
    return [language.code, *language.fallbacks]


def localized_versions(model, translation_keys, code: str, queryset=None) -> dict:
    """``{translation_key: instance}`` in language ``code`` or its fallbacks.

    One query whatever the number of keys (plus ``queryset``'s prefetches:
    the versions are read from it when given, with what it selects). Keys
    with no version in the chain are absent from the result.
    """
    keys = {key for key in translation_keys if key is not None}
    if not keys:
        return {}
    chain = language_chain(code)
    rank = {language_code: position for position, language_code in enumerate(chain)}
    best = {}
    if queryset is None:
        queryset = model._default_manager.all()
    queryset = queryset.filter(
        translation_key__in=keys, locale__language_code__in=chain
    ).select_related("locale")
    for instance in queryset:
        current = best.get(instance.translation_key)
        if (
            current is None
            or rank[instance.locale.language_code] < rank[current.locale.language_code]
        ):
            best[instance.translation_key] = instance
    return best


def localized_versions_of(model, instances, code: str, queryset=None) -> dict:
    """``localized_versions`` of the items ``instances`` stand for, read only
    for those not in language ``code`` already: an instance in ``code`` is
    its own best version (what content links to is usually in the language
    it is read in, as wagtail-localize syncs the links of a translation).
    Instances taken as they are must hold what ``queryset`` would select."""
    instances = [instance for instance in instances if instance is not None]
    found = {
        instance.translation_key: instance
        for instance in instances
        if language_of(instance) == code
    }
    others = {instance.translation_key for instance in instances} - found.keys()
    return {**localized_versions(model, others, code, queryset), **found}


def localize(instances, code: str) -> list:
    """``instances`` (any language) replaced by their ``code`` versions, in order."""
    instances = [instance for instance in instances if instance is not None]
    if not instances:
        return []
    versions = localized_versions_of(type(instances[0]), instances, code)
    return [versions.get(instance.translation_key, instance) for instance in instances]


_LOCALE_CODES: dict[int, str] = {}


def language_of(instance) -> str:
    """The language code of a translatable ``instance`` without a query when
    its locale is loaded, else one query for all locales, once per process
    (locales are created by migrations and never renumbered)."""
    if "locale" in instance._state.fields_cache:
        return instance.locale.language_code
    code = _LOCALE_CODES.get(instance.locale_id)
    if code is None:
        from wagtail.models import Locale

        _LOCALE_CODES.update(Locale.objects.values_list("pk", "language_code"))
        code = _LOCALE_CODES.get(instance.locale_id) or instance.locale.language_code
    return code


def reading_chain() -> list[str]:
    """The languages a reader is served in, in order: the API's ``?fallback=``
    chain while it answers, else the active language's configured chain."""
    state = api_reading.get()
    if state and state.get("chain"):
        return state["chain"]
    code = (get_language() or languages.SOURCE_LANGUAGE).split("-")[0]
    if code not in languages.BY_CODE:
        code = languages.SOURCE_LANGUAGE
    return language_chain(code)


def public_page_versions(pages, chain=None) -> dict:
    """``{page.pk: version}``: for each page (any language), its version in
    the first language of ``chain`` in which the public may see it, specific,
    with ``content_language`` set (an alias shows its source's language).
    A fixed number of queries whatever the number of pages."""
    from wagtail.models import Page

    from cms.core.visibility import public_pages_of_any_kind

    chain = chain or reading_chain()
    keys = {page.translation_key for page in pages}
    if not keys:
        return {}
    rank = {code: position for position, code in enumerate(chain)}
    candidates = (
        public_pages_of_any_kind(
            Page.objects.filter(
                translation_key__in=keys, locale__language_code__in=chain
            )
        )
        .select_related("locale")
        .annotate(
            language=F("locale__language_code"),
            source_language=F("alias_of__locale__language_code"),
        )
        .specific()
    )
    best = {}
    for version in candidates:
        version.content_language = version.source_language or version.language
        current = best.get(version.translation_key)
        if current is None or rank[version.language] < rank[current.language]:
            best[version.translation_key] = version
    return {
        page.pk: best[page.translation_key]
        for page in pages
        if page.translation_key in best
    }
