"""Curators lock and unlock pages.

Locking is how the team holds a page still: an exhibit the week of its
opening, a story while its narrator reviews it. Wagtail grants ``lock_page``
and ``unlock_page`` per page tree; the Curators (who alone publish) get both
on every language's home page, so a lock applies in one language tree and
only a curator lifts another's lock. The language teams edit as before and
cannot lock: a locked page refuses their saves (tests/editorial/
test_concurrent_editing.py). Later home pages get the same from
``cms.editorial.sync``.
"""

from django.db import migrations

CURATORS = "Curators"
CODENAMES = {"lock_page": "Lock any page", "unlock_page": "Unlock any page"}


def _homes(apps):
    Site = apps.get_model("wagtailcore", "Site")
    Page = apps.get_model("wagtailcore", "Page")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return Page.objects.none()
    root_key = Page.objects.get(pk=site.root_page_id).translation_key
    return Page.objects.filter(depth=2, translation_key=root_key)


def _permissions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    page_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="page"
    )
    return [
        Permission.objects.get_or_create(
            content_type=page_type, codename=codename, defaults={"name": name}
        )[0]
        for codename, name in CODENAMES.items()
    ]


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    curators = Group.objects.filter(name=CURATORS).first()
    if curators is None:
        return
    for permission in _permissions(apps):
        for home in _homes(apps):
            GroupPagePermission.objects.get_or_create(
                group=curators, page=home, permission=permission
            )


def backwards(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(
        group__name=CURATORS, permission__in=_permissions(apps)
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("editorial", "0004_mandatory_review_viewers")]

    operations = [migrations.RunPython(forwards, backwards)]
