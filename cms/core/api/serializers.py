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

    def get_default(self, language: languages.Language) -> bool:
        return language.code == languages.SOURCE_LANGUAGE
