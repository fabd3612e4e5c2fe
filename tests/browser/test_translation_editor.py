"""wagtail-localize's translation editor (a React app) as a translator uses
it: a refused link override is explained beside the field, in the admin's
language, and nothing is stored (cms/translation/overrides.py)."""

import pytest

from cms.core.management.commands.seed_demo import (
    DEFAULT_ADMIN_PASSWORD,
    DEFAULT_ADMIN_USERNAME,
)

from .conftest import VIEWPORT, close_connections

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def arabic_link_override():
    """(edit URL, URL in force) of an Arabic translation with a web address a
    translator may override."""
    from django.contrib.auth import get_user_model
    from wagtail.admin.admin_url_finder import AdminURLFinder
    from wagtail_localize.models import OverridableSegment, Translation

    admin = get_user_model().objects.get(username=DEFAULT_ADMIN_USERNAME)
    for overridable in OverridableSegment.objects.order_by("pk"):
        if not str(overridable.data).startswith("https://"):
            continue
        translation = Translation.objects.filter(
            source=overridable.source, target_locale__language_code="ar"
        ).first()
        if translation is not None:
            target = translation.get_target_instance()
            return AdminURLFinder(admin).get_edit_url(target), overridable.data
    raise AssertionError("the demo has a web address to override in Arabic")


def test_a_refused_link_is_explained_beside_the_field(browser, live_site):
    from django.utils import translation
    from django.utils.translation import gettext

    base, _paths = live_site
    edit_url, in_force = arabic_link_override()
    close_connections()
    context = browser.new_context(viewport=VIEWPORT, bypass_csp=True)
    context.set_default_timeout(20_000)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(error))
    try:
        page.goto(base + "/admin/login/")
        page.fill("input[name=username]", DEFAULT_ADMIN_USERNAME)
        page.fill("input[name=password]", DEFAULT_ADMIN_PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(base + "/admin/")
        page.goto(base + edit_url, wait_until="networkidle")
        language = page.evaluate("document.documentElement.lang")
        # The field's row: its value, and its Edit button.
        row = (
            page.locator("li")
            .filter(has=page.get_by_text(in_force, exact=True))
            .last.element_handle()
        )
        row.query_selector("button").click()
        row.query_selector("textarea").fill("javascript:alert(document.cookie)")
        buttons = row.query_selector_all("button")
        buttons[-1].click()  # Save (after Cancel)
        page.wait_for_function(
            "row => row.classList.contains('errored')", arg=row, timeout=10_000
        )
        shown = row.inner_text()
        # Opened again: the stored value is the one in force; nothing else.
        page.reload(wait_until="networkidle")
        page.get_by_text(in_force, exact=True).first.wait_for()
        reopened = page.locator("body").inner_text()
    finally:
        context.close()

    with translation.override(language):
        message = gettext(
            "A link may only lead to a web address (http or https), an "
            "e-mail address (mailto) or a phone number (tel)."
        )
    assert message in shown
    assert in_force in shown  # the value still in force, not the refused one
    assert "javascript" not in shown
    assert "javascript" not in reopened
    assert message not in reopened
    assert not errors, errors
