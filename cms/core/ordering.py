"""Children in an inline list (an exhibit's objects, a story's themes…) keep
the order they were given.

Wagtail's ``Orderable`` takes its ``sort_order`` from the admin's inline
panels. Children made in code (the demo seeders, imports, scripts:
``page.exhibit_objects = [ExhibitObject(...), ...]``) were saved with none,
and PostgreSQL returns rows that tie in whatever order it finds them: after
a republish, the site could show an exhibit's objects in another order, and
each language in its own. A child saved without a position is given the
next one among its siblings, so a list keeps the order it was written in.
"""

from django.apps import apps
from django.db import connection
from django.db.models import Max
from django.db.models.signals import pre_save
from modelcluster.fields import ParentalKey
from wagtail.models import Orderable

MUSEUM_APPS = ("core", "exhibits", "stories", "knowledge", "editorial", "search")


def parent_key(model):
    return next(
        field for field in model._meta.concrete_fields if isinstance(field, ParentalKey)
    )


def give_next_position(sender, instance, raw=False, **kwargs):
    if raw or instance.sort_order is not None:
        return
    attname = parent_key(sender).attname
    siblings = sender._default_manager.filter(**{attname: getattr(instance, attname)})
    if instance.pk is not None:
        siblings = siblings.exclude(pk=instance.pk)
    last = siblings.aggregate(last=Max("sort_order"))["last"]
    instance.sort_order = 0 if last is None else last + 1


def orderable_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Orderable) and model._meta.app_label in MUSEUM_APPS
    ]


def connect():
    for model in orderable_models():
        pre_save.connect(
            give_next_position,
            sender=model,
            dispatch_uid=f"museum_ordering_{model._meta.label_lower}",
        )


def number_unordered_rows(model):
    """Give every child without a position one, after its positioned
    siblings, in the order they were created (a data migration's work)."""
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    parent = quote(parent_key(model).column)
    with connection.cursor() as cursor:
        cursor.execute(
            # A model's table and column names, quoted; no value from outside.
            f"UPDATE {table} AS child SET sort_order = numbered.position "  # noqa: S608
            "FROM (SELECT id, row_number() OVER ("
            f"PARTITION BY {parent} ORDER BY sort_order NULLS LAST, id) - 1 AS position "
            f"FROM {table} WHERE {parent} IN "
            f"(SELECT {parent} FROM {table} WHERE sort_order IS NULL)) AS numbered "
            "WHERE child.id = numbered.id"
        )
        return cursor.rowcount
