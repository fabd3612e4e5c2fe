"""Content-Security-Policy headers (cms/core/csp.py): strict on the public
site, a nonce only where a response needs one and never replayed from the
cache, the admin's own policy, the partner preview's origin."""

import re

import pytest
from django.test import override_settings

from cms.core.csp import policies
from cms.core.response_cache import HEADER as CACHE_HEADER

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    parsed = {}
    for directive in policy.split(";"):
        name, *values = directive.split()
        parsed[name] = values
    return parsed


def test_public_pages_allow_no_inline_script_or_style(client):
    response = client.get("/ar/")

    assert response.status_code == 200
    policy = directives(response)
    for name in ("script-src", "style-src"):
        assert policy[name] == ["'self'"], name
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]


def test_a_cached_page_gets_the_policy_too(client):
    client.get("/fr/")
    response = client.get("/fr/")

    assert response[CACHE_HEADER] == "hit"
    assert directives(response)["script-src"] == ["'self'"]


@pytest.mark.urls("tests.site.test_errors")
def test_the_503_page_styles_itself_with_a_nonce_of_its_own(client):
    client.raise_request_exception = False

    response = client.get("/ar/runaway/")

    assert response.status_code == 503
    (nonce,) = re.findall(r'<style nonce="([^"]+)">', response.content.decode())
    assert len(nonce) >= 16
    assert directives(response)["style-src"] == ["'self'", f"'nonce-{nonce}'"]


def test_the_admin_has_its_own_policy(admin_client):
    response = admin_client.get("/admin/")

    policy = directives(response)
    # Wagtail's widgets start with inline scripts; nothing comes from elsewhere.
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-src"] == ["'self'"]
    assert policy["connect-src"] == ["'self'"]
    assert "gravatar" not in response.content.decode()


def test_the_admin_sign_in_page_runs_no_inline_script(client):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert directives(response)["script-src"] == ["'self'"]


def test_the_partner_front_end_may_be_framed_by_the_admin_only():
    public, admin, _door = policies(preview_url="https://partner.example/preview")

    assert admin["frame-src"] == ["'self'", "https://partner.example"]
    assert "https://partner.example" not in public["frame-src"]


def test_media_on_another_origin_is_allowed_as_media_not_as_script():
    public, _admin, _door = policies(media_url="https://media.example/museum/")

    assert "https://media.example" in public["img-src"]
    assert "https://media.example" in public["media-src"]
    assert "https://media.example" not in public["script-src"]
    assert "https://media.example" not in public["style-src"]


@override_settings(
    CONTENT_SECURITY_POLICY={
        "DIRECTIVES": policies(static_url="https://static.example/")[0]
    }
)
def test_static_files_on_a_cdn_are_allowed(client):
    response = client.get("/en/")

    assert "https://static.example" in directives(response)["script-src"]
