"""Work done when content is saved rather than when it is first requested."""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import ReferenceIndex
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.core import frontend_cache
from cms.core.images import all_rendition_specs
from cms.core.models import MuseumImage


@receiver(post_save, sender=MuseumImage)
def make_renditions(sender, instance, **kwargs):
    """Make every rendition the site and the API use as soon as an image is
    saved, so that no reader waits for one (nor sees a worker busy resizing)."""
    if kwargs.get("raw") or not instance.file:
        return
    instance.get_renditions(*all_rendition_specs())


@receiver(page_published)
def make_renditions_for_published_page(sender, instance, **kwargs):
    """Renditions of every image a page uses (fields, blocks, objects'
    galleries are covered by the image's own save), made at publication: a
    preset added since an image was uploaded is made here, not on the first
    request. Renditions that exist cost one query for all of them."""
    references = ReferenceIndex.get_references_for_object(instance).filter(
        to_content_type=ContentType.objects.get_for_model(MuseumImage)
    )
    ids = {int(pk) for pk in references.values_list("to_object_id", flat=True)}
    for image in MuseumImage.objects.filter(pk__in=ids).prefetch_renditions(
        *all_rendition_specs()
    ):
        image.get_renditions(*all_rendition_specs())


@receiver(page_published)
@receiver(page_unpublished)
def purge_frontend_cache(sender, instance, **kwargs):
    """A CDN or proxy in front (WAGTAILFRONTENDCACHE) forgets the page in every
    language and the listings that show it, after the commit
    (cms/core/frontend_cache.py). Nothing to do when none is configured."""
    frontend_cache.purge_page(instance)


@receiver(post_page_move)
def purge_frontend_cache_after_move(
    sender, instance, parent_page_before, url_path_before, url_path_after, **kwargs
):
    """As above, and the URLs the moved page (and those below it) had before,
    and the listings of the parent it left."""
    frontend_cache.purge_moved_page(
        instance, parent_page_before, url_path_before, url_path_after
    )
