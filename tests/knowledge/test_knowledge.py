import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, Locale
from wagtail.test.utils import WagtailPageTestCase

from cms.core.demo.seeding import demo_key
from cms.core.models import HomePage, Institution, Theme
from cms.knowledge.models import (
    KnowledgeIndexPage,
    KnowledgePage,
    KnowledgeTheme,
    PeerExchangeEvent,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "ar", "en", "zgh"]


@pytest.fixture
def french():
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def knowledge_index(french):
    return KnowledgeIndexPage.objects.get(locale=french)


def keys_of(results):
    return {item["key"] for item in results}


def test_page_tree_rules():
    rules = WagtailPageTestCase()
    rules.assertAllowedParentPageTypes(KnowledgePage, {KnowledgeIndexPage})
    rules.assertAllowedParentPageTypes(PeerExchangeEvent, {KnowledgeIndexPage})
    rules.assertAllowedSubpageTypes(
        KnowledgeIndexPage, {KnowledgePage, PeerExchangeEvent}
    )
    rules.assertAllowedParentPageTypes(KnowledgeIndexPage, {HomePage})


@pytest.mark.parametrize("code", LANGUAGES)
def test_knowledge_pages_render_in_each_language(client, french, code):
    locale = Locale.objects.get(language_code=code)
    for page in KnowledgePage.objects.filter(locale=french)[:3]:
        translated = page.get_translation(locale)
        response = client.get(translated.url)
        assert response.status_code == 200
        body = response.content.decode()
        assert translated.title in body
        assert "/documents/" in body  # the report is attached


@pytest.mark.parametrize("code", LANGUAGES)
def test_events_render_in_each_language(client, french, code):
    event = PeerExchangeEvent.objects.filter(locale=french).first()
    translated = event.get_translation(Locale.objects.get(language_code=code))

    response = client.get(translated.url)

    assert response.status_code == 200
    assert translated.title in response.content.decode()


def test_west_african_talent_case_studies_in_arabic(
    client, api_client, knowledge_index
):
    theme = demo_key("theme", "talent-mobilisation")
    params = {
        "kind": "case-study",
        "theme": str(theme),
        "country": "SN",
        "locale": "ar",
    }

    api = api_client.get("/api/v1/knowledge/", params).json()
    index_ar = knowledge_index.get_translation(Locale.objects.get(language_code="ar"))
    html = client.get(
        index_ar.url, {k: v for k, v in params.items() if k != "locale"}
    ).content.decode()

    assert api["count"] >= 1
    for item in api["results"]:
        assert item["kind"] == "case-study"
        assert "SN" in item["countries"]
        assert str(theme) in {t["key"] for t in item["themes"]}
        assert item["title"] in html
        detail = api_client.get(item["meta"]["api_url"]).json()
        assert detail["attachments"][0]["url"].startswith(
            "http://testserver/documents/"
        )
        assert detail["locale"]["served"] == "ar"


def test_filters_alone_and_combined_with_facet_counts(client, knowledge_index, french):
    everything = KnowledgePage.objects.filter(locale=french, live=True)
    case_studies = everything.filter(kind="case-study")
    senegal = everything.filter(countries__contains=["SN"])
    both = case_studies.filter(countries__contains=["SN"])

    def titles(params):
        body = client.get(knowledge_index.url, params).content.decode()
        return set(re.findall(r'<h2><a href="[^"]+">([^<]+)</a></h2>', body)), body

    only_kind, body = titles({"kind": "case-study"})
    assert only_kind == {p.title for p in case_studies}
    # facet counts given the active filter: Senegal among case studies
    assert "(SN)" not in body
    assert re.search(r">SN</a> <span class=\"count\">\((\d+)\)", body).group(1) == str(
        both.count()
    )
    only_country, _body = titles({"country": "SN"})
    assert only_country == {p.title for p in senegal}
    combined, _body = titles({"kind": "case-study", "country": "SN"})
    assert combined == {p.title for p in both}


def test_api_filters_match_the_database(api_client, french):
    theme = Theme.objects.get(
        translation_key=demo_key("theme", "talent-mobilisation"), locale=french
    )
    expected = {
        str(key)
        for key in KnowledgeTheme.objects.filter(
            theme=theme, page__live=True
        ).values_list("page__translation_key", flat=True)
    }

    results = api_client.get(
        "/api/v1/knowledge/", {"theme": theme.translation_key}
    ).json()["results"]

    assert keys_of(results) == expected


@pytest.mark.parametrize(
    "params",
    [{"kind": "novel"}, {"sdg": "18"}, {"country": "SEN"}, {"institution": "x"}],
)
def test_bad_knowledge_filters_are_400(api_client, params):
    assert api_client.get("/api/v1/knowledge/", params).status_code == 400


def test_attachment_of_an_unpublished_page_is_not_served(client, french):
    page = KnowledgePage.objects.filter(locale=french).first()
    document = page.attachments.first().document
    assert client.get(document.url).status_code == 200

    for version in KnowledgePage.objects.filter(translation_key=page.translation_key):
        version.unpublish()

    assert client.get(document.url).status_code == 404


def test_attachment_in_a_restricted_collection_is_not_served(client, french):
    from wagtail.models import CollectionViewRestriction

    document = (
        KnowledgePage.objects.filter(locale=french).first().attachments.first().document
    )
    private = Collection.get_first_root_node().add_child(name="Internal reports")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document.collection = private
    document.save()

    response = client.get(document.url)

    assert response.status_code in (302, 404)
    assert b"%PDF" not in response.content


def test_institution_page_lists_its_contributions(client, knowledge_index, french):
    institution = Institution.objects.get(
        translation_key=demo_key("institution", "ma-diaspora-council"), locale=french
    )
    contributions = KnowledgePage.objects.filter(
        locale=french, page_institutions__institution=institution
    ).distinct()

    response = client.get(knowledge_index.url + f"institutions/{institution.pk}/")

    assert response.status_code == 200
    body = response.content.decode()
    assert institution.name in body
    for page in contributions:
        assert page.title in body


def test_knowledge_detail_matches_the_snapshot(api_client):
    from tests.exhibits.test_api import assert_matches_snapshot

    key = demo_key("knowledge", "skills-register")
    response = api_client.get(f"/api/v1/knowledge/{key}/", {"locale": "en"})

    assert response.status_code == 200
    assert_matches_snapshot("knowledge_detail_en", response.json())


def test_taxonomies_list_translated_names_with_keys(api_client):
    body = api_client.get(
        "/api/v1/taxonomies/institutions/", {"locale": "zgh", "limit": 100}
    ).json()

    assert body["count"] >= 8
    assert all(re.search("[\u2d30-\u2d7f]", item["name"]) for item in body["results"])
    assert all(item["locale"] == "zgh" for item in body["results"])


def test_people_taxonomy_hides_narrators_of_restricted_interviews(api_client):
    names = {
        item["name"]
        for item in api_client.get("/api/v1/taxonomies/people/", {"limit": 100}).json()[
            "results"
        ]
    }

    assert "Ahmed Belkadi" not in names  # narrator of the restricted demo interview
    assert "Fatima Oubella" in names


def make_pages(index, count, start, theme, institution):
    from cms.knowledge.models import KnowledgeInstitution

    for number in range(start, start + count):
        page = KnowledgePage(
            title=f"Pratique {number}",
            slug=f"pratique-{number}",
            kind="toolkit",
            summary="<p>x</p>",
            countries=["MA", "SN"],
            sdgs=[10],
        )
        page.page_themes = [KnowledgeTheme(theme=theme)]
        page.page_institutions = [KnowledgeInstitution(institution=institution)]
        index.add_child(instance=page)
        page.save_revision().publish()


def test_listing_runs_the_same_queries_for_5_and_50_pages(
    client, api_client, knowledge_index, french, no_response_cache
):
    theme = Theme.objects.filter(locale=french).first()
    institution = Institution.objects.filter(locale=french).first()

    def count(url, params):
        client.get(url, params)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url, params).status_code == 200
        return len(queries)

    make_pages(knowledge_index, 5, 0, theme, institution)
    html_5 = count(knowledge_index.url, {})
    api_5 = count("/api/v1/knowledge/", {"limit": 100})
    make_pages(knowledge_index, 45, 5, theme, institution)
    html_50 = count(knowledge_index.url, {})
    api_50 = count("/api/v1/knowledge/", {"limit": 100})

    assert html_50 == html_5
    assert api_50 == api_5
