"""Removes translators' link overrides that hold a URL with an unsafe scheme
(``javascript:``, ``vbscript:``, ``data:``…), stored before
cms.translation.overrides refused them. The link then leads where the source
language's does, as when no override was made; the next sync or publish of
the translation renders it so."""

import json

from django.db import migrations
from wagtail.whitelist import check_url


def forwards(apps, schema_editor):
    SegmentOverride = apps.get_model("wagtail_localize", "SegmentOverride")
    unsafe = [
        override.pk
        for override in SegmentOverride.objects.only("pk", "data_json").iterator()
        if isinstance(value := json.loads(override.data_json or "null"), str)
        and check_url(value) is None
    ]
    SegmentOverride.objects.filter(pk__in=unsafe).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("translation", "0004_editors_images_documents"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
