"""The admin's dry run and import as background tasks, with their progress.

The admin saves the upload under a random token (cms/exhibits/inventory_views.py)
and enqueues ``inventory_task``: with the default immediate backend it runs
inside the request; with ``TASKS_BACKEND=database`` a ``db_worker`` runs it.
Its status is a small JSON file beside the uploaded files
(``PRIVATE_MEDIA_ROOT/inventory-uploads/<token>/status.json``, written
atomically): who started it, the step (``check`` or ``import``), the state
(``queued``, ``running``, ``finished``, ``failed``), the phase and rows
``done``/``total``, and at the end the report (each row's outcome and reasons)
or the error. The progress page reads it.
"""

import json
import logging
import os
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _
from django_tasks import task

from cms.exhibits.inventory.importing import ImportResult, RowReport
from cms.exhibits.inventory.reading import ImageFiles, InventoryError

logger = logging.getLogger(__name__)

CHECK, IMPORT = "check", "import"
QUEUED, RUNNING, FINISHED, FAILED = "queued", "running", "finished", "failed"
STATUS_FILE = "status.json"
INVENTORY_FILE = "inventory"
IMAGES_FILE = "images.zip"


def upload_root() -> Path:
    return Path(settings.PRIVATE_MEDIA_ROOT) / "inventory-uploads"


def folder_of(token: str) -> Path:
    return upload_root() / token


def read_status(token: str):
    """The status of the run under ``token``, or None."""
    try:
        return json.loads((folder_of(token) / STATUS_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None


def write_status(token: str, status: dict) -> None:
    status["updated_at"] = time.time()
    path = folder_of(token) / STATUS_FILE
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(json.dumps(status, ensure_ascii=False), "utf-8")
    os.replace(partial, path)  # readers never see half a file


def start(token: str, entry: dict, step: str, user, *, valid_only=False) -> dict:
    """Record a queued run of ``step`` on the upload ``token`` and enqueue it.
    Returns the status as it stands after enqueueing (finished already with
    the immediate backend)."""
    write_status(
        token,
        {
            "user": user.pk,
            "filename": entry["filename"],
            "images": entry.get("images", ""),
            "step": step,
            "valid_only": valid_only,
            "state": QUEUED,
            "phase": CHECK,
            "done": 0,
            "total": 0,
            "report": None,
            "error": "",
        },
    )
    inventory_task.enqueue(token, step, valid_only, user.pk)
    return read_status(token)


def report_data(result: ImportResult) -> dict:
    return {
        "committed": result.committed,
        "columns": list(result.columns),
        "ignored_columns": list(result.ignored_columns),
        "rows": [
            {
                "row": report.row,
                "accession_number": report.accession_number,
                "outcome": report.outcome,
                "errors": [[column, message] for column, message in report.errors],
            }
            for report in result.rows
        ],
    }


def result_from(report: dict) -> ImportResult:
    """The report of a finished run as an ``ImportResult`` for the template."""
    return ImportResult(
        rows=[
            RowReport(
                row=row["row"],
                accession_number=row["accession_number"],
                outcome=row["outcome"],
                errors=[tuple(error) for error in row["errors"]],
            )
            for row in report["rows"]
        ],
        columns=report["columns"],
        ignored_columns=report["ignored_columns"],
        committed=report["committed"],
    )


def run(token: str, step: str, valid_only: bool, user_id: int) -> dict:
    """Run the dry run (``check``) or the import of the upload ``token``,
    recording progress and outcome in its status."""
    from cms.exhibits import inventory

    status = read_status(token)
    if status is None:
        raise InventoryError(_("The uploaded file is gone."))
    folder = folder_of(token)
    status.update(state=RUNNING, started_at=time.time())
    write_status(token, status)

    def progress(phase, done, total):
        status.update(phase=phase, done=done, total=total)
        write_status(token, status)

    try:
        images = ImageFiles(folder / IMAGES_FILE) if status.get("images") else None
        result = inventory.run_import(
            (folder / INVENTORY_FILE).read_bytes(),
            status["filename"],
            images=images,
            commit=step == IMPORT,
            valid_only=valid_only,
            user=get_user_model().objects.filter(pk=user_id).first(),
            progress=progress,
        )
    except InventoryError as error:
        status.update(state=FAILED, error=str(error))
        write_status(token, status)
        return {"state": FAILED}
    except Exception as error:
        # Reported on the progress page and in the log, and the task fails.
        logger.exception("Inventory %s of upload %s failed", step, token)
        status.update(
            state=FAILED,
            error=_("The %(step)s stopped on an unexpected error: %(error)s")
            % {
                "step": _("import") if step == IMPORT else _("dry run"),
                "error": str(error)[:300] or type(error).__name__,
            },
        )
        write_status(token, status)
        raise
    status.update(state=FINISHED, report=report_data(result))
    write_status(token, status)
    if step == IMPORT and result.committed:
        # Imported: the files go; the status stays for the report (a day).
        for name in (INVENTORY_FILE, IMAGES_FILE):
            (folder / name).unlink(missing_ok=True)
    return {"state": FINISHED}


@task()
def inventory_task(token, step, valid_only, user_id):
    return run(token, step, valid_only, user_id)
