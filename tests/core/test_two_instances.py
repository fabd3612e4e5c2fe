"""scripts/two_instances.py: two gunicorn instances sharing PostgreSQL and
Redis; a publish through A is what B serves next (issue 11). The script
makes its own scratch database on the test database's server and its own key
prefix in the machine's Redis (127.0.0.1:6379, as the response-cache tests)."""

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

from django.db import connection

BASE_DIR = Path(__file__).resolve().parents[2]
SCRIPT = BASE_DIR / "scripts" / "two_instances.py"


def server_url():
    params = connection.settings_dict
    user = quote(params.get("USER") or "postgres", safe="")
    password = params.get("PASSWORD") or ""
    credentials = f"{user}:{quote(password, safe='')}" if password else user
    host = quote(params.get("HOST") or "127.0.0.1", safe="")
    port = params.get("PORT") or "5432"
    return f"postgres://{credentials}@{host}:{port}/postgres"


def run_script(*arguments):
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp")}  # noqa: S108
    return subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, str(SCRIPT), *arguments],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def test_a_publish_through_one_instance_is_what_the_other_serves_next():
    result = run_script("--server-url", server_url())

    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "B serves /fr/ from the shared cache" in out
    assert "A finds B's cached /fr/ in Redis" in out
    assert "published the draft through A's admin" in out
    assert "B's next answer for /fr/: 'Musee des migrations, edition" in out
    assert "OK: B served the new content right after the publish on A" in out


def test_a_failure_is_one_line_and_a_non_zero_exit():
    result = run_script(
        "--server-url", server_url(), "--redis-url", "redis://127.0.0.1:1/0"
    )

    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("two_instances: FAILED: Redis at redis://127.0.0.1:1/0")
