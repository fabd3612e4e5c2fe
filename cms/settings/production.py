"""Production: nothing defaulted that must be secret or site-specific."""

import os

from django.core.exceptions import ImproperlyConfigured

# Checked before base.py runs, so a missing DATABASE_URL never falls back to the
# embedded development server.
_missing = [
    name
    for name in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL")
    if not os.environ.get(name)
]
if _missing:
    raise ImproperlyConfigured(
        f"Production settings need these environment variables: {', '.join(_missing)}."
    )

from .base import *  # noqa: E402, F403

DEBUG = False
# A runaway statement is cancelled before gunicorn's worker timeout (30 s in the
# Dockerfile) would kill the worker: the reader gets a 503 with Retry-After
# (cms.core.site_views.server_error) and the worker lives on. 0 turns it off,
# e.g. for a release job running long migrations.
DATABASE_STATEMENT_TIMEOUT_MS = env_int("DATABASE_STATEMENT_TIMEOUT_MS", 25_000)
if DATABASE_STATEMENT_TIMEOUT_MS:
    add_connection_option(f"-c statement_timeout={DATABASE_STATEMENT_TIMEOUT_MS}")
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
STORAGES["staticfiles"] = {
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
# Wagtail's admin previews pages in a same-origin iframe, so DENY would break
# preview; SAMEORIGIN still refuses framing by any other site.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
