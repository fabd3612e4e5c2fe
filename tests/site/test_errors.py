"""Localized error pages: 404 in the language of the path, 500 without the
database."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import path

from cms.core.site_views import server_error
from cms.urls import urlpatterns as site_urlpatterns

pytestmark = pytest.mark.django_db


def failing_view(request):
    raise RuntimeError("boom")


urlpatterns = [path("fr/boom/", failing_view), path("ar/boom/", failing_view)]
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
