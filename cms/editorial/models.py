"""The archivist's consent check: the first step of an oral history's review.

A group approval task (the "Archivists" group) whose action forms show the
story's consent record (consent date and scope, access level, embargo) and
which offers "Approve" only while that record allows publication
(``consent_allows_publishing``). Approving means: an archivist checked the
consent, and it lets the story be public. See docs/editors.md, "Review
workflows, groups and collections".
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask


def _story(obj):
    """The story page under review, or None for any other object."""
    from cms.stories.models import StoryPage

    specific = getattr(obj, "specific", obj)
    return specific if isinstance(specific, StoryPage) else None


def consent_allows(obj) -> bool:
    """Whether ``obj`` may be approved at the consent step: a story whose
    consent record allows publication; anything that is not a story passes."""
    from cms.stories.models import consent_allows_publishing

    story = _story(obj)
    return story is None or consent_allows_publishing(story)


class ConsentCheckTask(AbstractGroupApprovalTask):
    """Archivist consent check (see the module docstring)."""

    def get_actions(self, obj, user):
        if not (user.is_superuser or self._user_in_groups(user)):
            return []
        actions = [("reject", _("Request changes"), True)]
        if consent_allows(obj):
            # Always through the form, so the consent record is on screen.
            actions.append(("approve", _("Approve: consent checked"), True))
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve" and not consent_allows(
            task_state.workflow_state.content_object
        ):
            raise PermissionDenied(
                _("The consent record does not allow this story to be published.")
            )
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_template_for_action(self, action):
        return "editorial/consent_check_action.html"

    @classmethod
    def get_description(cls):
        return _(
            "Archivists check the story's consent record; approval is possible "
            "only while the record allows publication."
        )

    class Meta:
        verbose_name = _("consent check task")
        verbose_name_plural = _("consent check tasks")
