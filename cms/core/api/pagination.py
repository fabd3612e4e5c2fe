from django.conf import settings
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from rest_framework.pagination import LimitOffsetPagination

from cms.core.api.problems import ProblemError


def _non_negative_int(request, name: str, default: int) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if value < 0:
        raise ProblemError(
            400,
            "invalid-parameter",
            _("Invalid parameter"),
            _("%(name)s must be a whole number of 0 or more, not %(value)r.")
            % {"name": name, "value": raw},
            parameter=name,
        )
    return value


class MuseumLimitOffsetPagination(LimitOffsetPagination):
    """``?limit=`` and ``?offset=``; a limit above the maximum is a 400, not
    silently lowered, so a client never believes it received everything."""

    default_limit = settings.API_DEFAULT_LIMIT
    max_limit = settings.API_MAX_LIMIT

    def get_limit(self, request):
        limit = _non_negative_int(request, self.limit_query_param, self.default_limit)
        if limit == 0 or limit > self.max_limit:
            raise ProblemError(
                400,
                "invalid-parameter",
                _("Invalid parameter"),
                _("limit must be between 1 and %(max)d.") % {"max": self.max_limit},
                parameter=self.limit_query_param,
            )
        return limit

    def get_offset(self, request):
        return _non_negative_int(request, self.offset_query_param, 0)

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.limit = self.get_limit(request)
        served = getattr(view, "served_counts", None)
        counts = served() if served is not None else None
        self.count = (
            sum(counts.values()) if counts is not None else self.get_count(queryset)
        )
        self.offset = self.get_offset(request)
        if self.count == 0 or self.offset > self.count:
            return []
        cut = getattr(view, "language_branches", None)
        branches = cut(queryset, counts) if cut is not None else None
        return page_of(queryset, self.offset, self.limit, branches)


def page_of(queryset, offset: int, limit: int, branches=None) -> list:
    """``list(queryset[offset:offset + limit])``, sorting keys, not rows.

    The database sorts and skips the primary keys only, then the rows of that
    page are read with everything the queryset selects and prefetches (its
    filters applied again). Sorting whole rows (a page with its StreamField
    body, 10,000 of them for one language) is what made listings slow on a
    large museum; sorting keys is the same order at a fraction of the cost.
    Querysets that cannot be cut this way (``DISTINCT``, unions, plain lists)
    are sliced as they are, and so are annotated ones (search results): their
    rows are narrow, and the annotation would be computed again.

    ``branches`` cut ``queryset`` into disjoint parts that each follow an
    index of their own in the queryset's order (a fallback listing: one part
    per language of the chain). The keys of the page are then the first
    ``offset + limit`` of each part, merged by PostgreSQL: a language's
    range is read from its listing index, not sorted together with every
    other language's versions. They are used when the order is plain field
    names and the keys could be sorted at all.
    """
    window = slice(offset, offset + limit)
    if (
        not isinstance(queryset, QuerySet)
        or queryset.query.distinct
        or queryset.query.combinator
        or queryset.query.annotations
        or queryset._fields is not None  # already .values()
    ):
        return list(queryset[window])
    ordering = queryset.query.order_by
    if branches and ordering and all(isinstance(name, str) for name in ordering):
        if len(branches) == 1:  # the other languages serve nothing
            keys = branches[0].order_by(*ordering).values_list("pk", flat=True)
            return _rows_in_order(queryset, list(keys[window]))
        firsts = [
            branch.order_by(*ordering).values_list(*_columns(ordering))[
                : offset + limit
            ]
            for branch in branches
        ]
        merged = firsts[0].union(*firsts[1:], all=True).order_by(*ordering)
        return _rows_in_order(queryset, [row[-1] for row in merged[window]])
    return _rows_in_order(queryset, list(queryset.values_list("pk", flat=True)[window]))


def _rows_in_order(queryset, keys) -> list:
    """The rows of ``queryset`` whose keys are ``keys``, in that order."""
    rows = {row.pk: row for row in queryset.order_by().filter(pk__in=keys)}
    return [rows[key] for key in keys if key in rows]


def _columns(ordering) -> list[str]:
    """The fields an ``order_by`` sorts by, then the primary key (read last):
    what a branch of a union must select for the merged order."""
    names = [name.removeprefix("-") for name in ordering]
    return [*(name for name in names if name != "pk"), "pk"]
