from django.apps import AppConfig


class ExhibitsConfig(AppConfig):
    name = "cms.exhibits"
    label = "exhibits"
    verbose_name = "Exhibits"
