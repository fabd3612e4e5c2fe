"""Writing the rows ``plan`` accepted: each object with its translations in
its own transaction (wagtail-localize publishes when a transaction commits,
see docs/translation.md)."""

from html import escape
from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from cms.core.models import MuseumImage
from cms.exhibits.inventory.importing import (
    CREATED,
    SOURCE,
    UPDATED,
    alt_text_of,
    french_fields,
    images_differ,
)
from cms.exhibits.inventory.reading import ImageFiles
from cms.exhibits.inventory.richtext import paragraphs, same_html, text_to_html
from cms.exhibits.models import MuseumObject


def apply(result, images=None, *, user=None, progress=None):
    """Write the rows ``plan`` accepted (created or updated), one transaction
    per object. A row that fails while writing is rolled back and refused."""
    images = images if images is not None else ImageFiles()
    todo = [r for r in result.rows if r.outcome in (CREATED, UPDATED)]
    for done, report in enumerate(todo, start=1):
        try:
            with transaction.atomic():
                _write(report, images, user)
        except TranslationMismatch as error:
            report.refuse(error.column, str(error))
        except ValidationError as error:
            fields = list(getattr(error, "error_dict", {})) or ["accession_number"]
            column = {
                "title": f"title_{SOURCE}",
                "description": f"description_{SOURCE}",
            }
            report.refuse(column.get(fields[0], fields[0]), " ".join(error.messages))
        except IntegrityError:
            # Another import or editor saved this accession number meanwhile.
            report.refuse(
                "accession_number", _("saved by someone else meanwhile; import again")
            )
        if progress and (done % 100 == 0 or done == len(todo)):
            progress(done, len(todo))
    result.committed = True
    return result


class TranslationMismatch(Exception):
    def __init__(self, column, message):
        self.column = column
        super().__init__(message)


def _write(report, images, user):
    locale = Locale.objects.get(language_code=SOURCE)
    existing = (
        MuseumObject.objects.select_for_update().filter(pk=report.existing.pk).first()
        if report.existing
        else None
    )
    obj = existing or MuseumObject(locale=locale)
    changed = existing is None
    for name, value in french_fields(report).items():
        current = getattr(obj, name)
        same = (
            same_html(value, current)
            if name == "description"
            else (current or "") == (value or "")
        )
        if not same:
            setattr(obj, name, value)
            changed = True
    if images_differ(report, existing):
        obj.images = _image_blocks(report, images, obj, user)
        changed = True
    if changed:
        obj.full_clean()
        obj.save()
    if report.translations:
        from cms.translation.operations import refresh_source

        source, source_changed = refresh_source(MuseumObject.objects.get(pk=obj.pk))
        for code in report.translations:
            _translate(obj, source, code, report, source_changed, user)


def _image_blocks(report, images, obj, user):
    captions = {
        block["value"].get("image"): block["value"].get("caption") or ""
        for block in (obj.images.raw_data if obj.pk else [])
        if block["type"] == "image"
    }
    blocks = []
    for image in report.images:
        pk = image.get("pk")
        if pk is None:
            found = MuseumImage.objects.filter(file_hash=image["hash"]).first()
            if found is None:
                found = MuseumImage(
                    title=f"{report.accession_number} · {report.values[f'title_{SOURCE}']}"[
                        :255
                    ],
                    alt_text=alt_text_of(report)[:500],
                    uploaded_by_user=user,
                    file_hash=image["hash"],
                )
                name = image["name"].replace("\\", "/").rsplit("/", 1)[-1]
                found.file = ImageFile(BytesIO(images.read(image["name"])), name=name)
                found.save()
            pk = image["pk"] = found.pk
        blocks.append(
            (
                "image",
                {
                    "image": MuseumImage.objects.get(pk=pk),
                    "caption": captions.get(pk, ""),
                    "alt_text": alt_text_of(report),
                },
            )
        )
    return blocks


def _translate(obj, source, code, report, source_changed, user):
    """Fill the strings the row gives (title, description, the alt text when
    it is the title) through wagtail-localize's PO catalogue and save the
    translation, as ``cms.translation.operations.translate_from_catalogue``
    does; the other strings (materials…) keep their translation or wait for
    translators (the status report shows the translation "in progress")."""
    from wagtail_localize.models import Translation

    locale = Locale.objects.get(language_code=code)
    translation, opened = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    values = report.values
    title = escape(values[f"title_{code}"].strip(), quote=False)
    french_title = escape(values[f"title_{SOURCE}"].strip(), quote=False)
    description = values.get(f"description_{code}", "").strip()
    entries = [entry for entry in po if not entry.obsolete]
    described = {
        id(entry): index
        for index, entry in enumerate(e for e in entries if e.msgctxt == "description")
    }
    wanted = paragraphs(text_to_html(description)) if description else None
    if wanted is not None and len(wanted) != len(described):
        raise TranslationMismatch(
            f"description_{code}",
            _("has %(count)d paragraph(s); the French description has %(french)d")
            % {"count": len(wanted), "french": len(described)},
        )
    changed = False
    for entry in entries:
        text = None
        if entry.msgctxt == "title":
            text = title
        elif entry.msgctxt == "description" and wanted is not None:
            text = wanted[described[id(entry)]]
        elif (
            entry.msgctxt.startswith("images.")
            and entry.msgctxt.endswith(".alt_text")
            and entry.msgid == french_title
        ):
            text = title
        if text is not None and entry.msgstr != text:
            entry.msgstr = text
            changed = True
    if not (changed or opened or source_changed) and obj.get_translation_or_none(
        locale
    ):
        return False
    translation.import_po(po, user=user, tool_name="inventory")
    translation.save_target(user=user)
    return True
