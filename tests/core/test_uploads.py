"""Uploads an editor can make, and what the public gets back (issue 10):
decompression bombs and SVG refused with a form error, documents always
downloaded, never rendered by the browser."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.models import Locale

from cms.core.models import MuseumImage
from cms.core.rights import DEFAULT_RIGHTS
from cms.knowledge.models import KnowledgePage

pytestmark = pytest.mark.django_db


def png(width, height, mode="1"):
    buffer = io.BytesIO()
    Image.new(mode, (width, height)).save(buffer, format="PNG")
    return buffer.getvalue()


def upload_image(admin_client, name, content, content_type):
    return admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": name,
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "collection": 1,
            "rights": DEFAULT_RIGHTS,
        },
    )


def form_errors(response):
    return " ".join(
        str(error)
        for errors in response.context["form"].errors.values()
        for error in errors
    )


@pytest.mark.parametrize(
    "side",
    [
        9_000,  # 81 megapixels: over the museum's limit, under Pillow's own
        20_000,  # 400 megapixels: Pillow refuses to open it at all
    ],
)
def test_a_decompression_bomb_is_refused_with_a_form_error(admin_client, side):
    bomb = png(side, side)  # a few kilobytes on disk
    assert len(bomb) < 200_000
    before = MuseumImage.objects.count()

    response = upload_image(admin_client, "bomb.png", bomb, "image/png")

    assert response.status_code == 200
    assert "pixels" in form_errors(response).lower()
    assert MuseumImage.objects.count() == before


def test_an_svg_is_not_accepted_as_an_image(admin_client):
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
        b"<script>alert(1)</script></svg>"
    )
    before = MuseumImage.objects.count()

    response = upload_image(admin_client, "drawing.svg", svg, "image/svg+xml")

    assert response.status_code == 200
    errors = form_errors(response).upper()
    assert "PNG" in errors  # the formats that are accepted, SVG not among them
    assert "SVG" not in errors
    assert MuseumImage.objects.count() == before


def test_an_ordinary_photograph_is_accepted(admin_client):
    response = upload_image(
        admin_client, "photo.png", png(640, 480, "RGB"), "image/png"
    )

    assert response.status_code == 302
    assert MuseumImage.objects.filter(title="photo.png").exists()


def test_documents_are_downloaded_never_shown_inline(client):
    page = KnowledgePage.objects.filter(
        locale=Locale.objects.get(language_code="fr")
    ).first()
    document = page.attachments.first().document

    response = client.get(document.url)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
