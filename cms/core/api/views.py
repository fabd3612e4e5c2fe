"""What every v1 endpoint shares: strict query parameters, language
negotiation, the response headers of the contract (Content-Language, Vary,
ETag, Cache-Control) and anonymous throttling."""

from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation import override
from rest_framework.response import Response

from cms.core import languages, response_cache
from cms.core.api import http
from cms.core.api.locale import accepted_language, requested_language
from cms.core.api.problems import ProblemError
from cms.core.localization import api_reading

PAGINATION_PARAMETERS = frozenset({"limit", "offset"})


def reject_unknown_parameters(request, allowed):
    """A 400 problem naming any query parameter the endpoint does not take:
    an ignored parameter would look like a filter that silently failed."""
    unknown = sorted(set(request.query_params) - set(allowed))
    if unknown:
        raise ProblemError(
            400,
            "unknown-parameter",
            _("Unknown parameter"),
            _("Unknown query parameter(s): %(names)s. Accepted: %(accepted)s.")
            % {"names": ", ".join(unknown), "accepted": ", ".join(sorted(allowed))},
            parameters=unknown,
        )


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
        reject_unknown_parameters(request, self.allowed_query_parameters())
        self.language = requested_language(request)
        self.etag = None
        if request.method in ("GET", "HEAD"):
            self.etag = http.request_etag(request, self.language.code)
            if http.matches(request.headers.get("If-None-Match", ""), self.etag):
                raise http.NotModified()
            self.look_up_cached_response(request)

    def look_up_cached_response(self, request):
        """Answer from the response cache (after throttling and the 304 check,
        before any queryset or serializer), or remember where to store this
        response. Only anonymous reads; see cms/core/response_cache.py."""
        self.response_cache_key = None
        if not (
            response_cache.enabled()
            and response_cache.anonymous(request)
            and not request.user.is_authenticated
        ):
            return
        self.response_cache_key = response_cache.key(
            "api",
            request.get_host(),
            request.method == "HEAD",
            request.accepted_media_type,
            self.etag,
            fingerprinted=True,
        )
        frozen = response_cache.store().get(self.response_cache_key)
        if frozen is not None:
            raise http.CachedResponse(response_cache.thaw(frozen))

    def handle_exception(self, exc):
        if isinstance(exc, http.CachedResponse):
            self.response_cache_key = None
            return exc.response
        return super().handle_exception(exc)

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
        cache_key = getattr(self, "response_cache_key", None)
        if cache_key and isinstance(response, Response):
            response.add_post_render_callback(
                lambda rendered: response_cache.save(cache_key, rendered)
            )
            response[response_cache.HEADER] = "miss"
        return response
