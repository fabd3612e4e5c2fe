"""Which language an API request asks for: ``?locale=``, else Accept-Language
among the museum's languages, else the source language."""

from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header

from cms.core import languages
from cms.core.api.problems import ProblemError


def accepted_language(accept_language_header: str) -> languages.Language:
    """The first museum language the header accepts, else the source language."""
    for accepted, _quality in parse_accept_lang_header(accept_language_header or ""):
        accepted = accepted.lower()
        for candidate in (accepted, accepted.split("-")[0]):
            if candidate in languages.BY_CODE:
                return languages.BY_CODE[candidate]
    return languages.BY_CODE[languages.SOURCE_LANGUAGE]


def requested_language(request) -> languages.Language:
    """``?locale=`` when given (a 400 when it is not a museum language), else
    Accept-Language negotiation."""
    code = request.GET.get("locale")
    if code is None:
        return accepted_language(request.headers.get("Accept-Language", ""))
    if code not in languages.BY_CODE:
        raise ProblemError(
            400,
            "unknown-locale",
            _("Unknown locale"),
            _("locale must be one of %(codes)s, not %(code)r.")
            % {"codes": ", ".join(languages.CODES), "code": code[:20]},
            parameter="locale",
            available=list(languages.CODES),
        )
    return languages.BY_CODE[code]
