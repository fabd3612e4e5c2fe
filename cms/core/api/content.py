"""The base of every content endpoint (exhibits, objects, stories, knowledge):
lookup by translation key in the requested language, typed query parameters,
and the 404 that says which languages exist."""

import uuid

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import mixins, viewsets
from wagtail.models import Locale

from cms.core import languages
from cms.core.api.problems import ProblemError
from cms.core.api.views import MuseumAPIMixin

MAX_SEARCH_LENGTH = 200

LOCALE_PARAMETER = OpenApiParameter(
    "locale",
    OpenApiTypes.STR,
    enum=["fr", "ar", "en", "zgh"],
    description="Language of the response; else Accept-Language, else fr.",
)


def key_parameter(name, description):
    return OpenApiParameter(name, OpenApiTypes.UUID, description=description)


def year_parameter(name, description):
    return OpenApiParameter(name, OpenApiTypes.INT, description=description)


SEARCH_PARAMETER = OpenApiParameter(
    "search",
    OpenApiTypes.STR,
    description=f"Words to look for (at most {MAX_SEARCH_LENGTH} characters).",
)


def invalid_parameter(name, detail):
    return ProblemError(
        400, "invalid-parameter", _("Invalid parameter"), detail, parameter=name
    )


class ContentAPIViewSet(
    MuseumAPIMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """List and retrieve items of one kind; ``{key}`` is the translation key."""

    lookup_field = "translation_key"
    lookup_url_kwarg = "key"
    lookup_value_regex = "[0-9a-fA-F-]{36}"
    model = None  # the translatable model, for the "which languages exist" answer

    def uuid_param(self, name):
        raw = self.request.query_params.get(name)
        if not raw:
            return None
        try:
            return uuid.UUID(raw)
        except ValueError as error:
            raise invalid_parameter(
                name,
                _("%(name)s must be a key (a UUID), not %(value)r.")
                % {"name": name, "value": raw[:40]},
            ) from error

    def year_param(self, name):
        raw = self.request.query_params.get(name)
        if raw is None or raw == "":
            return None
        if not raw.lstrip("-").isdigit() or len(raw) > 5:
            raise invalid_parameter(
                name,
                _("%(name)s must be a year, such as 1963, not %(value)r.")
                % {"name": name, "value": raw[:40]},
            )
        return int(raw)

    def search_param(self):
        raw = self.request.query_params.get("search", "").strip()
        if len(raw) > MAX_SEARCH_LENGTH:
            raise invalid_parameter(
                "search",
                _("search must be at most %(max)d characters.")
                % {"max": MAX_SEARCH_LENGTH},
            )
        return raw or None

    def apply_search(self, queryset, terms):
        """Keep the items of ``queryset`` that match ``terms`` in the search
        index of the requested language."""
        if not terms:
            return queryset
        locale = Locale.objects.filter(language_code=self.language.code).first()
        candidates = self.model._default_manager.filter(locale=locale)
        matching = [item.pk for item in candidates.search(terms)]
        return queryset.filter(pk__in=matching)

    def get_object(self):
        try:
            key = uuid.UUID(self.kwargs[self.lookup_url_kwarg])
        except ValueError:
            key = None
        item = self.get_queryset().filter(translation_key=key).first() if key else None
        if item is None:
            raise ProblemError(
                404,
                "not-found",
                _("Not found"),
                _("No %(kind)s with this key in %(language)s.")
                % {
                    "kind": self.model._meta.verbose_name,
                    "language": self.language.native_name,
                },
                available_locales=self.public_languages_of(key) if key else [],
            )
        return self.prepare_detail(item)

    def public_languages_of(self, key):
        """The languages in which the public may see the item ``key``."""
        return [
            code
            for code in languages.CODES
            if self.get_queryset_for(code).filter(translation_key=key).exists()
        ]

    def get_queryset_for(self, code):
        raise NotImplementedError

    def get_queryset(self):
        return self.get_queryset_for(self.language.code)

    def prepare_detail(self, item):
        return item
