from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "cms.search"
    label = "museum_search"  # "search" is wagtail.search's label
    verbose_name = "Search"

    def ready(self):
        from cms.search import signals  # noqa: F401
