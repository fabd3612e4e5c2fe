"""Every page type in every language: direction, mirrored layout, Tifinagh
drawn with the museum's own font, and screenshots of the ar/zgh pages."""

import pytest

from .conftest import LANGUAGE_CODES, PAGE_KINDS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# A Tifinagh word ("museum") and the family the site serves for it.
TIFINAGH_SAMPLE = "ⴰⵎⵓⵣⵉⵢⵓⵎ"
TIFINAGH_FONT = "Noto Sans Tifinagh"


def header_layout(page):
    """Centres (x) of the site's home link and of the navigation in the banner."""
    banner = page.get_by_role("banner")
    home = banner.get_by_role("link").first.bounding_box()
    nav = banner.get_by_role("navigation").first.bounding_box()
    assert home, "the banner has no visible link home"
    assert nav, "the banner has no visible navigation"
    return home["x"] + home["width"] / 2, nav["x"] + nav["width"] / 2


@pytest.mark.parametrize("code", LANGUAGE_CODES)
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_page_direction_layout_and_script(visit, kind, code, artifacts_dir):
    page = visit(kind, code)

    html = page.locator("html")
    assert html.get_attribute("lang") == code
    expected = "rtl" if code == "ar" else "ltr"
    assert html.get_attribute("dir") == expected
    assert page.evaluate("getComputedStyle(document.body).direction") == expected

    home_x, nav_x = header_layout(page)
    if expected == "ltr":
        assert home_x < nav_x, (
            "left-to-right: the home link should come before (left of) the switcher"
        )
    else:
        assert home_x > nav_x, (
            "right-to-left: the switcher should move to the left of the home link"
        )

    if code == "zgh":
        check_tifinagh(page)
    if code in ("ar", "zgh"):
        page.screenshot(path=artifacts_dir / f"{kind}-{code}.png", full_page=True)


def platform_fonts(page, selector):
    """The fonts Chromium actually used to draw the text of ``selector``."""
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})
        assert node["nodeId"], f"nothing matches {selector}"
        return cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})[
            "fonts"
        ]
    finally:
        cdp.detach()


def check_tifinagh(page):
    """Tifinagh is drawn with the museum's Tifinagh web font, not as tofu."""
    assert page.evaluate(
        f"document.fonts.check('16px \"{TIFINAGH_FONT}\"', '{TIFINAGH_SAMPLE}')"
    )
    loaded = page.evaluate(
        "[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/\"/g, ''))"
    )
    assert TIFINAGH_FONT in loaded

    # The page's heading is in Tifinagh and every glyph of it comes from the web font.
    heading = page.get_by_role("heading", level=1).first
    assert any("\u2d30" <= char <= "\u2d7f" for char in heading.inner_text())
    fonts = platform_fonts(page, "h1")
    tifinagh = [f for f in fonts if f["familyName"] == TIFINAGH_FONT]
    assert tifinagh, fonts
    assert tifinagh[0]["isCustomFont"], fonts

    # Not tofu: the same word set in the page's font and in a font stack without
    # Tifinagh glyphs (the fallback boxes) has a different width.
    widths = page.evaluate(
        """(sample) => ['inherit', 'monospace'].map(family => {
            const span = document.createElement('span');
            span.textContent = sample;
            span.style.fontFamily = family;
            span.style.whiteSpace = 'nowrap';
            document.querySelector('main').appendChild(span);
            const width = span.getBoundingClientRect().width;
            span.remove();
            return width;
        })""",
        TIFINAGH_SAMPLE,
    )
    assert widths[0] > 0, widths
    assert abs(widths[0] - widths[1]) > 1, widths
