"""Localized error pages: 404 in the language of the path, 500 without the
database."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import path
from django.utils import translation
from django.utils.translation import gettext

from cms.core.site_views import server_error
from cms.urls import urlpatterns as site_urlpatterns

pytestmark = pytest.mark.django_db


def failing_view(request):
    raise RuntimeError("boom")


def runaway_query_view(request):
    """A statement PostgreSQL cancels, as DATABASE_STATEMENT_TIMEOUT_MS does
    in production (SET LOCAL: undone with the test's transaction)."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL statement_timeout = 50")
        cursor.execute("SELECT pg_sleep(2)")


urlpatterns = [
    path("fr/boom/", failing_view),
    path("ar/boom/", failing_view),
    path("ar/runaway/", runaway_query_view),
    path("api/v1/runaway/", runaway_query_view),
    path("api/v1/boom/", failing_view),
]
urlpatterns += site_urlpatterns
handler500 = "cms.core.site_views.server_error"


@pytest.mark.parametrize(
    ("code", "direction"),
    [("fr", "ltr"), ("ar", "rtl"), ("en", "ltr"), ("zgh", "ltr")],
)
def test_404_is_in_the_language_of_the_path(client, code, direction):
    response = client.get(f"/{code}/nothing/")

    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{code}" dir="{direction}"' in html
    assert html.count("<h1") == 1
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    assert f'action="/{code}/search/"' in html


def test_404_links_home_in_its_language(client):
    html = client.get("/zgh/nothing/").content.decode()

    assert 'href="/zgh/"' in html
    assert "ⵜⴰⵎⴰⵣⵉⵖⵜ" in html  # the language switcher, in Tifinagh


@pytest.mark.urls(__name__)
@pytest.mark.parametrize(("code", "direction"), [("fr", "ltr"), ("ar", "rtl")])
def test_500_page_is_served_in_the_language_of_the_path(client, code, direction):
    client.raise_request_exception = False

    response = client.get(f"/{code}/boom/")

    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{code}" dir="{direction}">' in html
    assert html.count("<h1") == 1
    assert '<main id="main"' in html
    assert f'href="/{code}/"' in html


def test_500_page_needs_no_database():
    request = RequestFactory().get("/zgh/anything/")

    with CaptureQueriesContext(connection) as queries:
        response = server_error(request)

    assert response.status_code == 500
    assert len(queries) == 0
    assert '<html lang="zgh" dir="ltr">' in response.content.decode()


@pytest.mark.urls(__name__)
def test_a_database_that_cannot_answer_is_a_localized_503_page(client):
    client.raise_request_exception = False

    response = client.get("/ar/runaway/")

    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    with translation.override("ar"):
        assert gettext("The museum is briefly unavailable") in html
    assert "Traceback" not in html
    assert "pg_sleep" not in html


@pytest.mark.urls(__name__)
def test_a_database_that_cannot_answer_is_a_503_problem_in_the_api(client):
    client.raise_request_exception = False

    response = client.get("/api/v1/runaway/")

    assert response.status_code == 503
    assert response["Content-Type"] == "application/problem+json"
    assert int(response["Retry-After"]) > 0
    body = response.json()
    assert body["status"] == 503
    assert body["type"].endswith("/service-unavailable")
    assert "pg_sleep" not in response.content.decode()


@pytest.mark.urls(__name__)
def test_other_api_errors_are_a_500_problem_without_retry(client):
    client.raise_request_exception = False

    response = client.get("/api/v1/boom/")

    assert response.status_code == 500
    assert response["Content-Type"] == "application/problem+json"
    assert "Retry-After" not in response
    assert "boom" not in response.content.decode()
