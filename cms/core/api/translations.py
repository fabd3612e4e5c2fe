"""The translation status of items as the API tells it: ``meta.translation``,
``translations[]`` and ``/api/v1/{kind}/{key}/translations/``.

The status comes from ``cms.translation.status``; the API adds what the public
may see: a language whose version is not public (a draft, a restricted
story) is reported ``missing``, without links.
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from cms.core import languages
from cms.core.api.representations import TranslationMetaSerializer, api_url
from cms.translation import status as translation_status

__all__ = ["TranslationMetaSerializer", "TranslationsField", "describe"]


class TranslationEntrySerializer(serializers.Serializer):
    locale = serializers.CharField()
    native_name = serializers.CharField()
    dir = serializers.ChoiceField(choices=["ltr", "rtl"])
    status = serializers.ChoiceField(choices=translation_status.STATUSES)
    machine = serializers.BooleanField()
    url = serializers.URLField(
        allow_null=True, help_text="Public page in that language, when it has one."
    )
    api_url = serializers.URLField(allow_null=True)


class ItemTranslationsSerializer(serializers.Serializer):
    key = serializers.UUIDField()
    source_locale = serializers.CharField()
    translations = TranslationEntrySerializer(many=True)


@extend_schema_field(TranslationEntrySerializer(many=True))
class TranslationsField(serializers.Field):
    """``translations[]`` of a detail response (computed by the view)."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, instance):
        return self.context.get("translations", [])


def describe(view, item):
    """``(meta.translation, translations[])`` of ``item`` for the public."""
    request = view.request
    states = translation_status.status_of(item)
    public = view.public_versions(item.translation_key)
    entries = []
    for language in languages.MUSEUM_LANGUAGES:
        version = public.get(language.code)
        state = states[language.code]
        visible = version is not None
        entries.append(
            {
                "locale": language.code,
                "native_name": language.native_name,
                "dir": language.direction,
                "status": state.status if visible else translation_status.MISSING,
                "machine": state.machine if visible else False,
                "url": view.public_url(version) if visible else None,
                "api_url": (
                    api_url(
                        request,
                        f"api-v1:{view.basename}-detail",
                        item.translation_key,
                        language.code,
                    )
                    if visible
                    else None
                ),
            }
        )
    served = states[item.locale.language_code]
    meta = {
        "source_locale": served.source_code,
        "status": served.status,
        "machine": served.machine,
        "reviewed": served.reviewed,
    }
    return meta, entries
