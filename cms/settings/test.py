"""The test suite: fast password hashing, media in a throw-away folder."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Kept beside the embedded database so that a reused test database (--reuse-db)
# and its image files stay together.
# TEST_DATA_DIR lets two test runs side by side keep their files apart.
TEST_DATA_DIR = Path(os.environ.get("TEST_DATA_DIR", BASE_DIR / ".data"))
MEDIA_ROOT = TEST_DATA_DIR / "test-media"
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="museum-test-static-"))
WHITENOISE_USE_FINDERS = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
PRIVATE_MEDIA_ROOT = TEST_DATA_DIR / "test-private-media"
# Throttling is exercised by its own tests, which set a rate.
API_ANONYMOUS_RATE = ""
