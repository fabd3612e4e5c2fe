"""A hostile-input corpus for the XSS row of ../shared/RELIABILITY.md.

``PAYLOADS`` are what an editor or a translator could type: script tags,
``javascript:`` URLs, event handlers, SVG with script, attribute-breaking
quotes, bidi controls, Arabic and Tifinagh mixed with markup. Every payload
that would run calls ``__xss=1`` (and the long ones ``document.title='XSS'``
and ``console.log('XSS-FIRED')``), so a browser can tell, and ``findings``
parses HTML and reports every element the corpus managed to create.

``build_corpus`` puts the corpus into every text field, StreamField block and
file name of every page kind and snippet, in French through the admin's rich
text conversion, and into Arabic and Tifinagh through wagtail-localize (the
strings a translator writes, and the link a translator may override).
Everything it writes is inside the caller's transaction.
"""

import html
import io
import json
import re
import wave
import zlib
from dataclasses import dataclass, field
from html.parser import HTMLParser

MARK = "__xss"
FIRE = "__xss=1;document.title='XSS';console.log('XSS-FIRED')"
JAVASCRIPT_URL = "javascript:__xss=1;console.log('XSS-FIRED')//"
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

# name → text. All but "bidi" would run if rendered raw (``ACTIVE``).
PAYLOADS = {
    "script": f"<script>{FIRE}</script>",
    "img": f'<img src=x onerror="{FIRE}">',
    "svg": "<svg onload=__xss=1><script>__xss=1</script></svg>",
    "dquote": '" autofocus onfocus="__xss=1" onmouseover="__xss=1" x="',
    "squote": "' autofocus onfocus='__xss=1' onmouseover='__xss=1' x='",
    "javascript": JAVASCRIPT_URL,
    "breakout": "</title></textarea></script></style><script>__xss=1</script>",
    "arabic": "متحف <b onclick=__xss=1>الهجرة</b> <a href=javascript:__xss=1>رابط</a>",
    "tifinagh": "ⵜⴰⵎⵙⵙⵓⵔⵜ <iframe src=javascript:__xss=1></iframe> ⴰⵎⵓⵣⵉⵢⵓⵎ",
    "bidi": "\u202eRLO\u202c \u202aLRE\u202b RLE\u202d LRO \u2066LRI\u2067 RLI\u2068 FSI\u2069",
}
ACTIVE = [name for name in PAYLOADS if name != "bidi"]
ORDER = list(PAYLOADS)


def hostile(label: str, limit: int = 100_000, *, prefix: str = "ⵣ") -> str:
    """``label`` (to find the field in a page) followed by as many payloads as
    fit in ``limit`` characters, starting at a place that depends on the
    label, so that short fields between them carry every payload."""
    text = f"{prefix}{label} \u202e"
    start = zlib.crc32(label.encode()) % len(ORDER)
    for name in ORDER[start:] + ORDER[:start]:
        piece = " " + PAYLOADS[name]
        if len(text) + len(piece) <= limit:
            text += piece
    return text[:limit]


# --------------------------------------------------------------------------
# Detecting what the corpus managed to create in a document

URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "poster",
    "xlink:href",
    "background",
    "lowsrc",
    "srcdoc",
}
SCRIPT_TYPES = {
    "",
    "text/javascript",
    "application/javascript",
    "module",
    "text/ecmascript",
}


def _scheme(value: str) -> str:
    cleaned = re.sub(r"[\x00-\x20\x7f-\xa0\s`]+", "", html.unescape(value)).lower()
    return cleaned.split(":", 1)[0] if ":" in cleaned else ""


class _Finder(HTMLParser):
    """The browser's tokenizer (Python's html.parser follows it closely for
    tags and attributes): every start tag with its attributes, and the text
    of each script element."""

    def __init__(self, strict):
        super().__init__(convert_charrefs=True)
        self.strict = strict
        self.found = []
        self._script = None

    def handle_starttag(self, tag, attrs):
        self._check(tag, attrs)
        if tag == "script":
            kind = (dict(attrs).get("type") or "").strip().lower()
            self._script = {"executable": kind in SCRIPT_TYPES, "text": []}

    def handle_startendtag(self, tag, attrs):
        self._check(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            text = "".join(self._script["text"])
            if self._script["executable"] and MARK in text:
                self.found.append(f"<script> running corpus text: {text[:80]!r}")
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script["text"].append(data)

    def _check(self, tag, attrs):
        for name, value in attrs:
            name, value = name.lower(), value or ""
            if name.startswith("on") and (self.strict or MARK in value):
                self.found.append(f"<{tag} {name}={value[:60]!r}>")
            scheme = _scheme(value) if name in URL_ATTRIBUTES else ""
            if scheme in {"javascript", "vbscript"} and (self.strict or MARK in value):
                self.found.append(f"<{tag} {name}={value[:60]!r}>")
            if name == "srcdoc" and MARK in value:
                self.found.append(f"<{tag} srcdoc={value[:60]!r}>")


def findings(document: str, *, strict: bool = True) -> list[str]:
    """What in ``document`` could run: any ``on*`` attribute, any
    ``javascript:``/``vbscript:`` URL, any executable script holding corpus
    text. ``strict=False`` (the admin, whose own markup may use them) only
    counts those that carry the corpus's ``__xss``."""
    finder = _Finder(strict)
    finder.feed(document)
    finder.close()
    return finder.found


def visible_text(document: str) -> str:
    """The text a reader sees (scripts and styles left out)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(document, "html.parser")
    for element in soup(["script", "style", "template"]):
        element.decompose()
    return soup.get_text(" ")


def json_strings(data):
    """Every string inside decoded JSON, with its key."""
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, str):
                yield key, value
            else:
                yield from json_strings(value)
    elif isinstance(data, list):
        for value in data:
            if isinstance(value, str):
                yield "", value
            else:
                yield from json_strings(value)


# --------------------------------------------------------------------------
# Rich text as the admin's editor stores it


def editor_rich_text(label: str, features, *, link_text="lien") -> str:
    """What the page editor saves when a hostile editor types the corpus and
    adds two links, one to a ``javascript:`` URL, one to a URL with quotes:
    the contentstate the editor posts, through Wagtail's own converter."""
    from wagtail.admin.rich_text.converters.contentstate import (
        ContentstateConverter,
    )

    text = hostile(label)
    second = f"{text} {link_text} {link_text}2"
    blocks = [
        {
            "key": "h1",
            "type": "unstyled",
            "text": text,
            "depth": 0,
            "inlineStyleRanges": [{"offset": 0, "length": 6, "style": "BOLD"}],
            "entityRanges": [],
            "data": {},
        },
        {
            "key": "h2",
            "type": "unstyled",
            "text": second,
            "depth": 0,
            "inlineStyleRanges": [],
            "entityRanges": [
                {"offset": len(text) + 1, "length": len(link_text), "key": 0},
                {"offset": len(second) - len(link_text) - 1, "length": 5, "key": 1},
            ],
            "data": {},
        },
    ]
    entities = {
        "0": {
            "type": "LINK",
            "mutability": "MUTABLE",
            "data": {"url": JAVASCRIPT_URL},
        },
        "1": {
            "type": "LINK",
            "mutability": "MUTABLE",
            "data": {"url": 'https://example.org/?q="onmouseover="__xss=1'},
        },
    }
    converter = ContentstateConverter(features)
    return converter.to_database_format(
        json.dumps({"blocks": blocks, "entityMap": entities})
    )


# --------------------------------------------------------------------------
# Files


def png_bytes() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 40, 40)).save(buffer, "PNG")
    return buffer.getvalue()


def wav_bytes(seconds=12) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(8000)
        sound.writeframes(b"\x01\x00" * 8000 * seconds)
    return buffer.getvalue()


def hostile_file_name(label, extension):
    """A file name with markup, quotes, an RLO (U+202E before "gpj.exe"
    makes it read "exe.jpg") and Arabic and Tifinagh."""
    return f"{label}<img src=x onerror='__xss=1'>\"\u202egpj.exe ⵜⴰⵎ متحف.{extension}"


# --------------------------------------------------------------------------
# The corpus in the database


@dataclass
class Corpus:
    exhibit: object
    story: object
    knowledge: object
    event: object
    museum_object: object
    institution: object
    image: object
    document: object
    media: object
    snippets: list
    paths: dict = field(default_factory=dict)  # (kind, code) → path

    def pages(self):
        return [self.exhibit, self.story, self.knowledge, self.event]


LANGUAGE_CODES = ["fr", "ar", "en", "zgh"]
# The public pages Corpus.paths holds, per language.
PUBLIC_KINDS = [
    "home",
    "exhibit-index",
    "story-index",
    "knowledge-index",
    "exhibit",
    "object",
    "story",
    "knowledge",
    "event",
    "institution",
    "search",
]
TRANSLATED = {"ar": "ع", "zgh": "ⵣⵣ"}  # target language → label prefix


def _translate(instance, code, user):
    """A translator fills every string of ``instance`` in ``code`` with the
    corpus (as text: wagtail-localize refuses strings holding tags with
    attributes) and publishes. Through wagtail-localize's models. (Overriding
    a link with a ``javascript:`` URL is refused: tests/site/
    test_hostile_input.py tries it through the translation editor.)"""
    from wagtail.models import Locale
    from wagtail_localize.models import Translation

    from cms.translation.operations import refresh_source

    source, _changed = refresh_source(instance)
    locale = Locale.objects.get(language_code=code)
    translation, _opened = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    for entry in po:
        if entry.obsolete:
            continue
        context = entry.msgctxt or ""
        if context == "slug":
            # Kept: a home page's slug is a site root path, which Wagtail
            # caches beyond this transaction.
            entry.msgstr = entry.msgid
            continue
        links = re.findall(r"<a id=\"\w+\">.*?</a>", entry.msgid)
        length = len(html.unescape(re.sub(r"<[^>]+>", "", entry.msgid)))
        label = f"{code}.{context}"
        # Escaped, the string must fit the field too: wagtail-localize copies
        # a title's translation, entities and all, into ``draft_title``.
        limit = max(length, 12)
        text = hostile(label, limit, prefix=TRANSLATED[code])
        while len(html.escape(text, quote=False)) > max(length, 12):
            limit -= 8
            text = hostile(label, limit, prefix=TRANSLATED[code])
        entry.msgstr = html.escape(text, quote=False) + "".join(
            " " + link for link in links
        )
    translation.import_po(po, user=user, tool_name="PO File")
    translation.save_target(user=user, publish=True)
    return translation


def build_corpus(user, capture_on_commit) -> Corpus:
    """The corpus in every field of every page kind and snippet, in French,
    and in Arabic and Tifinagh through wagtail-localize (English stays the
    untranslated copy of the French). ``capture_on_commit`` is pytest-django's
    ``django_capture_on_commit_callbacks`` (translations publish on commit)."""
    from datetime import date

    from django.core.files.base import ContentFile
    from django.core.files.images import ImageFile
    from django.urls import reverse
    from django.utils import translation as django_translation
    from wagtail.documents.models import Document
    from wagtail.models import Locale, Page
    from wagtail.rich_text import RichText
    from wagtail_localize.synctree import create_aliases_for_new_page

    from cms.core.blocks import RICH_TEXT_FEATURES
    from cms.core.models import (
        HomePage,
        Institution,
        MuseumImage,
        MuseumMedia,
        Person,
        Place,
        Theme,
    )
    from cms.core.models.pages import INTRODUCTION_FEATURES
    from cms.exhibits.models import (
        ExhibitIndexPage,
        ExhibitObject,
        ExhibitPage,
        ExhibitPlace,
        ExhibitRelatedPage,
        ExhibitTheme,
        MuseumObject,
    )
    from cms.knowledge.models import (
        EventKnowledge,
        EventParticipant,
        KnowledgeAttachment,
        KnowledgeIndexPage,
        KnowledgeInstitution,
        KnowledgePage,
        KnowledgeTheme,
        PeerExchangeEvent,
    )
    from cms.stories.models import (
        StoryAccess,
        StoryExhibit,
        StoryIndexPage,
        StoryPage,
        StoryPlace,
        StorySegment,
        StoryTheme,
    )

    french = Locale.objects.get(language_code="fr")

    def rich(label, features=INTRODUCTION_FEATURES):
        return editor_rich_text(label, features)

    # Files: titles, alt text, credits and file names.
    image = MuseumImage(
        title=hostile("image.title", 255),
        alt_text=hostile("image.alt", 500),
        credit=hostile("image.credit", 255),
        source=hostile("image.source", 255),
    )
    image.file = ImageFile(
        io.BytesIO(png_bytes()), name=hostile_file_name("image", "png")
    )
    image.save()
    second_image = MuseumImage(title=hostile("image2.title", 255), alt_text="")
    second_image.file = ImageFile(
        io.BytesIO(png_bytes()), name=hostile_file_name("image2", "png")
    )
    second_image.save()
    document = Document(title=hostile("document.title", 255))
    document.file.save(
        hostile_file_name("document", "pdf"),
        ContentFile(b"%PDF-1.4\n%%EOF\n"),
        save=False,
    )
    document.save()
    media = MuseumMedia(title=hostile("media.title", 255), type="audio")
    media.file.save(
        hostile_file_name("media", "wav"), ContentFile(wav_bytes()), save=False
    )
    media.save()

    # Snippets.
    theme = Theme.objects.create(
        name=hostile("theme.name", 120),
        description=hostile("theme.description"),
        locale=french,
    )
    place = Place.objects.create(
        name=hostile("place.name", 160),
        country="MA",
        latitude=35.1,
        longitude=-3.9,
        locale=french,
    )
    person = Person.objects.create(
        name=hostile("person.name", 160),
        roles=hostile("person.roles", 255),
        biography=hostile("person.biography"),
        locale=french,
    )
    institution = Institution.objects.create(
        name=hostile("institution.name", 200),
        country="MA",
        kind="museum",
        website='https://example.org/?q="><script>__xss=1</script>',
        locale=french,
    )
    museum_object = MuseumObject(
        accession_number="XSS.2026.1",
        title=hostile("object.title", 255),
        description=rich("object.description"),
        date="1963",
        place=place,
        materials=hostile("object.materials", 255),
        dimensions=hostile("object.dimensions", 120),
        provenance=hostile("object.provenance"),
        credit_line=hostile("object.credit", 255),
        locale=french,
        images=[
            (
                "image",
                {
                    "image": image,
                    "caption": hostile("object.image.caption", 500),
                    "alt_text": hostile("object.image.alt", 500),
                },
            )
        ],
    )
    museum_object.save()
    museum_object.themes.set([theme])
    museum_object.save()

    # Existing pages: the home page and the three sections.
    home = HomePage.objects.get(locale=french)
    sections = [
        ExhibitIndexPage.objects.get(locale=french),
        StoryIndexPage.objects.get(locale=french),
        KnowledgeIndexPage.objects.get(locale=french),
    ]
    for position, page in enumerate([home, *sections]):
        label = f"section{position}"
        page.title = hostile(f"{label}.title", 255)
        page.seo_title = hostile(f"{label}.seo", 255)
        page.search_description = hostile(f"{label}.description")
        page.introduction = rich(f"{label}.introduction")
        page.save_revision().publish()

    def body(label, extra=()):
        return [
            ("paragraph", RichText(rich(f"{label}.paragraph", RICH_TEXT_FEATURES))),
            (
                "image",
                {
                    "image": image,
                    "caption": hostile(f"{label}.image.caption", 500),
                    "alt_text": hostile(f"{label}.image.alt", 500),
                },
            ),
            (
                "gallery",
                {
                    "title": hostile(f"{label}.gallery.title", 200),
                    "images": [
                        {
                            "image": image,
                            "caption": hostile(f"{label}.gallery.caption", 500),
                            "alt_text": "",
                        },
                        {"image": second_image, "caption": "", "alt_text": ""},
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": hostile(f"{label}.quote"),
                    "attribution": hostile(f"{label}.attribution", 255),
                },
            ),
            (
                "media",
                {"media": media, "caption": hostile(f"{label}.media.caption", 500)},
            ),
            (
                "map_point",
                {"place": place, "label": hostile(f"{label}.map.label", 200)},
            ),
            (
                "timeline",
                {
                    "events": [
                        {
                            "date": "1963",
                            "title": hostile(f"{label}.event.title", 200),
                            "text": hostile(f"{label}.event.text"),
                        }
                    ]
                },
            ),
            *extra,
        ]

    def add(parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        create_aliases_for_new_page(page)
        return page

    def page_fields(label):
        return {
            "title": hostile(f"{label}.title", 255),
            "slug": f"{label}-hostile",
            "seo_title": hostile(f"{label}.seo", 255),
            "search_description": hostile(f"{label}.description"),
        }

    exhibit = ExhibitPage(
        **page_fields("exhibit"),
        introduction=rich("exhibit.introduction"),
        hero_image=image,
        curator=person,
        period_start="1963",
        period_end="1975",
        body=body("exhibit"),
    )
    exhibit.exhibit_objects = [ExhibitObject(museum_object=museum_object)]
    exhibit.exhibit_places = [ExhibitPlace(place=place)]
    exhibit.exhibit_themes = [ExhibitTheme(theme=theme)]
    add(sections[0], exhibit)

    story = StoryPage(
        **page_fields("story"),
        summary=rich("story.summary"),
        narrator=person,
        interviewer=person,
        recorded_date="2019",
        recorded_place=place,
        original_language="ary",
        recording=media,
    )
    story.segments = [
        StorySegment(
            start=start,
            end=start + 4,
            speaker=hostile(f"segment{start}.speaker", 120),
            title=hostile(f"segment{start}.title", 200),
            text=hostile(f"segment{start}.text"),
            keywords=hostile(f"segment{start}.keywords", 255),
        )
        for start in (1, 6)
    ]
    story.story_places = [StoryPlace(place=place)]
    story.story_themes = [StoryTheme(theme=theme)]
    story.related_exhibits = [StoryExhibit(exhibit=exhibit)]
    add(sections[1], story)
    StoryAccess.objects.update_or_create(
        translation_key=story.translation_key,
        defaults={
            "access_level": StoryAccess.Level.PUBLIC,
            "consent_scope": hostile("access.scope"),
        },
    )

    knowledge = KnowledgePage(
        **page_fields("knowledge"),
        kind="toolkit",
        summary=rich("knowledge.summary"),
        countries=["MA"],
        sdgs=[10],
        contact_institution=institution,
        published_on=date(2026, 1, 5),
        body=body(
            "knowledge",
            extra=[
                (
                    "related",
                    {
                        "title": hostile("knowledge.related.title", 200),
                        "pages": [exhibit, story],
                    },
                ),
                (
                    "key_lessons",
                    {"lessons": [hostile("knowledge.lesson1"), hostile("lesson2")]},
                ),
                (
                    "indicators",
                    {
                        "rows": [
                            {
                                "label": hostile("knowledge.indicator", 200),
                                "value": hostile("value", 60),
                            }
                        ]
                    },
                ),
            ],
        ),
    )
    knowledge.page_institutions = [KnowledgeInstitution(institution=institution)]
    knowledge.page_themes = [KnowledgeTheme(theme=theme)]
    knowledge.attachments = [KnowledgeAttachment(document=document)]
    add(sections[2], knowledge)

    event = PeerExchangeEvent(
        **page_fields("event"),
        kind="workshop",
        start_date=date(2026, 3, 1),
        place=place,
        host=institution,
        summary=rich("event.summary"),
        outcomes=rich("event.outcomes"),
        agenda=[("item", hostile(f"event.agenda{n}", 255)) for n in (1, 2)],
    )
    event.participants = [EventParticipant(institution=institution)]
    event.presented_knowledge = [EventKnowledge(knowledge_page=knowledge)]
    add(sections[2], event)

    exhibit.related_pages = [ExhibitRelatedPage(related_page=knowledge)]
    exhibit.save_revision().publish()
    home.featured_story = story
    home.featured_exhibits.create(exhibit=exhibit)
    home.save_revision().publish()

    # The translators' turn: snippets first, then the pages that use them.
    snippets = [theme, place, person, institution, museum_object]
    with capture_on_commit(execute=True):
        for code in TRANSLATED:
            for instance in [*snippets, home, *sections, exhibit, story]:
                _translate(_fresh(instance), code, user)
            for instance in (knowledge, event):
                _translate(_fresh(instance), code, user)

    corpus = Corpus(
        exhibit=exhibit,
        story=story,
        knowledge=knowledge,
        event=event,
        museum_object=museum_object,
        institution=institution,
        image=image,
        document=document,
        media=media,
        snippets=snippets,
    )
    for code in LANGUAGE_CODES:
        locale = Locale.objects.get(language_code=code)
        exhibit_index = sections[0].get_translation(locale)
        knowledge_index = sections[2].get_translation(locale)
        pages = {
            "home": home.get_translation(locale),
            "exhibit-index": exhibit_index,
            "story-index": sections[1].get_translation(locale),
            "knowledge-index": knowledge_index,
            "exhibit": exhibit.get_translation(locale),
            "story": story.get_translation(locale),
            "knowledge": knowledge.get_translation(locale),
            "event": event.get_translation(locale),
        }
        for kind, page in pages.items():
            corpus.paths[(kind, code)] = Page.objects.get(pk=page.pk).url
        corpus.paths[("object", code)] = (
            corpus.paths[("exhibit-index", code)] + "objects/xss-2026-1/"
        )
        corpus.paths[("institution", code)] = (
            corpus.paths[("knowledge-index", code)] + f"institutions/{institution.pk}/"
        )
        with django_translation.override(code):
            corpus.paths[("search", code)] = (
                reverse("site_search") + "?q=" + _quote(hostile("search.query", 190))
            )
    return corpus


def _quote(text):
    from urllib.parse import quote

    return quote(text, safe="")


def _fresh(instance):
    from wagtail.models import Page

    if isinstance(instance, Page):
        return instance.specific_class.objects.get(pk=instance.pk)
    return type(instance)._default_manager.get(pk=instance.pk)
