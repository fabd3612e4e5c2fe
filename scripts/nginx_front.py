"""Debian's nginx with the production config in front of two app servers.

Used by scripts/two_instances.py: deploy/nginx/nginx.conf — the very file
compose.yaml mounts — is rendered with the few values that only make sense
inside Docker replaced, then run by the machine's nginx (``-g 'daemon off;'``,
pid, logs and temporary files in a scratch folder) in front of the two
gunicorn instances, and the checks below ask it what an operator relies on:

- ``nginx -t`` accepts the file as it is (syntax) and as rendered (complete);
- requests are spread over both app servers;
- static files come from disk, not from the app, with their cache lifetimes;
- renditions go to the media bucket, under its name, without credentials;
  originals, private media and the private bucket are refused;
- a body over ``client_max_body_size`` is refused with 413, a larger one is
  accepted under ``/admin/`` (recordings);
- past its burst the API's rate limit answers 429, before the app is asked.

What rendering replaces (each must be found exactly once, or the file has
drifted from what this script knows and it says so):

- ``listen 80`` -> a free loopback port;
- ``root /srv;`` -> a scratch folder whose ``static/`` holds collectstatic's
  output (the release job's copy in compose.yaml);
- ``set $museum_app app:8000;`` -> an upstream of the two instances (in
  compose: every replica of ``app``, found through Docker's DNS);
- ``set $museum_media minio:9000;`` -> a stand-in bucket on the loopback
  that records what it is asked;

plus, at the top of ``http``, the access log and temporary folders in the
scratch folder (the Docker image's defaults are fine where they are).
"""

import contextlib
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]
NGINX_CONF = BASE_DIR / "deploy" / "nginx" / "nginx.conf"
INSTALL_HINT = (
    "install Debian's nginx (make stack-deps, or apt-get install nginx), "
    "or pass --without-nginx"
)
# Where Debian puts it; /usr/sbin is not on every user's PATH.
DEFAULT_LOCATIONS = ("/usr/sbin/nginx", "/usr/local/sbin/nginx")
# A file the project ships, collected under its own name and a hashed one.
STATIC_FILE = "translation/css/translation-report.css"
STATIC_SOURCE = BASE_DIR / "cms" / "translation" / "static" / STATIC_FILE

COLLECT_STATIC = """
import sys, django
from django.conf import settings
django.setup()
from django.core.management import call_command
from django.test.utils import override_settings
# As the Docker image's collectstatic: names with a content hash beside the
# plain ones, and staticfiles.json mapping one to the other.
storages = {
    **settings.STORAGES,
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
    },
}
with override_settings(STATIC_ROOT=sys.argv[1], STORAGES=storages):
    call_command("collectstatic", interactive=False, verbosity=0)
"""


class Failure(Exception):
    """One line for the operator."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_python(arguments, env, what):
    """Run this interpreter with ``arguments`` in the project, or Failure
    naming ``what`` with the last line it wrote to stderr."""
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, *arguments],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["?"])[-1]
        raise Failure(f"{what} failed: {last}")
    return result


def find_nginx(explicit: str | None = None) -> str:
    """The nginx binary, or Failure saying how to install it."""
    if explicit:
        if os.access(explicit, os.X_OK) and Path(explicit).is_file():
            return explicit
        raise Failure(f"nginx not found at {explicit}: {INSTALL_HINT}")
    found = shutil.which("nginx")
    if found:
        return found
    for candidate in DEFAULT_LOCATIONS:
        if os.access(candidate, os.X_OK):
            return candidate
    raise Failure(f"nginx is not installed: {INSTALL_HINT}")


def nginx_version(binary: str) -> str:
    result = subprocess.run(  # noqa: S603 - the machine's nginx
        [binary, "-v"], capture_output=True, text=True, check=False
    )
    return (result.stderr or result.stdout).strip().rsplit("/", 1)[-1]


# --- the configuration ----------------------------------------------------------


def render(conf: str, *, port, app_servers, media_server, static_root, work_dir):
    """deploy/nginx/nginx.conf for this machine (see the module's docstring)."""
    servers = "\n".join(f"        server {address};" for address in app_servers)
    work_dir = Path(work_dir)
    local = f"""http {{
    # --- rendered for this machine by scripts/nginx_front.py ---
    # Shared by the workers, so that their turns alternate between servers.
    upstream museum_local {{
        zone museum_local 64k;
{servers}
        keepalive 8;
    }}
    access_log {work_dir / "access.log"};
    client_body_temp_path {work_dir / "body"};
    proxy_temp_path {work_dir / "proxy"};
    fastcgi_temp_path {work_dir / "fastcgi"};
    uwsgi_temp_path {work_dir / "uwsgi"};
    scgi_temp_path {work_dir / "scgi"};
    # --- end of the rendered part ---
"""
    replacements = [
        ("http {\n", local),
        ("listen 80 default_server;", f"listen 127.0.0.1:{port} default_server;"),
        ("root /srv;", f"root {static_root};"),
        ("set $museum_app app:8000;", "set $museum_app museum_local;"),
        ("set $museum_media minio:9000;", f"set $museum_media {media_server};"),
    ]
    for old, new in replacements:
        count = conf.count(old)
        if count != 1:
            raise Failure(
                f"the nginx config has {old.strip()!r} {count} times, not "
                "once: update scripts/nginx_front.py's rendering"
            )
        conf = conf.replace(old, new)
    return conf


def collect_static(env, static_dir: Path):
    """collectstatic into ``static_dir`` (as the release job does)."""
    run_python(["-c", COLLECT_STATIC, str(static_dir)], env, "collectstatic")
    manifest = json.loads((static_dir / "staticfiles.json").read_text())
    # nginx's workers run as an unprivileged user when started by root.
    for folder, _dirs, _files in os.walk(static_dir.parent):
        Path(folder).chmod(0o755)
    return manifest["paths"]


class Nginx:
    name = "nginx"

    def __init__(self, binary, work_dir: Path, conf_text: str, port: int):
        self.binary = binary
        self.work_dir = work_dir
        self.port = port
        self.conf_path = work_dir / "nginx.conf"
        self.conf_path.write_text(conf_text)
        self.error_log = work_dir / "error.log"
        self.process = None

    def _arguments(self, conf_path, extra=""):
        return [
            self.binary,
            "-p",
            str(self.work_dir),
            "-c",
            str(conf_path),
            "-e",
            str(self.error_log),
            "-g",
            f"pid {self.work_dir / 'nginx.pid'};{extra}",
        ]

    def test(self, conf_path=None):
        """``nginx -t``: (exit status, its output)."""
        result = subprocess.run(  # noqa: S603 - the machine's nginx
            [*self._arguments(conf_path or self.conf_path), "-t"],
            capture_output=True,
            text=True,
            check=False,
        )
        return result.returncode, (result.stderr + result.stdout).strip()

    def start(self, limit=30):
        self.log = (self.work_dir / "nginx.out").open("w")
        self.process = subprocess.Popen(  # noqa: S603 - the machine's nginx
            self._arguments(self.conf_path, " daemon off;"),
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise Failure(
                    f"nginx exited ({self.process.returncode}): {self.last_error()}"
                )
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            time.sleep(0.2)
        raise Failure(f"nginx did not listen on {self.port} after {limit} s")

    def last_error(self):
        lines = []
        for path in (self.error_log, self.work_dir / "nginx.out"):
            if path.exists():
                lines += path.read_text(errors="replace").strip().splitlines()
        return lines[-1] if lines else "no message"

    def request(self, method, path, body=None, headers=None, host="localhost"):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request(
                method, path, body=body, headers={"Host": host, **(headers or {})}
            )
            response = connection.getresponse()
            return response.status, response.headers, response.read()
        finally:
            connection.close()

    def announce_body(self, method, path, length):
        """Send only the headers of a ``length``-byte body: nginx judges the
        size from Content-Length before reading any of it."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=30) as sock:
            sock.sendall(
                (
                    f"{method} {path} HTTP/1.1\r\nHost: localhost\r\n"
                    "Content-Type: application/octet-stream\r\n"
                    f"Content-Length: {length}\r\nConnection: close\r\n\r\n"
                ).encode()
            )
            sock.shutdown(socket.SHUT_WR)
            answer = b""
            while chunk := sock.recv(65536):
                answer += chunk
        status_line = answer.split(b"\r\n", 1)[0].decode("latin-1")
        return int(status_line.split()[1]) if status_line else 0

    def stop(self):
        if self.process is None:
            return
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)  # fast shutdown
                self.process.wait(timeout=20)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()


# --- a stand-in for the media bucket --------------------------------------------


class _BucketHandler(BaseHTTPRequestHandler):
    def _answer(self):
        self.server.asked.append(
            {
                "method": self.command,
                "path": self.path,
                "host": self.headers.get("Host"),
                "authorization": self.headers.get("Authorization"),
            }
        )
        body = f"bucket object {self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Type", "image/jpeg")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Set-Cookie", "bucket-session=1")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, *args):
        pass


class Bucket:
    def __init__(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _BucketHandler)
        self.server.asked = []
        self.address = f"127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def asked(self):
        return self.server.asked

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


# --- the checks ------------------------------------------------------------------


def app_requests(instance, path_prefix):
    """How many requests for paths starting with ``path_prefix`` gunicorn
    ``instance`` has logged (its access log is in its log file)."""
    needle = f'"GET {path_prefix}'
    text = instance.log_path.read_text(errors="replace")
    return sum(needle in line for line in text.splitlines())


def logged_since(instances, path_prefix, before, expected, limit=15):
    """Requests for ``path_prefix`` each instance logged since ``before``
    (its counts then), once they add up to ``expected`` or after ``limit``
    seconds: gunicorn writes its access log after the answer, and a loaded
    machine may take its time. ``expected`` 0: a second's wait, for a
    request that should never come."""
    deadline = time.monotonic() + (limit if expected else 1)
    while True:
        counts = [
            app_requests(instance, path_prefix) - seen
            for instance, seen in zip(instances, before, strict=True)
        ]
        if (expected and sum(counts) >= expected) or time.monotonic() > deadline:
            return counts
        time.sleep(0.1)


def check_spread(nginx, instances, path, count=12):
    before = [app_requests(instance, path) for instance in instances]
    for _ in range(count):
        status, _headers, _body = nginx.request("GET", path)
        if status != 200:
            raise Failure(f"nginx answered {status} for {path}")
    served = logged_since(instances, path, before, count)
    if sum(served) != count or not all(served):
        names = ", ".join(
            f"{instance.name}: {n}"
            for instance, n in zip(instances, served, strict=True)
        )
        raise Failure(f"{count} reads of {path} through nginx went to {names}")
    return served


def check_static(nginx, instances, manifest):
    hashed = manifest[STATIC_FILE]
    expected = STATIC_SOURCE.read_bytes()
    before = [app_requests(instance, "/static/") for instance in instances]
    lifetimes = {}
    for name in (STATIC_FILE, hashed):
        status, headers, body = nginx.request("GET", f"/static/{name}")
        if status != 200 or body != expected:
            raise Failure(f"nginx answered {status} for /static/{name}")
        lifetimes[name] = headers.get("Cache-Control", "")
        if "text/css" not in headers.get("Content-Type", ""):
            raise Failure(f"/static/{name} came as {headers['Content-Type']}")
    if any(logged_since(instances, "/static/", before, 0)):
        raise Failure("a static file was asked of the app, not read from disk")
    if lifetimes[hashed] != "public, max-age=31536000, immutable":
        raise Failure(f"/static/{hashed} is cached as {lifetimes[hashed]!r}")
    if lifetimes[STATIC_FILE] != "public, max-age=3600":
        raise Failure(f"/static/{STATIC_FILE} is cached as {lifetimes[STATIC_FILE]!r}")
    status, _headers, _body = nginx.request("GET", "/static/no-such-file.css")
    if status != 404:
        raise Failure(f"a missing static file answered {status}, not 404")
    return hashed


def check_media(nginx, instances, bucket):
    """Renditions from the bucket; nothing else of media, ever."""
    rendition = "/media/images/exhibit.fill-600x400.format-webp.webp"
    status, headers, body = nginx.request(
        "GET",
        rendition,
        headers={"Authorization": "Bearer reader-token", "Cookie": "sessionid=x"},
    )
    if status != 200 or not bucket.asked:
        raise Failure(f"a rendition through nginx answered {status}")
    asked = bucket.asked[-1]
    wanted = "/museum-media/images/exhibit.fill-600x400.format-webp.webp"
    if asked["path"] != wanted or body != f"bucket object {wanted}".encode():
        raise Failure(f"a rendition was asked of the bucket as {asked['path']}")
    if asked["authorization"]:
        raise Failure("the reader's Authorization header reached the bucket")
    if headers.get("Set-Cookie"):
        raise Failure("the bucket's Set-Cookie reached the reader")
    status, _headers, _body = nginx.request("PUT", rendition, body=b"x")
    if status != 403:
        raise Failure(f"PUT of a rendition through nginx answered {status}")

    refused = [
        "/media/original_images/exhibit.jpg",
        "/media/documents/report.pdf",
        "/media/recordings/interview.mp3",
        "/private_media/recordings/interview.mp3",
        "/private_media/imports/inventory.csv",
        "/museum-private/recordings/interview.mp3",
    ]
    asked_before = len(bucket.asked)
    app_before = [app_requests(instance, "/") for instance in instances]
    for path in refused:
        status, _headers, _body = nginx.request("GET", path)
        if status != 404:
            raise Failure(f"nginx answered {status} for {path}, not 404")
    if len(bucket.asked) != asked_before:
        raise Failure(f"{bucket.asked[-1]['path']} was asked of the bucket")
    if any(logged_since(instances, "/", app_before, 0)):
        raise Failure("a private media path was passed to the app")
    return refused


def check_body_size(nginx):
    """Over 25 MB: 413 from nginx; the admin (recordings) takes up to 200 MB."""
    megabyte = 1024 * 1024
    for path in ("/fr/", "/api/v1/pages/", "/admin/login/"):
        status = nginx.announce_body("POST", path, 26 * megabyte)
        if status != 413:
            raise Failure(f"a 26 MB POST to {path} answered {status}, not 413")
    status = nginx.announce_body("POST", "/admin/media/add/", 201 * megabyte)
    if status != 413:
        raise Failure(f"a 201 MB POST to the admin answered {status}, not 413")
    # 30 MB really sent to the admin, as a form with a file: nginx reads it
    # and passes it on; the app reads it all (a form, to check its CSRF
    # token) and refuses it for the missing token: 403, not nginx's 413.
    boundary = "museum-upload-boundary"
    body = b"".join(
        [
            f"--{boundary}\r\n".encode(),
            b'Content-Disposition: form-data; name="file"; filename="interview.wav"',
            b"\r\nContent-Type: audio/wav\r\n\r\n",
            b"\0" * (30 * megabyte),
            f"\r\n--{boundary}--\r\n".encode(),
        ]
    )
    status, _headers, _body = nginx.request(
        "POST",
        "/admin/media/add/",
        body=body,
        headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Cookie": "csrftoken=" + "a" * 32,
        },
    )
    if status != 403:
        raise Failure(f"a 30 MB upload to the admin answered {status}, not 403")
    return status


def check_rate_limit(nginx, instances, path, attempts=120):
    """``attempts`` API requests at once from one address: the burst passes,
    the rest is answered 429 by nginx without reaching the app."""
    before = [app_requests(instance, path) for instance in instances]

    def one(_):
        try:
            status, _headers, body = nginx.request("GET", path)
        except OSError as error:
            return ("error", str(error))
        return (status, body)

    with ThreadPoolExecutor(max_workers=40) as pool:
        answers = list(pool.map(one, range(attempts)))
    statuses = [status for status, _body in answers]
    limited = [body for status, body in answers if status == 429]
    passed = statuses.count(200)
    if "error" in statuses:
        raise Failure("a connection to nginx failed under the burst")
    if not limited or passed + len(limited) != attempts:
        counts = ", ".join(f"{n} x {status}" for status, n in Counter(statuses).items())
        raise Failure(f"{attempts} API requests at once answered {counts}")
    if not all(b"nginx" in body for body in limited):
        raise Failure("a 429 came from the app, not from nginx's limit")
    reached = sum(logged_since(instances, path, before, passed))
    if reached != passed:
        raise Failure(f"the app saw {reached} requests, nginx passed {passed}")
    return passed, len(limited)
