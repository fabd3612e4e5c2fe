"""Demo oral histories: records, synthetic recordings, time-coded segments in
four languages, and their consent records (one record-only, one restricted)."""

import datetime

from django.core.files.base import ContentFile

from cms.core.demo.audio import interview_recording
from cms.core.demo.seeding import (
    demo_key,
    source_locale,
    translate_everywhere,
    upsert_translatable,
)
from cms.core.demo.texts import paragraphs
from cms.core.models import MuseumMedia, Person, Place, Theme
from cms.editorial.sync import restricted_recordings_collection
from cms.exhibits.models import ExhibitPage
from cms.stories.demo_texts import STORIES
from cms.stories.models import (
    StoryAccess,
    StoryExhibit,
    StoryIndexPage,
    StoryPage,
    StorySegment,
    StoryTheme,
)

INTERVIEWER = "curator-3"
# Which demo exhibit (its English slug) each interview links.
STORY_EXHIBITS = {
    "fatima-gennevilliers": "women-of-migration",
    "mohand-genk": "coal-mines",
    "youssef-rotterdam": "summer-return",
    "khadija-barcelona": "women-of-migration",
    "ahmed-dusseldorf": "first-departures",
}
# espeak-ng voices for the demo: the French transcript is what is spoken.
VOICE = "fr"


def seed(report):
    index = StoryIndexPage.objects.get(locale=source_locale())
    interviewer = Person.objects.get(
        translation_key=demo_key("person", INTERVIEWER), locale=source_locale()
    )
    for number, item in enumerate(STORIES, start=1):
        seed_story(index, item, interviewer, report)
        report(f"stories: {number}/{len(STORIES)}")


def seed_narrator(item, report):
    narrator = item["narrator"]
    person, changed = upsert_translatable(
        Person,
        demo_key("person", narrator["key"]),
        name=narrator["name"].fr,
        roles=narrator["roles"].fr,
        biography=narrator["biography"].fr,
    )
    if changed:
        report(f"[fr] person {person.name}: saved")
    translate_everywhere(
        person,
        [narrator["name"], narrator["roles"], narrator["biography"]],
        report,
        person.name,
    )
    return person


def seed_recording(item):
    title = f"Entretien · {item['title'].fr}"
    media = MuseumMedia.objects.filter(title=title).first()
    texts = [segment["text"].fr for segment in item["segments"]]
    if media is None:
        wav, spans = interview_recording(texts, voice=VOICE, seed=item["key"])
        media = MuseumMedia(title=title, type="audio")
        # Only archivists reach this collection (docs/editors.md).
        collection = restricted_recordings_collection()
        if collection is not None:
            media.collection = collection
        media.file.save(f"{item['key']}.wav", ContentFile(wav), save=False)
        media.save()
        return media, spans
    return media, None


def seed_story(index, item, interviewer, report):
    key = demo_key("story", item["key"])
    narrator = seed_narrator(item, report)
    media, spans = seed_recording(item)
    page = StoryPage.objects.filter(translation_key=key, locale=source_locale()).first()
    created = page is None
    if spans is None:
        spans = (
            [(float(s.start), float(s.end)) for s in page.segments.all()]
            if page
            else None
        )
    if not spans or len(spans) != len(item["segments"]):
        _wav, spans = interview_recording(
            [s["text"].fr for s in item["segments"]], voice=VOICE, seed=item["key"]
        )
    fields = {
        "title": item["title"].fr,
        "slug": item["slug"].fr,
        "summary": paragraphs([item["summary"]]),
        "narrator": narrator,
        "interviewer": interviewer,
        "recorded_date": item["recorded_date"],
        "recorded_place": Place.objects.get(
            translation_key=demo_key("place", item["recorded_place"]),
            locale=source_locale(),
        ),
        "original_language": item["original_language"],
        "recording": media,
    }
    if created:
        page = StoryPage(translation_key=key, **fields)
    changed = created or any(
        getattr(page, name) != value for name, value in fields.items()
    )
    for name, value in fields.items():
        setattr(page, name, value)

    wanted_segments = [
        {
            "translation_key": demo_key("segment", f"{item['key']}-{number}"),
            "start": round(float(start), 3),
            "end": round(float(end), 3),
            "speaker": segment["speaker"].fr,
            "title": segment["title"].fr,
            "text": segment["text"].fr,
            "keywords": segment["keywords"].fr,
        }
        for number, (segment, (start, end)) in enumerate(
            zip(item["segments"], spans, strict=True)
        )
    ]
    current = (
        [
            {
                "translation_key": s.translation_key,
                "start": float(s.start),
                "end": float(s.end),
                "speaker": s.speaker,
                "title": s.title,
                "text": s.text,
                "keywords": s.keywords,
            }
            for s in page.segments.all()
        ]
        if not created
        else []
    )
    if current != wanted_segments:
        # sort_order explicitly: assigning the list does not set it, and
        # segments without one come back in whatever order the database keeps.
        page.segments = [
            StorySegment(locale=source_locale(), sort_order=position, **values)
            for position, values in enumerate(wanted_segments)
        ]
        changed = True
    themes = [
        Theme.objects.get(translation_key=demo_key("theme", k), locale=source_locale())
        for k in item["themes"]
    ]
    if created or [link.theme_id for link in page.story_themes.all()] != [
        t.pk for t in themes
    ]:
        page.story_themes = [StoryTheme(theme=theme) for theme in themes]
        changed = True

    exhibit_key = STORY_EXHIBITS.get(item["key"])
    exhibits = (
        list(
            ExhibitPage.objects.filter(
                translation_key=demo_key("exhibit", exhibit_key), locale=source_locale()
            )
        )
        if exhibit_key
        else []
    )
    if created or [link.exhibit_id for link in page.related_exhibits.all()] != [
        e.pk for e in exhibits
    ]:
        page.related_exhibits = [StoryExhibit(exhibit=exhibit) for exhibit in exhibits]
        changed = True

    if created:
        index.add_child(instance=page)
    if changed or not page.live or page.has_unpublished_changes:
        page.save_revision().publish()
        report(f"[fr] {page.title}: {'created' if created else 'updated'}")

    access, _created = StoryAccess.objects.get_or_create(translation_key=key)
    recorded = (
        datetime.date.fromisoformat(item["recorded_date"][:10])
        if len(item["recorded_date"]) >= 10
        else None
    )
    wanted_access = {"access_level": item["access"], "consent_date": recorded}
    if any(getattr(access, name) != value for name, value in wanted_access.items()):
        for name, value in wanted_access.items():
            setattr(access, name, value)
        access.save()

    texts = [item["title"], item["slug"], item["summary"]]
    for segment in item["segments"]:
        texts += [
            segment["speaker"],
            segment["title"],
            segment["text"],
            segment["keywords"],
        ]
    translate_everywhere(page, texts, report, item["key"])
