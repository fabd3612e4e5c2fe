"""Wagtail's API v2 at /api/v2/: mounted, filtered by the visibility rule,
rich text as HTML, JSON errors. The leak matrix is tests/stories/test_leaks_v2.py."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from cms.core import visibility
from cms.core.api import v2
from cms.core.models import MuseumMedia
from cms.exhibits.models import ExhibitPage
from cms.stories.models import StoryIndexPage
from tests.stories.conftest import make_story
from tests.stories.test_leaks_v2 import all_items

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "ar", "en", "zgh"]
PROBLEM = "application/problem+json"


@pytest.fixture
def french():
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def exhibit(french):
    return ExhibitPage.objects.live().filter(locale=french).first()


def test_v2_index_of_endpoints_is_mounted(client):
    for endpoint in ("pages", "images", "documents", "media"):
        response = client.get(f"/api/v2/{endpoint}/")
        assert response.status_code == 200, endpoint
        assert response["Content-Type"] == "application/json"
        assert "items" in response.json()


def test_public_exhibit_is_listed_with_its_rich_text_as_html(client, exhibit):
    target = Page.objects.live().public().filter(depth=2).first()
    exhibit.introduction = (
        f'<p>Voir <a linktype="page" id="{target.pk}">l’accueil</a>.</p>'
    )
    exhibit.save()

    listing = client.get(
        "/api/v2/pages/",
        {
            "type": "exhibits.ExhibitPage",
            "locale": "fr",
            "fields": "introduction,body",
        },
    )
    assert listing.status_code == 200
    assert exhibit.pk in {item["id"] for item in listing.json()["items"]}
    detail = client.get(f"/api/v2/pages/{exhibit.pk}/")
    assert detail.status_code == 200
    body = detail.json()
    assert body["title"] == exhibit.title
    assert 'href="' in body["introduction"]
    assert "linktype=" not in detail.content.decode()
    assert "linktype=" not in listing.content.decode()


def test_db_rich_text_formats_are_refused(client, exhibit):
    response = client.get(f"/api/v2/pages/{exhibit.pk}/?rich_text_format=db_html")
    assert response.status_code == 400
    assert response["Content-Type"] == PROBLEM


def test_v2_lists_the_exhibits_v1_lists_in_each_language(client):
    for code in LANGUAGES:
        v1 = client.get(f"/api/v1/exhibits/?locale={code}&limit=100").json()
        v1_ids = {item["meta"]["id"] for item in v1["results"]}
        v1_keys = {item["key"] for item in v1["results"]}
        v2_items = all_items(
            client, f"/api/v2/pages/?type=exhibits.ExhibitPage&locale={code}"
        )
        v2_ids = {item["id"] for item in v2_items}
        v2_keys = {
            str(key)
            for key in Page.objects.filter(pk__in=v2_ids).values_list(
                "translation_key", flat=True
            )
        }
        assert v2_keys, code
        # v1 serves the requested language when it exists, like v2 does;
        # it may add fallbacks from another language, v2 never does.
        assert v2_keys <= v1_keys, code
        served_here = {
            item["key"] for item in v1["results"] if item["locale"]["served"] == code
        }
        assert served_here == v2_keys, code
        assert v1_ids & v2_ids == {
            item["meta"]["id"]
            for item in v1["results"]
            if item["locale"]["served"] == code
        }


def test_locale_filter_and_search(client, exhibit):
    arabic = all_items(client, "/api/v2/pages/?locale=ar")
    assert arabic
    assert {item["meta"]["locale"] for item in arabic} == {"ar"}
    found = client.get(
        "/api/v2/pages/", {"search": exhibit.title.split()[0], "locale": "fr"}
    )
    assert found.status_code == 200


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("/api/v2/pages/9999999/", 404),
        ("/api/v2/pages/?nonsense=1", 400),
        ("/api/v2/pages/?type=nope.Nope", 400),
        ("/api/v2/pages/?child_of=abc", 400),
        ("/api/v2/pages/?limit=abc", 400),
        ("/api/v2/pages/?fields=recording", 400),
        ("/api/v2/pages/find/?id=abc", 404),
        ("/api/v2/pages/find/?html_path=/fr/nothing-here/", 404),
        ("/api/v2/media/find/?id=abc", 404),
        ("/api/v2/documents/9999999/", 404),
    ],
)
def test_errors_are_json_problems(client, url, code):
    response = client.get(url, HTTP_ACCEPT="text/html")
    assert response.status_code == code, response.content[:300]
    assert response["Content-Type"] == PROBLEM
    assert response.json()["status"] == code
    assert "Traceback" not in response.content.decode()


def test_media_of_a_public_story_points_at_the_checking_view(client, french):
    index = StoryIndexPage.objects.get(locale=french)
    story, _marker = make_story(index, "publicv2", title_canary=False)

    items = all_items(client, "/api/v2/media/")
    by_id = {item["id"]: item for item in items}
    assert story.recording.pk in by_id
    url = by_id[story.recording.pk]["meta"]["download_url"]
    assert f"/media-files/{story.recording.pk}/{story.recording.filename}" in url
    assert "/media/" not in url
    assert "recordings/" not in url
    detail = client.get(f"/api/v2/media/{story.recording.pk}/?fields=*").json()
    assert "file" not in detail
    assert client.get(url).status_code == 200


def test_an_unused_media_file_or_document_is_not_listed(client):
    media = MuseumMedia(title="Chute de montage", type="audio")
    media.file.save("chute.wav", ContentFile(b"RIFF0000WAVE"), save=False)
    media.save()
    document = get_document_model()(title="Note interne")
    document.file.save("note.txt", ContentFile(b"interne"), save=True)

    assert client.get(f"/api/v2/media/{media.pk}/").status_code == 404
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404


def test_listed_files_match_the_visibility_rule_exactly(client, french):
    index = StoryIndexPage.objects.get(locale=french)
    make_story(index, "publicv2", title_canary=False)
    make_story(index, "hiddenv2", access="restricted")

    for media in MuseumMedia.objects.all():
        assert (media.pk in v2.public_media_ids()) == visibility.media_is_public(
            media
        ), media
    for document in get_document_model().objects.all():
        assert (
            document.pk in v2.public_document_ids()
        ) == visibility.document_is_public(document), document


def test_images_are_those_of_public_pages_and_objects(client, exhibit):
    listed = {item["id"] for item in all_items(client, "/api/v2/images/")}
    if exhibit.hero_image_id:
        assert exhibit.hero_image_id in listed
    assert listed == v2.public_image_ids()
    # An image nothing public uses is not listed.
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(
        title="Inutilisée", file=get_test_image_file()
    )
    assert client.get(f"/api/v2/images/{image.pk}/").status_code == 404
