"""With Redis down or hanging, the museum keeps answering from PostgreSQL
(issue 10): every cache read is a miss, every write is skipped, sessions
(in the database) survive."""

import logging
import socket

import pytest
from django.core.cache import caches

from cms.core.cache import ForgivingRedisCache

pytestmark = pytest.mark.django_db


def redis_at(settings, location):
    settings.CACHES = {
        alias: {
            "BACKEND": "cms.core.cache.ForgivingRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": f"outage-{alias}",
        }
        for alias in ("default", "responses")
    }
    settings.RESPONSE_CACHE = True


@pytest.fixture
def refused_port():
    """A port nothing listens on: connections are refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def hanging_port():
    """A port that accepts connections and never answers: a stuck Redis."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    yield server.getsockname()[1]
    server.close()


@pytest.mark.parametrize("port_fixture", ["refused_port", "hanging_port"])
def test_the_site_and_the_api_answer_without_redis(
    client, settings, request, port_fixture, caplog
):
    port = request.getfixturevalue(port_fixture)
    redis_at(settings, f"redis://127.0.0.1:{port}/0")
    assert isinstance(caches["responses"], ForgivingRedisCache)

    with caplog.at_level(logging.WARNING, logger="cms.core.cache"):
        listing = client.get("/api/v1/exhibits/", {"locale": "ar"})
        page = client.get("/ar/")
        again = client.get("/api/v1/exhibits/", {"locale": "ar"})

    assert listing.status_code == 200
    assert listing.json()["results"]
    assert again.json() == listing.json()
    assert listing["X-Museum-Cache"] == "miss"
    assert again["X-Museum-Cache"] == "miss"  # nothing could be stored
    assert page.status_code == 200
    assert 'dir="rtl"' in page.content.decode()
    warnings = [r for r in caplog.records if r.name == "cms.core.cache"]
    assert len(warnings) >= 1
    assert "Redis cache unavailable" in warnings[0].getMessage()


def test_sessions_survive_a_redis_outage(client, settings, refused_port, admin_user):
    redis_at(settings, f"redis://127.0.0.1:{refused_port}/0")
    client.force_login(admin_user)

    response = client.get("/admin/")

    assert response.status_code == 200
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"
