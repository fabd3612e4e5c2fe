"""The database-outage drill (../shared/RELIABILITY.md, "database down under
load"), against a live gunicorn and the embedded PostgreSQL.

    .venv/bin/python scripts/db_outage.py        (or: make outage-drill)

1. Starts an embedded PostgreSQL of its own (``.data/outage-pg``), migrates
   a database, creates an editor, and serves it with gunicorn (2 sync
   workers, production-like settings: ``cms.settings.bench``, DEBUG off, the
   response cache off so that every request needs the database).
2. Loads it: readers on the API, an Arabic page and the health checks; an
   editor adding themes in the admin, one after another.
3. Stops PostgreSQL for a few seconds, under that load, then starts it again.

It checks what the museum promises: while the database is down the API
answers 503 problem+json with Retry-After, pages a localized 503 page, never
a 500 or a traceback; ``/healthz/live`` stays 200 and ``/healthz/ready`` is
503; once PostgreSQL is back, the same gunicorn workers (no restart) answer
200 again within seconds; every theme whose save answered with a redirect
(success) is in the database. It prints what it sees and exits 1 with one
line when a promise is broken.
"""

import http.cookiejar
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
DATA = BASE_DIR / ".data" / "outage"
os.environ["MUSEUM_PGDATA"] = str(DATA / "pg")  # before embedded_db is imported

from bench.database import url_for  # noqa: E402
from bench.server import Gunicorn  # noqa: E402
from cms.core import embedded_db  # noqa: E402

DATABASE = "museum_outage"
EDITOR, PASSWORD = "outage-editor", "outage-drill-only"
DOWN_SECONDS = 6
RECOVERY_LIMIT = 15  # seconds
READER_PATHS = ["/api/v1/locales/", "/ar/", "/healthz/live", "/healthz/ready"]


class Broken(Exception):
    """A promise the drill saw broken; the message is the one line printed."""


def say(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def manage(env, *args):
    subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True
    )


def fetch(opener, url, data=None, timeout=20):
    """(status, headers, text) of one request, any status; (0, {}, error) when
    the connection itself failed."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body)  # noqa: S310 - 127.0.0.1 only
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode(errors="replace")
    except OSError as error:
        return 0, {}, str(error)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Editor:
    """A signed-in editor adding one theme after another in the admin."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect
        )
        self.saved, self.refused, self.stop = [], Counter(), threading.Event()

    def csrf(self, path):
        status, _headers, html = fetch(self.opener, self.base + path)
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        return status, match.group(1) if match else None

    def sign_in(self):
        _status, token = self.csrf("/admin/login/")
        status, _headers, _text = fetch(
            self.opener,
            self.base + "/admin/login/",
            {"csrfmiddlewaretoken": token, "username": EDITOR, "password": PASSWORD},
        )
        if status != 302:
            raise Broken(f"the editor could not sign in ({status})")

    def run(self):
        number = 0
        while not self.stop.is_set():
            number += 1
            name = f"Thème de l'exercice {number}"
            path = "/admin/snippets/core/theme/add/?locale=fr"
            status, token = self.csrf(path)
            if status != 200 or token is None:
                self.refused[status] += 1
                time.sleep(0.2)
                continue
            status, _headers, _text = fetch(
                self.opener,
                self.base + path,
                {"csrfmiddlewaretoken": token, "name": name, "description": ""},
            )
            if status == 302:
                self.saved.append(name)
            else:
                self.refused[status] += 1
            time.sleep(0.1)


class Readers:
    """Anonymous readers, each path in turn, recording what they got."""

    def __init__(self, base):
        self.base, self.stop, self.seen = base, threading.Event(), []
        self.opener = urllib.request.build_opener()

    def run(self):
        while not self.stop.is_set():
            for path in READER_PATHS:
                status, headers, text = fetch(self.opener, self.base + path)
                self.seen.append((time.monotonic(), path, status, headers, text))
                if status == 0:  # nothing listening: do not spin
                    time.sleep(0.1)


def check_down(seen):
    """What the readers got while PostgreSQL was stopped."""
    by_path = {path: [s for s in seen if s[1] == path] for path in READER_PATHS}
    for path, answers in by_path.items():
        if not answers:
            raise Broken(f"no answer at all for {path} while the database was down")
    for _when, path, status, _headers, text in seen:
        # A request already past its queries when the server stopped may
        # still answer 200; anything else must be a 503.
        if status not in (200, 503):
            raise Broken(
                f"{path} answered {status or 'nothing'} while the database was down"
            )
        if "Traceback" in text:
            raise Broken(f"{path} showed a traceback")
    unavailable = {
        path: [s for s in answers if s[2] == 503] for path, answers in by_path.items()
    }
    for path in ("/api/v1/locales/", "/ar/", "/healthz/ready"):
        if not unavailable[path]:
            raise Broken(f"{path} never answered 503 while the database was down")
    if not all(
        s[3].get("Content-Type", "").startswith("application/problem+json")
        and s[3].get("Retry-After")
        for s in unavailable["/api/v1/locales/"]
    ):
        raise Broken("the API's 503 was not problem+json with Retry-After")
    if not all('lang="ar" dir="rtl"' in s[4] for s in unavailable["/ar/"]):
        raise Broken("the Arabic page's 503 was not in Arabic")
    if not all(s[2] == 200 for s in by_path["/healthz/live"]):
        raise Broken("/healthz/live was not 200 while the database was down")
    return Counter((s[1], s[2]) for s in seen)


def main():
    shutil.rmtree(DATA, ignore_errors=True)
    DATA.mkdir(parents=True)
    say("starting an embedded PostgreSQL of its own (.data/outage/pg)")
    url = url_for(embedded_db.database_settings(DATABASE), DATABASE)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.bench",
        "DATABASE_URL": url,
        "DATABASE_CONN_MAX_AGE": "60",
        "RESPONSE_CACHE": "off",
        "BENCH_MEDIA_ROOT": str(DATA / "media"),
        "LOG_LEVEL": "CRITICAL",
    }
    server = editor = readers = None
    try:
        say("migrating (a minute or two)")
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(
            {**env, "DJANGO_SUPERUSER_PASSWORD": PASSWORD},
            "createsuperuser",
            "--noinput",
            "--username",
            EDITOR,
            "--email",
            "outage@museum.invalid",
        )
        server = Gunicorn(env, DATA / "gunicorn.log").start()
        workers = sorted(server.worker_pids())
        say(f"gunicorn on {server.base}, workers {workers}")

        editor, readers = Editor(server.base), Readers(server.base)
        editor.sign_in()
        threads = [
            threading.Thread(target=t.run, daemon=True) for t in (editor, readers)
        ]
        for thread in threads:
            thread.start()
        time.sleep(3)
        healthy = len(editor.saved)
        say(f"healthy: {healthy} themes saved, {len(readers.seen)} reads")

        say(f"stopping PostgreSQL for {DOWN_SECONDS} s, under load")
        subprocess.run(
            [sys.executable, "-m", "cms.core.embedded_db", "stop"],
            cwd=BASE_DIR,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        down_from = time.monotonic()
        time.sleep(DOWN_SECONDS)
        down = [s for s in readers.seen if s[0] >= down_from]
        say("starting PostgreSQL again")
        # Another process, as an operator would: the wheel keeps a handle on
        # the server it started in this one, stale once the server stopped.
        subprocess.run(
            [sys.executable, "-m", "cms.core.embedded_db", "start"],
            cwd=BASE_DIR,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        restarted = url_for(embedded_db.database_settings(DATABASE), DATABASE)
        if restarted != url:
            raise Broken(f"PostgreSQL came back at another address ({restarted})")
        back_at = time.monotonic()
        tally = check_down(down)
        say(
            "while down: "
            + ", ".join(f"{p} {s}×{n}" for (p, s), n in sorted(tally.items()))
        )

        recovered = None
        while time.monotonic() - back_at < RECOVERY_LIMIT:
            latest = {s[1]: s[2] for s in readers.seen if s[0] > back_at}
            if (
                latest.get("/healthz/ready") == 200
                and latest.get("/api/v1/locales/") == 200
            ):
                recovered = time.monotonic() - back_at
                break
            time.sleep(0.2)
        time.sleep(2)
        for worker in (editor, readers):
            worker.stop.set()
        for thread in threads:
            thread.join(timeout=60)
        if recovered is None:
            raise Broken(
                f"not back to 200 within {RECOVERY_LIMIT} s of the database's return"
            )
        say(f"back to 200 {recovered:.1f} s after PostgreSQL returned")
        if sorted(server.worker_pids()) != workers:
            raise Broken("gunicorn's workers were replaced: recovery needed a restart")
        say(f"same workers {workers}: no restart")

        import psycopg2

        connection = psycopg2.connect(url)
        with connection, connection.cursor() as cursor:
            cursor.execute("SELECT name FROM core_theme")
            stored = {row[0] for row in cursor.fetchall()}
        connection.close()
        lost = [name for name in editor.saved if name not in stored]
        say(
            f"editor: {len(editor.saved)} saves answered as done, refused "
            f"{dict(editor.refused) or 'none'}; {len(lost)} lost"
        )
        if lost:
            raise Broken(f"{len(lost)} saved themes are missing, e.g. {lost[0]!r}")
        if len(editor.saved) <= healthy:
            raise Broken("the editor saved nothing after the database returned")
        say(
            "PASSED: 503s while down, no 500, same workers back within seconds, nothing lost"
        )
        return 0
    except (Broken, subprocess.CalledProcessError, RuntimeError) as error:
        print(f"db_outage: FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        for worker in (editor, readers):
            if worker is not None:
                worker.stop.set()
        if server is not None:
            server.stop()
        embedded_db.stop()


if __name__ == "__main__":
    sys.exit(main())
