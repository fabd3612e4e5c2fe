"""Publish-aware caching of public responses: API reads and rendered pages.

A response is stored under the fingerprint of what was asked (host, path,
query, language, representation) and of the content generation
(cms/core/generation.py), the same number API ETags are built from. Any
change that can alter a public response (a page published, unpublished,
moved or deleted, a translation synced, a snippet, image, recording or
consent record saved) makes the generation grow in the same transaction, so
every stored response becomes unreachable at once: in every language, and in
every language that fell back to the changed item. Nothing has to know which
responses used what, and nothing is ever purged; old entries expire.

Only what every anonymous visitor would get is stored and served:

- only GET and HEAD, only requests without a session cookie, a messages
  cookie or an ``Authorization`` header (an editor never reads a cached page,
  and never writes one: their view may hold drafts or restricted content);
- only 200 responses that set no cookie and are not marked private or
  no-store, so a page holding a CSRF token or a password form is never kept.

The cache alias ``responses`` (its own prefix in Redis, its own memory in
development) is switched off with ``RESPONSE_CACHE=off``.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import cc_delim_re

from cms.core import generation
from cms.core.middleware import UNPREFIXED_PATHS

ALIAS = "responses"
# Not the public site (the same paths the locale middleware leaves alone):
# the API has its own view-level cache (after throttling), the rest is the
# admin, files or health checks.
UNCACHED_PREFIXES = UNPREFIXED_PATHS
# Headers a stored response must not replay.
DROPPED_HEADERS = frozenset({"set-cookie", "date", "x-museum-cache"})
HEADER = "X-Museum-Cache"


def enabled() -> bool:
    return getattr(settings, "RESPONSE_CACHE", True)


def store():
    return caches[ALIAS]


def anonymous(request) -> bool:
    """True when the request carries nothing that could make its answer
    personal: no session, no flashed messages, no credentials."""
    cookies = request.COOKIES
    return not (
        settings.SESSION_COOKIE_NAME in cookies
        or "messages" in cookies
        or request.headers.get("Authorization")
    )


def key(*parts, fingerprinted: bool = False) -> str:
    """The cache key of a response to ``parts`` at the current generation.
    ``fingerprinted``: one of the parts already is a generation fingerprint
    (an API ETag), so the counter is not read twice."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(str(part).encode())
        digest.update(b"\x00")
    if fingerprinted:
        return "r:" + digest.hexdigest()[:40]
    return "r:" + generation.fingerprint(digest.hexdigest())


def storable(response, request=None) -> bool:
    """A public, complete success that sets nothing on the client and holds
    no Content-Security-Policy nonce (one that is replayed protects nothing)."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request is not None and getattr(request, "_csp_nonce", None):
        return False
    directives = {
        d.strip().lower() for d in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return not directives & {"private", "no-store", "no-cache"}


def freeze(response) -> dict:
    return {
        "content": response.content,
        "headers": [
            (name, value)
            for name, value in response.items()
            if name.lower() not in DROPPED_HEADERS
        ],
    }


def thaw(frozen: dict) -> HttpResponse:
    response = HttpResponse(frozen["content"])
    for name, value in frozen["headers"]:
        response[name] = value
    response[HEADER] = "hit"
    return response


def save(cache_key: str, response, request=None) -> None:
    if storable(response, request):
        store().set(cache_key, freeze(response), settings.RESPONSE_CACHE_TIMEOUT)


class PageCacheMiddleware:
    """Serves rendered public pages, sitemaps and feeds from the response
    cache. Placed after the locale middleware, so the key knows the
    language, and before everything that renders."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.applies(request):
            return self.get_response(request)
        cache_key = key(
            request.get_host(),
            request.path,
            request.META.get("QUERY_STRING", ""),
            getattr(request, "LANGUAGE_CODE", ""),
            request.method == "HEAD",
        )
        frozen = store().get(cache_key)
        if frozen is not None:
            return thaw(frozen)
        response = self.get_response(request)
        if hasattr(response, "render") and not response.is_rendered:
            response.add_post_render_callback(lambda r: save(cache_key, r, request))
        else:
            save(cache_key, response, request)
        response[HEADER] = "miss"
        return response

    @staticmethod
    def applies(request) -> bool:
        return (
            enabled()
            and request.method in ("GET", "HEAD")
            and not request.path_info.startswith(UNCACHED_PREFIXES)
            and anonymous(request)
        )
