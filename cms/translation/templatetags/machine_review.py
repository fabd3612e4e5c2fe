"""The "confirm machine translations" form in wagtail-localize's editor."""

from django import template
from django.urls import reverse

from cms.translation.machine import machine_strings

register = template.Library()


@register.inclusion_tag("translation/machine_review_form.html", takes_context=True)
def machine_review_form(context, translation):
    request = context["request"]
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "count": machine_strings(translation).count(),
        "action": reverse("translation_confirm_machine_strings", args=[translation.id]),
        "next": request.get_full_path(),
    }
