"""The XSS corpus in headless Chromium (../shared/RELIABILITY.md, "XSS
corpus"): the public pages of every kind in the four languages, and the
admin's page editor and wagtail-localize's translation editor, hold the
corpus of tests/hostile.py, and none of its scripts runs.

Every corpus payload that could run sets ``window.__xss``, and the long ones
also set ``document.title = 'XSS'`` and log ``XSS-FIRED``. The check listens
for console messages, dialogs and page errors, moves the mouse over and
focuses every element (``onmouseover``/``onfocus`` payloads), and looks in
the live DOM (after the admin's scripts have drawn their editors) for an
``on*`` attribute, a ``javascript:`` URL or a script holding corpus code.

The corpus is written inside this test's transaction, which is rolled back
afterwards, so the shared seed stays as it is (tests/browser/conftest.py).
A server thread of its own answers Chromium's requests, one at a time, on
this test's database connection: it sees the uncommitted corpus.
"""

import threading
from contextlib import contextmanager

import pytest
from django.core.servers.basehttp import WSGIRequestHandler, WSGIServer
from django.test import Client
from django.urls import reverse

from tests.hostile import LANGUAGE_CODES, PAYLOADS, PUBLIC_KINDS, build_corpus

from .conftest import VIEWPORT

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


# Runs in the page: what the corpus created in the live DOM, then every
# element hovered and focused.
INSPECT = """(strict) => {
    const found = [];
    const urlAttributes = ["href", "src", "action", "formaction", "data",
                           "poster", "xlink:href", "srcdoc"];
    const executable = ["", "text/javascript", "application/javascript",
                        "module", "text/ecmascript"];
    for (const element of document.querySelectorAll("*")) {
        for (const attribute of element.attributes) {
            const name = attribute.name.toLowerCase();
            const value = attribute.value;
            if (name.startsWith("on") && value.includes("__xss")) {
                found.push(`<${element.localName} ${name}=${value.slice(0, 60)}>`);
            }
            const scheme = value.replace(/[\\u0000-\\u0020\\u007f-\\u00a0\\s]+/g, "")
                                .toLowerCase();
            if (urlAttributes.includes(name) && scheme.startsWith("javascript:")
                && (strict || value.includes("__xss"))) {
                found.push(`<${element.localName} ${name}=${value.slice(0, 60)}>`);
            }
        }
        if (element.localName === "script"
            && executable.includes((element.type || "").toLowerCase())
            && element.textContent.includes("__xss")) {
            found.push(`<script>${element.textContent.slice(0, 60)}`);
        }
    }
    for (const element of document.querySelectorAll("body *")) {
        element.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
        element.dispatchEvent(new FocusEvent("focus"));
    }
    return found;
}"""
FIRED = "() => [typeof window.__xss, document.title]"


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def server_on_this_connection():
    """A server answering one request at a time on the current database
    connection, inside the test's transaction; stopped before it ends."""
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.handlers.wsgi import WSGIHandler
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections, connections

    connection = connections["default"]
    assert connection.in_atomic_block, "the test's transaction is not open"
    httpd = WSGIServer(("127.0.0.1", 0), _QuietHandler, allow_reuse_address=False)
    httpd.set_app(StaticFilesHandler(WSGIHandler()))

    def serve():
        connections["default"] = connection
        httpd.serve_forever(poll_interval=0.05)

    # Requests must neither close the shared connection nor end its transaction.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    connection.inc_thread_sharing()
    thread = threading.Thread(target=serve, name="hostile-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()  # waits for the request in progress
        httpd.server_close()
        thread.join(timeout=10)
        connection.dec_thread_sharing()
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture(autouse=True)
def _forget_site_root_paths():
    """Wagtail caches the sites' root paths: forget those computed inside
    the rolled-back transaction."""
    yield
    from wagtail.models import Site

    Site.clear_site_root_paths_cache()


@pytest.fixture
def watched_tab(browser):
    """A tab of its own (its own cookies), with every console message,
    dialog and page error recorded."""
    # The Content-Security-Policy would stop an inline payload even if the
    # templates let it through: bypassed here so that this checks the escaping
    # itself. The policy is the second wall, tested in test_csp.py.
    context = browser.new_context(
        viewport=VIEWPORT, service_workers="block", bypass_csp=True
    )
    context.set_default_timeout(30_000)
    tab = context.new_page()
    events = {"console": [], "dialogs": [], "errors": []}
    tab.on("console", lambda message: events["console"].append(message.text))
    tab.on("pageerror", lambda error: events["errors"].append(str(error)))

    def dialog(dialog):
        events["dialogs"].append(dialog.message)
        dialog.dismiss()

    tab.on("dialog", dialog)
    yield tab, events
    tab.goto("about:blank")
    context.close()


def check(tab, events, url, label, *, strict=True):
    """Load ``url``, disturb every element, and return what ran or could run
    (``strict=False``: the admin's own ``javascript:`` links are allowed)."""
    response = tab.goto(url, wait_until="load")
    assert response is not None, f"{label}: no response for {url}"
    assert response.status == 200, f"{label}: {response.status} for {url}"
    problems = [f"{label}: {found}" for found in tab.evaluate(INSPECT, strict)]
    tab.wait_for_timeout(50)  # let dispatched handlers and timers settle
    kind, title = tab.evaluate(FIRED)
    if kind != "undefined" or title == "XSS":
        problems.append(f"{label}: a corpus script ran (__xss {kind}, title {title!r})")
    problems += [
        f"{label}: console {text!r}" for text in events["console"] if "XSS" in text
    ]
    problems += [f"{label}: dialog {text!r}" for text in events["dialogs"]]
    events["console"].clear()
    events["dialogs"].clear()
    return problems


def test_the_check_sees_a_raw_payload_run(watched_tab):
    """The instrumentation itself: a payload rendered raw is caught."""
    tab, events = watched_tab
    tab.set_content(
        f'<main><p>{PAYLOADS["img"]}</p><p title="{PAYLOADS["dquote"]}">x</p></main>'
    )
    tab.wait_for_function("() => window.__xss === 1")
    found = tab.evaluate(INSPECT, True)
    assert any("onerror" in item for item in found)
    assert any("onmouseover" in item for item in found)
    assert "XSS-FIRED" in events["console"]
    assert tab.evaluate(FIRED) == ["number", "XSS"]


def test_no_corpus_script_runs_on_the_public_pages_or_in_the_editors(
    watched_tab, admin_user, django_capture_on_commit_callbacks
):
    tab, events = watched_tab
    corpus = build_corpus(admin_user, django_capture_on_commit_callbacks)
    from wagtail.models import Locale

    arabic = Locale.objects.get(language_code="ar")
    admin_urls = {
        "page editor (fr exhibit)": reverse(
            "wagtailadmin_pages:edit", args=[corpus.exhibit.pk]
        ),
        "translation editor (ar exhibit)": reverse(
            "wagtailadmin_pages:edit",
            args=[corpus.exhibit.get_translation(arabic).pk],
        ),
        "translation editor (ar story)": reverse(
            "wagtailadmin_pages:edit", args=[corpus.story.get_translation(arabic).pk]
        ),
        "page listing (fr exhibits)": reverse(
            "wagtailadmin_explore", args=[corpus.exhibit.get_parent().pk]
        ),
    }
    client = Client()
    client.force_login(admin_user)
    session = client.cookies["sessionid"].value

    problems = []
    with server_on_this_connection() as base:
        for code in LANGUAGE_CODES:
            for kind in PUBLIC_KINDS:
                problems += check(
                    tab, events, base + corpus.paths[(kind, code)], f"{kind}/{code}"
                )
        tab.context.add_cookies([{"name": "sessionid", "value": session, "url": base}])
        for label, path in admin_urls.items():
            problems += check(tab, events, base + path, label, strict=False)
            if "translation editor" in label:
                # The editor is drawn by React from the page's data: wait for it.
                tab.locator(".segment-list, .editor__body, main").first.wait_for()
                problems += check(tab, events, base + path, label, strict=False)
        tab.goto("about:blank")
    assert not problems, "\n".join(problems)
