"""The Content-Security-Policy (cms/core/csp.py) as Chromium enforces it: the
public site and the admin work under their policies with nothing refused,
and an inline script on the public site does not run."""

import pytest

from cms.core.management.commands.seed_demo import (
    DEFAULT_ADMIN_PASSWORD,
    DEFAULT_ADMIN_USERNAME,
)

from .conftest import LANGUAGE_CODES, PAGE_KINDS, VIEWPORT, close_connections

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# Every refusal, in every frame, as Chromium reports it to the document.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.effectiveDirective} refused ${event.blockedURI || "inline"} ` +
    `(${event.sourceFile}:${event.lineNumber})`
  );
});
"""


def violations(page):
    found = []
    for frame in page.frames:
        try:
            found += frame.evaluate("window.__cspViolations || []")
        except Exception as error:  # a frame navigating away
            found.append(f"frame {frame.url} could not be read: {error}")
    return found


@pytest.fixture(scope="module")
def watched_context(browser):
    context = browser.new_context(viewport=VIEWPORT, service_workers="block")
    context.set_default_timeout(20_000)
    context.add_init_script(RECORD_VIOLATIONS)
    yield context
    context.close()


@pytest.fixture
def watched(watched_context):
    page = watched_context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(error))
    yield page
    page.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.mark.parametrize("code", LANGUAGE_CODES)
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_public_pages_run_under_the_policy_with_nothing_refused(
    watched, live_site, kind, code
):
    base, paths = live_site
    response = watched.goto(base + paths[(kind, code)], wait_until="load")
    assert response.status == 200
    policy = response.headers["content-security-policy"]
    assert "'unsafe-inline'" not in script_sources(response)
    assert "object-src 'none'" in policy
    # The page's own styles and fonts applied: the policy did not strip them.
    assert watched.evaluate(
        "getComputedStyle(document.body).fontFamily.includes('Noto')"
    )
    assert violations(watched) == []


def test_an_inline_script_does_not_run_on_the_public_site(watched, live_site):
    """What the policy is for: markup that slipped through cannot execute."""
    base, paths = live_site
    watched.goto(base + paths[("exhibit", "fr")], wait_until="load")
    watched.evaluate(
        """() => {
        const script = document.createElement("script");
        script.textContent = "window.__injected = true";
        document.body.append(script);
        const img = document.createElement("img");
        img.setAttribute("onerror", "window.__injected = true");
        img.src = "data:,not-an-image";
        document.body.append(img);
    }"""
    )
    watched.wait_for_timeout(200)
    assert watched.evaluate("window.__injected === undefined")
    refused = violations(watched)
    assert any(v.startswith("script-src") for v in refused), refused


def test_the_api_documentation_runs_under_its_policy(watched, live_site):
    base, _paths = live_site
    watched.goto(base + "/api/v1/docs/", wait_until="load")
    # Swagger UI drew the operations from the schema.
    watched.locator(".opblock").first.wait_for()
    assert violations(watched) == []


def script_sources(response):
    policy = response.headers["content-security-policy"]
    return next(
        d.split()[1:] for d in policy.split(";") if d.split()[0] == "script-src"
    )


def _login(page, base):
    response = page.goto(base + "/admin/login/", wait_until="load")
    # The sign-in page runs only the site's own script files.
    assert "'unsafe-inline'" not in script_sources(response)
    page.fill("input[name=username]", DEFAULT_ADMIN_USERNAME)
    page.fill("input[name=password]", DEFAULT_ADMIN_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(base + "/admin/")
    assert violations(page) == []


def test_the_admin_and_its_preview_work_under_the_admin_policy(watched, live_site):
    from wagtail.models import Locale, Page

    from cms.exhibits.models import ExhibitPage
    from cms.stories.models import StoryPage

    base, _paths = live_site
    exhibit = ExhibitPage.objects.filter(locale__language_code="fr").first()
    story = StoryPage.objects.filter(locale__language_code="fr").first()
    # A translated page opens in wagtail-localize's translation editor.
    arabic_exhibit = exhibit.get_translation(Locale.objects.get(language_code="ar"))
    root = Page.get_first_root_node().pk
    exhibit_title = exhibit.title
    close_connections()

    _login(watched, base)
    for url in (
        f"/admin/pages/{root}/",
        f"/admin/pages/{story.pk}/edit/",
        "/admin/images/",
    ):
        response = watched.goto(base + url, wait_until="networkidle")
        assert response.status == 200, url
        assert violations(watched) == [], (url, violations(watched))

    # wagtail-localize's editor (a React app) draws the French strings.
    watched.goto(base + f"/admin/pages/{arabic_exhibit.pk}/edit/", wait_until="load")
    watched.get_by_text(exhibit_title, exact=True).first.wait_for()
    assert violations(watched) == []

    # The editor's side-panel preview: the draft renders in a same-origin frame.
    watched.goto(base + f"/admin/pages/{exhibit.pk}/edit/", wait_until="networkidle")
    watched.click("button[data-side-panel-toggle='preview']")
    frame_locator = watched.frame_locator(
        "iframe[data-preview-iframe], #w-preview-iframe"
    )
    frame_locator.locator("h1").first.wait_for()
    assert exhibit_title in frame_locator.locator("h1").first.inner_text()
    assert violations(watched) == []
