"""Translators' overrides of links and URLs: only safe schemes.

wagtail-localize lets a translator replace the target of a rich text link, or
a URL value, in their language ("overridable segments", e.g. the French
museum's page linked to its Arabic counterpart). It stores any value, and
Wagtail's rich text rewriter leaves a link with an unknown scheme as it is,
so ``javascript:alert(1)`` would reach the published page and the API. The
page editor's own converter strips such links; this module does the same for
overrides, at the model (every path that writes one) and in the translation
editor (the message in the translator's language beside the field, nothing
stored).
"""

import json

from django.core.exceptions import ValidationError
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.whitelist import check_url
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation
from wagtail_localize.views.edit_translation import edit_override


class UnsafeOverride(ValidationError):
    """An override whose value is a URL with a scheme browsers would run."""


def unsafe_value(value) -> bool:
    return isinstance(value, str) and check_url(value) is None


@receiver(pre_save, sender=SegmentOverride)
def refuse_unsafe_links(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if unsafe_value(json.loads(instance.data_json or "null")):
        raise UnsafeOverride(
            _(
                "A link may only lead to a web address (http or https), an "
                "e-mail address (mailto) or a phone number (tel)."
            ),
            code="unsafe_link",
        )


def edit_override_safely(request, translation_id, overridable_segment_id):
    """wagtail-localize's ``edit_override`` view, refusing an unsafe value.

    The refusal is answered as the translation editor understands it: a 200
    whose ``data`` is the value still in force (the override stored before,
    or the source's) and whose ``error`` is the message, which the editor
    shows beside the field in red. Any other status only makes it say
    "Server error", which tells the translator neither what was wrong nor
    that nothing was saved. ``code`` says it for other clients."""
    try:
        return edit_override(request, translation_id, overridable_segment_id)
    except UnsafeOverride as error:
        translation = get_object_or_404(Translation, id=translation_id)
        overridable = get_object_or_404(OverridableSegment, id=overridable_segment_id)
        stored = SegmentOverride.objects.filter(
            locale_id=translation.target_locale_id, context_id=overridable.context_id
        ).first()
        return JsonResponse(
            {
                "segment_id": overridable.pk,
                "data": stored.data if stored else overridable.data,
                "error": error.messages[0],
                "code": "unsafe_link",
            }
        )


@hooks.register("register_admin_urls")
def register_admin_urls():
    # The same path as wagtail-localize's, registered before it (this app comes
    # first in INSTALLED_APPS), so the editor's requests come here.
    return [
        path(
            "localize/translate/<int:translation_id>/overrides/"
            "<int:overridable_segment_id>/edit/",
            edit_override_safely,
            name="museum_edit_override",
        )
    ]
