"""Keyboard-only navigation and axe-core (bundled with axe-playwright-python,
nothing fetched at test time): no serious or critical violation."""

import pytest

from .conftest import PAGE_KINDS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

AXE_LANGUAGES = ["fr", "ar", "zgh"]
BLOCKING = {"serious", "critical"}


@pytest.fixture(scope="package")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def check_skip_link(page):
    """Tab from the top reaches the skip link first; Enter moves focus to main."""
    page.evaluate("document.activeElement && document.activeElement.blur()")

    page.keyboard.press("Tab")
    first = page.evaluate(
        "({href: document.activeElement.getAttribute('href'),"
        " visible: document.activeElement.getBoundingClientRect().height > 0})"
    )
    assert first["href"] == "#main", "the first Tab stop should be the skip link"
    assert first["visible"], "the skip link should show when focused"

    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement === document.querySelector('main')")
    page.keyboard.press("Tab")
    assert page.evaluate(
        "document.querySelector('main').contains(document.activeElement)"
    ), "after the skip link, Tab should continue inside main"


def describe(violations):
    lines = []
    for rule in violations:
        for node in rule["nodes"]:
            lines.append(
                f"{rule['impact']} {rule['id']}: {' '.join(node['target'])} — {node['html'][:160]}"
            )
    return "\n".join(lines)


@pytest.mark.parametrize("code", AXE_LANGUAGES)
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_keyboard_and_axe(visit, axe, kind, code):
    """One visit per page (the browser module has a time budget): keyboard
    first, on the freshly loaded page, then axe-core."""
    page = visit(kind, code)
    check_skip_link(page)

    results = axe.run(page, options={"resultTypes": ["violations"]})
    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING]
    assert not blocking, f"{kind} ({code}):\n{describe(blocking)}"
