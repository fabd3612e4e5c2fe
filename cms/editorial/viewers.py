"""The "Viewers" group: browse the page explorer and preview pages, nothing
more (docs/editors.md, "Groups").

Wagtail 8 has no read-only page permission: its page permission policy lets a
user explore only the pages on which they hold add, change, publish, lock,
unlock or bulk delete, and its draft view needs edit or publish. Django does
create a ``view_page`` permission for ``Page`` (a default model permission),
which Wagtail ignores. The Viewers hold it on every language's home page
(migration 0004, ``cms.editorial.sync``), and this module gives it its one
meaning:

- ``MuseumPagePermissionPolicy`` (Wagtail's page policy, registered in its
  place at start-up): pages under a ``view_page`` grant are explorable — the
  explorer, its search and the page chooser list them. Nothing else in the
  policy or in the page permission tester looks at "view": editing,
  publishing, locking, moving, deleting, workflow actions stay refused.
- ``view_page_draft`` (``/admin/pages/<id>/preview/``): the latest version of a
  page as Wagtail's own "View draft" shows it, for those who may view it, and
  a "Preview" button in the explorer's listing for them. An oral history is
  previewed only while its consent record is public: a Viewer sees nothing
  an interview's narrator has not agreed to show, recordings included (and
  they hold no collection permission, so no chooser or library shows
  recordings either).
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import ListingButton
from wagtail.models import AbstractPage, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

VIEW = "view"
EXPLORE_ACTIONS = {"add", "change", "publish", "lock", "unlock", "bulk_delete"}


class MuseumPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page permission policy; ``view_page`` also makes pages
    explorable (and only that)."""

    def user_has_any_permission(self, user, actions):
        # Wagtail's explorer, page search and "Pages" menu ask whether the user
        # holds any of the explore actions (``IndexView.any_permission_required``):
        # for that question only, "view" counts too.
        actions = set(actions)
        if actions >= EXPLORE_ACTIONS:
            actions.add(VIEW)
        return super().user_has_any_permission(user, actions)

    def instances_with_direct_explore_permission(self, user):
        if user.is_superuser:
            return super().instances_with_direct_explore_permission(user)
        codenames = self._get_permission_codenames(EXPLORE_ACTIONS | {VIEW})
        return [
            perm.page
            for perm in self.get_cached_permissions_for_user(user)
            if perm.permission.codename in codenames
        ]

    def explorable_instances(self, user):
        pages = super().explorable_instances(user)
        if self._base_queryset_for_user(user) is not None:
            return pages
        return pages | self.instances_user_has_any_permission_for(user, {VIEW})


def register_page_policy():
    """Called from EditorialConfig.ready(), before anything asks for the
    policy of pages."""
    if not isinstance(
        policy_registry.get_by_type(AbstractPage, fallback=False),
        MuseumPagePermissionPolicy,
    ):
        register_permission_policy(AbstractPage, MuseumPagePermissionPolicy(Page))


def user_can_view_page(user, page) -> bool:
    """Whether ``user`` may see ``page`` (its latest version) in the admin."""
    if not user.is_active:
        return False
    tester = page.permissions_for_user(user)
    if tester.can_edit() or tester.can_publish():
        return True
    policy = policy_registry.get_by_type(Page)
    if not policy.user_has_permission_for_instance(user, VIEW, page):
        return False
    return _consent_allows_viewing(page)


def _consent_allows_viewing(page) -> bool:
    from cms.stories.models import StoryPage

    specific = page.specific
    if isinstance(specific, StoryPage):
        return specific.access.record_is_public
    return True


def view_page_draft(request, page_id):
    page = get_object_or_404(Page, id=page_id)
    if page.is_root() or not user_can_view_page(request.user, page):
        raise PermissionDenied
    latest = page.get_latest_revision_as_object()
    mode = request.GET.get("mode", latest.default_preview_mode)
    if mode not in dict(latest.preview_modes):
        raise PermissionDenied
    return latest.make_preview_request(request, mode)


@hooks.register("register_admin_urls")
def register_viewer_urls():
    return [
        path(
            "pages/<int:page_id>/preview/",
            view_page_draft,
            name="editorial_view_page_draft",
        )
    ]


@hooks.register("register_page_listing_buttons")
def preview_button(page, user, next_url=None, view_name=None):
    """A "Preview" button for those who may only look."""
    if page.is_root():
        return
    tester = page.permissions_for_user(user)
    if tester.can_edit() or tester.can_publish():
        return  # Wagtail's own buttons ("View draft"…) are there
    if user_can_view_page(user, page):
        yield ListingButton(
            _("Preview"),
            reverse("editorial_view_page_draft", args=[page.pk]),
            icon_name="view",
            priority=10,
        )
