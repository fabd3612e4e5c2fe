"""Purging a CDN or caching proxy in front of the museum when content changes.

The app's own response cache needs no purge (a publish makes its entries
unreachable, cms/core/generation.py). A cache in front of the app — Varnish,
Cloudflare, CloudFront — keeps a page until it expires unless it is told, so
when ``WAGTAILFRONTENDCACHE`` is configured (from the environment, see
:func:`frontend_cache_settings`) a publish, unpublish or move purges, through
Wagtail's front-end cache backends:

- the page in every language (each translation's own URL: slugs may differ
  between languages, so Wagtail's prefix rewriting is turned off);
- the listings that show it: every ancestor below the tree root in every
  language (the section index, the home page);
- each language's feeds and sitemaps, and the sitemap index;
- after a move, also the URLs the moved pages had before it (the page and
  each live page below it) and the listings of the parent it left
  (:func:`urls_before_move`). The admin moves each translation with the
  page, one signal per language: each one's old URLs are purged.

The URLs of one transaction are collected and purged once, after the commit,
so a proxy never refetches a page before the change is visible. Wagtail's
own signal handlers (app ``wagtail.contrib.frontend_cache``) are not
installed: they would purge the published page alone, once per language.
"""

import copy
import functools
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation

HTTP_BACKEND = "wagtail.contrib.frontend_cache.backends.HTTPBackend"
CLOUDFLARE_BACKEND = "wagtail.contrib.frontend_cache.backends.CloudflareBackend"
CLOUDFRONT_BACKEND = "wagtail.contrib.frontend_cache.backends.CloudfrontBackend"
FEEDS = (
    "feed-stories-rss",
    "feed-stories-atom",
    "feed-knowledge-rss",
    "feed-knowledge-atom",
)


class FrontendCacheConfigError(ValueError):
    """A half-configured front-end cache (one line)."""


def _get(environ, name):
    return (environ.get(name) or "").strip()


def frontend_cache_settings(environ) -> dict | None:
    """``WAGTAILFRONTENDCACHE`` for the environment, or None (no cache in
    front to purge). Several may be set together. Raises
    FrontendCacheConfigError."""
    backends = {}
    purge_url = _get(environ, "FRONTEND_CACHE_PURGE_URL")
    if purge_url:
        parts = urlsplit(purge_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FrontendCacheConfigError(
                "FRONTEND_CACHE_PURGE_URL must be the http(s) address that accepts "
                "PURGE requests, such as http://varnish:6081, not "
                f"{parts._replace(netloc=parts.hostname or '').geturl()!r}."
            )
        backends["varnish"] = {"BACKEND": HTTP_BACKEND, "LOCATION": purge_url}

    zone = _get(environ, "CLOUDFLARE_ZONE_ID")
    token = _get(environ, "CLOUDFLARE_API_TOKEN")
    if bool(zone) != bool(token):
        missing = "CLOUDFLARE_API_TOKEN" if zone else "CLOUDFLARE_ZONE_ID"
        raise FrontendCacheConfigError(
            f"Cloudflare purging needs CLOUDFLARE_ZONE_ID and CLOUDFLARE_API_TOKEN; "
            f"{missing} is not set."
        )
    if zone:
        backends["cloudflare"] = {
            "BACKEND": CLOUDFLARE_BACKEND,
            "ZONEID": zone,
            "BEARER_TOKEN": token,
        }

    distribution = _get(environ, "CLOUDFRONT_DISTRIBUTION_ID")
    if distribution:
        # Credentials from the environment or the machine's role (boto3).
        backends["cloudfront"] = {
            "BACKEND": CLOUDFRONT_BACKEND,
            "DISTRIBUTION_ID": distribution,
        }
    return backends or None


# --- purging -----------------------------------------------------------------


def enabled() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def urls_for_page(page) -> set[str]:
    """Every URL a change of ``page`` can make stale, in every language."""
    urls = set()
    sites = set()
    translations = page.get_translations(inclusive=True).specific()
    for version in translations:
        parts = version.get_url_parts()
        if parts is None:
            continue
        _site_id, root_url, _path = parts
        sites.add(root_url)
        base = version.get_full_url()
        urls.update(
            base + path.lstrip("/") for path in version.specific.get_cached_paths()
        )
        urls |= _listing_urls(version)
    for root_url in sites:
        urls.update(_language_urls(root_url))
    return urls


def urls_before_move(page, parent_before, url_path_before, url_path_after):
    """The URLs a move of ``page`` (already at its new place) left stale:
    where it and every live page below it were, and the old parent's
    listings (that parent and its ancestors below the tree root)."""
    from wagtail.models import Page

    urls = set()
    if url_path_before != url_path_after:
        moved = Page.objects.descendant_of(page, inclusive=True).live().specific()
        for version in moved:
            if not version.url_path.startswith(url_path_after):
                continue
            before = copy.copy(version)
            before.url_path = url_path_before + version.url_path[len(url_path_after) :]
            base = before.get_full_url()
            if base:
                urls.update(
                    base + path.lstrip("/") for path in version.get_cached_paths()
                )
    if parent_before is not None:
        urls |= _listing_urls(parent_before, inclusive=True)
    return urls


def _listing_urls(page, inclusive=False) -> set[str]:
    """The pages listing ``page``: its ancestors below the tree root."""
    from wagtail.models import Page

    ancestors = Page.objects.ancestor_of(page, inclusive=inclusive).filter(depth__gt=1)
    return {url for url in (a.get_full_url() for a in ancestors) if url}


def _language_urls(root_url) -> set[str]:
    """Each language's feeds and sitemap, and the sitemap index."""
    root_url = root_url.rstrip("/")
    urls = {root_url + reverse("sitemap-index")}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls.update(root_url + reverse(name) for name in FEEDS)
        urls.add(root_url + reverse("sitemap-language", args=(code,)))
    return urls


def schedule_purge(urls):
    """Purge ``urls`` once the current transaction commits (at once outside
    one). The URLs of one transaction are purged together, once."""
    urls = set(urls)
    if not urls:
        return
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        _purge(urls)
        return
    pending = getattr(connection, "museum_frontend_purge", None)
    # A batch whose callback is gone (run, or dropped by a rollback) is over.
    if pending is None or not any(
        entry[1] is pending[0] for entry in connection.run_on_commit
    ):
        batch = set()
        pending = (functools.partial(_flush, connection, batch), batch)
        connection.museum_frontend_purge = pending
        transaction.on_commit(pending[0])
    pending[1].update(urls)


def _flush(connection, batch):
    connection.museum_frontend_purge = None
    _purge(batch)


def _purge(urls):
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    purge_urls_from_cache(sorted(urls))


def purge_page(page):
    if enabled():
        schedule_purge(urls_for_page(page))


def purge_moved_page(page, parent_before, url_path_before, url_path_after):
    """After a move: the page everywhere it is now, and where it was."""
    if enabled():
        schedule_purge(
            urls_for_page(page)
            | urls_before_move(page, parent_before, url_path_before, url_path_after)
        )
