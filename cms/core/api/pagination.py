from django.conf import settings
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
