"""The embedded PostgreSQL helper, on a throw-away data directory."""

from collections import namedtuple

import psycopg2
import pytest

from cms.core import embedded_db


@pytest.fixture
def scratch_server(tmp_path, monkeypatch):
    monkeypatch.setattr(embedded_db, "DATA_DIR", tmp_path / "pg")
    yield tmp_path / "pg"
    embedded_db.stop()


def test_database_settings_start_a_server_and_create_the_database(scratch_server):
    config = embedded_db.database_settings("scratch_museum")

    assert embedded_db.is_running()
    connection = psycopg2.connect(
        dbname=config["NAME"],
        user=config["USER"],
        host=config["HOST"],
        port=config["PORT"],
    )
    with connection, connection.cursor() as cursor:
        cursor.execute("SELECT current_database(), current_setting('server_encoding')")
        assert cursor.fetchone() == ("scratch_museum", "UTF8")
    connection.close()


def test_stop_stops_the_server_and_reports_it(scratch_server):
    embedded_db.database_settings("scratch_museum")

    assert embedded_db.stop() is True
    assert not embedded_db.is_running()
    assert embedded_db.stop() is False


def test_a_full_disk_gives_one_clear_error(scratch_server, monkeypatch):
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(
        embedded_db.shutil, "disk_usage", lambda path: usage(10, 10, 1024)
    )

    with pytest.raises(embedded_db.EmbeddedDatabaseError, match="MiB free"):
        embedded_db.database_settings("scratch_museum")
    assert not (scratch_server / "PG_VERSION").exists()


def test_command_line_reports_status(scratch_server, capsys):
    assert embedded_db.main(["embedded_db", "status"]) == 0
    assert "stopped" in capsys.readouterr().out
    assert embedded_db.main(["embedded_db", "launch"]) == 2
