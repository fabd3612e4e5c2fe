"""Guards on how page models are declared (ARCHITECTURE.md, "Content model")."""

import pytest
from django.apps import apps
from django.db import models
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.images import get_image_model
from wagtail.models import COMMENTS_RELATION_NAME, Page, TranslatableMixin
from wagtail_localize.fields import get_translatable_fields

from cms.core.models import MuseumImage

PROJECT_APPS = {"core", "exhibits", "stories", "knowledge", "translation"}
# Page fields that are Wagtail's bookkeeping: never translated nor synchronised.
PAGE_INTERNALS = {
    "id", "path", "depth", "numchild", "translation_key", "locale", "latest_revision",
    "live", "has_unpublished_changes", "first_published_at", "last_published_at",
    "live_revision", "draft_title", "locked", "locked_at", "locked_by", "owner",
    "content_type", "url_path", "go_live_at", "expire_at", "expired", "alias_of",
    "latest_revision_created_at", "page_ptr",
}  # fmt: skip


def project_page_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page)
        and model is not Page
        and model._meta.app_label in PROJECT_APPS
    ]


def project_translatable_models():
    """Pages and snippets: everything wagtail-localize translates."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, TranslatableMixin)
        and model is not Page
        and model._meta.app_label in PROJECT_APPS
    ]


def test_there_are_project_page_models_to_check():
    names = {model.__name__ for model in project_page_models()}
    assert {
        "HomePage",
        "ExhibitIndexPage",
        "StoryIndexPage",
        "KnowledgeIndexPage",
    } <= names


@pytest.mark.parametrize(
    "model", project_page_models(), ids=lambda model: model.__name__
)
def test_page_model_declares_its_contract_on_the_class(model):
    for attribute in (
        "parent_page_types",
        "subpage_types",
        "search_fields",
        "api_fields",
    ):
        assert attribute in vars(model), f"{model.__name__} must declare {attribute}"
    assert "translatable_fields" in vars(
        model
    ) or "override_translatable_fields" in vars(model), (
        f"{model.__name__} must declare translatable_fields (no localize guesswork)"
    )


def test_snippets_are_checked_too():
    names = {model.__name__ for model in project_translatable_models()}
    assert {"Theme", "Place", "Person", "Institution", "MuseumObject"} <= names


@pytest.mark.parametrize(
    "model", project_translatable_models(), ids=lambda model: model.__name__
)
def test_translatable_fields_cover_every_editable_field(model):
    assert "translatable_fields" in vars(model), (
        f"{model.__name__} must declare translatable_fields"
    )
    declared = {field.field_name for field in get_translatable_fields(model)}
    editable = {
        field.name
        for field in model._meta.get_fields()
        if isinstance(field, models.Field | ParentalManyToManyField)
        and field.concrete
        and field.editable
        and not field.auto_created
        and not isinstance(field, ParentalKey)  # the link to the parent page
        and field.name not in PAGE_INTERNALS
        and field.name not in ("translation_key", "locale", "sort_order")
    }
    editable |= {
        relation.name
        for relation in model._meta.related_objects
        if isinstance(relation.remote_field, ParentalKey)
        and relation.name != COMMENTS_RELATION_NAME
    }

    missing = editable - declared
    assert not missing, (
        f"{model.__name__}: say whether {sorted(missing)} are translated or synchronised"
    )


def test_museum_image_is_the_wagtail_image_model():
    assert get_image_model() is MuseumImage
    field_names = {field.name for field in MuseumImage._meta.get_fields()}
    assert {"credit", "source", "rights", "alt_text"} <= field_names
