"""Project-level checks: Django's checks, migrations, catalogues, settings."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

BASE_DIR = Path(__file__).resolve().parents[2]


def test_django_system_check_passes():
    call_command("check", fail_level="WARNING")


@pytest.mark.django_db
def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_compiled_catalogues_match_their_sources():
    call_command("compile_catalogues", "--check")


def test_tamazight_is_a_real_django_language():
    from django.utils.translation import check_for_language, get_language_info

    assert check_for_language("zgh")
    info = get_language_info("zgh")
    assert info["name_local"] == "ⵜⴰⵎⴰⵣⵉⵖⵜ"
    assert info["bidi"] is False
    assert get_language_info("ar")["bidi"] is True
    with translation.override("zgh"):
        assert translation.gettext("Languages") == "ⵜⵓⵜⵍⴰⵢⵉⵏ"


def test_languages_are_the_museum_four():
    assert [code for code, _name in settings.LANGUAGES] == ["fr", "ar", "en", "zgh"]
    assert settings.WAGTAIL_CONTENT_LANGUAGES == settings.LANGUAGES
    assert settings.LANGUAGE_CODE == "fr"


def run_with_production_settings(code, **overrides):
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "a-production-like-secret-key-of-fifty-or-more-characters-9f3k",
        "ALLOWED_HOSTS": "museum.example",
        "DATABASE_URL": "postgres://museum@db.invalid/museum",
    }
    env.update(overrides)
    env = {name: value for name, value in env.items() if value is not None}
    return subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_settings_pass_the_deploy_check():
    result = run_with_production_settings(
        "from django.core.management import execute_from_command_line;"
        "execute_from_command_line("
        "['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])"
    )

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("setting", "expected"),
    [(None, "-c statement_timeout=25000"), ("5000", "-c statement_timeout=5000")],
)
def test_production_cancels_runaway_statements_before_the_worker_timeout(
    setting, expected
):
    show = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.DATABASES['default']['OPTIONS']['options'])"
    )
    result = run_with_production_settings(show, DATABASE_STATEMENT_TIMEOUT_MS=setting)
    assert result.returncode == 0, result.stderr
    options = result.stdout.strip()
    assert expected in options
    assert "-c jit=off" in options

    result = run_with_production_settings(show, DATABASE_STATEMENT_TIMEOUT_MS="0")
    assert "statement_timeout" not in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_settings_refuse_to_start_without_required_variables(missing):
    result = run_with_production_settings(
        "import django; django.setup()", **{missing: None}
    )

    assert result.returncode != 0
    assert missing in result.stderr.splitlines()[-1]


@pytest.mark.parametrize("code", ["fr", "ar", "zgh"])
def test_interface_catalogue_is_completely_translated(code):
    import polib

    catalogue = polib.pofile(
        str(BASE_DIR / "locale" / code / "LC_MESSAGES" / "django.po")
    )

    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, f"{code}: untranslated {untranslated[:5]}"
    assert not fuzzy, f"{code}: fuzzy {fuzzy[:5]}"
