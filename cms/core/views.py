"""Serving audio and video through the visibility rule, with Range requests."""

import re

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from cms.core.models import MuseumMedia
from cms.core.visibility import media_is_public

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def _may_download(request, media) -> bool:
    if media_is_public(media):
        return True
    user = request.user
    return user.is_authenticated and media.is_editable_by_user(user)


@require_safe
def media_file(request, pk, filename):
    """A recording or clip, for those the visibility rule allows.

    Anyone else gets the same 404 as for a file that does not exist, so the
    answer tells nothing about restricted interviews.
    """
    media = get_object_or_404(MuseumMedia, pk=pk)
    if filename != media.filename or not _may_download(request, media):
        raise Http404
    public = media_is_public(media)
    size = media.file.size
    match = RANGE.match(request.headers.get("Range", ""))
    if match and (match[1] or match[2]):
        if match[1]:
            start = int(match[1])
            end = min(int(match[2]), size - 1) if match[2] else size - 1
        else:  # the last N bytes
            start, end = max(size - int(match[2]), 0), size - 1
        if start >= size or start > end:
            response = HttpResponse(status=416)
            response["Content-Range"] = f"bytes */{size}"
            return response
        with media.file.open("rb") as handle:
            handle.seek(start)
            content = handle.read(end - start + 1)
        response = HttpResponse(content, status=206, content_type=media.mime_type)
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    else:
        response = FileResponse(media.file.open("rb"), content_type=media.mime_type)
    response["Accept-Ranges"] = "bytes"
    response["Cache-Control"] = (
        "public, max-age=3600" if public else "private, no-store"
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
