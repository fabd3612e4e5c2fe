"""Readers are told where a translation stands."""

import pytest

from tests.translation.helpers import fill_from_po, new_page, submit

pytestmark = pytest.mark.django_db

OUTDATED = "The French original has changed since this translation was made"
MACHINE = "translated by machine and have not yet been reviewed"


def test_pages_say_when_their_translation_is_outdated_or_missing(
    client, admin_client, admin_user, locales, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = new_page(locales, slug="carnets-de-route", title="Carnets de route")
        translation = submit(admin_client, page, locales["en"])
    with django_capture_on_commit_callbacks(execute=True):
        fill_from_po(translation, admin_user)
    english = page.get_translation(locales["en"])
    arabic_copy = page.get_translation(locales["ar"])  # synced, untranslated

    html = client.get(english.url).content.decode()
    assert OUTDATED not in html
    assert MACHINE not in html
    # The switcher on the English page flags the untranslated Arabic and
    # Tamazight copies, each in its own language; French is the source.
    switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
    assert "لم يُترجم بعد" in switcher
    assert "ⵓⵔ ⵉⵜⵜⵓⵙⵓⵖⵍ ⴰⵔ ⴷⵖⵉ" in switcher
    assert switcher.count("<small") == 2

    arabic_html = client.get(arabic_copy.url).content.decode()
    assert "translation-notice" in arabic_html

    with django_capture_on_commit_callbacks(execute=True):
        page.refresh_from_db()
        page.summary = "<p>Des carnets tenus pendant le voyage, révisés.</p>"
        page.save_revision().publish()
    html = client.get(english.url).content.decode()
    assert OUTDATED in html
