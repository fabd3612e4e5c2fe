import pytest

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


@pytest.mark.parametrize(
    "path",
    [
        "/api/nothing-here",
        "/api/v1/nothing-here/",
        "/api/v1/locales/xx/extra/",
        "/api/v2/pages/9999/",
    ],
)
def test_unknown_api_url_is_a_json_404_not_a_redirect(client, path):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="ar")

    assert response.status_code == 404
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert body["status"] == 404
    assert body["type"].endswith("/not-found")


def test_locales_lists_the_four_museum_languages(api_client):
    response = api_client.get("/api/v1/locales/")

    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 4
    assert {"count", "next", "previous", "results"} <= set(body)
    by_code = {item["code"]: item for item in body["results"]}
    assert list(by_code) == ["fr", "ar", "en", "zgh"]
    assert by_code["ar"]["dir"] == "rtl"
    assert by_code["ar"]["native_name"] == "العربية"
    coverage = by_code["zgh"].pop("coverage")
    assert set(coverage) == {"exhibits", "objects", "stories", "knowledge"}
    assert by_code["zgh"] == {
        "code": "zgh",
        "name": "Standard Moroccan Tamazight",
        "native_name": "ⵜⴰⵎⴰⵣⵉⵖⵜ",
        "dir": "ltr",
        "script": "Tfng",
        "default": False,
        "fallbacks": ["fr", "ar"],
    }
    assert [code for code, item in by_code.items() if item["default"]] == ["fr"]


def test_pagination_follows_limit_and_offset(api_client):
    body = api_client.get("/api/v1/locales/", {"limit": 2, "offset": 1}).json()

    assert [item["code"] for item in body["results"]] == ["ar", "en"]
    assert "offset=3" in body["next"]
    assert body["previous"] is not None


@pytest.mark.parametrize(
    ("params", "slug"),
    [
        ({"colour": "red"}, "unknown-parameter"),
        ({"limit": 101}, "invalid-parameter"),
        ({"limit": 0}, "invalid-parameter"),
        ({"limit": "ten"}, "invalid-parameter"),
        ({"offset": -1}, "invalid-parameter"),
        ({"locale": "de"}, "unknown-locale"),
        ({"search": "x" * 10_000}, "unknown-parameter"),
    ],
    ids=[
        "unknown",
        "limit-above-max",
        "limit-zero",
        "limit-not-a-number",
        "negative-offset",
        "bad-locale",
        "huge-unknown",
    ],
)
def test_bad_query_parameters_get_a_400_problem(api_client, params, slug):
    response = api_client.get("/api/v1/locales/", params)

    assert response.status_code == 400
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert body["type"].endswith(f"/{slug}")
    assert body["status"] == 400
    assert body["title"]
    assert body["detail"]


def test_bad_locale_problem_lists_the_available_languages(api_client):
    body = api_client.get("/api/v1/locales/", {"locale": "xx"}).json()

    assert body["available"] == ["fr", "ar", "en", "zgh"]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("ar", "ar"),
        ("en-US,en;q=0.9", "en"),
        ("zgh,fr;q=0.5", "zgh"),
        ("de,nl", "fr"),
        ("", "fr"),
    ],
)
def test_language_is_negotiated_from_accept_language(api_client, header, expected):
    response = api_client.get("/api/v1/locales/", HTTP_ACCEPT_LANGUAGE=header)

    assert response["Content-Language"] == expected
    assert "Accept-Language" in response["Vary"]


def test_locale_parameter_wins_over_accept_language(api_client):
    response = api_client.get(
        "/api/v1/locales/", {"locale": "zgh"}, HTTP_ACCEPT_LANGUAGE="ar"
    )

    assert response["Content-Language"] == "zgh"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_write_methods_are_refused(api_client, method):
    response = getattr(api_client, method)("/api/v1/locales/", {}, format="json")

    assert response.status_code in (403, 405)
    assert response["Content-Type"] == PROBLEM


def test_index_links_every_endpoint(api_client):
    body = api_client.get("/api/v1/").json()

    assert body["endpoints"]["locales"] == "http://testserver/api/v1/locales/"
    assert body["endpoints"]["schema"] == "http://testserver/api/v1/schema/"
    # The two endpoints that answer a question need it asked.
    questions = {"search": {"q": "maroc"}, "resolve": {"path": "/fr/"}}
    for name, url in body["endpoints"].items():
        assert api_client.get(url, questions.get(name, {})).status_code == 200, name


def test_openapi_schema_is_3_1_and_describes_locales(api_client):
    response = api_client.get("/api/v1/schema/", {"format": "json"})

    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.1")
    assert "/api/v1/locales/" in schema["paths"]
    locale_schema = schema["components"]["schemas"]["Locale"]
    assert {"code", "native_name", "dir", "script", "default", "fallbacks"} <= set(
        locale_schema["properties"]
    )
