import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.urls import reverse

from cms.core.demo.seeding import demo_key
from cms.stories.captions import parse_captions
from cms.stories.models import StoryAccess, StoryPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "ar", "en", "zgh"]


def demo_story(name="fatima-gennevilliers", code="fr"):
    return StoryPage.objects.get(
        translation_key=demo_key("story", name), locale__language_code=code
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_story_page_plays_with_its_transcript_in_each_language(client, code):
    story = demo_story(code=code)

    response = client.get(story.url)

    assert response.status_code == 200
    body = response.content.decode()
    assert f'<html lang="{code}" dir="{"rtl" if code == "ar" else "ltr"}"' in body
    assert f'src="{story.recording.url}"' in body
    segments = list(story.segments.all())
    assert len(segments) == 8
    assert body.count('class="segment"') == 8
    for segment in segments:
        assert f'data-start="{segment.start}"' in body
    assert "transcript.js" in body
    tracks = re.findall(r'<track kind="captions" src="([^"]+)" srclang="(\w+)"', body)
    assert sorted(lang for _src, lang in tracks) == sorted(LANGUAGES)


def test_segments_keep_their_time_codes_in_every_language():
    versions = [demo_story(code=code) for code in LANGUAGES]

    times = [[(s.start, s.end) for s in version.segments.all()] for version in versions]
    texts = [[s.text for s in version.segments.all()] for version in versions]

    assert all(t == times[0] for t in times)
    assert len({tuple(t) for t in texts}) == 4  # each language has its own transcript


@pytest.mark.parametrize("code", LANGUAGES)
def test_captions_are_the_segments_of_the_language(api_client, code):
    story = demo_story(code=code)

    response = api_client.get(
        f"/api/v1/stories/{story.translation_key}/captions.vtt/", {"locale": code}
    )

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/vtt")
    cues = parse_captions(response.content.decode())
    assert [(c.start, c.end) for c in cues] == [
        (s.start, s.end) for s in story.segments.all()
    ]
    assert cues[0].text == " ".join(story.segments.first().text.split())


def test_story_detail_api_gives_recording_and_segments(api_client):
    story = demo_story(code="ar")

    body = api_client.get(
        f"/api/v1/stories/{story.translation_key}/", {"locale": "ar"}
    ).json()

    assert body["locale"]["dir"] == "rtl"
    assert body["recording"]["mime_type"] == "audio/x-wav"
    assert body["recording"]["duration"] > 0
    assert body["recording"]["url"].startswith("http://testserver/media-files/")
    assert len(body["segments"]) == 8
    assert body["segments"][0]["text"] == story.segments.first().text
    assert body["original_language"] == {"code": "shi", "name": "تاشلحيت"}


def test_story_list_hides_restricted_and_flags_record_only(api_client):
    body = api_client.get("/api/v1/stories/", {"locale": "en"}).json()

    keys = {item["key"]: item for item in body["results"]}
    assert str(demo_key("story", "ahmed-dusseldorf")) not in keys
    record_only = keys[str(demo_key("story", "khadija-barcelona"))]
    assert record_only["access"] == "metadata"
    assert record_only["has_recording"] is False
    assert body["count"] == 4


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"original_language": "rif"}, {"mohand-genk"}),
        ({"has_recording": "false"}, {"khadija-barcelona"}),
    ],
)
def test_story_filters(api_client, params, expected):
    results = api_client.get("/api/v1/stories/", params).json()["results"]

    names = {
        name
        for name in (
            "fatima-gennevilliers",
            "mohand-genk",
            "youssef-rotterdam",
            "khadija-barcelona",
        )
        if str(demo_key("story", name)) in {item["key"] for item in results}
    }
    assert names == expected


@pytest.mark.parametrize(
    "params", [{"original_language": "xx1"}, {"has_recording": "maybe"}]
)
def test_bad_story_filters_are_400(api_client, params):
    assert api_client.get("/api/v1/stories/", params).status_code == 400


def test_restricting_one_language_hides_every_language_at_once(api_client, client):
    story = demo_story()
    assert (
        api_client.get(
            f"/api/v1/stories/{story.translation_key}/", {"locale": "zgh"}
        ).status_code
        == 200
    )

    # An archivist withdraws consent, on any language version: one record for all.
    StoryAccess.objects.filter(translation_key=story.translation_key).update(
        access_level="restricted"
    )

    for code in LANGUAGES:
        version = demo_story(code=code)
        assert (
            api_client.get(
                f"/api/v1/stories/{story.translation_key}/", {"locale": code}
            ).status_code
            == 404
        )
        assert client.get(version.url).status_code == 404
        assert client.get(version.recording.url).status_code == 404


def test_a_new_story_is_restricted_until_an_archivist_records_consent(story_index):
    story = StoryPage(
        title="Nouveau", slug="nouveau", summary="<p>x</p>", original_language="ary"
    )
    story_index.add_child(instance=story)

    assert (
        StoryAccess.objects.get(translation_key=story.translation_key).access_level
        == "restricted"
    )


def test_public_recording_supports_range_requests(client):
    recording = demo_story().recording

    response = client.get(recording.url, HTTP_RANGE="bytes=0-99")

    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes 0-99/{recording.file.size}"
    assert len(response.content) == 100
    assert response["Accept-Ranges"] == "bytes"


def test_restricted_recording_is_served_to_an_editor_with_range(client, admin_user):
    story = demo_story("ahmed-dusseldorf")
    recording = story.recording
    assert client.get(recording.url).status_code == 404

    client.force_login(admin_user)
    response = client.get(recording.url, HTTP_RANGE="bytes=100-")

    assert response.status_code == 206
    assert (
        response["Content-Range"]
        == f"bytes 100-{recording.file.size - 1}/{recording.file.size}"
    )
    assert response["Cache-Control"] == "private, no-store"


def test_recordings_are_stored_outside_the_public_media_folder(settings):
    recording = demo_story().recording

    path = recording.file.path

    assert path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert not path.startswith(str(settings.MEDIA_ROOT))


def test_only_archivists_may_change_consent(client, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    archivist = django_user_model.objects.create_user("archivist", password="x")
    archivist.groups.add(Group.objects.get(name="Archivists"))
    record = StoryAccess.objects.get(
        translation_key=demo_key("story", "fatima-gennevilliers")
    )
    url = reverse("wagtailsnippets_stories_storyaccess:edit", args=(record.pk,))

    client.force_login(editor)
    assert client.get(url).status_code in (302, 403)
    client.force_login(archivist)
    assert client.get(url).status_code == 200
    response = client.post(
        url, {"access_level": "metadata", "consent_scope": "Enregistrement non diffusé"}
    )
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.access_level == "metadata"


def test_importing_captions_replaces_segments(tmp_path):
    story = demo_story()
    vtt = tmp_path / "fatima.vtt"
    vtt.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Fatima>Bonjour.\n\n00:00:04.000 --> 00:00:06.000\nAu revoir.\n"
    )

    call_command("import_captions", story.pk, vtt)

    assert [(float(s.start), s.speaker, s.text) for s in story.segments.all()] == [
        (1.0, "Fatima", "Bonjour."),
        (4.0, "", "Au revoir."),
    ]


def test_a_malformed_caption_file_is_refused_and_changes_nothing(tmp_path):
    story = demo_story()
    before = [(s.start, s.text) for s in story.segments.all()]
    srt = tmp_path / "broken.srt"
    srt.write_text(
        "1\n00:00:01,000 --> 00:00:03,000\nUn\n\n2\n00:00:02,000 --> 00:00:05,000\nDeux\n"
    )

    with pytest.raises(CommandError, match=r"(Line|Ligne) 6"):
        call_command("import_captions", story.pk, srt)

    assert [(s.start, s.text) for s in story.segments.all()] == before


def test_editor_sees_segment_errors_on_the_segment(client, admin_user, story_index):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    client.force_login(admin_user)
    url = reverse(
        "wagtailadmin_pages:add", args=("stories", "storypage", story_index.pk)
    )
    data = nested_form_data(
        {
            "title": "Chevauchement",
            "slug": "chevauchement",
            "summary": rich_text("<p>x</p>"),
            "original_language": "ary",
            "recorded_date": "",
            "segments": inline_formset(
                [
                    {
                        "start": "0",
                        "end": "5",
                        "text": "Un",
                        "speaker": "",
                        "title": "",
                        "keywords": "",
                    },
                    {
                        "start": "4",
                        "end": "9",
                        "text": "Deux",
                        "speaker": "",
                        "title": "",
                        "keywords": "",
                    },
                ]
            ),
            "story_places": inline_formset([]),
            "story_themes": inline_formset([]),
            "related_exhibits": inline_formset([]),
            "comments": inline_formset([]),
        }
    )

    response = client.post(url, data)

    assert response.status_code == 200
    assert "Ce segment chevauche le précédent." in response.content.decode()
    assert not StoryPage.objects.filter(slug="chevauchement").exists()


def test_original_language_must_be_an_iso_639_3_code(story_index):
    from django.core.exceptions import ValidationError

    story = StoryPage(
        title="Code", slug="code", summary="<p>x</p>", original_language="xq9"
    )

    with pytest.raises(ValidationError) as error:
        story_index.add_child(instance=story)
    assert "original_language" in error.value.message_dict


def test_story_languages_are_named_in_the_readers_language():
    from cms.stories.spoken_languages import language_name

    assert language_name("ary", "fr") == "arabe marocain (darija)"
    assert language_name("rif", "zgh") == "ⵜⴰⵔⵉⴼⵉⵜ"
    assert language_name("kab", "en") == "Kabyle"


def test_exhibit_shows_the_public_stories_that_link_it_and_only_those(api_client):
    women = api_client.get(
        f"/api/v1/exhibits/{demo_key('exhibit', 'women-of-migration')}/",
        {"locale": "ar"},
    ).json()
    departures = api_client.get(
        f"/api/v1/exhibits/{demo_key('exhibit', 'first-departures')}/", {"locale": "ar"}
    ).json()

    women_keys = {item["key"] for item in women["related"]["stories"]}
    assert str(demo_key("story", "fatima-gennevilliers")) in women_keys
    assert (
        str(demo_key("story", "khadija-barcelona")) in women_keys
    )  # record-only: listed
    # The interview linking "first departures" is restricted: never listed.
    assert departures["related"]["stories"] == []


def test_story_links_its_exhibits_in_the_same_language(client, api_client):
    story = demo_story(code="zgh")

    body = api_client.get(
        f"/api/v1/stories/{story.translation_key}/", {"locale": "zgh"}
    ).json()
    page = client.get(story.url).content.decode()

    assert [item["key"] for item in body["related_exhibits"]] == [
        str(demo_key("exhibit", "women-of-migration"))
    ]
    assert body["related_exhibits"][0]["title"] in page


def test_story_listing_runs_the_same_queries_for_more_stories(
    api_client, story_index, no_response_cache
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        api_client.get("/api/v1/stories/", {"limit": 100})
        with CaptureQueriesContext(connection) as queries:
            api_client.get("/api/v1/stories/", {"limit": 100})
        return len(queries)

    before = count()
    recording = demo_story().recording
    for number in range(10):
        story = StoryPage(
            title=f"Entretien {number}",
            slug=f"entretien-{number}",
            summary="<p>x</p>",
            original_language="ary",
            recording=recording,
        )
        story_index.add_child(instance=story)
        story.save_revision().publish()
        StoryAccess.objects.filter(translation_key=story.translation_key).update(
            access_level="public"
        )

    assert count() == before
