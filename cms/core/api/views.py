"""What every v1 endpoint shares: strict query parameters, language
negotiation, the response headers of the contract (Content-Language, Vary,
ETag, Cache-Control) and anonymous throttling."""

from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation import override

from cms.core import languages
from cms.core.api import http
from cms.core.api.locale import accepted_language, requested_language
from cms.core.api.problems import ProblemError
from cms.core.localization import api_reading

PAGINATION_PARAMETERS = frozenset({"limit", "offset"})


class MuseumAPIMixin:
    """Mixed into every v1 view. ``query_parameters`` lists what a view accepts
    beyond pagination and ``locale``; anything else is a 400, never ignored."""

    query_parameters: frozenset[str] = frozenset()
    paginated = True
    throttle_classes = [http.AnonymousRateThrottle]

    def allowed_query_parameters(self) -> frozenset[str]:
        allowed = {"locale", *self.query_parameters}
        if self.paginated and getattr(self, "action", None) in (None, "list"):
            allowed |= PAGINATION_PARAMETERS
        return frozenset(allowed)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        unknown = sorted(set(request.query_params) - self.allowed_query_parameters())
        if unknown:
            raise ProblemError(
                400,
                "unknown-parameter",
                _("Unknown parameter"),
                _("Unknown query parameter(s): %(names)s. Accepted: %(accepted)s.")
                % {
                    "names": ", ".join(unknown),
                    "accepted": ", ".join(sorted(self.allowed_query_parameters())),
                },
                parameters=unknown,
            )
        self.language = requested_language(request)
        self.etag = None
        if request.method in ("GET", "HEAD"):
            self.etag = http.request_etag(request, self.language.code)
            if http.matches(request.headers.get("If-None-Match", ""), self.etag):
                raise http.NotModified()

    def dispatch(self, request, *args, **kwargs):
        # Messages (errors included) follow the requested language where valid.
        code = request.GET.get("locale")
        if code not in languages.BY_CODE:
            code = accepted_language(request.headers.get("Accept-Language", "")).code
        token = api_reading.set({"request": request, "chain": None})
        try:
            with override(code):
                return super().dispatch(request, *args, **kwargs)
        finally:
            api_reading.reset(token)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        language = getattr(self, "language", None)
        if language is not None:
            response["Content-Language"] = language.code
        if "locale" not in request.query_params:
            patch_vary_headers(response, ["Accept-Language"])
        http.apply_cache_headers(request, response, getattr(self, "etag", None))
        return response
