"""HTTP behaviour every public read endpoint shares: strong ETags answered
before any work, the contract's Cache-Control, and anonymous throttling.

The ETag is a fingerprint of the request (path, query, the negotiated
language) and of the content generation (cms/core/generation.py). A matching
``If-None-Match`` is answered with 304 in ``initial()``, before the view
touches a queryset or a serializer.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control
from rest_framework import exceptions, status
from rest_framework.throttling import SimpleRateThrottle

from cms.core import generation

PUBLIC_CACHE_CONTROL = {
    "public": True,
    "max_age": 60,
    "s_maxage": 600,
    "stale_while_revalidate": 600,
}


class NotModified(exceptions.APIException):
    """Raised when the client's copy is current: answered with an empty 304."""

    status_code = status.HTTP_304_NOT_MODIFIED
    default_detail = ""


class CachedResponse(Exception):
    """Raised by ``initial()`` when the response cache holds the answer;
    ``handle_exception`` returns it as the response."""

    def __init__(self, response):
        super().__init__()
        self.response = response


def request_etag(request, language_code: str) -> str:
    return '"{}"'.format(
        generation.fingerprint(
            request.path, request.META.get("QUERY_STRING", ""), language_code
        )
    )


def matches(if_none_match: str, etag: str) -> bool:
    """RFC 9110 weak comparison, as If-None-Match requires."""
    if not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    wanted = etag.removeprefix("W/")
    return any(
        candidate.strip().removeprefix("W/") == wanted
        for candidate in if_none_match.split(",")
    )


def cacheable(request, response) -> bool:
    return request.method in ("GET", "HEAD") and response.status_code in (200, 304)


def apply_cache_headers(request, response, etag):
    """The contract's caching headers; anything not a public success is
    ``private, no-store``."""
    if etag and cacheable(request, response):
        response["ETag"] = etag
        patch_cache_control(response, **PUBLIC_CACHE_CONTROL)
    else:
        patch_cache_control(response, private=True, no_store=True)


class AnonymousRateThrottle(SimpleRateThrottle):
    """Anonymous clients, per IP address, counted in the default cache (Redis
    in production, so every worker and server shares the count). Signed-in
    users are never throttled. The rate is read at each request from
    ``API_ANONYMOUS_RATE`` (e.g. "600/minute"; empty: no limit)."""

    scope = "anonymous"

    def __init__(self):
        # SimpleRateThrottle reads DEFAULT_THROTTLE_RATES once, at import.
        self.rate = self.get_rate()
        if self.rate:
            self.num_requests, self.duration = self.parse_rate(self.rate)

    def get_rate(self):
        return getattr(settings, "API_ANONYMOUS_RATE", "") or None

    def allow_request(self, request, view):
        if self.rate is None:
            return True
        return super().allow_request(request, view)

    def get_cache_key(self, request, view):
        if request.user and request.user.is_authenticated:
            return None
        return self.cache_format % {
            "scope": self.scope,
            "ident": self.get_ident(request),
        }
