"""The language teams: one group of translators per target language, and the
French editors who write the source.

Each group gets Wagtail admin access, model permissions on the translatable
snippets (limited to its language by ``cms.translation.permissions``), and a
``LanguageTeam`` saying which page permissions it holds on its language's home
page. The home page of a target language usually does not exist yet when this
runs (it appears when the French home page is first translated): the page
permissions are granted here when it exists, and otherwise by
``cms.translation.permissions.grant_home_page_permissions`` when it is created,
after every ``migrate``, or with ``manage.py sync_language_teams``.

The table of what each group may do is in docs/translation.md ("Roles").
"""

from django.db import migrations

SNIPPETS = (
    ("core", "theme"),
    ("core", "place"),
    ("core", "person"),
    ("core", "institution"),
    ("exhibits", "museumobject"),
)

# group name: (language, page permissions on its home page, snippet actions, other)
TEAMS = {
    "Translators (ar)": ("ar", ("change_page", "publish_page"), ("change",), ()),
    "Translators (en)": ("en", ("change_page", "publish_page"), ("change",), ()),
    "Translators (zgh)": ("zgh", ("change_page", "publish_page"), ("change",), ()),
    "Editors (fr)": (
        "fr",
        ("add_page", "change_page", "publish_page"),
        ("add", "change"),
        (("wagtail_localize", "translation", "submit_translation", "Can submit translations"),),
    ),
}

PAGE_PERMISSION_NAMES = {
    "add_page": "Can add page",
    "change_page": "Can change page",
    "publish_page": "Publish any page",
}


def permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return found


def create_teams(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    LanguageTeam = apps.get_model("translation", "LanguageTeam")

    access_admin = permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
    site = Site.objects.filter(is_default_site=True).first()
    root_key = site.root_page.translation_key if site else None

    for name, (code, page_codenames, snippet_actions, others) in TEAMS.items():
        locale = Locale.objects.get(language_code=code)
        group, _created = Group.objects.get_or_create(name=name)
        wanted = [access_admin]
        for app_label, model in SNIPPETS:
            for action in snippet_actions:
                wanted.append(
                    permission(apps, app_label, model, f"{action}_{model}", f"Can {action} {model}")
                )
        wanted += [permission(apps, *other) for other in others]
        group.permissions.add(*wanted)

        page_permissions = [
            permission(apps, "wagtailcore", "page", codename, PAGE_PERMISSION_NAMES[codename])
            for codename in page_codenames
        ]
        team, _created = LanguageTeam.objects.get_or_create(group=group, defaults={"locale": locale})
        team.page_permissions.add(*page_permissions)

        home = (
            Page.objects.filter(depth=2, locale=locale, translation_key=root_key).first()
            if root_key
            else None
        )
        if home is not None:
            for page_permission in page_permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=home, permission=page_permission
                )


def remove_teams(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=TEAMS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("translation", "0002_language_team"),
        ("core", "0003_taxonomy"),
        ("exhibits", "0002_exhibit_and_museum_object"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("contenttypes", "0002_remove_content_type_name"),
        # Older Wagtail data migrations give "choose" on images and documents to
        # every group with admin access: let them run before the teams exist.
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_teams, remove_teams)]
