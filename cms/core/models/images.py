"""The museum's image model. Custom from the first migration because swapping
Wagtail's image model later means rewriting every image reference."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from cms.core.rights import DEFAULT_RIGHTS, RIGHTS_CHOICES


class MuseumImage(AbstractImage):
    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Who made or lent the image, as it must be shown beside it."),
    )
    source = models.CharField(
        _("source"),
        max_length=255,
        blank=True,
        help_text=_("Where the image comes from: archive, collection, reference."),
    )
    rights = models.CharField(
        _("rights statement"),
        max_length=100,
        choices=RIGHTS_CHOICES,
        default=DEFAULT_RIGHTS,
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=500,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it. A block may "
            "override it where the context needs other words."
        ),
    )

    # Wagtail's generic "description" is replaced by the explicit alt_text.
    admin_form_fields = (
        *(name for name in Image.admin_form_fields if name != "description"),
        "alt_text",
        "credit",
        "source",
        "rights",
    )

    @property
    def default_alt_text(self) -> str:
        # Wagtail reads this wherever it inserts the image (rich text, choosers).
        return self.alt_text or self.title


class MuseumRendition(AbstractRendition):
    image = models.ForeignKey(
        MuseumImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
