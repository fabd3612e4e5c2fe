"""The archivists' dashboard: embargoes about to end."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from cms.stories.models import StoryAccess, StoryIndexPage
from tests.stories.conftest import make_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def embargoed_stories(french):
    index = StoryIndexPage.objects.get(locale=french)
    today = timezone.localdate()
    stories = {}
    for name, days in (("bientot", 10), ("plustard", 45)):
        story, _marker = make_story(index, name)
        StoryAccess.objects.filter(translation_key=story.translation_key).update(
            embargo_until=today + datetime.timedelta(days=days)
        )
        stories[name] = story
    return stories


def test_archivists_see_embargoes_ending_within_30_days(
    client, django_user_model, embargoed_stories
):
    archivist = django_user_model.objects.create_user("archiviste", password="x")
    archivist.groups.add(Group.objects.get(name="Archivists"))
    client.force_login(archivist)

    html = client.get("/admin/").content.decode()

    panel = html.split('class="w-panel embargoes-ending"')[1].split("</section>")[0]
    assert embargoed_stories["bientot"].title in panel
    assert embargoed_stories["plustard"].title not in panel
    ends = (timezone.localdate() + datetime.timedelta(days=10)).isoformat()
    assert f'datetime="{ends}"' in panel


def test_others_do_not_see_the_panel_nor_the_embargoed_titles(
    client, django_user_model, embargoed_stories
):
    staff = django_user_model.objects.create_user("redacteur", password="x")
    staff.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    client.force_login(staff)

    html = client.get("/admin/").content.decode()

    assert "embargoes-ending" not in html
    assert embargoed_stories["bientot"].title not in html
