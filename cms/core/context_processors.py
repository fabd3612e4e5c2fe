from django.utils.translation import get_language

from cms.core import languages


def museum(request):
    """The current museum language (direction, script) for base.html."""
    code = get_language()
    language = languages.BY_CODE.get(code) or languages.get_language(
        languages.SOURCE_LANGUAGE
    )
    return {"museum_language": language}
