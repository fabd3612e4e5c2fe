"""``?ordering=`` on the content lists (API.md): each kind's orders, the
reverse with a leading -, pages that neither overlap nor skip, any language,
and a 400 naming the choices for anything else."""

import pytest
from wagtail.models import Locale

from cms.exhibits.models import ExhibitIndexPage, ExhibitPage

pytestmark = pytest.mark.django_db

# (title, period start): titles and periods in different orders.
EXHIBITS = [
    ("Zorgordre Casablanca", "1985"),
    ("Zorgordre Agadir", "1999"),
    ("Zorgordre Berkane", "1962"),
    ("Zorgordre Dakhla", "1974"),
]


@pytest.fixture
def exhibits():
    index = ExhibitIndexPage.objects.get(locale=Locale.objects.get(language_code="fr"))
    pages = []
    for number, (title, start) in enumerate(EXHIBITS):
        page = ExhibitPage(
            title=title,
            slug=f"zorgordre-{number}",
            introduction="<p>Une exposition pour ordonner.</p>",
            period_start=start,
            period_end="2000",
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        pages.append(page)
    return pages


def titles(api_client, url="/api/v1/exhibits/", **params):
    response = api_client.get(url, {"search": "zorgordre", **params})
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["results"]]


def test_exhibits_by_title_and_by_period_both_ways(api_client, exhibits):
    by_title = sorted(title for title, _start in EXHIBITS)
    by_period = [title for title, _start in sorted(EXHIBITS, key=lambda e: e[1])]
    assert titles(api_client, ordering="title") == by_title
    assert titles(api_client, ordering="-title") == by_title[::-1]
    assert titles(api_client, ordering="period") == by_period
    assert titles(api_client, ordering="-period") == by_period[::-1]
    # Without the parameter: the list's own order, by period.
    assert titles(api_client) == by_period


def test_pages_of_an_ordering_neither_overlap_nor_skip(api_client, exhibits):
    pages = [
        titles(api_client, ordering="-title", limit=3, offset=offset)
        for offset in (0, 3)
    ]
    assert pages[0] + pages[1] == sorted(t for t, _ in EXHIBITS)[::-1]


def test_the_order_of_the_language_served(api_client, exhibits):
    """Arabic falls back to the French versions (none is translated here):
    the served titles are ordered all the same."""
    data = api_client.get(
        "/api/v1/exhibits/",
        {"search": "zorgordre", "locale": "ar", "ordering": "title"},
    ).json()
    served = [item["title"] for item in data["results"]]
    assert served == sorted(t for t, _ in EXHIBITS)
    assert all(item["locale"]["served"] == "fr" for item in data["results"])


def list_keys(api_client, url, **params):
    response = api_client.get(url, params)
    assert response.status_code == 200, response.content
    return [item["key"] for item in response.json()["results"]]


@pytest.mark.parametrize("code", ["fr", "ar", "zgh"])
@pytest.mark.parametrize(
    ("url", "ordering"),
    [
        ("/api/v1/exhibits/", "period"),
        ("/api/v1/objects/", "accession_number"),
        ("/api/v1/stories/", "-recorded"),
        ("/api/v1/knowledge/", "-published"),
    ],
)
def test_each_list_s_default_order_is_the_one_it_documents(
    api_client, url, ordering, code
):
    """Without ?ordering= a list is in the order the schema names as its
    default, in French and in languages that fall back to it, the reverse
    order lists the same items, and pages of three join up into the default
    order."""
    default = list_keys(api_client, url, locale=code, limit=100)
    explicit = list_keys(api_client, url, locale=code, limit=100, ordering=ordering)
    reverse = ordering[1:] if ordering.startswith("-") else f"-{ordering}"
    reversed_keys = list_keys(api_client, url, locale=code, limit=100, ordering=reverse)
    paged = [
        key
        for offset in (0, 3, 6)
        for key in list_keys(api_client, url, locale=code, limit=3, offset=offset)
    ]

    assert len(default) >= 3
    assert explicit == default
    assert set(reversed_keys) == set(default)
    assert paged == default[:9]


def test_knowledge_oldest_first_sorts_by_publication(api_client):
    dates = [
        item["published_on"]
        for item in api_client.get(
            "/api/v1/knowledge/", {"limit": 100, "ordering": "published"}
        ).json()["results"]
        if item["published_on"]
    ]
    assert dates == sorted(dates)


@pytest.mark.parametrize(
    ("url", "value"),
    [
        ("/api/v1/exhibits/", "popularity"),
        ("/api/v1/exhibits/", "--title"),
        ("/api/v1/objects/", "period"),
        ("/api/v1/stories/", "title,recorded"),
        ("/api/v1/knowledge/", "sort_title"),
    ],
)
def test_an_unknown_ordering_is_a_400_naming_the_choices(api_client, url, value):
    response = api_client.get(url, {"ordering": value, "locale": "en"})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["parameter"] == "ordering"
    assert "title" in problem["detail"]
    assert repr(value) in problem["detail"]


def test_the_schema_lists_each_kind_s_orderings(api_client):
    schema = api_client.get("/api/v1/schema/", {"format": "json"}).json()
    for path, names in (
        ("/api/v1/exhibits/", {"period", "-period", "title", "-title"}),
        ("/api/v1/objects/", {"accession_number", "title", "date"}),
        ("/api/v1/stories/", {"recorded", "-recorded", "title"}),
        ("/api/v1/knowledge/", {"published", "-published", "title"}),
    ):
        parameters = schema["paths"][path]["get"]["parameters"]
        [ordering] = [p for p in parameters if p["name"] == "ordering"]
        assert names <= set(ordering["schema"]["enum"]), path
