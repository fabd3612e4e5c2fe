import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.utils import translation
from rest_framework.test import APIClient

from cms.core import generation


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo museum (home and sections in four languages) in the test
    database, built once per run through the same command as `make run`."""
    with django_db_blocker.unblock():
        call_command("seed_demo", verbosity=0)


@pytest.fixture(autouse=True)
def _empty_response_cache():
    """Each test's database rolls back, and so does the content generation
    the response cache is keyed on: a response stored by one test must not
    answer the next, and neither must a value kept per content stamp."""
    caches["responses"].clear()
    generation.clear_memos()


@pytest.fixture
def no_response_cache(settings):
    """Every answer built afresh. Query counts need it: they are the cost of
    building an answer, and with the response cache on, a request after the
    first is a hit (one query, whatever the view does)."""
    settings.RESPONSE_CACHE = False


@pytest.fixture(autouse=True)
def _reset_language():
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def api_client():
    return APIClient()
