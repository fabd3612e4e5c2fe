"""Admin views: upload an inventory, read the dry run, then import; export
objects and exhibits. Registered from ``cms/exhibits/wagtail_hooks.py``.

Between the two steps the uploaded files wait in private storage
(``PRIVATE_MEDIA_ROOT/inventory-uploads/<token>/``, never served), under a
random token that only the uploader's session knows; they are deleted after
the import, on "Cancel", or after a day.
"""

import secrets
import shutil
import time
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from cms.core import languages
from cms.exhibits import inventory

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


def upload_root() -> Path:
    return Path(settings.PRIVATE_MEDIA_ROOT) / "inventory-uploads"


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
    folder = upload_root() / (token or "-")
    if not entry or entry["user"] != request.user.pk or not folder.is_dir():
        raise Http404
    return entry, folder


def _discard(request, token):
    uploads = request.session.get(SESSION_KEY, {})
    uploads.pop(token, None)
    request.session[SESSION_KEY] = uploads
    shutil.rmtree(upload_root() / token, ignore_errors=True)


def _run(entry, folder, **options):
    images = (
        inventory.ImageFiles(folder / "images.zip") if entry.get("images") else None
    )
    return inventory.run_import(
        (folder / "inventory").read_bytes(), entry["filename"], images=images, **options
    )


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
        entry, folder = _upload(request, token)
        try:
            result = _run(entry, folder)
        except inventory.InventoryError as error:
            _discard(request, token)
            form.add_error("inventory", str(error))
        else:
            return TemplateResponse(
                request,
                "exhibits/inventory/report.html",
                _context(
                    request, result=result, token=token, entry=entry, step="check"
                ),
            )
    return TemplateResponse(
        request, "exhibits/inventory/upload.html", _context(request, form=form)
    )


def _confirm(request):
    token = request.POST.get("token", "")
    entry, folder = _upload(request, token)
    if "cancel" in request.POST:
        _discard(request, token)
        messages.info(request, _("Import cancelled; the uploaded files were deleted."))
        return redirect("exhibits_inventory:import")
    valid_only = "valid_only" in request.POST
    try:
        result = _run(
            entry, folder, commit=True, valid_only=valid_only, user=request.user
        )
    except inventory.InventoryError as error:
        _discard(request, token)
        messages.error(request, str(error))
        return redirect("exhibits_inventory:import")
    if not result.committed:
        # The file has refused rows and the editor did not choose "valid rows
        # only": show the report again, keep the upload.
        return TemplateResponse(
            request,
            "exhibits/inventory/report.html",
            _context(request, result=result, token=token, entry=entry, step="check"),
        )
    _discard(request, token)
    counts = result.counts
    messages.success(
        request,
        _(
            "Inventory imported: %(created)d created, %(updated)d updated, %(unchanged)d unchanged, %(refused)d refused."
        )
        % counts,
    )
    return TemplateResponse(
        request,
        "exhibits/inventory/report.html",
        _context(request, result=result, entry=entry, step="done"),
    )


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
