"""The base of every content endpoint (exhibits, objects, stories, knowledge):
lookup by translation key in the requested language, typed query parameters,
and the 404 that says which languages exist."""

import functools
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Case, Exists, IntegerField, Min, OuterRef, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from wagtail.models import Page

from cms.core import languages
from cms.core.api import translations as item_translations
from cms.core.api.fallback import FALLBACK_PARAMETER, fallback_chain
from cms.core.api.problems import ProblemError
from cms.core.api.views import MuseumAPIMixin
from cms.core.localization import api_reading
from cms.core.models import ListedPage, listed_in_language
from cms.core.visibility import public_pages_of_any_kind

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


def ordering_parameter(orderings, default):
    """The OpenAPI description of ``?ordering=`` for ``orderings`` (see
    ``ContentAPIViewSet.orderings``); ``default`` names the list's own order."""
    names = [f"{sign}{name}" for name in orderings for sign in ("", "-")]
    return OpenApiParameter(
        "ordering",
        OpenApiTypes.STR,
        enum=names,
        description=(
            f"Order of the list: {', '.join(orderings)}; a leading - reverses "
            f"it. Without it: {default}. Titles sort in the language served."
        ),
    )


def invalid_parameter(name, detail):
    return ProblemError(
        400, "invalid-parameter", _("Invalid parameter"), detail, parameter=name
    )


class ContentAutoSchema(AutoSchema):
    """Every operation on content takes ``fallback``."""

    def get_override_parameters(self):
        return [*super().get_override_parameters(), FALLBACK_PARAMETER]


@functools.lru_cache(maxsize=256)
def _best_language_statement(model, chain, today):
    """The SQL and parameters of ``served_counts``' inner statement: each
    public item of page kind ``model`` with the position in ``chain`` of its
    best language. Built once per kind, chain and day (building it costs
    more than running it: 2.5 ms, most of it the visibility rule), since
    nothing else goes into it: the rule's only parameter is the date that
    embargoes end on, and restrictions are read by the statement itself."""
    pages = Page.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        alias_of__isnull=True,
        locale__language_code__in=chain,
    )
    position = Case(
        *(
            When(locale__language_code=code, then=Value(index))
            for index, code in enumerate(chain)
        ),
        output_field=IntegerField(),
    )
    best = (
        public_pages_of_any_kind(pages)
        .order_by()
        .values("translation_key")
        .annotate(best=Min(position))
        .values("best")
    )
    return best.query.sql_with_params()


class ContentAPIViewSet(
    MuseumAPIMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """List and retrieve items of one kind; ``{key}`` is the translation key."""

    schema = ContentAutoSchema()
    chain = None  # the languages to serve, set from ?fallback= in initial()
    lookup_field = "translation_key"
    lookup_url_kwarg = "key"
    lookup_value_regex = "[0-9a-fA-F-]{36}"
    model = None  # the translatable model, for the "which languages exist" answer
    # ``?ordering=`` names and the fields each sorts by (the primary key last,
    # so that pages never overlap); a leading "-" reverses the first field.
    orderings: dict[str, tuple[str, ...]] = {}

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

    def ordering_param(self):
        """The ``order_by`` fields ``?ordering=`` asks for, or None."""
        raw = self.request.query_params.get("ordering", "").strip()
        if not raw:
            return None
        fields = self.orderings.get(raw.removeprefix("-"))
        if fields is None:
            raise invalid_parameter(
                "ordering",
                _(
                    "ordering must be one of %(names)s, with a leading - for "
                    "the reverse order, not %(value)r."
                )
                % {"names": ", ".join(self.orderings), "value": raw[:40]},
            )
        if raw.startswith("-"):  # the first field reversed, ties as they were
            first = fields[0]
            fields = (first[1:] if first.startswith("-") else f"-{first}", *fields[1:])
        return fields

    def paginate_queryset(self, queryset):
        """The page, in the order ``?ordering=`` asks for (each kind's
        ``paginate_queryset`` attaches its relations to the page after)."""
        ordering = self.ordering_param()
        if ordering is not None:
            queryset = queryset.order_by(*ordering)
        return super().paginate_queryset(queryset)

    def apply_search(self, queryset, terms):
        """Keep the items of ``queryset`` that match ``terms``, each version
        in its own language's way (cms/search); the order stays the
        queryset's. One subquery, whatever the number of items."""
        if not terms:
            return queryset
        from cms.search.indexing import kind_of_model
        from cms.search.query import matching_ids

        kind = kind_of_model(self.model)
        return queryset.filter(pk__in=matching_ids(kind, terms))

    def allowed_query_parameters(self):
        allowed = super().allowed_query_parameters() | {"fallback"}
        return allowed | {"ordering"} if self.orderings else allowed

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.chain = fallback_chain(request, self.language)
        reading = api_reading.get()
        if reading is not None:
            reading["chain"] = self.chain

    def originals(self, queryset):
        """``queryset`` without wagtail-localize's aliases: an alias is the
        source page copied into another language's tree, not a translation,
        so it never counts as the item "in" that language."""
        if issubclass(self.model, Page):
            return queryset.filter(alias_of__isnull=True)
        return queryset

    def served_queryset(self, chain):
        """One version per item: in the first language of ``chain`` in which
        the public may see it. Filters, ordering and pagination apply as to
        any queryset, in a fixed number of queries."""
        if len(chain) == 1:
            return self.originals(self.get_queryset_for(chain[0]))
        everything = self.originals(self.get_queryset_for(None))
        condition = Q()
        for position, code in enumerate(chain):
            here = Q(locale__language_code=code)
            if position:
                better = everything.filter(
                    translation_key=OuterRef("translation_key"),
                    locale__language_code__in=chain[:position],
                )
                here &= ~Exists(better)
            condition |= here
        return everything.filter(condition)

    def served_counts(self) -> dict | None:
        """``{code: number of items served in that language}`` for the whole,
        unfiltered list of a page kind along the chain, in one statement;
        None for a filtered list or a kind that is not a page.

        Counting ``served_queryset`` reads every public version of the kind
        and, for each version in a later language, looks for a better one:
        two passes over the kind's pages, about 150 ms at 10,000 items. Here
        each item's best language is its first language of the chain among
        its public versions, read from ``core_live_originals``, an index of
        the page table's live originals by type and language that holds the
        translation key and the path (the view restriction is checked on the
        path): no page row is read. The rule is ``public_pages_of_any_kind``,
        the same one each kind's ``get_queryset_for`` applies (a test holds
        them equal). A filter applies to the version served, not to every
        version, so a filtered list is counted the exact way.
        """
        chain = self.chain or [self.language.code]
        if not issubclass(self.model, ListedPage) or (
            self.query_parameters & set(self.request.query_params)
        ):
            return None
        sql, params = _best_language_statement(
            self.model, tuple(chain), timezone.localdate()
        )
        with connection.cursor() as cursor:
            # ``sql`` is Django's, with its parameters apart.
            grouped = f"SELECT best, COUNT(*) FROM ({sql}) AS items GROUP BY best"  # noqa: S608
            cursor.execute(grouped, params)
            found = dict(cursor.fetchall())
        return {code: found.get(index, 0) for index, code in enumerate(chain)}

    def language_branches(self, queryset, counts=None):
        """A listing ``queryset`` of ``served_queryset(chain)`` cut into one
        queryset per language of the chain, each read from its language's
        listing index, for ``page_of`` to merge. None when there is one
        language, or for models without a listing key (objects: PostgreSQL
        already walks their accession-number index).

        With ``counts`` (``served_counts``), a language that serves no item
        has no branch: proving it empty would walk its whole listing index,
        looking for a version with no better one (all 10,000 French exhibits
        behind the Arabic ones, 80 ms). Leaving a branch out can only leave
        items off a page, never add one."""
        chain = self.chain or []
        if len(chain) < 2 or not issubclass(self.model, ListedPage):
            return None
        if counts is not None:
            chain = [code for code in chain if counts.get(code)]
        return [listed_in_language(queryset, code) for code in chain] or None

    def get_object(self):
        """The item ``{key}`` in the first language of the chain in which the
        public may see it, read with its other public versions in one query
        (``public_versions``: the translations list needs them too)."""
        try:
            key = uuid.UUID(self.kwargs[self.lookup_url_kwarg])
        except ValueError:
            key = None
        versions = self.public_versions(key) if key else {}
        chain = self.chain or [self.language.code]
        item = next((versions[code] for code in chain if code in versions), None)
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
                available_locales=[
                    code for code in languages.CODES if code in versions
                ],
            )
        return self.prepare_detail(item)

    def detail_queryset(self):
        """Every version the public may see, of every item, with what a
        detail reads beside its own fields (each kind adds its own)."""
        return self.originals(self.get_queryset_for(None)).select_related("locale")

    def public_versions(self, key) -> dict:
        """``{code: version}`` of the item ``key`` that the public may see
        (translations only: an alias is not the item in its language), each
        ready for a detail, in one query per request."""
        cache = self.__dict__.setdefault("_public_versions", {})
        if key not in cache:
            versions = self.detail_queryset().filter(translation_key=key).order_by()
            cache[key] = {version.locale.language_code: version for version in versions}
        return cache[key]

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
        return self.served_queryset(self.chain or [self.language.code])

    def prepare_detail(self, item):
        return item
