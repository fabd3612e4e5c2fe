"""French editors add and choose the images and documents their pages use.

Collection permissions on the root collection: images and documents only.
Recordings (wagtailmedia) stay with nobody but superusers until the editorial
issue gives archivists their restricted collection."""

from django.db import migrations

EDITORS = "Editors (fr)"
ACTIONS = ("add", "change", "choose")
MODELS = (("wagtailimages", "image"), ("wagtaildocs", "document"))


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )

    group = Group.objects.get(name=EDITORS)
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    for app_label, model in MODELS:
        content_type, _created = ContentType.objects.get_or_create(
            app_label=app_label, model=model
        )
        for action in ACTIONS:
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )


def revoke(apps, schema_editor):
    apps.get_model("wagtailcore", "GroupCollectionPermission").objects.filter(
        group__name=EDITORS
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("translation", "0003_language_teams"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
