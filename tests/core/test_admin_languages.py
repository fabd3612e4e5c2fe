"""The admin speaks the editors' languages: French, Arabic (right to left)
and English, each editor's choice kept in their profile."""

import re

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("code", "direction", "dashboard"),
    [
        ("ar", "rtl", "لوحة التحكم"),
        ("fr", "ltr", "Tableau de bord"),
        ("en", "ltr", "Dashboard"),
    ],
)
def test_the_admin_answers_in_the_editors_language(
    client, admin_user, code, direction, dashboard
):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = code
    profile.save()
    client.force_login(admin_user)

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    root = re.search(r"<html[^>]*>", html).group(0)
    assert f'lang="{code}"' in root
    assert f'dir="{direction}"' in root
    assert dashboard in html


def test_tamazight_is_not_offered_for_the_admin(client, admin_user):
    """Wagtail ships no Tamazight admin catalogue; offering it would show a
    half-English admin."""
    client.force_login(admin_user)
    html = client.get(reverse("wagtailadmin_account")).content.decode()
    assert 'value="ar"' in html
    assert 'value="zgh"' not in html
