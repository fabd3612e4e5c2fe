from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from cms.core import languages


class LocaleSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="BCP 47 / ISO 639 language code.")
    name = serializers.CharField(help_text="English name of the language.")
    native_name = serializers.CharField(help_text="The language's name for itself.")
    dir = serializers.ChoiceField(choices=["ltr", "rtl"], source="direction")
    script = serializers.CharField(help_text="ISO 15924 script code.")
    default = serializers.SerializerMethodField()
    fallbacks = serializers.ListField(
        child=serializers.CharField(),
        help_text="Languages tried, in order, when an item is missing in this one.",
    )

    coverage = serializers.SerializerMethodField(
        help_text=(
            "Per content kind, the share (0–1) of the items published in the "
            "source language whose translation in this language is published "
            "and up to date; null when the kind has no items."
        )
    )

    @extend_schema_field(
        serializers.DictField(child=serializers.FloatField(allow_null=True))
    )
    def get_coverage(self, language: languages.Language):
        return self.context["coverage"][language.code]

    def get_default(self, language: languages.Language) -> bool:
        return language.code == languages.SOURCE_LANGUAGE
