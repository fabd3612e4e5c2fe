"""Local development: DEBUG on, a fixed development key, any local host."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret-museum-cms")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", *env_list("ALLOWED_HOSTS")]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Static files straight from the apps, so gunicorn serves them without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
