"""What the admin's page editor would post for a page as it stands: every
field, inline panel and StreamField block, in Wagtail's form encoding. Tests
change a field or two and post it to the edit or preview views."""

from django.forms import CheckboxInput
from wagtail.blocks import (
    BooleanBlock,
    ChooserBlock,
    ListBlock,
    StaticBlock,
    StreamBlock,
    StructBlock,
)
from wagtail.blocks.base import BlockWidget


def edit_form_data(page, user) -> dict:
    """As the page editor (and its preview) builds the form."""
    page = page.specific.get_latest_revision_as_object()
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(
        instance=page, parent_page=page.get_parent().specific, for_user=user
    )
    return form_data(form)


def form_data(form) -> dict:
    data = {}
    for bound in form:
        _field_data(
            data, bound.html_name, bound.field.widget, bound.field, bound.value()
        )
    for formset in getattr(form, "formsets", {}).values():
        prefix = formset.prefix
        data[f"{prefix}-TOTAL_FORMS"] = len(formset.forms)
        data[f"{prefix}-INITIAL_FORMS"] = formset.initial_form_count()
        data[f"{prefix}-MIN_NUM_FORMS"] = 0
        data[f"{prefix}-MAX_NUM_FORMS"] = 1000
        for position, subform in enumerate(formset.forms):
            data.update(form_data(subform))
            data[f"{subform.prefix}-ORDER"] = position + 1
    return data


def _field_data(data, name, widget, field, value):
    if isinstance(widget, BlockWidget):
        _block_data(data, name, field.block, value)
    elif isinstance(widget, CheckboxInput):
        if value:
            data[name] = "on"
    elif value is None:
        data[name] = ""
    elif isinstance(value, (list, tuple)):
        data[name] = [str(getattr(item, "pk", item)) for item in value]
    else:
        formatted = widget.format_value(value)
        if isinstance(formatted, list):
            formatted = formatted[0] if len(formatted) == 1 else formatted
        data[name] = "" if formatted is None else formatted


def _block_data(data, prefix, block, value):
    if isinstance(block, StreamBlock):
        data[f"{prefix}-count"] = len(value)
        for position, child in enumerate(value):
            data[f"{prefix}-{position}-type"] = child.block_type
            data[f"{prefix}-{position}-deleted"] = ""
            data[f"{prefix}-{position}-order"] = position
            data[f"{prefix}-{position}-id"] = child.id or ""
            _block_data(data, f"{prefix}-{position}-value", child.block, child.value)
    elif isinstance(block, ListBlock):
        items = value.bound_blocks
        data[f"{prefix}-count"] = len(items)
        for position, item in enumerate(items):
            data[f"{prefix}-{position}-deleted"] = ""
            data[f"{prefix}-{position}-order"] = position
            data[f"{prefix}-{position}-id"] = item.id or ""
            _block_data(
                data, f"{prefix}-{position}-value", block.child_block, item.value
            )
    elif isinstance(block, StructBlock):
        for name, child_block in block.child_blocks.items():
            _block_data(data, f"{prefix}-{name}", child_block, value.get(name))
    elif isinstance(block, StaticBlock):
        return
    elif isinstance(block, BooleanBlock):
        if value:
            data[prefix] = "on"
    elif isinstance(block, ChooserBlock):
        data[prefix] = getattr(value, "pk", value) or ""
    else:
        state = block.get_form_state(value)
        if isinstance(state, list):
            state = state[0] if len(state) == 1 else state
        data[prefix] = "" if state is None else state
