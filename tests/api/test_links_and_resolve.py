"""Same-language links in rich text, and /api/v1/resolve/."""

import pytest

from cms.core.models import HomePage
from cms.exhibits.models import MuseumObject
from cms.stories.models import StoryIndexPage
from tests.api.conftest import locale, publish
from tests.stories.conftest import make_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def restricted_story():
    index = StoryIndexPage.objects.get(locale=locale("fr"))
    story, marker = make_story(index, "linked", access="restricted")
    return story, marker


def link(page, text="lien"):
    return f'<a linktype="page" id="{page.pk}">{text}</a>'


def zgh_intro(client, exhibit, **params):
    response = client.get(
        f"/api/v1/exhibits/{exhibit.translation_key}/", {"locale": "zgh", **params}
    )
    assert response.status_code == 200
    return response.json()["introduction"]


def test_a_link_points_to_the_same_language_version_with_api_attributes(
    api_client, exhibit, knowledge_page
):
    zgh_exhibit = exhibit.get_translation(locale("zgh"))
    zgh_knowledge = knowledge_page.get_translation(locale("zgh"))
    # The editor linked the French page; the reader gets the Tamazight one.
    zgh_exhibit.introduction = f"<p>ⴰⵎⵙⵙⵓⴷⵓ {link(knowledge_page)}</p>"
    publish(zgh_exhibit)

    html = zgh_intro(api_client, exhibit)

    assert f'href="{zgh_knowledge.get_full_url()}"' in html
    assert 'data-type="knowledge"' in html
    assert f'data-key="{knowledge_page.translation_key}"' in html
    assert f"/api/v1/knowledge/{knowledge_page.translation_key}/?locale=zgh" in html
    assert "hreflang" not in html
    assert "linktype" not in html


def test_a_link_to_a_missing_translation_points_to_the_fallback_and_says_so(
    api_client, exhibit, knowledge_page
):
    zgh_exhibit = exhibit.get_translation(locale("zgh"))
    knowledge_page.get_translation(locale("zgh")).unpublish()
    zgh_exhibit.introduction = f"<p>ⴰⵎⵙⵙⵓⴷⵓ {link(knowledge_page)}</p>"
    publish(zgh_exhibit)

    html = zgh_intro(api_client, exhibit)

    assert f'href="{knowledge_page.get_full_url()}"' in html
    assert 'hreflang="fr"' in html


def test_a_link_to_a_restricted_story_leaks_nothing(
    api_client, exhibit, restricted_story
):
    story, marker = restricted_story
    zgh_exhibit = exhibit.get_translation(locale("zgh"))
    zgh_exhibit.introduction = f"<p>ⴰⵎⵙⵙⵓⴷⵓ {link(story, 'ⵜⴰⵎⵙⵙⵓⴷⵓⵜ')}</p>"
    publish(zgh_exhibit)

    html = zgh_intro(api_client, exhibit)
    page = api_client.get(zgh_exhibit.url)

    assert "<a>ⵜⴰⵎⵙⵙⵓⴷⵓⵜ</a>" in html
    assert story.slug not in html
    for part in marker.split():
        assert part not in html
    assert story.slug not in page.content.decode()


def test_the_site_links_the_readers_language_too(client, exhibit, knowledge_page):
    arabic_exhibit = exhibit.get_translation(locale("ar"))
    arabic_knowledge = knowledge_page.get_translation(locale("ar"))
    arabic_exhibit.introduction = f"<p>انظر {link(knowledge_page, 'الصفحة')}</p>"
    publish(arabic_exhibit)

    html = client.get(arabic_exhibit.url).content.decode()

    assert f'href="{arabic_knowledge.url}"' in html
    assert "data-api-url" not in html


def resolve(client, path, **params):
    return client.get("/api/v1/resolve/", {"path": path, **params})


@pytest.mark.parametrize("code", ["fr", "ar", "en", "zgh"])
def test_resolve_returns_the_exhibit_behind_a_path_in_its_language(
    api_client, exhibit, code
):
    version = exhibit.get_translation(locale(code))

    response = resolve(api_client, version.url)

    assert response.status_code == 200
    body = response.json()
    assert body["type"] == "exhibit"
    assert body["key"] == str(exhibit.translation_key)
    assert body["title"] == version.title
    assert body["locale"]["requested"] == code
    assert body["locale"]["served"] == code
    assert body["translations"]
    assert body["meta"]["id"] == version.pk


def test_resolve_takes_a_full_url_with_percent_encoded_arabic(api_client, exhibit):
    arabic = exhibit.get_translation(locale("ar"))
    url = arabic.get_full_url()
    assert "%" in url  # the Arabic slug is percent-encoded

    body = resolve(api_client, url).json()

    assert body["key"] == str(exhibit.translation_key)
    assert body["locale"]["served"] == "ar"


def test_resolve_finds_an_object_page(api_client, exhibit):
    obj = MuseumObject.objects.filter(locale=locale("en")).order_by("pk").first()
    index = exhibit.get_translation(locale("en")).get_parent().specific
    path = index.object_url(obj.accession_number).replace("http://testserver", "")

    body = resolve(api_client, path).json()

    assert body["type"] == "object"
    assert body["key"] == str(obj.translation_key)
    assert body["accession_number"] == obj.accession_number


def test_resolve_a_home_page_is_a_page_reference(api_client):
    home = HomePage.objects.get(locale=locale("ar"))

    body = resolve(api_client, "/ar/").json()

    assert body == {
        "type": "page",
        "page_type": "homepage",
        "key": str(home.translation_key),
        "title": home.title,
        "locale": {"requested": "ar", "served": "ar", "dir": "rtl", "script": "Arab"},
        "meta": {"id": home.pk, "url": home.get_full_url()},
    }


def test_resolve_an_untranslated_path_follows_fallback(api_client, exhibit):
    """/zgh/... of an alias (French under the Tamazight tree)."""
    zgh = locale("zgh")
    exhibit.get_translation(zgh).delete()
    alias = exhibit.copy_for_translation(zgh, alias=True)

    served = resolve(api_client, alias.url).json()
    refused = resolve(api_client, alias.url, fallback="none")

    assert served["locale"] == {
        "requested": "zgh",
        "served": "fr",
        "dir": "ltr",
        "script": "Latn",
    }
    assert served["fallback"]["fields"] == {"*": "fr"}
    assert refused.status_code == 404


def test_resolve_never_reveals_a_restricted_story(api_client, restricted_story):
    story, marker = restricted_story

    response = resolve(api_client, story.url)

    assert response.status_code == 404
    for part in marker.split():
        assert part not in response.content.decode()


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/de/", 404),
        ("/", 404),
        ("/fr/nothing-here/at-all/", 404),
        ("/admin/", 404),
        ("", 400),
        ("/fr/" + "x" * 2100, 400),
    ],
)
def test_resolve_refuses_what_is_not_a_public_path(api_client, path, status):
    response = resolve(api_client, path)

    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"


def test_resolve_an_unpublished_page_is_not_found(api_client, exhibit):
    english = exhibit.get_translation(locale("en"))
    path = english.url
    assert resolve(api_client, path).status_code == 200

    english.unpublish()

    assert resolve(api_client, path).status_code == 404
