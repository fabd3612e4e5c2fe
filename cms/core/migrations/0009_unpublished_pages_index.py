from django.db import migrations

# visibility.hidden_pages (search ranks and counts with it) reads the few
# pages the public may not see instead of every public one; the unpublished
# ones come from this partial index rather than a scan of the page table.
CREATE = (
    "CREATE INDEX IF NOT EXISTS core_unpublished_pages "
    "ON wagtailcore_page (id) WHERE NOT live"
)
DROP = "DROP INDEX IF EXISTS core_unpublished_pages"


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0008_number_unordered_children"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunSQL(CREATE, DROP)]
