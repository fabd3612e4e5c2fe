"""The kinds of translatable item, as translators and the API name them."""

from dataclasses import dataclass

from django.apps import apps
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from cms.core import languages


@dataclass(frozen=True)
class Kind:
    name: str  # as in the API: /api/v1/{name}/
    label: str
    model_labels: tuple[str, ...]  # "app.Model"

    @cached_property
    def models(self):
        return tuple(apps.get_model(label) for label in self.model_labels)

    @property
    def is_page(self) -> bool:
        return issubclass(self.models[0], Page)

    @property
    def status_model(self):
        """The model ``status.statuses_for`` is asked about."""
        return Page if self.is_page else self.models[0]

    def source_items(self):
        """Every item of this kind in the source language, drafts included."""
        if self.is_page:
            queryset = Page.objects.type(*self.models)
        else:
            queryset = self.models[0]._default_manager.all()
        return queryset.filter(locale__language_code=languages.SOURCE_LANGUAGE)

    def of(self, instance) -> bool:
        return isinstance(getattr(instance, "specific", instance), self.models)


KINDS: tuple[Kind, ...] = (
    Kind(
        "sections",
        _("Home and sections"),
        (
            "core.HomePage",
            "exhibits.ExhibitIndexPage",
            "stories.StoryIndexPage",
            "knowledge.KnowledgeIndexPage",
        ),
    ),
    Kind("exhibits", _("Exhibits"), ("exhibits.ExhibitPage",)),
    Kind("objects", _("Museum objects"), ("exhibits.MuseumObject",)),
    Kind("stories", _("Oral histories"), ("stories.StoryPage",)),
    Kind("knowledge", _("Knowledge"), ("knowledge.KnowledgePage",)),
    Kind("themes", _("Themes"), ("core.Theme",)),
    Kind("places", _("Places"), ("core.Place",)),
    Kind("people", _("People"), ("core.Person",)),
    Kind("institutions", _("Institutions"), ("core.Institution",)),
)
BY_NAME = {kind.name: kind for kind in KINDS}


def kind_of(instance) -> Kind | None:
    return next((kind for kind in KINDS if kind.of(instance)), None)
