"""S3-compatible media against a real local S3 endpoint (moto's server mode):
an image uploaded through the admin lands in the media bucket and its
renditions are served from it, to anyone, with a long cache lifetime; a
recording lands in the private bucket, is refused to anonymous readers of the
bucket, and reaches the public only through the permission-checking view.

moto's server enforces bucket policies for anonymous requests (checked
below: a request without a signature is refused unless a policy allows it),
so the refusals asserted here are the endpoint's own."""

import io
import json
import re
import socket
import urllib.error
import urllib.request

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from moto.server import ThreadedMotoServer
from PIL import Image
from storages.backends.s3 import S3Storage
from wagtail.documents import get_document_model

from cms.core import storage_config
from cms.core.demo.seeding import demo_key
from cms.core.models import MuseumImage, MuseumMedia
from cms.core.models.media import private_media_storage
from cms.core.rights import DEFAULT_RIGHTS
from cms.exhibits.models import ExhibitPage
from cms.stories.models import StoryPage

pytestmark = pytest.mark.django_db

MEDIA_BUCKET = "museum-media"
PRIVATE_BUCKET = "museum-private"
REGION = "us-east-1"
# moto accepts any key pair; boto3 needs one to sign.
CREDENTIALS = {"access_key": "museum-test", "secret_key": "museum-test-secret"}
LANGUAGES = ["fr", "ar", "en", "zgh"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint():
    """A real HTTP S3 endpoint on the loopback, with the two buckets, the
    media bucket readable anonymously under images/ only (the policy
    docs/operations.md gives)."""
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = s3_client(endpoint)
    client.create_bucket(Bucket=MEDIA_BUCKET)
    client.create_bucket(Bucket=PRIVATE_BUCKET)
    client.put_bucket_policy(
        Bucket=MEDIA_BUCKET,
        Policy=json.dumps(storage_config.media_bucket_policy(MEDIA_BUCKET)),
    )
    yield endpoint
    server.stop()


def s3_client(endpoint):
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=CREDENTIALS["access_key"],
        aws_secret_access_key=CREDENTIALS["secret_key"],
    )


@pytest.fixture
def s3_settings(settings, s3_endpoint):
    """The project's STORAGES and MEDIA_URL for an environment naming the
    local endpoint, as cms/settings/base.py computes them."""
    storages, media_url = storage_config.apply(
        {
            "AWS_STORAGE_BUCKET_NAME": MEDIA_BUCKET,
            "AWS_PRIVATE_STORAGE_BUCKET_NAME": PRIVATE_BUCKET,
            "AWS_S3_ENDPOINT_URL": s3_endpoint,
            "AWS_S3_REGION_NAME": REGION,
        },
        settings.STORAGES,
        settings.MEDIA_URL,
    )
    for alias in ("default", storage_config.PRIVATE_STORAGE_ALIAS):
        storages[alias]["OPTIONS"].update(CREDENTIALS)
    settings.STORAGES = storages
    settings.MEDIA_URL = media_url
    return s3_client(s3_endpoint)


def anonymous_get(url, headers=None):
    """(status, headers, body) of a GET without credentials."""
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def png(width, height):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (180, 90, 40)).save(buffer, format="PNG")
    return buffer.getvalue()


def keys(client, bucket, prefix=""):
    listing = client.list_objects_v2(Bucket=bucket, Prefix=prefix)
    return [item["Key"] for item in listing.get("Contents", [])]


def test_the_storages_point_at_the_buckets(s3_settings):
    assert default_storage.bucket_name == MEDIA_BUCKET
    assert private_media_storage.bucket_name == PRIVATE_BUCKET
    assert isinstance(default_storage._wrapped, S3Storage)
    assert isinstance(private_media_storage._wrapped, S3Storage)
    assert default_storage.querystring_auth is False
    assert private_media_storage.querystring_auth is True
    assert MuseumMedia._meta.get_field("file").storage is private_media_storage


def test_an_admin_upload_goes_to_the_bucket_and_its_renditions_are_served_from_it(
    s3_settings, s3_endpoint, admin_client, client, api_client
):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Valise S3",
            "file": SimpleUploadedFile("valise-s3.png", png(900, 600), "image/png"),
            "collection": 1,
            "rights": DEFAULT_RIGHTS,
        },
    )
    assert response.status_code == 302, response.content[:500]
    image = MuseumImage.objects.get(title="Valise S3")
    assert image.file.name in keys(s3_settings, MEDIA_BUCKET, "original_images/")
    # The renditions made at upload (cms/core/signals.py) are in the bucket too.
    assert keys(s3_settings, MEDIA_BUCKET, "images/valise-s3")

    exhibit = ExhibitPage.objects.get(
        translation_key=demo_key("exhibit", "first-departures"),
        locale__language_code="fr",
    )
    exhibit.hero_image = image
    exhibit.save_revision().publish()

    page = client.get(exhibit.url)
    assert page.status_code == 200
    bucket_url = f"{s3_endpoint}/{MEDIA_BUCKET}/"
    rendition_urls = set(
        re.findall(re.escape(bucket_url) + r"images/valise-s3[^\s\"',]+", page.text)
    )
    assert rendition_urls, "the page links the hero image's renditions in the bucket"

    detail = api_client.get(
        f"/api/v1/exhibits/{exhibit.translation_key}/", {"locale": "fr"}
    )
    assert detail.status_code == 200
    api_urls = set(
        re.findall(re.escape(bucket_url) + r"images/valise-s3[^\s\"',]+", detail.text)
    )
    assert api_urls, "the API gives the renditions' bucket URLs"

    for url in sorted(rendition_urls | api_urls):
        status, headers, body = anonymous_get(url)
        assert status == 200, url
        assert headers["Cache-Control"] == storage_config.PUBLIC_CACHE_CONTROL
        with Image.open(io.BytesIO(body)) as served:
            assert served.width <= 900
    # The original is stored in the bucket but not readable by anyone.
    status, _headers, _body = anonymous_get(bucket_url + image.file.name)
    assert status == 403


def test_a_document_in_the_media_bucket_is_not_readable_there(s3_settings, s3_endpoint):
    document = get_document_model().objects.create(
        title="Rapport S3",
        file=ContentFile(b"%PDF-1.4\n% rapport\n", name="rapport-s3.pdf"),
    )
    assert document.file.name in keys(s3_settings, MEDIA_BUCKET, "documents/")

    status, _headers, _body = anonymous_get(
        f"{s3_endpoint}/{MEDIA_BUCKET}/{document.file.name}"
    )

    assert status == 403
    assert document.url.startswith("/documents/")


MP3 = b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + bytes(4000)


def recording(name):
    media = MuseumMedia(title=name, type="audio", duration=1)
    media.file.save(f"{name}.mp3", ContentFile(MP3), save=False)
    media.save()
    return media


def story(name, code="fr"):
    return StoryPage.objects.get(
        translation_key=demo_key("story", name), locale__language_code=code
    )


def test_a_restricted_recording_never_has_a_public_url(
    s3_settings, s3_endpoint, client, api_client, admin_client
):
    media = recording("canary-s3-restricted")
    key = media.file.name
    assert key.startswith("recordings/canary-s3-restricted")
    assert key in keys(s3_settings, PRIVATE_BUCKET, "recordings/")
    assert key not in keys(s3_settings, MEDIA_BUCKET)
    restricted = story("ahmed-dusseldorf")
    StoryPage.objects.filter(translation_key=restricted.translation_key).update(
        recording=media
    )

    # The bucket refuses a request without a signature.
    status, _headers, body = anonymous_get(f"{s3_endpoint}/{PRIVATE_BUCKET}/{key}")
    assert status == 403
    assert MP3 not in body
    # Whatever asks the storage for a URL gets a signed, short-lived one.
    signed = private_media_storage.url(key)
    assert "X-Amz-Signature=" in signed
    assert f"X-Amz-Expires={storage_config.DEFAULT_SIGNED_URL_SECONDS}" in signed
    # The app's URL is the permission-checking view's.
    assert media.url == reverse("media_file", args=(media.pk, media.filename))

    answers = [client.get(media.url), api_client.get("/api/v1/stories/")]
    for code in LANGUAGES:
        version = story("ahmed-dusseldorf", code)
        answers.append(client.get(version.url))
        answers.append(
            api_client.get(
                f"/api/v1/stories/{version.translation_key}/", {"locale": code}
            )
        )
    assert answers[0].status_code == 404
    for answer in answers:
        text = (
            b"".join(answer.streaming_content) if answer.streaming else answer.content
        )
        for secret in (key.encode(), PRIVATE_BUCKET.encode(), s3_endpoint.encode()):
            assert secret not in text, (answer.wsgi_request.path, secret)

    # An editor gets it, streamed from the private bucket, ranges included.
    allowed = admin_client.get(media.url)
    assert allowed.status_code == 200
    assert b"".join(allowed.streaming_content) == MP3
    assert allowed["Cache-Control"] == "private, no-store"
    partial = admin_client.get(media.url, HTTP_RANGE="bytes=0-13")
    assert partial.status_code == 206
    assert b"".join(partial.streaming_content) == MP3[:14]


def test_a_public_recording_is_streamed_from_the_private_bucket_through_the_view(
    s3_settings, s3_endpoint, client
):
    media = recording("public-s3")
    public = story("fatima-gennevilliers")
    StoryPage.objects.filter(translation_key=public.translation_key).update(
        recording=media
    )

    page = client.get(public.url)
    assert page.status_code == 200
    assert f'src="{media.url}"' in page.text
    assert s3_endpoint not in page.text

    response = client.get(media.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == MP3
    status, _headers, _body = anonymous_get(
        f"{s3_endpoint}/{PRIVATE_BUCKET}/{media.file.name}"
    )
    assert status == 403


def content(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def test_a_range_of_a_recording_is_asked_of_the_bucket_alone(s3_settings, admin_client):
    """A media player seeking in a long interview gets the bytes it asks for
    at once: the view asks the bucket for that range only (a ranged GET),
    never for the whole recording, and streams it."""
    data = bytes(range(256)) * 8192  # 2 MiB
    size = len(data)
    media = MuseumMedia(title="long interview", type="audio", duration=600)
    media.file.save("long-interview.mp3", ContentFile(data), save=False)
    media.save()
    asked = []

    def record(params, **kwargs):
        asked.append(params.get("Range"))

    events = private_media_storage.connection.meta.client.meta.events
    events.register("provide-client-params.s3.GetObject", record)
    try:
        middle = admin_client.get(media.url, HTTP_RANGE="bytes=1000000-1000099")
        last = admin_client.get(media.url, HTTP_RANGE="bytes=-500")
        rest = admin_client.get(media.url, HTTP_RANGE="bytes=2000000-")
        whole = admin_client.get(media.url)
        beyond = admin_client.get(media.url, HTTP_RANGE=f"bytes={size}-")
        head = admin_client.head(media.url, HTTP_RANGE="bytes=0-99")
    finally:
        events.unregister("provide-client-params.s3.GetObject", record)

    for response, start, end in (
        (middle, 1000000, 1000099),
        (last, size - 500, size - 1),
        (rest, 2000000, size - 1),
    ):
        assert response.status_code == 206
        assert response["Content-Range"] == f"bytes {start}-{end}/{size}"
        assert response["Content-Length"] == str(end - start + 1)
        assert content(response) == data[start : end + 1]
    assert whole.status_code == 200
    assert whole["Content-Length"] == str(size)
    assert content(whole) == data
    assert beyond.status_code == 416
    assert beyond["Content-Range"] == f"bytes */{size}"
    assert head.status_code == 206
    assert head["Content-Length"] == "100"
    # What the bucket was asked: each range alone, the whole object once (the
    # full read), nothing for the refused range or the HEAD.
    assert asked == [
        "bytes=1000000-1000099",
        f"bytes={size - 500}-{size - 1}",
        f"bytes=2000000-{size - 1}",
        None,
    ]
