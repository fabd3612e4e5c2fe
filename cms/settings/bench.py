"""`make bench`: production-like settings for measuring speed (see docs/performance.md).

DEBUG is off and templates, static files and middleware are those of production,
but nothing secret is needed: the server only ever listens on 127.0.0.1. The
differences that matter for the figures are listed in docs/performance.md:

- ``API_ANONYMOUS_RATE`` is empty: the load generator is a single address and
  would otherwise measure the throttle, not the API.
- ``ROOT_URLCONF`` adds ``/bench/baseline/``, a trivial JSON view that goes
  through the same middleware; every figure is reported as a ratio to it.
- ``bench.middleware.QueryCountMiddleware`` adds ``X-Bench-Queries`` so the
  runner can report queries per request without a debug toolbar.
- No HTTPS redirect or secure cookies: gunicorn is reached over plain HTTP.
"""

import os
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES, LOGGING, MIDDLEWARE

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "bench-only-not-secret")
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.urls"
# First, so that it counts the queries of every other middleware too.
MIDDLEWARE = ["bench.middleware.QueryCountMiddleware", *MIDDLEWARE]
API_ANONYMOUS_RATE = ""
# The publish-aware response cache: "on" unless RESPONSE_CACHE=off, so that
# the runner can measure both a warm cache and the work behind it.
RESPONSE_CACHE = os.environ.get("RESPONSE_CACHE", "on") != "off"
# Static files from the apps (no collectstatic step before a run); an empty
# STATIC_ROOT so that WhiteNoise does not warn about a missing one.
WHITENOISE_USE_FINDERS = True
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="museum-bench-static-"))
# The generated dataset's images live beside the bench database, never among
# the development media.
MEDIA_ROOT = Path(
    os.environ.get("BENCH_MEDIA_ROOT", BASE_DIR / ".data" / "bench-media")
)
LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "ERROR")

# The runner reaches the embedded server through its socket directory, given
# as a percent-encoded host in DATABASE_URL; dj_database_url lowercases hosts,
# and a directory path is case-sensitive: take it back as written.
_url = urlsplit(os.environ.get("DATABASE_URL", ""))
_host = unquote(_url.netloc.rsplit("@", 1)[-1].rsplit(":", 1)[0])
if _host.startswith("/"):
    DATABASES["default"]["HOST"] = _host
