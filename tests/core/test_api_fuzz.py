"""Property-based run of every GET operation of /api/v1/schema/ (schemathesis,
in process through WSGI, over the demo museum): no 5xx, and every response
documented (status code, content type, body schema).

Deterministic (hypothesis ``derandomize``) and bounded (``MAX_EXAMPLES`` per
operation), so CI is stable and fast. Operations are taken from the schema,
so new endpoints are fuzzed without touching this file. Besides random keys,
the ``{key}`` parameters are drawn from the demo museum's real keys, and each
operation first runs explicit cases: every language, and real items of its
kind for item-level operations.
"""

import copy

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from schemathesis.generation.modes import GenerationMode

from cms.core import languages

MAX_EXAMPLES = 10
# Real items per kind and language, explicit cases of each item-level
# operation (every detail of every item is validated in test_api_schema.py).
KEYS_PER_LANGUAGE = 1
# A well-formed key of nothing, and (derived from it) a malformed one.
UNKNOWN_KEY = "00000000-0000-4000-8000-000000000000"
CHECKS = ("not_a_server_error", "status_code_conformance", "content_type_conformance")
CHECKS += ("response_schema_conformance",)
# Content kinds whose items have a {key}: /api/v1/<kind>/{key}/...
CONTENT_KINDS = ("exhibits", "objects", "stories", "knowledge")


def _checks():
    from schemathesis import checks as builtin
    from schemathesis.specs.openapi import checks as openapi_checks

    return [
        getattr(builtin, name, None) or getattr(openapi_checks, name) for name in CHECKS
    ]


@pytest.fixture(scope="module")
def demo_keys(django_db_setup, django_db_blocker):
    """``{kind: {locale: [key, ...]}}`` of the public demo items."""
    client = Client()
    keys = {}
    with django_db_blocker.unblock():
        for kind in CONTENT_KINDS:
            keys[kind] = {}
            for code in languages.CODES:
                response = client.get(
                    f"/api/v1/{kind}/", {"locale": code, "limit": 100}
                )
                assert response.status_code == 200, response.content[:300]
                keys[kind][code] = [item["key"] for item in response.json()["results"]]
    return keys


@pytest.fixture(scope="module")
def openapi_document(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        response = Client().get("/api/v1/schema/", {"format": "json"})
    assert response.status_code == 200
    return response.json()


@pytest.fixture(scope="module")
def wsgi_app():
    """The project's WSGI app, called inside the test's transaction: Django
    must not close the connection at each request (its test client does the
    same)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield get_wsgi_application()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def _kind(path):
    parts = path.strip("/").split("/")
    return parts[2] if len(parts) > 3 and parts[2] in CONTENT_KINDS else None


def _with_real_keys(document, demo_keys):
    """The document, with each ``{key}`` path parameter of a content kind also
    drawn from that kind's real keys (responses are left as they are)."""
    document = copy.deepcopy(document)
    for path, operations in document["paths"].items():
        kind = _kind(path)
        if kind is None or "{key}" not in path:
            continue
        real = sorted({key for keys in demo_keys[kind].values() for key in keys})
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "path" and parameter["name"] == "key" and real:
                    parameter["schema"] = {
                        "anyOf": [{"enum": real}, parameter["schema"]],
                    }
    return document


def _get_operations():
    """The path of every GET operation of the document, read when the tests
    are collected (schema generation needs no database)."""
    from drf_spectacular.generators import SchemaGenerator

    document = SchemaGenerator().get_schema(request=None, public=True)
    return sorted(
        path for path, operations in document["paths"].items() if "get" in operations
    )


@pytest.fixture
def api_schema(openapi_document, demo_keys, wsgi_app):
    schema = schemathesis.openapi.from_dict(
        _with_real_keys(openapi_document, demo_keys)
    )
    schema.app = wsgi_app
    return schema


def _required_query(path):
    """Real values of the required query parameters of the operations that
    have some: a site path to resolve, a preview token of a demo exhibit."""
    if path == "/api/v1/resolve/":
        return lambda code: {"path": f"/{code}/"}
    if path == "/api/v1/preview/":
        from cms.exhibits.models import ExhibitPage

        token = ExhibitPage.objects.live().order_by("pk").first().create_page_preview()
        return lambda code: {
            "content_type": "exhibits.exhibitpage",
            "token": token.token,
        }
    return lambda code: {}


def _explicit_cases(operation, path, demo_keys):
    """Cases run before the generated ones: the operation in every language
    and, for an item, on real items of its kind."""
    kind = _kind(path)
    if "{" not in path:
        required = _required_query(path)
        return [
            operation.Case(query={"locale": code, **required(code)})
            for code in languages.CODES
        ]
    if kind is None:
        return []
    real = [
        operation.Case(path_parameters={"key": key}, query={"locale": code})
        for code, keys in demo_keys[kind].items()
        for key in keys[:KEYS_PER_LANGUAGE]
    ]
    unknown = [
        operation.Case(path_parameters={"key": key}, query={"locale": "ar"})
        for key in (UNKNOWN_KEY, UNKNOWN_KEY.replace("-", "")[:35] + "-")
    ]
    return real + unknown


@pytest.mark.django_db
@pytest.mark.parametrize("path", _get_operations())
def test_api_operation(api_schema, demo_keys, path):
    """Explicit cases (every language, real items), then generated positive
    and negative cases, for one GET operation."""
    operation = api_schema[path]["GET"]
    checks = _checks()
    strategy = st.one_of(
        operation.as_strategy(GenerationMode.POSITIVE),
        operation.as_strategy(GenerationMode.NEGATIVE),
    )
    explicit = _explicit_cases(operation, path, demo_keys)
    statuses = []
    answers = {}  # (key, locale) -> statuses

    def run(case):
        response = case.call()
        statuses.append(response.status_code)
        where = (
            (case.path_parameters or {}).get("key"),
            (case.query or {}).get("locale"),
        )
        answers.setdefault(where, set()).add(response.status_code)
        case.validate_response(response, checks=checks)

    for case in explicit:
        run = example(case=case)(run)
    settings(
        max_examples=MAX_EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )(given(case=strategy)(run))()

    if explicit and ("{" not in path or path.endswith("/{key}/")):
        # The run reached real data, not only 400s and 404s.
        assert 200 in statuses, f"{path}: no 200 among {sorted(set(statuses))}"
    if path.endswith("/{key}/") and _kind(path):
        # Every real item tried answers in every language.
        real = {
            (case.path_parameters["key"], case.query["locale"])
            for case in explicit
            if case.path_parameters["key"]
            in demo_keys[_kind(path)][case.query["locale"]]
        }
        assert real
        wrong = {
            where: answers.get(where)
            for where in real
            if 200 not in answers.get(where, set())
        }
        assert not wrong, f"{path}: real items not answered 200: {wrong}"
