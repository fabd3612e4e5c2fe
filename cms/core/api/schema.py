def only_museum_api(endpoints, **kwargs):
    """Keep the OpenAPI document to /api/v1/: wagtail-localize's admin views are
    DRF views too, but they are not part of the public contract."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]
