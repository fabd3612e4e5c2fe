from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "cms.core"
    label = "core"
    verbose_name = "Museum core"

    def ready(self):
        from cms.core import generation, signals  # noqa: F401 - signals connects

        generation.connect()

        from cms.core import ordering

        ordering.connect()
