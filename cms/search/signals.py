"""Keep the search index current: rows are written when content is published
or saved, and removed when it is unpublished or deleted."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from cms.search import indexing


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    if indexing.kind_of_model(type(instance)) is not None:
        indexing.index_page(instance.pk)


def page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    # A save with update_fields (save_revision, a draft) leaves the stored
    # content as it was; only a full save writes content the public may see.
    if raw or update_fields is not None:
        return
    indexing.index_page(instance.pk)


def page_deleted(sender, instance, **kwargs):
    indexing.remove(indexing.kind_of_model(sender), instance.pk)


def object_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        indexing.index_object(instance.pk)


def object_deleted(sender, instance, **kwargs):
    indexing.remove(indexing.Kind.OBJECT, instance.pk)


def segment_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        indexing.index_segment(instance.pk)


def segment_deleted(sender, instance, **kwargs):
    indexing.SearchEntry.objects.filter(
        kind=indexing.Kind.STORY, segment_id=instance.pk
    ).delete()


def connect():
    from cms.exhibits.models import MuseumObject
    from cms.stories.models import StorySegment

    for model in indexing.page_models().values():
        post_save.connect(page_saved, sender=model, dispatch_uid=f"search-{model}")
        post_delete.connect(
            page_deleted, sender=model, dispatch_uid=f"search-d-{model}"
        )
    post_save.connect(object_saved, sender=MuseumObject, dispatch_uid="search-object")
    post_delete.connect(
        object_deleted, sender=MuseumObject, dispatch_uid="search-d-object"
    )
    post_save.connect(segment_saved, sender=StorySegment, dispatch_uid="search-seg")
    post_delete.connect(
        segment_deleted, sender=StorySegment, dispatch_uid="search-d-seg"
    )


connect()
