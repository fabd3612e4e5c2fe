"""Writing the search index: what text of each kind is searchable, and with
which weight (title A, summary or introduction B, body or transcript C).

Called by the signal handlers when content is published, unpublished, saved
or deleted, and by ``manage.py rebuild_search_index``. Every function reads
the content from the database (never an edited copy in memory), so a draft
never reaches the index, and each is idempotent.
"""

from django.contrib.postgres.search import SearchVector
from django.db import models, transaction
from django.db.models import Value
from wagtail import blocks

from cms.search.models import SearchEntry
from cms.search.text import config_for, normalize, plain

Kind = SearchEntry.Kind


def page_models():
    from cms.exhibits.models import ExhibitPage
    from cms.knowledge.models import KnowledgePage
    from cms.stories.models import StoryPage

    return {
        Kind.EXHIBIT: ExhibitPage,
        Kind.STORY: StoryPage,
        Kind.KNOWLEDGE: KnowledgePage,
    }


def kind_of_model(model):
    from cms.exhibits.models import MuseumObject

    if issubclass(model, MuseumObject):
        return Kind.OBJECT
    for kind, page_model in page_models().items():
        if issubclass(model, page_model):
            return kind
    return None


# --- text of StreamField blocks ----------------------------------------------


def block_text(block, value) -> list[str]:
    """The readable text of one block value (headings, paragraphs, quotes,
    captions…), never ids, URLs or choices."""
    if value is None:
        return []
    if isinstance(block, blocks.RichTextBlock):
        return [plain(getattr(value, "source", value) or "")]
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return [str(value)] if value else []
    if isinstance(block, blocks.StructBlock):
        parts = []
        for name, child in block.child_blocks.items():
            parts += block_text(child, value.get(name))
        return parts
    if isinstance(block, blocks.ListBlock):
        parts = []
        for item in value:
            parts += block_text(block.child_block, getattr(item, "value", item))
        return parts
    if isinstance(block, blocks.StreamBlock):
        parts = []
        for child in value:
            parts += block_text(child.block, child.value)
        return parts
    return []


def stream_text(stream_value) -> str:
    parts = []
    for child in stream_value or []:
        parts += block_text(child.block, child.value)
    return " ".join(part for part in parts if part)


# --- one entry ---------------------------------------------------------------


def vector(code, *weighted):
    """``weighted``: (text, weight) pairs, normalised for language ``code``."""
    config = config_for(code)
    result = None
    for text, weight in weighted:
        part = SearchVector(
            Value(normalize(text, code), output_field=models.TextField()),
            config=config,
            weight=weight,
        )
        result = part if result is None else result + part
    return result


def item_entry(kind, item, *, title, summary="", body=""):
    code = item.locale.language_code
    return SearchEntry(
        kind=kind,
        translation_key=item.translation_key,
        language=code,
        object_id=item.pk,
        segment_id=0,
        title=title[:255],
        text=" ".join(part for part in (summary, body) if part),
        vector=vector(code, (title, "A"), (summary, "B"), (body, "C")),
    )


def segment_entry(story, segment):
    code = story.locale.language_code
    return SearchEntry(
        kind=Kind.STORY,
        translation_key=story.translation_key,
        language=code,
        object_id=story.pk,
        segment_id=segment.pk,
        start=segment.start,
        end=segment.end,
        title=story.title[:255],
        text=segment.text,
        vector=vector(
            code,
            (segment.title, "A"),
            (segment.keywords, "B"),
            (f"{segment.speaker} {segment.text}", "C"),
        ),
    )


def entries_for(kind, item) -> list[SearchEntry]:
    if kind == Kind.EXHIBIT:
        return [
            item_entry(
                kind,
                item,
                title=item.title,
                summary=plain(item.introduction),
                body=stream_text(item.body),
            )
        ]
    if kind == Kind.KNOWLEDGE:
        return [
            item_entry(
                kind,
                item,
                title=item.title,
                summary=plain(item.summary),
                body=stream_text(item.body),
            )
        ]
    if kind == Kind.STORY:
        entries = [
            item_entry(kind, item, title=item.title, summary=plain(item.summary))
        ]
        entries += [segment_entry(item, segment) for segment in item.segments.all()]
        return entries
    if kind == Kind.OBJECT:
        summary = " ".join(
            part
            for part in (item.accession_number, plain(item.description), item.materials)
            if part
        )
        body = " ".join(
            part
            for part in (item.provenance, item.credit_line, stream_text(item.images))
            if part
        )
        return [item_entry(kind, item, title=item.title, summary=summary, body=body)]
    return []


# --- what the signals and the rebuild call -----------------------------------


def remove(kind, object_id):
    SearchEntry.objects.filter(kind=kind, object_id=object_id).delete()


def indexable_page(page) -> bool:
    """Live pages only, and never an alias: wagtail-localize's untranslated
    copies show French text and must not count as their language."""
    return page.live and page.alias_of_id is None


def index_page(page_id) -> int:
    """(Re)index the page ``page_id`` as stored; returns the number of rows."""
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_id).select_related("locale").first()
    if page is None:
        for kind in page_models():
            remove(kind, page_id)
        return 0
    kind = kind_of_model(page.specific_class) if page.specific_class else None
    if kind is None:
        return 0
    if not indexable_page(page):
        remove(kind, page_id)
        return 0
    specific = page.specific_class.objects.select_related("locale").get(pk=page_id)
    return replace(kind, specific)


def index_object(object_id) -> int:
    from cms.exhibits.models import MuseumObject

    item = MuseumObject.objects.select_related("locale").filter(pk=object_id).first()
    if item is None:
        remove(Kind.OBJECT, object_id)
        return 0
    return replace(Kind.OBJECT, item)


def replace(kind, item) -> int:
    entries = entries_for(kind, item)
    with transaction.atomic():
        remove(kind, item.pk)
        SearchEntry.objects.bulk_create(entries)
    return len(entries)


def index_segment(segment_id):
    """One transcript segment changed: update its row only (the story row
    is written when the story is saved or published)."""
    from cms.stories.models import StorySegment

    segment = (
        StorySegment.objects.select_related("page", "page__locale")
        .filter(pk=segment_id)
        .first()
    )
    if segment is None:
        SearchEntry.objects.filter(kind=Kind.STORY, segment_id=segment_id).delete()
        return
    story = segment.page
    if not indexable_page(story):
        return
    entry = segment_entry(story, segment)
    with transaction.atomic():
        SearchEntry.objects.filter(kind=Kind.STORY, segment_id=segment_id).delete()
        entry.save()


def rebuild(report=None):
    """Index every live page of the searchable kinds and every museum object;
    drop rows of anything else. Returns the number of rows written."""
    from cms.exhibits.models import MuseumObject

    report = report or (lambda message: None)
    total = 0
    kept = {}
    for kind, model in page_models().items():
        pages = list(
            model.objects.live()
            .filter(alias_of__isnull=True)
            .select_related("locale")
            .order_by("pk")
        )
        for number, page in enumerate(pages, 1):
            total += replace(kind, page)
            if number % 25 == 0 or number == len(pages):
                report(f"{kind}: {number}/{len(pages)}")
        kept[kind] = [page.pk for page in pages]
    objects = list(MuseumObject.objects.select_related("locale").order_by("pk"))
    for number, item in enumerate(objects, 1):
        total += replace(Kind.OBJECT, item)
        if number % 25 == 0 or number == len(objects):
            report(f"{Kind.OBJECT}: {number}/{len(objects)}")
    kept[Kind.OBJECT] = [item.pk for item in objects]
    for kind, ids in kept.items():
        stale, _ = (
            SearchEntry.objects.filter(kind=kind).exclude(object_id__in=ids).delete()
        )
        if stale:
            report(f"{kind}: {stale} stale rows removed")
    SearchEntry.objects.exclude(kind__in=list(kept)).delete()
    return total
