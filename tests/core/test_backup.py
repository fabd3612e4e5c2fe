"""manage.py backup and restore, and the restore drill (RELIABILITY.md, "backup
and restore"): the seeded demo is backed up, restored into a fresh database and
fresh media folders, and the copy must be the same museum: pages per kind and
language, rows per table, file hashes, rendered pages and API responses, and
what the public may not see.

The commands run as subprocesses (``manage.py`` with DATABASE_URL and
TEST_DATA_DIR pointing at the copy under test), as an operator would run them:
pg_dump reads committed data only, and the seeded demo is committed; the
tests marked django_db only hold pytest-django's (empty) transaction, so that
the test database is set up, and never write into it.
"""

import hashlib
import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import quote

import psycopg2
import pytest
from django.conf import settings
from django.db import connections
from psycopg2 import sql

from cms.core import backup
from cms.core.demo.seeding import demo_key

MANAGE = Path(settings.BASE_DIR) / "manage.py"
FILES = ["database.dump", "media.tar", "private-media.tar", "manifest.json"]


# --- helpers -----------------------------------------------------------------


def database_url(database, name):
    auth = quote(database["USER"] or "", safe="")
    if database.get("PASSWORD"):
        auth += ":" + quote(database["PASSWORD"], safe="")
    host = quote(str(database["HOST"] or "localhost"), safe="")
    port = f":{database['PORT']}" if database.get("PORT") else ""
    return f"postgres://{auth}@{host}{port}/{name}"


def manage(*args, database, name, data_dir):
    """Run manage.py with the test settings against database ``name`` and the
    media folders under ``data_dir`` (cms/settings/test.py)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": database_url(database, name),
        "TEST_DATA_DIR": str(data_dir),
    }
    return subprocess.run(  # noqa: S603 - this interpreter and the project's manage.py
        [sys.executable, str(MANAGE), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def connect(database, name):
    return psycopg2.connect(
        dbname=name,
        user=database["USER"] or None,
        password=database.get("PASSWORD") or None,
        host=database["HOST"] or None,
        port=database.get("PORT") or None,
    )


def query(database, name, statement, params=()):
    connection = connect(database, name)
    try:
        with connection.cursor() as cursor:
            cursor.execute(statement, params)
            return cursor.fetchall()
    finally:
        connection.close()


def pages_per_kind_and_language(database, name):
    rows = query(
        database,
        name,
        """
        SELECT ct.app_label || '.' || ct.model, l.language_code,
               count(*), count(*) FILTER (WHERE p.live)
        FROM wagtailcore_page p
        JOIN django_content_type ct ON ct.id = p.content_type_id
        JOIN wagtailcore_locale l ON l.id = p.locale_id
        GROUP BY 1, 2
        """,
    )
    return {(kind, language): (total, live) for kind, language, total, live in rows}


def rows_per_table(database, name):
    tables = [
        row[0]
        for row in query(
            database,
            name,
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
        )
    ]
    connection = connect(database, name)
    try:
        counts = {}
        with connection.cursor() as cursor:
            for table in tables:
                cursor.execute(
                    sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
                )
                counts[table] = cursor.fetchone()[0]
        return counts
    finally:
        connection.close()


def user_tables(database, name):
    return query(
        database,
        name,
        "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN "
        "('pg_catalog', 'information_schema')",
    )[0][0]


def file_hashes(root):
    root = Path(root)
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def one_line_error(result):
    """The command failed with exactly one line on stderr; return it."""
    assert result.returncode != 0, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("CommandError: ")
    return lines[0]


# What an anonymous visitor gets, computed the same way on both copies: every
# page, the API lists, every story's API detail in every language, every
# recording and document. Nonces, CSRF tokens and the storage's suffixes of
# rendition files change from one rendering to the next and are left out of
# the hashes. Rows with equal sort keys come back in whatever order
# PostgreSQL's plan gives (the demo's Orderable links, such as an exhibit's
# objects or a story's themes, all have sort_order NULL), and a restored
# database may plan differently: HTML is compared as its sorted lines and JSON
# with its lists sorted, i.e. everything shown, not the order of ties. Files
# are compared byte for byte. Rolled back: rendering may store renditions.
RENDER = r"""
import hashlib, json, re
from django.db import transaction
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtailmedia.models import get_media_model
from cms.core.visibility import is_public
from cms.stories.models import StoryPage

client = Client()

def canonical(value):
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in value.items()}
    if isinstance(value, list):
        return sorted(
            (canonical(item) for item in value),
            key=lambda item: json.dumps(item, sort_keys=True),
        )
    return value

def digest(response, exact=False):
    body = (
        b"".join(response.streaming_content)
        if response.streaming
        else response.content
    )
    if not exact:
        body = re.sub(rb'nonce="[^"]*"', b"", body)
        body = re.sub(rb'name="csrfmiddlewaretoken" value="[^"]*"', b"", body)
        # A rendition made where an earlier (rolled back) one left its file
        # gets a random suffix: photo_AbC1234.2e16d0ba.fill-600x400.jpg
        body = re.sub(rb"_[A-Za-z0-9]{7}(\.[0-9a-f]{8}\.)", rb"\1", body)
        if "json" in response.get("Content-Type", ""):
            body = json.dumps(canonical(json.loads(body)), sort_keys=True).encode()
        else:
            body = b"\n".join(sorted(line.strip() for line in body.splitlines()))
    return [response.status_code, hashlib.sha256(body).hexdigest()]

result = {"pages": {}, "public": [], "api": {}, "media": {}, "documents": {}}
with transaction.atomic():
    for page in Page.objects.filter(depth__gt=1).specific().order_by("path"):
        result["pages"][str(page.translation_key) + "/" + page.locale.language_code] = [
            page.url, *digest(client.get(page.url))
        ]
        if is_public(page):
            result["public"].append(str(page.translation_key) + "/" + page.locale.language_code)
    for code in ("fr", "ar", "en", "zgh"):
        for endpoint in ("exhibits", "objects", "stories", "knowledge"):
            path = f"/api/v1/{endpoint}/?locale={code}&limit=100"
            result["api"][path] = digest(client.get(path))
    for key in sorted({str(k) for k in StoryPage.objects.values_list("translation_key", flat=True)}):
        for code in ("fr", "ar", "en", "zgh"):
            path = f"/api/v1/stories/{key}/?locale={code}"
            result["api"][path] = digest(client.get(path))
    for media in get_media_model().objects.order_by("pk"):
        result["media"][media.file.name] = digest(client.get(media.url), exact=True)
    for document in get_document_model().objects.order_by("pk"):
        result["documents"][document.file.name] = digest(
            client.get(document.url), exact=True
        )
    transaction.set_rollback(True)
print("RESULT " + json.dumps(result, sort_keys=True))
"""


def render(database, name, data_dir):
    result = manage(
        "shell", "-c", RENDER, database=database, name=name, data_dir=data_dir
    )
    assert result.returncode == 0, result.stderr
    line = next(
        line for line in result.stdout.splitlines() if line.startswith("RESULT ")
    )
    return json.loads(line.removeprefix("RESULT "))


# --- fixtures ----------------------------------------------------------------


@pytest.fixture(scope="module")
def database(django_db_setup):
    """The test database's connection settings (its name is test_…)."""
    return dict(connections["default"].settings_dict)


@pytest.fixture(scope="module")
def source_data_dir():
    return Path(settings.TEST_DATA_DIR)


@pytest.fixture(scope="module")
def backup_run(database, source_data_dir, tmp_path_factory):
    """One backup of the seeded test database and its media, by the command."""
    output = tmp_path_factory.mktemp("backups")
    before = {
        "media": file_hashes(settings.MEDIA_ROOT),
        "private": file_hashes(settings.PRIVATE_MEDIA_ROOT),
    }
    result = manage(
        "backup",
        "--output",
        str(output),
        database=database,
        name=database["NAME"],
        data_dir=source_data_dir,
    )
    assert result.returncode == 0, result.stderr
    folders = list(output.iterdir())
    assert len(folders) == 1
    return {"folder": folders[0], "stdout": result.stdout, "hashes": before}


def _empty_database_factory(database):
    created = []

    def make():
        name = f"restore_drill_{uuid.uuid4().hex[:12]}"
        connection = connect(database, "postgres")
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                cursor.execute(
                    sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
                )
        finally:
            connection.close()
        created.append(name)
        return name

    def drop_all():
        connection = connect(database, "postgres")
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                for name in created:
                    cursor.execute(
                        sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                            sql.Identifier(name)
                        )
                    )
        finally:
            connection.close()

    return make, drop_all


@pytest.fixture
def fresh_database(database):
    """A new, empty database on the same server, dropped afterwards."""
    make, drop_all = _empty_database_factory(database)
    yield make()
    drop_all()


@pytest.fixture(scope="module")
def empty_target(database):
    """One empty database for the refusals (none of them may write into it)."""
    make, drop_all = _empty_database_factory(database)
    yield make()
    drop_all()


@pytest.fixture
def damaged_copy(backup_run, tmp_path):
    copy = tmp_path / backup_run["folder"].name
    shutil.copytree(backup_run["folder"], copy)
    return copy


# --- the drill ---------------------------------------------------------------


@pytest.mark.django_db
def test_restore_drill_gives_back_the_same_museum(
    backup_run, database, source_data_dir, fresh_database, tmp_path
):
    restored_dir = tmp_path / "restored"

    result = manage(
        "restore",
        str(backup_run["folder"]),
        database=database,
        name=fresh_database,
        data_dir=restored_dir,
    )

    assert result.returncode == 0, result.stderr
    assert "counts and file checksums match the manifest" in result.stdout

    # Pages per kind and language (and how many are live), rows in every table.
    pages = pages_per_kind_and_language(database, database["NAME"])
    assert pages == pages_per_kind_and_language(database, fresh_database)
    assert pages[("stories.storypage", "zgh")] == (5, 5)
    assert {language for _kind, language in pages} == {"fr", "ar", "en", "zgh"}
    assert rows_per_table(database, database["NAME"]) == rows_per_table(
        database, fresh_database
    )

    # Every media file, public and private, byte for byte.
    restored_media = file_hashes(restored_dir / "test-media")
    restored_private = file_hashes(restored_dir / "test-private-media")
    assert restored_media == backup_run["hashes"]["media"]
    assert restored_private == backup_run["hashes"]["private"]
    assert any(name.startswith("original_images/") for name in restored_media)
    assert restored_private, "the demo recordings are in PRIVATE_MEDIA_ROOT"

    # The same responses for anonymous visitors: pages, API, recordings, documents.
    original = render(database, database["NAME"], source_data_dir)
    copy = render(database, fresh_database, restored_dir)
    sections = ("pages", "api", "media", "documents")
    differing = {
        section: sorted(
            key
            for key in set(original[section]) | set(copy[section])
            if original[section].get(key) != copy[section].get(key)
        )
        for section in sections
    }
    assert differing == {section: [] for section in sections}
    assert copy["public"] == original["public"]
    assert sum(status == 200 for _url, status, _hash in copy["pages"].values()) > 50
    assert copy["media"]
    assert copy["documents"]

    # Visibility: the restricted interview stays hidden in every language.
    restricted = demo_key("story", "ahmed-dusseldorf")
    for code in ("fr", "ar", "en", "zgh"):
        assert copy["pages"][f"{restricted}/{code}"][1] == 404
        assert f"{restricted}/{code}" not in copy["public"]
        assert copy["api"][f"/api/v1/stories/{restricted}/?locale={code}"][0] == 404
    recordings = dict(
        query(
            database,
            fresh_database,
            "SELECT DISTINCT p.translation_key::text, m.file FROM stories_storypage s "
            "JOIN wagtailcore_page p ON p.id = s.page_ptr_id "
            "JOIN core_museummedia m ON m.id = s.recording_id",
        )
    )
    assert copy["media"][recordings[str(restricted)]][0] == 404
    public_story = demo_key("story", "fatima-gennevilliers")
    assert copy["media"][recordings[str(public_story)]][0] == 200
    assert copy["pages"][f"{public_story}/ar"][1] == 200
    assert f"{public_story}/ar" in copy["public"]


@pytest.mark.django_db
def test_the_manifest_describes_the_backup(backup_run, database):
    folder = backup_run["folder"]
    manifest = json.loads((folder / "manifest.json").read_text())

    assert sorted(path.name for path in folder.iterdir()) == sorted(FILES)
    assert not folder.name.startswith(".")
    for name in FILES[:-1]:
        entry = manifest["files"][name]
        assert entry["size"] == (folder / name).stat().st_size
        assert (
            entry["sha256"] == hashlib.sha256((folder / name).read_bytes()).hexdigest()
        )
    assert manifest["created_at"].endswith("Z")
    assert manifest["media"]["MEDIA_ROOT"]["files"] == {
        name: {
            "sha256": digest,
            "size": (Path(settings.MEDIA_ROOT) / name).stat().st_size,
        }
        for name, digest in backup_run["hashes"]["media"].items()
    }
    latest = dict(
        query(
            database,
            database["NAME"],
            "SELECT DISTINCT ON (app) app, name FROM django_migrations "
            "ORDER BY app, name DESC",
        )
    )
    assert manifest["migrations"] == latest
    stories = manifest["pages"]["stories.storypage"]
    assert set(stories) == {"fr", "ar", "en", "zgh"}
    # Five interviews per language, all live; the restricted one is not public.
    assert stories["ar"] == {"total": 5, "live": 5, "public": 4}
    assert manifest["rows"]["stories.storyaccess"] == 5
    assert "Backup complete" in backup_run["stdout"]
    assert "stories.storypage: ar 5, en 5, fr 5, zgh 5" in backup_run["stdout"]


# --- what restore refuses, touching nothing ------------------------------------


def flip_a_byte(path):
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def assert_refused_and_untouched(result, database, empty_target, target_dir, *words):
    line = one_line_error(result)
    for word in words:
        assert word in line
    assert user_tables(database, empty_target) == 0
    assert not (target_dir / "test-media").exists()
    assert not (target_dir / "test-private-media").exists()
    return line


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["database.dump", "media.tar", "private-media.tar"])
def test_a_flipped_byte_is_refused(
    damaged_copy, name, database, empty_target, tmp_path
):
    flip_a_byte(damaged_copy / name)
    target_dir = tmp_path / "target"

    result = manage(
        "restore",
        str(damaged_copy),
        database=database,
        name=empty_target,
        data_dir=target_dir,
    )

    assert_refused_and_untouched(
        result, database, empty_target, target_dir, "damaged", name, "SHA-256"
    )


@pytest.mark.django_db
def test_a_damaged_manifest_is_refused(damaged_copy, database, empty_target, tmp_path):
    manifest = damaged_copy / "manifest.json"
    # Still valid JSON, one count changed: only the manifest's own checksum sees it.
    text = manifest.read_text()
    assert '"stories.storyaccess": 5' in text
    manifest.write_text(
        text.replace('"stories.storyaccess": 5', '"stories.storyaccess": 6')
    )
    target_dir = tmp_path / "target"

    result = manage(
        "restore",
        str(damaged_copy),
        database=database,
        name=empty_target,
        data_dir=target_dir,
    )

    assert_refused_and_untouched(
        result, database, empty_target, target_dir, "damaged", "manifest.json"
    )


@pytest.mark.django_db
def test_a_truncated_dump_is_refused(damaged_copy, database, empty_target, tmp_path):
    dump = damaged_copy / "database.dump"
    dump.write_bytes(dump.read_bytes()[: dump.stat().st_size // 2])
    target_dir = tmp_path / "target"

    result = manage(
        "restore",
        str(damaged_copy),
        database=database,
        name=empty_target,
        data_dir=target_dir,
    )

    assert_refused_and_untouched(
        result, database, empty_target, target_dir, "database.dump", "truncated"
    )


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["private-media.tar", "manifest.json"])
def test_a_missing_file_is_refused(
    damaged_copy, name, database, empty_target, tmp_path
):
    (damaged_copy / name).unlink()
    target_dir = tmp_path / "target"

    result = manage(
        "restore",
        str(damaged_copy),
        database=database,
        name=empty_target,
        data_dir=target_dir,
    )

    assert_refused_and_untouched(
        result, database, empty_target, target_dir, "incomplete", name, "missing"
    )


@pytest.mark.django_db
def test_a_database_that_is_not_empty_is_refused(backup_run, database, tmp_path):
    before = rows_per_table(database, database["NAME"])
    target_dir = tmp_path / "target"

    result = manage(
        "restore",
        str(backup_run["folder"]),
        database=database,
        name=database["NAME"],
        data_dir=target_dir,
    )

    line = one_line_error(result)
    assert f"The database {database['NAME']} is not empty" in line
    assert rows_per_table(database, database["NAME"]) == before
    assert not (target_dir / "test-media").exists()


@pytest.mark.django_db
def test_a_media_folder_that_is_not_empty_is_refused(
    backup_run, database, empty_target, tmp_path
):
    target_dir = tmp_path / "target"
    (target_dir / "test-private-media").mkdir(parents=True)
    (target_dir / "test-private-media" / "recording.ogg").write_bytes(b"keep me")

    result = manage(
        "restore",
        str(backup_run["folder"]),
        database=database,
        name=empty_target,
        data_dir=target_dir,
    )

    line = one_line_error(result)
    assert "PRIVATE_MEDIA_ROOT" in line
    assert "not empty" in line
    assert user_tables(database, empty_target) == 0
    assert file_hashes(target_dir) == {
        "test-private-media/recording.ogg": hashlib.sha256(b"keep me").hexdigest()
    }


# --- what backup refuses, leaving nothing half-written ---------------------------


@pytest.mark.django_db
def test_a_failed_backup_leaves_no_folder(database, tmp_path):
    # PRIVATE_MEDIA_ROOT is a file, not a folder: found after the database dump
    # has been written, which must then disappear with the unfinished folder.
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "test-private-media").write_text("not a folder")
    output = tmp_path / "backups"

    result = manage(
        "backup",
        "--output",
        str(output),
        database=database,
        name=database["NAME"],
        data_dir=data_dir,
    )

    line = one_line_error(result)
    assert "PRIVATE_MEDIA_ROOT" in line
    assert "is not a folder" in line
    assert "Dumping database" in result.stdout
    assert list(output.iterdir()) == []


def test_a_backup_inside_the_public_media_folder_is_refused(tmp_path):
    inside = Path(settings.MEDIA_ROOT) / "backups"

    with pytest.raises(backup.BackupError, match="inside MEDIA_ROOT"):
        backup.create_backup(inside)

    assert not inside.exists()


def test_pg_dump_matches_the_server_version_or_says_which_is_missing():
    installed = backup.installed_tools("pg_dump")
    assert installed
    for tool in installed:
        assert backup.find_tool("pg_dump", tool.major).major == tool.major

    with pytest.raises(backup.BackupError) as error:
        backup.find_tool("pg_dump", 99)

    assert str(error.value).startswith(
        "No pg_dump for PostgreSQL 99 or newer is installed"
    )


def test_pg_programs_get_the_password_in_their_environment():
    env = backup.connection_environment(
        {
            "NAME": "museum",
            "USER": "museum",
            "PASSWORD": "s3cret",
            "HOST": "db.internal",
            "PORT": 5433,
            "OPTIONS": {"sslmode": "require", "connect_timeout": 5},
        }
    )

    assert env["PGPASSWORD"] == "s3cret"
    assert (env["PGHOST"], env["PGPORT"], env["PGUSER"], env["PGDATABASE"]) == (
        "db.internal",
        "5433",
        "museum",
        "museum",
    )
    assert env["PGSSLMODE"] == "require"
    assert env["PGCONNECT_TIMEOUT"] == "5"


def test_media_in_object_storage_are_refused_rather_than_left_out(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {"BACKEND": "storages.backends.s3.S3Storage"},
    }

    with pytest.raises(backup.BackupError, match=r'STORAGES\["private"\] is S3Storage'):
        backup.create_backup(tmp_path / "backups")
    with pytest.raises(backup.BackupError, match="object storage"):
        backup.restore_backup(tmp_path / "missing")

    assert not (tmp_path / "backups").exists()
