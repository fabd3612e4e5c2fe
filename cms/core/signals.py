"""Work done when content is saved rather than when it is first requested."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from cms.core.images import all_rendition_specs
from cms.core.models import MuseumImage


@receiver(post_save, sender=MuseumImage)
def make_renditions(sender, instance, **kwargs):
    """Make every rendition the site and the API use as soon as an image is
    saved, so that no reader waits for one (nor sees a worker busy resizing)."""
    if kwargs.get("raw") or not instance.file:
        return
    instance.get_renditions(*all_rendition_specs())
