"""Audio, video and document uploads: extension and content must agree
(issue 10, ../shared/RELIABILITY.md "audio/video/document types").

Through the admin views an editor uses: real minimal files of every allowed
type are stored; a file whose content is not what its name says (an HTML
page called .mp3, a ZIP or a program called .pdf, a polyglot starting with
``<script``) is refused with a form error in the editor's language, and
neither a row nor a file is left behind."""

import io
import re
import struct
import wave
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from PIL import Image
from wagtail.documents.models import Document
from wagtail.users.models import UserProfile
from wagtailmedia.models import ALLOWED_EXTENSIONS_THUMBNAIL
from wagtailmedia.settings import wagtailmedia_settings

from cms.core import uploads
from cms.core.models import MuseumMedia
from cms.editorial.sync import collection_named, restricted_recordings_collection

pytestmark = pytest.mark.django_db

MISMATCH = (
    "This file is named .%(extension)s but its content is %(found)s, "
    "not %(expected)s. It was not saved."
)


# Minimal real files of each allowed type.


def wav():
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(8000)
        sound.writeframes(b"\x00\x00" * 800)
    return buffer.getvalue()


def mpeg_frames(count=4):
    # MPEG-1 Layer III, 128 kbit/s, 44.1 kHz: 417-byte frames.
    return (b"\xff\xfb\x90\x64" + bytes(413)) * count


def mp3_with_id3():
    title = b"\x03" + b"Entretien"
    frame = b"TIT2" + struct.pack(">I", len(title)) + b"\x00\x00" + title
    size = bytes([0, 0, len(frame) >> 7, len(frame) & 0x7F])  # synchsafe
    return b"ID3\x04\x00\x00" + size + frame + mpeg_frames()


def ftyp(major, *compatible):
    body = major + b"\x00\x00\x02\x00" + b"".join(compatible)
    return struct.pack(">I", 8 + len(body)) + b"ftyp" + body


def m4a():
    return ftyp(b"M4A ", b"M4A ", b"mp42", b"isom") + struct.pack(">I", 8) + b"mdat"


def mp4():
    return ftyp(b"isom", b"isom", b"iso2", b"avc1", b"mp41") + b"\x00\x00\x00\x08mdat"


def ogg_page(packet):
    return (
        b"OggS\x00\x02"
        + bytes(8)  # granule position
        + struct.pack("<III", 1, 0, 0)  # serial, sequence, checksum
        + bytes([1, len(packet)])
        + packet
    )


def opus():
    return ogg_page(b"OpusHead\x01\x01\x38\x01\x80\xbb\x00\x00\x00\x00\x00")


def vorbis():
    return ogg_page(b"\x01vorbis" + bytes(4) + b"\x01" + struct.pack("<I", 44100))


def flac():
    streaminfo = bytes(34)
    return b"fLaC\x80\x00\x00\x22" + streaminfo


def webm():
    header = (
        b"\x42\x86\x81\x01"  # EBMLVersion 1
        b"\x42\xf7\x81\x01"
        b"\x42\xf2\x81\x04"
        b"\x42\xf3\x81\x08"
        b"\x42\x82\x84webm"  # DocType
        b"\x42\x87\x81\x04"
        b"\x42\x85\x81\x02"
    )
    return b"\x1a\x45\xdf\xa3" + bytes([0x80 | len(header)]) + header


def pdf():
    return (
        b"%PDF-1.4\n"
        b"1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


def zip_of(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            compression = zipfile.ZIP_STORED if name == "mimetype" else None
            archive.writestr(name, content, compress_type=compression)
    return buffer.getvalue()


def ooxml(part, *extra):
    return zip_of(
        {
            "[Content_Types].xml": "<Types/>",
            "_rels/.rels": "<Relationships/>",
            part: "<document/>",
            **dict.fromkeys(extra, "x"),
        }
    )


def odt():
    return zip_of(
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "content.xml": "<office:document-content/>",
            "META-INF/manifest.xml": "<manifest/>",
        }
    )


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16)).save(buffer, format="PNG")
    return buffer.getvalue()


HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script>"
SCRIPT_POLYGLOT = b"<script>alert(1)</script>" + wav()  # a WAV after the script
WINDOWS_PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(64)
LINUX_PROGRAM = b"\x7fELF\x02\x01\x01" + bytes(57)
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

DOCUMENTS = {
    "rapport.pdf": pdf(),
    "entretien.docx": ooxml("word/document.xml"),
    "inventaire.xlsx": ooxml("xl/workbook.xml"),
    "exposition.pptx": ooxml("ppt/presentation.xml"),
    "notes.odt": odt(),
    "lettre.rtf": b"{\\rtf1\\ansi Bonjour}",
    "transcription.txt": "Bonjour ⵜⴰⵎⴰⵣⵉⵖⵜ مرحبا <b>\n".encode(),
    "objets.csv": "titre;date\nJarre;1920\nMéchoui;1950\n".encode("cp1252"),
    "objets-utf16.csv": "titre;date\nJarre;1920\n".encode("utf-16"),
}
AUDIO = {
    "entretien.mp3": mp3_with_id3(),
    "frames.mp3": mpeg_frames(),
    "entretien.m4a": m4a(),
    "entretien.ogg": vorbis(),
    "entretien.oga": vorbis(),
    "entretien.opus": opus(),
    "entretien.wav": wav(),
    "entretien.flac": flac(),
}
VIDEO = {"film.mp4": mp4(), "film.webm": webm()}


# The admin views, and what is on disk.


def stored_files():
    roots = (Path(settings.MEDIA_ROOT), Path(settings.PRIVATE_MEDIA_ROOT))
    return {path for root in roots if root.exists() for path in root.rglob("*")}


def speaking(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def page_language(response):
    """The language the admin page was rendered in (``<html lang>``)."""
    return re.search(r'<html[^>]* lang="([^"]+)"', response.content.decode()).group(1)


def expected_error(language, extension, found, expected):
    with translation.override(language):
        return gettext(MISMATCH) % {
            "extension": extension,
            "found": str(uploads.KINDS[found]),
            "expected": str(uploads.KINDS[expected]),
        }


def upload_document(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": collection_named("Documents").pk,
        },
    )


def upload_media(client, media_type, name, content, **extra):
    return client.post(
        reverse("wagtailmedia:add", args=(media_type,)),
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": restricted_recordings_collection().pk,
            **extra,
        },
    )


@pytest.fixture
def archivist(django_user_model):
    """The group that uploads interview recordings (in the restricted
    collection only)."""
    user = django_user_model.objects.create_user("archiviste", password="x")
    user.groups.add(Group.objects.get(name="Archivists"))
    return user


# Accepted.


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_allowed_document_type_is_stored(admin_client, name):
    response = upload_document(admin_client, name, DOCUMENTS[name])

    assert response.status_code == 302, response.context["form"].errors
    document = Document.objects.get(title=name)
    with document.file.open() as stored:
        assert stored.read() == DOCUMENTS[name]


@pytest.mark.parametrize(
    ("media_type", "name", "content"),
    [("audio", name, content) for name, content in AUDIO.items()]
    + [("video", name, content) for name, content in VIDEO.items()],
)
def test_every_allowed_audio_and_video_type_is_stored(
    client, archivist, media_type, name, content
):
    client.force_login(archivist)

    response = upload_media(client, media_type, name, content)

    assert response.status_code == 302, response.context["form"].errors
    media = MuseumMedia.objects.get(title=name)
    assert media.type == media_type
    assert media.file.path.startswith(str(settings.PRIVATE_MEDIA_ROOT))


def test_a_recording_with_a_png_thumbnail_is_stored(admin_client):
    response = upload_media(
        admin_client,
        "audio",
        "entretien.wav",
        wav(),
        thumbnail=SimpleUploadedFile("pochette.png", png()),
    )

    assert response.status_code == 302, response.context["form"].errors
    assert MuseumMedia.objects.get(title="entretien.wav").thumbnail


# Refused.


@pytest.mark.parametrize(
    ("name", "content", "found", "expected"),
    [
        ("rapport.pdf", zip_of({"readme.txt": "x"}), "zip", "pdf"),
        ("rapport.pdf", WINDOWS_PROGRAM, "exe", "pdf"),
        ("rapport.pdf", HTML, "html", "pdf"),
        ("notes.txt", b"  <script>alert(1)</script>", "html", "text"),
        ("objets.csv", LINUX_PROGRAM, "elf", "text"),
        (
            "entretien.docx",
            ooxml("word/document.xml", "word/vbaProject.bin"),
            "office_macros",
            "docx",
        ),
        ("entretien.docx", pdf(), "pdf", "docx"),
        ("notes.odt", zip_of({"content.xml": "<x/>"}), "zip", "odt"),
        ("lettre.rtf", SVG, "xml", "rtf"),
    ],
)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_document_whose_content_is_not_its_type_is_refused(
    client, admin_user, language, name, content, found, expected
):
    client.force_login(speaking(admin_user, language))
    rows, files = Document.objects.count(), stored_files()

    response = upload_document(client, name, content)

    assert response.status_code == 200
    assert page_language(response) == language
    extension = name.rsplit(".", 1)[1]
    message = expected_error(language, extension, found, expected)
    html = response.content.decode()
    assert escape(message) in html
    assert len(response.context["form"].errors["file"]) == 1  # that message only
    assert Document.objects.count() == rows
    assert stored_files() == files


@pytest.mark.parametrize(
    ("media_type", "name", "content", "found", "expected"),
    [
        ("audio", "entretien.mp3", HTML, "html", "mp3"),
        ("audio", "entretien.mp3", pdf(), "pdf", "mp3"),
        ("audio", "entretien.mp3", wav(), "wav", "mp3"),
        (
            "audio",
            "entretien.mp3",
            b"ID3\x04\x00\x00\x00\x00\x00\x00" + HTML,
            "unknown",
            "mp3",
        ),
        ("audio", "entretien.wav", SCRIPT_POLYGLOT, "html", "wav"),
        ("audio", "entretien.m4a", WINDOWS_PROGRAM, "exe", "mp4"),
        ("audio", "entretien.opus", flac(), "flac", "ogg"),
        ("audio", "entretien.flac", b"fLaC" + HTML, "text", "flac"),
        ("video", "film.mp4", webm(), "webm", "mp4"),
        ("video", "film.webm", SVG, "xml", "webm"),
    ],
)
@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_recording_whose_content_is_not_its_type_is_refused(
    client, archivist, language, media_type, name, content, found, expected
):
    client.force_login(speaking(archivist, language))
    rows, files = MuseumMedia.objects.count(), stored_files()

    response = upload_media(client, media_type, name, content)

    assert response.status_code == 200
    assert page_language(response) == language
    extension = name.rsplit(".", 1)[1]
    message = expected_error(language, extension, found, expected)
    assert escape(message) in response.content.decode()
    assert MuseumMedia.objects.count() == rows
    assert stored_files() == files


def test_a_thumbnail_that_is_really_svg_is_refused(admin_client):
    rows, files = MuseumMedia.objects.count(), stored_files()

    response = upload_media(
        admin_client,
        "audio",
        "entretien.wav",
        wav(),
        thumbnail=SimpleUploadedFile("pochette.png", SVG),
    )

    assert response.status_code == 200
    message = expected_error("fr", "png", "xml", "png")
    assert escape(message) in response.content.decode()
    assert MuseumMedia.objects.count() == rows
    assert stored_files() == files


def test_the_recording_chooser_of_a_story_refuses_a_disguised_file(client, archivist):
    """Choosing a story's recording, the editor can upload one from the
    chooser: the same check applies."""
    client.force_login(speaking(archivist, "fr"))
    rows, files = MuseumMedia.objects.count(), stored_files()

    response = client.post(
        reverse("wagtailmedia:chooser_upload", args=("audio",)),
        {
            "media-chooser-upload-title": "Entretien",
            "media-chooser-upload-file": SimpleUploadedFile("entretien.mp3", HTML),
            "media-chooser-upload-collection": restricted_recordings_collection().pk,
        },
    )

    assert response.status_code == 200
    assert escape(expected_error("fr", "mp3", "html", "mp3")) in response.json()["html"]
    assert MuseumMedia.objects.count() == rows
    assert stored_files() == files


def test_the_multiple_document_uploader_refuses_a_disguised_file(client, admin_user):
    client.force_login(speaking(admin_user, "fr"))
    rows, files = Document.objects.count(), stored_files()

    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {
            "files[]": SimpleUploadedFile("rapport.pdf", WINDOWS_PROGRAM),
            "collection": collection_named("Documents").pk,
        },
    )

    assert response.status_code == 200
    answer = response.json()
    assert answer["success"] is False
    assert answer["error_message"] == expected_error("fr", "pdf", "exe", "pdf")
    assert Document.objects.count() == rows
    assert stored_files() == files


def test_an_extension_outside_the_allow_list_keeps_wagtails_own_message(
    admin_client,
):
    response = upload_document(admin_client, "programme.exe", WINDOWS_PROGRAM)

    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert len(errors) == 1
    assert "exe" in errors[0]
    assert "pdf" in errors[0]  # names the extensions that are allowed


def test_every_allowed_extension_has_a_content_check():
    allowed = {
        *settings.WAGTAILDOCS_EXTENSIONS,
        *wagtailmedia_settings.AUDIO_EXTENSIONS,
        *wagtailmedia_settings.VIDEO_EXTENSIONS,
        *ALLOWED_EXTENSIONS_THUMBNAIL,
    }
    assert allowed <= set(uploads.EXPECTED)


def test_an_extension_the_table_does_not_know_is_refused_not_waved_through():
    file = SimpleUploadedFile("entretien.aac", b"\xff\xf1\x50\x80")

    with pytest.raises(uploads.ValidationError) as refused:
        uploads.check_upload(file, ["aac"])

    assert refused.value.code == "unchecked_extension"
