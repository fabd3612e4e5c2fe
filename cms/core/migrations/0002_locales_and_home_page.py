"""The museum's four locales and the French home page as the site root.

French is the source language: ar, en and zgh are set to synchronise from it,
so pages created in French in the admin get synced copies in the other trees.
"""

import uuid

from django.db import migrations

SYNCED_LANGUAGES = ("ar", "en", "zgh")


def create_locales_and_home(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("core", "HomePage")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")

    french, _created = Locale.objects.get_or_create(language_code="fr")
    for code in SYNCED_LANGUAGES:
        locale, _created = Locale.objects.get_or_create(language_code=code)
        LocaleSynchronization.objects.get_or_create(
            locale=locale, defaults={"sync_from": french}
        )

    # Wagtail's initial data made a "Welcome" page (a plain Page) and a site on it.
    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    Page.objects.filter(content_type=page_type, depth=2, slug="home").delete()
    if HomePage.objects.filter(depth=2, locale=french).exists():
        return

    home_type, _created = ContentType.objects.get_or_create(app_label="core", model="homepage")
    home = HomePage.objects.create(
        title="Musée des migrations marocaines",
        draft_title="Musée des migrations marocaines",
        slug="accueil",
        content_type=home_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/accueil/",
        locale=french,
        translation_key=uuid.uuid4(),
        live=True,
    )
    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(
        hostname="localhost",
        port=80,
        root_page=home,
        is_default_site=True,
        site_name="Musée des migrations marocaines",
    )


def remove_home(apps, schema_editor):
    HomePage = apps.get_model("core", "HomePage")
    HomePage.objects.filter(depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_locales_and_home, remove_home)]
