"""The base of every content endpoint (exhibits, objects, stories, knowledge):
lookup by translation key in the requested language, typed query parameters,
and the 404 that says which languages exist."""

import uuid

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from wagtail.models import Locale, Page

from cms.core import languages
from cms.core.api import translations as item_translations
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
        return list(self.public_versions(key))

    def public_versions(self, key) -> dict:
        """``{code: version}`` of the item ``key`` that the public may see."""
        public = [
            self.get_queryset_for(code)
            .filter(translation_key=key)
            .order_by()
            .values_list("pk", flat=True)
            for code in languages.CODES
        ]
        ids = public[0].union(*public[1:])
        model = Page if issubclass(self.model, Page) else self.model
        versions = model._default_manager.select_related("locale").filter(pk__in=ids)
        return {version.locale.language_code: version for version in versions}

    def public_url(self, version):
        """The public page of ``version``, if it has one."""
        return version.get_full_url(self.request) if isinstance(version, Page) else None

    def retrieve(self, request, *args, **kwargs):
        item = self.get_object()
        meta, entries = item_translations.describe(self, item)
        context = self.get_serializer_context()
        context["translations"] = entries
        data = self.get_serializer_class()(item, context=context).data
        data["meta"]["translation"] = meta
        return Response(data)

    @extend_schema(
        parameters=[LOCALE_PARAMETER],
        responses=item_translations.ItemTranslationsSerializer,
        summary="The languages of one item and where each translation stands",
    )
    @action(detail=True, url_path="translations", url_name="translations")
    def translations(self, request, key=None):
        try:
            translation_key = uuid.UUID(key)
        except ValueError:
            translation_key = None
        versions = self.public_versions(translation_key) if translation_key else {}
        if not versions:
            raise ProblemError(
                404,
                "not-found",
                _("Not found"),
                _("No %(kind)s with this key.")
                % {"kind": self.model._meta.verbose_name},
                available_locales=[],
            )
        item = versions.get(self.language.code) or next(iter(versions.values()))
        meta, entries = item_translations.describe(self, item)
        return Response(
            {
                "key": str(translation_key),
                "source_locale": meta["source_locale"],
                "translations": entries,
            }
        )

    def get_queryset_for(self, code):
        raise NotImplementedError

    def get_queryset(self):
        return self.get_queryset_for(self.language.code)

    def prepare_detail(self, item):
        return item
