from django.apps import AppConfig


class TranslationConfig(AppConfig):
    name = "cms.translation"
    label = "translation"
    verbose_name = "Translation"

    def ready(self):
        from cms.translation import wagtail_localize_unicode_slugs

        wagtail_localize_unicode_slugs.apply()

        from cms.translation import signals

        signals.connect()

        from cms.translation import permissions, wagtail_localize_snippet_permissions

        permissions.connect_signals()
        wagtail_localize_snippet_permissions.apply()
        from cms.translation import (  # noqa: F401
            cascade,
            wagtail_localize_draft_title,
            wagtail_localize_empty_m2m_sync,
        )
