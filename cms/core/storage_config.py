"""Where uploaded files live, chosen from the environment.

Unset (the default): images, renditions and documents in ``MEDIA_ROOT``,
recordings in ``PRIVATE_MEDIA_ROOT`` (cms/core/models/media.py).

``AWS_STORAGE_BUCKET_NAME`` set: S3-compatible object storage through
django-storages, in two buckets:

- the **media bucket** (``AWS_STORAGE_BUCKET_NAME``): images, renditions,
  documents and recording thumbnails. Renditions are linked directly
  (``MEDIA_URL`` is the bucket's address, or ``AWS_S3_CUSTOM_DOMAIN`` for a
  CDN or proxy in front of it, with ``AWS_S3_URL_PROTOCOL``), unsigned, with a one-year ``Cache-Control``: every
  upload gets a new name (never overwritten) and a rendition's name carries
  its filter and focal point, so a stored URL never changes content.
  Documents are stored here too but always served through Wagtail's view
  (the visibility rule): the bucket policy makes ``images/`` readable to
  anyone and nothing else (docs/operations.md, "Scaling out").
- the **private bucket** (``AWS_PRIVATE_STORAGE_BUCKET_NAME``, required
  with the first one, and different from it): oral-history recordings. Never
  readable anonymously; the app streams them through the permission-checking
  view (``cms.core.views.media_file``), and the storage's own URLs, should
  anything ask for one, are signed and expire after
  ``PRIVATE_MEDIA_URL_EXPIRE`` seconds (default 300).

Amazon S3 needs ``AWS_S3_REGION_NAME``; any other service (MinIO, Cloudflare
R2, Scaleway, OVH…) needs ``AWS_S3_ENDPOINT_URL`` (and usually a region such
as ``auto`` or ``us-east-1``). Credentials come from ``AWS_ACCESS_KEY_ID`` and
``AWS_SECRET_ACCESS_KEY`` or from the machine's role (boto3 looks them up
itself; they are never copied into the settings).

A half-configured environment fails at start-up with one line naming what is
missing or wrong (:class:`StorageConfigError`, turned into
``ImproperlyConfigured`` by the settings).
"""

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

S3_BACKEND = "storages.backends.s3.S3Storage"
PRIVATE_STORAGE_ALIAS = "private"
# Renditions and originals never change under a name (see the docstring).
PUBLIC_CACHE_CONTROL = "public, max-age=31536000, immutable"
PRIVATE_CACHE_CONTROL = "private, no-store"
DEFAULT_SIGNED_URL_SECONDS = 300
MAX_SIGNED_URL_SECONDS = 3600
# Larger objects read by the app (a recording streamed through the view) are
# spooled to a temporary file instead of memory.
MAX_MEMORY_SIZE = 5 * 1024 * 1024

BUCKET_NAME = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
# A CDN or proxy address without scheme: host, optional port, optional path.
CUSTOM_DOMAIN = re.compile(r"^[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~-]+)*$")


class StorageConfigError(ValueError):
    """A half-configured or invalid S3 environment (one line)."""


@dataclass(frozen=True)
class S3Media:
    """What the settings take from an S3 configuration."""

    default: dict
    private: dict
    media_url: str


def _get(environ, name: str) -> str:
    return (environ.get(name) or "").strip()


def _bucket(environ, name: str) -> str:
    value = _get(environ, name)
    if value and not BUCKET_NAME.match(value):
        raise StorageConfigError(
            f"{name} must be an S3 bucket name (3 to 63 lower-case letters, "
            f"digits, dots or hyphens), not {value!r}."
        )
    return value


def _endpoint(environ) -> str:
    value = _get(environ, "AWS_S3_ENDPOINT_URL")
    if not value:
        return ""
    parts = urlsplit(value)
    if (
        parts.scheme not in ("http", "https")
        or not parts.hostname
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
        or parts.username
    ):
        raise StorageConfigError(
            "AWS_S3_ENDPOINT_URL must be the http(s) address of the S3 service, "
            f"such as https://minio.example:9000, not {_shown(parts)!r}."
        )
    try:
        parts.port  # noqa: B018 - raises on a port out of range
    except ValueError as error:
        raise StorageConfigError(
            f"AWS_S3_ENDPOINT_URL has an invalid port: {_shown(parts)!r}."
        ) from error
    return value.rstrip("/")


def _shown(parts) -> str:
    """A URL as an error message may show it: without any user or password."""
    netloc = parts.netloc.rpartition("@")[2]
    return parts._replace(netloc=netloc).geturl()


def _signed_url_seconds(environ) -> int:
    value = _get(environ, "PRIVATE_MEDIA_URL_EXPIRE")
    if not value:
        return DEFAULT_SIGNED_URL_SECONDS
    if not value.isdigit() or not 1 <= int(value) <= MAX_SIGNED_URL_SECONDS:
        raise StorageConfigError(
            "PRIVATE_MEDIA_URL_EXPIRE must be a number of seconds from 1 to "
            f"{MAX_SIGNED_URL_SECONDS}, not {value!r}."
        )
    return int(value)


def s3_media(environ) -> S3Media | None:
    """The storages for S3-compatible media, or None when the environment
    asks for none (files on the local disk). Raises StorageConfigError."""
    bucket = _bucket(environ, "AWS_STORAGE_BUCKET_NAME")
    private_bucket = _bucket(environ, "AWS_PRIVATE_STORAGE_BUCKET_NAME")
    endpoint = _endpoint(environ)
    region = _get(environ, "AWS_S3_REGION_NAME")
    custom_domain = _get(environ, "AWS_S3_CUSTOM_DOMAIN")

    if not bucket:
        stray = [
            name
            for name in (
                "AWS_PRIVATE_STORAGE_BUCKET_NAME",
                "AWS_S3_ENDPOINT_URL",
                "AWS_S3_CUSTOM_DOMAIN",
            )
            if _get(environ, name)
        ]
        if stray:
            raise StorageConfigError(
                f"{stray[0]} is set but AWS_STORAGE_BUCKET_NAME is not: set both "
                "for S3 media, or neither for files on the local disk."
            )
        return None
    if not private_bucket:
        raise StorageConfigError(
            "AWS_STORAGE_BUCKET_NAME is set but AWS_PRIVATE_STORAGE_BUCKET_NAME is "
            "not: restricted recordings need a private bucket of their own."
        )
    if private_bucket == bucket:
        raise StorageConfigError(
            "AWS_PRIVATE_STORAGE_BUCKET_NAME must differ from "
            "AWS_STORAGE_BUCKET_NAME: recordings never share the public bucket."
        )
    if not endpoint and not region:
        raise StorageConfigError(
            "AWS_STORAGE_BUCKET_NAME is set but neither AWS_S3_ENDPOINT_URL (MinIO, "
            "R2 or another S3-compatible service) nor AWS_S3_REGION_NAME "
            "(Amazon S3) is."
        )
    if bool(_get(environ, "AWS_ACCESS_KEY_ID")) != bool(
        _get(environ, "AWS_SECRET_ACCESS_KEY")
    ):
        raise StorageConfigError(
            "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY go together: set both, "
            "or neither to use the machine's role."
        )
    if custom_domain and not CUSTOM_DOMAIN.match(custom_domain):
        raise StorageConfigError(
            "AWS_S3_CUSTOM_DOMAIN must be a host name such as media.museum.example, "
            "optionally with a port and path (localhost:8080/media), without "
            f"scheme, not {custom_domain!r}."
        )
    url_protocol = _get(environ, "AWS_S3_URL_PROTOCOL") or "https:"
    if url_protocol not in ("https:", "http:"):
        raise StorageConfigError(
            f"AWS_S3_URL_PROTOCOL must be 'https:' or 'http:', not {url_protocol!r}."
        )
    addressing_style = _get(environ, "AWS_S3_ADDRESSING_STYLE") or (
        "path" if endpoint else "auto"
    )
    if addressing_style not in ("path", "virtual", "auto"):
        raise StorageConfigError(
            "AWS_S3_ADDRESSING_STYLE must be 'path', 'virtual' or 'auto', not "
            f"{addressing_style!r}."
        )

    common = {
        "endpoint_url": endpoint or None,
        "region_name": region or None,
        "addressing_style": addressing_style,
        "signature_version": "s3v4",
        "file_overwrite": False,
        "default_acl": None,
        "max_memory_size": MAX_MEMORY_SIZE,
    }
    default = {
        "BACKEND": S3_BACKEND,
        "OPTIONS": {
            **common,
            "bucket_name": bucket,
            "querystring_auth": False,
            "custom_domain": custom_domain or None,
            "url_protocol": url_protocol,
            "object_parameters": {"CacheControl": PUBLIC_CACHE_CONTROL},
        },
    }
    private = {
        "BACKEND": S3_BACKEND,
        "OPTIONS": {
            **common,
            "bucket_name": private_bucket,
            "querystring_auth": True,
            "querystring_expire": _signed_url_seconds(environ),
            # Signed URLs only: a CDN domain would make them unsigned.
            "custom_domain": None,
            "object_parameters": {"CacheControl": PRIVATE_CACHE_CONTROL},
        },
    }
    if custom_domain:
        media_url = f"{url_protocol}//{custom_domain}/"
    elif endpoint:
        media_url = (
            f"{endpoint}/{bucket}/"
            if addressing_style != "virtual"
            else _virtual_host_url(endpoint, bucket)
        )
    else:
        media_url = f"https://{bucket}.s3.{region}.amazonaws.com/"
    return S3Media(default=default, private=private, media_url=media_url)


def _virtual_host_url(endpoint: str, bucket: str) -> str:
    parts = urlsplit(endpoint)
    return f"{parts.scheme}://{bucket}.{parts.netloc}/"


def apply(environ, storages: dict, media_url: str) -> tuple[dict, str]:
    """``(STORAGES, MEDIA_URL)`` for the environment: ``storages`` and
    ``media_url`` unchanged without S3, else with the media and private
    buckets. Raises StorageConfigError."""
    s3 = s3_media(environ)
    if s3 is None:
        return storages, media_url
    return (
        {**storages, "default": s3.default, PRIVATE_STORAGE_ALIAS: s3.private},
        s3.media_url,
    )


def media_bucket_policy(bucket: str) -> dict:
    """The media bucket's policy: anyone may read renditions (``images/``),
    nothing else. Originals, documents and thumbnails stay readable by the
    app's credentials only (documents are served through Wagtail's view)."""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PublicRenditions",
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{bucket}/images/*",
            }
        ],
    }
