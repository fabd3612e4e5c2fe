"""The test suite: fast password hashing, media in a throw-away folder."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Kept beside the embedded database so that a reused test database (--reuse-db)
# and its image files stay together.
MEDIA_ROOT = BASE_DIR / ".data" / "test-media"
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="museum-test-static-"))
WHITENOISE_USE_FINDERS = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
