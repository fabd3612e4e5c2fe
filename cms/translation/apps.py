from django.apps import AppConfig


class TranslationConfig(AppConfig):
    name = "cms.translation"
    label = "translation"
    verbose_name = "Translation"
