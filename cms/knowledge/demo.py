"""Demo knowledge pages and peer-exchange events, with PDF reports, in four
languages (texts in demo_texts.py)."""

import datetime

from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.rich_text import RichText

from cms.core.demo import vocabularies
from cms.core.demo.documents import simple_pdf
from cms.core.demo.seeding import (
    demo_key,
    source_locale,
    translate_everywhere,
    without_block_ids,
)
from cms.core.demo.texts import Text, paragraphs
from cms.core.models import Institution, Place, Theme
from cms.knowledge import demo_texts as texts
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


def seed(report):
    vocabularies.seed_themes(texts.THEMES, report)
    vocabularies.seed_places(texts.PLACES, report)
    vocabularies.seed_institutions(texts.INSTITUTIONS, report)
    index = KnowledgeIndexPage.objects.get(locale=source_locale())
    pages = {}
    for number, item in enumerate(texts.KNOWLEDGE_PAGES, start=1):
        pages[item["key"]] = seed_page(index, item, report)
        report(f"knowledge: {number}/{len(texts.KNOWLEDGE_PAGES)}")
    for number, item in enumerate(texts.EVENTS, start=1):
        seed_event(index, item, pages, report)
        report(f"events: {number}/{len(texts.EVENTS)}")


def french(model, kind, key):
    return model.objects.get(
        translation_key=demo_key(kind, key), locale=source_locale()
    )


def report_document(item):
    title = item["attachment_title"].fr
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        pdf = simple_pdf(
            [
                item["attachment_title"].fr,
                item["attachment_title"].en,
                item["title"].fr,
                item["title"].en,
                "Document de démonstration / demo document",
            ]
        )
        document.file.save(f"{item['key']}.pdf", ContentFile(pdf), save=False)
        document.save()
    return document


def save_page(index, page, created, changed, report):
    if created:
        index.add_child(instance=page)
    if changed or not page.live or page.has_unpublished_changes:
        page.save_revision().publish()
        report(f"[fr] {page.title}: {'created' if created else 'updated'}")


def set_relation(page, created, relation, attname, model, field, targets):
    current = [getattr(link, attname) for link in getattr(page, relation).all()]
    if created or current != [target.pk for target in targets]:
        setattr(page, relation, [model(**{field: target}) for target in targets])
        return True
    return False


def set_stream(page, created, name, value, model):
    new = getattr(model(**{name: value}), name)
    old = getattr(page, name)
    if created or without_block_ids(list(old.get_prep_value())) != without_block_ids(
        list(new.get_prep_value())
    ):
        setattr(page, name, value)
        return True
    return False


def seed_page(index, item, report):
    key = demo_key("knowledge", item["key"])
    page = KnowledgePage.objects.filter(
        translation_key=key, locale=source_locale()
    ).first()
    created = page is None
    fields = {
        "title": item["title"].fr,
        "slug": item["slug"].fr,
        "kind": item["kind"],
        "summary": paragraphs([item["summary"]]),
        "countries": item["countries"],
        "sdgs": item["sdgs"],
        "contact_institution": french(
            Institution, "institution", item["contact_institution"]
        ),
        "published_on": datetime.date.fromisoformat(item["published"]),
    }
    if created:
        page = KnowledgePage(translation_key=key, **fields)
    changed = created or any(
        getattr(page, name) != value for name, value in fields.items()
    )
    for name, value in fields.items():
        setattr(page, name, value)
    body = [
        ("paragraph", RichText(paragraphs([paragraph]))) for paragraph in item["body"]
    ]
    body.append(
        ("key_lessons", {"lessons": [lesson.fr for lesson in item["key_lessons"]]})
    )
    body.append(
        (
            "indicators",
            {
                "rows": [
                    {"label": row["label"].fr, "value": row["value"]}
                    for row in item["indicators"]
                ]
            },
        )
    )
    changed |= set_stream(page, created, "body", body, KnowledgePage)
    institutions = [french(Institution, "institution", k) for k in item["institutions"]]
    themes = [french(Theme, "theme", k) for k in item["themes"]]
    document = report_document(item)
    changed |= set_relation(
        page,
        created,
        "page_institutions",
        "institution_id",
        KnowledgeInstitution,
        "institution",
        institutions,
    )
    changed |= set_relation(
        page, created, "page_themes", "theme_id", KnowledgeTheme, "theme", themes
    )
    changed |= set_relation(
        page,
        created,
        "attachments",
        "document_id",
        KnowledgeAttachment,
        "document",
        [document],
    )
    save_page(index, page, created, changed, report)
    translated = [
        item["title"],
        item["slug"],
        item["summary"],
        *item["body"],
        *item["key_lessons"],
        *(row["label"] for row in item["indicators"]),
        # Figures stay as written in every language (translators may adapt them).
        *(
            Text(row["value"], row["value"], row["value"], row["value"])
            for row in item["indicators"]
        ),
    ]
    translate_everywhere(page, translated, report, item["key"])
    return page


def seed_event(index, item, pages, report):
    key = demo_key("event", item["key"])
    page = PeerExchangeEvent.objects.filter(
        translation_key=key, locale=source_locale()
    ).first()
    created = page is None
    fields = {
        "title": item["title"].fr,
        "slug": item["slug"].fr,
        "kind": item["kind"],
        "start_date": datetime.date.fromisoformat(item["start"]),
        "end_date": datetime.date.fromisoformat(item["end"])
        if item.get("end")
        else None,
        "place": french(Place, "place", item["place"]),
        "host": french(Institution, "institution", item["host"]),
        "summary": paragraphs([item["summary"]]),
        "outcomes": paragraphs([item["outcomes"]]),
    }
    if created:
        page = PeerExchangeEvent(translation_key=key, **fields)
    changed = created or any(
        getattr(page, name) != value for name, value in fields.items()
    )
    for name, value in fields.items():
        setattr(page, name, value)
    changed |= set_stream(
        page,
        created,
        "agenda",
        [("item", entry.fr) for entry in item["agenda"]],
        PeerExchangeEvent,
    )
    participants = [french(Institution, "institution", k) for k in item["participants"]]
    presented = [pages[k] for k in item["knowledge"]]
    changed |= set_relation(
        page,
        created,
        "participants",
        "institution_id",
        EventParticipant,
        "institution",
        participants,
    )
    changed |= set_relation(
        page,
        created,
        "presented_knowledge",
        "knowledge_page_id",
        EventKnowledge,
        "knowledge_page",
        presented,
    )
    save_page(index, page, created, changed, report)
    translate_everywhere(
        page,
        [
            item["title"],
            item["slug"],
            item["summary"],
            item["outcomes"],
            *item["agenda"],
        ],
        report,
        item["key"],
    )
