"""Helpers that make seeding idempotent: find by a stable key, write only what
differs, translate through wagtail-localize only when something changed."""

import uuid

from django.core.files.images import ImageFile
from wagtail.models import Locale

from cms.core.languages import CODES, SOURCE_LANGUAGE
from cms.core.models import MuseumImage
from cms.translation.operations import refresh_source, translate_from_catalogue

from .texts import catalogue

DEMO_NAMESPACE = uuid.UUID("5f0c8a8e-6d1b-4c53-9a4e-1b7d0c2e9a61")
TARGET_LANGUAGES = [code for code in CODES if code != SOURCE_LANGUAGE]


def demo_key(kind: str, name: str) -> uuid.UUID:
    """A stable translation key, so that reseeding finds the same items."""
    return uuid.uuid5(DEMO_NAMESPACE, f"{kind}:{name}")


def source_locale():
    return Locale.objects.get(language_code=SOURCE_LANGUAGE)


def without_block_ids(value):
    """StreamField data without the random block ids, for comparison."""
    if isinstance(value, dict):
        return {
            key: without_block_ids(item) for key, item in value.items() if key != "id"
        }
    if isinstance(value, list):
        return [without_block_ids(item) for item in value]
    return value


def upsert_translatable(model, key, **fields):
    """The French ``model`` instance with translation key ``key``, created or
    updated with ``fields``. Returns (instance, changed)."""
    instance = model.objects.filter(translation_key=key, locale=source_locale()).first()
    if instance is None:
        instance = model(translation_key=key, locale=source_locale(), **fields)
        instance.full_clean()
        instance.save()
        return instance, True
    changed = [
        name for name, value in fields.items() if getattr(instance, name) != value
    ]
    if not changed:
        return instance, False
    for name in changed:
        setattr(instance, name, fields[name])
    instance.full_clean()
    instance.save()
    return instance, True


def translate_everywhere(instance, texts, report, label):
    """Translate ``instance`` into every other language from ``texts``."""
    _source, changed = refresh_source(_from_database(instance))
    for code in TARGET_LANGUAGES:
        result = translate_from_catalogue(
            instance, code, catalogue(texts, code), source_is_newer=changed
        )
        if result.changed:
            report(f"[{code}] {label}: translated")


def upsert_image(title, make_bytes, *, alt_text, credit, rights, filename):
    """A demo image found by title, drawn by ``make_bytes()`` only when missing."""
    image = MuseumImage.objects.filter(title=title).first()
    if image is not None:
        return image, False
    image = MuseumImage(title=title, alt_text=alt_text, credit=credit, rights=rights)
    from io import BytesIO

    image.file = ImageFile(BytesIO(make_bytes()), name=filename)
    image.save()
    return image, True


def _from_database(instance):
    model = (
        instance.specific_class
        if hasattr(instance, "specific_class")
        else type(instance)
    )
    return model._default_manager.get(pk=instance.pk)
