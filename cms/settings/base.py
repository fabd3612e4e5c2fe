"""Settings shared by every environment. Everything that differs comes from the
environment (see README, "Configuration"); dev.py, test.py and production.py only
adjust what they must."""

import os
import re
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from cms.core import csp as museum_csp
from cms.core import frontend_cache as museum_frontend_cache
from cms.core import languages, search_config, storage_config
from cms.translation import machine_config

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name: str, default: str = "") -> list[str]:
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as error:
        raise ImproperlyConfigured(
            f"{name} must be a whole number, not {value!r}."
        ) from error


INSTALLED_APPS = [
    "cms.core",
    "cms.exhibits",
    "cms.stories",
    "cms.knowledge",
    "cms.translation",
    "cms.editorial",
    "cms.search",
    "wagtail_localize",
    # Replaces wagtail.locales (same app label): adds "sync from" to locales.
    "wagtail_localize.locales",
    "wagtailmedia",
    "wagtail.api.v2",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.core.middleware.MuseumLocaleMiddleware",
    "cms.core.response_cache.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "frontend_templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "cms.core.context_processors.museum",
            ],
        },
    },
]

# Database: DATABASE_URL always wins; without it, the embedded PostgreSQL server.
if os.environ.get("DATABASE_URL"):
    DATABASES = {
        "default": dj_database_url.parse(
            os.environ["DATABASE_URL"],
            conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
            conn_health_checks=True,
        )
    }
else:
    from cms.core import embedded_db

    try:
        DATABASES = {"default": embedded_db.database_settings()}
    except embedded_db.EmbeddedDatabaseError as error:
        raise ImproperlyConfigured(str(error)) from error


# PostgreSQL's JIT compiler pays off for long analytical statements, never for
# a web request: it added about 75 ms of compilation to one listing of a
# 10,000-item museum. Off for the project's connections, whatever the server's
# own setting (options given in DATABASE_URL are kept).
def add_connection_option(option):
    """Append a PostgreSQL ``-c`` option to the project's connections, keeping
    any options given in DATABASE_URL."""
    options = DATABASES["default"].setdefault("OPTIONS", {})
    options["options"] = f"{options.get('options', '')} {option}".strip()


add_connection_option("-c jit=off")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. LANGUAGE_CODE must be "fr" before the first migrate: Wagtail's first
# Locale row (and so the source tree) takes this code.
languages.register_with_django()
LANGUAGE_CODE = languages.SOURCE_LANGUAGE
LANGUAGES = [
    (language.code, language.native_name) for language in languages.MUSEUM_LANGUAGES
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# Wagtail's admin ships catalogues for these; zgh has none yet.
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    (code, name) for code, name in LANGUAGES if code in ("fr", "ar", "en")
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

# Static and media files.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Audio and video (oral-history recordings): never served by the web server,
# only through the permission-checking view (cms.core.views.media_file).
PRIVATE_MEDIA_ROOT = Path(
    os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private_media")
)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# S3-compatible media when AWS_STORAGE_BUCKET_NAME is set: a media bucket and a
# private one for recordings (cms/core/storage_config.py, docs/operations.md).
try:
    STORAGES, MEDIA_URL = storage_config.apply(os.environ, STORAGES, MEDIA_URL)
except storage_config.StorageConfigError as error:
    raise ImproperlyConfigured(str(error)) from error
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail.
WAGTAIL_SITE_NAME = "Musée des migrations marocaines"
WAGTAILADMIN_BASE_URL = os.environ.get("MUSEUM_BASE_URL", "http://127.0.0.1:8000")
# The address the public site's footer gives for questions and takedown requests.
MUSEUM_CONTACT_EMAIL = os.environ.get("MUSEUM_CONTACT_EMAIL", "contact@museum.invalid")
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
# Wagtail API v2 pages hold at most as many items as v1 pages.
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILIMAGES_IMAGE_MODEL = "core.MuseumImage"
WAGTAILMEDIA = {
    "MEDIA_MODEL": "core.MuseumMedia",
    "AUDIO_EXTENSIONS": ["mp3", "ogg", "oga", "opus", "wav", "flac", "m4a"],
    "VIDEO_EXTENSIONS": ["mp4", "webm"],
    # Extension and content (magic bytes) must agree: cms/core/uploads.py.
    "MEDIA_FORM_BASE": "cms.core.uploads.MuseumMediaForm",
}
# PostgreSQL, or Elasticsearch/OpenSearch when SEARCH_URL is set (Wagtail's
# index: the admin's search; the public search is cms/search/ either way).
try:
    WAGTAILSEARCH_BACKENDS = search_config.search_backends(os.environ)
except search_config.SearchConfigError as error:
    raise ImproperlyConfigured(str(error)) from error
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.core.uploads.MuseumDocumentForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Through the view, so that the visibility rule (a before_serve_document hook) applies.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Always a download (Content-Disposition: attachment), never rendered by the
# browser on the museum's origin: a PDF or text file can carry script or be
# dressed up as a museum page.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000
WAGTAIL_ENABLE_UPDATE_CHECK = False

# wagtail-localize: the machine translation service comes from MACHINE_TRANSLATION
# (dummy by default, which works offline; see cms/translation/machine_config.py),
# always behind the museum glossary.
try:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_config.machine_translator_setting(
        os.environ
    )
except machine_config.MachineTranslationConfigError as error:
    raise ImproperlyConfigured(str(error)) from error

# Background tasks (django-tasks; bulk translation of a section). TASKS_BACKEND:
# "immediate" (default) runs a task inside the request that starts it;
# "database" queues it in PostgreSQL for `manage.py db_worker` (needs the
# django-tasks-db package). See docs/translation.md, "Bulk translation".
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate").strip() or "immediate"
if TASKS_BACKEND == "immediate":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
elif TASKS_BACKEND == "database":
    try:
        import django_tasks_db  # noqa: F401
    except ImportError as error:
        raise ImproperlyConfigured(
            "TASKS_BACKEND=database needs the django-tasks-db package "
            "(pip install django-tasks-db)."
        ) from error
    INSTALLED_APPS += ["django_tasks", "django_tasks_db"]
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
else:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND must be 'immediate' or 'database', not {TASKS_BACKEND!r}."
    )

# The content API (see docs/api.md and ../shared/API.md).
API_DEFAULT_LIMIT = 20
API_MAX_LIMIT = 100
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    # The API itself is read-only; the form parsers are for wagtail-localize's
    # translation editor, whose DRF views receive each edited string as a
    # multipart PUT (without them every save there fails with 415).
    "DEFAULT_PARSER_CLASSES": [
        "rest_framework.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication"
    ],
    "DEFAULT_PERMISSION_CLASSES": ["cms.core.api.permissions.ReadOnly"],
    "DEFAULT_PAGINATION_CLASS": "cms.core.api.pagination.MuseumLimitOffsetPagination",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "cms.core.api.problems.problem_exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    # Proxies in front of the app whose X-Forwarded-For may be trusted when
    # throttling by client address; 0 means REMOTE_ADDR is the client.
    "NUM_PROXIES": env_int("API_TRUSTED_PROXIES", 0),
}
# Anonymous API clients, per address, shared across workers through the cache
# ("600/minute", "20/second"; empty turns throttling off). Signed-in users,
# the admin and the translation editor are never throttled.
API_ANONYMOUS_RATE = os.environ.get("API_ANONYMOUS_RATE", "600/minute").strip()
if API_ANONYMOUS_RATE and not re.fullmatch(
    r"[1-9][0-9]*/(s|sec|second|m|min|minute|h|hour|d|day)", API_ANONYMOUS_RATE
):
    raise ImproperlyConfigured(
        "API_ANONYMOUS_RATE must look like 600/minute (second, minute, hour "
        f"or day), not {API_ANONYMOUS_RATE!r}."
    )

# The cache: Redis when REDIS_URL is set (shared by every worker and server:
# throttling counts, rendered fragments), else this process's memory.
# "responses" holds whole public responses (cms/core/response_cache.py) under
# its own prefix, so clearing it never drops throttling counts.
if os.environ.get("REDIS_URL"):
    _prefix = os.environ.get("CACHE_KEY_PREFIX", "museum")
    CACHES = {
        alias: {
            # A Redis outage is a cache miss, not an error (cms/core/cache.py).
            "BACKEND": "cms.core.cache.ForgivingRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": prefix,
        }
        for alias, prefix in (("default", _prefix), ("responses", f"{_prefix}-r"))
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "responses": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "responses",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
    }
# Publish-aware caching of public API reads and rendered pages: on unless
# RESPONSE_CACHE=off. Entries are never purged (a publish makes them
# unreachable); they expire after RESPONSE_CACHE_TIMEOUT seconds.
_response_cache = os.environ.get("RESPONSE_CACHE", "on").strip().lower() or "on"
if _response_cache not in ("on", "off"):
    raise ImproperlyConfigured(
        f"RESPONSE_CACHE must be 'on' or 'off', not {_response_cache!r}."
    )
RESPONSE_CACHE = _response_cache == "on"
RESPONSE_CACHE_TIMEOUT = env_int("RESPONSE_CACHE_TIMEOUT", 3600)
# A CDN or proxy in front, purged on publish in every language when
# FRONTEND_CACHE_PURGE_URL (Varnish), CLOUDFLARE_* or CLOUDFRONT_* is set
# (cms/core/frontend_cache.py). Each translation's own URL is purged, so
# Wagtail's rewriting of the language prefix is off.
try:
    WAGTAILFRONTENDCACHE = museum_frontend_cache.frontend_cache_settings(os.environ)
except museum_frontend_cache.FrontendCacheConfigError as error:
    raise ImproperlyConfigured(str(error)) from error
WAGTAILFRONTENDCACHE_LANGUAGES = []
SPECTACULAR_SETTINGS = {
    "TITLE": "Museum of Moroccan Migration: content API",
    "DESCRIPTION": (
        "Exhibits, museum objects, oral histories and peer-exchange knowledge in "
        "French, Arabic, English and Standard Moroccan Tamazight."
    ),
    "VERSION": "1.0.0",
    "OAS_VERSION": "3.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "PREPROCESSING_HOOKS": ["cms.core.api.schema.only_museum_api"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "cms.core.api.schema.problem_responses",
    ],
    "ENUM_NAME_OVERRIDES": {"MediaTypeEnum": ["audio", "video"]},
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# CORS on the API only, read-only, no credentials.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# --- Headless preview (wagtail-headless-preview; docs/api.md, docs/operations.md) ---
# HEADLESS_PREVIEW_URL: a partner front end's preview page, e.g.
# https://partner.example/preview. Unset: the admin's own preview only. Set:
# previews of exhibits, stories and knowledge pages open that URL with
# ?content_type=&token=&locale=, and the front end reads the draft from
# /api/v1/preview/. The app is always installed (its table), configured only here.
INSTALLED_APPS += ["wagtail_headless_preview"]
HEADLESS_PREVIEW_URL = os.environ.get("HEADLESS_PREVIEW_URL", "").strip()
# How long (seconds) a preview token stays readable.
HEADLESS_PREVIEW_TOKEN_MAX_AGE = env_int("HEADLESS_PREVIEW_TOKEN_MAX_AGE", 3600)
if HEADLESS_PREVIEW_URL:
    WAGTAIL_HEADLESS_PREVIEW = {
        "CLIENT_URLS": {"default": HEADLESS_PREVIEW_URL},
        "ENFORCE_TRAILING_SLASH": False,
        "REDIRECT_ON_PREVIEW": os.environ.get("HEADLESS_PREVIEW_REDIRECT", "")
        .strip()
        .lower()
        in ("1", "true", "on", "yes"),
    }
# --- end of headless preview ---

# --- Content-Security-Policy (django-csp; cms/core/csp.py, docs/operations.md) ---
# The public site: scripts, styles, images, fonts and media from the site (and
# from MEDIA_URL's or STATIC_URL's origin when they are absolute), nothing
# inline unless a response carries a nonce. The admin: the same, with inline
# styles (Wagtail's widgets set style attributes) and frames from itself (page
# preview) and from HEADLESS_PREVIEW_URL's origin; inline scripts too (Wagtail's
# widgets), except on the sign-in pages.
INSTALLED_APPS += ["csp"]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "cms.core.csp.MuseumCSPMiddleware",
)
_public_csp, _admin_csp, _admin_door_csp = museum_csp.policies(
    media_url=MEDIA_URL, static_url=STATIC_URL, preview_url=HEADLESS_PREVIEW_URL
)
CONTENT_SECURITY_POLICY = {"DIRECTIVES": _public_csp}
CONTENT_SECURITY_POLICY_ADMIN = {"DIRECTIVES": _admin_csp}
CONTENT_SECURITY_POLICY_ADMIN_DOOR = {"DIRECTIVES": _admin_door_csp}
# Editors' e-mail addresses are not sent to Gravatar (and no image from it).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# --- end of Content-Security-Policy ---
