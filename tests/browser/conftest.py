"""Browser tests: Debian's headless Chromium, driven by Playwright, against a
live server that reads the demo museum seeded once per run (tests/conftest.py).

The seed is shared by the whole session, so nothing here may flush or write
the database: pytest-django's own ``live_server`` fixture would request
``transactional_db``, whose teardown empties every table. Instead the server
thread is started directly (``LiveServer``) and every test is marked
``django_db`` (non-transactional: a rollback of the test's own, empty, atomic
block; never a flush). That mark also makes pytest-django set up the test
database and unblocks database access, process-wide, so the server's request
threads read the committed seed. Nothing here writes.
"""

import os
import shutil
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings

CHROMIUM = os.environ.get("MUSEUM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # the suite runs as root in CI
    "--disable-gpu",
    "--disable-background-networking",
    "--autoplay-policy=no-user-gesture-required",
]
LANGUAGE_CODES = ["fr", "ar", "en", "zgh"]
PAGE_KINDS = [
    "home",
    "exhibit-index",
    "exhibit",
    "object",
    "story-index",
    "story",
    "knowledge-index",
    "knowledge",
]
# An interview whose recording and transcript are public (cms/stories/demo_texts.py).
PUBLIC_STORY = "fatima-gennevilliers"
DEMO_EXHIBIT = "first-departures"
VIEWPORT = {"width": 1280, "height": 900}


def _path(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _page_paths():
    """{(kind, language code): path} for one public page of each type."""
    from wagtail.models import Locale

    from cms.core.demo.seeding import demo_key
    from cms.exhibits.models import ExhibitIndexPage, ExhibitPage
    from cms.knowledge.models import KnowledgeIndexPage, KnowledgePage
    from cms.stories.models import StoryIndexPage, StoryPage

    french = Locale.objects.get(language_code="fr")
    exhibit = ExhibitPage.objects.get(
        translation_key=demo_key("exhibit", DEMO_EXHIBIT), locale=french
    )
    story = StoryPage.objects.get(
        translation_key=demo_key("story", PUBLIC_STORY), locale=french
    )
    knowledge = (
        KnowledgePage.objects.live().public().filter(locale=french).order_by("path")
    ).first()
    museum_object = exhibit.exhibit_objects.first().museum_object
    paths = {}
    for code in LANGUAGE_CODES:
        locale = Locale.objects.get(language_code=code)
        exhibit_index = ExhibitIndexPage.objects.get(locale=locale)
        translated_object = (
            museum_object.get_translation_or_none(locale) or museum_object
        )
        pages = {
            "home": exhibit_index.get_parent(),
            "exhibit-index": exhibit_index,
            "exhibit": exhibit.get_translation(locale),
            "story-index": StoryIndexPage.objects.get(locale=locale),
            "story": story.get_translation(locale),
            "knowledge-index": KnowledgeIndexPage.objects.get(locale=locale),
            "knowledge": knowledge.get_translation(locale),
        }
        for kind, page in pages.items():
            paths[(kind, code)] = _path(page.url)
        paths[("object", code)] = (
            _path(exhibit_index.url) + f"objects/{translated_object.slug}/"
        )
    return paths


def close_connections():
    """Close this context's database connections.

    Django keeps connections in context-local storage, and Playwright's sync
    API (greenlets) runs the tests in another context than the one before it
    started: a connection left open on either side would outlive the package
    and stop pytest-django from dropping the test database at the end.
    """
    from django.db import connections

    connections.close_all()


@pytest.fixture(scope="package")
def live_site(django_db_setup, django_db_blocker):
    """A live server over the committed seed; the database stays as it is."""
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        paths = _page_paths()
        close_connections()
        server = LiveServer("127.0.0.1")
        try:
            yield server.url, paths
        finally:
            server.stop()
            # Request threads are daemons the server does not wait for; each
            # closes its database connection when its request ends. Wait for
            # them, so that none still holds the test database when it is dropped.
            for thread in threading.enumerate():
                if "process_request_thread" in thread.name:
                    thread.join(timeout=10)


@pytest.fixture(scope="package")
def browser(live_site):
    """Debian's Chromium, one per run of this package; closed before the server."""
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: the browser tests need Debian's "
            "package (`make browser-deps`, i.e. `apt-get install -y chromium`).",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio loop on this thread, which Django
    # takes for an async context and refuses the (synchronous) database work
    # pytest-django does around each test. Allowed for this package only.
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
            )
            yield browser
            browser.close()
            close_connections()
    finally:
        monkeypatch.undo()


@pytest.fixture(scope="package")
def _context(browser):
    # Playwright's wait_for_function evaluates its expression in the page,
    # which the site's Content-Security-Policy (no 'unsafe-eval') refuses. These
    # tests are about the pages' behaviour; the policy has its own context and
    # tests (test_csp.py).
    context = browser.new_context(
        viewport=VIEWPORT, service_workers="block", bypass_csp=True
    )
    context.set_default_timeout(15_000)
    yield context
    context.close()


@pytest.fixture(scope="package")
def _shared_page(_context):
    page = _context.new_page()
    yield page
    page.close()


@pytest.fixture
def page(_shared_page):
    """The one browser tab, reused; reset to a blank document between tests."""
    errors = []

    def record(error):
        errors.append(error)

    _shared_page.on("pageerror", record)
    yield _shared_page
    _shared_page.remove_listener("pageerror", record)
    # Leaving the page also ends any recording download still in flight.
    _shared_page.goto("about:blank")
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture
def visit(page, live_site):
    base, paths = live_site

    def go(kind, code):
        response = page.goto(base + paths[(kind, code)], wait_until="load")
        assert response is not None, f"{kind} in {code}: no response"
        assert response.status == 200, (
            f"{kind} in {code}: {response and response.status} for {paths[(kind, code)]}"
        )
        page.evaluate("document.fonts.ready.then(() => true)")
        return page

    return go


@pytest.fixture(scope="package")
def artifacts_dir():
    path = Path(settings.TEST_DATA_DIR) / "browser-artifacts"
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True, exist_ok=True)
    return path
