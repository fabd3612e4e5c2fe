"""Synthetic interview recordings for the demo, made at seed time.

With espeak-ng installed (Debian package ``espeak-ng``) each segment's text is
spoken; without it, each segment becomes a soft tone as long as the text would
take to say. Either way the result is one WAV file and the exact time span of
every segment in it. Nothing is downloaded.
"""

import array
import io
import math
import random
import shutil
import subprocess
import tempfile
import wave
from pathlib import Path

RATE = 22050
GAP_SECONDS = 0.6


def _espeak(text: str, voice: str) -> bytes | None:
    executable = shutil.which("espeak-ng")
    if executable is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "segment.wav"
        result = subprocess.run(  # noqa: S603 - fixed executable, text passed as an argument
            [executable, "-v", voice, "-s", "155", "-w", str(target), text],
            capture_output=True,
            timeout=60,
            check=False,
        )
        if result.returncode != 0 or not target.exists():
            return None
        with wave.open(str(target), "rb") as sound:
            if (
                sound.getframerate() != RATE
                or sound.getsampwidth() != 2
                or sound.getnchannels() != 1
            ):
                return None
            return sound.readframes(sound.getnframes())


def _tone(text: str, seed: str) -> bytes:
    rnd = random.Random(seed)  # noqa: S311 - decoration
    seconds = max(2.0, len(text) / 14)
    pitch = 180 + rnd.randint(0, 80)
    samples = array.array(
        "h",
        (
            int(
                6000
                * math.sin(math.pi * t / (RATE * seconds))
                * math.sin(2 * math.pi * pitch * t / RATE)
            )
            for t in range(int(RATE * seconds))
        ),
    )
    return samples.tobytes()


def interview_recording(texts, voice="fr", seed="demo"):
    """``(wav_bytes, [(start, end), ...])`` for the spoken ``texts``."""
    silence = b"\x00\x00" * int(RATE * GAP_SECONDS)
    frames, spans, position = [silence], [], GAP_SECONDS
    for number, text in enumerate(texts):
        spoken = _espeak(text, voice) or _tone(text, f"{seed}-{number}")
        length = len(spoken) / 2 / RATE
        spans.append((round(position, 3), round(position + length, 3)))
        frames.extend([spoken, silence])
        position += length + GAP_SECONDS
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(RATE)
        sound.writeframes(b"".join(frames))
    return buffer.getvalue(), spans
