import pytest
from wagtail.models import Locale


@pytest.fixture
def locales():
    """The museum's locales by language code."""
    return {locale.language_code: locale for locale in Locale.objects.all()}
