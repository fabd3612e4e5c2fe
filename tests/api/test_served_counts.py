"""Unfiltered lists count what each language of the fallback chain serves
from an index of the page table (``served_counts``) and skip the languages
that serve nothing; filtered lists count the served versions themselves. On
every kind of restriction, alias and missing translation, both ways give the
same count and the same pages."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from cms.exhibits.models import ExhibitIndexPage, ExhibitPage
from cms.knowledge.models import KnowledgePage
from tests.api.conftest import locale, publish

pytestmark = pytest.mark.django_db


def walk(client, kind, params, limit):
    """Every item of a list, read ``limit`` at a time: (count, [(key, served)])."""
    seen, offset = [], 0
    while True:
        body = client.get(
            f"/api/v1/{kind}/", {**params, "limit": limit, "offset": offset}
        ).json()
        seen += [(item["key"], item["locale"]["served"]) for item in body["results"]]
        offset += limit
        if offset >= body["count"]:
            return body["count"], seen


def _exhibit_in(code, title):
    index = ExhibitIndexPage.objects.get(locale=locale(code))
    page = index.add_child(
        instance=ExhibitPage(
            title=title,
            introduction="<p>Compté.</p>",
            period_start="1971",
            period_end="1980",
        )
    )
    return publish(page)


@pytest.fixture
def uneven_translations(restricted_fixtures, exhibit, knowledge_page):
    """Items whose best public version is not in the reader's language: an
    exhibit written in Arabic only, one whose Arabic version is unpublished,
    one whose English version is unpublished, one behind a login, a Tamazight
    alias (the French page copied, not translated), a knowledge page whose
    Arabic version is unpublished; with the stories of every restriction, in
    French and Arabic."""
    _exhibit_in("ar", "معرض بالعربية فقط")
    exhibit.get_translation(locale("ar")).unpublish()
    others = (
        ExhibitPage.objects.live().filter(locale=locale("fr")).exclude(pk=exhibit.pk)
    )
    others[0].get_translation(locale("en")).unpublish()
    # A view restriction applies to every language version of its page.
    PageViewRestriction.objects.create(
        page=others[1].get_translation(locale("ar")),
        restriction_type=PageViewRestriction.LOGIN,
    )
    aliased = _exhibit_in("fr", "Exposition sans traduction")
    aliased.copy_for_translation(locale("zgh"), alias=True)
    knowledge_page.get_translation(locale("ar")).unpublish()
    return restricted_fixtures


LISTS = [
    {"locale": "fr"},
    {"locale": "ar"},
    {"locale": "en"},
    {"locale": "zgh"},
    {"locale": "ar", "fallback": "none"},
    {"locale": "zgh", "fallback": "ar,en"},
    {"locale": "ar", "ordering": "-title"},
]


@pytest.mark.parametrize("kind", ["exhibits", "stories", "knowledge"])
def test_a_list_counted_from_the_index_is_the_list_counted_exactly(
    api_client, uneven_translations, kind
):
    """``?search=`` (blank) takes the exact way: the served versions counted
    one by one, every language of the chain merged. Without it the list is
    counted from the index and the empty languages are skipped; the count,
    the items, their order and the language each is served in are the same,
    read three at a time or all at once, in every language and chain."""
    for params in LISTS:
        exact_count, exact = walk(api_client, kind, {**params, "search": ""}, 100)
        count, items = walk(api_client, kind, params, 3)

        assert exact_count == len(exact) > 0, params
        assert len({key for key, _ in exact}) == len(exact), params
        assert (count, items) == (exact_count, exact), params


def test_items_served_in_another_language_are_counted_and_listed(
    api_client, uneven_translations, exhibit
):
    """The Arabic list serves the exhibit whose Arabic version is unpublished
    in French, and the Arabic-only exhibit in Arabic; the Tamazight
    list serves the aliased exhibit in French, not as Tamazight."""
    count, items = walk(api_client, "exhibits", {"locale": "ar"}, 5)
    served = dict(items)
    assert served[str(exhibit.translation_key)] == "fr"
    arabic_only = ExhibitPage.objects.get(title="معرض بالعربية فقط")
    assert served[str(arabic_only.translation_key)] == "ar"
    assert count == len(items)

    aliased = ExhibitPage.objects.get(
        title="Exposition sans traduction", locale=locale("fr")
    )
    _, zgh_items = walk(api_client, "exhibits", {"locale": "zgh"}, 5)
    assert dict(zgh_items)[str(aliased.translation_key)] == "fr"


def test_restricted_versions_are_not_counted(api_client, uneven_translations):
    """Stories restricted by consent, embargo, publication or a view
    restriction, and the exhibit behind a login, are neither listed nor
    counted in Arabic, with or without the fallback; the knowledge page whose
    Arabic version is unpublished is left out of the Arabic-only list."""
    by_name = {fixture.name: fixture.story for fixture in uneven_translations}
    for params in ({"locale": "ar"}, {"locale": "ar", "fallback": "none"}):
        count, items = walk(api_client, "stories", params, 4)
        keys = {key for key, _ in items}
        assert count == len(items)
        for name in ("restricted", "embargoed", "draft", "login", "group"):
            assert str(by_name[name].translation_key) not in keys, (name, params)
        assert str(by_name["metadata"].translation_key) in keys

        behind_login = PageViewRestriction.objects.filter(
            page__content_type__model="exhibitpage"
        ).values_list("page__translation_key", flat=True)
        count, items = walk(api_client, "exhibits", params, 4)
        assert count == len(items)
        assert not {key for key, _ in items} & {str(key) for key in behind_login}

    count, items = walk(
        api_client, "knowledge", {"locale": "ar", "fallback": "none"}, 4
    )
    public_arabic = KnowledgePage.objects.live().filter(locale=locale("ar"))
    assert count == len(items) == public_arabic.count()


def test_a_story_is_counted_from_the_day_its_embargo_ends(
    api_client, restricted_fixtures, monkeypatch
):
    """The count's statement is built once per kind, chain and day: the day
    is what ends an embargo."""
    embargoed = next(f.story for f in restricted_fixtures if f.name == "embargoed")
    before, listed_before = walk(api_client, "stories", {"locale": "fr"}, 50)

    later = timezone.localdate() + datetime.timedelta(days=31)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: later)
    after, listed_after = walk(api_client, "stories", {"locale": "fr"}, 50)
    exact, _ = walk(api_client, "stories", {"locale": "fr", "search": ""}, 50)

    assert after == exact == before + 1
    assert str(embargoed.translation_key) not in dict(listed_before)
    assert str(embargoed.translation_key) in dict(listed_after)
