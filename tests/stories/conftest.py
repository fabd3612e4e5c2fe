"""Restricted fixtures for the leak matrix (../shared/RELIABILITY.md).

Each restricted story carries a unique canary in Latin, Arabic and Tifinagh in
its title, summary, transcript and recording file name, in French and Arabic.
"""

import datetime
import io
import wave
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail_localize.operations import translate_object

from cms.core.models import HomePage, MuseumMedia, Person
from cms.stories.models import StoryAccess, StoryIndexPage, StoryPage, StorySegment


def wav_bytes(seconds=12):
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(8000)
        sound.writeframes(b"\x01\x00" * 8000 * seconds)
    return buffer.getvalue()


def canary(name):
    """A string no real content contains, in the three scripts."""
    return f"CANARY{name.upper()}Q7 كناري{name}٧ ⵜⴽⵏⵔ{name}ⵉ"


@dataclass
class Fixture:
    name: str
    story: StoryPage
    canary: str
    record_public: bool = False  # metadata-only: the record may show, not the content


def make_story(
    index, name, *, text_canary=True, title_canary=True, access="public", publish=True
):
    marker = canary(name)
    recording = MuseumMedia(title=f"Enregistrement {name}", type="audio")
    recording.file.save(
        f"recording-{marker.split()[0].lower()}.wav",
        ContentFile(wav_bytes()),
        save=False,
    )
    recording.save()
    narrator = None
    if title_canary:
        narrator = Person.objects.create(
            name=f"Narrateur {marker}", locale=Locale.objects.get(language_code="fr")
        )
    story = StoryPage(
        narrator=narrator,
        title=f"Entretien {marker}" if title_canary else f"Entretien public {name}",
        slug=f"entretien-{name}",
        summary=f"<p>Résumé {marker if title_canary else 'sans secret'}.</p>",
        original_language="ary",
        recorded_date="2020",
        recording=recording,
        live=publish,  # a page made in code is live unless told otherwise
    )
    story.segments = [
        StorySegment(
            start=1,
            end=5,
            speaker="Narratrice",
            text=f"Transcription {marker if text_canary else ''}",
        ),
        StorySegment(
            start=6,
            end=10,
            speaker="Narratrice",
            text=f"Suite {marker if text_canary else ''}",
        ),
    ]
    index.add_child(instance=story)
    if publish:
        story.save_revision().publish()
    StoryAccess.objects.update_or_create(
        translation_key=story.translation_key, defaults={"access_level": access}
    )
    return story, marker


@pytest.fixture
def french():
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def story_index(french):
    return StoryIndexPage.objects.get(locale=french)


@pytest.fixture
def restricted_fixtures(story_index, french, django_capture_on_commit_callbacks):
    fixtures = []

    story, marker = make_story(story_index, "restricted", access="restricted")
    fixtures.append(Fixture("restricted", story, marker))

    story, marker = make_story(story_index, "embargoed")
    StoryAccess.objects.filter(translation_key=story.translation_key).update(
        embargo_until=timezone.localdate() + datetime.timedelta(days=30)
    )
    fixtures.append(Fixture("embargoed", story, marker))

    story, marker = make_story(story_index, "draft", publish=False)
    fixtures.append(Fixture("draft", story, marker))

    story, marker = make_story(story_index, "login")
    PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.LOGIN
    )
    fixtures.append(Fixture("login", story, marker))

    story, marker = make_story(story_index, "group")
    restriction = PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Archivists"))
    fixtures.append(Fixture("group", story, marker))

    story, marker = make_story(story_index, "scheduled", publish=False)
    story.go_live_at = timezone.now() + datetime.timedelta(days=3)
    story.save_revision().publish()  # a scheduled revision: not live yet
    fixtures.append(Fixture("scheduled", story, marker))

    story, marker = make_story(story_index, "expired")
    story.expire_at = timezone.now() - datetime.timedelta(days=1)
    story.save()
    story.unpublish(set_expired=True)
    fixtures.append(Fixture("expired", story, marker))

    # Restricted through an ancestor: a second, password-protected home tree.
    root = Page.objects.get(depth=1)
    private_home = root.add_child(
        instance=HomePage(title="Archives internes", slug="archives-internes")
    )
    private_home.save_revision().publish()
    private_index = private_home.add_child(
        instance=StoryIndexPage(title="Entretiens internes", slug="internes")
    )
    private_index.save_revision().publish()
    PageViewRestriction.objects.create(
        page=private_home,
        restriction_type=PageViewRestriction.PASSWORD,
        password="secret",
    )
    story, marker = make_story(private_index, "ancestor")
    fixtures.append(Fixture("ancestor", story, marker))

    # Record only: title and summary are public, never the transcript or recording.
    story, marker = make_story(
        story_index, "metadata", title_canary=False, access="metadata"
    )
    fixtures.append(Fixture("metadata", story, marker, record_public=True))

    # Live, with a draft holding the canary: the public sees only the live version.
    story, marker = make_story(
        story_index, "unpublisheddraft", title_canary=False, text_canary=False
    )
    story.title = f"Brouillon {marker}"
    story.save_revision()
    fixtures.append(Fixture("unpublisheddraft", story, marker, record_public=True))

    # Every fixture also in Arabic, with the canary in the Arabic text.
    arabic = Locale.objects.get(language_code="ar")
    with django_capture_on_commit_callbacks(execute=True):
        for fixture in fixtures:
            if fixture.name == "ancestor":
                continue  # its ancestors exist only in French
            # As the admin does: from the page as stored, not an edited copy.
            translate_object(Page.objects.get(pk=fixture.story.pk).specific, [arabic])
    for fixture in fixtures:
        translated = fixture.story.get_translation_or_none(arabic)
        if (
            translated is not None
            and fixture.name != "unpublisheddraft"
            and not fixture.record_public
        ):
            translated = translated.specific
            translated.title = f"مقابلة {fixture.canary}"
            translated.save()
    return fixtures
