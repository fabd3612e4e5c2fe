"""Uncertain historical dates in EDTF (ISO 8601-2, Extended Date/Time Format).

The museum accepts the subset curators use — a year, month or day; an
unspecified decade or century (``196X``, ``19XX``); any of those approximate
(``~``), uncertain (``?``) or both (``%``); and a closed interval of two such
dates (``1963/1975``). Parsing and date arithmetic come from the ``edtf``
package; this module adds the subset check, the sortable years and the text
shown to readers in each language.
"""

import datetime
import functools
import re
from contextlib import nullcontext
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, override
from edtf import EDTFParseException, parse_edtf, struct_time_to_date

_POINT = r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?|\d{3}X|\d{2}XX"
_QUALIFIED = rf"(?:{_POINT})[~?%]?"
EDTF_SUBSET = re.compile(rf"^(?P<start>{_QUALIFIED})(?:/(?P<end>{_QUALIFIED}))?$")

EDTF_HELP = gettext_lazy(
    "A date in EDTF: 1963, 1963-07, 1963-07-21, 196X (the 1960s), 19XX, "
    "1963~ (circa), 1963? (uncertain), or an interval such as 1963/1975."
)


@dataclass(frozen=True)
class EDTFDate:
    value: str
    start: datetime.date
    end: datetime.date

    @property
    def start_year(self) -> int:
        return self.start.year

    @property
    def end_year(self) -> int:
        return self.end.year


@functools.lru_cache(maxsize=8192)
def _bounds(value: str) -> tuple[datetime.date, datetime.date] | None:
    """The strict start and end of ``value``, or None when it is not a date.
    Memoised: the edtf grammar costs tens of milliseconds a parse, and a
    collection repeats the same few thousand dates on every read."""
    if not EDTF_SUBSET.match(value):
        return None
    try:
        parsed = parse_edtf(value)
        return (
            struct_time_to_date(parsed.lower_strict()),
            struct_time_to_date(parsed.upper_strict()),
        )
    except (EDTFParseException, ValueError, TypeError, OverflowError):
        return None


def parse(value: str) -> EDTFDate:
    """Parse ``value``; raise ValidationError (in the active language) if it is
    not in the museum's EDTF subset or is not a real date."""
    value = (value or "").strip()
    bounds = _bounds(value)
    if bounds is None:
        raise ValidationError(
            _("“%(value)s” is not a date the museum understands. %(help)s"),
            code="invalid_edtf",
            params={"value": value[:40], "help": EDTF_HELP},
        )
    start, end = bounds
    if end < start:
        raise ValidationError(
            _("The interval “%(value)s” ends before it starts."),
            code="invalid_edtf_interval",
            params={"value": value},
        )
    return EDTFDate(value=value, start=start, end=end)


def year_range(value: str) -> tuple[int | None, int | None]:
    """Sortable (start, end) years of ``value``; (None, None) when it is empty
    or invalid (validation reports invalid values; saving must not crash)."""
    if not value:
        return None, None
    try:
        parsed = parse(value)
    except ValidationError:
        return None, None
    return parsed.start_year, parsed.end_year


def validate_edtf(value: str) -> None:
    """Django field validator."""
    if value:
        parse(value)


def _point_display(point: str) -> str:
    qualifier = point[-1] if point[-1] in "~?%" else ""
    core = point.rstrip("~?%")
    if core.endswith("XX"):
        century = int(core[:2]) * 100
        text = _("%(start)s–%(end)s") % {"start": century, "end": century + 99}
    elif core.endswith("X"):
        text = _("the %(decade)ss") % {"decade": int(core[:3]) * 10}
    elif len(core) == 7:
        year, month = (int(part) for part in core.split("-"))
        text = formats.date_format(datetime.date(year, month, 1), "F Y")
    elif len(core) == 10:
        text = formats.date_format(datetime.date.fromisoformat(core), "j F Y")
    else:
        text = core
    if qualifier == "~":
        return _("circa %(date)s") % {"date": text}
    if qualifier == "?":
        return _("%(date)s (uncertain)") % {"date": text}
    if qualifier == "%":
        return _("circa %(date)s (uncertain)") % {"date": text}
    return text


def display(value: str, language: str | None = None) -> str:
    """How readers see the date, in ``language`` (the active one by default).

    ``display("196X", "fr")`` → "années 1960"; an invalid value is shown as is.
    """
    if not value:
        return ""
    match = EDTF_SUBSET.match(value.strip())
    if not match:
        return value
    with override(language) if language else nullcontext():
        start = _point_display(match["start"])
        if not match["end"]:
            return start
        return _("%(start)s – %(end)s") % {
            "start": start,
            "end": _point_display(match["end"]),
        }
