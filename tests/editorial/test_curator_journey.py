"""Issue 12, "Done when": a curator imports a 200-row inventory with images,
fixes the three rows the report refused, builds an exhibit from the objects,
sends it through review, and it is published — all in the admin, in Arabic.

One test, through the Django test client only: the admin's inventory import
(cms/exhibits/inventory_views.py; with the default immediate task backend its
progress page is the report at once), Wagtail's page-create form, the "Curator
review" workflow, then the public page and the API.

The curator who builds the exhibit is in "Curators" and "Editors (fr)": the
Curators group reviews and publishes, writing content and importing objects
are the French editors' rights (docs/editors.md, "Groups"). Another curator
approves.
"""

import csv
import io
import re
import zipfile

import pytest
from django.urls import reverse
from PIL import Image
from wagtail.models import Locale
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)
from wagtail.users.models import UserProfile

from cms.exhibits.models import ExhibitIndexPage, ExhibitPage, MuseumObject

pytestmark = pytest.mark.django_db

IMPORT_URL = "/admin/museum-objects/inventory/"
CC_BY = "https://creativecommons.org/licenses/by/4.0/"
HEADER = [
    "accession_number",
    "title_fr",
    "description_fr",
    "date",
    "materials",
    "dimensions",
    "rights",
    "images",
]
ROWS = 200
BAD_DATE, MISSING_IMAGE, MISSING_TITLE = 37, 112, 186  # indexes in the file


def number(index):
    return f"MMM.2027.{index + 1:03d}"


def image_name(index):
    return f"photos/objet-{index + 1:03d}.png"


def inventory_rows(broken):
    rows = []
    for index in range(ROWS):
        rows.append(
            {
                "accession_number": number(index),
                "title_fr": f"Valise de voyage n° {index + 1}",
                "description_fr": "Une valise en carton.\n\nElle a traversé la mer.",
                "date": f"19{60 + index % 30}~",
                "materials": "carton, cuir",
                "dimensions": "60 × 40 × 20 cm",
                "rights": CC_BY,
                "images": image_name(index),
            }
        )
    if broken:
        rows[BAD_DATE]["date"] = "vers les années soixante"
        rows[MISSING_IMAGE]["images"] = "photos/introuvable.png"
        rows[MISSING_TITLE]["title_fr"] = ""
    return rows


def csv_upload(rows):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow([row[column] for column in HEADER])
    upload = io.BytesIO(out.getvalue().encode("utf-8"))
    upload.name = "inventaire-partenaire.csv"
    return upload


def images_zip():
    """A distinct little PNG per row (identical ones would be deduplicated)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for index in range(ROWS):
            picture = io.BytesIO()
            colour = (index, 255 - index, (index * 37) % 256)
            Image.new("RGB", (12, 9), colour).save(picture, "PNG")
            archive.writestr(image_name(index), picture.getvalue())
    buffer.seek(0)
    buffer.name = "photos.zip"
    return buffer


def html_root(response):
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


def assert_arabic(response):
    root = html_root(response)
    assert 'lang="ar"' in root, root
    assert 'dir="rtl"' in root, root


def report_rows(response):
    """{row number: (accession number, outcome, [columns named])} of the
    inventory report."""
    found = {}
    for outcome, cells in re.findall(
        r'<tr data-outcome="(\w+)">(.*?)</tr>', response.content.decode(), re.S
    ):
        row, accession = re.findall(r"<td>\s*([^<]*?)\s*</td>", cells)[:2]
        found[int(row)] = (accession, outcome, re.findall(r"<code>(\w+)</code>", cells))
    return found


@pytest.fixture
def curators(django_user_model):
    from django.contrib.auth.models import Group

    def make(username, *groups):
        user = django_user_model.objects.create_user(
            username, email=f"{username}@musee.example", password="x"
        )
        for name in groups:
            user.groups.add(Group.objects.get(name=name))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "ar"
        profile.save()
        return user

    return (
        make("samira", "Curators", "Editors (fr)"),
        make("youssef", "Curators"),
    )


def test_a_curator_imports_an_inventory_and_publishes_an_exhibit_through_review(
    client, curators, django_capture_on_commit_callbacks
):
    samira, youssef = curators
    french = Locale.objects.get(language_code="fr")
    client.force_login(samira)

    # 1. The upload page, in Arabic.
    page = client.get(IMPORT_URL)
    assert page.status_code == 200
    assert_arabic(page)

    # 2. The dry run of the partner's file: 197 rows would be created, three
    #    refused, each with its row and column; nothing is written.
    response = client.post(
        IMPORT_URL,
        {"inventory": csv_upload(inventory_rows(broken=True)), "images": images_zip()},
        follow=True,
    )
    assert response.status_code == 200
    assert_arabic(response)
    rows = report_rows(response)
    assert len(rows) == ROWS
    refused = {row: report for row, report in rows.items() if report[1] == "refused"}
    # Spreadsheet rows: the header is row 1.
    assert refused == {
        BAD_DATE + 2: (number(BAD_DATE), "refused", ["date"]),
        MISSING_IMAGE + 2: (number(MISSING_IMAGE), "refused", ["images"]),
        MISSING_TITLE + 2: (number(MISSING_TITLE), "refused", ["title_fr"]),
    }
    assert sum(report[1] == "created" for report in rows.values()) == 197
    assert not MuseumObject.objects.filter(accession_number__startswith="MMM.2027.")
    assert 'data-step="check"' in response.content.decode()

    # 3. She fixes the three rows and uploads the file again: every row valid.
    response = client.post(
        IMPORT_URL,
        {"inventory": csv_upload(inventory_rows(broken=False)), "images": images_zip()},
        follow=True,
    )
    assert response.status_code == 200
    rows = report_rows(response)
    assert {report[1] for report in rows.values()} == {"created"}
    assert len(rows) == ROWS
    token = response.context["token"]

    # 4. Import.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(IMPORT_URL, {"token": token, "import": ""}, follow=True)
    assert response.status_code == 200
    assert_arabic(response)
    assert 'data-step="done"' in response.content.decode()
    imported = MuseumObject.objects.filter(
        locale=french, accession_number__startswith="MMM.2027."
    )
    assert imported.count() == ROWS
    chosen = [
        imported.get(accession_number=number(index))
        for index in (BAD_DATE, MISSING_IMAGE, 3)
    ]
    assert chosen[0].date == "1967~"
    assert all(len(item.images) == 1 for item in chosen), "images attached"

    # 5. She builds an exhibit from three of the objects in the French
    #    exhibits section and submits it to "Curator review".
    index = ExhibitIndexPage.objects.get(locale=french)
    add_url = reverse(
        "wagtailadmin_pages:add", args=("exhibits", "exhibitpage", index.pk)
    )
    form = client.get(add_url)
    assert form.status_code == 200
    assert_arabic(form)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            add_url,
            nested_form_data(
                {
                    "title": "Valises et voyages",
                    "slug": "valises-et-voyages",
                    "introduction": rich_text("<p>Ce que l’on emportait.</p>"),
                    "period_start": "1960",
                    "period_end": "1989",
                    "body": streamfield(
                        [("paragraph", rich_text("<p>Des valises en carton.</p>"))]
                    ),
                    "exhibit_places": inline_formset([]),
                    "exhibit_themes": inline_formset([]),
                    "exhibit_objects": inline_formset(
                        [{"museum_object": item.pk} for item in chosen]
                    ),
                    "related_pages": inline_formset([]),
                    "comments": inline_formset([]),
                    "action-submit": "submit",
                }
            ),
        )
    assert response.status_code == 302, response.content.decode()[:3000]
    exhibit = ExhibitPage.objects.get(slug="valises-et-voyages", locale=french)
    assert not exhibit.live
    assert exhibit.current_workflow_task.name == "Curator review"
    client.logout()
    assert client.get(exhibit.get_url()).status_code == 404

    # 6. Another curator opens it (in Arabic) and approves.
    client.force_login(youssef)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(exhibit.pk,)))
    assert edit.status_code == 200
    assert_arabic(edit)
    task_state = exhibit.current_workflow_task_state
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=(exhibit.pk, "approve", task_state.pk),
            ),
            {"comment": ""},
        )
    assert response.status_code == 302
    exhibit.refresh_from_db()
    assert exhibit.live
    assert exhibit.current_workflow_state is None

    # 7. The public page and the API show it, with its objects.
    client.logout()
    public = client.get(exhibit.get_url())
    assert public.status_code == 200
    html = public.content.decode()
    assert "Valises et voyages" in html
    for item in chosen:
        assert item.accession_number in html
        assert item.title in html
    listing = client.get("/api/v1/exhibits/", {"locale": "fr"}).json()
    assert str(exhibit.translation_key) in [item["key"] for item in listing["results"]]
    detail = client.get(
        f"/api/v1/exhibits/{exhibit.translation_key}/", {"locale": "fr"}
    ).json()
    assert detail["title"] == "Valises et voyages"
    assert [item["accession_number"] for item in detail["objects"]] == [
        item.accession_number for item in chosen
    ]
