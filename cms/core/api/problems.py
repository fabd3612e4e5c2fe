"""Errors as RFC 9457 problem details (``application/problem+json``).

Every error the API returns goes through here, so clients parse one shape:
``{type, title, status, detail}`` plus optional extension members.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from cms.core.api.http import NotModified

PROBLEM_CONTENT_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "/api/v1/problems/"


def problem_body(status_code: int, title: str, detail: str, slug: str, **extra) -> dict:
    return {
        "type": f"{PROBLEM_TYPE_BASE}{slug}",
        "title": title,
        "status": status_code,
        "detail": detail,
        **extra,
    }


def _flatten(detail) -> str:
    """DRF error details (str, list or dict) as one readable sentence."""
    if isinstance(detail, dict):
        return " ".join(
            f"{key}: {_flatten(value)}" if key != "detail" else _flatten(value)
            for key, value in detail.items()
        )
    if isinstance(detail, list):
        return " ".join(_flatten(item) for item in detail)
    return str(detail)


SLUGS = {
    400: "bad-request",
    401: "not-authenticated",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    406: "not-acceptable",
    415: "unsupported-media-type",
    429: "too-many-requests",
}


class ProblemError(exceptions.APIException):
    """An API error with a specific problem type and extra members."""

    def __init__(self, status_code: int, slug: str, title: str, detail: str, **extra):
        super().__init__(detail=detail)
        self.status_code = status_code
        self.slug = slug
        self.title = title
        self.extra = extra


def problem_exception_handler(exc, context):
    if isinstance(exc, NotModified):
        return Response(status=status.HTTP_304_NOT_MODIFIED)
    if isinstance(exc, ProblemError):
        body = problem_body(
            exc.status_code, exc.title, str(exc.detail), exc.slug, **exc.extra
        )
        return Response(body, status=exc.status_code, content_type=PROBLEM_CONTENT_TYPE)

    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()

    response = exception_handler(exc, context)
    if response is None:
        return None  # unexpected errors: Django's 500 handling, logged
    code = response.status_code
    title = {
        400: _("Bad request"),
        404: _("Not found"),
        405: _("Method not allowed"),
        429: _("Too many requests"),
    }.get(code, getattr(exc, "default_detail", _("Error")))
    response.data = problem_body(
        code, str(title), _flatten(response.data), SLUGS.get(code, "error")
    )
    response.content_type = PROBLEM_CONTENT_TYPE
    return response


def api_not_found(request, *args, **kwargs):
    """Any unknown path under /api/: a JSON 404, never a redirect to /fr/api/."""
    body = problem_body(
        status.HTTP_404_NOT_FOUND,
        _("Not found"),
        _("No API endpoint at %(path)s. The index is at /api/v1/.")
        % {"path": request.path},
        "not-found",
    )
    return JsonResponse(
        body,
        status=status.HTTP_404_NOT_FOUND,
        content_type=PROBLEM_CONTENT_TYPE,
        json_dumps_params={"ensure_ascii": False},
    )
