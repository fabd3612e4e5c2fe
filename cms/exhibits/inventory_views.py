"""Admin views: upload an inventory, read the dry run, then import; export
objects and exhibits. Registered from ``cms/exhibits/wagtail_hooks.py``.

Between the two steps the uploaded files wait in private storage
(``PRIVATE_MEDIA_ROOT/inventory-uploads/<token>/``, never served), under a
random token that only the uploader's session knows; they are deleted after
the import, on "Cancel", or after a day.

The dry run and the import run as background tasks (cms/exhibits/inventory/runs.py):
the upload and the confirmation redirect to a progress page (``progress``),
which polls a JSON status (``status``) and shows the report when the task has
finished. With the immediate task backend the task has finished before the
redirect, so the progress page is the report at once.
"""

import re
import secrets
import shutil
import time
from pathlib import Path

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from cms.core import languages
from cms.exhibits import inventory
from cms.exhibits.inventory import runs

ADD_PERMISSION = "exhibits.add_museumobject"
EXPORT_PERMISSIONS = (
    "exhibits.add_museumobject",
    "exhibits.change_museumobject",
    "exhibits.view_museumobject",
)
SESSION_KEY = "inventory_uploads"
MAX_INVENTORY_BYTES = 25 * 1024 * 1024
MAX_ZIP_BYTES = 1024 * 1024 * 1024
KEEP_SECONDS = 24 * 3600
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{16,64}")
# Seconds between two looks at the status (script, or a refresh without it).
POLL_SECONDS = 2


def upload_root() -> Path:
    return runs.upload_root()


class InventoryForm(forms.Form):
    inventory = forms.FileField(
        label=gettext_lazy("Inventory file"),
        help_text=gettext_lazy("CSV (UTF-8) or Excel (.xlsx); columns in the guide."),
    )
    images = forms.FileField(
        label=gettext_lazy("Images (.zip)"),
        required=False,
        help_text=gettext_lazy("The image files named in the “images” column."),
    )

    def clean_inventory(self):
        file = self.cleaned_data["inventory"]
        if Path(file.name).suffix.lower() not in (".csv", ".xlsx"):
            raise forms.ValidationError(_("Choose a .csv or .xlsx file."))
        if file.size > MAX_INVENTORY_BYTES:
            raise forms.ValidationError(_("The file is larger than 25 MB."))
        return file

    def clean_images(self):
        file = self.cleaned_data.get("images")
        if file and Path(file.name).suffix.lower() != ".zip":
            raise forms.ValidationError(_("Choose a .zip file."))
        if file and file.size > MAX_ZIP_BYTES:
            raise forms.ValidationError(_("The .zip file is larger than 1 GB."))
        return file


def _require(request, *perms):
    if not any(request.user.has_perm(perm) for perm in perms):
        raise PermissionDenied


def _context(request, **extra):
    title = _("Inventory import and export")
    return {
        "page_title": title,
        "header_title": title,
        "header_icon": "doc-full",
        "breadcrumbs_items": [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": "", "label": title},
        ],
        "export_links": _export_links(),
        "can_import": request.user.has_perm(ADD_PERMISSION),
        **extra,
    }


def _export_links():
    links = []
    for language in languages.MUSEUM_LANGUAGES:
        links.append(
            {
                "language": language,
                "csv": reverse(
                    "exhibits_inventory:export_objects", args=[language.code, "csv"]
                ),
                "json": reverse(
                    "exhibits_inventory:export_objects", args=[language.code, "json"]
                ),
                "exhibits": reverse(
                    "exhibits_inventory:export_exhibits", args=[language.code]
                ),
            }
        )
    return links


def _forget_stale_uploads():
    root = upload_root()
    if not root.is_dir():
        return
    for folder in root.iterdir():
        if folder.is_dir() and time.time() - folder.stat().st_mtime > KEEP_SECONDS:
            shutil.rmtree(folder, ignore_errors=True)


def _save_upload(request, form):
    _forget_stale_uploads()
    token = secrets.token_urlsafe(24)
    folder = upload_root() / token
    folder.mkdir(parents=True)
    entry = {
        "user": request.user.pk,
        "filename": Path(form.cleaned_data["inventory"].name).name,
    }
    with open(folder / "inventory", "wb") as out:
        for chunk in form.cleaned_data["inventory"].chunks():
            out.write(chunk)
    if form.cleaned_data.get("images"):
        entry["images"] = Path(form.cleaned_data["images"].name).name
        with open(folder / "images.zip", "wb") as out:
            for chunk in form.cleaned_data["images"].chunks():
                out.write(chunk)
    uploads = request.session.get(SESSION_KEY, {})
    uploads[token] = entry
    request.session[SESSION_KEY] = uploads
    return token


def _upload(request, token):
    """The upload ``token`` of this session and user, or 404."""
    entry = request.session.get(SESSION_KEY, {}).get(token or "")
    if not entry or not TOKEN_PATTERN.fullmatch(token):
        raise Http404
    folder = upload_root() / token
    if entry["user"] != request.user.pk or not (folder / runs.INVENTORY_FILE).is_file():
        raise Http404
    return entry, folder


def _forget(request, token):
    uploads = request.session.get(SESSION_KEY, {})
    if uploads.pop(token, None) is not None:
        request.session[SESSION_KEY] = uploads


def _discard(request, token):
    _forget(request, token)
    shutil.rmtree(upload_root() / token, ignore_errors=True)


def _discard_files(request, token):
    """The uploaded files go; the run's status stays (for its page, a day)."""
    _forget(request, token)
    for name in (runs.INVENTORY_FILE, runs.IMAGES_FILE):
        (upload_root() / token / name).unlink(missing_ok=True)


@require_http_methods(["GET", "POST"])
def import_view(request):
    """Step 1: upload and see the dry run. Step 2 (``confirm``): import.
    Who may only export sees the export links."""
    _require(request, *EXPORT_PERMISSIONS)
    if request.method == "POST":
        _require(request, ADD_PERMISSION)
    if request.method == "POST" and "token" in request.POST:
        return _confirm(request)
    form = InventoryForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        token = _save_upload(request, form)
        entry, _folder = _upload(request, token)
        runs.start(token, entry, runs.CHECK, request.user)
        return redirect("exhibits_inventory:progress", token=token)
    return TemplateResponse(
        request, "exhibits/inventory/upload.html", _context(request, form=form)
    )


def _confirm(request):
    token = request.POST.get("token", "")
    entry, _folder = _upload(request, token)
    if "cancel" in request.POST:
        _discard(request, token)
        messages.info(request, _("Import cancelled; the uploaded files were deleted."))
        return redirect("exhibits_inventory:import")
    status = runs.read_status(token) or {}
    if status.get("state") not in (runs.QUEUED, runs.RUNNING):  # not twice at once
        valid_only = "valid_only" in request.POST
        runs.start(token, entry, runs.IMPORT, request.user, valid_only=valid_only)
    return redirect("exhibits_inventory:progress", token=token)


def _run_status(request, token):
    """The status of the run ``token``: only for the user who started it,
    while they may import; anyone else gets a 404."""
    _require(request, ADD_PERMISSION)
    status = runs.read_status(token) if TOKEN_PATTERN.fullmatch(token) else None
    if status is None or status.get("user") != request.user.pk:
        raise Http404
    return status


def _progress_text(status):
    if status["state"] == runs.QUEUED:
        return _("Waiting for a worker…")
    if status["phase"] == runs.IMPORT:
        return _("%(done)d of %(total)d objects written") % status
    return _("%(done)d of %(total)d rows checked") % status


@require_http_methods(["GET"])
def progress_view(request, token):
    """While the task runs: its progress (the page refreshes, or a script
    polls ``status_view``). When it has finished: the report, as the dry run
    or the import shows it. When it failed: why."""
    status = _run_status(request, token)
    entry = {"filename": status["filename"], "images": status.get("images", "")}
    if status["state"] == runs.FINISHED:
        result = runs.result_from(status["report"])
        if status["step"] == runs.IMPORT and result.committed:
            if request.session.get(SESSION_KEY, {}).get(token):
                _forget(request, token)
                messages.success(
                    request,
                    _(
                        "Inventory imported: %(created)d created, %(updated)d updated, %(unchanged)d unchanged, %(refused)d refused."
                    )
                    % result.counts,
                )
            return TemplateResponse(
                request,
                "exhibits/inventory/report.html",
                _context(request, result=result, entry=entry, step="done"),
            )
        # The dry run, or an import that wrote nothing because rows were
        # refused: the report, and the upload kept for the next step.
        return TemplateResponse(
            request,
            "exhibits/inventory/report.html",
            _context(request, result=result, token=token, entry=entry, step="check"),
        )
    if status["state"] == runs.FAILED:
        _discard_files(request, token)
    return TemplateResponse(
        request,
        "exhibits/inventory/progress.html",
        _context(
            request,
            status=status,
            entry=entry,
            progress_text=_progress_text(status),
            status_url=reverse("exhibits_inventory:status", args=[token]),
            poll_seconds=POLL_SECONDS,
        ),
    )


@require_http_methods(["GET"])
def status_view(request, token):
    """The run's progress as JSON, for the progress page's script."""
    status = _run_status(request, token)
    body = {
        key: status[key] for key in ("state", "step", "phase", "done", "total", "error")
    }
    body["text"] = _progress_text(status)
    body["url"] = reverse("exhibits_inventory:progress", args=[token])
    if status["state"] == runs.FINISHED:
        body["counts"] = runs.result_from(status["report"]).counts
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "private, no-store"
    return response


def export_objects_view(request, code, format):
    _require(request, *EXPORT_PERMISSIONS)
    try:
        text = inventory.export_objects(code, format, request=request)
    except inventory.InventoryError as error:
        raise Http404 from error
    return _download(text, f"museum-objects-{code}.{format}", format)


def export_exhibits_view(request, code):
    _require(request, *EXPORT_PERMISSIONS)
    try:
        text = inventory.export_exhibits(code, "json", request=request)
    except inventory.InventoryError as error:
        raise Http404 from error
    return _download(text, f"exhibits-{code}.json", "json")


def _download(text, filename, format):
    content_type = (
        "text/csv; charset=utf-8"
        if format == "csv"
        else "application/json; charset=utf-8"
    )
    response = HttpResponse(text, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
