"""Admin listings for the shared vocabularies. They are translatable: a
translator's rights on them apply to their language only (LanguageTeamSnippetViewSet)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from cms.core.models import Institution, Person, Place, Theme
from cms.translation.permissions import LanguageTeamSnippetViewSet


class ThemeViewSet(LanguageTeamSnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class PlaceViewSet(LanguageTeamSnippetViewSet):
    model = Place
    icon = "site"
    list_display = ["name", "country", "latitude", "longitude", "locale"]
    list_filter = ["locale", "country"]
    search_fields = ["name"]


class PersonViewSet(LanguageTeamSnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "roles", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class InstitutionViewSet(LanguageTeamSnippetViewSet):
    model = Institution
    icon = "group"
    list_display = ["name", "kind", "country", "locale"]
    list_filter = ["locale", "kind", "country"]
    search_fields = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Vocabularies")
    menu_icon = "tag"
    menu_order = 300
    items = (ThemeViewSet, PlaceViewSet, PersonViewSet, InstitutionViewSet)
