"""Reading an inventory file (CSV or XLSX) and the images that come with it."""

import csv
import io
import zipfile
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

MAX_ROWS = 50_000
DEFAULT_MAX_IMAGE_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_PIXELS = 128_000_000
IMAGE_FORMATS = {"JPEG", "PNG", "GIF", "WEBP"}


# A cell starting with one of these is a formula to a spreadsheet (CSV
# injection): the export prefixes it with an apostrophe, the import removes it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class InventoryError(Exception):
    """The file cannot be imported at all (one line, for the editor)."""


def neutralise_formula(value: str) -> str:
    """``value`` as a CSV cell no spreadsheet runs: ``'`` before a cell that
    starts with a formula character (after any apostrophes already there, so
    that ``unneutralise_formula`` gives back exactly ``value``)."""
    if value.lstrip("'").startswith(FORMULA_STARTS):
        return "'" + value
    return value


def unneutralise_formula(cell: str) -> str:
    """The reverse of ``neutralise_formula``: drop the one apostrophe the
    export added before a formula character, and nothing else."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def read_table(data: bytes, filename: str):
    """``(headers, rows)`` of an inventory file: headers in lower case, rows
    as lists of strings (cells stripped). Raise InventoryError when unreadable."""
    suffix = Path(filename).suffix.lower()
    if suffix == ".xlsx":
        table = _read_xlsx(data)
    elif suffix in (".csv", ".txt"):
        table = _read_csv(data)
    else:
        raise InventoryError(
            _("“%(name)s” is neither a CSV (.csv) nor an Excel (.xlsx) file.")
            % {"name": filename}
        )
    table = [
        [unneutralise_formula(cell) for cell in row]
        for row in table or []
        if any(cell for cell in row)
    ]
    if not table:
        raise InventoryError(_("The file is empty."))
    headers = [cell.strip().lower() for cell in table[0]]
    while headers and not headers[-1]:
        headers.pop()
    seen = set()
    for header in headers:
        if header in seen:
            raise InventoryError(
                _("The column “%(column)s” appears twice.") % {"column": header}
            )
        seen.add(header)
    if len(table) - 1 > MAX_ROWS:
        raise InventoryError(
            _("The file has more than %(max)d rows; split it.") % {"max": MAX_ROWS}
        )
    return headers, table[1:]


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if hasattr(value, "isoformat"):
        value = value.isoformat()[:10]
    return str(value).strip()


def _read_xlsx(data):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a broken file
        raise InventoryError(
            _("The Excel file cannot be read (%(error)s).")
            % {"error": str(error)[:120] or type(error).__name__}
        ) from error
    try:
        sheet = workbook.worksheets[0]
        return [
            [_cell(value) for value in row] for row in sheet.iter_rows(values_only=True)
        ]
    finally:
        workbook.close()


def _read_csv(data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InventoryError(
            _("The CSV file is not in UTF-8 (save it as “CSV UTF-8”).")
        ) from error
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    try:
        return [
            [cell.strip() for cell in row]
            for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        ]
    except csv.Error as error:
        raise InventoryError(
            _("The CSV file cannot be read (%(error)s).") % {"error": error}
        ) from error


def max_image_bytes():
    return getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", None) or (
        DEFAULT_MAX_IMAGE_BYTES
    )


class ImageFiles:
    """Image files by name, from a folder or a .zip (never extracted to disk).

    Names match exactly, else by file name alone, ignoring case."""

    def __init__(self, path=None, *, zip_data=None):
        self._files = {}
        self._zip = None
        if zip_data is not None:
            self._open_zip(io.BytesIO(zip_data))
        elif path is not None:
            path = Path(path)
            if path.is_dir():
                for file in path.rglob("*"):
                    if file.is_file():
                        self._add(str(file.relative_to(path)), file)
            elif path.is_file() and zipfile.is_zipfile(path):
                self._open_zip(path)
            else:
                raise InventoryError(
                    _("“%(path)s” is neither a folder nor a .zip file.")
                    % {"path": path}
                )

    def _open_zip(self, file):
        try:
            self._zip = zipfile.ZipFile(file)
        except zipfile.BadZipFile as error:
            raise InventoryError(_("The .zip file cannot be read.")) from error
        for info in self._zip.infolist():
            if not info.is_dir():
                self._add(info.filename, info)

    def _add(self, name, ref):
        name = name.replace("\\", "/")
        self._files.setdefault(name, ref)
        self._files.setdefault(name.rsplit("/", 1)[-1].lower(), ref)

    def __bool__(self):
        return bool(self._files)

    def _ref(self, name):
        return self._files.get(name) or self._files.get(
            name.replace("\\", "/").rsplit("/", 1)[-1].lower()
        )

    def __contains__(self, name):
        return self._ref(name) is not None

    def size(self, name):
        ref = self._ref(name)
        return ref.file_size if isinstance(ref, zipfile.ZipInfo) else ref.stat().st_size

    def read(self, name):
        ref = self._ref(name)
        if isinstance(ref, zipfile.ZipInfo):
            return self._zip.read(ref)
        return ref.read_bytes()


def check_image(data: bytes):
    """The problem with an image file, or None. Reads the header only."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            kind, (width, height) = image.format, image.size
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        return _("not an image")
    if kind not in IMAGE_FORMATS:
        return _("not a JPEG, PNG, GIF or WebP image")
    max_pixels = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", DEFAULT_MAX_PIXELS)
    if width * height > max_pixels:
        return _("too large (%(width)d × %(height)d pixels)") % {
            "width": width,
            "height": height,
        }
    return None


def file_hash(data: bytes) -> str:
    """The hash Wagtail stores in ``AbstractImage.file_hash``."""
    from wagtail.utils.file import hash_filelike

    return hash_filelike(io.BytesIO(data))
