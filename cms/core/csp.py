"""Content-Security-Policy: one policy for the public site, one for the admin.

The public site runs no inline script or style: its only scripts are files
under ``/static/`` and its only ``<script>`` element with content is JSON-LD,
which browsers never execute. Its policy therefore allows scripts and styles
from the site itself and nothing inline, not even ``'unsafe-inline'``. A
template that needs an inline element asks for ``request.csp_nonce`` (the
localized 503 page does, for its one ``<style>``): the nonce is then added to
that response's header only, and the response cache never stores a response
that used one (cms.core.response_cache.storable), so a nonce is never replayed.

Wagtail 8's admin still starts its widgets with inline scripts (choosers,
date pickers, inline panels: wagtail/wagtail#1288) and sets inline styles, so
its policy allows inline scripts and styles, and nothing from another origin:
no external script, image (Gravatar is off), connection, form target or
``<base>``. It allows framing by the admin itself, so page preview works, and
by the partner front end when ``HEADLESS_PREVIEW_URL`` is set. The sign-in and
password-reset pages, the admin's door, have no inline script and keep the
strict script policy.
"""

from urllib.parse import urlsplit

from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
# Admin pages that run no inline script: a stolen session starts here.
ADMIN_DOORS = ("/admin/login/", "/admin/password_reset/")


def origin(url: str) -> str | None:
    """``https://cdn.example`` for an absolute URL, None for a path."""
    parts = urlsplit(url or "")
    if parts.scheme and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return None


def policies(
    *, media_url: str = "", static_url: str = "", preview_url: str = ""
) -> tuple[dict, dict, dict]:
    """The public policy, the admin's, and the admin sign-in pages' (django-csp
    directives). Media and static files may live on another origin (S3, a CDN).
    No nonce in the admin's: a nonce makes browsers ignore 'unsafe-inline'."""
    # Code and styles come from the site or its static files' origin; uploads
    # (MEDIA_URL, S3) only ever as images, audio and video.
    code = [SELF, *filter(None, [origin(static_url)])]
    files = [*code, *filter(None, [origin(media_url)])]
    public = {
        "default-src": [SELF],
        "script-src": [*code, NONCE],
        "style-src": [*code, NONCE],
        "img-src": [*files, "data:"],
        "media-src": files,
        "font-src": code,
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        "frame-src": [NONE],
    }
    partner = origin(preview_url)
    admin = {
        **public,
        "style-src": [*code, UNSAFE_INLINE],
        "img-src": [*files, "data:", "blob:"],
        "media-src": [*files, "blob:"],
        "frame-src": [SELF, *([partner] if partner else [])],
    }
    door = {**admin, "script-src": public["script-src"]}
    admin = {**admin, "script-src": [*code, UNSAFE_INLINE]}
    return public, admin, door


class MuseumCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy under the admin's
    paths and the public policy everywhere else."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None:
            from django.conf import settings

            path = request.path_info
            if path.startswith(ADMIN_DOORS):
                parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN_DOOR["DIRECTIVES"]
            elif path.startswith(ADMIN_PREFIXES):
                parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts
