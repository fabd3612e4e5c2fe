"""Serving audio and video through the visibility rule, with Range requests."""

import re

from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from cms.core.models import MuseumMedia
from cms.core.visibility import media_is_public

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
# Chunks of a recording streamed from the private bucket.
S3_CHUNK = 256 * 1024


def _s3_object(field_file):
    """The bucket object behind ``field_file`` when it is stored on S3
    (django-storages), else None."""
    from storages.backends.s3 import S3Storage
    from storages.utils import clean_name

    storage = field_file.storage
    if not isinstance(storage, S3Storage):
        return None
    return storage.bucket.Object(storage._normalize_name(clean_name(field_file.name)))


def _s3_stream(request, s3_object, content_type, length, byte_range=None):
    """Stream ``s3_object`` (or ``byte_range`` of it, asked of the bucket as
    a ranged GET) as it arrives. django-storages' file object would first
    download the whole recording into a temporary file, for every seek of
    a media player. A HEAD asks the bucket for nothing more."""
    status = 206 if byte_range else 200
    if request.method == "HEAD":
        response = HttpResponse(status=status, content_type=content_type)
    else:
        arguments = {}
        if byte_range:
            arguments["Range"] = f"bytes={byte_range[0]}-{byte_range[1]}"
        body = s3_object.get(**arguments)["Body"]

        def chunks():
            try:
                yield from body.iter_chunks(S3_CHUNK)
            finally:
                body.close()

        response = StreamingHttpResponse(
            chunks(), status=status, content_type=content_type
        )
    response["Content-Length"] = str(length)
    return response


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
    s3_object = _s3_object(media.file)
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
        if s3_object is not None:
            response = _s3_stream(
                request, s3_object, media.mime_type, end - start + 1, (start, end)
            )
        else:
            with media.file.open("rb") as handle:
                handle.seek(start)
                content = handle.read(end - start + 1)
            response = HttpResponse(content, status=206, content_type=media.mime_type)
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    elif s3_object is not None:
        response = _s3_stream(request, s3_object, media.mime_type, size)
    else:
        response = FileResponse(media.file.open("rb"), content_type=media.mime_type)
    response["Accept-Ranges"] = "bytes"
    response["Cache-Control"] = (
        "public, max-age=3600" if public else "private, no-store"
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
