"""Picking the reader's language version of translatable things.

Content stores references to snippets and pages in whatever language the editor
chose (usually French); readers get the version in their language, else the
first available in that language's fallback chain, in one query per kind.
"""

from cms.core import languages


def language_chain(code: str) -> list[str]:
    language = languages.get_language(code)
    return [language.code, *language.fallbacks]


def localized_versions(model, translation_keys, code: str) -> dict:
    """``{translation_key: instance}`` in language ``code`` or its fallbacks.

    One query whatever the number of keys. Keys with no version in the chain
    are absent from the result.
    """
    keys = {key for key in translation_keys if key is not None}
    if not keys:
        return {}
    chain = language_chain(code)
    rank = {language_code: position for position, language_code in enumerate(chain)}
    best = {}
    queryset = model._default_manager.filter(
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


def localize(instances, code: str) -> list:
    """``instances`` (any language) replaced by their ``code`` versions, in order."""
    instances = [instance for instance in instances if instance is not None]
    if not instances:
        return []
    model = type(instances[0])
    versions = localized_versions(model, (i.translation_key for i in instances), code)
    return [versions.get(instance.translation_key, instance) for instance in instances]
