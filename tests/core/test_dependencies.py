"""The framework and image library are at or above their latest security
release (issue 10, "Dependency checks").

Floors are per release series: upgrading to a series the table does not know
(Django 6.0, Wagtail 8.1, Pillow 14...) fails here until someone has read
that series' advisories and added its floor. Each floor names the advisory
it comes from. Checked against both what is installed and what
requirements.txt pins, so neither can drift below a fix."""

import re
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.version import Version

REQUIREMENTS = Path(__file__).resolve().parents[2] / "requirements.txt"

# package -> release series -> first release with every fix published so far.
FLOORS = {
    "django": {
        # Django 5.2.15 / 6.0.6 (3 June 2026): CVE-2026-6873 (signed-cookie
        # salt collision), CVE-2026-7666 (SMTP STARTTLS downgrade),
        # CVE-2026-48587 (cache Vary header), after 5.2.14 / 6.0.5 (May 2026,
        # CVE-2026-5766, ASGI upload memory limit) and 5.2.11 (3 February
        # 2026, CVE-2026-1207, -1287, -1312 SQL injection).
        "5.2": "5.2.15",
        "6.0": "6.0.6",
    },
    "wagtail": {
        # Wagtail 7.0.7 / 7.3.2 / 7.4 (May 2026): CVE-2026-44197 and
        # GHSA-67rv-mg8q-5pf3, GHSA-c4mr-889m-vgf6, GHSA-c6wj-9vcj-75pj,
        # GHSA-p5gm-92h4-6pv6, GHSA-pwm3-7fv4-g6xx (permission checks on
        # page copy, history, revision comparison, documents and images API,
        # form submissions). 8.0 (25 August 2026) came out after them and
        # carries the fixes; no 8.0.x advisory was published when this
        # floor was set.
        "7.4": "7.4",
        "8.0": "8.0",
    },
    "wagtail-localize": {
        # No security advisory has been published for wagtail-localize
        # (GitHub advisories, PyPA advisory database); the floor is the
        # first release the project runs with Wagtail 8.0.
        "1.14": "1.14.5",
    },
    "pillow": {
        # Pillow 12.2.0 (April 2026): CVE-2026-40192 (FITS decompression
        # bomb), CVE-2026-42309 (ImagePath / ImageDraw heap overflow), after
        # 12.1.1 (February 2026, CVE-2026-25990, PSD out-of-bounds write).
        # Pillow fixes the latest release only: 13.0 includes all of them.
        "12": "12.2.0",
        "13": "13.0.0",
    },
}


def series(package, installed):
    """The key of FLOORS[package] the release belongs to: major.minor, or
    the major alone for Pillow (which patches its latest release only)."""
    keys = FLOORS[package]
    for key in sorted(keys, key=len, reverse=True):
        if installed.release[: len(key.split("."))] == tuple(
            int(part) for part in key.split(".")
        ):
            return key
    return None


def pinned(package):
    for line in REQUIREMENTS.read_text().splitlines():
        match = re.match(rf"^{re.escape(package)}==([^\s;#]+)", line, re.IGNORECASE)
        if match:
            return Version(match.group(1))
    return None


@pytest.mark.parametrize("package", sorted(FLOORS))
@pytest.mark.parametrize("source", ["installed", "requirements.txt"])
def test_security_floor(package, source):
    current = Version(version(package)) if source == "installed" else pinned(package)
    assert current is not None, f"{package} is not pinned in requirements.txt"

    key = series(package, current)

    assert key is not None, (
        f"{package} {current} ({source}) is a series without a floor: read its "
        "security advisories and add one to FLOORS"
    )
    floor = Version(FLOORS[package][key])
    assert current >= floor, (
        f"{package} {current} ({source}) is below {floor}, its latest security release"
    )


@pytest.mark.parametrize(
    ("package", "release", "expected"),
    [
        ("django", "5.2.14", False),  # before CVE-2026-6873
        ("django", "5.2.19", True),
        ("django", "6.1", None),  # a series nobody has reviewed yet
        ("wagtail", "7.3.2", None),
        ("wagtail", "8.0.1", True),
        ("pillow", "12.1.1", False),  # before CVE-2026-40192
        ("pillow", "13.0.0", True),
    ],
)
def test_the_floors_tell_a_vulnerable_release_from_a_fixed_one(
    package, release, expected
):
    candidate = Version(release)
    key = series(package, candidate)
    if expected is None:
        assert key is None
    else:
        assert (candidate >= Version(FLOORS[package][key])) is expected
