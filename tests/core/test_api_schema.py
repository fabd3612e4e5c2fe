"""The OpenAPI 3.1 document at /api/v1/schema/: valid, complete (every v1
route, every StreamField block typed) and true of real responses."""

import re

import pytest
from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from openapi_spec_validator.validation import OpenAPIV31SpecValidator
from wagtail.fields import StreamField

from cms.core import languages
from cms.core.api.block_schemas import untyped_blocks

# Served beside the schema, not described by it.
NOT_DESCRIBED = {"/api/v1/schema/", "/api/v1/docs/"}
CONTENT_KINDS = ("exhibits", "objects", "stories", "knowledge")


@pytest.fixture(scope="module")
def openapi(django_db_setup, django_db_blocker):
    from django.test import Client

    with django_db_blocker.unblock():
        response = Client().get("/api/v1/schema/", {"format": "json"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.oai.openapi+json")
    return response.json()


def response_validator(document, path, status="200"):
    """A JSON Schema validator for the ``status`` response of ``GET path``."""
    content = document["paths"][path]["get"]["responses"][status]["content"]
    media_type = next(iter(content.values()))
    schema = {**media_type["schema"], "components": document["components"]}
    return Draft202012Validator(
        schema, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def assert_valid(validator, data, url):
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, f"{url}: " + "; ".join(
        f"{'/'.join(map(str, e.absolute_path))}: {e.message[:300]}" for e in errors[:5]
    )


def test_schema_is_valid_openapi_31(openapi):
    assert openapi["openapi"].startswith("3.1.")
    validate(openapi, cls=OpenAPIV31SpecValidator)


def test_schema_also_served_by_accept_header(client):
    response = client.get(
        "/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json"
    )
    assert response.status_code == 200
    assert response.json()["openapi"].startswith("3.1.")


def _routes(patterns, prefix=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from _routes(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern)


def _openapi_path(route):
    """``api/v1/^exhibits/(?P<key>[0-9a-f-]{36})/$`` -> ``/api/v1/exhibits/{key}/``."""
    path = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"{\1}", route)
    path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", path)
    path = path.replace("^", "").replace("$", "").replace("\\", "")
    return "/" + path


def test_every_v1_route_is_described(openapi):
    routes = {
        _openapi_path(route)
        for route in _routes(get_resolver().url_patterns)
        if _openapi_path(route).startswith("/api/v1/")
    }
    assert "/api/v1/exhibits/{key}/" in routes  # the walk itself works
    missing = sorted(routes - NOT_DESCRIBED - set(openapi["paths"]))
    assert not missing, f"v1 routes absent from the OpenAPI document: {missing}"


def test_every_operation_documents_its_problems(openapi):
    for path, operations in openapi["paths"].items():
        operation = operations["get"]
        expected = {"200", "400"} | ({"404"} if "{" in path else set())
        assert expected <= set(operation["responses"]), path
        problem = operation["responses"]["400"]["content"]
        assert "application/problem+json" in problem, path


def _stream_fields():
    for model in apps.get_models():
        if not model.__module__.startswith("cms."):
            continue
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                yield f"{model._meta.label}.{field.name}", field


def test_every_streamfield_block_has_a_typed_schema():
    fields = dict(_stream_fields())
    assert "exhibits.ExhibitPage.body" in fields
    assert "knowledge.KnowledgePage.body" in fields
    untyped = {
        label: untyped_blocks(field.stream_block) for label, field in fields.items()
    }
    assert not any(untyped.values()), (
        "Blocks without a typed API schema (declare them in "
        f"cms/core/api/block_schemas.py): { {k: v for k, v in untyped.items() if v} }"
    )


@pytest.mark.parametrize(
    ("component", "field_label"),
    [
        ("ExhibitDetail", "exhibits.ExhibitPage.body"),
        ("KnowledgeDetail", "knowledge.KnowledgePage.body"),
    ],
)
def test_body_is_a_discriminated_union_of_its_blocks(openapi, component, field_label):
    schemas = openapi["components"]["schemas"]
    body = schemas[component]["properties"]["body"]
    assert body["type"] == "array"
    union = schemas[body["items"]["$ref"].rsplit("/", 1)[1]]
    assert union["discriminator"]["propertyName"] == "type"
    app_label, model_name, field_name = field_label.split(".")
    stream_block = (
        apps.get_model(app_label, model_name)._meta.get_field(field_name).stream_block
    )
    mapping = union["discriminator"]["mapping"]
    assert set(mapping) == set(stream_block.child_blocks)
    assert len(union["oneOf"]) == len(mapping)
    for name, ref in mapping.items():
        block = schemas[ref.rsplit("/", 1)[1]]
        assert block["properties"]["type"]["const"] == name
        assert set(block["required"]) == {"type", "id", "value"}
        value = block["properties"]["value"]
        assert "UNTYPED" not in str(value), name


def _free_form(schema):
    if not isinstance(schema, dict):
        return False
    if schema == {} or schema == {"readOnly": True}:
        return True
    return (
        schema.get("type") == "object"
        and not schema.get("properties")
        and schema.get("additionalProperties", True) in (True, {})
        and not any(k in schema for k in ("oneOf", "anyOf", "allOf", "$ref"))
    )


def _walk(node, where):
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}/{index}")


def test_no_untyped_schemas(openapi):
    """No ``Any`` and no free-form objects anywhere in the response models."""
    loose = [
        where
        for where, node in _walk(openapi["components"]["schemas"], "")
        if (where.endswith("/items") or "/properties/" in where)
        and _free_form(node)
        and not where.endswith("/properties")
    ]
    assert not loose, f"untyped schemas: {loose}"


def _keys(client, kind, code):
    response = client.get(f"/api/v1/{kind}/", {"locale": code, "limit": 100})
    assert response.status_code == 200, response.content[:500]
    return response, [item["key"] for item in response.json()["results"]]


@pytest.mark.django_db
@pytest.mark.parametrize("kind", CONTENT_KINDS)
def test_demo_responses_match_the_schema(openapi, client, kind):
    """Every list and every detail of the demo museum, in every language."""
    list_validator = response_validator(openapi, f"/api/v1/{kind}/")
    detail_validator = response_validator(openapi, f"/api/v1/{kind}/{{key}}/")
    translations_validator = response_validator(
        openapi, f"/api/v1/{kind}/{{key}}/translations/"
    )
    details = 0
    block_types = set()
    for code in languages.CODES:
        response, keys = _keys(client, kind, code)
        assert_valid(list_validator, response.json(), f"{kind} list {code}")
        for key in keys:
            url = f"/api/v1/{kind}/{key}/"
            detail = client.get(url, {"locale": code})
            assert detail.status_code == 200, (url, code, detail.content[:500])
            data = detail.json()
            assert_valid(detail_validator, data, f"{url}?locale={code}")
            block_types |= {block["type"] for block in data.get("body", [])}
            details += 1
        if keys:
            url = f"/api/v1/{kind}/{keys[0]}/translations/"
            response = client.get(url, {"locale": code})
            assert response.status_code == 200
            assert_valid(translations_validator, response.json(), url)
    assert details, f"no demo {kind}"
    if kind in ("exhibits", "knowledge"):
        assert block_types, f"the demo {kind} have no body blocks to check"


@pytest.mark.django_db
def test_problem_responses_match_the_schema(openapi, client):
    validator = response_validator(openapi, "/api/v1/exhibits/{key}/", "404")
    response = client.get("/api/v1/exhibits/00000000-0000-0000-0000-000000000000/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/problem+json")
    assert_valid(validator, response.json(), "404")
    validator = response_validator(openapi, "/api/v1/exhibits/", "400")
    response = client.get("/api/v1/exhibits/", {"nope": "1"})
    assert response.status_code == 400
    assert_valid(validator, response.json(), "400")
