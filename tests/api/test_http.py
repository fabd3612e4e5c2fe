"""HTTP behaviour of the content API: ETag revalidation, Cache-Control,
CORS on /api/ only, and throttling of anonymous clients."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache

from tests.api.conftest import publish

pytestmark = pytest.mark.django_db

CONTRACT_CACHE_CONTROL = {
    "public",
    "max-age=60",
    "s-maxage=600",
    "stale-while-revalidate=600",
}


def directives(response):
    return {part.strip() for part in response["Cache-Control"].split(",")}


def test_a_matching_etag_is_answered_304_without_a_body(
    api_client, exhibit, django_assert_max_num_queries
):
    url = f"/api/v1/exhibits/{exhibit.translation_key}/"
    first = api_client.get(url, {"locale": "ar"})
    etag = first["ETag"]
    assert etag.startswith('"')
    assert etag.endswith('"')

    # Only the content generation is read: nothing is serialised.
    with django_assert_max_num_queries(1):
        again = api_client.get(url, {"locale": "ar"}, HTTP_IF_NONE_MATCH=etag)

    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert directives(again) == CONTRACT_CACHE_CONTROL


def test_an_etag_differs_per_language_and_parameters(api_client, exhibit):
    url = f"/api/v1/exhibits/{exhibit.translation_key}/"
    etags = {
        api_client.get(url, params)["ETag"]
        for params in (
            {"locale": "fr"},
            {"locale": "ar"},
            {"locale": "ar", "fallback": "none"},
        )
    }
    by_header = api_client.get(url, HTTP_ACCEPT_LANGUAGE="zgh")["ETag"]

    assert len(etags) == 3
    assert by_header not in etags


def test_publishing_makes_a_new_etag_and_the_new_content(api_client, exhibit):
    url = f"/api/v1/exhibits/{exhibit.translation_key}/"
    etag = api_client.get(url, {"locale": "fr"})["ETag"]

    exhibit.title = "Premiers départs, revu"
    publish(exhibit)
    response = api_client.get(url, {"locale": "fr"}, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert response["ETag"] != etag
    assert response.json()["title"] == "Premiers départs, revu"


def test_a_change_in_another_language_renews_fallback_responses(api_client, exhibit):
    """A Tamazight response that fell back to French must change when the
    French is published: the ETag covers every language behind it."""
    from tests.api.conftest import locale

    exhibit.get_translation(locale("zgh")).unpublish()
    url = f"/api/v1/exhibits/{exhibit.translation_key}/"
    etag = api_client.get(url, {"locale": "zgh"})["ETag"]

    exhibit.title = "Premiers départs, édition 2"
    publish(exhibit)
    response = api_client.get(url, {"locale": "zgh"}, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert response.json()["title"] == "Premiers départs, édition 2"


def test_a_stale_etag_gets_the_whole_response(api_client):
    response = api_client.get(
        "/api/v1/exhibits/", {"locale": "fr"}, HTTP_IF_NONE_MATCH='"stale"'
    )

    assert response.status_code == 200
    assert response.json()["count"] > 0


def test_success_is_publicly_cacheable_and_errors_are_not(api_client):
    ok = api_client.get("/api/v1/exhibits/", {"locale": "en"})
    missing = api_client.get(
        "/api/v1/exhibits/00000000-0000-0000-0000-000000000000/", {"locale": "en"}
    )
    bad = api_client.get("/api/v1/exhibits/", {"colour": "red"})

    assert directives(ok) == CONTRACT_CACHE_CONTROL
    assert ok["Content-Language"] == "en"
    for response in (missing, bad):
        assert {"private", "no-store"} <= directives(response)
        assert "ETag" not in response


def test_cors_allows_any_origin_to_read_the_api_without_credentials(client):
    response = client.get("/api/v1/", HTTP_ORIGIN="https://kiosk.example.org")

    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response


def test_cors_preflight_offers_only_reading_methods(client):
    response = client.options(
        "/api/v1/exhibits/",
        HTTP_ORIGIN="https://partner.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    methods = {m.strip() for m in response["Access-Control-Allow-Methods"].split(",")}

    assert methods == {"GET", "HEAD", "OPTIONS"}


def test_cors_headers_are_not_sent_outside_the_api(client):
    page = client.get("/fr/", HTTP_ORIGIN="https://kiosk.example.org")
    admin = client.get("/admin/login/", HTTP_ORIGIN="https://kiosk.example.org")

    assert "Access-Control-Allow-Origin" not in page
    assert "Access-Control-Allow-Origin" not in admin


@pytest.fixture
def three_per_minute(settings):
    settings.API_ANONYMOUS_RATE = "3/minute"
    cache.clear()
    yield
    cache.clear()


def test_anonymous_clients_get_429_with_retry_after_past_the_rate(
    api_client, three_per_minute
):
    statuses = [api_client.get("/api/v1/locales/").status_code for _ in range(3)]
    refused = api_client.get("/api/v1/exhibits/", {"locale": "fr"})

    assert statuses == [200, 200, 200]
    assert refused.status_code == 429
    assert refused["Content-Type"] == "application/problem+json"
    assert 0 < int(refused["Retry-After"]) <= 60
    assert refused.json()["status"] == 429
    assert {"private", "no-store"} <= directives(refused)


def test_each_address_has_its_own_allowance(api_client, three_per_minute):
    for _ in range(3):
        api_client.get("/api/v1/locales/", REMOTE_ADDR="192.0.2.1")

    other = api_client.get("/api/v1/locales/", REMOTE_ADDR="192.0.2.2")

    assert other.status_code == 200


def test_signed_in_editors_and_the_admin_are_never_throttled(client, three_per_minute):
    editor = get_user_model().objects.create_user(
        "curatrice", password="x", is_staff=True, is_superuser=True
    )
    for _ in range(3):
        client.get("/api/v1/locales/")
    assert client.get("/api/v1/locales/").status_code == 429

    client.force_login(editor)
    statuses = {client.get("/api/v1/locales/").status_code for _ in range(5)}
    admin = client.get("/admin/")

    assert statuses == {200}
    assert admin.status_code == 200


def test_publishing_a_page_makes_the_renditions_of_its_images(exhibit):
    from cms.core.images import RENDITIONS
    from cms.core.models import MuseumRendition

    image = exhibit.hero_image
    MuseumRendition.objects.filter(image=image).delete()

    publish(exhibit)

    made = set(
        MuseumRendition.objects.filter(image=image).values_list(
            "filter_spec", flat=True
        )
    )
    assert set(RENDITIONS.values()) <= made
