"""scripts/two_instances.py: two gunicorn instances sharing PostgreSQL and
Redis; a publish through A is what B serves next (issue 11). Debian's nginx
runs in front of them with deploy/nginx/nginx.conf (the file compose.yaml
mounts), rendered for this machine by scripts/nginx_front.py: nginx is a
requirement of these tests (`make stack-deps` installs it), never skipped.
The script makes its own scratch database on the test database's server and
its own key prefix in the machine's Redis (127.0.0.1:6379, as the
response-cache tests)."""

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

from django.db import connection

BASE_DIR = Path(__file__).resolve().parents[2]
SCRIPT = BASE_DIR / "scripts" / "two_instances.py"
NGINX_CONF = BASE_DIR / "deploy" / "nginx" / "nginx.conf"


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


def test_a_publish_through_one_instance_is_what_the_other_and_nginx_serve_next():
    result = run_script("--server-url", server_url())

    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "B serves /fr/ from the shared cache" in out
    assert "A finds B's cached /fr/ in Redis" in out
    assert "published the draft through A's admin" in out
    assert "B's next answer for /fr/: 'Musee des migrations, edition" in out
    assert "OK: B served the new content right after the publish on A" in out
    # nginx, with the production config: both "nginx -t" pass, …
    assert "nginx -t: nginx.conf as it is: syntax is ok" in out
    assert "nginx -t: the config rendered for this machine: test is successful" in out
    # … it spreads reads over both instances, …
    assert "nginx spreads /fr/ over both instances: A " in out
    assert "nginx spreads /api/v1/resolve/?path=%2Ffr%2F over both instances" in out
    # … serves static files itself, hides private media, limits bodies, …
    assert "nginx serves /static/ from disk, never the app" in out
    assert "answers 404 for 6 other media paths without asking" in out
    assert "nginx refuses a 26 MB body with 413 (201 MB under /admin/)" in out
    assert "a 30 MB upload to the admin reaches the app (which answers 403)" in out
    # … shows the publish at once, whichever instance answers, …
    assert "nginx's next answers for /fr/, from A and B: 'Musee des migrations" in out
    # … and answers 429 past the API's burst, before the app.
    assert "answered 429 without reaching the app" in out
    assert "OK: nginx in front of A and B, with deploy/nginx/nginx.conf" in out


def test_a_config_that_lets_private_media_through_fails_the_run(tmp_path):
    """The checks are the config's: without its /private_media/ block, such
    paths reach the app (which happens to answer 404 too) and the run fails."""
    conf = NGINX_CONF.read_text()
    block = "location /private_media/ { return 404; }"
    assert conf.count(block) == 1
    leaky = tmp_path / "leaky.conf"
    leaky.write_text(conf.replace(block, ""))

    result = run_script("--server-url", server_url(), "--nginx-conf", str(leaky))

    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "two_instances: FAILED: a private media path was passed to the app"
    ]


def test_without_nginx_the_run_fails_saying_how_to_install_it():
    result = run_script("--server-url", server_url(), "--nginx", "/nonexistent/nginx")

    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(
        "two_instances: FAILED: nginx not found at /nonexistent/nginx: "
        "install Debian's nginx (make stack-deps"
    )
    assert "creating the scratch database" not in result.stdout


def test_a_failure_is_one_line_and_a_non_zero_exit():
    result = run_script(
        "--server-url", server_url(), "--redis-url", "redis://127.0.0.1:1/0"
    )

    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("two_instances: FAILED: Redis at redis://127.0.0.1:1/0")
