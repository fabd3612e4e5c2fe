"""Exporting museum objects (CSV in the import's columns, JSON in the API's
list shape) and exhibits (JSON in the API's detail shape).

The JSON comes from the API's own viewsets and serializers, asked without
pagination, so an export is what ``/api/v1/objects/?locale=xx`` and
``/api/v1/exhibits/{key}/?locale=xx`` give.
"""

import csv
import io
import json
from urllib.parse import urlsplit

from django.conf import settings
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import gettext as _
from rest_framework.utils.encoders import JSONEncoder

from cms.core import languages
from cms.core.models import MuseumImage
from cms.exhibits.inventory.importing import COLUMNS, SOURCE, TARGETS
from cms.exhibits.inventory.reading import InventoryError, neutralise_formula
from cms.exhibits.inventory.richtext import html_to_text
from cms.exhibits.models import MuseumObject

FORMATS = ("csv", "json")
ALL = "all"


def _check(locale_code, format, formats=FORMATS):
    if format not in formats:
        raise InventoryError(
            _("Unknown format “%(format)s” (choose %(formats)s).")
            % {"format": format, "formats": ", ".join(formats)}
        )
    codes = [*languages.CODES, ALL] if format == "csv" else languages.CODES
    if locale_code not in codes:
        raise InventoryError(
            _("Unknown language “%(code)s” (choose %(codes)s).")
            % {"code": locale_code, "codes": ", ".join(codes)}
        )


def export_objects(locale_code, format, *, request=None):
    """Every museum object as text: ``csv`` (French columns plus those of
    ``locale_code``, or of every language with ``"all"``), or ``json``
    (the API list items in ``locale_code``)."""
    _check(locale_code, format)
    if format == "csv":
        return _objects_csv(locale_code)
    from cms.exhibits import queries
    from cms.exhibits.viewsets import MuseumObjectAPIViewSet

    view = _api_view(MuseumObjectAPIViewSet, locale_code, "list", request)
    with translation.override(locale_code):  # as the API answers
        objects = queries.attach_object_relations(view.get_queryset(), locale_code)
        results = view.get_serializer(objects, many=True).data
        return _json(locale_code, results)


def export_exhibits(locale_code, format="json", *, request=None):
    """Every exhibit the public sees in ``locale_code``, each as the API's
    detail (``ExhibitDetailSerializer``) gives it."""
    _check(locale_code, format, formats=("json",))
    from cms.exhibits import queries
    from cms.exhibits.viewsets import ExhibitAPIViewSet

    view = _api_view(ExhibitAPIViewSet, locale_code, "retrieve", request)
    results = []
    with translation.override(locale_code):  # as the API answers
        for key in queries.public_exhibits(locale_code).values_list(
            "translation_key", flat=True
        ):
            view.kwargs = {"key": str(key)}
            results.append(view.retrieve(view.request).data)
        return _json(locale_code, results)


def _json(code, results):
    return json.dumps(
        {"locale": code, "count": len(results), "results": results},
        cls=JSONEncoder,  # the API's own encoding of dates and keys
        ensure_ascii=False,
        indent=2,
    )


def _api_view(viewset_class, code, action, request=None):
    """An API viewset ready to answer for ``code`` as an anonymous reader
    (the public's view), with absolute URLs on the request's host."""
    from rest_framework.request import Request

    if request is not None:
        host, secure = request.get_host(), request.is_secure()
    else:
        base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        host, secure = base.netloc, base.scheme == "https"
    django_request = RequestFactory().get(
        "/api/v1/", {"locale": code}, HTTP_HOST=host, secure=secure
    )
    from cms.api import v1_router

    basename = next(
        name
        for _prefix, registered, name in v1_router.registry
        if registered is viewset_class
    )
    view = viewset_class(
        action=action, basename=basename, format_kwarg=None, args=(), kwargs={}
    )
    view.request = Request(django_request)
    view.headers = {}
    view.language = languages.get_language(code)
    return view


def csv_columns(locale_code):
    codes = TARGETS if locale_code == ALL else [c for c in TARGETS if c == locale_code]
    wanted = {
        f"{name}_{code}"
        for code in [SOURCE, *codes]
        for name in ("title", "description")
    }
    return [
        column
        for column in COLUMNS
        if column in wanted or not column.startswith(("title_", "description_"))
    ]


def _objects_csv(locale_code):
    columns = csv_columns(locale_code)
    objects = list(
        MuseumObject.objects.filter(locale__language_code=SOURCE)
        .select_related("place")
        .order_by("accession_number")
    )
    keys = [obj.translation_key for obj in objects]
    versions = {
        code: {
            obj.translation_key: obj
            for obj in MuseumObject.objects.filter(
                locale__language_code=code, translation_key__in=keys
            )
        }
        for code in TARGETS
        if f"title_{code}" in columns
    }
    image_ids = {
        block["value"].get("image")
        for obj in objects
        for block in obj.images.raw_data
        if block["type"] == "image"
    }
    files = dict(MuseumImage.objects.filter(pk__in=image_ids).values_list("pk", "file"))
    place_names = {}
    for obj in objects:
        if obj.place:
            place_names.setdefault(obj.place.name.casefold(), set()).add(obj.place.pk)
    out = io.StringIO()
    out.write("\ufeff")  # Excel reads UTF-8 only with a BOM
    writer = csv.writer(out)
    writer.writerow(columns)
    for obj in objects:
        row = _object_row(obj, versions, files, place_names)
        writer.writerow(
            [neutralise_formula(_text(row.get(column))) for column in columns]
        )
    return out.getvalue()


def _text(value) -> str:
    return "" if value is None else str(value)


def _object_row(obj, versions, files, place_names):
    blocks = [
        block["value"]
        for block in obj.images.raw_data
        if block["type"] == "image" and block["value"].get("image") in files
    ]
    alts = {block.get("alt_text") or "" for block in blocks}
    place = ""
    if obj.place:
        # The French name, unless two places share it: then the key.
        ambiguous = len(place_names[obj.place.name.casefold()]) > 1
        place = str(obj.place.translation_key) if ambiguous else obj.place.name
    row = {
        "accession_number": obj.accession_number,
        f"title_{SOURCE}": obj.title,
        f"description_{SOURCE}": html_to_text(obj.description),
        "date": obj.date,
        "place": place,
        "materials": obj.materials,
        "dimensions": obj.dimensions,
        "rights": obj.rights,
        "images": ";".join(
            files[block["image"]].rsplit("/", 1)[-1] for block in blocks
        ),
        "alt_fr": next(iter(alts)) if len(alts) == 1 and alts != {obj.title} else "",
    }
    for code, by_key in versions.items():
        version = by_key.get(obj.translation_key)
        if version is not None:
            row[f"title_{code}"] = version.title
            row[f"description_{code}"] = html_to_text(version.description)
    return row
