"""The "Translation status" report, its CSV export and the dashboard panel, on
statuses reached by real admin actions (submit, PO upload, machine
translation, editing and publishing the French source)."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail_localize.models import Translation, TranslationSource

from cms.core.models import Theme
from cms.knowledge.models import KnowledgeIndexPage, KnowledgePage
from cms.stories.models import StoryAccess, StoryIndexPage, StoryPage
from tests.translation.helpers import fill_from_po, submit

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/translation-status/"
PREFIX = "Rapport-mélange"
CANARY = "CANARYREPORTQ7 كناريتقرير ⵜⴽⵏⵔⵜⵇⵔ"


@pytest.fixture
def staff_user(django_user_model):
    """A member of staff with admin access who is not an archivist."""
    user = django_user_model.objects.create_user("curator", password="x")
    user.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    return user


@pytest.fixture
def archivist(django_user_model):
    user = django_user_model.objects.create_user("archivist", password="x")
    user.groups.add(Group.objects.get(name="Archivists"))
    return user


def new_page(locales, number, title=None):
    index = KnowledgeIndexPage.objects.get(locale=locales["fr"])
    page = KnowledgePage(
        title=title or f"{PREFIX} {number}",
        slug=f"rapport-melange-{number}",
        kind="toolkit",
        summary=f"<p>Un guide numéro {number} pour écrire aux consulats.</p>",
        countries=["MA"],
        sdgs=[10],
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def mix(admin_client, admin_user, locales, django_capture_on_commit_callbacks):
    """Five French pages, each somewhere else in the translation workflow."""
    pages = {}
    with django_capture_on_commit_callbacks(execute=True):
        # Only in French.
        pages["untouched"] = new_page(locales, 1)
        # Sent to Arabic translators, nothing translated yet.
        pages["sent"] = new_page(locales, 2)
        submit(admin_client, pages["sent"], locales["ar"])
        # Translated into English from a PO file.
        pages["english"] = new_page(locales, 3)
        translation = submit(admin_client, pages["english"], locales["en"])
    with django_capture_on_commit_callbacks(execute=True):
        fill_from_po(translation, admin_user)
    # Translated into Tamazight, then the French summary changed.
    with django_capture_on_commit_callbacks(execute=True):
        pages["changed"] = new_page(locales, 4)
        translation = submit(admin_client, pages["changed"], locales["zgh"])
    with django_capture_on_commit_callbacks(execute=True):
        fill_from_po(translation, admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        page = pages["changed"]
        page.refresh_from_db()
        page.summary = "<p>Un guide réécrit pour les consulats et les mairies.</p>"
        page.save_revision().publish()
    # Machine-translated into Arabic, nobody has reviewed it.
    with django_capture_on_commit_callbacks(execute=True):
        pages["machine"] = new_page(locales, 5)
        translation = submit(admin_client, pages["machine"], locales["ar"])
    response = admin_client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk])
    )
    assert response.status_code == 302
    return pages


def report_rows(response):
    """``{title: {code: (status, progress, link, machine)}}`` as the report
    shows it (the admin speaks French here, so markers rather than words)."""
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    rows = {}
    for row in soup.select("table.translation-status tbody tr"):
        title = row.select_one("td.title a").get_text(strip=True)
        cells = {}
        for cell in row.select("td[data-language]"):
            link = cell.find("a")
            progress = cell.select_one(".translation-status__progress")
            cells[cell["data-language"]] = (
                cell["data-status"],
                progress.get_text(strip=True) if progress else "",
                link["href"] if link else None,
                cell.select_one(".translation-status__machine") is not None,
            )
        rows[title] = cells
    return rows


def report_counts(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        line["data-language"]: {
            cell["data-status"]: int(cell.get_text(strip=True))
            for cell in line.select("td[data-status]")
        }
        for line in soup.select("table.translation-counts tbody tr")
    }


def statuses(rows, title):
    return {code: cell[0] for code, cell in rows[title].items()}


def test_the_report_shows_each_items_status_in_each_language(admin_client, mix):
    rows = report_rows(admin_client.get(REPORT, {"q": PREFIX}))

    assert set(rows) == {f"{PREFIX} {n}" for n in range(1, 6)}
    assert statuses(rows, f"{PREFIX} 1") == {
        "fr": "source",
        "ar": "missing",
        "en": "missing",
        "zgh": "missing",
    }
    assert statuses(rows, f"{PREFIX} 2")["ar"] == "in_progress"
    assert statuses(rows, f"{PREFIX} 3")["en"] == "current"
    assert statuses(rows, f"{PREFIX} 4")["zgh"] == "outdated"
    assert statuses(rows, f"{PREFIX} 5")["ar"] == "current"

    # Progress of a translation under way ("0/3 strings"), and the mark of
    # machine-made text nobody has reviewed.
    progress = rows[f"{PREFIX} 2"]["ar"][1]
    translated, total = progress.split()[0].split("/")
    assert translated == "0"
    assert int(total) >= 3  # title, slug, summary at least
    assert rows[f"{PREFIX} 5"]["ar"][3] is True
    assert rows[f"{PREFIX} 3"]["en"][3] is False
    assert rows[f"{PREFIX} 3"]["en"][1] == ""  # no progress on a finished one


def test_each_status_links_where_the_work_is_done(admin_client, mix, locales):
    rows = report_rows(admin_client.get(REPORT, {"q": PREFIX}))
    untouched, sent, changed = mix["untouched"], mix["sent"], mix["changed"]

    missing_link = rows[f"{PREFIX} 1"]["zgh"][2]
    assert missing_link.startswith(
        reverse("wagtail_localize:submit_page_translation", args=[untouched.pk])
    )
    assert "select_locale=zgh" in missing_link
    # The link opens wagtail-localize's submit form with the language ticked.
    form = admin_client.get(missing_link)
    assert form.status_code == 200

    source = TranslationSource.objects.get(object_id=changed.translation_key)
    assert rows[f"{PREFIX} 4"]["zgh"][2].startswith(
        reverse("wagtail_localize:update_translations", args=[source.pk])
    )

    arabic = sent.get_translation(locales["ar"])
    assert rows[f"{PREFIX} 2"]["ar"][2] == reverse(
        "wagtailadmin_pages:edit", args=[arabic.pk]
    )


def test_filters_by_language_and_status(admin_client, mix):
    outdated_zgh = report_rows(
        admin_client.get(REPORT, {"q": PREFIX, "language": "zgh", "status": "outdated"})
    )
    assert list(outdated_zgh) == [f"{PREFIX} 4"]
    # Filtered by a language, the report shows that language's column.
    assert set(outdated_zgh[f"{PREFIX} 4"]) == {"zgh"}

    in_progress_ar = report_rows(
        admin_client.get(
            REPORT, {"q": PREFIX, "language": "ar", "status": "in_progress"}
        )
    )
    assert list(in_progress_ar) == [f"{PREFIX} 2"]

    current_anywhere = report_rows(
        admin_client.get(REPORT, {"q": PREFIX, "status": "current"})
    )
    assert set(current_anywhere) == {f"{PREFIX} 3", f"{PREFIX} 5"}

    nothing = report_rows(
        admin_client.get(REPORT, {"q": PREFIX, "language": "en", "status": "outdated"})
    )
    assert nothing == {}


def test_filters_by_kind(admin_client, mix, locales):
    Theme.objects.create(name=f"{PREFIX} thème", locale=locales["fr"])

    themes = report_rows(admin_client.get(REPORT, {"q": PREFIX, "kind": "themes"}))
    knowledge = report_rows(
        admin_client.get(REPORT, {"q": PREFIX, "kind": "knowledge"})
    )

    assert list(themes) == [f"{PREFIX} thème"]
    assert set(knowledge) == {f"{PREFIX} {n}" for n in range(1, 6)}


def test_counts_per_language(admin_client, mix):
    counts = report_counts(admin_client.get(REPORT, {"q": PREFIX}))

    assert counts == {
        "ar": {"current": 1, "outdated": 0, "in_progress": 1, "missing": 3},
        "en": {"current": 1, "outdated": 0, "in_progress": 0, "missing": 4},
        "zgh": {"current": 0, "outdated": 1, "in_progress": 0, "missing": 4},
    }


def test_the_report_is_paginated(admin_client, locales):
    for number in range(55):
        Theme.objects.create(name=f"Pagination {number:02}", locale=locales["fr"])

    first = report_rows(admin_client.get(REPORT, {"q": "Pagination"}))
    second = report_rows(admin_client.get(REPORT, {"q": "Pagination", "p": 2}))

    assert len(first) == 50
    assert len(second) == 5
    assert not set(first) & set(second)


def test_csv_export_has_a_line_per_item_with_status_and_machine_flag(admin_client, mix):
    response = admin_client.get(REPORT, {"q": PREFIX, "export": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content).decode()
    lines = list(csv.reader(io.StringIO(content)))
    assert lines[0] == [
        "kind",
        "key",
        "title",
        "fr_status",
        "fr_machine",
        "ar_status",
        "ar_machine",
        "en_status",
        "en_machine",
        "zgh_status",
        "zgh_machine",
    ]
    by_title = {line[2]: line for line in lines[1:]}
    assert set(by_title) == {f"{PREFIX} {n}" for n in range(1, 6)}
    machine = by_title[f"{PREFIX} 5"]
    assert machine[:2] == ["knowledge", str(mix["machine"].translation_key)]
    assert machine[3:] == [
        "source",
        "no",
        "current",
        "yes",
        "missing",
        "no",
        "missing",
        "no",
    ]
    assert by_title[f"{PREFIX} 4"][9] == "outdated"


def test_csv_export_follows_the_filters(admin_client, mix):
    response = admin_client.get(
        REPORT, {"q": PREFIX, "language": "zgh", "status": "outdated", "export": "csv"}
    )

    lines = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert lines[0] == ["kind", "key", "title", "zgh_status", "zgh_machine"]
    assert [line[2:] for line in lines[1:]] == [[f"{PREFIX} 4", "outdated", "no"]]


def test_the_report_costs_the_same_queries_for_5_and_50_items(admin_client, locales):
    def themes(count, start):
        created = [
            Theme.objects.create(name=f"Requêtes {n:03}", locale=locales["fr"])
            for n in range(start, start + count)
        ]
        # Some of them on their way in Arabic, so that every kind of link shows.
        for theme in created[:2]:
            source, _created = TranslationSource.get_or_create_from_instance(theme)
            Translation.objects.create(source=source, target_locale=locales["ar"])

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = admin_client.get(REPORT, {"q": "Requêtes", "kind": "themes"})
        return len(report_rows(response)), len(captured)

    themes(5, 0)
    admin_client.get(REPORT)  # warm caches (content types, site, session)
    few_rows, few_queries = queries()
    themes(45, 5)
    many_rows, many_queries = queries()

    assert (few_rows, many_rows) == (5, 50)
    assert few_queries == many_queries


# -- who sees what ---------------------------------------------------------------------


@pytest.fixture
def stories(locales, django_capture_on_commit_callbacks):
    """A published French interview whose narrator has not consented to its
    publication (its title holds a canary), and a public one."""
    index = StoryIndexPage.objects.get(locale=locales["fr"])
    made = {}
    with django_capture_on_commit_callbacks(execute=True):
        for name, title, level in (
            ("restricted", f"Entretien {CANARY}", StoryAccess.Level.RESTRICTED),
            ("public", "Entretien rapport public", StoryAccess.Level.PUBLIC),
        ):
            story = StoryPage(
                title=title,
                slug=f"entretien-rapport-{name}",
                summary="<p>Un entretien.</p>",
                original_language="ary",
            )
            index.add_child(instance=story)
            story.save_revision().publish()
            StoryAccess.objects.filter(translation_key=story.translation_key).update(
                access_level=level
            )
            made[name] = story
    return made


def test_restricted_stories_are_hidden_from_staff_who_are_not_archivists(
    client, staff_user, stories
):
    client.force_login(staff_user)

    listing = client.get(REPORT, {"kind": "stories"})
    searched = client.get(REPORT, {"q": "CANARYREPORT"})
    export = client.get(REPORT, {"kind": "stories", "export": "csv"})
    exported = b"".join(export.streaming_content).decode()

    assert listing.status_code == 200
    assert "Entretien rapport public" in report_rows(listing)
    for response_text in (
        listing.content.decode(),
        searched.content.decode(),
        exported,
    ):
        for part in CANARY.split():
            assert part not in response_text
    assert report_rows(searched) == {}
    assert str(stories["restricted"].translation_key) not in exported


def test_archivists_see_restricted_stories_marked_as_such(client, archivist, stories):
    client.force_login(archivist)

    response = client.get(REPORT, {"kind": "stories"})
    export = client.get(REPORT, {"kind": "stories", "export": "csv"})

    rows = report_rows(response)
    assert f"Entretien {CANARY}" in rows
    soup = BeautifulSoup(response.content, "html.parser")
    restricted = soup.select_one(
        f'tr[data-key="{stories["restricted"].translation_key}"]'
    )
    public = soup.select_one(f'tr[data-key="{stories["public"].translation_key}"]')
    assert restricted.has_attr("data-restricted")
    assert not public.has_attr("data-restricted")
    assert CANARY in b"".join(export.streaming_content).decode()


def test_superusers_see_restricted_stories(admin_client, stories):
    assert f"Entretien {CANARY}" in report_rows(
        admin_client.get(REPORT, {"kind": "stories"})
    )


def test_the_report_needs_admin_access(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("visitor", password="x"))

    response = client.get(REPORT)

    assert response.status_code in (302, 403)
    assert b"translation-status" not in response.content


def test_the_report_is_in_the_reports_menu(admin_client):
    response = admin_client.get("/admin/")

    assert REPORT.encode() in response.content


# -- the dashboard panel ---------------------------------------------------------------------


def panel_figures(response):
    soup = BeautifulSoup(response.content, "html.parser")
    panel = soup.select_one("table.translation-coverage")
    assert panel is not None, "no translation coverage panel on the dashboard"
    figures = {}
    for line in panel.select("tr[data-language]"):
        current = line.select_one('td[data-figure="current"]')
        figures[line["data-language"]] = {
            "percent": current.find("a").get_text(strip=True),
            "current": int(current.select_one("[data-current]")["data-current"]),
            "total": int(current.select_one("[data-total]")["data-total"]),
            "outdated": int(line.select_one('td[data-figure="outdated"]').get_text()),
            "missing": int(line.select_one('td[data-figure="missing"]').get_text()),
            "link": line.select_one("th a")["href"],
        }
    return figures


def up_to_date(figures, code):
    return figures[code]["current"], figures[code]["total"]


def test_the_dashboard_shows_each_languages_coverage(
    admin_client, admin_user, locales, django_capture_on_commit_callbacks
):
    before = panel_figures(admin_client.get("/admin/"))
    assert set(before) == {"ar", "en", "zgh"}

    # A new French page: one more item, missing in every language.
    with django_capture_on_commit_callbacks(execute=True):
        page = new_page(locales, 90, title="Tableau de bord")
    added = panel_figures(admin_client.get("/admin/"))
    for code in ("ar", "en", "zgh"):
        current, total = up_to_date(added, code)
        assert (current, total) == (
            up_to_date(before, code)[0],
            up_to_date(before, code)[1] + 1,
        )
        assert added[code]["missing"] == before[code]["missing"] + 1

    # Translated into Arabic: up to date there.
    with django_capture_on_commit_callbacks(execute=True):
        translation = submit(admin_client, page, locales["ar"])
    with django_capture_on_commit_callbacks(execute=True):
        fill_from_po(translation, admin_user)
    translated = panel_figures(admin_client.get("/admin/"))
    assert up_to_date(translated, "ar")[0] == up_to_date(added, "ar")[0] + 1
    assert translated["ar"]["missing"] == before["ar"]["missing"]
    assert translated["en"]["missing"] == before["en"]["missing"] + 1

    # The French text changes: the Arabic version is outdated.
    with django_capture_on_commit_callbacks(execute=True):
        page.refresh_from_db()
        page.summary = "<p>Une autre phrase.</p>"
        page.save_revision().publish()
    changed = panel_figures(admin_client.get("/admin/"))
    assert changed["ar"]["outdated"] == before["ar"]["outdated"] + 1
    assert up_to_date(changed, "ar")[0] == up_to_date(before, "ar")[0]


def test_the_dashboard_links_each_language_to_the_filtered_report(admin_client, mix):
    figures = panel_figures(admin_client.get("/admin/"))

    for code in ("ar", "zgh"):
        link = figures[code]["link"]
        assert link == f"{REPORT}?language={code}"
        report = admin_client.get(link)
        counts = report_counts(report)
        # The report, filtered by that language, counts the same items.
        assert set(counts) == {code}
        assert counts[code]["outdated"] == figures[code]["outdated"]
        assert counts[code]["missing"] == figures[code]["missing"]
        assert counts[code]["current"] == figures[code]["current"]


def test_the_report_downloads_as_a_spreadsheet_too(admin_client, locales):
    Theme.objects.create(name="Tableur", locale=locales["fr"])

    response = admin_client.get(REPORT, {"q": "Tableur", "export": "xlsx"})

    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]
    assert b"".join(response.streaming_content).startswith(b"PK")


def test_filtering_in_place_returns_the_results_fragment(admin_client, mix):
    """The admin's filter drawer reloads only the results, from their own URL."""
    response = admin_client.get(
        f"{REPORT}results/", {"q": PREFIX, "language": "ar", "status": "current"}
    )

    assert list(report_rows(response)) == [f"{PREFIX} 5"]
    assert b"<html" not in response.content
