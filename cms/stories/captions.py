"""WebVTT captions from transcript segments, and importing .vtt / .srt files.

Each language version of a story has its own captions: the same time codes
(synchronised) with that language's text.
"""

import re
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

TIMESTAMP = re.compile(r"^(?:(\d+):)?([0-5]\d):([0-5]\d)[.,](\d{3})$")


class CaptionFileError(ValueError):
    """A malformed caption file; ``line`` is 1-based."""

    def __init__(self, line, message):
        self.line = line
        super().__init__(
            _("Line %(line)d: %(message)s") % {"line": line, "message": message}
        )


@dataclass
class Cue:
    start: Decimal
    end: Decimal
    text: str
    speaker: str = ""


def format_timestamp(seconds) -> str:
    milliseconds = int((Decimal(str(seconds)) * 1000).to_integral_value())
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def _escape(text: str) -> str:
    # "-->" would end a cue's timing line; & < > are markup in WebVTT.
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    ).replace("--&gt;", "—&gt;")


def to_webvtt(segments, language_code: str) -> str:
    """The WebVTT file for ``segments`` (objects with start, end, text, speaker)."""
    lines = ["WEBVTT", f"Language: {language_code}", ""]
    for number, segment in enumerate(segments, start=1):
        lines.append(str(number))
        lines.append(
            f"{format_timestamp(segment.start)} --> {format_timestamp(segment.end)}"
        )
        text = " ".join(_escape(segment.text).split())
        if segment.speaker:
            text = f"<v {_escape(segment.speaker)}>{text}"
        lines.append(text)
        lines.append("")
    return "\n".join(lines)


def _parse_timestamp(value: str, line: int) -> Decimal:
    match = TIMESTAMP.match(value.strip())
    if not match:
        raise CaptionFileError(
            line,
            _("“%(value)s” is not a time code such as 00:01:02.500.")
            % {"value": value.strip()[:30]},
        )
    hours, minutes, seconds, millis = (int(part or 0) for part in match.groups())
    return Decimal(hours * 3600 + minutes * 60 + seconds) + Decimal(millis) / 1000


VOICE = re.compile(r"^<v(?:\.[\w.-]+)?\s+([^>]+)>(.*)$", re.S)
TAG = re.compile(r"</?[^>]+>")


def parse_captions(content: str) -> list[Cue]:
    """Cues of a WebVTT or SubRip (.srt) file; CaptionFileError on the first problem."""
    lines = (
        content.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    )
    is_vtt = lines[0].startswith("WEBVTT")
    if (
        lines
        and not is_vtt
        and lines[0].strip()
        and "-->" not in lines[0]
        and not lines[0].strip().isdigit()
    ):
        raise CaptionFileError(
            1, _("A caption file starts with WEBVTT (WebVTT) or a cue number (SubRip).")
        )
    cues, index = [], 1 if is_vtt else 0
    while index < len(lines):
        line = lines[index].strip()
        if not line or (
            is_vtt
            and line.startswith(("NOTE", "STYLE", "REGION", "Language:", "Kind:"))
        ):
            index = (
                _skip_block(lines, index)
                if line.startswith(("NOTE", "STYLE", "REGION"))
                else index + 1
            )
            continue
        if "-->" not in line:
            index += 1  # a cue identifier (SubRip number or WebVTT id)
            if index >= len(lines) or "-->" not in lines[index]:
                raise CaptionFileError(
                    index + 1 if index < len(lines) else index,
                    _("Expected a timing line such as 00:00:01.000 --> 00:00:04.000."),
                )
            line = lines[index].strip()
        start_text, _arrow, rest = line.partition("-->")
        start = _parse_timestamp(start_text, index + 1)
        end = _parse_timestamp(rest.split()[0] if rest.split() else "", index + 1)
        if end <= start:
            raise CaptionFileError(index + 1, _("The cue ends before it starts."))
        if cues and start < cues[-1].end:
            raise CaptionFileError(index + 1, _("This cue overlaps the one before it."))
        text_lines = []
        index += 1
        while index < len(lines) and lines[index].strip():
            text_lines.append(lines[index].strip())
            index += 1
        if not text_lines:
            raise CaptionFileError(index + 1, _("The cue has no text."))
        text, speaker = " ".join(text_lines), ""
        voice = VOICE.match(text)
        if voice:
            speaker, text = voice.group(1).strip(), voice.group(2)
        text = (
            TAG.sub("", text)
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
        )
        cues.append(Cue(start=start, end=end, text=text.strip(), speaker=speaker))
    if not cues:
        raise CaptionFileError(len(lines), _("The file has no cues."))
    return cues


def _skip_block(lines, index):
    while index < len(lines) and lines[index].strip():
        index += 1
    return index
