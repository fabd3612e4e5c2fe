"""Every shared block renders on the site and gives the API what an app needs."""

import io
import wave

import pytest
from django.core.files.base import ContentFile
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from cms.core.blocks import MuseumStreamBlock
from cms.core.models import MuseumImage, MuseumMedia, Place
from cms.exhibits.models import ExhibitPage

pytestmark = pytest.mark.django_db


def tiny_wav():
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(8000)
        sound.writeframes(b"\x00\x00" * 8000)
    return buffer.getvalue()


@pytest.fixture
def every_block():
    french = Locale.objects.get(language_code="fr")
    images = list(MuseumImage.objects.all()[:2])
    place = Place.objects.filter(locale=french).first()
    clip = MuseumMedia.objects.create(
        title="Chanson du départ", type="audio", duration=1
    )
    clip.file.save("chanson.wav", ContentFile(tiny_wav()))
    home = Page.objects.get(depth=2, locale=french)
    block = MuseumStreamBlock()
    value = block.to_python([])
    value = type(value)(
        block,
        [
            ("paragraph", RichText("<p>Un texte.</p>")),
            (
                "image",
                {
                    "image": images[0],
                    "caption": "Une légende",
                    "alt_text": "Un passeport vert",
                },
            ),
            (
                "gallery",
                {
                    "title": "Album",
                    "images": [
                        {"image": image, "caption": "", "alt_text": ""}
                        for image in images
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": "Nous pensions rester deux ans.",
                    "attribution": "Une ouvrière",
                },
            ),
            ("media", {"media": clip, "caption": "Extrait"}),
            ("map_point", {"place": place, "label": "Le port"}),
            (
                "timeline",
                {"events": [{"date": "196X", "title": "Les départs", "text": ""}]},
            ),
            ("related", {"title": "À voir aussi", "pages": [home]}),
        ],
    )
    return block, value, place


def test_every_block_renders_on_the_site(every_block, rf):
    block, value, place = every_block

    html = block.render(value, context={"request": rf.get("/")})

    assert "<p>Un texte.</p>" in html
    assert 'alt="Un passeport vert"' in html
    assert "Une légende" in html
    assert html.count("<figure>") >= 2  # gallery items
    assert "Nous pensions rester deux ans." in html
    assert "<audio controls" in html
    assert place.name in html
    assert "années 1960" in html
    assert "À voir aussi" in html


def test_every_block_gives_the_api_a_self_contained_value(every_block, rf):
    block, value, place = every_block
    # A clip is heard only once a public page uses it (the visibility rule).
    exhibit = ExhibitPage.objects.live().filter(locale__language_code="fr").first()
    exhibit.body = value
    exhibit.save_revision().publish()

    api = {
        item["type"]: item["value"]
        for item in block.get_api_representation(value, {"request": rf.get("/")})
    }

    assert api["paragraph"] == {"html": "<p>Un texte.</p>"}
    assert api["image"]["alt"] == "Un passeport vert"
    assert set(api["image"]["renditions"]) == {"thumb", "card", "hero", "og"}
    assert len(api["gallery"]["images"]) == 2
    assert api["quote"] == {
        "quote": "Nous pensions rester deux ans.",
        "attribution": "Une ouvrière",
    }
    assert api["media"]["media"]["mime_type"] == "audio/x-wav"
    # Through the view that asks the visibility rule, never the file's path.
    assert api["media"]["media"]["url"].startswith("http://testserver/media-files/")
    assert api["map_point"]["place"]["lat"] == float(place.latitude)
    assert api["timeline"]["events"][0] == {
        "date": "196X",
        "display": "années 1960",
        "start_year": 1960,
        "end_year": 1969,
        "title": "Les départs",
        "text": "",
    }
    assert api["related"]["items"][0]["type"] == "homepage"


def test_a_clip_no_public_page_uses_is_not_given_to_the_api(every_block, rf):
    block, value, _place = every_block

    api = {
        item["type"]: item["value"]
        for item in block.get_api_representation(value, {"request": rf.get("/")})
    }

    assert api["media"]["media"] is None
