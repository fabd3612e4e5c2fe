"""Descriptions between spreadsheet cells and Wagtail rich text."""

import re
from html import escape, unescape

from cms.core.models.pages import INTRODUCTION_FEATURES

_TAG = re.compile(r"<[a-zA-Z/][^>]*>")
_BLOCK = re.compile(r"<(p|h[1-6]|li)\b[^>]*>(.*?)</\1>", re.DOTALL)


def text_to_html(value):
    """A description cell as rich text: plain text (paragraphs separated by a
    blank line) or HTML, which is cleaned like the editor cleans it."""
    value = value.strip()
    if not value:
        return ""
    if _TAG.search(value):
        from wagtail.admin.rich_text.converters.editor_html import (
            EditorHTMLConverter,
        )

        return EditorHTMLConverter(features=INTRODUCTION_FEATURES).to_database_format(
            value
        )
    return "".join(
        f"<p>{escape(' '.join(paragraph.split()), quote=False)}</p>"
        for paragraph in re.split(r"\n\s*\n", value)
        if paragraph.strip()
    )


def html_to_text(value):
    """Rich text as a cell: plain paragraphs when that loses nothing, else HTML."""
    text = "\n\n".join(unescape(inner) for inner in paragraphs(value))
    if same_html(text_to_html(text), value):
        return text
    return value or ""


def same_html(first, second):
    def norm(value):
        return " ".join(
            unescape(_TAG.sub(lambda m: m.group(0).lower(), value or "")).split()
        )

    return norm(first) == norm(second)


def paragraphs(html):
    return [inner.strip() for _tag, inner in _BLOCK.findall(html or "")]
