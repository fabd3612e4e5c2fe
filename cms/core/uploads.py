"""What an uploaded file really is, and whether that agrees with its name.

Wagtail and wagtailmedia check an upload's extension only: an HTML page, a
script or a program renamed ``interview.mp3`` or ``report.pdf`` is stored and
served. Here a small table of signatures (pure Python, no libmagic) says what
the first bytes of a file look like (``sniff``), and ``check_upload`` refuses
a file whose content is not what its extension promises, with a message in
the editor's language naming both.

Wired in through the form bases Wagtail and wagtailmedia let a project
choose (``WAGTAILDOCS_DOCUMENT_FORM_BASE`` and ``WAGTAILMEDIA["MEDIA_FORM_BASE"]``),
so every way an editor uploads a document or a recording (add, edit, the
chooser's upload tab, the multiple uploader) goes through it; a refused file
is never saved.
"""

import struct
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtailmedia.forms import BaseMediaForm
from wagtailmedia.models import ALLOWED_EXTENSIONS_THUMBNAIL
from wagtailmedia.settings import wagtailmedia_settings

HEAD_SIZE = 8 * 1024

# What a file's content can be recognised as, and how an error message names it.
KINDS = {
    "mp3": _("MP3 audio"),
    "mp4": _("an MP4 or M4A file"),
    "ogg": _("an Ogg file"),
    "wav": _("WAV audio"),
    "flac": _("FLAC audio"),
    "webm": _("a WebM video"),
    "matroska": _("a Matroska (MKV) video"),
    "pdf": _("a PDF document"),
    "docx": _("a Word document (DOCX)"),
    "xlsx": _("an Excel spreadsheet (XLSX)"),
    "pptx": _("a PowerPoint presentation (PPTX)"),
    "odt": _("an OpenDocument text (ODT)"),
    "office_macros": _("an Office document with macros"),
    "ole": _("an old Microsoft Office file (DOC, XLS or PPT)"),
    "zip": _("a ZIP archive"),
    "rtf": _("an RTF document"),
    "png": _("a PNG image"),
    "jpeg": _("a JPEG image"),
    "gif": _("a GIF image"),
    "webp": _("a WebP image"),
    "heif": _("an AVIF or HEIF image"),
    "html": _("an HTML page or script"),
    "xml": _("an XML or SVG file"),
    "exe": _("a Windows program"),
    "elf": _("a Linux program"),
    "text": _("plain text"),
    "unknown": _("data of an unknown type"),
}

# The allow-list: each extension the project accepts, and the content it must
# have (the first kind names what was expected in an error message).
EXPECTED = {
    # Audio (WAGTAILMEDIA["AUDIO_EXTENSIONS"]).
    "mp3": ("mp3",),
    "m4a": ("mp4",),
    "ogg": ("ogg",),
    "oga": ("ogg",),
    "opus": ("ogg",),
    "wav": ("wav",),
    "flac": ("flac",),
    # Video (WAGTAILMEDIA["VIDEO_EXTENSIONS"]).
    "mp4": ("mp4",),
    "webm": ("webm",),
    # Documents (WAGTAILDOCS_EXTENSIONS).
    "pdf": ("pdf",),
    "docx": ("docx",),
    "xlsx": ("xlsx",),
    "pptx": ("pptx",),
    "odt": ("odt",),
    "rtf": ("rtf",),
    "txt": ("text",),
    "csv": ("text",),
    # Thumbnails of audio and video (wagtailmedia's ALLOWED_EXTENSIONS_THUMBNAIL).
    "gif": ("gif",),
    "jpg": ("jpeg",),
    "jpeg": ("jpeg",),
    "png": ("png",),
    "webp": ("webp",),
}

# What browsers take for HTML when they sniff (WHATWG MIME Sniffing, 7.1), and
# the XML that can carry script (SVG).
HTML_STARTS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<script",
    b"<iframe",
    b"<h1",
    b"<div",
    b"<font",
    b"<table",
    b"<a",
    b"<style",
    b"<title",
    b"<b",
    b"<body",
    b"<br",
    b"<p",
    b"<!--",
    b"<object",
    b"<embed",
    b"<img",
    b"<meta",
    b"<link",
    b"<form",
)
XML_STARTS = (b"<?xml", b"<svg", b"<!doctype svg", b"<!entity", b"<!doctype")
TAG_ENDS = b" \t\n\r\f>/"
TEXT_CONTROLS = set(range(32)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1A, 0x1B}


def extension_of(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _is_mpeg_frame(header: bytes) -> bool:
    """An MPEG audio frame header: sync bits, and no reserved version, layer,
    bit rate or sample rate."""
    if len(header) < 4 or header[0] != 0xFF or header[1] & 0xE0 != 0xE0:
        return False
    version = (header[1] >> 3) & 0b11
    layer = (header[1] >> 1) & 0b11
    bitrate = header[2] >> 4
    sample_rate = (header[2] >> 2) & 0b11
    return (
        version != 0b01 and layer != 0b00 and bitrate != 0b1111 and sample_rate != 0b11
    )


def _id3_end(head: bytes) -> int | None:
    """Where an ID3v2 tag at the start ends, or None if there is none."""
    if len(head) < 10 or not head.startswith(b"ID3") or head[3] not in (2, 3, 4):
        return None
    size_bytes = head[6:10]
    if any(byte & 0x80 for byte in size_bytes):
        return None  # the size is "synchsafe": 7 bits a byte
    size = 0
    for byte in size_bytes:
        size = size << 7 | byte
    footer = 10 if head[5] & 0x10 else 0
    return 10 + size + footer


def _after_id3(file, offset: int) -> str:
    """What follows an ID3 tag: MPEG frames (MP3) or a FLAC stream."""
    file.seek(offset)
    following = file.read(4096).lstrip(b"\x00")  # padding some taggers add
    if _is_mpeg_frame(following):
        return "mp3"
    if following.startswith(b"fLaC"):
        return "flac"
    return "unknown"


def _zip_kind(file) -> str:
    """An office document is a ZIP archive whose entries say which one."""
    try:
        with zipfile.ZipFile(file) as archive:
            names = archive.namelist()
            if "mimetype" in names and archive.getinfo("mimetype").file_size < 100:
                mimetype = archive.read("mimetype").strip()
                if mimetype == b"application/vnd.oasis.opendocument.text":
                    return "odt"
                return "zip"
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError):
        return "zip"
    if "[Content_Types].xml" not in names:
        return "zip"
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        return "office_macros"
    for prefix, kind in (("word/", "docx"), ("xl/", "xlsx"), ("ppt/", "pptx")):
        if any(name.startswith(prefix) for name in names):
            return kind
    return "zip"


def _markup_kind(head: bytes) -> str | None:
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\n\r\f").lower()
    for prefixes, kind in ((HTML_STARTS, "html"), (XML_STARTS, "xml")):
        for prefix in prefixes:
            if start.startswith(prefix) and (
                len(start) == len(prefix) or start[len(prefix)] in TAG_ENDS
            ):
                return kind
    return None


def _is_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte order mark
        try:
            head[2 : len(head) - len(head) % 2].decode("utf-16")
        except UnicodeDecodeError:
            return False
        return True
    return bool(head) and not any(byte in TEXT_CONTROLS for byte in head)


def sniff(file) -> str:
    """The kind of content (a key of KINDS) of a seekable binary file, from
    its first bytes (and, for ZIP archives, their list of entries)."""
    try:
        file.seek(0)
        head = file.read(HEAD_SIZE)
        return _sniff(file, head)
    finally:
        file.seek(0)


def _sniff(file, head: bytes) -> str:
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(file)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head[:4] in (b"RIFF", b"RF64") and head[8:12] == b"WAVE":
        return "wav"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if (
        head.startswith(b"fLaC")
        and head[4] & 0x7F == 0
        and head[5:8] == b"\x00\x00\x22"
    ):
        return "flac"  # STREAMINFO, 34 bytes, is always the first block
    if head.startswith(b"OggS\x00"):
        return "ogg"
    if head[4:8] == b"ftyp":
        (size,) = struct.unpack(">I", head[:4])
        if 16 <= size <= 1024 and size % 4 == 0:
            brand = head[8:12]
            if brand in (b"avif", b"avis", b"heic", b"heix", b"mif1", b"msf1"):
                return "heif"
            return "mp4"
        return "unknown"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        if b"\x42\x82\x84webm" in head[:64]:
            return "webm"
        return "matroska"
    if (end := _id3_end(head)) is not None:
        return _after_id3(file, end)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # a UTF-16 byte order mark
        return "text" if _is_text(head) else "unknown"
    if _is_mpeg_frame(head):
        return "mp3"
    if head.startswith(b"MZ"):
        return "exe"
    if head.startswith(b"\x7fELF"):
        return "elf"
    if kind := _markup_kind(head):
        return kind
    if _is_text(head):
        return "text"
    return "unknown"


def check_upload(file, allowed_extensions):
    """Refuse ``file`` (a ValidationError in the editor's language) unless its
    extension is one of ``allowed_extensions`` that the table knows, and its
    content is what that extension promises.

    An extension outside ``allowed_extensions`` is left to the model's own
    extension check, which names the allowed ones."""
    extension = extension_of(file.name)
    if extension not in {allowed.lower() for allowed in allowed_extensions}:
        return
    expected = EXPECTED.get(extension)
    if expected is None:
        raise ValidationError(
            _(
                "Files ending in .%(extension)s cannot be checked, so they are "
                "not accepted."
            ),
            code="unchecked_extension",
            params={"extension": extension},
        )
    found = sniff(file)
    if found not in expected:
        raise ValidationError(
            _(
                "This file is named .%(extension)s but its content is "
                "%(found)s, not %(expected)s. It was not saved."
            ),
            code="content_mismatch",
            params={
                "extension": extension,
                "found": KINDS[found],
                "expected": KINDS[expected[0]],
            },
        )


class RefusedOnceMixin:
    """A file the form refused is not refused a second time by the model's
    own extension check, which would see the instance's empty file and
    report "File extension “” is not allowed"."""

    def _post_clean(self):
        refused = len(self._errors.get("file", ()))
        super()._post_clean()
        if refused:
            del self._errors["file"][refused:]


def _uploaded(form, field):
    value = form.cleaned_data.get(field)
    return value if isinstance(value, UploadedFile) else None


class MuseumDocumentForm(RefusedOnceMixin, BaseDocumentForm):
    """Documents: extension and content against WAGTAILDOCS_EXTENSIONS."""

    def clean_file(self):
        if file := _uploaded(self, "file"):
            check_upload(file, getattr(settings, "WAGTAILDOCS_EXTENSIONS", ()))
        return self.cleaned_data.get("file")


class MuseumMediaForm(RefusedOnceMixin, BaseMediaForm):
    """Recordings: extension and content against the audio or video
    allow-list of the media's type; thumbnails against image formats."""

    def clean_file(self):
        if file := _uploaded(self, "file"):
            allowed = {
                "audio": wagtailmedia_settings.AUDIO_EXTENSIONS,
                "video": wagtailmedia_settings.VIDEO_EXTENSIONS,
            }.get(self.instance.type, ())
            check_upload(file, allowed)
        return self.cleaned_data.get("file")

    def clean_thumbnail(self):
        if file := _uploaded(self, "thumbnail"):
            check_upload(file, ALLOWED_EXTENSIONS_THUMBNAIL)
        return self.cleaned_data.get("thumbnail")
