def only_museum_api(endpoints, **kwargs):
    """Keep the OpenAPI document to /api/v1/: wagtail-localize's admin views are
    DRF views too, but they are not part of the public contract."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]


PROBLEM_COMPONENT = {
    "type": "object",
    "description": (
        "An error, as RFC 9457 problem details. Extension members (such as "
        "`parameter`, `parameters`, `available` or `available_locales`) may "
        "be added."
    ),
    "properties": {
        "type": {"type": "string", "description": "URI of the problem type."},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "parameter": {"type": "string"},
        "parameters": {"type": "array", "items": {"type": "string"}},
        "available": {"type": "array", "items": {"type": "string"}},
        "available_locales": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["type", "title", "status", "detail"],
    "additionalProperties": True,
}

PROBLEM_RESPONSES = {
    "400": "Unknown or invalid query parameter (`unknown-parameter`, "
    "`invalid-parameter`, `unknown-locale`).",
    "404": "No such item in this language (`available_locales` lists the "
    "languages it exists in), nothing public behind a resolved path, or an "
    "unknown or expired preview token.",
    "429": "Too many requests from this client; see `Retry-After`.",
}


# Operations without a path parameter that still answer 404 for what they
# cannot find (a site path with nothing public behind it).
LOOKUP_PATHS = frozenset({"/api/v1/resolve/", "/api/v1/preview/"})


def _problem_response(description):
    return {
        "description": description,
        "content": {
            "application/problem+json": {
                "schema": {"$ref": "#/components/schemas/Problem"}
            }
        },
    }


def problem_responses(result, generator, request, public, **kwargs):
    """Document the errors every v1 operation can answer with: 400 (strict
    query parameters), 429 (throttling) and, for an item (a path with a
    parameter), 404. All are ``application/problem+json``."""
    result.setdefault("components", {}).setdefault("schemas", {})["Problem"] = (
        PROBLEM_COMPONENT
    )
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            if method not in ("get", "head"):
                continue
            responses = operation.setdefault("responses", {})
            looks_up = "{" in path or path in LOOKUP_PATHS
            codes = ["400", "429"] + (["404"] if looks_up else [])
            for code in codes:
                responses.setdefault(code, _problem_response(PROBLEM_RESPONSES[code]))
            operation["responses"] = dict(
                sorted(responses.items(), key=lambda item: item[0])
            )
    _nullable_to_31(result)
    return result


def _nullable_to_31(node):
    """OpenAPI 3.0's ``nullable: true`` left by schemas drf-spectacular does
    not build itself (DRF's pagination schema): JSON Schema ignores it, so
    write it the 3.1 way (``null`` among the types)."""
    if isinstance(node, list):
        for item in node:
            _nullable_to_31(item)
        return
    if not isinstance(node, dict):
        return
    for value in node.values():
        _nullable_to_31(value)
    if node.pop("nullable", False) is not True:
        return
    kind = node.get("type")
    if isinstance(kind, str):
        node["type"] = [kind, "null"]
    elif isinstance(kind, list):
        if "null" not in kind:
            kind.append("null")
    else:
        alternatives = {
            key: node.pop(key) for key in list(node) if key not in ("description",)
        }
        node["oneOf"] = [alternatives, {"type": "null"}]
