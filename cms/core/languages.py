"""The museum's four languages, described once.

Settings, the API (``/api/v1/locales/``), templates and the fallback chains all
read this table, so adding a language is one line here plus its catalogue in
``locale/``. Nothing here imports Django: settings import it.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # English name, as ISO 639 gives it
    native_name: str
    direction: str  # "ltr" or "rtl"
    script: str  # ISO 15924 code
    fallbacks: tuple[str, ...]  # tried in order when a translation is missing

    @property
    def is_rtl(self) -> bool:
        return self.direction == "rtl"


SOURCE_LANGUAGE = "fr"

MUSEUM_LANGUAGES: tuple[Language, ...] = (
    Language("fr", "French", "Français", "ltr", "Latn", ()),
    Language("ar", "Arabic", "العربية", "rtl", "Arab", ("fr",)),
    Language("en", "English", "English", "ltr", "Latn", ("fr",)),
    # Standard Moroccan Tamazight, written in Tifinagh (ISO 639-3 zgh).
    Language(
        "zgh", "Standard Moroccan Tamazight", "ⵜⴰⵎⴰⵣⵉⵖⵜ", "ltr", "Tfng", ("fr", "ar")
    ),
)

BY_CODE: dict[str, Language] = {
    language.code: language for language in MUSEUM_LANGUAGES
}
CODES: tuple[str, ...] = tuple(BY_CODE)


def get_language(code: str) -> Language:
    """The museum language for ``code``; raises KeyError for any other code."""
    return BY_CODE[code]


def register_with_django() -> None:
    """Teach Django about zgh, which its LANG_INFO does not know.

    Without this, ``get_language_info("zgh")`` and Wagtail's locale labels raise
    KeyError. The compiled catalogue in ``locale/zgh`` is the other half: Django's
    LocaleMiddleware only accepts a language prefix that has a catalogue.
    """
    from django.conf.locale import LANG_INFO

    for language in MUSEUM_LANGUAGES:
        LANG_INFO.setdefault(
            language.code,
            {
                "bidi": language.is_rtl,
                "code": language.code,
                "name": language.name,
                "name_local": language.native_name,
            },
        )
