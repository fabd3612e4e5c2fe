"""The "Save draft" / "Submit to review" form under wagtail-localize's editor
(cms/translation/review.py)."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from cms.translation.review import SAVE_DRAFT, SUBMIT, review_state

register = template.Library()


@register.inclusion_tag("translation/review_form.html", takes_context=True)
def translation_review_form(context, instance):
    request = context["request"]
    if not isinstance(instance, Page):
        return {"show": False}
    offered = review_state(instance, request.user)
    return {
        "show": offered["can_save"],
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "action": reverse("wagtailadmin_pages:edit", args=[instance.pk]),
        "save_name": SAVE_DRAFT,
        "submit_name": SUBMIT,
        **offered,
        # Workflow and task names are in the catalogues (created by migrations).
        "workflow_name": _(offered["workflow"].name) if offered["workflow"] else "",
        "task_name": _(offered["state"].current_task_state.task.name)
        if offered["in_review"] and offered["state"].current_task_state
        else "",
    }
