from django.db import migrations

# The API's unfiltered lists count the items each language of the fallback
# chain serves (ContentAPIViewSet.served_counts) from this index alone: the
# live originals (not aliases) of each page type and language, with the
# translation key that groups an item's versions and the path the view
# restrictions are checked on. Without it the count reads every page row.
CREATE = (
    "CREATE INDEX IF NOT EXISTS core_live_originals "
    "ON wagtailcore_page (content_type_id, locale_id) "
    "INCLUDE (translation_key, path) "
    "WHERE live AND alias_of_id IS NULL"
)
DROP = "DROP INDEX IF EXISTS core_live_originals"


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0009_unpublished_pages_index"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunSQL(CREATE, DROP)]
