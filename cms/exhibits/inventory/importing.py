"""Checking an inventory against the database (the dry run).

``plan`` reads every row, validates it and says what importing it would do,
in a few queries for the whole file; ``writing.apply`` then writes the rows
it accepted.
"""

import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.models import Locale

from cms.core import edtf, languages
from cms.core.models import MuseumImage, Place
from cms.core.rights import CREATIVE_COMMONS, DEFAULT_RIGHTS, RIGHTS_STATEMENTS
from cms.exhibits.inventory.reading import (
    ImageFiles,
    InventoryError,
    check_image,
    file_hash,
    max_image_bytes,
)
from cms.exhibits.inventory.richtext import paragraphs, same_html, text_to_html
from cms.exhibits.models import MuseumObject, accession_slug

SOURCE = languages.SOURCE_LANGUAGE
TARGETS = [code for code in languages.CODES if code != SOURCE]
TEXT_COLUMNS = [
    f"{name}_{code}" for code in [SOURCE, *TARGETS] for name in ("title", "description")
]
COLUMNS = [
    "accession_number",
    *TEXT_COLUMNS,
    "date",
    "place",
    "materials",
    "dimensions",
    "rights",
    "images",
    "alt_fr",
]
REQUIRED = ["accession_number", f"title_{SOURCE}"]
RIGHTS_URIS = {uri for uri, _label in RIGHTS_STATEMENTS + CREATIVE_COMMONS}
MAX_LENGTHS = {
    "accession_number": 64,
    "materials": 255,
    "dimensions": 120,
    "alt_fr": 500,
    **{f"title_{code}": 255 for code in languages.CODES},
}

CREATED, UPDATED, UNCHANGED, REFUSED = "created", "updated", "unchanged", "refused"
OUTCOMES = [CREATED, UPDATED, UNCHANGED, REFUSED]


@dataclass
class RowReport:
    """What importing one row does (``row`` is the spreadsheet's row number:
    the header is row 1)."""

    row: int
    accession_number: str
    outcome: str = ""
    errors: list = field(default_factory=list)  # [(column, message)]
    values: dict = field(default_factory=dict, repr=False)
    existing: object = field(default=None, repr=False)
    images: list = field(default_factory=list, repr=False)
    translations: list = field(default_factory=list, repr=False)  # codes to write

    def refuse(self, column, message):
        self.errors.append((column, str(message)))
        self.outcome = REFUSED

    @property
    def reasons(self):
        return [f"{column}: {message}" for column, message in self.errors]


@dataclass
class ImportResult:
    rows: list
    columns: list
    ignored_columns: list
    committed: bool = False

    @property
    def counts(self):
        counts = dict.fromkeys(OUTCOMES, 0)
        for report in self.rows:
            counts[report.outcome] += 1
        return counts

    @property
    def valid(self):
        return not any(report.outcome == REFUSED for report in self.rows)


# Planning (the dry run) --------------------------------------------------


def plan(headers, rows, images=None, progress=None):
    """Validate every row and say what importing it would do. Writes nothing."""
    missing = [column for column in REQUIRED if column not in headers]
    if missing:
        raise InventoryError(
            _("Missing required column(s): %(columns)s.")
            % {"columns": ", ".join(missing)}
        )
    position = {header: index for index, header in enumerate(headers) if header}
    present = [column for column in COLUMNS if column in position]
    ignored = [header for header in headers if header and header not in COLUMNS]
    images = images if images is not None else ImageFiles()
    reports = []
    for number, row in enumerate(rows, start=2):
        values = {
            column: (row[position[column]] if position[column] < len(row) else "")
            for column in present
        }
        reports.append(
            RowReport(number, values["accession_number"].strip(), values=values)
        )
    context = _Context(reports, present)
    for done, report in enumerate(reports, start=1):
        _validate(report, context, images)
        if progress and (done % 500 == 0 or done == len(reports)):
            progress(done, len(reports))
    _refuse_duplicates(reports)
    context.load_images(reports)
    for report in reports:
        if report.outcome != REFUSED:
            report.outcome = _outcome(report, context)
    return ImportResult(reports, present, ignored)


class _Context:
    """What the rows are compared with, fetched in a few queries for all rows."""

    def __init__(self, reports, present):
        self.present = present
        self.locale = Locale.objects.get(language_code=SOURCE)
        slugs = {accession_slug(r.accession_number) for r in reports}
        slugs.discard("")
        self.by_slug = {}
        slugs = list(slugs)
        for start in range(0, len(slugs), 1000):
            for obj in MuseumObject.objects.filter(
                locale=self.locale, slug__in=slugs[start : start + 1000]
            ):
                self.by_slug[obj.slug] = obj
        keys = [obj.translation_key for obj in self.by_slug.values()]
        self.versions = {}
        for code in TARGETS:
            if f"title_{code}" in present and keys:
                self.versions[code] = {
                    obj.translation_key: obj
                    for obj in MuseumObject.objects.filter(
                        locale__language_code=code, translation_key__in=keys
                    )
                }
        self.places_by_name = defaultdict(list)
        self.places_by_key = {}
        if "place" in present:
            for place in Place.objects.filter(locale=self.locale):
                self.places_by_name[place.name.casefold().strip()].append(place)
                self.places_by_key[str(place.translation_key)] = place
        self._library = None
        self.by_hash = {}
        self._dates = {}

    def date_problem(self, value):
        """Why ``value`` is not a museum EDTF date, or "" (parsing is slow:
        each distinct value is parsed once)."""
        if value not in self._dates:
            try:
                edtf.parse(value)
                self._dates[value] = ""
            except ValidationError as error:
                self._dates[value] = " ".join(error.messages)
        return self._dates[value]

    @property
    def library(self):
        """Images already in the library, by file name (lower case)."""
        if self._library is None:
            self._library = {}
            for pk, name in MuseumImage.objects.values_list("pk", "file"):
                self._library.setdefault(name.rsplit("/", 1)[-1].lower(), pk)
        return self._library

    def load_images(self, reports):
        hashes = {
            image["hash"]
            for report in reports
            for image in report.images
            if image.get("hash")
        }
        if hashes:
            for pk, digest in MuseumImage.objects.filter(
                file_hash__in=hashes
            ).values_list("pk", "file_hash"):
                self.by_hash.setdefault(digest, pk)
        for report in reports:
            for image in report.images:
                if image.get("hash") in self.by_hash:
                    image["pk"] = self.by_hash[image["hash"]]


def _validate(report, context, images):
    values = report.values
    for column, limit in MAX_LENGTHS.items():
        if len(values.get(column, "")) > limit:
            report.refuse(
                column,
                _("longer than %(max)d characters") % {"max": limit},
            )
    number = report.accession_number
    if not number:
        report.refuse("accession_number", _("required"))
    elif not accession_slug(number):
        report.refuse("accession_number", _("needs letters or digits"))
    else:
        report.existing = context.by_slug.get(accession_slug(number))
        if report.existing and report.existing.accession_number != number:
            report.refuse(
                "accession_number",
                _("too close to the existing object %(number)s")
                % {"number": report.existing.accession_number},
            )
    if not values[f"title_{SOURCE}"].strip():
        report.refuse(f"title_{SOURCE}", _("required"))
    if values.get("date", "").strip():
        problem = context.date_problem(values["date"].strip())
        if problem:
            report.refuse("date", problem)
    if values.get("place", "").strip():
        _validate_place(report, context)
    rights = values.get("rights", "").strip()
    if rights and rights not in RIGHTS_URIS:
        report.refuse(
            "rights",
            _("“%(value)s” is not a RightsStatements.org or Creative Commons URI")
            % {"value": rights[:100]},
        )
    for code in languages.CODES:
        text = values.get(f"description_{code}", "")
        if text.strip() and len(text_to_html(text)) > 100_000:
            report.refuse(f"description_{code}", _("too long"))
    _validate_translations(report)
    if values.get("images", "").strip():
        _validate_images(report, context, images)


def _validate_place(report, context):
    value = report.values["place"].strip()
    try:
        place = context.places_by_key.get(str(uuid.UUID(value)))
    except ValueError:
        place = None
    if place is None:
        matches = context.places_by_name.get(value.casefold(), [])
        if len(matches) > 1:
            report.refuse(
                "place",
                _("several places are called “%(name)s”: use the key of one")
                % {"name": value},
            )
            return
        place = matches[0] if matches else None
    if place is None:
        report.refuse(
            "place",
            _("no place “%(name)s” (give its French name or its key)")
            % {"name": value[:100]},
        )
    else:
        report.values["place_id"] = place.pk


def _validate_translations(report):
    values = report.values
    french = values.get(f"description_{SOURCE}")
    if french is None and report.existing is not None:
        french_html = report.existing.description
    else:
        french_html = text_to_html(french or "")
    for code in TARGETS:
        title = values.get(f"title_{code}", "").strip()
        description = values.get(f"description_{code}", "").strip()
        if description and not title:
            report.refuse(
                f"title_{code}",
                _("a translation needs its title when its description is given"),
            )
            continue
        if not title:
            continue
        if description and len(paragraphs(text_to_html(description))) != len(
            paragraphs(french_html)
        ):
            report.refuse(
                f"description_{code}",
                _("has %(count)d paragraph(s); the French description has %(french)d")
                % {
                    "count": len(paragraphs(text_to_html(description))),
                    "french": len(paragraphs(french_html)),
                },
            )
            continue
        report.translations.append(code)


def _validate_images(report, context, images):
    names = [name.strip() for name in report.values["images"].split(";")]
    for name in filter(None, names):
        if name in images:
            if images.size(name) > max_image_bytes():
                report.refuse("images", _("“%(name)s” is too big") % {"name": name})
                continue
            data = images.read(name)
            problem = check_image(data)
            if problem:
                report.refuse(
                    "images",
                    _("“%(name)s”: %(problem)s") % {"name": name, "problem": problem},
                )
                continue
            report.images.append({"name": name, "hash": file_hash(data)})
        elif name.lower().rsplit("/", 1)[-1] in context.library:
            report.images.append(
                {"name": name, "pk": context.library[name.lower().rsplit("/", 1)[-1]]}
            )
        else:
            report.refuse(
                "images",
                _(
                    "“%(name)s” is neither in the images folder or .zip nor in "
                    "the image library"
                )
                % {"name": name},
            )


def _refuse_duplicates(reports):
    rows = defaultdict(list)
    for report in reports:
        slug = accession_slug(report.accession_number)
        if slug:
            rows[slug].append(report)
    for group in rows.values():
        if len(group) < 2:
            continue
        for report in group:
            others = ", ".join(str(other.row) for other in group if other is not report)
            report.refuse(
                "accession_number",
                _("the same accession number is in row(s) %(rows)s") % {"rows": others},
            )


def french_fields(report):
    """The French fields the row sets: {field: value}."""
    values = report.values
    fields = {
        "accession_number": report.accession_number,
        "title": values[f"title_{SOURCE}"].strip(),
    }
    if f"description_{SOURCE}" in values:
        fields["description"] = text_to_html(values[f"description_{SOURCE}"])
    if "date" in values:
        fields["date"] = values["date"].strip()
    if "place" in values:
        fields["place_id"] = values.get("place_id")
    for name in ("materials", "dimensions"):
        if name in values:
            fields[name] = values[name].strip()
    if "rights" in values:
        fields["rights"] = values["rights"].strip() or DEFAULT_RIGHTS
    return fields


def alt_text_of(report):
    return (
        report.values.get("alt_fr", "").strip()
        or report.values[f"title_{SOURCE}"].strip()
    )


def images_differ(report, existing):
    if "images" not in report.values:
        return False
    wanted = [(image.get("pk"), alt_text_of(report)) for image in report.images]
    if any(pk is None for pk, _alt in wanted):
        return True
    current = [
        (block["value"].get("image"), block["value"].get("alt_text") or "")
        for block in (existing.images.raw_data if existing else [])
        if block["type"] == "image"
    ]
    return wanted != current


def _outcome(report, context):
    existing = report.existing
    if existing is None:
        return CREATED
    for name, value in french_fields(report).items():
        current = getattr(existing, name)
        if name == "description":
            if not same_html(value, current):
                return UPDATED
        elif (current or "") != (value or ""):
            return UPDATED
    if images_differ(report, existing):
        return UPDATED
    for code in report.translations:
        version = context.versions.get(code, {}).get(existing.translation_key)
        if version is None:
            return UPDATED
        if version.title != report.values[f"title_{code}"].strip():
            return UPDATED
        description = report.values.get(f"description_{code}", "").strip()
        if description and not same_html(
            text_to_html(description), version.description
        ):
            return UPDATED
    return UNCHANGED
