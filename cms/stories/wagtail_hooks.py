import datetime

from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet

from cms.core import languages
from cms.stories.viewsets import StoryAccessViewSet

register_snippet(StoryAccessViewSet)

EMBARGO_NOTICE_DAYS = 30


class EmbargoEndingPanel(Component):
    """For archivists: interviews whose embargo ends within 30 days, when
    they become public by themselves (the visibility rule reads the date)."""

    name = "embargoes_ending"
    template_name = "stories/admin/embargo_panel.html"
    order = 160

    def __init__(self, records):
        self.records = records

    def get_context_data(self, parent_context=None):
        return {"records": self.records, "days": EMBARGO_NOTICE_DAYS}


def embargoes_ending(today=None):
    """``[(access record, French story or None)]`` whose embargo ends within
    the notice period, soonest first."""
    from cms.stories.models import StoryAccess, StoryPage

    today = today or timezone.localdate()
    records = list(
        StoryAccess.objects.filter(
            embargo_until__gt=today,
            embargo_until__lte=today + datetime.timedelta(days=EMBARGO_NOTICE_DAYS),
        ).order_by("embargo_until", "pk")
    )
    stories = {
        story.translation_key: story
        for story in StoryPage.objects.filter(
            translation_key__in=[record.translation_key for record in records],
            locale__language_code=languages.SOURCE_LANGUAGE,
        )
    }
    return [(record, stories.get(record.translation_key)) for record in records]


@hooks.register("construct_homepage_panels")
def add_embargo_panel(request, panels):
    if request.user.has_perm("stories.view_storyaccess"):
        panels.append(EmbargoEndingPanel(embargoes_ending()))
