"""Querysets behind story listings and details, shared by the site and the API."""

from cms.core.localization import localized_versions_of
from cms.core.models import Person, Place, Theme, listed_in_language
from cms.core.visibility import public_stories, stories_with_public_content
from cms.stories.models import StoryAccess, StoryPage, StoryTheme


def public_story_records(code=None):
    stories = public_stories(StoryPage.objects.all())
    if code:
        stories = listed_in_language(stories, code)
    return stories.select_related(
        "locale", "narrator", "interviewer", "recorded_place", "recording"
    ).order_by("-recorded_year", "sort_title", "pk")


def filter_stories(
    stories,
    *,
    narrator=None,
    original_language=None,
    place=None,
    theme=None,
    has_recording=None,
):
    if narrator:
        stories = stories.filter(narrator__translation_key=narrator)
    if original_language:
        stories = stories.filter(original_language=original_language)
    if place:
        stories = stories.filter(recorded_place__translation_key=place)
    if theme:
        stories = stories.filter(story_themes__theme__translation_key=theme).distinct()
    if has_recording is not None:
        # The visibility rule decides whose recording the public may hear.
        audible = stories_with_public_content().filter(recording__isnull=False)
        condition = {"pk__in": audible.values("pk")}
        stories = (
            stories.filter(**condition)
            if has_recording
            else stories.exclude(**condition)
        )
    return stories


def attach_relations(stories, code):
    """Localized narrator, interviewer, place and themes, and the consent
    record, on each story, in a fixed number of queries."""
    stories = list(stories)
    keys = [story.translation_key for story in stories]
    access = {
        record.translation_key: record
        for record in StoryAccess.objects.filter(translation_key__in=keys)
    }
    people = localized_versions_of(
        Person, [p for s in stories for p in (s.narrator, s.interviewer)], code
    )
    places = localized_versions_of(Place, [s.recorded_place for s in stories], code)
    theme_links = {}
    for link in (
        StoryTheme.objects.filter(page__in=stories)
        .select_related("theme")
        .order_by("sort_order")
    ):
        theme_links.setdefault(link.page_id, []).append(link.theme)
    themes = localized_versions_of(
        Theme, [t for ts in theme_links.values() for t in ts], code
    )
    for story in stories:
        story._access = access.get(story.translation_key) or StoryAccess(
            translation_key=story.translation_key
        )
        story.localized_narrator = (
            people.get(story.narrator.translation_key) if story.narrator else None
        )
        story.localized_interviewer = (
            people.get(story.interviewer.translation_key) if story.interviewer else None
        )
        story.localized_place = (
            places.get(story.recorded_place.translation_key)
            if story.recorded_place
            else None
        )
        story.localized_themes = [
            themes.get(t.translation_key, t) for t in theme_links.get(story.pk, [])
        ]
    return stories
