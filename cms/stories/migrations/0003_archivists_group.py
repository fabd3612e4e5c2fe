"""The oral-history archivists: the only group that may record consent and
change what of an interview is public."""

from django.db import migrations


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")

    group, _created = Group.objects.get_or_create(name="Archivists")
    access_type, _created = ContentType.objects.get_or_create(app_label="stories", model="storyaccess")
    admin_type, _created = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    wanted = []
    for codename, name in (
        ("add_storyaccess", "Can add consent and access"),
        ("change_storyaccess", "Can change consent and access"),
        ("view_storyaccess", "Can view consent and access"),
    ):
        permission, _created = Permission.objects.get_or_create(
            content_type=access_type, codename=codename, defaults={"name": name}
        )
        wanted.append(permission)
    access_admin, _created = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    wanted.append(access_admin)
    group.permissions.add(*wanted)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Archivists").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0002_story_page_segments_access"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
