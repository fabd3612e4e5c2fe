#!/usr/bin/env python3
"""Two app servers, one database, one Redis, nginx in front: a publish
through one is seen at once through the other and through nginx (issue 11,
"proven here, without Docker").

    .venv/bin/python scripts/two_instances.py
    .venv/bin/python scripts/two_instances.py --server-url postgres://postgres@127.0.0.1:5432/
    .venv/bin/python scripts/two_instances.py --redis-url redis://127.0.0.1:6379/0
    .venv/bin/python scripts/two_instances.py --without-nginx

What it does, printing each step:

1. creates a scratch database on the PostgreSQL server (``--server-url``,
   else the server of ``DATABASE_URL``, else the embedded server) and
   migrates it with ``manage.py migrate_locked``;
2. creates an editor account and a *draft* of the French home page with a
   new title (nothing public changes yet);
3. starts two gunicorn instances, A and B, on two loopback ports, sharing
   that database and Redis (``--redis-url``, default the machine's
   127.0.0.1:6379, under a key prefix of their own);
4. reads the home page and its API resolution through B twice, so that B's
   second answers come from the shared cache (``X-Museum-Cache: hit``), and
   once through A, which finds B's entries there (the cache is shared);
5. signs in to A's admin and publishes the draft there (the admin's bulk
   publish action, a real POST with the editor's session and CSRF token);
6. reads through B again: the new title, not the cached page.

With nginx (Debian's, found on the PATH or in /usr/sbin, or ``--nginx``;
missing, the script fails saying how to install it; ``--without-nginx``
leaves it out), between steps 4 and 5 it collects the static files, runs
``nginx -t`` on deploy/nginx/nginx.conf as it is and as rendered for this
machine, starts nginx with it in front of A and B (scripts/nginx_front.py
says what rendering changes) and checks through it that reads are spread
over both instances, static files come from disk, renditions from the media
bucket (a stand-in on the loopback) and nothing else of media does, bodies
over the limit are refused with 413; after step 6, that nginx's next answers
carry the new title (from both instances), and last that a burst of API
requests past the rate limit is answered 429 by nginx.

Exit status 0 when B's next responses carry the new title and nginx passed
its checks; otherwise 1 with one line on standard error saying what went
wrong. nginx, gunicorn, the scratch database and the Redis keys are removed
whatever happens (``--keep`` keeps the database and the logs, for a look
after a failure).
"""

import argparse
import contextlib
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, unquote, urlencode, urlsplit

BASE_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(BASE_DIR))
sys.path.insert(0, str(BASE_DIR / "scripts"))

import nginx_front  # noqa: E402 - beside this script
from nginx_front import Failure, free_port, run_python  # noqa: E402

# Production-like (DEBUG off, gunicorn, no secure cookies over loopback HTTP,
# static files without a collectstatic step): the bench's settings.
SETTINGS = "cms.settings.bench"
PUBLIC_HOST = "localhost"

SETUP = """
import json, django
django.setup()
from django.contrib.auth import get_user_model
from cms.core.models import HomePage
home = HomePage.objects.get(depth=2, locale__language_code="fr")
user = get_user_model().objects.create_superuser(
    "{username}", "two-instances@museum.invalid", "{password}"
)
old_title = home.title
home.title = "{new_title}"
home.save_revision(user=user)  # a draft: the public still sees old_title
print(json.dumps({{"id": home.pk, "old_title": old_title}}))
"""


def say(message):
    print(f"[two-instances] {message}", flush=True)


# --- the database ------------------------------------------------------------


def server_params(server_url: str | None) -> dict:
    """Connection parameters of the PostgreSQL server to use."""
    url = server_url or os.environ.get("DATABASE_URL")
    if url:
        parts = urlsplit(url)
        if parts.scheme not in ("postgres", "postgresql", "pgsql"):
            raise Failure(f"not a PostgreSQL URL: {parts.scheme}://…")
        host = parts.netloc.rsplit("@", 1)[-1]
        host, _, port = host.rpartition(":") if ":" in host else (host, "", "")
        return {
            "user": unquote(parts.username or "postgres"),
            "password": unquote(parts.password or ""),
            "host": unquote(host or "127.0.0.1"),
            "port": port or "5432",
        }
    from cms.core import embedded_db

    try:
        settings = embedded_db.database_settings()
    except embedded_db.EmbeddedDatabaseError as error:
        raise Failure(
            f"the embedded PostgreSQL server did not start: {error}"
        ) from error
    return {
        "user": settings["USER"],
        "password": settings.get("PASSWORD") or "",
        "host": settings["HOST"],
        "port": str(settings["PORT"]),
    }


def database_url(params: dict, name: str) -> str:
    credentials = quote(params["user"], safe="")
    if params["password"]:
        credentials += ":" + quote(params["password"], safe="")
    return (
        f"postgres://{credentials}@{quote(params['host'], safe='')}:"
        f"{params['port']}/{name}"
    )


def admin_connection(params):
    import psycopg2

    try:
        connection = psycopg2.connect(
            dbname="postgres",
            user=params["user"],
            password=params["password"] or None,
            host=params["host"],
            port=params["port"],
            connect_timeout=10,
        )
    except psycopg2.Error as error:
        first = str(error).strip().splitlines()[0]
        raise Failure(f"cannot reach PostgreSQL: {first}") from error
    connection.autocommit = True
    return connection


def create_database(params, name):
    connection = admin_connection(params)
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


def drop_database(params, name):
    connection = admin_connection(params)
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    connection.close()


# --- Redis ---------------------------------------------------------------------


def check_redis(url):
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2).ping()
    except redis.RedisError as error:
        raise Failure(f"Redis at {url} does not answer: {error}") from error


def delete_redis_keys(url, prefix):
    import redis

    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)
        keys = list(client.scan_iter(match=f"{prefix}*", count=500))
        if keys:
            client.delete(*keys)
    except redis.RedisError:
        pass


# --- the app servers -----------------------------------------------------------


class Instance:
    def __init__(self, name, env, log_dir):
        self.name = name
        self.port = free_port()
        self.log_path = log_dir / f"gunicorn-{name}.log"
        self.log = self.log_path.open("w")
        gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent))
        command = [
            gunicorn or "gunicorn",
            "cms.wsgi:application",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            "2",
            "--timeout",
            "60",
            # Which instance answered what, for the checks through nginx.
            "--access-logfile",
            "-",
        ]
        self.process = subprocess.Popen(  # noqa: S603 - our own server
            command,
            cwd=BASE_DIR,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_ready(self, limit=180):
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise Failure(
                    f"gunicorn {self.name} exited ({self.process.returncode}); "
                    f"see {self.log_path}"
                )
            try:
                status, _headers, _body = self.request("GET", "/healthz/ready")
            except OSError:
                status = None
            if status == 200:
                return
            time.sleep(0.5)
        raise Failure(f"gunicorn {self.name} was not ready after {limit} s")

    def request(self, method, path, body=None, headers=None):
        # One public host name for both, as behind a load balancer (the
        # response cache's key includes the host).
        headers = {"Host": PUBLIC_HOST, **(headers or {})}
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            return response.status, response.headers, response.read()
        finally:
            connection.close()

    def stop(self):
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=20)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()


class Session:
    """An editor's browser session against one instance: cookies and CSRF."""

    def __init__(self, instance):
        self.instance = instance
        self.cookies = {}

    def request(self, method, path, form=None):
        headers = {}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://{PUBLIC_HOST}{path}"
        status, response_headers, content = self.instance.request(
            method, path, body, headers
        )
        for header in response_headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        return status, response_headers, content

    def csrf_form(self, path):
        status, _headers, content = self.request("GET", path)
        if status != 200:
            raise Failure(f"GET {path} on {self.instance.name} answered {status}")
        match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', content)
        if not match:
            raise Failure(f"no CSRF token in {path} on {self.instance.name}")
        return match[1].decode()


# --- the run -------------------------------------------------------------------


def read_through(instance, path, expect, reject):
    """Read ``path`` through ``instance``: it must contain ``expect`` and not
    ``reject``. Returns the response's X-Museum-Cache."""
    status, headers, content = instance.request("GET", path)
    text = content.decode("utf-8", "replace")
    if status != 200:
        raise Failure(f"{instance.name} answered {status} for {path}")
    if expect not in text:
        raise Failure(f"{instance.name} did not show {expect!r} at {path}")
    if reject in text:
        raise Failure(f"{instance.name} still showed {reject!r} at {path}")
    return headers.get("X-Museum-Cache", "-")


def run(args):
    nginx_binary = None
    if not args.without_nginx:
        nginx_binary = nginx_front.find_nginx(args.nginx)
        version = nginx_front.nginx_version(nginx_binary)
        say(f"nginx {version} at {nginx_binary}")
    redis_url = args.redis_url
    check_redis(redis_url)
    params = server_params(args.server_url)
    name = f"museum_two_instances_{os.getpid()}"
    token = secrets.token_hex(4)
    prefix = f"two-instances-{token}"
    log_dir = Path(tempfile.mkdtemp(prefix="museum-two-instances-"))
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", str(log_dir)),
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "DATABASE_URL": database_url(params, name),
        "REDIS_URL": redis_url,
        "CACHE_KEY_PREFIX": prefix,
        "RESPONSE_CACHE": "on",
        "BENCH_MEDIA_ROOT": str(log_dir / "media"),
        "PRIVATE_MEDIA_ROOT": str(log_dir / "private-media"),
        "LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    }
    instances = []
    front = {}
    created = False
    try:
        say(f"creating the scratch database {name} on {params['host']}")
        create_database(params, name)
        created = True
        say("migrating it (manage.py migrate_locked)")
        run_python(["manage.py", "migrate_locked", "--noinput"], env, "migrating")

        new_title = f"Musee des migrations, edition {token}"
        password = secrets.token_urlsafe(16)
        username = f"editor-{token}"
        setup = run_python(
            [
                "-c",
                SETUP.format(username=username, password=password, new_title=new_title),
            ],
            env,
            "preparing the draft",
        )
        home = json.loads(setup.stdout.strip().splitlines()[-1])
        old_title = home["old_title"]
        say(f"draft of the French home page: {old_title!r} -> {new_title!r}")

        a = Instance("A", env, log_dir)
        instances.append(a)
        b = Instance("B", env, log_dir)
        instances.append(b)
        a.wait_ready()
        b.wait_ready()
        say(f"gunicorn A on 127.0.0.1:{a.port}, B on 127.0.0.1:{b.port}")

        api_path = "/api/v1/resolve/?" + urlencode({"path": "/fr/"})
        # Where each answer shows the page's title (the site's name, in every
        # page's <title>, contains the old title too).
        shown = {
            "/fr/": lambda title: f'<h1 id="home-title">{title}</h1>',
            api_path: lambda title: f'"title":"{title}"',
        }
        for path, marker in shown.items():
            read_through(b, path, marker(old_title), token)
            cache = read_through(b, path, marker(old_title), token)
            if cache != "hit":
                raise Failure(f"B's second read of {path} was not cached ({cache})")
            say(f"B serves {path} from the shared cache: {old_title!r}")
            # A never read it: a hit there is B's entry, in the shared Redis.
            if read_through(a, path, marker(old_title), token) != "hit":
                raise Failure(f"A did not find B's cached {path} in Redis")
            say(f"A finds B's cached {path} in Redis")

        if nginx_binary:
            nginx = start_nginx(
                nginx_binary, args.nginx_conf, env, log_dir, instances, front
            )
            check_nginx(nginx, instances, front, shown, old_title, token)

        editor = Session(a)
        csrf = editor.csrf_form("/admin/login/")
        status, _headers, _content = editor.request(
            "POST",
            "/admin/login/",
            {"username": username, "password": password, "csrfmiddlewaretoken": csrf},
        )
        if status != 302 or "sessionid" not in editor.cookies:
            raise Failure(f"signing in to A's admin failed ({status})")
        publish = f"/admin/bulk/wagtailcore/page/publish/?id={home['id']}"
        csrf = editor.csrf_form(publish)
        status, _headers, _content = editor.request(
            "POST", publish, {"csrfmiddlewaretoken": csrf}
        )
        if status != 302:
            raise Failure(f"publishing through A's admin answered {status}")
        say("published the draft through A's admin")

        for path, marker in shown.items():
            cache = read_through(b, path, marker(new_title), marker(old_title))
            say(f"B's next answer for {path}: {new_title!r} (cache {cache})")
        say("OK: B served the new content right after the publish on A")

        if nginx_binary:
            for path, marker in shown.items():
                before = [nginx_front.app_requests(i, path) for i in instances]
                for _ in range(4):
                    read_through(nginx, path, marker(new_title), marker(old_title))
                if not all(nginx_front.logged_since(instances, path, before, 4)):
                    raise Failure(f"nginx's reads of {path} did not reach both")
                say(f"nginx's next answers for {path}, from A and B: {new_title!r}")
            passed, limited = nginx_front.check_rate_limit(nginx, instances, api_path)
            say(
                f"nginx: {passed + limited} API requests at once, {passed} passed "
                f"(the burst), {limited} answered 429 without reaching the app"
            )
            shown_conf = args.nginx_conf.resolve()
            if shown_conf.is_relative_to(BASE_DIR):
                shown_conf = shown_conf.relative_to(BASE_DIR)
            say(f"OK: nginx in front of A and B, with {shown_conf}")
    finally:
        if "nginx" in front:
            front["nginx"].stop()
        if "bucket" in front:
            front["bucket"].stop()
        for instance in instances:
            instance.stop()
        delete_redis_keys(redis_url, prefix)
        if created and not args.keep:
            drop_database(params, name)
        if args.keep:
            say(f"kept the database {name} and the logs in {log_dir}")
        else:
            shutil.rmtree(log_dir, ignore_errors=True)


def start_nginx(binary, conf_path, env, log_dir, instances, front):
    """deploy/nginx/nginx.conf, checked and started in front of the
    instances (scripts/nginx_front.py)."""
    work_dir = log_dir / "nginx"
    work_dir.mkdir()
    static_root = work_dir / "srv"
    front["manifest"] = nginx_front.collect_static(env, static_root / "static")
    say("collected the static files (as the release job does)")
    front["bucket"] = nginx_front.Bucket()
    port = free_port()
    conf = nginx_front.render(
        conf_path.read_text(),
        port=port,
        app_servers=[f"127.0.0.1:{instance.port}" for instance in instances],
        media_server=front["bucket"].address,
        static_root=static_root,
        work_dir=work_dir,
    )
    # nginx's workers run as an unprivileged user when started by root.
    log_dir.chmod(0o755)
    work_dir.chmod(0o755)
    nginx = nginx_front.Nginx(binary, work_dir, conf, port)
    status, output = nginx.test(conf_path)
    if "syntax is ok" not in output:
        raise Failure(f"nginx -t refuses {conf_path.name}: {output}")
    say(f"nginx -t: {conf_path.name} as it is: syntax is ok")
    status, output = nginx.test()
    if status != 0 or "test is successful" not in output:
        raise Failure(f"nginx -t refuses the rendered config: {output}")
    say("nginx -t: the config rendered for this machine: test is successful")
    nginx.start()
    front["nginx"] = nginx
    say(f"nginx on 127.0.0.1:{port} in front of A and B")
    return nginx


def check_nginx(nginx, instances, front, shown, old_title, token):
    for path, marker in shown.items():
        served = nginx_front.check_spread(nginx, instances, path)
        read_through(nginx, path, marker(old_title), token)
        say(f"nginx spreads {path} over both instances: A {served[0]}, B {served[1]}")
    hashed = nginx_front.check_static(nginx, instances, front["manifest"])
    say(f"nginx serves /static/ from disk, never the app (/static/{hashed}: a year)")
    refused = nginx_front.check_media(nginx, instances, front["bucket"])
    say(
        "nginx sends /media/images/ to the media bucket without credentials, "
        f"and answers 404 for {len(refused)} other media paths without asking "
        "the bucket or the app"
    )
    status = nginx_front.check_body_size(nginx)
    say(
        "nginx refuses a 26 MB body with 413 (201 MB under /admin/); a 30 MB "
        f"upload to the admin reaches the app (which answers {status})"
    )


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Publish through one gunicorn instance, read through another."
    )
    parser.add_argument(
        "--server-url",
        help="a PostgreSQL URL whose server gets the scratch database "
        "(default: DATABASE_URL's server, else the embedded server)",
    )
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("TWO_INSTANCES_REDIS_URL", "redis://127.0.0.1:6379/0"),
        help="the shared Redis (default redis://127.0.0.1:6379/0, own key prefix)",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the database and logs afterwards"
    )
    parser.add_argument(
        "--nginx",
        help="the nginx binary (default: nginx on the PATH, else /usr/sbin/nginx)",
    )
    parser.add_argument(
        "--nginx-conf",
        type=Path,
        default=nginx_front.NGINX_CONF,
        help="the nginx config to check (default: deploy/nginx/nginx.conf)",
    )
    parser.add_argument(
        "--without-nginx",
        action="store_true",
        help="only the two instances, no nginx in front",
    )
    args = parser.parse_args(argv)
    try:
        run(args)
    except Failure as failure:
        print(f"two_instances: FAILED: {failure}", file=sys.stderr, flush=True)
        return 1
    except Exception as error:  # one line, whatever went wrong
        detail = " ".join(str(error).split())
        print(
            f"two_instances: FAILED: {type(error).__name__}: {detail}",
            file=sys.stderr,
            flush=True,
        )
        return 1
    except KeyboardInterrupt:
        print("two_instances: FAILED: interrupted", file=sys.stderr, flush=True)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
