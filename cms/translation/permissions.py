"""Who may do what, per language: translator and editor teams.

Django's model permissions are global, so a ``LanguageTeam`` says which
language a group works in. This module makes that count everywhere the admin
decides:

- ``LanguageTeamPermissionPolicy`` (registered for the translatable snippets by
  their viewsets): a permission held through a team group applies only to
  instances in the team's language; one held directly or through a group
  without a team (curators, archivists…) applies to every instance.
- ``LanguageTeamSnippetViewSet``: snippet views that ask the policy about the
  instance (Wagtail's own views only ask about the model), and listings and
  choosers limited to what the user may work on.
- ``grant_home_page_permissions``: a team's page permissions on its language's
  home page, given when that page appears (after migrate, when it is created,
  or with ``manage.py sync_language_teams``); never ``publish_page``: teams
  save drafts and submit them for review (``cms.translation.review``).
- Page rules Wagtail derives on its own: deleting or moving a page needs the
  right to add pages there (Wagtail lets "edit + publish" delete a page), and
  choosers show no page outside one's tree that the public could not see.
- Oral histories: see ``StoryPagePermissionTester`` in ``cms.stories.models``.

The table of roles is in docs/translation.md ("Roles").
"""

from dataclasses import dataclass, field

from django.contrib import messages
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.views.generic.models import CopyViewMixin
from wagtail.models import GroupPagePermission, Page, Site
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views import snippets as snippet_views

from cms.core.page_permissions import MuseumPagePermissionTester
from cms.translation.models import LanguageTeam

ANY_ACTION = ("add", "change", "delete", "view")


# -- who belongs to which team -------------------------------------------------


@dataclass
class TeamScope:
    """The model permissions a user holds, by where they come from.

    Permission names are ``app_label.codename``. ``model_wide``: held directly or
    through a group without a team. ``by_locale``: name -> locale ids of the
    teams that hold it. ``locales``: every team the user belongs to.
    """

    model_wide: set = field(default_factory=set)
    by_locale: dict = field(default_factory=dict)
    locales: set = field(default_factory=set)


_SCOPE_CACHE = "_language_team_scope"


def team_scope(user) -> TeamScope:
    """``user``'s permissions split by team (cached on the user object, like
    Django's own permission cache, so once per request)."""
    if hasattr(user, _SCOPE_CACHE):
        return getattr(user, _SCOPE_CACHE)
    scope = TeamScope()
    if user.is_authenticated and user.is_active:
        scope.model_wide = {
            f"{app_label}.{codename}"
            for app_label, codename in user.user_permissions.values_list(
                "content_type__app_label", "codename"
            )
        }
        rows = Group.permissions.through.objects.filter(group__user=user).values_list(
            "permission__content_type__app_label",
            "permission__codename",
            "group__language_team__locale_id",
        )
        for app_label, codename, locale_id in rows:
            name = f"{app_label}.{codename}"
            if locale_id is None:
                scope.model_wide.add(name)
            else:
                scope.by_locale.setdefault(name, set()).add(locale_id)
        scope.locales = set(
            LanguageTeam.objects.filter(group__user=user).values_list(
                "locale_id", flat=True
            )
        )
    setattr(user, _SCOPE_CACHE, scope)
    return scope


def is_language_scoped(user, model=None) -> bool:
    """Whether what ``user`` sees of ``model`` (or of pages) is limited to their
    teams' languages: a team member without a model-wide permission on it."""
    if not user.is_active or user.is_superuser:
        return False
    scope = team_scope(user)
    if not scope.locales:
        return False
    if model is None:
        return True
    prefix = f"{model._meta.app_label}."
    names = {f"{prefix}{action}_{model._meta.model_name}" for action in ANY_ACTION}
    return not (names & scope.model_wide)


# -- snippets ------------------------------------------------------------------


class LanguageTeamPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, except that those held only through a language team
    apply to instances in that team's language.

    Model-level questions ("may this user change some themes?") are answered as
    Django does; instance-level ones look at the instance's locale.
    """

    def _allows(self, user, action, locale_id) -> bool:
        if not user.is_active:
            return False
        if user.is_superuser:
            return True
        name = self._get_permission_name(action)
        scope = team_scope(user)
        return name in scope.model_wide or locale_id in scope.by_locale.get(name, ())

    def user_has_permission_for_instance(self, user, action, instance):
        return self._allows(user, action, instance.locale_id)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self._allows(user, action, instance.locale_id) for action in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        everything = self.model._default_manager.all()
        if not user.is_active:
            return everything.none()
        if user.is_superuser:
            return everything
        names = {self._get_permission_name(action) for action in actions}
        scope = team_scope(user)
        if names & scope.model_wide:
            return everything
        locales = set()
        for name in names:
            locales |= scope.by_locale.get(name, set())
        return everything.filter(locale_id__in=locales)

    def users_with_any_permission_for_instance(self, actions, instance):
        from django.contrib.auth import get_user_model

        permissions = self._get_permission_objects_for_actions(actions)
        groups = Group.objects.filter(permissions__in=permissions).filter(
            Q(language_team__isnull=True)
            | Q(language_team__locale_id=instance.locale_id)
        )
        return (
            get_user_model()
            .objects.filter(
                Q(is_superuser=True)
                | Q(user_permissions__in=permissions)
                | Q(groups__in=groups),
                is_active=True,
            )
            .distinct()
        )


def register_language_team_policy(model):
    """Use ``LanguageTeamPermissionPolicy`` for ``model`` everywhere Wagtail asks
    (views, actions, the URL finder, wagtail-localize through our workaround).

    Wagtail 8 takes policies from its registry (setting ``permission_policy``
    on a viewset is deprecated): this must run before the viewset is registered.
    """
    registered = policy_registry.get_by_type(model, fallback=False)
    if isinstance(registered, LanguageTeamPermissionPolicy):
        return registered
    policy = LanguageTeamPermissionPolicy(model)
    register_permission_policy(model, policy, exact_class=True)
    return policy


def snippets_for(user, model, queryset=None):
    """What of ``model`` a user may list or choose: team members see their
    languages (unless they also hold a model-wide permission), others all."""
    if queryset is None:
        queryset = model._default_manager.all()
    if not is_language_scoped(user, model):
        return queryset
    return queryset.filter(locale_id__in=team_scope(user).locales)


class _InstancePermissionRequired:
    """Refuse the view unless the policy allows one of ``instance_actions`` on
    ``self.object`` (set in ``setup``), before any hook (wagtail-localize's
    editor) can answer instead."""

    instance_actions = ("change",)

    def dispatch(self, request, *args, **kwargs):
        policy = policy_registry.get_by_type(self.model)
        if not policy.user_has_any_permission_for_instance(
            request.user, self.instance_actions, self.object
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class _AddInLocaleRequired:
    """Adding needs the "add" permission in the language of the new item."""

    def dispatch(self, request, *args, **kwargs):
        if self.locale is not None:
            candidate = self.model(locale=self.locale)
            policy = policy_registry.get_by_type(self.model)
            if not policy.user_has_permission_for_instance(
                request.user, "add", candidate
            ):
                raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class TeamIndexView(snippet_views.IndexView):
    def get_base_queryset(self):
        return snippets_for(self.request.user, self.model, super().get_base_queryset())


class TeamCreateView(_AddInLocaleRequired, snippet_views.CreateView):
    pass


class TeamCopyView(CopyViewMixin, TeamCreateView):
    pass


class TeamEditView(_InstancePermissionRequired, snippet_views.EditView):
    instance_actions = ("change",)


class TeamDeleteView(_InstancePermissionRequired, snippet_views.DeleteView):
    instance_actions = ("delete",)


class TeamHistoryView(_InstancePermissionRequired, snippet_views.HistoryView):
    instance_actions = ANY_ACTION


class TeamUsageView(_InstancePermissionRequired, snippet_views.UsageView):
    instance_actions = ANY_ACTION


class TeamInspectView(_InstancePermissionRequired, snippet_views.InspectView):
    instance_actions = ANY_ACTION


class _ChooserScope:
    def get_object_list(self):
        return snippets_for(
            self.request.user, self.model_class, super().get_object_list()
        )


class TeamChooseView(_ChooserScope, snippet_chooser.ChooseView):
    pass


class TeamChooseResultsView(_ChooserScope, snippet_chooser.ChooseResultsView):
    pass


class TeamChosenView(snippet_chooser.SnippetChosenView):
    def get_object(self, pk):
        return snippets_for(self.request.user, self.model_class).get(pk=pk)


class TeamChosenMultipleView(snippet_chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return snippets_for(self.request.user, self.model_class).filter(pk__in=pks)


class TeamChooserCreateView(snippet_chooser.SnippetCreateView):
    def save_form(self, form):
        policy = policy_registry.get_by_type(self.model_class)
        if not policy.user_has_permission_for_instance(
            self.request.user, "add", form.instance
        ):
            raise PermissionDenied
        return super().save_form(form)


class TeamSnippetChooserViewSet(snippet_chooser.SnippetChooserViewSet):
    choose_view_class = TeamChooseView
    choose_results_view_class = TeamChooseResultsView
    chosen_view_class = TeamChosenView
    chosen_multiple_view_class = TeamChosenMultipleView
    create_view_class = TeamChooserCreateView


class LanguageTeamSnippetViewSet(snippet_views.SnippetViewSet):
    """A snippet viewset for translatable models whose rights depend on the
    language (see the module docstring). Registers the policy itself."""

    index_view_class = TeamIndexView
    add_view_class = TeamCreateView
    copy_view_class = TeamCopyView
    edit_view_class = TeamEditView
    delete_view_class = TeamDeleteView
    history_view_class = TeamHistoryView
    usage_view_class = TeamUsageView
    inspect_view_class = TeamInspectView
    chooser_viewset_class = TeamSnippetChooserViewSet

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        register_language_team_policy(self.model)


# -- pages: each team on its language's home page --------------------------------


def language_home(locale):
    """The home page of ``locale``: the translation of the default site's root."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return None
    return Page.objects.filter(
        depth=2, locale=locale, translation_key=site.root_page.translation_key
    ).first()


# Review is mandatory (cms/editorial/migrations/0004): only the Curators
# publish, by approving a workflow. A team never gets these, even if its
# ``LanguageTeam`` lists them (set by hand in the Django admin, or an old row).
NEVER_GRANTED_TO_TEAMS = frozenset({"publish_page"})


def grant_home_page_permissions(locale=None) -> int:
    """Give every language team (of ``locale``, or all) its page permissions
    on its language's home page, except ``NEVER_GRANTED_TO_TEAMS``.
    Idempotent; never removes anything. Returns how many permissions were
    added."""
    teams = LanguageTeam.objects.select_related("group", "locale").prefetch_related(
        "page_permissions"
    )
    if locale is not None:
        teams = teams.filter(locale=locale)
    added = 0
    for team in teams:
        home = language_home(team.locale)
        if home is None:
            continue
        for permission in team.page_permissions.all():
            if permission.codename in NEVER_GRANTED_TO_TEAMS:
                continue
            _obj, created = GroupPagePermission.objects.get_or_create(
                group=team.group, page=home, permission=permission
            )
            added += created
    return added


def _home_page_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.depth == 2:
        grant_home_page_permissions(instance.locale)


def _after_migrate(sender, using="default", **kwargs):
    from django.db import connections

    # Not when migrating backwards past the table.
    if LanguageTeam._meta.db_table in connections[using].introspection.table_names():
        grant_home_page_permissions()


def connect_signals():
    """Called from TranslationConfig.ready()."""
    from django.apps import apps
    from django.db.models.signals import post_migrate, post_save

    from cms.core.models import HomePage

    post_save.connect(
        _home_page_created, sender=HomePage, dispatch_uid="language_team_home_page"
    )
    post_migrate.connect(
        _after_migrate,
        sender=apps.get_app_config("translation"),
        dispatch_uid="language_team_after_migrate",
    )


# -- pages: rules Wagtail derives on its own -------------------------------------


def page_permissions(page, user):
    """The museum's page rules (``MuseumPagePermissionTester``) for any page,
    Wagtail's root included."""
    tester = page.permissions_for_user(user)
    if isinstance(tester, MuseumPagePermissionTester):
        return tester
    return MuseumPagePermissionTester(user, page)


def _refuse(request, message):
    messages.error(request, message)
    return redirect("wagtailadmin_home")


@hooks.register("before_delete_page")
def refuse_delete_without_add(request, page):
    if not page_permissions(page, request.user).can_delete():
        return _refuse(request, _("You may not delete this page."))
    return None


@hooks.register("before_move_page")
def refuse_move_without_add(request, page, destination):
    if not page_permissions(page, request.user).can_move():
        return _refuse(request, _("You may not move this page."))
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_delete_or_move(request, action_type, objects, action_class_instance):
    if action_type not in ("delete", "move"):
        return None
    for page in objects:
        if not isinstance(page, Page):
            return None  # a bulk action on snippets, images…: their own checks
        tester = page_permissions(page, request.user)
        if not (tester.can_delete() if action_type == "delete" else tester.can_move()):
            return _refuse(request, _("You may not delete or move these pages."))
    return None


# -- pages: what choosers show ---------------------------------------------------


def sees_every_page(user) -> bool:
    """Superusers and archivists (who decide what of an interview is public)
    see every page in choosers; everyone else sees their own tree and what the
    public could see."""
    return user.is_active and (
        user.is_superuser or user.has_perm("stories.change_storyaccess")
    )


def choosable_pages(user):
    """Pages ``user`` may see in a page chooser: every page of the trees they
    may explore, and elsewhere only pages the public sees as they are (live,
    no view restriction, no pending draft, a story whose record is public)."""
    from cms.core.visibility import public_pages, public_stories
    from cms.stories.models import StoryPage

    explorable = policy_registry.get_by_type(Page).explorable_instances(user)
    hidden_stories = StoryPage.objects.exclude(pk__in=public_stories().values("pk"))
    public = (
        public_pages()
        .filter(has_unpublished_changes=False)
        .exclude(pk__in=hidden_stories.values("pk"))
    )
    return Page.objects.filter(
        Q(pk__in=explorable.values("pk")) | Q(pk__in=public.values("pk"))
    )


@hooks.register("construct_page_chooser_queryset")
def limit_page_chooser(pages, request):
    user = request.user
    if sees_every_page(user):
        return pages
    allowed = choosable_pages(user)
    # Browsing "into" a page shows that page too: refuse one the user may not see.
    match = getattr(request, "resolver_match", None)
    parent_id = match.kwargs.get("parent_page_id") if match else None
    if parent_id is not None and not (
        Page.objects.filter(pk=parent_id, depth=1).exists()
        or allowed.filter(pk=parent_id).exists()
    ):
        raise Http404
    return pages.filter(pk__in=allowed.values("pk"))
