"""Workaround: a many-to-many choice emptied in French is emptied in the
translations too.

wagtail-localize 1.14's ``copy_synchronised_fields`` copies a synchronised
``ParentalManyToManyField`` (a museum object's themes) only when the source has
values (``if values:``). When a French editor removes every theme of an object,
the Arabic, English and Tamazight versions keep the old themes after a sync,
and readers there still find the object under them. This module copies the
empty value as well.

It applies itself when imported (``apps.py`` imports it at start-up). Delete it
(and its import in ``apps.py``) once wagtail-localize copies empty values;
``tests/translation/test_sync.py`` will tell.
"""

from modelcluster.fields import ParentalManyToManyField
from wagtail_localize.fields import get_translatable_fields


def _emptied_many_to_many_fields(source, target):
    for translatable_field in get_translatable_fields(source.__class__):
        if not translatable_field.is_synchronized(source):
            continue
        field = translatable_field.get_field(target.__class__)
        if not isinstance(field, ParentalManyToManyField):
            continue
        values = getattr(source, field.name)
        if hasattr(values, "all") and not list(values.all()):
            yield field


def apply():
    import wagtail_localize.models

    original = wagtail_localize.models.copy_synchronised_fields
    if getattr(original, "copies_empty_many_to_many", False):
        return

    def copy_synchronised_fields(source, target):
        original(source, target)
        for field in _emptied_many_to_many_fields(source, target):
            setattr(target, field.attname, [])

    copy_synchronised_fields.copies_empty_many_to_many = True
    wagtail_localize.models.copy_synchronised_fields = copy_synchronised_fields


apply()
