from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "cms.editorial"
    label = "editorial"
    verbose_name = "Editorial workflows"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms.editorial import sync, viewers

        viewers.register_page_policy()
        sync.connect_signals()
