"""Translations go through review like their source (docs/translation.md,
"Submitting a translation for review").

wagtail-localize's translation editor replaces Wagtail's page editor for a
translated page. It saves each string as the translator confirms it, but the
page itself only changes through its one button, "Publish in …", which needs
``publish_page``: it has no "save draft" and no way into a workflow.
Translators and editors do not publish (review is mandatory, docs/editors.md),
so this module adds the two actions the editor lacks, as a form under it:

- **Save draft**: the strings saved so far become a draft revision of the
  translated page (``Translation.save_target(publish=False)``, without the
  live content it would overwrite: ``save_translation_draft``); nothing new is
  live, nothing is lost.
- **Submit to <workflow>**: the same draft, then the page enters the workflow
  of its section in its language tree — the same as its source's ("Curator
  review"; oral histories: "Archivist consent check", then "Curator review").
  A workflow sent back for changes resumes where it stopped, as Wagtail's own
  "Resubmit" does.

Both are answered here, before wagtail-localize's ``before_edit_page`` hook
takes the request, and only for users who may edit the page (Wagtail's edit
view checks that before any hook runs).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation

SAVE_DRAFT = "museum-translation-save-draft"
SUBMIT = "museum-translation-submit"


def translation_of(page):
    """The enabled wagtail-localize translation whose target is ``page``."""
    return Translation.objects.filter(
        source__object_id=page.translation_key,
        target_locale_id=page.locale_id,
        enabled=True,
    ).first()


def review_state(page, user):
    """What the review form under the translation editor offers ``user``."""
    tester = page.permissions_for_user(user)
    workflow = page.get_workflow()
    state = page.current_workflow_state
    return {
        "can_save": tester.can_edit(),
        "workflow": workflow,
        "state": state,
        "in_review": state is not None
        and state.status == WorkflowState.STATUS_IN_PROGRESS,
        "needs_changes": state is not None
        and state.status == WorkflowState.STATUS_NEEDS_CHANGES,
        "can_submit": tester.can_edit()
        and workflow is not None
        and (state is None or state.status == WorkflowState.STATUS_NEEDS_CHANGES)
        and not tester.page_locked(),
    }


def save_translation_draft(translation, page, user):
    """The translation's current strings as a draft revision of ``page``.

    wagtail-localize's ``save_target(publish=False)`` makes the revision, but
    also writes the translated content into the page's own row — which is what
    the public site serves for a live page: the "draft" would be live without
    review. So for a live page the row (fields and child objects) is put back
    as it was, keeping the new revision as the latest one, as Wagtail's own
    editor does when saving a draft of a live page.
    """
    with transaction.atomic():
        before = Page.objects.get(pk=page.pk).specific
        live_content = before.serializable_data() if before.live else None
        translation.save_target(user=user, publish=False)
        if live_content is not None:
            after = Page.objects.get(pk=page.pk).specific
            after.with_content_json(live_content).save(clean=False)


def submit_translation(page, user):
    """Start (or resume) the workflow of a translated page."""
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        page.get_workflow().start(page, user)


@hooks.register("before_edit_page", order=-10)
def save_or_submit_translation(request, page):
    if request.method != "POST" or not (
        SAVE_DRAFT in request.POST or SUBMIT in request.POST
    ):
        return None
    translation = translation_of(page)
    if translation is None:
        return None
    submitting = SUBMIT in request.POST
    offered = review_state(page, request.user)
    if not offered["can_save"] or (submitting and not offered["can_submit"]):
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    try:
        save_translation_draft(translation, page, request.user)
    except ValidationError:
        messages.error(
            request,
            _(
                "The translation could not be saved: some translated strings are "
                "not valid. Correct them and try again."
            ),
        )
        return redirect(edit_url)
    page = Page.objects.get(pk=page.pk).specific
    if submitting:
        with transaction.atomic():
            submit_translation(page, request.user)
        messages.success(
            request,
            _("'%(title)s' has been saved and submitted to %(workflow)s.")
            % {
                "title": page.get_admin_display_title(),
                "workflow": _(offered["workflow"].name),
            },
        )
    else:
        messages.success(
            request,
            _("A draft of '%(title)s' has been saved. It is not live.")
            % {"title": page.get_admin_display_title()},
        )
    return redirect(edit_url)
