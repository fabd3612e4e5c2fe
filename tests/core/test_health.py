"""/healthz/live and /healthz/ready, as a load balancer or Kubernetes sees them."""

import pytest
from django.db import connection

from cms.core import health


def test_live_answers_without_touching_the_database(client):
    # No django_db mark: any query here would be an error.
    response = client.get("/healthz/live")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_ready_when_the_database_answers_and_is_migrated(client, monkeypatch):
    monkeypatch.setattr(health, "_migrated", False)

    response = client.get("/healthz/ready")

    assert response.status_code == 200
    assert response.json()["migrations"] == "applied"


@pytest.mark.django_db
def test_not_ready_while_a_migration_is_pending(client, monkeypatch):
    monkeypatch.setattr(health, "_migrated", False)
    with connection.cursor() as cursor:  # rolled back with the test
        cursor.execute(
            "DELETE FROM django_migrations WHERE app = 'exhibits' "
            "AND name = '0003_listing_key'"
        )

    response = client.get("/healthz/ready")

    assert response.status_code == 503
    assert response["Content-Type"] == "application/problem+json"
    assert response["Retry-After"]
    body = response.json()
    assert body["status"] == 503
    assert "exhibits.0003_listing_key" in body["detail"]
