"""A caching proxy in front of the museum (Varnish through
FRONTEND_CACHE_PURGE_URL) is told to forget every language of a published
page and the listings that show it, once the change is committed. A tiny
local HTTP server stands in for Varnish and records the PURGE requests."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from django.db import transaction
from django.urls import reverse
from wagtail.actions.move_page import MovePageAction
from wagtail.models import Locale, Page

from cms.core import frontend_cache
from cms.core.demo.seeding import demo_key
from cms.exhibits.models import ExhibitIndexPage, ExhibitPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "ar", "en", "zgh"]


class PurgeRecorder(BaseHTTPRequestHandler):
    def do_PURGE(self):
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = frontend_cache.frontend_cache_settings(
        {"FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{server.server_port}"}
    )
    yield server
    server.shutdown()
    server.server_close()


def exhibit(code="fr"):
    return ExhibitPage.objects.get(
        translation_key=demo_key("exhibit", "first-departures"),
        locale__language_code=code,
    )


def paths(page):
    return {page.get_url_parts()[2]} | {
        ancestor.get_url_parts()[2]
        for ancestor in Page.objects.ancestor_of(page).filter(depth__gt=1)
    }


def test_publishing_purges_every_language_and_listing_after_the_commit(
    proxy, django_capture_on_commit_callbacks
):
    page = exhibit()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        page.title = f"{page.title} (revu)"
        page.save_revision().publish()
        assert proxy.purged == [], "nothing is purged before the commit"
    assert len(callbacks) == 1, "one batch for the transaction"

    purged = {path for _host, path in proxy.purged}
    expected = set()
    for code in LANGUAGES:
        version = exhibit(code)
        expected |= paths(version)
        assert version.get_url_parts()[2] in purged, code
        assert version.get_parent().get_url_parts()[2] in purged, code
        assert f"/{code}/feeds/stories.rss" in purged
        assert f"/{code}/feeds/knowledge.atom" in purged
        assert f"/sitemap-{code}.xml" in purged
    assert "/sitemap.xml" in purged
    assert expected <= purged
    # Each URL once, addressed to the site's own host name.
    assert len(proxy.purged) == len(purged)
    hosts = {host for host, _path in proxy.purged}
    assert hosts == {urlsplit(page.get_full_url()).netloc}


@pytest.fixture
def archives(proxy, django_capture_on_commit_callbacks):
    """A second exhibits section, "Archives", in every language (its own
    publication's purges done and forgotten)."""
    home = exhibit().get_parent().get_parent()
    with django_capture_on_commit_callbacks(execute=True):
        fr = ExhibitIndexPage(title="Archives", slug="archives")
        home.add_child(instance=fr)
        fr.save_revision().publish()
        pages = {"fr": fr}
        for code in LANGUAGES[1:]:
            copy = fr.copy_for_translation(Locale.objects.get(language_code=code))
            copy.save_revision().publish()
            pages[code] = copy
    proxy.purged.clear()
    return pages


def test_moving_a_page_purges_where_it_was_and_the_listing_it_left(
    proxy, archives, django_capture_on_commit_callbacks
):
    page = exhibit()
    old_path = page.get_url_parts()[2]
    old_listing = page.get_parent().get_url_parts()[2]
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            MovePageAction(page, archives["fr"], pos="last-child").execute()
        assert proxy.purged == [], "nothing is purged before the commit"

    purged = {path for _host, path in proxy.purged}
    new_path = exhibit().get_url_parts()[2]
    assert new_path != old_path
    assert new_path.startswith(archives["fr"].get_url_parts()[2])
    # Where readers (and the CDN) knew it: the old URL and the old listing.
    assert old_path in purged
    assert old_listing in purged
    # Where it is now, and the listing that shows it now.
    assert new_path in purged
    assert archives["fr"].get_url_parts()[2] in purged
    assert len(proxy.purged) == len(purged), "each URL once"


def test_moving_pages_in_the_admin_purges_each_where_it_was(
    proxy, archives, admin_client, django_capture_on_commit_callbacks
):
    """The French exhibit and its English translation moved in the admin,
    one after the other (a translation keeps its place unless it is moved
    too): both old URLs and both old listings are purged, and the
    translations left in place are purged where they are."""
    before = {code: exhibit(code).get_url_parts()[2] for code in LANGUAGES}
    listings = {
        code: exhibit(code).get_parent().get_url_parts()[2] for code in LANGUAGES
    }
    with django_capture_on_commit_callbacks(execute=True):
        for code in ("fr", "en"):
            response = admin_client.post(
                reverse(
                    "wagtailadmin_pages:move_confirm",
                    args=(exhibit(code).pk, archives[code].pk),
                )
            )
            assert response.status_code == 302, code

    purged = {path for _host, path in proxy.purged}
    for code in ("fr", "en"):
        moved = exhibit(code)
        assert moved.get_parent().pk == archives[code].pk, code
        assert before[code] in purged, code
        assert listings[code] in purged, code
        assert moved.get_url_parts()[2] in purged, code
    for code in ("ar", "zgh"):
        assert exhibit(code).get_url_parts()[2] == before[code]
        assert before[code] in purged, code


def test_moving_a_section_purges_the_old_urls_of_the_pages_below_it(
    proxy, archives, django_capture_on_commit_callbacks
):
    section = exhibit().get_parent()
    below = [child.get_url_parts()[2] for child in section.get_children().live()]
    assert len(below) > 1
    with django_capture_on_commit_callbacks(execute=True):
        MovePageAction(section, archives["fr"], pos="last-child").execute()

    purged = {path for _host, path in proxy.purged}
    assert set(below) <= purged
    moved_below = Page.objects.get(pk=section.pk).get_children().live()
    assert not {child.get_url_parts()[2] for child in moved_below} & set(below)


def test_reordering_below_the_same_parent_purges_the_page_where_it_is(
    proxy, django_capture_on_commit_callbacks
):
    page = exhibit()
    path = page.get_url_parts()[2]
    with django_capture_on_commit_callbacks(execute=True):
        MovePageAction(page, page.get_parent(), pos="first-child").execute()
    purged = {path for _host, path in proxy.purged}
    assert exhibit().get_url_parts()[2] == path
    assert path in purged


def test_unpublishing_purges_too(proxy, django_capture_on_commit_callbacks):
    page = exhibit("en")
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    purged = {path for _host, path in proxy.purged}
    assert page.get_url_parts()[2] in purged
    assert exhibit("ar").get_url_parts()[2] in purged


def test_a_rolled_back_publish_purges_nothing(
    proxy, django_capture_on_commit_callbacks
):
    page = exhibit()
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                page.save_revision().publish()
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
    assert proxy.purged == []

    # The next change is purged as usual.
    with django_capture_on_commit_callbacks(execute=True):
        exhibit().save_revision().publish()
    assert proxy.purged


def test_nothing_is_purged_without_a_front_end_cache(
    settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = None
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        exhibit().save_revision().publish()
    assert not [
        callback
        for callback in callbacks
        if getattr(callback, "func", None) is frontend_cache._flush
    ]


@pytest.mark.parametrize(
    ("environment", "named"),
    [
        ({"FRONTEND_CACHE_PURGE_URL": "varnish:6081"}, "FRONTEND_CACHE_PURGE_URL"),
        ({"CLOUDFLARE_ZONE_ID": "zone"}, "CLOUDFLARE_API_TOKEN"),
        ({"CLOUDFLARE_API_TOKEN": "token"}, "CLOUDFLARE_ZONE_ID"),
    ],
)
def test_half_configured_front_end_caches_are_refused(environment, named):
    with pytest.raises(frontend_cache.FrontendCacheConfigError) as error:
        frontend_cache.frontend_cache_settings(environment)
    assert named in str(error.value)


def test_each_front_end_cache_is_selected_from_the_environment():
    assert frontend_cache.frontend_cache_settings({}) is None
    selected = frontend_cache.frontend_cache_settings(
        {
            "FRONTEND_CACHE_PURGE_URL": "http://varnish:6081",
            "CLOUDFLARE_ZONE_ID": "zone",
            "CLOUDFLARE_API_TOKEN": "token",
            "CLOUDFRONT_DISTRIBUTION_ID": "E123",
        }
    )
    assert selected == {
        "varnish": {
            "BACKEND": frontend_cache.HTTP_BACKEND,
            "LOCATION": "http://varnish:6081",
        },
        "cloudflare": {
            "BACKEND": frontend_cache.CLOUDFLARE_BACKEND,
            "ZONEID": "zone",
            "BEARER_TOKEN": "token",
        },
        "cloudfront": {
            "BACKEND": frontend_cache.CLOUDFRONT_BACKEND,
            "DISTRIBUTION_ID": "E123",
        },
    }
