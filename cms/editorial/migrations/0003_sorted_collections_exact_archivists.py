"""Two corrections to 0002.

- Wagtail keeps sibling collections sorted by name (``node_order_by``), and
  treebeard relies on their paths being in that order when it inserts a new
  one: 0002 appended its collections after any existing ones, so adding a
  collection in the admin could collide. The root's children (and their
  subtrees) are renumbered in name order.
- Depending on the order migrations ran in, Wagtail's own image and document
  migrations gave "choose" rights to every group with admin access, the
  Archivists included. Archivists get exactly their consent rights and the
  restricted recordings collection, nothing else.
"""

from django.db import migrations
from django.db.models import Value
from django.db.models.functions import Concat, Substr

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4
RESTRICTED = "Oral-history recordings (restricted)"
ARCHIVIST_PERMISSIONS = {
    ("wagtailadmin", "access_admin"),
    ("stories", "add_storyaccess"),
    ("stories", "change_storyaccess"),
    ("stories", "view_storyaccess"),
}
ARCHIVIST_COLLECTION_PERMISSIONS = {"add_media", "change_media"}


def _step(number):
    digits = ""
    while True:
        number, remainder = divmod(number, len(ALPHABET))
        digits = ALPHABET[remainder] + digits
        if number == 0:
            return digits.rjust(STEPLEN, "0")


def _move(Collection, old, new):
    Collection.objects.filter(path__startswith=old).update(
        path=Concat(Value(new), Substr("path", len(old) + 1))
    )


def sort_collections(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    children = list(
        Collection.objects.filter(depth=2, path__startswith=root.path).order_by("path")
    )
    wanted = sorted(children, key=lambda collection: (collection.name, collection.path))
    if [c.pk for c in children] == [c.pk for c in wanted]:
        return
    # Two moves, so that no path is ever taken twice.
    temporary = {}
    for position, child in enumerate(children):
        temporary[child.pk] = f"{root.path}~{position:04d}~"
        _move(Collection, child.path, temporary[child.pk])
    for position, child in enumerate(wanted, start=1):
        _move(Collection, temporary[child.pk], root.path + _step(position))


def exact_archivists(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    group = Group.objects.filter(name="Archivists").first()
    if group is None:
        return
    keep = [
        permission
        for permission in group.permissions.select_related("content_type")
        if (permission.content_type.app_label, permission.codename)
        in ARCHIVIST_PERMISSIONS
    ]
    group.permissions.set(keep)
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection__name=RESTRICTED,
        permission__in=Permission.objects.filter(
            codename__in=ARCHIVIST_COLLECTION_PERMISSIONS
        ),
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("editorial", "0002_groups_collections_workflows")]

    operations = [
        migrations.RunPython(sort_collections, migrations.RunPython.noop),
        migrations.RunPython(exact_archivists, migrations.RunPython.noop),
    ]
