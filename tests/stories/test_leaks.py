"""The leak matrix: every public channel × every restricted fixture × every
language. No canary may appear in any anonymous response.

Channels covered (as they exist today): rendered pages (home, section and
story pages, the story itself, in fr/ar/en/zgh); API v1 index, locales,
exhibits, objects and stories (lists, details, search, filters); WebVTT
captions; recording files (/media-files/). A new API route without an entry in
API_ROUTE_EXPECTATIONS fails test_every_api_route_has_an_expectation.
"""

from urllib.parse import quote

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.models import Locale

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "ar", "en", "zgh"]

# Every named route under /api/v1/ and how the matrix exercises it.
API_ROUTE_EXPECTATIONS = {
    "index": "GET /api/v1/",
    "schema": "GET /api/v1/schema/ (no content, only shapes)",
    "docs": "GET /api/v1/docs/ (static page)",
    "locale-list": "GET /api/v1/locales/",
    "exhibit-list": "GET per language, with search",
    "exhibit-detail": "GET each demo exhibit per language",
    "object-list": "GET per language",
    "object-detail": "GET (objects carry no story content)",
    "story-list": "GET per language, with search, filters",
    "story-detail": "GET each fixture per language",
    "story-captions": "GET each fixture per language",
    "story-translations": "GET each fixture per language",
    "exhibit-translations": "GET per language (exhibits carry no story content)",
    "object-translations": "GET (objects carry no story content)",
    "knowledge-translations": "GET (knowledge pages carry no story content)",
    "knowledge-list": "GET per language",
    "knowledge-detail": "GET (knowledge pages carry no story content)",
    "theme-list": "GET per language",
    "place-list": "GET per language",
    "person-list": "GET per language",
    "institution-list": "GET per language",
    "resolve": "GET the path of each fixture's page per language, any fallback",
    "search": "GET each fixture's canary (three scripts) per language, scope=all",
    "preview": "GET each fixture's draft by preview token (test_preview_tokens_never_leak)",
}


def api_route_names():
    names = set()

    def walk(patterns, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, pattern.namespace or namespace)
            elif (
                isinstance(pattern, URLPattern)
                and namespace == "api-v1"
                and pattern.name
            ):
                names.add(pattern.name)

    walk(get_resolver().url_patterns, None)
    return names


def test_every_api_route_has_an_expectation():
    assert api_route_names() == set(API_ROUTE_EXPECTATIONS)


def anonymous_responses(client, fixtures):
    """(label, response) for every public channel."""
    urls = []
    for code in LANGUAGES:
        locale = Locale.objects.get(language_code=code)
        urls += [f"/{code}/"]
        for fixture in fixtures:
            version = fixture.story.get_translation_or_none(locale) or fixture.story
            urls.append(version.url or f"/{code}/")
            path = version.get_url_parts()[2] if version.get_url_parts() else ""
            urls.append(f"/api/v1/resolve/?path={quote(path or f'/{code}/')}")
            urls.append(
                f"/api/v1/resolve/?path={quote(path or f'/{code}/')}&fallback=fr,ar,en,zgh"
            )
            index = version.get_parent()
            urls.append(index.url or f"/{code}/")
        urls += [
            f"/api/v1/stories/?locale={code}&limit=100",
            f"/api/v1/stories/?locale={code}&has_recording=false&limit=100",
            f"/api/v1/stories/?locale={code}&original_language=ary&limit=100",
            f"/api/v1/exhibits/?locale={code}&limit=100",
            f"/api/v1/objects/?locale={code}&limit=100",
            f"/api/v1/knowledge/?locale={code}&limit=100",
            f"/api/v1/taxonomies/themes/?locale={code}&limit=100",
            f"/api/v1/taxonomies/places/?locale={code}&limit=100",
            f"/api/v1/taxonomies/people/?locale={code}&limit=100",
            f"/api/v1/taxonomies/institutions/?locale={code}&limit=100",
        ]
        for fixture in fixtures:
            key = fixture.story.translation_key
            urls += [
                f"/api/v1/stories/{key}/?locale={code}",
                f"/api/v1/stories/{key}/?locale={code}&fallback=fr,ar,en,zgh",
                f"/api/v1/stories/?locale={code}&fallback=fr,ar,en,zgh&limit=100",
                f"/api/v1/stories/{key}/captions.vtt/?locale={code}",
                f"/api/v1/stories/{key}/translations/?locale={code}",
                f"/api/v1/stories/?locale={code}&search=CANARY{fixture.name.upper()}Q7",
                f"/api/v1/stories/?locale={code}&search=Transcription",
                f"/api/v1/exhibits/?locale={code}&search=CANARY{fixture.name.upper()}Q7",
            ]
    urls += ["/api/v1/", "/api/v1/locales/"]
    # Discovery: sitemaps, robots.txt and feeds (JSON-LD is in the pages).
    urls += ["/sitemap.xml", "/robots.txt"]
    for code in LANGUAGES:
        urls.append(f"/sitemap-{code}.xml")
        for kind in ("stories", "knowledge"):
            urls += [f"/{code}/feeds/{kind}.rss", f"/{code}/feeds/{kind}.atom"]
    for fixture in fixtures:
        recording = fixture.story.recording
        urls.append(recording.url)
        urls.append(f"/media/{recording.file.name}")
        urls.append(f"/private_media/{recording.file.name}")
    for url in urls:
        yield url, client.get(url)


def test_no_canary_in_any_anonymous_response(client, restricted_fixtures):
    leaks = []
    for url, response in anonymous_responses(client, restricted_fixtures):
        body = (
            response.content.decode("utf-8", errors="replace")
            if not response.streaming
            else ""
        )
        assert response.status_code < 500, url
        for fixture in restricted_fixtures:
            for part in fixture.canary.split():
                if part in body:
                    leaks.append((fixture.name, url, part))
    assert not leaks, f"canaries leaked: {leaks[:10]}"


def test_restricted_recordings_are_not_served_to_the_public(
    client, restricted_fixtures
):
    for fixture in restricted_fixtures:
        if fixture.name == "unpublisheddraft":
            continue  # its live version is public, recording included
        response = client.get(fixture.story.recording.url)
        assert response.status_code == 404, fixture.name


def test_record_only_story_shows_its_record_but_no_content(
    api_client, restricted_fixtures
):
    fixture = next(f for f in restricted_fixtures if f.name == "metadata")
    key = fixture.story.translation_key

    body = api_client.get(f"/api/v1/stories/{key}/", {"locale": "fr"}).json()

    assert body["title"] == fixture.story.title
    assert body["access"] == "metadata"
    assert body["recording"] is None
    assert body["segments"] == []
    assert body["captions_url"] is None
    assert body["has_recording"] is False
    assert api_client.get(f"/api/v1/stories/{key}/captions.vtt/").status_code == 404


def test_search_never_returns_a_canary(api_client, restricted_fixtures):
    """/api/v1/search/: every canary part, in every language and in all of
    them at once, finds nothing of a restricted story."""
    from django.core.management import call_command

    from cms.search.models import SearchEntry

    call_command("rebuild_search_index", verbosity=0)  # whatever signals missed
    # The index holds restricted stories: the query-time visibility rule hides them.
    assert SearchEntry.objects.filter(title__contains="CANARYRESTRICTEDQ7").exists()
    assert SearchEntry.objects.filter(text__contains="CANARYMETADATAQ7").exists()
    leaks = []
    for fixture in restricted_fixtures:
        for part in [*fixture.canary.split(), "Transcription", "Suite"]:
            for params in [{"locale": code} for code in LANGUAGES] + [{"scope": "all"}]:
                response = api_client.get("/api/v1/search/", {"q": part, **params})
                assert response.status_code == 200, response.content
                body = response.content.decode()
                leaks += [
                    (fixture.name, part, params, marker)
                    for other in restricted_fixtures
                    for marker in other.canary.split()
                    if marker in body
                ]
    assert not leaks, f"canaries leaked through search: {leaks[:10]}"


# Preview tokens (/api/v1/preview/): only an editor's preview makes one. A
# token for a story whose record is not public answers 404; any other shows the
# record of the draft (that is what a preview is for) but never the recording,
# transcript or captions the consent record and the live page do not make public.
WITHHELD_RECORDS = {"restricted", "embargoed", "login", "group", "ancestor"}


def test_preview_tokens_never_leak(api_client, restricted_fixtures):
    from wagtail.models import Page

    leaks = []
    for fixture in restricted_fixtures:
        versions = fixture.story.get_translations(inclusive=True)
        for version in versions:
            draft = Page.objects.get(pk=version.pk).specific
            token = draft.get_latest_revision_as_object().create_page_preview().token
            response = api_client.get(
                "/api/v1/preview/",
                {"content_type": "stories.storypage", "token": token},
            )
            assert response["Cache-Control"].replace(" ", "") in (
                "private,no-store",
                "no-store,private",
            )
            body = response.content.decode()
            if fixture.name in WITHHELD_RECORDS:
                assert response.status_code == 404, (fixture.name, body[:300])
                exposed = body
            else:
                assert response.status_code == 200, (fixture.name, body[:300])
                data = response.json()
                exposed = str(
                    [data["recording"], data["segments"], data["captions_url"]]
                )
                if fixture.name != "unpublisheddraft":  # its live version is public
                    assert data["has_recording"] is False
            leaks += [
                (fixture.name, version.locale.language_code, part)
                for part in fixture.canary.split()
                if part in exposed
            ]
            recording = fixture.story.recording.file.name.rsplit("/", 1)[-1]
            if fixture.name != "unpublisheddraft":
                assert recording not in body, fixture.name
    for token in ("", "forged", "id=1:abc:def"):
        response = api_client.get(
            "/api/v1/preview/", {"content_type": "stories.storypage", "token": token}
        )
        assert response.status_code in (400, 404)
    assert not leaks, f"canaries leaked through preview: {leaks[:10]}"
