"""`make bench` runs end to end on a tiny dataset (its figures are not asserted).

The run gets a database of its own on the test suite's server: a copy of the
test database (migrated, demo seeded), so that it skips the minutes of
``migrate`` and ``seed_demo``; it is dropped afterwards. One mode ("warm"),
one round, half a second per URL with the Python client: enough to prove the
whole chain (seeding, gunicorn, URL discovery, statuses, queries, memory,
JSON and PNG) without making the suite slow.
"""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connections

from bench.database import create_database, drop_database, url_for

pytestmark = pytest.mark.django_db(transaction=False)


@pytest.fixture
def bench_database(django_db_setup, django_db_blocker):
    source = settings.DATABASES["default"]
    name = f"{source['NAME']}_bench_smoke"[:63]
    url = url_for(source, name)
    with django_db_blocker.unblock():
        # CREATE DATABASE ... TEMPLATE needs the template without sessions.
        connections.close_all()
        drop_database(url)
        create_database(url, template=source["NAME"])
    yield url
    drop_database(url)


def test_bench_runs_end_to_end(bench_database, tmp_path):
    env = dict(
        os.environ,
        DATABASE_URL=bench_database,
        BENCH_MEDIA_ROOT=str(tmp_path / "media"),
    )
    completed = subprocess.run(  # noqa: S603 - our own interpreter and code
        [
            sys.executable,
            "-m",
            "bench",
            "--items=3",
            "--duration=0.5",
            "--rounds=1",
            "--modes=warm",
            "--connections=2",
            "--generator=python",
            "--no-demo",
            f"--results-dir={tmp_path}",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, (
        completed.stdout[-3000:] + completed.stderr[-3000:]
    )
    result = json.loads((tmp_path / "latest-3.json").read_text())
    labels = {row["label"] for row in result["rows"]}
    for kind in ("exhibits", "objects", "stories", "knowledge"):
        assert {f"api list {kind}", f"api detail {kind}"} <= labels
    assert {"api search", "api resolve", "api detail 304", "page exhibit fr"} <= labels
    assert {"page story ar", "page exhibit index ar"} <= labels
    for row in result["rows"]:
        assert row["status"] == row["expect"], row
        assert isinstance(row["queries"], int), row
        assert {"rps", "p50_ms", "p99_ms", "ratio"} <= set(row)
    assert any(row["status"] == 304 for row in result["rows"])
    assert result["modes"]["warm"]["baseline"]["rps"] > 0
    assert len(result["modes"]["warm"]["memory_mb"]) == 2
    assert result["failures"] == []
    assert (tmp_path / "latest-3.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "target (issue 9)" in completed.stdout
