from decimal import Decimal
from types import SimpleNamespace

import pytest

from cms.stories.captions import CaptionFileError, parse_captions, to_webvtt
from cms.stories.models import segment_errors


def segment(start, end, text, speaker=""):
    return SimpleNamespace(
        start=Decimal(start), end=Decimal(end), text=text, speaker=speaker
    )


def test_webvtt_parsed_back_equals_the_segments():
    segments = [
        segment("0.600", "4.250", "Je suis née à Tiznit.", "Fatima"),
        segment("4.900", "9.125", "وُلدت في تزنيت <وليس في أكادير> & كبرت هناك."),
        segment("3600.000", "3605.500", "ⵍⵍⵉⵖ ⴳ ⵜⵉⵣⵏⵉⵜ --> ⴰⵙⴽⴰⵙ 1950", "ⴼⴰⵟⵉⵎⴰ"),
    ]

    cues = parse_captions(to_webvtt(segments, "ar"))

    assert [(c.start, c.end, c.text, c.speaker) for c in cues] == [
        (s.start, s.end, " ".join(s.text.replace("-->", "—>").split()), s.speaker)
        for s in segments
    ]


def test_webvtt_output_is_a_valid_file():
    text = to_webvtt([segment("1", "2.5", "Bonjour")], "fr")

    assert text.startswith("WEBVTT\n")
    assert "00:00:01.000 --> 00:00:02.500" in text


def test_srt_files_are_read():
    srt = "1\n00:00:01,000 --> 00:00:03,500\nPremière ligne\nsuite\n\n2\n00:00:04,000 --> 00:00:06,000\nDeuxième\n"

    cues = parse_captions(srt)

    assert [(c.start, c.end, c.text) for c in cues] == [
        (Decimal("1"), Decimal("3.5"), "Première ligne suite"),
        (Decimal("4"), Decimal("6"), "Deuxième"),
    ]


@pytest.mark.parametrize(
    ("content", "line"),
    [
        ("WEBVTT\n\n00:00:01.000 --> 00:00:00.500\nÀ l’envers\n", 3),
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nUn\n\n00:00:02.000 --> 00:00:04.000\nDeux\n",
            6,
        ),
        ("WEBVTT\n\n00:00:01 --> 00:00:03.000\nSans millièmes\n", 3),
        ("WEBVTT\n\ncue-1\nPas de minutage\n", 4),
        ("1\n00:00:01,000 --> 00:00:02,000\n\n", 3),
        ("Bonjour tout le monde\n", 1),
        ("WEBVTT\n\n", 3),
    ],
    ids=[
        "ends-before-start",
        "overlap",
        "bad-timestamp",
        "missing-timing",
        "empty-cue",
        "not-captions",
        "no-cues",
    ],
)
def test_malformed_files_name_the_line(content, line):
    with pytest.raises(CaptionFileError) as error:
        parse_captions(content)

    assert error.value.line == line
    assert str(error.value).startswith(f"Line {line}") or str(error.value).startswith(
        f"Ligne {line}"
    )


@pytest.mark.parametrize(
    ("spans", "duration", "expected"),
    [
        ([(0, 5), (5, 9)], 10, []),
        ([(0, 5), (4, 9)], None, [(1, "start")]),
        ([(3, 3)], None, [(0, "end")]),
        ([(0, 5), (6, 12)], 10, [(1, "end")]),
    ],
    ids=["valid", "overlap", "empty", "past-the-recording"],
)
def test_segment_time_codes_are_checked(spans, duration, expected):
    errors = segment_errors([(Decimal(a), Decimal(b)) for a, b in spans], duration)

    assert [(position, field) for position, field, _message in errors] == expected
