"""Inventory import and export of museum objects (docs/editors.md,
"Inventory import and export").

- ``run_import(data, filename, images=…, commit=…, valid_only=…)``: the dry
  run (``commit=False``) or the import of a CSV/XLSX inventory;
- ``export_objects(locale_code, format)`` and ``export_exhibits(locale_code)``:
  CSV in the import's columns, JSON in the API's shapes.
"""

from cms.exhibits.inventory.exporting import export_exhibits, export_objects
from cms.exhibits.inventory.importing import (
    COLUMNS,
    CREATED,
    OUTCOMES,
    REFUSED,
    REQUIRED,
    UNCHANGED,
    UPDATED,
    ImportResult,
    RowReport,
    plan,
)
from cms.exhibits.inventory.reading import ImageFiles, InventoryError, read_table
from cms.exhibits.inventory.writing import apply

__all__ = [
    "COLUMNS",
    "CREATED",
    "OUTCOMES",
    "REFUSED",
    "REQUIRED",
    "UNCHANGED",
    "UPDATED",
    "ImageFiles",
    "ImportResult",
    "InventoryError",
    "RowReport",
    "export_exhibits",
    "export_objects",
    "run_import",
]


def run_import(
    data,
    filename,
    *,
    images=None,
    commit=False,
    valid_only=False,
    user=None,
    progress=None,
):
    """Check (and with ``commit``, import) an inventory file.

    ``data`` is the file's bytes, ``filename`` tells CSV from XLSX, ``images``
    an ``ImageFiles``. Nothing is written unless ``commit`` and either every
    row is valid or ``valid_only``. ``progress(phase, done, total)`` is called
    now and then ("check", then "import"). Raises InventoryError for a file
    that cannot be imported at all."""
    headers, rows = read_table(data, filename)
    result = plan(
        headers,
        rows,
        images,
        progress=(lambda done, total: progress("check", done, total))
        if progress
        else None,
    )
    if commit and (result.valid or valid_only):
        apply(
            result,
            images,
            user=user,
            progress=(lambda done, total: progress("import", done, total))
            if progress
            else None,
        )
    return result
