"""Children saved without a position (by the demo seeders and scripts) get
one, in the order they were created; see cms/core/ordering.py."""

from django.db import migrations

from cms.core.ordering import number_unordered_rows

CHILDREN = [
    "core.HomeFeaturedExhibit",
    "exhibits.ExhibitPlace",
    "exhibits.ExhibitTheme",
    "exhibits.ExhibitObject",
    "exhibits.ExhibitRelatedPage",
    "stories.StoryPlace",
    "stories.StoryTheme",
    "stories.StoryExhibit",
    "stories.StorySegment",
    "knowledge.KnowledgeInstitution",
    "knowledge.KnowledgeTheme",
    "knowledge.KnowledgeAttachment",
    "knowledge.EventParticipant",
    "knowledge.EventKnowledge",
]


def number_children(apps, schema_editor):
    for label in CHILDREN:
        number_unordered_rows(apps.get_model(label))


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0007_generation_triggers"),
        ("exhibits", "0003_listing_key"),
        ("stories", "0004_listing_key"),
        ("knowledge", "0003_listing_key"),
    ]

    operations = [
        migrations.RunPython(number_children, migrations.RunPython.noop),
    ]
