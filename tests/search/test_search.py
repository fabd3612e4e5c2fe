"""/api/v1/search/ and ?search=: what a client finds in each language."""

import logging

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.search.indexing import vector
from cms.search.models import SearchEntry
from cms.search.text import normalize

pytestmark = pytest.mark.django_db

# One language; every language (scope=all).
MAX_QUERIES = {False: 10, True: 19}


def search(api_client, **params):
    response = api_client.get("/api/v1/search/", params)
    assert response.status_code == 200, response.content
    return response.json()


def keys(data):
    return {hit["key"] for hit in data["results"]}


def key(page):
    return str(page.translation_key)


# --- normalisation ---------------------------------------------------------------


def test_normalisation_folds_accents_and_arabic_variants():
    assert normalize("Mémoire, ÇA, Œuvre", "fr") == "memoire, ca, oeuvre"
    assert normalize("إسْتِقْبالٌ", "ar") == "استقبال"
    assert normalize("مدرسة مستشفى الهجـــرة آمال", "ar") == "مدرسه مستشفي الهجره امال"
    assert normalize("ⴰⵎⴰⵣⵉⵖ", "zgh") == "ⴰⵎⴰⵣⵉⵖ"


# --- French ------------------------------------------------------------------------


def test_french_accents_are_folded_both_ways(api_client, publish_exhibit):
    accented = publish_exhibit("fr", "La mémoire des quaiszorg")
    plain = publish_exhibit("fr", "Carnets", "Récits de l'emigration quaiszorg")
    assert key(accented) in keys(search(api_client, q="memoire quaiszorg"))
    assert key(plain) in keys(search(api_client, q="émigration quaiszorg"))
    assert key(plain) in keys(search(api_client, q="EMIGRATION quaiszorg"))


def test_french_stemming_and_prefix(api_client, publish_exhibit):
    page = publish_exhibit("fr", "Ouvrières marocaines de Pleinzorg")
    assert key(page) in keys(search(api_client, q="ouvriere marocain pleinzorg"))
    # The last word is a prefix: results while typing.
    assert key(page) in keys(search(api_client, q="marocaines pleinz"))


def test_french_hit_shape(api_client, publish_exhibit):
    page = publish_exhibit(
        "fr",
        "Valises de Vertzorg",
        "Une introduction.",
        "Long texte " * 40 + "la valise en carton de vertzorg " + "suite " * 40,
    )
    data = search(api_client, q="vertzorg carton", locale="en")
    assert data["count"] == 0  # English search: the French page is not in English
    data = search(api_client, q="vertzorg carton")
    [hit] = data["results"]
    assert hit["type"] == "exhibit"
    assert hit["key"] == key(page)
    assert hit["title"] == "Valises de Vertzorg"
    assert "carton" in hit["excerpt"]
    assert len(hit["excerpt"]) < 250
    assert "<" not in hit["excerpt"]
    assert hit["locale"] == {
        "requested": "fr",
        "served": "fr",
        "dir": "ltr",
        "script": "Latn",
    }
    assert hit["url"].endswith(page.url)
    assert hit["api_url"].endswith(
        f"/api/v1/exhibits/{page.translation_key}/?locale=fr"
    )
    assert hit["score"] > 0
    assert "segment" not in hit


# --- Arabic ------------------------------------------------------------------------


def test_arabic_letter_variants_and_diacritics(api_client, publish_exhibit):
    page = publish_exhibit(
        "ar",
        "إسْتِقْبالٌ زورغ",
        "زيارة المتحف في المغرب",
        "مدرسة قديمة قرب مستشفى الهجـــرة",
    )
    for query in ("استقبال", "متحف", "مدرسه", "مستشفي", "الهجرة", "هجره", "آستقبال"):
        data = search(api_client, q=query, locale="ar")
        assert key(page) in keys(data), query
    [hit] = list(search(api_client, q="استقبال زورغ", locale="ar")["results"])
    assert hit["locale"]["dir"] == "rtl"
    assert hit["locale"]["served"] == "ar"
    # The title is shown as written, with its diacritics.
    assert hit["title"] == "إسْتِقْبالٌ زورغ"


# --- Tifinagh and English ----------------------------------------------------------


def test_tifinagh_words_match_as_written(api_client, publish_exhibit):
    page = publish_exhibit("zgh", "ⴰⵎⵓⵙⵙⵓ ⵏ ⵜⵎⵣⵔⵓⵢⵜ", "ⴰⵙⵏⵓⴱⴳ ⵏ ⵓⵎⵓⵙⵙⵓ")
    assert key(page) in keys(search(api_client, q="ⵜⵎⵣⵔⵓⵢⵜ", locale="zgh"))
    assert key(page) in keys(search(api_client, q="ⴰⵙⵏⵓⴱⴳ", locale="zgh"))
    assert key(page) not in keys(search(api_client, q="ⵜⴰⵎⵣⵔⵓⵢⵜ", locale="zgh"))


def test_english_stemming(api_client, publish_exhibit):
    page = publish_exhibit(
        "en", "Workers' journeys to Blorgtown", "Migrants travelled."
    )
    assert key(page) in keys(search(api_client, q="journey blorgtown", locale="en"))
    assert key(page) in keys(search(api_client, q="travel blorgtown", locale="en"))


# --- transcripts ---------------------------------------------------------------------


def test_transcript_segment_hit_links_to_its_time(api_client, publish_story):
    story = publish_story(
        "fr",
        "Entretien avec Zorgmina",
        [
            (0, 12.5, "Bonjour."),
            (12.5, 30, "Nous avons pris le bateau à Tanger zorgport."),
        ],
    )
    data = search(api_client, q="bateau zorgport")
    hits = [hit for hit in data["results"] if hit["key"] == key(story)]
    assert len(hits) == 1
    [hit] = hits
    second = story.segments.order_by("start").last()
    assert hit["type"] == "story"
    assert hit["title"] == "Entretien avec Zorgmina"
    assert hit["segment"] == {
        "id": second.pk,
        "start": 12.5,
        "end": 30.0,
        "text": "Nous avons pris le bateau à Tanger zorgport.",
    }
    assert hit["url"].endswith(f"{story.url}#t=12.5")
    assert "zorgport" in hit["excerpt"]


def test_metadata_only_story_transcript_is_not_searchable(api_client, publish_story):
    story = publish_story(
        "fr", "Entretien Zorgmeta", [(0, 5, "Secret zorgsilence.")], access="metadata"
    )
    assert search(api_client, q="zorgsilence")["count"] == 0
    assert key(story) in keys(search(api_client, q="zorgmeta"))
    assert (
        api_client.get("/api/v1/stories/", {"search": "zorgsilence"}).json()["count"]
        == 0
    )


def test_a_transcript_is_found_in_its_own_language(api_client, publish_story):
    """An interview told in Arabic: its transcript is searched in Arabic, and
    from French with scope=all; a restricted one in Arabic is not."""
    story = publish_story(
        "ar", "مقابلة زورغصوت", [(0, 6, "ركبنا الباخرة من طنجة زورغبحر.")]
    )
    publish_story(
        "ar",
        "مقابلة زورغسر",
        [(0, 4, "كلام خاص زورغبحر.")],
        access="metadata",
        slug="entretien-restreint",
    )

    arabic = search(api_client, q="زورغبحر", locale="ar")
    everywhere = search(api_client, q="زورغبحر", scope="all")

    for data in (arabic, everywhere):
        assert [(hit["key"], hit["segment"]["start"]) for hit in data["results"]] == [
            (key(story), 0.0)
        ]
        assert data["count"] == 1
    assert search(api_client, q="زورغبحر")["count"] == 0  # French only


# --- parameters ---------------------------------------------------------------------


def test_type_filter_and_scope_all(api_client, publish_exhibit, publish_story):
    exhibit = publish_exhibit("fr", "Zorgtype exposition")
    story = publish_story("fr", "Zorgtype entretien", [(0, 4, "Rien.")])
    arabic = publish_exhibit("ar", "معرض زورغتايب")
    assert keys(search(api_client, q="zorgtype")) == {key(exhibit), key(story)}
    assert keys(search(api_client, q="zorgtype", type="story")) == {key(story)}
    assert keys(search(api_client, q="zorgtype", type="exhibit,object")) == {
        key(exhibit)
    }
    assert search(api_client, q="زورغتايب")["count"] == 0  # French only
    data = search(api_client, q="زورغتايب", scope="all", locale="en")
    [hit] = data["results"]
    assert hit["key"] == key(arabic)
    assert hit["locale"] == {
        "requested": "en",
        "served": "ar",
        "dir": "rtl",
        "script": "Arab",
    }
    assert hit["api_url"].endswith("?locale=ar")


def test_museum_object_hit(api_client, make_object):
    obj = make_object("fr", "TST.2026.9", "Valise zorgobjet", "En carton bouilli.")
    data = search(api_client, q="zorgobjet", type="object")
    [hit] = data["results"]
    assert hit["type"] == "object"
    assert hit["key"] == str(obj.translation_key)
    assert hit["url"]
    assert hit["url"].rstrip("/").endswith("tst-2026-9")
    assert "/api/v1/objects/" in hit["api_url"]


def test_pagination(api_client, publish_exhibit):
    for number in range(3):
        publish_exhibit("fr", f"Zorgpage numéro {number}")
    data = search(api_client, q="zorgpage", limit=2)
    assert data["count"] == 3
    assert len(data["results"]) == 2
    assert data["next"]
    last = search(api_client, q="zorgpage", limit=2, offset=2)
    assert len(last["results"]) == 1
    assert last["count"] == 3
    assert last["next"] is None
    seen = [hit["key"] for hit in data["results"] + last["results"]]
    assert len(set(seen)) == 3  # no hit twice, none lost between pages
    beyond = search(api_client, q="zorgpage", limit=2, offset=10)
    assert beyond["results"] == []
    assert beyond["count"] == 3


def test_hits_and_their_number_are_one_statement(
    api_client, publish_exhibit, no_response_cache
):
    """The hits are ranked, checked and counted by one statement on the
    index: a separate COUNT would match and check every hit again. The only
    other statement on the index reads the rows of the page, by key."""
    for number in range(3):
        publish_exhibit("fr", f"Zorgcompte numéro {number}")
    search(api_client, q="zorgcompte")  # caches warm (site root paths)
    with CaptureQueriesContext(connection) as context:
        data = search(api_client, q="zorgcompte", limit=2)
    assert data["count"] == 3
    on_index = [
        query["sql"]
        for query in context.captured_queries
        if 'FROM "museum_search_searchentry"' in query["sql"]
    ]
    assert len(on_index) == 2, on_index
    ranking, page = on_index
    assert "OVER ()" in ranking
    assert '"museum_search_searchentry"."id" IN (' in page
    assert "COUNT(" not in page


# --- visibility, checked twice -------------------------------------------------


@pytest.mark.parametrize("ranges", [20, 0], ids=["path-ranges", "in-statement"])
def test_hidden_pages_are_the_pages_the_public_may_not_see(
    restricted_fixtures, monkeypatch, ranges
):
    """``hidden_pages``, with which search ranks and counts, is the exact
    complement of ``public_pages``: drafts, scheduled and expired pages,
    pages with a restriction of their own, and every page below one. Both
    ways of finding the restricted ones agree: a path range per restricted
    section, and the check inside the statement used when there are many."""
    from wagtail.models import Page

    from cms.core import visibility
    from cms.core.visibility import hidden_pages, public_pages

    monkeypatch.setattr(visibility, "RESTRICTED_PATH_RANGES", ranges)

    every = set(Page.objects.values_list("pk", flat=True))
    public = set(public_pages().values_list("pk", flat=True))
    hidden = set(
        Page.objects.filter(pk__in=hidden_pages()).values_list("pk", flat=True)
    )
    assert hidden == every - public
    by_name = {fixture.name: fixture.story.pk for fixture in restricted_fixtures}
    for name in ("draft", "scheduled", "expired", "login", "group", "ancestor"):
        assert by_name[name] in hidden, name
    # The consent record decides for these, not the page rule.
    for name in ("restricted", "embargoed", "metadata", "unpublisheddraft"):
        assert by_name[name] not in hidden, name
    private_home = Page.objects.get(slug="archives-internes")
    assert (
        set(private_home.get_descendants(inclusive=True).values_list("pk", flat=True))
        <= hidden
    )


def test_the_count_and_the_hits_shown_agree_on_every_restriction(
    api_client, restricted_fixtures, caplog
):
    """The statement that ranks and counts reads the index's own columns;
    the hits shown are checked again with the public querysets. On every
    kind of restriction (consent, embargo, drafts, view restrictions on the
    page or an ancestor, Arabic versions) the two agree: nothing is dropped
    from a page, and the count is the number of hits there are."""
    call_command("rebuild_search_index", verbosity=0)
    with caplog.at_level(logging.WARNING, logger="cms.search.query"):
        for part in ("Transcription", "Suite", "Entretien", "Résumé", "مقابلة"):
            for params in ({"locale": "fr"}, {"locale": "ar"}, {"scope": "all"}):
                data = search(api_client, q=part, limit=100, **params)
                assert data["count"] == len(data["results"]), (part, params)
                for offset in range(data["count"]):
                    one = search(api_client, q=part, limit=1, offset=offset, **params)
                    assert one["results"] == data["results"][offset : offset + 1]
    assert [record.getMessage() for record in caplog.records] == []


def test_a_row_the_index_should_have_dropped_is_never_shown(
    api_client, publish_exhibit, caplog
):
    """Rows out of step with the content (filed under another language, or
    left by a page deleted behind the signals' back) pass the ranking
    statement, but the check of the rows shown keeps them out of the hits
    and of the count, and says so in the log."""
    page = publish_exhibit("fr", "Zorgpérimé authentique")
    row = SearchEntry.objects.get(kind=SearchEntry.Kind.EXHIBIT, object_id=page.pk)
    stale = {
        "kind": row.kind,
        "translation_key": row.translation_key,
        "title": row.title,
        "text": row.text,
        "vector": row.vector,
    }
    in_arabic = {**stale, "vector": vector("ar", (row.title, "A"))}
    SearchEntry.objects.create(
        **in_arabic, language="ar", object_id=page.pk, segment_id=1
    )
    ghost = SearchEntry.objects.order_by("-object_id").first().object_id + 1000
    SearchEntry.objects.create(**stale, language="fr", object_id=ghost)
    with caplog.at_level(logging.WARNING, logger="cms.search.query"):
        french = search(api_client, q="zorgpérimé", locale="fr")
        arabic = search(api_client, q="zorgpérimé", locale="ar")
        everywhere = search(api_client, q="zorgpérimé", scope="all")
    for data in (french, everywhere):
        assert data["count"] == 1
        assert [hit["key"] for hit in data["results"]] == [key(page)]
        assert data["results"][0]["locale"]["served"] == "fr"
    assert arabic["count"] == 0
    assert arabic["results"] == []
    assert "rebuild_search_index" in caplog.text


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({}, "q"),
        ({"q": "  "}, "q"),
        ({"q": "x" * 201}, "q"),
        ({"q": "musée", "type": "exhibit,poem"}, "type"),
        ({"q": "musée", "scope": "everything"}, "scope"),
        ({"q": "musée", "limit": "1000"}, "limit"),
    ],
)
def test_bad_parameters_are_400_problems(api_client, params, parameter):
    response = api_client.get("/api/v1/search/", {**params, "locale": "en"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["parameter"] == parameter


def test_unknown_parameter_is_400(api_client):
    response = api_client.get("/api/v1/search/", {"q": "musée", "search": "x"})
    assert response.status_code == 400
    assert response.json()["parameters"] == ["search"]


def test_search_is_listed_on_the_index_and_in_the_schema(api_client):
    index = api_client.get("/api/v1/").json()
    assert index["endpoints"]["search"].endswith("/api/v1/search/")
    schema = api_client.get("/api/v1/schema/", {"format": "json"}).json()
    operation = schema["paths"]["/api/v1/search/"]["get"]
    assert {p["name"] for p in operation["parameters"]} >= {
        "q",
        "type",
        "scope",
        "locale",
        "limit",
        "offset",
    }


# --- the index follows publishing ----------------------------------------------------


def test_index_follows_publish_unpublish_and_drafts(api_client, publish_exhibit):
    page = publish_exhibit("fr", "Zorgcycle exposition")
    assert key(page) in keys(search(api_client, q="zorgcycle"))
    # A draft change is not searchable until published.
    page.title = "Zorgbrouillon exposition"
    page.save_revision()
    assert search(api_client, q="zorgbrouillon")["count"] == 0
    page.get_latest_revision().publish()
    assert key(page) in keys(search(api_client, q="zorgbrouillon"))
    assert search(api_client, q="zorgcycle")["count"] == 0
    page.unpublish()
    assert search(api_client, q="zorgbrouillon")["count"] == 0
    assert not SearchEntry.objects.filter(object_id=page.pk).exists()
    page.get_latest_revision().publish()
    assert key(page) in keys(search(api_client, q="zorgbrouillon"))
    page.delete()
    assert not SearchEntry.objects.filter(object_id=page.pk).exists()


def test_aliases_are_not_indexed_as_their_language(api_client, publish_exhibit):
    page = publish_exhibit("fr", "Zorgalias exposition")
    from wagtail.models import Locale

    alias = page.copy_for_translation(
        Locale.objects.get(language_code="ar"), alias=True
    )
    assert alias.alias_of_id == page.pk
    assert not SearchEntry.objects.filter(object_id=alias.pk).exists()
    assert search(api_client, q="zorgalias", locale="ar")["count"] == 0


def test_rebuild_command_is_idempotent(api_client, publish_exhibit):
    from io import StringIO

    from django.core.management import call_command

    page = publish_exhibit("fr", "Zorgrebuild exposition")
    before = SearchEntry.objects.count()
    out = StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert "Search index rebuilt" in out.getvalue()
    assert SearchEntry.objects.count() == before
    assert key(page) in keys(search(api_client, q="zorgrebuild"))


# --- per-kind ?search= ----------------------------------------------------------------


def test_list_search_uses_per_language_matching(api_client, publish_exhibit):
    french = publish_exhibit("fr", "La mémoire de Zorglist")
    arabic = publish_exhibit("ar", "مدرسة زورغليست")
    data = api_client.get("/api/v1/exhibits/", {"search": "memoire zorglist"}).json()
    assert [item["key"] for item in data["results"]] == [key(french)]
    data = api_client.get(
        "/api/v1/exhibits/", {"search": "مدرسه زورغليست", "locale": "ar"}
    ).json()
    assert [item["key"] for item in data["results"]] == [key(arabic)]


# --- queries ------------------------------------------------------------------------


@pytest.mark.parametrize("scope", [{}, {"scope": "all"}])
def test_number_of_queries_does_not_grow_with_hits(
    api_client,
    publish_exhibit,
    publish_story,
    make_object,
    scope,
    django_assert_max_num_queries,
    no_response_cache,
):
    publish_exhibit("fr", "Zorgcount un")
    publish_story("fr", "Zorgcount entretien", [(0, 3, "zorgcount ici")])
    make_object("fr", "TST.2026.20", "Zorgcount objet")

    def count_queries():
        with CaptureQueriesContext(connection) as context:
            data = search(api_client, q="zorgcount", **scope)
        return len(context.captured_queries), data["count"]

    search(api_client, q="zorgcount", **scope)  # caches warm (site root paths)
    few, hits = count_queries()
    assert hits == 4  # exhibit, story, its segment, object
    for number in range(6):
        publish_exhibit("fr", f"Zorgcount {number}")
        publish_story("fr", f"Zorgcount entretien {number}", [(0, 3, "zorgcount")])
        make_object("fr", f"TST.2026.{30 + number}", f"Zorgcount objet {number}")
    # Warm again: the sections of the site are read once after a change.
    search(api_client, q="zorgcount", **scope)
    many, hits = count_queries()
    assert hits == 28
    assert many == few
    # A visibility check per kind and language, never per hit.
    with django_assert_max_num_queries(MAX_QUERIES[bool(scope)]):
        search(api_client, q="zorgcount", **scope)
