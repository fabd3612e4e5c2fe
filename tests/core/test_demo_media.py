"""The demo's generated media: recordings (with and without espeak-ng) and PDFs."""

import io
import wave

import mutagen

from cms.core.demo import audio
from cms.core.demo.documents import simple_pdf


def duration(wav_bytes):
    with wave.open(io.BytesIO(wav_bytes)) as sound:
        return sound.getnframes() / sound.getframerate()


def test_recording_without_espeak_is_a_tone_per_segment(monkeypatch):
    monkeypatch.setattr(audio.shutil, "which", lambda name: None)
    texts = ["Je suis née à Tiznit.", "Mon mari est parti en France en 1970, seul."]

    wav, spans = audio.interview_recording(texts, seed="test")

    assert len(spans) == 2
    assert spans[0][0] < spans[0][1] <= spans[1][0] < spans[1][1]
    assert abs(duration(wav) - (spans[-1][1] + audio.GAP_SECONDS)) < 0.05
    assert round(mutagen.File(io.BytesIO(wav)).info.length, 1) == round(
        duration(wav), 1
    )


def test_report_pdf_is_a_valid_one_page_document():
    pdf = simple_pdf(["Registre des compétences (rapport)", "Skills register (report)"])

    assert pdf.startswith(b"%PDF-1.4")
    assert pdf.rstrip().endswith(b"%%EOF")
    assert b"/Count 1" in pdf
    # The cross-reference table points at each object.
    xref_at = int(pdf.rsplit(b"startxref", 1)[1].split()[0])
    assert pdf[xref_at:].startswith(b"xref")
    assert b"Registre des comp\xe9tences" in pdf  # WinAnsi-encoded accent
