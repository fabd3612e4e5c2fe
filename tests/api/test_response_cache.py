"""The publish-aware response cache (cms/core/response_cache.py): a repeated
anonymous read is answered from the cache, and any change a reader could see
(a publish, a snippet or image edit, a translation synced, consent withdrawn)
gives the next reader the new content, in every language, fallbacks included.
Nothing an editor sees is ever stored or served to anyone else."""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction
from wagtail_localize.models import StringTranslation, TranslationSource

from cms.stories.models import StoryAccess
from tests.api.conftest import locale, publish
from tests.stories.conftest import make_story

pytestmark = pytest.mark.django_db

CACHE = "X-Museum-Cache"


def detail_url(page):
    return f"/api/v1/exhibits/{page.translation_key}/"


def test_a_repeated_read_is_answered_from_the_cache_without_serialising(
    api_client, exhibit, django_assert_max_num_queries
):
    first = api_client.get(detail_url(exhibit), {"locale": "ar"})
    assert first[CACHE] == "miss"

    # The content generation is the only query.
    with django_assert_max_num_queries(1):
        again = api_client.get(detail_url(exhibit), {"locale": "ar"})

    assert again[CACHE] == "hit"
    assert again.json() == first.json()
    assert again["ETag"] == first["ETag"]
    assert again["Content-Language"] == "ar"
    assert again["Content-Type"] == first["Content-Type"]
    assert again["Cache-Control"] == first["Cache-Control"]


def test_listings_are_cached_per_language_and_parameters(api_client):
    titles = {}
    for params in ({"locale": "fr"}, {"locale": "ar"}, {"locale": "ar", "limit": 1}):
        first = api_client.get("/api/v1/exhibits/", params)
        again = api_client.get("/api/v1/exhibits/", params)
        assert (first[CACHE], again[CACHE]) == ("miss", "hit")
        assert again.json() == first.json()
        titles[str(params)] = [item["title"] for item in again.json()["results"]]

    assert titles["{'locale': 'fr'}"] != titles["{'locale': 'ar'}"]
    assert len(titles["{'locale': 'ar', 'limit': 1}"]) == 1


def test_publishing_changes_the_next_response_in_every_language_that_shows_it(
    api_client, exhibit
):
    """The Tamazight translation is withdrawn, so Tamazight readers get the
    French exhibit through the fallback; both cached answers must renew."""
    exhibit.get_translation(locale("zgh")).unpublish()
    for code in ("fr", "zgh"):
        api_client.get(detail_url(exhibit), {"locale": code})
        assert api_client.get(detail_url(exhibit), {"locale": code})[CACHE] == "hit"

    exhibit.title = "Premiers départs, nouvelle salle"
    publish(exhibit)

    for code in ("fr", "zgh"):
        response = api_client.get(detail_url(exhibit), {"locale": code})
        assert response[CACHE] == "miss"
        assert response.json()["title"] == "Premiers départs, nouvelle salle"


def test_a_snippet_change_reaches_cached_exhibits(api_client, exhibit):
    theme = exhibit.exhibit_themes.first().theme
    assert theme is not None, "the demo exhibit has themes"
    api_client.get(detail_url(exhibit), {"locale": "fr"})

    theme.name = "Thème renommé par la conservation"
    theme.save()
    response = api_client.get(detail_url(exhibit), {"locale": "fr"})

    assert "Thème renommé par la conservation" in {
        item["name"] for item in response.json()["themes"]
    }


def test_an_image_change_reaches_cached_exhibits(api_client, exhibit):
    image = exhibit.hero_image
    assert image is not None, "the demo exhibit has a hero image"
    api_client.get(detail_url(exhibit), {"locale": "ar"})

    image.alt_text = "Une valise cartonnée sur un quai"
    image.save()
    response = api_client.get(detail_url(exhibit), {"locale": "ar"})

    assert response.json()["hero_image"]["alt"] == "Une valise cartonnée sur un quai"


def test_a_synced_translation_reaches_the_cached_translation(
    api_client, exhibit, admin_user, django_capture_on_commit_callbacks
):
    source = TranslationSource.objects.get(
        object_id=exhibit.translation_key, locale=exhibit.locale
    )
    translation = source.translations.get(target_locale=locale("ar"))
    api_client.get(detail_url(exhibit), {"locale": "ar"})
    assert api_client.get(detail_url(exhibit), {"locale": "ar"})[CACHE] == "hit"

    string = (
        StringTranslation.objects.filter(
            translation_of__segments__source=source,
            translation_of__segments__context__path="title",
            locale=locale("ar"),
        )
        .distinct()
        .get()
    )
    string.data = "الرحلات الأولى، نسخة منقحة"
    string.save()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=admin_user, publish=True)
    response = api_client.get(detail_url(exhibit), {"locale": "ar"})

    assert response[CACHE] == "miss"
    assert response.json()["title"] == "الرحلات الأولى، نسخة منقحة"


@pytest.fixture
def story_index():
    from cms.stories.models import StoryIndexPage

    return StoryIndexPage.objects.get(locale=locale("fr"))


def test_withdrawn_consent_removes_a_cached_story_at_once(api_client, story_index):
    story, marker = make_story(story_index, "withdrawn")
    url = f"/api/v1/stories/{story.translation_key}/"
    api_client.get(url, {"locale": "fr"})
    cached = api_client.get(url, {"locale": "fr"})
    assert cached[CACHE] == "hit"
    assert marker in cached.content.decode()

    # A queryset update sends no signal; the database's own trigger on the
    # consent table still makes the cached answer unreachable.
    StoryAccess.objects.filter(translation_key=story.translation_key).update(
        access_level="restricted"
    )
    after = api_client.get(url, {"locale": "fr"})
    listing = api_client.get("/api/v1/stories/", {"locale": "fr"})

    assert after.status_code == 404
    assert marker not in after.content.decode()
    assert marker not in listing.content.decode()


def test_consent_withdrawn_in_raw_sql_renews_cached_answers(api_client, story_index):
    """An operator fixing consent by hand in psql bypasses Django entirely."""
    from django.db import connection

    story, marker = make_story(story_index, "psql")
    url = f"/api/v1/stories/{story.translation_key}/"
    api_client.get(url, {"locale": "fr"})
    assert api_client.get(url, {"locale": "fr"})[CACHE] == "hit"

    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE stories_storyaccess SET access_level = 'restricted' "
            "WHERE translation_key = %s",
            [str(story.translation_key)],
        )
    after = api_client.get(url, {"locale": "fr"})

    assert after.status_code == 404
    assert marker not in after.content.decode()


def test_what_a_signed_in_reader_gets_is_never_stored_nor_served_from_cache(
    exhibit, admin_user
):
    """Editors may see what the public may not (today nothing on these URLs;
    tomorrow perhaps a draft banner): their answers are built for them
    alone, never kept for the next reader, never taken from the cache."""
    editor = Client()
    editor.force_login(admin_user)
    urls = [exhibit.get_url(), detail_url(exhibit) + "?locale=fr"]
    for url in urls:
        for _ in range(2):
            assert CACHE not in editor.get(url)

    anonymous = Client()
    for url in urls:
        assert anonymous.get(url)[CACHE] == "miss"
        assert anonymous.get(url)[CACHE] == "hit"
        assert CACHE not in editor.get(url)


def test_rendered_pages_are_cached_and_renewed_on_publish(client, exhibit):
    url = exhibit.get_url()
    first = client.get(url)
    again = client.get(url)
    assert (first[CACHE], again[CACHE]) == ("miss", "hit")
    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"]
    assert again["X-Frame-Options"] == first["X-Frame-Options"]

    exhibit.title = "Premiers départs, salle rénovée"
    publish(exhibit)
    renewed = client.get(url)

    assert renewed[CACHE] == "miss"
    assert "Premiers départs, salle rénovée" in renewed.content.decode()


def test_a_page_is_cached_per_language(client, exhibit):
    arabic = exhibit.get_translation(locale("ar"))
    french_page = client.get(exhibit.get_url())
    arabic_page = client.get(arabic.get_url())
    arabic_again = client.get(arabic.get_url())

    assert arabic_again[CACHE] == "hit"
    assert '<html lang="ar" dir="rtl"' in arabic_again.content.decode()
    assert '<html lang="fr" dir="ltr"' in french_page.content.decode()
    assert arabic_again.content == arabic_page.content


def test_a_password_form_is_never_stored(client, story_index):
    """A password-protected page answers anonymous readers with a form that
    carries a CSRF token and sets its cookie: personal, so not kept."""
    story, marker = make_story(story_index, "password")
    PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.PASSWORD, password="s3same"
    )
    first = Client().get(story.get_url())
    again = Client().get(story.get_url())

    assert first.status_code == 200
    assert "csrfmiddlewaretoken" in first.content.decode()
    assert again[CACHE] == "miss"
    assert marker not in again.content.decode()


def test_the_cache_can_be_switched_off(client, api_client, exhibit, settings):
    settings.RESPONSE_CACHE = False
    for _ in range(2):
        page = client.get(exhibit.get_url())
        api = api_client.get(detail_url(exhibit), {"locale": "fr"})

    assert CACHE not in page
    assert CACHE not in api


@pytest.fixture
def redis_responses(settings):
    """The production arrangement: responses in the machine's Redis, under a
    prefix of this test's own, removed afterwards."""
    import uuid

    from django.core.cache import caches

    prefix = f"museum-test-{uuid.uuid4().hex[:8]}"
    settings.CACHES = {
        **settings.CACHES,
        "responses": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/0",
            "KEY_PREFIX": prefix,
        },
    }
    yield caches["responses"]
    client = caches["responses"]._cache.get_client(write=True)
    for name in client.scan_iter(f"{prefix}:*"):
        client.delete(name)


def test_redis_holds_responses_for_every_worker(api_client, exhibit, redis_responses):
    api_client.get(detail_url(exhibit), {"locale": "fr"})
    stored = redis_responses._cache.get_client().keys(f"{redis_responses.key_prefix}:*")
    hit = api_client.get(detail_url(exhibit), {"locale": "fr"})

    exhibit.title = "Premiers départs, vu de Redis"
    publish(exhibit)
    renewed = api_client.get(detail_url(exhibit), {"locale": "fr"})

    assert len(stored) == 1
    assert hit[CACHE] == "hit"
    assert renewed[CACHE] == "miss"
    assert renewed.json()["title"] == "Premiers départs, vu de Redis"
