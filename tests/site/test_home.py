# ruff: noqa: F811  (pytest fixtures imported from other conftest modules)
"""The home page: featured exhibits, a featured story and recent knowledge,
in each language, always through the visibility rule."""

import datetime
import re

import pytest
from wagtail.models import Locale, Site

from cms.core.demo.featured import FEATURED_EXHIBITS, FEATURED_STORY
from cms.core.demo.seeding import demo_key
from cms.core.models import HomePage
from cms.exhibits.models import ExhibitPage
from cms.knowledge.models import KnowledgeIndexPage, KnowledgePage
from cms.stories.models import StoryPage
from tests.stories.conftest import (  # noqa: F401  (fixtures, used by name)
    french,
    make_story,
    story_index,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "ar", "en", "zgh"]


def locale(code):
    return Locale.objects.get(language_code=code)


def home_in(code):
    source = Site.objects.get(is_default_site=True).root_page
    return source.get_translation(locale(code)).specific


def section(html, heading_id):
    """The HTML of the home page section labelled by ``heading_id``."""
    match = re.search(
        rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>', html, re.S
    )
    return match.group(0) if match else ""


def test_demo_home_features_exhibits_and_a_story_in_every_language():
    for code in LANGUAGES:
        home = home_in(code)
        assert home.featured_exhibits.count() == len(FEATURED_EXHIBITS), code
        assert home.featured_story is not None, code


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_shows_featured_exhibits_in_the_readers_language(client, code):
    html = client.get(f"/{code}/").content.decode()

    featured = section(html, "featured-exhibits-heading")
    for key in FEATURED_EXHIBITS:
        exhibit = ExhibitPage.objects.get(
            translation_key=demo_key("exhibit", key), locale=locale(code)
        )
        assert f'href="{exhibit.url}"' in featured, key


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_shows_the_featured_story_in_the_readers_language(client, code):
    story = StoryPage.objects.get(
        translation_key=demo_key("story", FEATURED_STORY), locale=locale(code)
    )
    html = client.get(f"/{code}/").content.decode()

    assert story.title in section(html, "featured-story-heading")


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_lists_the_latest_knowledge_of_its_language(client, code):
    index = KnowledgeIndexPage.objects.get(locale=locale(code))
    latest = KnowledgePage(
        title=f"Savoir tout récent {code}",
        slug=f"savoir-recent-{code}",
        kind="case-study",
        summary="<p>Le plus récent.</p>",
        published_on=datetime.date.today() + datetime.timedelta(days=1),
    )
    index.add_child(instance=latest)
    latest.save_revision().publish()

    html = client.get(f"/{code}/").content.decode()

    recent = section(html, "recent-knowledge-heading")
    assert f"Savoir tout récent {code}" in recent
    assert recent.count("<li") == HomePage.RECENT_KNOWLEDGE_COUNT


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_restricted_story_is_never_featured(client, story_index, code):
    story, marker = make_story(story_index, "featured", access="restricted")
    HomePage.objects.filter(translation_key=home_in("fr").translation_key).update(
        featured_story=story
    )

    html = client.get(f"/{code}/").content.decode()

    assert 'id="featured-story-heading"' not in html
    for part in marker.split():
        assert part not in html


def test_an_unpublished_exhibit_is_not_featured(client):
    exhibit = ExhibitPage.objects.get(
        translation_key=demo_key("exhibit", FEATURED_EXHIBITS[0]), locale=locale("en")
    )
    exhibit.unpublish()

    html = client.get("/en/").content.decode()

    featured = section(html, "featured-exhibits-heading")
    assert exhibit.title not in featured
    # Shown in its fallback language instead, marked with that language.
    assert 'lang="fr"' in featured


@pytest.mark.parametrize("code", LANGUAGES)
def test_featured_exhibits_keep_the_editors_order(client, code):
    html = client.get(f"/{code}/").content.decode()

    featured = section(html, "featured-exhibits-heading")
    positions = [
        featured.index(
            ExhibitPage.objects.get(
                translation_key=demo_key("exhibit", key), locale=locale(code)
            ).url
        )
        for key in FEATURED_EXHIBITS
    ]
    assert positions == sorted(positions)
