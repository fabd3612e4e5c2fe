"""``?fallback=``: which languages an item may be served in when the requested
one is missing, and the provenance every item then carries.

- ``default`` (or absent): the requested language's configured chain
  (``cms/core/languages.py``: zgh → fr → ar, ar → fr, en → fr).
- a comma list (``fallback=ar,fr``): tried in that order after the requested
  language.
- ``none``: the requested language only; a missing translation is a 404 whose
  problem body lists the languages that exist.

Provenance: every item says ``locale.requested`` and ``locale.served``, and
``fallback: {used, fields}`` where ``fields`` maps each part that is not in the
requested language to the language it is in: ``"*"`` for the item's own
fields, else the path of the part (``objects[0]``, ``places[1]``,
``body[2].value.place``).
"""

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema_field
from rest_framework import serializers

from cms.core import languages
from cms.core.api.problems import ProblemError
from cms.core.localization import language_chain

FALLBACK_PARAMETER = OpenApiParameter(
    "fallback",
    OpenApiTypes.STR,
    pattern="^(default|none|(fr|ar|en|zgh)(,(fr|ar|en|zgh))*)$",
    description=(
        "Languages to serve an item in when it is missing in the requested one: "
        "`default` (the configured chain: zgh → fr → ar, ar → fr, en → fr), a "
        "comma-separated list such as `ar,fr`, or `none` (a missing translation "
        "is then a 404 listing the languages that exist)."
    ),
)


def fallback_chain(request, language) -> list[str]:
    """The languages to try, the requested one first."""
    raw = request.query_params.get("fallback")
    if raw is None or raw.strip() in ("", "default"):
        return language_chain(language.code)
    raw = raw.strip()
    if raw == "none":
        return [language.code]
    codes = [code.strip() for code in raw.split(",") if code.strip()]
    unknown = [code for code in codes if code not in languages.BY_CODE]
    if unknown or not codes:
        raise ProblemError(
            400,
            "invalid-parameter",
            _("Invalid parameter"),
            _(
                "fallback must be default, none or a comma-separated list of "
                "%(codes)s, not %(value)r."
            )
            % {"codes": ", ".join(languages.CODES), "value": raw[:40]},
            parameter="fallback",
        )
    chain = [language.code]
    for code in codes:
        if code not in chain:
            chain.append(code)
    return chain


class FallbackSerializer(serializers.Serializer):
    used = serializers.BooleanField(
        help_text="Some part of this item is not in the requested language."
    )
    fields = serializers.DictField(
        child=serializers.CharField(),
        help_text=(
            'Part → language it is in. "*" is the item\'s own fields; other keys '
            "are paths such as objects[0] or places[1]."
        ),
    )


def _walk(value, path, requested, found):
    if isinstance(value, dict):
        locale = value.get("locale")
        if isinstance(locale, dict) and "served" in locale:
            language = locale["served"]
        else:
            language = value.get("lang")
        if path and isinstance(language, str) and language != requested:
            found[path] = language
        for name, child in value.items():
            if not path and name in ("locale", "translations", "meta", "fallback"):
                continue
            _walk(child, f"{path}.{name}" if path else name, requested, found)
    elif isinstance(value, list):
        for position, child in enumerate(value):
            _walk(child, f"{path}[{position}]", requested, found)


def provenance(data: dict) -> dict:
    """``{used, fields}`` for a serialized item that has a ``locale``."""
    requested = data["locale"]["requested"]
    found = {}
    if data["locale"]["served"] != requested:
        found["*"] = data["locale"]["served"]
    _walk(data, "", requested, found)
    return {"used": bool(found), "fields": found}


@extend_schema_field(FallbackSerializer)
class FallbackField(serializers.Field):
    """``fallback: {used, fields}``, filled in by ContentItemSerializer once
    the rest of the item is serialized."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, instance):
        return None


class ContentItemSerializer(serializers.Serializer):
    """Base of every content item (card, detail, nested): adds provenance."""

    def to_representation(self, instance):
        data = super().to_representation(instance)
        if "fallback" in data and "locale" in data:
            data["fallback"] = provenance(data)
        return data
