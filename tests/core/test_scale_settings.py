"""Backends chosen from the environment (issue 11): S3-compatible media,
Wagtail's search backend and the front-end cache; half-configured
environments refuse to start with one line naming what is wrong.

The settings are imported in a fresh interpreter with only the given
environment, as a server would start (tests/core/test_project.py does the
same for the production settings)."""

import json

import pytest

from cms.core import search_config, storage_config
from tests.core.test_project import run_with_production_settings

MINIO = {
    "AWS_STORAGE_BUCKET_NAME": "museum-media",
    "AWS_PRIVATE_STORAGE_BUCKET_NAME": "museum-private",
    "AWS_S3_ENDPOINT_URL": "http://minio:9000",
    "AWS_S3_REGION_NAME": "us-east-1",
    "AWS_ACCESS_KEY_ID": "museum",
    "AWS_SECRET_ACCESS_KEY": "museum-secret",
}
SHOW = (
    "import json, django; django.setup(); from django.conf import settings; "
    "print(json.dumps({'storages': settings.STORAGES, 'media_url': settings.MEDIA_URL,"
    " 'search': settings.WAGTAILSEARCH_BACKENDS,"
    " 'frontend_cache': getattr(settings, 'WAGTAILFRONTENDCACHE', None),"
    " 'apps': settings.INSTALLED_APPS,"
    " 'img_src': settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']}))"
)


def run_settings(code=SHOW, **environment):
    return run_with_production_settings(code, **environment)


def loaded(**environment):
    result = run_settings(**environment)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def refusal(**environment):
    """The last line of a start-up that must fail."""
    result = run_settings("import django; django.setup()", **environment)
    assert result.returncode != 0, result.stdout
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("django.core.exceptions.ImproperlyConfigured: "), last
    return last


# --- media storage ---------------------------------------------------------


def test_without_a_bucket_files_stay_on_the_local_disk():
    settings = loaded()
    assert settings["storages"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert "private" not in settings["storages"]
    assert settings["media_url"] == "/media/"


def test_a_bucket_and_its_endpoint_select_s3_with_a_private_bucket():
    settings = loaded(**MINIO)
    default = settings["storages"]["default"]
    private = settings["storages"]["private"]
    assert default["BACKEND"] == private["BACKEND"] == "storages.backends.s3.S3Storage"
    assert default["OPTIONS"]["bucket_name"] == "museum-media"
    assert default["OPTIONS"]["endpoint_url"] == "http://minio:9000"
    assert default["OPTIONS"]["querystring_auth"] is False
    assert default["OPTIONS"]["file_overwrite"] is False
    assert default["OPTIONS"]["object_parameters"] == {
        "CacheControl": "public, max-age=31536000, immutable"
    }
    assert private["OPTIONS"]["bucket_name"] == "museum-private"
    assert private["OPTIONS"]["querystring_auth"] is True
    assert private["OPTIONS"]["querystring_expire"] == 300
    assert private["OPTIONS"]["custom_domain"] is None
    # Credentials stay in the environment, never in the settings.
    assert "museum-secret" not in json.dumps(settings)
    # Renditions are linked at the bucket, which the CSP allows (and only it).
    assert settings["media_url"] == "http://minio:9000/museum-media/"
    assert "http://minio:9000" in settings["img_src"]
    # The static files keep their own storage.
    assert settings["storages"]["staticfiles"]["BACKEND"].startswith("whitenoise")


def test_amazon_s3_needs_only_a_region_and_a_cdn_domain_becomes_the_media_url():
    settings = loaded(
        AWS_STORAGE_BUCKET_NAME="museum-media",
        AWS_PRIVATE_STORAGE_BUCKET_NAME="museum-private",
        AWS_S3_REGION_NAME="eu-west-3",
    )
    assert settings["storages"]["default"]["OPTIONS"]["endpoint_url"] is None
    assert settings["media_url"] == "https://museum-media.s3.eu-west-3.amazonaws.com/"

    settings = loaded(**MINIO, AWS_S3_CUSTOM_DOMAIN="media.museum.example")
    assert settings["media_url"] == "https://media.museum.example/"
    assert "https://media.museum.example" in settings["img_src"]
    assert settings["storages"]["private"]["OPTIONS"]["custom_domain"] is None

    # A proxy path on the site itself (compose.yaml's nginx), over plain HTTP.
    settings = loaded(
        **MINIO,
        AWS_S3_CUSTOM_DOMAIN="localhost:8080/media",
        AWS_S3_URL_PROTOCOL="http:",
    )
    assert settings["media_url"] == "http://localhost:8080/media/"


@pytest.mark.parametrize(
    ("environment", "named"),
    [
        # A bucket without an endpoint (nor an Amazon region).
        (
            {**MINIO, "AWS_S3_ENDPOINT_URL": None, "AWS_S3_REGION_NAME": None},
            "AWS_S3_ENDPOINT_URL",
        ),
        # The public bucket without the private one.
        (
            {**MINIO, "AWS_PRIVATE_STORAGE_BUCKET_NAME": None},
            "AWS_PRIVATE_STORAGE_BUCKET_NAME",
        ),
        # The private bucket without the public one.
        ({**MINIO, "AWS_STORAGE_BUCKET_NAME": None}, "AWS_STORAGE_BUCKET_NAME"),
        # One bucket for both.
        (
            {**MINIO, "AWS_PRIVATE_STORAGE_BUCKET_NAME": "museum-media"},
            "AWS_PRIVATE_STORAGE_BUCKET_NAME must differ",
        ),
        # Invalid URLs.
        ({**MINIO, "AWS_S3_ENDPOINT_URL": "minio:9000"}, "AWS_S3_ENDPOINT_URL"),
        ({**MINIO, "AWS_S3_ENDPOINT_URL": "ftp://minio:9000"}, "AWS_S3_ENDPOINT_URL"),
        (
            {**MINIO, "AWS_S3_ENDPOINT_URL": "http://minio:99999"},
            "AWS_S3_ENDPOINT_URL",
        ),
        (
            {**MINIO, "AWS_S3_ENDPOINT_URL": "http://minio:9000/museum-media"},
            "AWS_S3_ENDPOINT_URL",
        ),
        (
            {**MINIO, "AWS_STORAGE_BUCKET_NAME": "Museum_Media"},
            "AWS_STORAGE_BUCKET_NAME",
        ),
        (
            {**MINIO, "AWS_S3_CUSTOM_DOMAIN": "https://media.museum.example/"},
            "AWS_S3_CUSTOM_DOMAIN",
        ),
        ({**MINIO, "AWS_S3_URL_PROTOCOL": "ftp:"}, "AWS_S3_URL_PROTOCOL"),
        # Half a key pair.
        ({**MINIO, "AWS_SECRET_ACCESS_KEY": None}, "AWS_SECRET_ACCESS_KEY"),
        ({**MINIO, "PRIVATE_MEDIA_URL_EXPIRE": "86400"}, "PRIVATE_MEDIA_URL_EXPIRE"),
    ],
)
def test_half_configured_s3_refuses_to_start_with_one_line(environment, named):
    assert named in refusal(**environment)


def test_the_base_settings_refuse_a_half_configuration_too():
    last = refusal(
        DJANGO_SETTINGS_MODULE="cms.settings.base",
        AWS_STORAGE_BUCKET_NAME="museum-media",
        AWS_PRIVATE_STORAGE_BUCKET_NAME="museum-private",
    )
    assert "AWS_S3_ENDPOINT_URL" in last
    assert "AWS_S3_REGION_NAME" in last


def test_an_invalid_endpoint_is_not_echoed_with_its_credentials():
    with pytest.raises(storage_config.StorageConfigError) as error:
        storage_config.s3_media(
            {**MINIO, "AWS_S3_ENDPOINT_URL": "http://key:hunter2@minio"}
        )
    assert "AWS_S3_ENDPOINT_URL" in str(error.value)
    assert "hunter2" not in str(error.value)


# --- search ----------------------------------------------------------------


def test_search_is_postgresql_unless_search_url_is_set():
    assert loaded()["search"] == {
        "default": {"BACKEND": "wagtail.search.backends.database"}
    }


@pytest.mark.parametrize(
    ("engine", "backend"),
    [
        (None, "wagtail.search.backends.elasticsearch9"),
        ("elasticsearch8", "wagtail.search.backends.elasticsearch8"),
        ("opensearch3", "wagtail.search.backends.opensearch3"),
        ("OpenSearch2", "wagtail.search.backends.opensearch2"),
    ],
)
def test_search_url_selects_elasticsearch_or_opensearch(engine, backend):
    environment = {"SEARCH_URL": "https://search.example:9200"}
    if engine:
        environment["SEARCH_BACKEND"] = engine
    selected = search_config.search_backends(environment, check_client=False)
    assert selected["default"]["BACKEND"] == backend
    assert selected["default"]["URLS"] == ["https://search.example:9200"]
    assert selected["default"]["INDEX_PREFIX"] == "museum_"


def test_search_url_without_its_client_package_refuses_to_start():
    # Neither client is a requirement of the project (docs/operations.md).
    import importlib.util

    assert importlib.util.find_spec("elasticsearch") is None
    last = refusal(SEARCH_URL="http://search:9200")
    assert "pip install 'elasticsearch>=9,<10'" in last


@pytest.mark.parametrize(
    ("environment", "named"),
    [
        ({"SEARCH_URL": "search:9200"}, "SEARCH_URL"),
        ({"SEARCH_URL": "http://search:9200", "SEARCH_BACKEND": "solr"}, "solr"),
        ({"SEARCH_BACKEND": "opensearch3"}, "SEARCH_URL is not set"),
    ],
)
def test_invalid_search_settings_refuse_to_start(environment, named):
    assert named in refusal(**environment)


def test_a_refused_search_url_does_not_echo_its_password():
    with pytest.raises(search_config.SearchConfigError) as error:
        search_config.search_backends({"SEARCH_URL": "ftp://user:hunter2@search"})
    assert "hunter2" not in str(error.value)


# --- front-end cache ---------------------------------------------------------


def test_a_purge_url_selects_the_http_purge_backend_and_a_half_cloudflare_fails():
    assert loaded()["frontend_cache"] is None
    selected = loaded(FRONTEND_CACHE_PURGE_URL="http://varnish:6081")
    assert selected["frontend_cache"] == {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://varnish:6081",
        }
    }
    assert "CLOUDFLARE_API_TOKEN" in refusal(CLOUDFLARE_ZONE_ID="zone")
