"""Review becomes mandatory; a read-only "Viewers" group.

- **Nobody but the Curators publishes pages.** The language teams ("Editors
  (fr)", "Translators (ar)", "(en)", "(zgh)") lose ``publish_page``: from the
  page permissions their ``LanguageTeam`` lists (what
  ``cms.translation.permissions.grant_home_page_permissions`` gives on a new
  home page) and from the home pages where they hold it. They create, edit,
  save drafts and submit to their section's workflow; the Curators (who keep
  ``publish_page`` on every home page) approve, which publishes. Stories keep
  their archivist consent step before the curator's.
- **Viewers**: ``access_admin`` and ``wagtailcore.view_page`` on every
  language's home page (those that exist now; later ones get it from
  ``cms.editorial.sync``). ``view_page`` is Django's default permission on
  ``Page``, which Wagtail itself does not use: ``cms.editorial.viewers`` makes
  it mean "browse the explorer and preview", nothing more.

Reversible: going back gives the teams ``publish_page`` again and deletes the
Viewers group.
"""

from django.db import migrations

TEAMS = ("Editors (fr)", "Translators (ar)", "Translators (en)", "Translators (zgh)")
VIEWERS = "Viewers"


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(
        app_label=app_label, model=model
    )
    found, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return found


def _homes(apps):
    """Every language's home page: the translations of the default site's root."""
    Site = apps.get_model("wagtailcore", "Site")
    Page = apps.get_model("wagtailcore", "Page")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return Page.objects.none()
    root_key = Page.objects.get(pk=site.root_page_id).translation_key
    return Page.objects.filter(depth=2, translation_key=root_key)


def _teams(apps):
    LanguageTeam = apps.get_model("translation", "LanguageTeam")
    return LanguageTeam.objects.select_related("group")


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    publish = _permission(
        apps, "wagtailcore", "page", "publish_page", "Publish any page"
    )

    # Every language team, the four created by translation.0003 and any added
    # since: review is mandatory for all of them.
    for team in _teams(apps):
        team.page_permissions.remove(publish)
        GroupPagePermission.objects.filter(
            group=team.group, permission=publish
        ).delete()

    viewers, _created = Group.objects.get_or_create(name=VIEWERS)
    viewers.permissions.add(
        _permission(
            apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"
        )
    )
    view_page = _permission(apps, "wagtailcore", "page", "view_page", "Can view page")
    for home in _homes(apps):
        GroupPagePermission.objects.get_or_create(
            group=viewers, page=home, permission=view_page
        )


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    publish = _permission(
        apps, "wagtailcore", "page", "publish_page", "Publish any page"
    )
    homes = {home.locale_id: home for home in _homes(apps)}
    for team in _teams(apps).filter(group__name__in=TEAMS):
        team.page_permissions.add(publish)
        home = homes.get(team.locale_id)
        if home is not None:
            GroupPagePermission.objects.get_or_create(
                group=team.group, page=home, permission=publish
            )
    Group.objects.filter(name=VIEWERS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0003_sorted_collections_exact_archivists"),
        ("translation", "0004_editors_images_documents"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
