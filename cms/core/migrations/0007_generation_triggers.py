"""The content generation also grows from the database itself.

Signals bump the counter on every save through the ORM; these triggers bump
it for what bypasses signals on the tables that decide visibility: a
queryset ``.update()``, a raw SQL statement, a fix run by hand in psql. Above
all the consent records: an archivist or an operator who withdraws consent by
any route must make every cached response and ETag new at once
(cms/core/response_cache.py), never an hour later.
"""

from django.db import migrations

TABLES = (
    "stories_storyaccess",
    "wagtailcore_page",
    "wagtailcore_pageviewrestriction",
    "wagtailcore_pageviewrestriction_groups",
    "wagtailcore_collectionviewrestriction",
)

FUNCTION = """
CREATE OR REPLACE FUNCTION museum_bump_content_generation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO core_contentgeneration (id, value, changed_at)
    VALUES (1, 1, now())
    ON CONFLICT (id) DO UPDATE
        SET value = core_contentgeneration.value + 1, changed_at = now();
    RETURN NULL;
END;
$$;
"""


def trigger_name(table):
    return f"{table}_bumps_generation"


def create_sql():
    statements = [FUNCTION]
    for table in TABLES:
        statements.append(
            f"CREATE TRIGGER {trigger_name(table)} "
            f"AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION museum_bump_content_generation();"
        )
    return statements


def drop_sql():
    statements = [
        f"DROP TRIGGER IF EXISTS {trigger_name(table)} ON {table};" for table in TABLES
    ]
    statements.append("DROP FUNCTION IF EXISTS museum_bump_content_generation();")
    return statements


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0006_home_featured_items"),
        ("stories", "0003_archivists_group"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunSQL(create_sql(), drop_sql())]
