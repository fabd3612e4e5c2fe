"""Serializers for the pieces every content item shares: locale, meta, images,
places, EDTF periods, translations. Content serializers compose these; none of
them holds business logic."""

import functools

from django.urls import get_script_prefix, reverse
from django.utils.html import strip_tags
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from cms.core import edtf, languages
from cms.core.blocks import place_representation
from cms.core.images import RENDITIONS, image_representation
from cms.core.localization import language_of
from cms.translation.status import STATUSES


class RenditionSerializer(serializers.Serializer):
    url = serializers.URLField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()


class FocalPointSerializer(serializers.Serializer):
    x = serializers.IntegerField()
    y = serializers.IntegerField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()


RenditionsSerializer = type(
    "RenditionsSerializer",
    (serializers.Serializer,),
    {name: RenditionSerializer() for name in RENDITIONS},
)


class ImageSerializer(serializers.Serializer):
    """The one image shape of the API (see docs/api.md)."""

    id = serializers.IntegerField()
    alt = serializers.CharField()
    caption = serializers.CharField(allow_blank=True)
    credit = serializers.CharField(allow_blank=True)
    rights = serializers.URLField(
        help_text="RightsStatements.org or Creative Commons URI."
    )
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    focal_point = FocalPointSerializer(allow_null=True)
    renditions = RenditionsSerializer()

    def to_representation(self, image):
        return image_representation(image, request=self.context.get("request"))


class PlaceSerializer(serializers.Serializer):
    key = serializers.UUIDField()
    name = serializers.CharField()
    lang = serializers.CharField(help_text="Language of the name.")
    country = serializers.CharField(help_text="ISO 3166-1 alpha-2.")
    lat = serializers.FloatField(allow_null=True)
    lon = serializers.FloatField(allow_null=True)

    def to_representation(self, place):
        return place_representation(place)


class LanguageOfField(serializers.Field):
    """The language of a translatable instance's text (``lang``)."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        kwargs.setdefault("help_text", "Language of the name.")
        super().__init__(**kwargs)

    def to_representation(self, instance):
        return language_of(instance)


extend_schema_field(serializers.CharField())(LanguageOfField)


class NamedSerializer(serializers.Serializer):
    """A theme or other named vocabulary entry."""

    key = serializers.UUIDField(source="translation_key")
    name = serializers.CharField()
    lang = LanguageOfField()


class PersonSerializer(serializers.Serializer):
    key = serializers.UUIDField(source="translation_key")
    name = serializers.CharField()
    lang = LanguageOfField()
    roles = serializers.CharField(allow_blank=True)


class HistoricalDateSerializer(serializers.Serializer):
    """An EDTF date with the text readers see and sortable years."""

    edtf = serializers.CharField(
        help_text="EDTF (ISO 8601-2) value, e.g. 196X or 1963~."
    )
    display = serializers.CharField()
    start_year = serializers.IntegerField()
    end_year = serializers.IntegerField()

    def to_representation(self, value):
        parsed = edtf.parse(value)
        return {
            "edtf": value,
            "display": edtf.display(value),
            "start_year": parsed.start_year,
            "end_year": parsed.end_year,
        }


class LocaleInfoSerializer(serializers.Serializer):
    requested = serializers.CharField()
    served = serializers.CharField()
    dir = serializers.ChoiceField(choices=["ltr", "rtl"])
    script = serializers.CharField()


def locale_info(requested: languages.Language, served_code: str) -> dict:
    served = languages.get_language(served_code)
    return {
        "requested": requested.code,
        "served": served.code,
        "dir": served.direction,
        "script": served.script,
    }


class TranslationLinkSerializer(serializers.Serializer):
    locale = serializers.CharField()
    native_name = serializers.CharField()
    dir = serializers.ChoiceField(choices=["ltr", "rtl"])
    url = serializers.URLField(allow_null=True)
    api_url = serializers.URLField()


class TranslationMetaSerializer(serializers.Serializer):
    source_locale = serializers.CharField(help_text="The language it was written in.")
    status = serializers.ChoiceField(choices=STATUSES)
    machine = serializers.BooleanField(
        help_text="Some of its text is machine-made and not yet reviewed."
    )
    reviewed = serializers.BooleanField(
        help_text="Every string was written or confirmed by a person."
    )


class ItemMetaSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Id of the language version served.")
    url = serializers.URLField(
        allow_null=True, help_text="Public page, when it has one."
    )
    api_url = serializers.URLField()
    last_published_at = serializers.DateTimeField(allow_null=True)
    translation = TranslationMetaSerializer(
        required=False,
        help_text="In detail responses: where this language version stands.",
    )


_ANY_KEY = "00000000-0000-0000-0000-000000000000"


@functools.lru_cache(maxsize=64)
def _item_path(route, script_prefix):
    """The path of ``route`` with ``_ANY_KEY`` for its key, reversed once per
    process rather than once per item of a list (0.1 ms each)."""
    return reverse(route, kwargs={"key": _ANY_KEY})


def api_url(request, route, key, code):
    """Absolute API URL of an item in language ``code``."""
    path = _item_path(route, get_script_prefix()).replace(_ANY_KEY, str(key))
    return request.build_absolute_uri(path) + f"?locale={code}"


def plain_summary(html: str, length: int = 300) -> str:
    text = " ".join(strip_tags(html or "").split())
    return text if len(text) <= length else text[: length - 1].rsplit(" ", 1)[0] + "…"


@extend_schema_field(LocaleInfoSerializer)
class LocaleInfoField(serializers.Field):
    """``locale: {requested, served, dir, script}`` of an item."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, instance):
        return locale_info(self.context["language"], instance.locale.language_code)
