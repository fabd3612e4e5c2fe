"""The bench database: never the development or test one.

Without DATABASE_URL the embedded PostgreSQL server (cms/core/embedded_db.py)
holds one database per dataset size, ``museum_bench_<ITEMS>``, so that a
seeded size is reused by the next run; the server is stopped afterwards if
the bench started it. With DATABASE_URL, that database is used (created when
missing) and must be a bench one: its name has to contain "bench", so that a
run never seeds into real data.
"""

from urllib.parse import quote, unquote, urlsplit, urlunsplit

import psycopg2
from psycopg2 import sql


class Database:
    def __init__(self, items, database_url=None):
        self.items = items
        self.started_server = False
        if database_url:
            self.url = database_url
        else:
            self.url = self._embedded(f"museum_bench_{items}")
        name = urlsplit(self.url).path.lstrip("/")
        if "bench" not in name:
            raise SystemExit(
                f"Refusing to seed database {name!r}: a bench database's name "
                "must contain 'bench' (e.g. museum_bench_100)."
            )
        if database_url:
            create_database(self.url)

    def _embedded(self, name):
        from cms.core import embedded_db

        was_running = embedded_db.is_running()
        settings = embedded_db.database_settings(name)
        self.started_server = not was_running
        return url_for(settings, name)

    def seed_seconds(self):
        """How long generating the dataset took (bench.seed's marker)."""
        connection = _connect(self.url)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT seconds FROM bench_dataset")
                row = cursor.fetchone()
        finally:
            connection.close()
        return round(row[0], 1) if row else None

    def close(self):
        """Stop the embedded server when this run started it."""
        if self.started_server:
            from cms.core import embedded_db

            embedded_db.stop()
            self.started_server = False


def _server_url(url, database="postgres"):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{database}"))


def _connect(url):
    parts = urlsplit(url)
    # Not parts.hostname: it lowercases, and a socket directory is a path.
    host = parts.netloc.rsplit("@", 1)[-1]
    host = host.rsplit(":", 1)[0] if parts.port else host
    connection = psycopg2.connect(
        dbname=parts.path.lstrip("/"),
        user=unquote(parts.username or "postgres"),
        password=unquote(parts.password) if parts.password else None,
        host=unquote(host) or None,
        port=parts.port,
    )
    connection.autocommit = True
    return connection


def url_for(settings, name):
    """A DATABASE_URL for database ``name`` on the server of Django's
    DATABASES entry ``settings`` (a TCP host or a socket directory)."""
    auth = quote(settings.get("USER") or "postgres", safe="")
    if settings.get("PASSWORD"):
        auth += ":" + quote(settings["PASSWORD"], safe="")
    host = quote(settings.get("HOST") or "127.0.0.1", safe="")
    port = f":{settings['PORT']}" if settings.get("PORT") else ""
    return f"postgres://{auth}@{host}{port}/{name}"


def create_database(url, template=None):
    name = urlsplit(url).path.lstrip("/")
    connection = _connect(_server_url(url))
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if cursor.fetchone() is None:
                statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
                if template:
                    statement += sql.SQL(" TEMPLATE {}").format(
                        sql.Identifier(template)
                    )
                cursor.execute(statement)
    finally:
        connection.close()


def drop_database(url):
    name = urlsplit(url).path.lstrip("/")
    connection = _connect(_server_url(url))
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                    sql.Identifier(name)
                )
            )
    finally:
        connection.close()
