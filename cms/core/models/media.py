"""Audio and video files, kept out of any publicly served folder.

Every recording lives in private storage (``PRIVATE_MEDIA_ROOT``, or the
private S3 bucket when ``STORAGES["private"]`` is configured, see
cms/core/storage_config.py) and is served only through
``cms.core.views.media_file``, which asks the visibility rule first. A
restricted interview's recording therefore has no public URL at all, whatever
the web server in front serves from ``MEDIA_ROOT`` or the media bucket.
"""

import mimetypes

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.db import models
from django.dispatch import receiver
from django.urls import reverse
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext_lazy as _
from wagtailmedia.models import AbstractMedia

from cms.core.storage_config import PRIVATE_STORAGE_ALIAS


class PrivateMediaStorage(LazyObject):
    """``STORAGES["private"]`` when configured (a private S3 bucket), else a
    folder outside MEDIA_ROOT. Chosen on first use, and again when a test
    changes the settings."""

    def _setup(self):
        if PRIVATE_STORAGE_ALIAS in settings.STORAGES:
            self._wrapped = storages[PRIVATE_STORAGE_ALIAS]
        else:
            self._wrapped = FileSystemStorage(
                location=settings.PRIVATE_MEDIA_ROOT, base_url=None
            )


private_media_storage = PrivateMediaStorage()


@receiver(setting_changed)
def _private_storage_changed(*, setting, **kwargs):
    if setting in ("STORAGES", "PRIVATE_MEDIA_ROOT"):
        private_media_storage._wrapped = empty


def private_storage():
    """Storage outside MEDIA_ROOT; a callable so that migrations do not record
    the machine's path."""
    return private_media_storage


def read_duration(file) -> float | None:
    """Duration in seconds read from the file's headers, or None."""
    import mutagen

    try:
        file.seek(0)
        audio = mutagen.File(file)
        file.seek(0)
    except Exception:
        return None
    if audio is None or not getattr(audio, "info", None):
        return None
    return round(float(audio.info.length), 3)


class MuseumMedia(AbstractMedia):
    file = models.FileField(
        upload_to="recordings", storage=private_storage, verbose_name=_("file")
    )

    admin_form_fields = AbstractMedia.admin_form_fields

    class Meta:
        verbose_name = _("audio or video")
        verbose_name_plural = _("audio and video")

    def save(self, *args, **kwargs):
        if not self.duration and self.file:
            self.duration = read_duration(self.file.file) or 0
        super().save(*args, **kwargs)

    @property
    def url(self):
        """Through the permission-checking view, never the storage."""
        return reverse("media_file", args=(self.pk, self.filename))

    @property
    def mime_type(self) -> str:
        return mimetypes.guess_type(self.filename)[0] or "application/octet-stream"

    @property
    def sources(self):
        return [{"src": self.url, "type": self.mime_type}]
