"""Wagtail's search backend, chosen from the environment.

Unset ``SEARCH_URL`` (the default): Wagtail's database backend on PostgreSQL.
Set: Elasticsearch or OpenSearch through Wagtail's own backends
(``SEARCH_BACKEND``: ``elasticsearch9`` by default, ``elasticsearch8``,
``elasticsearch7``, ``opensearch3`` or ``opensearch2``; the matching client
package must be installed, see docs/operations.md).

What this changes: Wagtail's index, so the admin's search (pages, images,
documents, snippets, recordings) and anything calling Wagtail's
``.search()``. The public site's and the API's search do not use it: they
run on the project's own per-language PostgreSQL full-text index
(cms/search/), whatever SEARCH_URL says.
"""

import importlib.util
from urllib.parse import urlsplit

DATABASE_BACKEND = {"BACKEND": "wagtail.search.backends.database"}
# SEARCH_BACKEND value -> (Wagtail backend module, client package, pip requirement)
ENGINES = {
    "elasticsearch9": ("elasticsearch9", "elasticsearch", "elasticsearch>=9,<10"),
    "elasticsearch8": ("elasticsearch8", "elasticsearch", "elasticsearch>=8,<9"),
    "elasticsearch7": ("elasticsearch7", "elasticsearch", "elasticsearch>=7,<8"),
    "opensearch3": ("opensearch3", "opensearchpy", "opensearch-py>=3,<4"),
    "opensearch2": ("opensearch2", "opensearchpy", "opensearch-py>=2,<3"),
}
DEFAULT_ENGINE = "elasticsearch9"


class SearchConfigError(ValueError):
    """An invalid search configuration (one line)."""


def search_backends(environ, *, check_client: bool = True) -> dict:
    """``WAGTAILSEARCH_BACKENDS`` for the environment. Raises SearchConfigError."""
    url = (environ.get("SEARCH_URL") or "").strip()
    engine = (environ.get("SEARCH_BACKEND") or "").strip().lower()
    if not url:
        if engine:
            raise SearchConfigError(
                f"SEARCH_BACKEND is {engine!r} but SEARCH_URL is not set: set the "
                "server's URL too, or neither for PostgreSQL."
            )
        return {"default": dict(DATABASE_BACKEND)}
    engine = engine or DEFAULT_ENGINE
    if engine not in ENGINES:
        raise SearchConfigError(
            f"SEARCH_BACKEND must be one of {', '.join(ENGINES)}, not {engine!r}."
        )
    parts = urlsplit(url)
    try:
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        port_ok = False
    if parts.scheme not in ("http", "https") or not parts.hostname or not port_ok:
        raise SearchConfigError(
            "SEARCH_URL must be the http(s) address of the Elasticsearch or "
            "OpenSearch server, such as https://user:password@search.example:9200, "
            f"not {parts._replace(netloc=parts.hostname or '').geturl()!r}."
        )
    module, client, requirement = ENGINES[engine]
    if check_client and importlib.util.find_spec(client) is None:
        raise SearchConfigError(
            f"SEARCH_URL with SEARCH_BACKEND={engine} needs the {client} package: "
            f"pip install '{requirement}'."
        )
    prefix = (environ.get("SEARCH_INDEX_PREFIX") or "museum_").strip()
    return {
        "default": {
            "BACKEND": f"wagtail.search.backends.{module}",
            "URLS": [url],
            "INDEX_PREFIX": prefix,
            "TIMEOUT": 5,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }
