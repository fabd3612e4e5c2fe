"""The language an interview was spoken in: any ISO 639-3 code.

Narrators speak Darija, Tarifit, Tachelhit, Central Atlas Tamazight, French,
Dutch… — not only the site's four languages. Codes are checked against ISO
639-3 (pycountry's offline copy); the names readers see come from this table
for the languages the museum records most, else from ISO 639-3 in English.
"""

import pycountry
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

NAMES = {
    "ary": {
        "fr": "arabe marocain (darija)",
        "ar": "الدارجة المغربية",
        "en": "Moroccan Arabic (Darija)",
        "zgh": "ⵜⴰⴷⴰⵔⵉⵊⵜ",
    },
    "rif": {"fr": "tarifit", "ar": "الريفية", "en": "Tarifit", "zgh": "ⵜⴰⵔⵉⴼⵉⵜ"},
    "shi": {"fr": "tachelhit", "ar": "تاشلحيت", "en": "Tachelhit", "zgh": "ⵜⴰⵛⵍⵃⵉⵜ"},
    "tzm": {
        "fr": "tamazight du Moyen Atlas",
        "ar": "أمازيغية الأطلس المتوسط",
        "en": "Central Atlas Tamazight",
        "zgh": "ⵜⴰⵎⴰⵣⵉⵖⵜ ⵏ ⵡⴰⵟⵍⴰⵙ ⴰⵏⴰⵎⵎⴰⵙ",
    },
    "zgh": {
        "fr": "tamazight standard marocain",
        "ar": "الأمازيغية المعيارية المغربية",
        "en": "Standard Moroccan Tamazight",
        "zgh": "ⵜⴰⵎⴰⵣⵉⵖⵜ ⵜⴰⵏⴰⵡⴰⵢⵜ",
    },
    "fra": {"fr": "français", "ar": "الفرنسية", "en": "French", "zgh": "ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ"},
    "arb": {
        "fr": "arabe standard",
        "ar": "العربية الفصحى",
        "en": "Standard Arabic",
        "zgh": "ⵜⴰⵄⵔⴰⴱⵜ ⵜⴰⵏⴰⵡⴰⵢⵜ",
    },
    "nld": {"fr": "néerlandais", "ar": "الهولندية", "en": "Dutch", "zgh": "ⵜⴰⵀⵓⵍⴰⵏⴷⵉⵜ"},
    "spa": {"fr": "espagnol", "ar": "الإسبانية", "en": "Spanish", "zgh": "ⵜⴰⵙⴱⵏⵢⵓⵍⵉⵜ"},
    "deu": {"fr": "allemand", "ar": "الألمانية", "en": "German", "zgh": "ⵜⴰⵍⵉⵎⴰⵏⵜ"},
    "eng": {"fr": "anglais", "ar": "الإنجليزية", "en": "English", "zgh": "ⵜⴰⵏⴳⵍⵉⵣⵜ"},
}


def validate_language_code(code: str) -> None:
    if not code or pycountry.languages.get(alpha_3=code) is None:
        raise ValidationError(
            _(
                "“%(code)s” is not an ISO 639-3 language code (e.g. ary, rif, shi, fra)."
            ),
            code="invalid_language",
            params={"code": code},
        )


def language_name(code: str, language: str | None = None) -> str:
    """The name of spoken language ``code`` in site language ``language``."""
    language = language or get_language() or "fr"
    if code in NAMES:
        return NAMES[code].get(language, NAMES[code]["en"])
    entry = pycountry.languages.get(alpha_3=code)
    return entry.name if entry else code
