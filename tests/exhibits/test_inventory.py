"""Inventory import and export of museum objects: the dry run, the import,
idempotence, images, translations, export round trip, commands, admin."""

import csv
import io
import json
import re
import zipfile

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation
from openpyxl import Workbook
from PIL import Image
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation, TranslationLog

from cms.core.models import MuseumImage, Place
from cms.exhibits import inventory
from cms.exhibits.models import MuseumObject

pytestmark = pytest.mark.django_db

HEADER = [
    "accession_number",
    "title_fr",
    "description_fr",
    "title_ar",
    "description_ar",
    "title_en",
    "description_en",
    "title_zgh",
    "description_zgh",
    "date",
    "place",
    "materials",
    "dimensions",
    "rights",
    "images",
]
CC_BY = "https://creativecommons.org/licenses/by/4.0/"
IN_COPYRIGHT = "http://rightsstatements.org/vocab/InC/1.0/"


def csv_bytes(rows, header=HEADER, bom=False):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header])
    return (("\ufeff" if bom else "") + out.getvalue()).encode("utf-8")


def xlsx_bytes(rows, header=HEADER):
    book = Workbook()
    sheet = book.active
    sheet.append([column.upper() for column in header])  # case-insensitive
    for row in rows:
        sheet.append([row.get(column, "") for column in header])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def png(colour, size=(8, 6)):
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture(autouse=True)
def _in_english():
    """Messages are checked in English, the interface's source language (the
    site's default, French, has its own catalogue)."""
    with translation.override("en"):
        yield


@pytest.fixture
def admin_client(admin_client, admin_user):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_client


@pytest.fixture
def place():
    return Place.objects.filter(locale__language_code="fr").order_by("pk").first()


def good_row(number, **extra):
    row = {
        "accession_number": number,
        "title_fr": f"Valise {number}",
        "description_fr": "Une valise en carton.\n\nElle a traversé la mer.",
        "date": "1963~",
        "materials": "carton, cuir",
        "dimensions": "60 × 40 × 20 cm",
        "rights": CC_BY,
    }
    row.update(extra)
    return row


def translated_row(number, **extra):
    return good_row(
        number,
        title_ar=f"حقيبة {number}",
        description_ar="حقيبة من الورق المقوى.\n\nعبرت البحر.",
        title_en=f"Suitcase {number}",
        description_en="A cardboard suitcase.\n\nIt crossed the sea.",
        title_zgh=f"ⵜⴰⵙⴰⴽⵓⵜ {number}",
        description_zgh="ⵜⴰⵙⴰⴽⵓⵜ ⵏ ⵓⴽⴰⵔⵟⵓⵏ.\n\nⵜⵣⵔⵉ ⴰⵍⵍ.",
        **extra,
    )


def french(number):
    return MuseumObject.objects.filter(
        accession_number=number, locale__language_code="fr"
    ).first()


def outcomes(result):
    return {report.row: report.outcome for report in result.rows}


def mixed_file(place):
    """Rows 2-3 valid, 4 and 6 duplicates, 5 and 7-9 broken."""
    return csv_bytes(
        [
            good_row("TEST.1", place=place.name),
            good_row("TEST.2", place=str(place.translation_key)),
            good_row("TEST.DUP"),
            good_row("TEST.3", date="vers 1963"),
            good_row("TEST.DUP", title_fr="Autre"),
            good_row("TEST.4", place="Atlantide"),
            good_row("TEST.5", rights="libre de droits"),
            good_row("TEST.6", title_fr=""),
        ]
    )


# The dry run and the real run ------------------------------------------------


def test_dry_run_reports_each_row_and_writes_nothing(place):
    before = MuseumObject.objects.count()
    result = inventory.run_import(mixed_file(place), "inventaire.csv")
    assert outcomes(result) == {
        2: "created",
        3: "created",
        4: "refused",
        5: "refused",
        6: "refused",
        7: "refused",
        8: "refused",
        9: "refused",
    }
    errors = {report.row: report.errors for report in result.rows}
    assert errors[4][0][0] == "accession_number"
    assert "6" in errors[4][0][1]
    assert errors[6][0][0] == "accession_number"
    assert "4" in errors[6][0][1]
    assert [column for column, _m in errors[5]] == ["date"]
    assert "vers 1963" in errors[5][0][1]
    assert [column for column, _m in errors[7]] == ["place"]
    assert "Atlantide" in errors[7][0][1]
    assert [column for column, _m in errors[8]] == ["rights"]
    assert [column for column, _m in errors[9]] == ["title_fr"]
    assert not result.committed
    assert MuseumObject.objects.count() == before


def test_with_one_bad_row_nothing_is_written(place):
    before = MuseumObject.objects.count()
    result = inventory.run_import(mixed_file(place), "inventaire.csv", commit=True)
    assert not result.committed
    assert MuseumObject.objects.count() == before
    assert french("TEST.1") is None


def test_valid_only_imports_the_good_rows(place):
    result = inventory.run_import(
        mixed_file(place), "inventaire.csv", commit=True, valid_only=True
    )
    assert result.committed
    assert result.counts == {"created": 2, "updated": 0, "unchanged": 0, "refused": 6}
    first = french("TEST.1")
    assert first.title == "Valise TEST.1"
    assert first.description == (
        "<p>Une valise en carton.</p><p>Elle a traversé la mer.</p>"
    )
    assert first.date == "1963~"
    assert first.date_start_year == 1963
    assert first.place == place
    assert first.materials == "carton, cuir"
    assert first.rights == CC_BY
    assert french("TEST.2").place == place
    for number in ("TEST.DUP", "TEST.3", "TEST.4", "TEST.5", "TEST.6"):
        assert french(number) is None


def test_an_existing_object_is_updated_by_accession_number():
    inventory.run_import(csv_bytes([good_row("TEST.10")]), "a.csv", commit=True)
    key = french("TEST.10").translation_key
    changed = good_row("TEST.10", title_fr="Valise bleue", rights=IN_COPYRIGHT)
    result = inventory.run_import(csv_bytes([changed]), "a.csv", commit=True)
    assert outcomes(result) == {2: "updated"}
    obj = french("TEST.10")
    assert (obj.title, obj.rights, obj.translation_key) == (
        "Valise bleue",
        IN_COPYRIGHT,
        key,
    )
    assert MuseumObject.objects.filter(accession_number="TEST.10").count() == 1


def test_columns_absent_from_the_file_are_left_alone():
    inventory.run_import(csv_bytes([good_row("TEST.11")]), "a.csv", commit=True)
    header = ["accession_number", "title_fr"]
    result = inventory.run_import(
        csv_bytes([{"accession_number": "TEST.11", "title_fr": "Valise"}], header),
        "a.csv",
        commit=True,
    )
    assert outcomes(result) == {2: "updated"}
    obj = french("TEST.11")
    assert obj.title == "Valise"
    assert obj.materials == "carton, cuir"
    assert obj.date == "1963~"


def test_reimporting_the_same_file_changes_nothing(tmp_path):
    (tmp_path / "valise.png").write_bytes(png("#b4552d"))
    data = csv_bytes(
        [translated_row("TEST.20", images="valise.png"), translated_row("TEST.21")]
    )
    images = inventory.ImageFiles(tmp_path)
    first = inventory.run_import(data, "a.csv", images=images, commit=True)
    assert outcomes(first) == {2: "created", 3: "created"}

    def state():
        objects = MuseumObject.objects.filter(
            accession_number__in=["TEST.20", "TEST.21"]
        )
        return (
            sorted(
                (
                    o.locale_id,
                    o.title,
                    o.description,
                    json.dumps(list(o.images.raw_data)),
                )
                for o in objects
            ),
            Translation.objects.count(),
            TranslationLog.objects.count(),
            StringTranslation.objects.count(),
            MuseumImage.objects.count(),
        )

    before = state()
    second = inventory.run_import(data, "a.csv", images=images, commit=True)
    assert outcomes(second) == {2: "unchanged", 3: "unchanged"}
    assert state() == before


def test_xlsx_and_csv_with_bom_give_the_same_objects():
    rows = [translated_row("TEST.30"), good_row("TEST.31", date="196X")]
    result = inventory.run_import(xlsx_bytes(rows), "inventaire.xlsx", commit=True)
    assert outcomes(result) == {2: "created", 3: "created"}
    assert french("TEST.31").date == "196X"
    assert (
        MuseumObject.objects.get(
            accession_number="TEST.30", locale__language_code="ar"
        ).title
        == "حقيبة TEST.30"
    )
    again = inventory.run_import(csv_bytes(rows, bom=True), "inventaire.csv")
    assert outcomes(again) == {2: "unchanged", 3: "unchanged"}


# Images ------------------------------------------------------------------------


def test_images_from_a_folder(tmp_path):
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "face.png").write_bytes(png("#2f5d50"))
    (tmp_path / "photos" / "dos.png").write_bytes(png("#8a6d3b"))
    row = good_row("TEST.40", images="face.png; dos.png")
    result = inventory.run_import(
        csv_bytes([row]),
        "a.csv",
        images=inventory.ImageFiles(tmp_path / "photos"),
        commit=True,
    )
    assert outcomes(result) == {2: "created"}
    blocks = french("TEST.40").images
    assert len(blocks) == 2
    assert [block.value["alt_text"] for block in blocks] == ["Valise TEST.40"] * 2
    assert blocks[0].value["image"].alt_text == "Valise TEST.40"
    assert blocks[0].value["image"].width == 8


def test_images_from_a_zip_with_alt_text_and_reuse_of_known_files(tmp_path):
    archive = tmp_path / "images.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("scans/carte.png", png("#6b3e75"))
    header = [*HEADER, "alt_fr"]
    rows = [
        good_row("TEST.41", images="carte.png", alt_fr="Carte de séjour, recto"),
        good_row("TEST.42", images="scans/carte.png"),
    ]
    count = MuseumImage.objects.count()
    result = inventory.run_import(
        csv_bytes(rows, header),
        "a.csv",
        images=inventory.ImageFiles(archive),
        commit=True,
    )
    assert outcomes(result) == {2: "created", 3: "created"}
    first, second = french("TEST.41").images[0], french("TEST.42").images[0]
    assert first.value["alt_text"] == "Carte de séjour, recto"
    # The same file twice is one image in the library.
    assert first.value["image"].pk == second.value["image"].pk
    assert MuseumImage.objects.count() == count + 1


def test_missing_and_broken_images_are_refused(tmp_path):
    (tmp_path / "faux.png").write_bytes(b"not an image at all")
    rows = [
        good_row("TEST.43", images="absente.jpg"),
        good_row("TEST.44", images="faux.png"),
    ]
    result = inventory.run_import(
        csv_bytes(rows), "a.csv", images=inventory.ImageFiles(tmp_path), commit=True
    )
    assert outcomes(result) == {2: "refused", 3: "refused"}
    assert result.rows[0].errors[0][0] == "images"
    assert "absente.jpg" in result.rows[0].errors[0][1]
    assert result.rows[1].errors[0][0] == "images"
    assert french("TEST.43") is None
    assert french("TEST.44") is None


# Translations --------------------------------------------------------------------


def test_translations_are_made_from_their_columns(tmp_path):
    (tmp_path / "v.png").write_bytes(png("#3b5b8a"))
    result = inventory.run_import(
        csv_bytes([translated_row("TEST.50", images="v.png")]),
        "a.csv",
        images=inventory.ImageFiles(tmp_path),
        commit=True,
    )
    assert outcomes(result) == {2: "created"}
    source = french("TEST.50")
    versions = {
        obj.locale.language_code: obj
        for obj in MuseumObject.objects.filter(translation_key=source.translation_key)
    }
    assert set(versions) == {"fr", "ar", "en", "zgh"}
    assert versions["ar"].title == "حقيبة TEST.50"
    assert (
        versions["ar"].description == "<p>حقيبة من الورق المقوى.</p><p>عبرت البحر.</p>"
    )
    assert versions["en"].title == "Suitcase TEST.50"
    assert versions["zgh"].title == "ⵜⴰⵙⴰⴽⵓⵜ TEST.50"
    # Synchronised fields follow French; the alt text (the title) is translated.
    assert versions["ar"].date == "1963~"
    assert versions["ar"].rights == CC_BY
    assert versions["ar"].images[0].value["alt_text"] == "حقيبة TEST.50"
    assert (
        Translation.objects.filter(source__object_id=source.translation_key).count()
        == 3
    )


def test_changing_a_translation_column_updates_only_that_translation():
    inventory.run_import(csv_bytes([translated_row("TEST.51")]), "a.csv", commit=True)
    row = translated_row("TEST.51")
    row["title_en"] = "Cardboard suitcase"
    result = inventory.run_import(csv_bytes([row]), "a.csv", commit=True)
    assert outcomes(result) == {2: "updated"}
    key = french("TEST.51").translation_key
    titles = dict(
        MuseumObject.objects.filter(translation_key=key).values_list(
            "locale__language_code", "title"
        )
    )
    assert titles == {
        "fr": "Valise TEST.51",
        "ar": "حقيبة TEST.51",
        "en": "Cardboard suitcase",
        "zgh": "ⵜⴰⵙⴰⴽⵓⵜ TEST.51",
    }


def test_a_translated_description_must_match_the_french_paragraphs():
    row = translated_row("TEST.52")
    row["description_en"] = "Only one paragraph."
    result = inventory.run_import(csv_bytes([row]), "a.csv")
    assert result.rows[0].outcome == "refused"
    assert result.rows[0].errors[0][0] == "description_en"


# Export ------------------------------------------------------------------------


def test_export_then_import_gives_the_same_objects(tmp_path):
    (tmp_path / "r.png").write_bytes(png("#7a4b2a"))
    inventory.run_import(
        csv_bytes(
            [translated_row("TEST.60", images="r.png"), translated_row("TEST.61")]
        ),
        "a.csv",
        images=inventory.ImageFiles(tmp_path),
        commit=True,
    )

    def snapshot():
        return sorted(
            (
                obj.accession_number,
                obj.locale.language_code,
                obj.title,
                obj.description,
                obj.date,
                obj.place_id,
                obj.materials,
                obj.dimensions,
                obj.rights,
                [(b.value["image"].pk, b.value["alt_text"]) for b in obj.images],
            )
            for obj in MuseumObject.objects.filter(
                accession_number__startswith="TEST.6"
            ).select_related("locale")
        )

    before = snapshot()
    exported = inventory.export_objects("all", "csv").encode("utf-8")
    # Everything unchanged when nothing changed, demo objects included.
    assert set(outcomes(inventory.run_import(exported, "export.csv")).values()) == {
        "unchanged"
    }
    obj = french("TEST.60")
    obj.title = "Titre modifié"
    obj.save()
    MuseumObject.objects.filter(accession_number="TEST.61").delete()
    result = inventory.run_import(exported, "export.csv", commit=True)
    by_number = {r.accession_number: r.outcome for r in result.rows}
    assert by_number["TEST.60"] == "updated"
    assert by_number["TEST.61"] == "created"
    assert snapshot() == before


FORMULA_TITLES = {
    "TEST.70": '=HYPERLINK("http://x")',
    "TEST.71": "+33 1 23 45",
    "TEST.72": "@SUM(A1)",
    "TEST.73": "'=déjà une apostrophe",
    "TEST.74": "'titre ordinaire",
}


def test_csv_export_neutralises_formulas_and_the_import_gives_them_back():
    rows = [
        good_row(number, title_fr=title, dimensions="-12 cm", materials="=1+1")
        for number, title in FORMULA_TITLES.items()
    ]
    inventory.run_import(csv_bytes(rows), "a.csv", commit=True)
    for number, title in FORMULA_TITLES.items():  # as typed in the admin
        MuseumObject.objects.filter(
            accession_number=number, locale__language_code="fr"
        ).update(title=title)

    exported = inventory.export_objects("fr", "csv")
    cells = {
        row[0]: row
        for row in csv.reader(io.StringIO(exported.lstrip("\ufeff")))
        if row[0].startswith("TEST.7")
    }

    header = next(csv.reader(io.StringIO(exported.lstrip("\ufeff"))))
    title, dimensions = header.index("title_fr"), header.index("dimensions")
    materials = header.index("materials")
    assert cells["TEST.70"][title] == '\'=HYPERLINK("http://x")'
    assert cells["TEST.71"][title] == "'+33 1 23 45"
    assert cells["TEST.72"][title] == "'@SUM(A1)"
    assert cells["TEST.73"][title] == "''=déjà une apostrophe"
    assert cells["TEST.74"][title] == "'titre ordinaire"  # not a formula: as is
    assert cells["TEST.70"][dimensions] == "'-12 cm"
    assert cells["TEST.70"][materials] == "'=1+1"
    no_formula_cell = all(
        not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
        for row in cells.values()
        for cell in row
    )
    assert no_formula_cell
    result = inventory.run_import(exported.encode("utf-8"), "export.csv")
    mine = [r for r in result.rows if r.accession_number in FORMULA_TITLES]
    assert {report.outcome for report in mine} == {"unchanged"}
    for number, title_text in FORMULA_TITLES.items():
        obj = french(number)
        assert obj.title == title_text
        assert obj.dimensions == "-12 cm"
        assert obj.materials == "=1+1"


def test_the_import_removes_only_the_apostrophe_an_export_adds():
    rows = [
        good_row("TEST.75", title_fr="'=B2", dimensions="'-3 cm"),
        good_row("TEST.76", title_fr="'Ordinaire", dimensions="''-3 cm"),
    ]
    inventory.run_import(xlsx_bytes(rows), "a.xlsx", commit=True)
    inventory.run_import(csv_bytes(rows), "a.csv", commit=True)

    assert french("TEST.75").title == "=B2"
    assert french("TEST.75").dimensions == "-3 cm"
    assert french("TEST.76").title == "'Ordinaire"
    assert french("TEST.76").dimensions == "'-3 cm"


def test_json_export_is_the_api_list_item(api_client):
    exported = json.loads(inventory.export_objects("ar", "json"))
    assert exported["locale"] == "ar"
    assert (
        exported["count"]
        == MuseumObject.objects.filter(locale__language_code="ar").count()
    )
    api = api_client.get("/api/v1/objects/", {"locale": "ar"}).json()
    first = api["results"][0]
    mine = next(item for item in exported["results"] if item["key"] == first["key"])
    assert mine == first


def test_exhibits_json_export_is_the_api_detail(api_client):
    exported = json.loads(inventory.export_exhibits("zgh", "json"))
    assert exported["count"] >= 1
    item = exported["results"][0]
    detail = api_client.get(
        f"/api/v1/exhibits/{item['key']}/", {"locale": "zgh"}
    ).json()
    assert item == detail
    assert item["objects"]  # the exhibit's objects, in Tamazight


def test_csv_export_per_language_has_french_and_that_language():
    text = inventory.export_objects("ar", "csv")
    assert text.startswith("\ufeff")
    header = next(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert header == [
        "accession_number",
        "title_fr",
        "description_fr",
        "title_ar",
        "description_ar",
        "date",
        "place",
        "materials",
        "dimensions",
        "rights",
        "images",
        "alt_fr",
    ]


# Commands --------------------------------------------------------------------


def test_import_command_dry_run_then_commit(tmp_path, capsys):
    path = tmp_path / "inv.csv"
    path.write_bytes(csv_bytes([good_row("TEST.70"), good_row("TEST.71")]))
    call_command("import_objects", str(path))
    out = capsys.readouterr().out
    assert "row 2\tTEST.70\tcreated" in out
    assert "Dry run, nothing written" in out
    assert french("TEST.70") is None
    call_command("import_objects", str(path), "--commit")
    assert "Imported: 2 rows: 2 created" in capsys.readouterr().out
    assert french("TEST.71").title == "Valise TEST.71"


def test_import_command_refused_rows_exit_non_zero(tmp_path, capsys):
    path = tmp_path / "inv.csv"
    path.write_bytes(csv_bytes([good_row("TEST.72"), good_row("TEST.73", date="x")]))
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_objects", str(path), "--commit")
    assert exit_info.value.code == 2
    out = capsys.readouterr().out
    assert "row 3\tTEST.73\trefused\tdate: " in out
    assert french("TEST.72") is None
    call_command("import_objects", str(path), "--commit", "--valid-only")
    assert french("TEST.72") is not None


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (
            b"title_fr\nValise\n",
            "inv.csv",
            "Missing required column(s): accession_number.",
        ),
        (
            "accession_number,title_fr\nA,é\n".encode("latin-1"),
            "inv.csv",
            "not in UTF-8",
        ),
        (b"PK\x03\x04 broken", "inv.xlsx", "The Excel file cannot be read"),
        (b"", "inv.csv", "The file is empty."),
        (b"a,b\n", "inv.pdf", "neither a CSV"),
    ],
)
def test_import_command_one_line_errors(tmp_path, content, name, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CommandError) as error:
        call_command("import_objects", str(path))
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_import_command_missing_file():
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_objects", "/nonexistent/inventaire.csv")


def test_export_commands(tmp_path):
    output = tmp_path / "objets.csv"
    call_command(
        "export_objects", "--locale", "en", "--format", "csv", "--output", str(output)
    )
    assert "title_en" in output.read_text(encoding="utf-8").splitlines()[0]
    output = tmp_path / "expos.json"
    call_command(
        "export_exhibits", "--locale", "ar", "--format", "json", "--output", str(output)
    )
    assert json.loads(output.read_text(encoding="utf-8"))["locale"] == "ar"
    with pytest.raises(CommandError, match="Unknown language"):
        call_command("export_objects", "--locale", "de")
    with pytest.raises(CommandError, match="Unknown format"):
        call_command("export_exhibits", "--locale", "ar", "--format", "csv")


def test_two_hundred_rows_with_progress():
    rows = [translated_row(f"TEST.200.{n}") for n in range(200)]
    calls = []
    result = inventory.run_import(
        csv_bytes(rows),
        "a.csv",
        commit=True,
        progress=lambda phase, done, total: calls.append((phase, done, total)),
    )
    assert result.counts["created"] == 200
    assert ("check", 200, 200) in calls
    assert ("import", 200, 200) in calls
    assert (
        MuseumObject.objects.filter(accession_number__startswith="TEST.200.").count()
        == 800
    )


# Admin -------------------------------------------------------------------------


URL = "/admin/museum-objects/inventory/"


def test_admin_dry_run_then_import(admin_client, place):
    data = csv_bytes([good_row("TEST.80", place=place.name), good_row("TEST.81")])
    upload = io.BytesIO(data)
    upload.name = "inventaire.csv"
    response = admin_client.post(URL, {"inventory": upload}, follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert "TEST.80" in page
    assert 'data-outcome="created"' in page
    assert "Import valid rows only" not in page
    assert french("TEST.80") is None
    token = response.context["token"]
    response = admin_client.post(URL, {"token": token, "import": ""}, follow=True)
    assert response.status_code == 200
    assert 'data-step="done"' in response.content.decode()
    assert french("TEST.80").place == place
    assert french("TEST.81") is not None
    # The upload is gone: the same token cannot import again.
    assert admin_client.post(URL, {"token": token, "import": ""}).status_code == 404


def test_admin_import_valid_rows_only(admin_client):
    data = csv_bytes([good_row("TEST.82"), good_row("TEST.83", date="hier")])
    upload = io.BytesIO(data)
    upload.name = "inventaire.csv"
    response = admin_client.post(URL, {"inventory": upload}, follow=True)
    page = response.content.decode()
    assert 'data-outcome="refused"' in page
    assert "<code>date</code>" in page
    assert "Import valid rows only" in page
    response = admin_client.post(
        URL, {"token": response.context["token"], "valid_only": ""}, follow=True
    )
    assert french("TEST.82") is not None
    assert french("TEST.83") is None


def test_admin_refuses_an_unreadable_file(admin_client):
    upload = io.BytesIO(b"title_fr\nValise\n")
    upload.name = "inventaire.csv"
    response = admin_client.post(URL, {"inventory": upload}, follow=True)
    assert response.status_code == 200
    assert "Missing required column(s): accession_number." in response.content.decode()


def upload_file(rows, name="inventaire.csv"):
    upload = io.BytesIO(csv_bytes(rows))
    upload.name = name
    return upload


def run_token(response):
    """The run token in the progress page's address the upload redirects to."""
    assert response.status_code == 302
    match = re.fullmatch(rf"{URL}runs/([A-Za-z0-9_-]+)/", response.url)
    assert match, response.url
    return match.group(1)


def test_admin_upload_goes_through_the_progress_page_to_the_report(admin_client):
    response = admin_client.post(URL, {"inventory": upload_file([good_row("TEST.84")])})

    token = run_token(response)
    status = admin_client.get(f"{URL}runs/{token}/status/")
    assert "no-store" in status["Cache-Control"]
    assert "private" in status["Cache-Control"]
    assert status.json()["state"] == "finished"
    assert (status.json()["done"], status.json()["total"]) == (1, 1)
    assert status.json()["counts"]["created"] == 1
    report = admin_client.get(response.url)
    assert report.context["token"] == token
    assert 'data-outcome="created"' in report.content.decode()
    imported = admin_client.post(URL, {"token": token, "import": ""})
    assert imported.url == response.url
    assert 'data-step="done"' in admin_client.get(imported.url).content.decode()
    assert french("TEST.84") is not None


def test_a_10000_row_dry_run_records_its_progress(admin_client, monkeypatch):
    from cms.exhibits.inventory import runs

    recorded = []
    write_status = runs.write_status

    def recording(token, status):
        recorded.append(
            (status["state"], status["phase"], status["done"], status["total"])
        )
        write_status(token, status)

    monkeypatch.setattr(runs, "write_status", recording)
    rows = [good_row(f"BIG.{number:05d}") for number in range(10_000)]

    response = admin_client.post(URL, {"inventory": upload_file(rows)})

    token = run_token(response)
    states = [state for state, *_ in recorded]
    assert states[0] == "queued"
    assert states[-1] == "finished"
    assert "running" in states
    checked = [(done, total) for state, phase, done, total in recorded if total]
    assert len(checked) >= 10  # updated as it goes, not only at the end
    assert all(total == 10_000 for _done, total in checked)
    dones = [done for done, _total in checked]
    assert dones == sorted(dones)
    assert dones[-1] == 10_000
    status = admin_client.get(f"{URL}runs/{token}/status/").json()
    assert (status["state"], status["done"], status["total"]) == (
        "finished",
        10_000,
        10_000,
    )
    assert status["counts"]["created"] == 10_000
    assert not MuseumObject.objects.filter(accession_number__startswith="BIG.").exists()


def test_a_run_is_visible_only_to_the_user_who_started_it(
    admin_client, client, django_user_model
):
    token = run_token(
        admin_client.post(URL, {"inventory": upload_file([good_row("TEST.85")])})
    )
    progress, status = f"{URL}runs/{token}/", f"{URL}runs/{token}/status/"
    assert admin_client.get(status).status_code == 200

    other_admin = django_user_model.objects.create_superuser("autre", password="x")
    client.force_login(other_admin)
    assert client.get(status).status_code == 404
    assert client.get(progress).status_code == 404
    reader = django_user_model.objects.create_user("lectrice", password="x")
    reader.user_permissions.add(
        Permission.objects.get(
            codename="access_admin", content_type__app_label="wagtailadmin"
        ),
        Permission.objects.get(codename="view_museumobject"),
    )
    client.force_login(reader)
    assert client.get(status).status_code == 302  # no import permission
    client.logout()
    assert client.get(status).status_code == 302  # to the login page
    assert client.get(f"{URL}runs/..%2F..%2Fetc/status/").status_code in (302, 404)


def test_a_failed_run_is_reported(admin_client, monkeypatch):
    from cms.exhibits import inventory as package

    def broken(*args, **kwargs):
        raise RuntimeError("disque plein")

    monkeypatch.setattr(package, "run_import", broken)

    response = admin_client.post(URL, {"inventory": upload_file([good_row("TEST.86")])})

    token = run_token(response)
    status = admin_client.get(f"{URL}runs/{token}/status/").json()
    assert status["state"] == "failed"
    assert "disque plein" in status["error"]
    page = admin_client.get(response.url).content.decode()
    assert 'data-state="failed"' in page
    assert "disque plein" in page
    # The uploaded file is gone; the token cannot be confirmed.
    assert admin_client.post(URL, {"token": token, "import": ""}).status_code == 404


def test_admin_export_links(admin_client):
    assert "Inventory import and export" in admin_client.get("/admin/").content.decode()
    response = admin_client.get(URL)
    assert response.status_code == 200
    response = admin_client.get(f"{URL}export/objects/ar.csv")
    assert response.status_code == 200
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="museum-objects-ar.csv"'
    )
    assert "title_ar" in response.content.decode("utf-8")
    response = admin_client.get(f"{URL}export/exhibits/en.json")
    assert json.loads(response.content)["locale"] == "en"


def test_admin_refuses_users_without_the_permission(client, django_user_model):
    user = django_user_model.objects.create_user("lecteur", password="x")
    user.user_permissions.add(
        Permission.objects.get(
            codename="access_admin", content_type__app_label="wagtailadmin"
        )
    )
    client.force_login(user)
    # Wagtail answers a refusal with a redirect to the dashboard and a message.
    refused = client.get(URL)
    assert (refused.status_code, refused.url) == (302, "/admin/")
    upload = io.BytesIO(csv_bytes([good_row("TEST.90")]))
    upload.name = "inventaire.csv"
    refused = client.post(URL, {"inventory": upload})
    assert (refused.status_code, refused.url) == (302, "/admin/")
    refused = client.get(f"{URL}export/objects/fr.csv")
    assert (refused.status_code, refused.url) == (302, "/admin/")
    # Who may only see objects may export, not import.
    user.user_permissions.add(Permission.objects.get(codename="view_museumobject"))
    user = django_user_model.objects.get(pk=user.pk)
    client.force_login(user)
    page = client.get(URL).content.decode()
    assert "Check the file" not in page
    assert "export/objects/ar.csv" in page
    upload.seek(0)
    assert client.post(URL, {"inventory": upload}).status_code == 302
    assert french("TEST.90") is None
    assert Locale.objects.filter(language_code="fr").exists()


def test_titles_with_ampersands_and_angle_brackets_stay_as_typed():
    row = translated_row("TEST.53", title_fr="Valise & sac <1963>")
    row["title_ar"] = "حقيبة & كيس <1963>"
    result = inventory.run_import(csv_bytes([row]), "a.csv", commit=True)
    assert outcomes(result) == {2: "created"}
    arabic = MuseumObject.objects.get(
        accession_number="TEST.53", locale__language_code="ar"
    )
    assert arabic.title == "حقيبة & كيس <1963>"
    assert french("TEST.53").title == "Valise & sac <1963>"
    again = inventory.run_import(csv_bytes([row]), "a.csv")
    assert outcomes(again) == {2: "unchanged"}
