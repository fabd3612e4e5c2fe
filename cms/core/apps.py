from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "cms.core"
    label = "core"
    verbose_name = "Museum core"
