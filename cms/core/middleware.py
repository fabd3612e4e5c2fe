"""Locale handling that leaves non-site paths alone."""

from django.middleware.locale import LocaleMiddleware

# Paths outside i18n_patterns. Without this, LocaleMiddleware turns every 404
# under them into a redirect to /fr/<path> (Wagtail's catch-all makes any
# prefixed path look valid), so an API client would get HTML instead of a
# JSON 404.
UNPREFIXED_PATHS = (
    "/api/",
    "/admin/",
    "/django-admin/",
    "/static/",
    "/media/",
    "/documents/",
    "/media-files/",
    "/healthz/",
)


class MuseumLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)
