import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase

from cms.core.models import HomePage
from cms.exhibits.models import ExhibitIndexPage, ExhibitPage, MuseumObject
from cms.knowledge.models import KnowledgeIndexPage
from cms.stories.models import StoryIndexPage

pytestmark = pytest.mark.django_db


class TreeRules(WagtailPageTestCase):
    """Wagtail's own page-tree assertions, run through pytest below."""


@pytest.fixture
def tree_rules():
    return TreeRules()


def test_exhibits_live_only_under_the_exhibit_index(tree_rules):
    tree_rules.assertAllowedParentPageTypes(ExhibitPage, {ExhibitIndexPage})
    tree_rules.assertAllowedSubpageTypes(ExhibitPage, set())


def test_exhibit_index_lives_under_a_home_page_and_holds_exhibits(tree_rules):
    tree_rules.assertAllowedParentPageTypes(ExhibitIndexPage, {HomePage})
    tree_rules.assertAllowedSubpageTypes(ExhibitIndexPage, {ExhibitPage})


def test_home_page_holds_the_three_sections(tree_rules):
    tree_rules.assertAllowedSubpageTypes(
        HomePage, {ExhibitIndexPage, StoryIndexPage, KnowledgeIndexPage}
    )


def test_exhibit_years_are_derived_from_its_edtf_period(exhibit_index):
    page = ExhibitPage(
        title="Les années 60",
        slug="annees-60",
        introduction="<p>x</p>",
        period_start="196X",
        period_end="1975~",
    )
    exhibit_index.add_child(instance=page)

    page.refresh_from_db()
    assert (page.period_start_year, page.period_end_year) == (1960, 1975)


def test_an_exhibit_with_a_bad_period_is_refused_with_a_field_error(exhibit_index):
    page = ExhibitPage(
        title="Mauvaise date",
        slug="mauvaise-date",
        introduction="<p>x</p>",
        period_start="les années 60",
    )

    with pytest.raises(ValidationError) as error:
        exhibit_index.add_child(instance=page)
    assert "period_start" in error.value.message_dict


def test_an_exhibit_ending_before_it_starts_is_refused(exhibit_index):
    page = ExhibitPage(
        title="À l’envers",
        slug="a-l-envers",
        introduction="<p>x</p>",
        period_start="1980",
        period_end="1970",
    )

    with pytest.raises(ValidationError) as error:
        exhibit_index.add_child(instance=page)
    assert "period_end" in error.value.message_dict


def test_accession_numbers_are_unique_within_a_language(french):
    existing = MuseumObject.objects.filter(locale=french).first()
    duplicate = MuseumObject(
        accession_number=existing.accession_number, title="Copie", locale=french
    )

    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "accession_number" in error.value.message_dict


def test_an_object_keeps_its_accession_number_and_date_in_every_language(french):
    source = MuseumObject.objects.filter(locale=french).exclude(date="").first()

    versions = MuseumObject.objects.filter(translation_key=source.translation_key)

    assert versions.count() == 4
    assert {v.accession_number for v in versions} == {source.accession_number}
    assert {(v.date, v.date_start_year, v.date_end_year) for v in versions} == {
        (source.date, source.date_start_year, source.date_end_year)
    }
    assert len({v.title for v in versions}) == 4
