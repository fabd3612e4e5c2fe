"""Discovery: hreflang, canonical, sitemaps, robots.txt, JSON-LD, Open Graph, feeds."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Locale

from cms.core.demo.seeding import demo_key
from cms.core.visibility import public_stories, stories_with_public_content
from cms.exhibits.models import ExhibitIndexPage, ExhibitPage
from cms.knowledge.models import KnowledgePage
from cms.stories.models import StoryIndexPage, StoryPage
from tests.stories.conftest import make_story

pytestmark = pytest.mark.django_db

CODES = ["fr", "ar", "en", "zgh"]
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ATOM = "{http://www.w3.org/2005/Atom}"


def parse(content):
    return ET.fromstring(content)  # noqa: S314 (the site's own responses)


def locale(code):
    return Locale.objects.get(language_code=code)


@pytest.fixture
def demo_exhibit():
    return ExhibitPage.objects.get(
        translation_key=demo_key("exhibit", "first-departures"), locale=locale("fr")
    )


def jsonld(body):
    blocks = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', body, re.S
    )
    assert len(blocks) == 1
    return json.loads(blocks[0])


def hreflangs(body):
    return dict(
        re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', body)
    )


def test_exhibit_page_has_hreflang_canonical_og_and_jsonld(client, demo_exhibit):
    body = client.get(demo_exhibit.get_url()).content.decode()

    links = hreflangs(body)
    for code in CODES:
        version = demo_exhibit.get_translation(locale(code))
        assert links[code] == version.get_full_url()
    assert links["x-default"] == demo_exhibit.get_full_url()
    assert f'<link rel="canonical" href="{demo_exhibit.get_full_url()}">' in body
    assert '<meta property="og:locale" content="fr_FR">' in body
    for alternate in ("ar_MA", "en_GB", "zgh_MA"):
        assert f'<meta property="og:locale:alternate" content="{alternate}">' in body

    data = jsonld(body)
    assert data["@type"] == "ExhibitionEvent"
    assert data["inLanguage"] == "fr"
    places = [place for place in data["about"] if "geo" in place]
    assert places
    assert places[0]["@type"] == "Place"
    assert isinstance(places[0]["geo"]["latitude"], float)
    assert places[0]["geo"]["@type"] == "GeoCoordinates"


def test_og_image_is_the_absolute_og_rendition(client, demo_exhibit):
    body = client.get(demo_exhibit.get_url()).content.decode()

    image = re.search(r'<meta property="og:image" content="([^"]+)">', body)
    assert image, "the demo exhibit has a hero image"
    url = image.group(1)
    assert url.startswith("http")
    rendition = demo_exhibit.hero_image.get_rendition("fill-1200x630")
    assert url.endswith(rendition.url)
    assert '<meta property="og:image:width" content="1200">' in body
    assert '<meta property="og:image:height" content="630">' in body


def test_arabic_exhibit_page_is_in_arabic(client, demo_exhibit):
    arabic = demo_exhibit.get_translation(locale("ar"))
    body = client.get(arabic.get_url()).content.decode()

    assert '<meta property="og:locale" content="ar_MA">' in body
    assert jsonld(body)["inLanguage"] == "ar"
    assert f'<link rel="canonical" href="{arabic.get_full_url()}">' in body


def test_object_page_has_hreflang_and_jsonld(client, demo_exhibit):
    museum_object = demo_exhibit.exhibit_objects.first().museum_object
    index = ExhibitIndexPage.objects.get(locale=locale("en"))
    body = client.get(index.object_url(museum_object.accession_number)).content.decode()

    links = hreflangs(body)
    for code in CODES:
        if museum_object.get_translation_or_none(locale(code)):
            french_index = ExhibitIndexPage.objects.get(locale=locale(code))
            assert links[code] == french_index.object_url(
                museum_object.accession_number
            )
    assert "x-default" in links
    data = jsonld(body)
    assert data["@type"] == "CreativeWork"
    assert data["identifier"] == museum_object.accession_number


def test_hostile_title_stays_inert(client, story_index):
    story, _ = make_story(story_index, "hostile", title_canary=False)
    story.title = "</script><script>alert(1)</script> & <b>"
    story.save_revision().publish()

    body = client.get(story.url).content.decode()

    assert "<script>alert(1)" not in body
    data = jsonld(body)
    assert data["name"] == "</script><script>alert(1)</script> & <b>"


@pytest.fixture
def story_index():
    return StoryIndexPage.objects.get(locale=locale("fr"))


def test_story_jsonld_has_recording_and_transcript_only_when_content_is_public(
    client, story_index
):
    public, _ = make_story(story_index, "ouverte", title_canary=False)
    metadata, marker = make_story(
        story_index, "fiche", title_canary=False, access="metadata"
    )

    data = jsonld(client.get(public.url).content.decode())
    assert data["@type"] == "CreativeWork"
    assert data["audio"]["@type"] == "AudioObject"
    assert "Transcription" in data["audio"]["transcript"]
    assert data["audio"]["duration"] == "PT12S"
    assert data["audio"]["contentUrl"].startswith("http")
    assert data["audio"]["contentUrl"].endswith(public.recording.url)

    body = client.get(metadata.url).content.decode()
    data = jsonld(body)
    assert data["@type"] == "CreativeWork"
    assert "audio" not in data
    assert "video" not in data
    assert marker.split()[0] not in body


def test_knowledge_page_jsonld_is_an_article(client):
    page = KnowledgePage.objects.live().filter(locale=locale("fr")).first()
    data = jsonld(client.get(page.url).content.decode())
    assert data["@type"] == "Article"
    assert data["headline"]


def test_robots_and_sitemap_index(client):
    robots = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in robots
    assert "Disallow: /admin/" in robots

    response = client.get("/sitemap.xml")
    root = parse(response.content)
    locs = [loc.text for loc in root.iter(f"{SM}loc")]
    assert locs == [f"http://testserver/sitemap-{code}.xml" for code in CODES]


@pytest.mark.parametrize("code", CODES)
def test_sitemap_per_language_lists_public_pages_and_objects(
    client, code, demo_exhibit, story_index
):
    make_story(story_index, "secrete", access="restricted")
    make_story(story_index, "brouillon", publish=False)

    response = client.get(f"/sitemap-{code}.xml")
    assert response.status_code == 200
    root = parse(response.content)
    locs = {url.find(f"{SM}loc").text for url in root.iter(f"{SM}url")}

    exhibit = demo_exhibit.get_translation(locale(code))
    assert exhibit.get_full_url() in locs
    index = ExhibitIndexPage.objects.get(locale=locale(code))
    museum_object = demo_exhibit.exhibit_objects.first().museum_object
    if museum_object.get_translation_or_none(locale(code)):
        assert index.object_url(museum_object.accession_number) in locs
    assert all(f"/{code}/" in loc for loc in locs)
    assert not any(
        "entretien-secrete" in loc or "entretien-brouillon" in loc for loc in locs
    )
    for story in StoryPage.objects.filter(locale=locale(code)).exclude(
        pk__in=public_stories().values("pk")
    ):
        assert story.get_full_url() not in locs
    # Alternates on the exhibit entry.
    for url in root.iter(f"{SM}url"):
        if url.find(f"{SM}loc").text == exhibit.get_full_url():
            langs = {link.get("hreflang") for link in url.iter(f"{XHTML}link")}
            assert {"fr", "x-default", code} <= langs
            assert url.find(f"{SM}lastmod") is not None


@pytest.mark.parametrize("code", CODES)
def test_feeds_are_in_their_language_and_list_only_public_items(
    client, code, story_index
):
    make_story(story_index, "cachee", access="restricted")
    _, marker = make_story(story_index, "resume", title_canary=False, access="metadata")

    rss = client.get(f"/{code}/feeds/stories.rss")
    assert rss.status_code == 200
    channel = parse(rss.content).find("channel")
    assert channel.find("language").text == code
    links = [item.find("link").text for item in channel.iter("item")]
    public = {
        story.get_full_url()
        for story in public_stories(
            StoryPage.objects.filter(locale=locale(code), alias_of__isnull=True)
        )
    }
    assert set(links) <= public
    assert "CANARYCACHEEQ7" not in rss.content.decode()
    assert marker.split()[0] not in rss.content.decode()  # no transcript
    if code == "fr":
        assert any("entretien-resume" in link for link in links)

    atom = client.get(f"/{code}/feeds/knowledge.atom")
    assert atom.status_code == 200
    root = parse(atom.content)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == code
    entries = [e.find(f"{ATOM}link").get("href") for e in root.iter(f"{ATOM}entry")]
    knowledge = {
        page.get_full_url()
        for page in KnowledgePage.objects.live()
        .public()
        .filter(locale=locale(code), alias_of__isnull=True)
    }
    assert set(entries) <= knowledge
    if code == "fr":
        assert entries

    for feed in ("stories.atom", "knowledge.rss"):
        assert client.get(f"/{code}/feeds/{feed}").status_code == 200


def test_feed_links_in_head(client, demo_exhibit):
    body = client.get(demo_exhibit.get_url()).content.decode()
    assert 'type="application/rss+xml" href="/fr/feeds/stories.rss"' in body
    assert 'type="application/atom+xml" href="/fr/feeds/knowledge.atom"' in body


def test_only_public_stories_with_content_expose_a_recording(client):
    for story in stories_with_public_content().filter(recording__isnull=False)[:1]:
        data = jsonld(client.get(story.url).content.decode())
        assert "audio" in data or "video" in data


def test_an_alias_is_not_announced_as_a_translation(client):
    """An alias (untranslated French copy in another tree) gets no hreflang
    and no sitemap entry; its canonical URL is the French page."""
    from cms.knowledge.models import KnowledgeIndexPage

    french_index = KnowledgeIndexPage.objects.get(locale=locale("fr"))
    page = KnowledgePage(
        title="Pratique non traduite",
        slug="pratique-non-traduite",
        summary="<p>Seulement en français.</p>",
        kind=KnowledgePage.Kind.choices[0][0],
    )
    french_index.add_child(instance=page)
    page.save_revision().publish()
    english_index = KnowledgeIndexPage.objects.get(locale=locale("en"))
    alias = page.create_alias(
        parent=english_index, update_locale=locale("en"), reset_translation_key=False
    )

    body = client.get(alias.get_url()).content.decode()

    assert f'<link rel="canonical" href="{page.get_full_url()}">' in body
    assert set(hreflangs(body)) == {"fr", "x-default"}
    assert jsonld(body)["inLanguage"] == "fr"
    assert '<meta property="og:locale" content="fr_FR">' in body
    sitemap = client.get("/sitemap-en.xml").content.decode()
    assert alias.get_full_url() not in sitemap
    assert (
        "pratique-non-traduite"
        not in client.get("/en/feeds/knowledge.rss").content.decode()
    )
