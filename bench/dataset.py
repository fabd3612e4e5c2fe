"""The generated dataset: ITEMS exhibits' worth of content in four languages.

For ``items`` = N (see docs/performance.md, "The dataset"):

- N exhibits, each showing one museum object of its own, with a hero image
  and a body (a paragraph and an image);
- N museum objects (snippets);
- N // 2 oral histories, each with 5 transcript segments and a public
  consent record (so the visibility rule shows them);
- N // 10 knowledge pages;
- a pool of small generated images (between 3 and 100) shared by all of them.

Every item exists in French (the source) and as published translations in
Arabic, English and Tamazight: the same ``translation_key``, the target locale,
under that locale's section page, as wagtail-localize would leave them.
Items are inserted in bulk, 50 items at a time (bench.pages), with what the
models' save() and the signals would add: derived years, consent records,
child rows, and the rows of the project's search index (cms.search).
Run through ``python -m bench.seed`` by the runner, after ``seed_demo``.
"""

import functools
import time
import uuid
from contextlib import contextmanager
from io import BytesIO

from django.core.files.images import ImageFile
from django.db import connection, transaction
from django.db.models.signals import post_save
from modelsearch import index as modelsearch_index
from modelsearch import signal_handlers as modelsearch_signals
from PIL import Image, ImageDraw
from wagtail.models import Locale
from wagtail.signal_handlers import disable_reference_index_auto_update

from bench import texts
from bench.pages import ChildAppender
from cms.core import edtf
from cms.core.languages import CODES
from cms.core.models import ListedPage, MuseumImage, Person, Place, Theme
from cms.exhibits.models import (
    ExhibitIndexPage,
    ExhibitObject,
    ExhibitPage,
    ExhibitPlace,
    ExhibitTheme,
    MuseumObject,
    accession_slug,
)
from cms.knowledge.models import KnowledgeIndexPage, KnowledgePage, KnowledgeTheme
from cms.search import indexing
from cms.search import signals as search_signals
from cms.search.models import SearchEntry
from cms.stories.models import (
    StoryAccess,
    StoryIndexPage,
    StoryPage,
    StorySegment,
    StoryTheme,
)

BENCH_NAMESPACE = uuid.UUID("0b6f1d52-5e0e-4a57-9d1c-6f3c2a9e4b10")
SEGMENTS_PER_STORY = 5
SEARCH_KINDS = {
    "exhibit": indexing.Kind.EXHIBIT,
    "story": indexing.Kind.STORY,
    "knowledge": indexing.Kind.KNOWLEDGE,
}


def bench_key(kind, number):
    return uuid.uuid5(BENCH_NAMESPACE, f"{kind}:{number}")


def _image_bytes(number):
    """A 480x320 JPEG: a coloured ground and a few shapes, different per number."""
    colour = ((number * 67) % 200 + 30, (number * 131) % 200 + 30, (number * 29) % 200)
    image = Image.new("RGB", (480, 320), colour)
    draw = ImageDraw.Draw(image)
    for step in range(4):
        offset = (number * 13 + step * 37) % 200
        draw.rectangle(
            [offset, 40 + step * 50, offset + 160, 70 + step * 50], fill=(250, 245, 235)
        )
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=70)
    return buffer.getvalue()


def make_images(count):
    images = []
    for number in range(count):
        image = MuseumImage(
            title=f"Bench image {number}",
            alt_text=f"Generated image {number}",
            credit="Benchmark",
        )
        image.file = ImageFile(
            BytesIO(_image_bytes(number)), name=f"bench-{number}.jpg"
        )
        image.save()  # the project's signal makes every rendition now
        images.append(image)
    return images


class Context:
    """What every item needs: locales, section pages and vocabularies."""

    def __init__(self, items):
        self.locales = {code: Locale.objects.get(language_code=code) for code in CODES}
        self.sections = {}
        for kind, model in (
            ("exhibit", ExhibitIndexPage),
            ("story", StoryIndexPage),
            ("knowledge", KnowledgeIndexPage),
        ):
            for code, locale in self.locales.items():
                parent = (
                    model.objects.filter(locale=locale, alias_of__isnull=True)
                    .order_by("path")
                    .first()
                )
                if parent is None:
                    raise RuntimeError(
                        f"No {model.__name__} in {code}: run seed_demo first."
                    )
                self.sections[kind, code] = ChildAppender(parent)
        self.places = self._vocabulary(Place)
        self.themes = self._vocabulary(Theme)
        self.people = self._vocabulary(Person)
        self.images = make_images(max(3, min(items // 4, 100)))
        self.entries = []
        self.pending = {}  # (kind, code): [(page, child rows)]
        self.stories = []  # (number, key), for consent records and segments

    def add(self, kind, code, page, children=()):
        """Queue ``page`` (and its ``children`` rows: places, themes…) for
        the next ``finish()``, which inserts the batch in bulk."""
        page.locale = self.locales[code]
        if isinstance(page, ListedPage):  # the listing key save() would write
            page.sort_locale_id = page.locale.pk
            page.sort_title = page.title
        self.pending.setdefault((kind, code), []).append((page, list(children)))
        return page

    def _vocabulary(self, model):
        """[{code: pk}] per translation key, falling back to French."""
        by_key = {}
        for key, locale_id, pk in model.objects.values_list(
            "translation_key", "locale_id", "pk"
        ):
            by_key.setdefault(key, {})[locale_id] = pk
        source = self.locales["fr"].pk
        result = []
        for versions in by_key.values():
            fallback = versions.get(source) or next(iter(versions.values()))
            result.append(
                {
                    code: versions.get(locale.pk, fallback)
                    for code, locale in self.locales.items()
                }
            )
        if not result:
            raise RuntimeError(f"No {model.__name__}: run seed_demo first.")
        return result

    def pick(self, vocabulary, number, code):
        return vocabulary[number % len(vocabulary)][code]

    def finish(self):
        """Insert the queued pages, their child rows, the stories' consent
        records and segments, and every search row, in bulk."""
        children = {}
        stories = {}
        for (kind, code), queued in self.pending.items():
            pages = self.sections[kind, code].append_many([page for page, _ in queued])
            for page, rows in queued:
                for row in rows:
                    row.page_id = page.pk
                    children.setdefault(type(row), []).append(row)
                if kind == "story":
                    stories.setdefault(page.translation_key, []).append(page)
                else:
                    self.entries += indexing.entries_for(SEARCH_KINDS[kind], page)
            del pages
        self.pending = {}
        for model, rows in children.items():
            model.objects.bulk_create(rows)
        StoryAccess.objects.bulk_create(
            StoryAccess(translation_key=key, access_level=StoryAccess.Level.PUBLIC)
            for key in stories
        )
        for number, key in self.stories:
            add_segments(self, number, stories[key])
        self.stories = []
        for appender in self.sections.values():
            appender.finish()
        SearchEntry.objects.bulk_create(self.entries)
        self.entries = []


def make_objects(ctx, number):
    """One museum object in four languages (bulk: snippets have no tree)."""
    key = bench_key("object", number)
    accession = f"BENCH.{number}"
    image = ctx.images[number % len(ctx.images)]
    objects = [
        MuseumObject(
            translation_key=key,
            locale=locale,
            accession_number=accession,
            slug=accession_slug(accession),
            title=texts.title("object", code, number),
            description=texts.paragraph_html(code, number),
            date="196X",
            date_start_year=1960,
            date_end_year=1969,
            place_id=ctx.pick(ctx.places, number, code),
            materials="carton",
            images=[
                ("image", {"image": image, "caption": texts.sentence(code, number)})
            ],
        )
        for code, locale in ctx.locales.items()
    ]
    MuseumObject.objects.bulk_create(objects)
    SearchEntry.objects.bulk_create(
        entry
        for item in objects
        for entry in indexing.entries_for(indexing.Kind.OBJECT, item)
    )
    return {item.locale.language_code: item for item in objects}


def make_exhibit(ctx, number, objects):
    key = bench_key("exhibit", number)
    image = ctx.images[number % len(ctx.images)]
    for code in CODES:
        page = ExhibitPage(
            title=texts.title("exhibit", code, number),
            slug=f"bench-exhibit-{number}",
            translation_key=key,
            introduction=texts.paragraph_html(code, number),
            hero_image=image,
            curator_id=ctx.pick(ctx.people, number, code),
            period_start="1963",
            period_end="1975",
            body=[
                ("paragraph", texts.paragraph_html(code, number + 1)),
                ("image", {"image": image, "caption": texts.sentence(code, number)}),
            ],
        )
        # What ExhibitPage.save() would derive from the period.
        page.period_start_year, page.period_end_year = 1963, 1975
        children = [
            ExhibitPlace(place_id=ctx.pick(ctx.places, number, code), sort_order=0),
            ExhibitTheme(theme_id=ctx.pick(ctx.themes, number, code), sort_order=0),
            ExhibitObject(museum_object=objects[code], sort_order=0),
        ]
        ctx.add("exhibit", code, page, children)


def make_story(ctx, number):
    key = bench_key("story", number)
    for code in CODES:
        page = StoryPage(
            title=texts.title("story", code, number),
            slug=f"bench-story-{number}",
            translation_key=key,
            summary=texts.paragraph_html(code, number),
            narrator_id=ctx.pick(ctx.people, number + 1, code),
            recorded_date="2019",
            recorded_place_id=ctx.pick(ctx.places, number, code),
            original_language="ary",
        )
        page.recorded_year = 2019  # what StoryPage.save() would derive
        children = [
            StoryTheme(theme_id=ctx.pick(ctx.themes, number, code), sort_order=0)
        ]
        ctx.add("story", code, page, children)
    ctx.stories.append((number, key))


def add_segments(ctx, number, pages):
    """Transcript segments of one story's language versions, and the search
    rows of the story (its record and every segment)."""
    segments = []
    for page in pages:
        code = page.locale.language_code
        for position in range(SEGMENTS_PER_STORY):
            segments.append(
                StorySegment(
                    page=page,
                    locale=page.locale,
                    translation_key=bench_key("segment", f"{number}:{position}"),
                    sort_order=position,
                    start=position * 30,
                    end=position * 30 + 29,
                    speaker="A",
                    title=texts.title("story", code, number + position),
                    text=texts.sentence(code, number + position),
                )
            )
    StorySegment.objects.bulk_create(segments)
    for page in pages:
        ctx.entries.append(
            indexing.item_entry(
                indexing.Kind.STORY,
                page,
                title=page.title,
                summary=indexing.plain(page.summary),
            )
        )
    ctx.entries += [
        indexing.segment_entry(segment.page, segment) for segment in segments
    ]


def make_knowledge(ctx, number):
    key = bench_key("knowledge", number)
    for code in CODES:
        page = KnowledgePage(
            title=texts.title("knowledge", code, number),
            slug=f"bench-knowledge-{number}",
            translation_key=key,
            kind=KnowledgePage.Kind.GOOD_PRACTICE,
            summary=texts.paragraph_html(code, number),
            countries=["MA", "FR"],
            sdgs=[10],
            body=[("paragraph", texts.paragraph_html(code, number + 2))],
        )
        children = [
            KnowledgeTheme(theme_id=ctx.pick(ctx.themes, number, code), sort_order=0)
        ]
        ctx.add("knowledge", code, page, children)


@contextmanager
def fast_saves():
    """What makes a page save slow and is not needed here: Wagtail's
    reference index (a task per saved row; it serves the admin's usage
    counts, and the generated images are made with their renditions anyway),
    Wagtail's own search index (the admin's search; the public API and site
    search use cms.search, whose rows Context.finish() builds from the page in
    hand instead of re-reading it after every save) and EDTF parsing
    (pyparsing, ~50 ms a call, the same few dates again and again: cached
    for this process only)."""
    year_range = edtf.year_range
    edtf.year_range = functools.lru_cache(maxsize=256)(year_range)
    indexed = [
        model
        for model in modelsearch_index.get_indexed_models()
        if post_save.disconnect(
            modelsearch_signals.post_save_signal_handler, sender=model
        )
    ]
    page_models = [
        model
        for model in indexing.page_models().values()
        if post_save.disconnect(sender=model, dispatch_uid=f"search-{model}")
    ]
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        edtf.year_range = year_range
        for model in indexed:
            post_save.connect(
                modelsearch_signals.post_save_signal_handler, sender=model
            )
        for model in page_models:
            post_save.connect(
                search_signals.page_saved, sender=model, dispatch_uid=f"search-{model}"
            )


def seed(items, report=print, batch=50):
    """Generate the dataset; returns the seconds it took."""
    with fast_saves():
        return _seed(items, report, batch)


def _seed(items, report, batch):
    started = time.monotonic()
    ctx = Context(items)
    report(
        f"bench dataset: {items} items x {len(CODES)} languages, {len(ctx.images)} images"
    )
    every = max(1, items // 20)
    for first in range(0, items, batch):
        with transaction.atomic():
            for number in range(first, min(first + batch, items)):
                objects = make_objects(ctx, number)
                make_exhibit(ctx, number, objects)
                if number % 2 == 0:
                    make_story(ctx, number)
                if number % 10 == 0:
                    make_knowledge(ctx, number)
                done = number + 1
                if done % every == 0 or done == items:
                    elapsed = time.monotonic() - started
                    rate = done / elapsed
                    eta = (items - done) / rate if rate else 0
                    report(
                        f"  {done}/{items} items, {rate:.1f} items/s, ETA {eta:.0f} s"
                    )
            ctx.finish()
    # Planner statistics for the tables just filled: without them PostgreSQL
    # estimates one row where there are 40,000 and picks nested loops, until
    # autovacuum gets round to it in the middle of a measure.
    report("  ANALYZE")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return time.monotonic() - started
