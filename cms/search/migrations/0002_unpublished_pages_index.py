from django.db import migrations

# Search reads the few pages the public may not see (visibility.hidden_pages)
# instead of every public one; the unpublished ones come from this partial
# index rather than a scan of the whole page table.
CREATE = (
    "CREATE INDEX IF NOT EXISTS search_unpublished_pages "
    "ON wagtailcore_page (id) WHERE NOT live"
)
DROP = "DROP INDEX IF EXISTS search_unpublished_pages"


class Migration(migrations.Migration):
    dependencies = [
        ("museum_search", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunSQL(CREATE, DROP)]
