"""The XSS corpus (../shared/RELIABILITY.md, "XSS corpus"), server side.

The corpus of tests/hostile.py in every text field, block and file name of
every page kind and snippet, in French and in Arabic and Tifinagh through
wagtail-localize: the public pages in the four languages, the API's rich text
and the admin (edit pages, listings, the translation editor) must contain
nothing it created that could run: no ``on*`` attribute, no ``javascript:``
URL, no executable script holding its text. Each test also checks that the
corpus is there, shown as text, so that none passes on an empty page.
The headless-Chromium half is tests/browser/test_hostile_input.py.
"""

import json
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale, Page, Site

from tests.core.admin_forms import edit_form_data
from tests.hostile import (
    ACTIVE,
    JAVASCRIPT_URL,
    LANGUAGE_CODES,
    MARK,
    PAYLOADS,
    PUBLIC_KINDS,
    build_corpus,
    findings,
    json_strings,
    visible_text,
)

pytestmark = pytest.mark.django_db

# What each language's pages show: the French corpus (en: untranslated
# copies), or the translators' corpus.
FORM_ENCODED = "application/x-www-form-urlencoded"
LABEL_PREFIX = {"fr": "ⵣ", "en": "ⵣ", "ar": "ع", "zgh": "ⵣⵣ"}


@pytest.fixture
def corpus(admin_user, django_capture_on_commit_callbacks):
    yield build_corpus(admin_user, django_capture_on_commit_callbacks)
    Site.clear_site_root_paths_cache()  # computed inside the rolled-back transaction


def get(client, path):
    response = client.get(path)
    assert response.status_code == 200, f"{path}: {response.status_code}"
    return response.content.decode()


# --------------------------------------------------------------------------
# The detector itself: it must see every payload when it is rendered raw.


@pytest.mark.parametrize("name", ACTIVE)
def test_the_detector_flags_each_payload_rendered_raw(name):
    payload = PAYLOADS[name]
    raw = [
        f"<main><p>{payload}</p></main>",  # in text
        f'<main><a href="/x" title="{payload}">x</a></main>',  # in "attribute"
        f"<main><a href='/x' title='{payload}'>x</a></main>",  # in 'attribute'
        f'<main><a href="{payload}">x</a></main>',  # as a URL
    ]
    assert any(findings(document) for document in raw)
    # Lenient mode (the admin) still sees what carries the corpus.
    assert any(findings(document, strict=False) for document in raw)


def test_the_detector_does_not_flag_escaped_payloads():
    from django.utils.html import escape

    escaped = "".join(
        f'<p title="{escape(payload)}">{escape(payload)}</p>'
        for payload in PAYLOADS.values()
    )
    data = json.dumps({"title": PAYLOADS["script"]}).replace("<", "\\u003C")
    document = (
        f'<main>{escaped}</main><script type="application/ld+json">{data}</script>'
    )
    assert findings(document) == []
    assert "<script>" in visible_text(document)


# --------------------------------------------------------------------------
# Public pages, every language


def test_public_pages_show_the_corpus_as_text_in_every_language(client, corpus):
    problems = []
    for code in LANGUAGE_CODES:
        for kind in PUBLIC_KINDS:
            path = corpus.paths[(kind, code)]
            body = get(client, path)
            problems += [f"{kind}/{code}: {found}" for found in findings(body)]
            text = visible_text(body)
            # The corpus is on the page, as text.
            if kind != "search":
                assert LABEL_PREFIX[code] in text, f"{kind}/{code}: no corpus text"
            assert "<script>" in text or "<img src=x" in text or "<svg" in text, (
                f"{kind}/{code}: no payload shown as text ({path})"
            )
    assert not problems, "\n".join(problems)


def test_a_translator_cannot_turn_a_link_into_javascript(
    client, admin_user, corpus, django_capture_on_commit_callbacks
):
    """wagtail-localize lets a translator override the URL of a rich text
    link (an "overridable segment"), and stores any value; Wagtail's rich
    text rewriter leaves a link with an unknown scheme as it is. The
    translation editor must refuse a ``javascript:`` URL with a message in
    the translator's language, store nothing, and still take a web address
    (cms/translation/overrides.py)."""
    from bs4 import BeautifulSoup
    from django.utils import translation as django_translation
    from django.utils.translation import gettext
    from wagtail_localize.models import OverridableSegment, SegmentOverride
    from wagtail_localize.models import Translation as LocalizeTranslation

    from cms.translation.overrides import UnsafeOverride

    client.force_login(admin_user)
    with django_translation.override("fr"):
        message = gettext(
            "A link may only lead to a web address (http or https), an "
            "e-mail address (mailto) or a phone number (tel)."
        )
    safe_url = "https://musee.example/ar/"
    translations = LocalizeTranslation.objects.filter(
        source__object_id__in=[page.translation_key for page in corpus.pages()],
        target_locale__language_code__in=["ar", "zgh"],
    )
    links = 0
    for translation in translations:
        for overridable in OverridableSegment.objects.filter(source=translation.source):
            if not str(overridable.data).startswith("https://"):
                continue
            url = reverse(
                "wagtail_localize:edit_override",
                args=[translation.pk, overridable.pk],
            )
            for evil in (JAVASCRIPT_URL, " JaVa\tScRiPt:__xss=1", "vbscript:x"):
                refused = client.put(
                    url, f"value={quote(evil)}", content_type=FORM_ENCODED
                )
                # As the translation editor shows it: the message beside the
                # field, and the value still in force, not the refused one.
                assert refused.status_code == 200, evil
                answer = refused.json()
                assert answer["error"] == message
                assert answer["code"] == "unsafe_link"
                assert answer["segment_id"] == overridable.pk
                assert answer["data"] in (overridable.data, safe_url)
            accepted = client.put(
                url, f"value={quote(safe_url)}", content_type=FORM_ENCODED
            )
            assert accepted.status_code in (200, 201)
            links += 1
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(user=admin_user, publish=True)
    assert links >= 8, "the corpus pages have links to override in ar and zgh"
    assert not SegmentOverride.objects.filter(data_json__icontains="script").exists()
    # Nor can anything else store one: the model refuses it.
    overridable = OverridableSegment.objects.filter(
        source=translations[0].source
    ).first()
    with pytest.raises(UnsafeOverride):
        SegmentOverride.objects.update_or_create(
            locale=translations[0].target_locale,
            context=overridable.context,
            defaults={"data_json": json.dumps(JAVASCRIPT_URL)},
        )

    for code in ("ar", "zgh"):
        for kind in ("exhibit", "story", "knowledge", "event"):
            body = get(client, corpus.paths[(kind, code)])
            anchors = [
                link
                for link in BeautifulSoup(body, "html.parser").find_all("a")
                if link.get_text(strip=True) == "lien2"
            ]
            assert anchors, f"{kind}/{code}: the overridden link is not on the page"
            for anchor in anchors:
                assert anchor.get("href") == safe_url, f"{kind}/{code}: {anchor}"


def test_json_ld_cannot_be_closed_by_a_title(client, corpus):
    for kind in ("exhibit", "story", "knowledge", "object"):
        for code in ("fr", "ar"):
            body = get(client, corpus.paths[(kind, code)])
            start = body.index('<script type="application/ld+json">')
            end = body.index("</script>", start)
            data = json.loads(
                body[start + len('<script type="application/ld+json">') : end]
            )
            assert MARK in json.dumps(data, ensure_ascii=False), kind


# --------------------------------------------------------------------------
# The API: plain text is JSON (inert); rich text must be clean HTML.


def api_paths(corpus):
    paths = []
    keyed = [
        ("exhibits", corpus.exhibit),
        ("stories", corpus.story),
        ("knowledge", corpus.knowledge),
        ("objects", corpus.museum_object),
    ]
    for code in LANGUAGE_CODES:
        for route, instance in keyed:
            paths.append(f"/api/v1/{route}/{instance.translation_key}/?locale={code}")
            paths.append(f"/api/v1/{route}/?locale={code}&limit=100")
        for route in ("themes", "places", "people", "institutions"):
            paths.append(f"/api/v1/taxonomies/{route}/?locale={code}&limit=100")
        locale = Locale.objects.get(language_code=code)
        for page in corpus.pages():
            version = page.get_translation(locale)
            paths.append(f"/api/v2/pages/{version.pk}/?fields=*")
        paths.append(f"/api/v1/search/?q=ⵣ&locale={code}")
    return paths


def test_api_rich_text_fields_are_sanitized(client, corpus):
    problems, html_fields_with_corpus = [], 0
    for path in api_paths(corpus):
        response = client.get(path)
        assert response.status_code == 200, f"{path}: {response.status_code}"
        for key, value in json_strings(response.json()):
            if not value.lstrip().startswith("<"):
                continue  # plain text: inert in JSON, escaped by any template
            html_fields_with_corpus += MARK in value
            problems += [f"{path} {key}: {found}" for found in findings(value)]
    assert not problems, "\n".join(problems)
    assert html_fields_with_corpus > 20


# --------------------------------------------------------------------------
# The admin


def admin_paths(corpus, user):
    finder = AdminURLFinder(user)
    paths = [reverse("wagtailadmin_home")]
    for code in LANGUAGE_CODES:
        locale = Locale.objects.get(language_code=code)
        for page in corpus.pages():
            version = Page.objects.get(pk=page.get_translation(locale).pk)
            paths.append(
                finder.get_edit_url(version)
            )  # ar, zgh: the translation editor
            paths.append(
                reverse("wagtailadmin_explore", args=[version.get_parent().pk])
            )
        for snippet in corpus.snippets if code in ("fr", "ar", "zgh") else []:
            paths.append(finder.get_edit_url(snippet.get_translation(locale)))
    for snippet in corpus.snippets:
        viewset = type(snippet).snippet_viewset
        # Tifinagh and "XSS." sort last: put them on the first page.
        order = "-accession_number" if hasattr(snippet, "accession_number") else "-name"
        paths.append(reverse(viewset.get_url_name("list")) + f"?ordering={order}")
    paths += [
        finder.get_edit_url(corpus.image),
        finder.get_edit_url(corpus.document),
        finder.get_edit_url(corpus.media),
        reverse("wagtailimages:index"),
        reverse("wagtaildocs:index"),
        reverse("wagtailmedia:index"),
    ]
    return paths


def test_admin_pages_and_the_translation_editor_keep_the_corpus_inert(
    client, corpus, admin_user
):
    client.force_login(admin_user)
    problems = []
    for path in admin_paths(corpus, admin_user):
        assert path, "an item without an admin URL"
        body = get(client, path)
        problems += [f"{path}: {found}" for found in findings(body, strict=False)]
        if path != reverse("wagtailadmin_home"):
            assert MARK in body, f"{path}: the corpus is not on the page"
    assert not problems, "\n".join(problems)


def test_the_page_editor_drops_a_javascript_link(client, corpus, admin_user):
    """What a hostile editor posts (Draftail's contentstate with a
    ``javascript:`` link) is stored without it."""
    client.force_login(admin_user)
    page = corpus.exhibit
    data = edit_form_data(page, admin_user)
    data["introduction"] = json.dumps(
        {
            "blocks": [
                {
                    "key": "x1",
                    "type": "unstyled",
                    "text": "<script>__xss=1</script> cliquez",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 25, "length": 7, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {
                "0": {
                    "type": "LINK",
                    "mutability": "MUTABLE",
                    "data": {"url": JAVASCRIPT_URL},
                }
            },
        }
    )
    data["action-publish"] = "action-publish"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert "cliquez" in page.introduction
    assert "javascript" not in page.introduction
    assert "<script" not in page.introduction
    body = get(client, page.url)
    assert not findings(body)


def test_a_translator_cannot_publish_markup_through_a_string(
    corpus, admin_user, django_capture_on_commit_callbacks
):
    """A string holding tags with attributes is refused by wagtail-localize
    (``has_error``) and never reaches the page."""
    from wagtail_localize.models import StringTranslation, Translation

    arabic = Locale.objects.get(language_code="ar")
    translation = Translation.objects.get(
        source__object_id=corpus.exhibit.translation_key, target_locale=arabic
    )
    po = translation.export_po()
    for entry in po:
        if entry.msgctxt == "title":
            entry.msgstr = PAYLOADS["img"]
    translation.import_po(po, user=admin_user, tool_name="PO File")
    assert StringTranslation.objects.filter(
        locale=arabic, data=PAYLOADS["img"], has_error=True
    ).exists()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=admin_user, publish=True)
    page = corpus.exhibit.get_translation(arabic)
    assert page.title != PAYLOADS["img"]
    assert not findings(Client().get(page.url).content.decode())
