"""Workaround: wagtail-localize asks about snippet permissions per model, not
per item, so a translator for one language could translate any language.

wagtail-localize 1.14 checks a snippet with
``user_can_edit_snippet_type(user, model)`` (``views.edit_translation.
user_can_edit_instance``) before editing a string, uploading or downloading a
PO file, machine-translating, previewing or stopping a translation. Our
translators hold "change" on the snippet models only for their language
(``cms.translation.permissions.LanguageTeamPermissionPolicy``), so that check
must ask the instance's permission policy instead. For the same reason, two
admin listings of wagtail-localize that do not look at permissions at all are
limited:

- its snippets API (``/admin/localize/api/snippets/<app>/<model>/``) lists only
  the items the user may add, change, delete or view;
- its Translations report shows a language team's members only the
  translations from or into their languages (not, say, the titles of an
  interview translated into English to a translator into Arabic).

Delete this module (and its call in ``apps.py``) once wagtail-localize asks the
permission policy of the instance (``policy_registry.get(instance)``);
``tests/translation/test_permissions.py`` will tell.
"""

from django.db.models import Q
from wagtail.models import Page
from wagtail.permissions import policy_registry

ANY_ACTION = ("add", "change", "delete", "view")


def user_can_edit_instance(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return policy_registry.get(instance).user_has_permission_for_instance(
        user, "change", instance
    )


def snippets_api_queryset(view):
    model = view.get_model()
    return policy_registry.get_by_type(model).instances_user_has_any_permission_for(
        view.request.user, ANY_ACTION
    )


def translations_report_queryset(original):
    def get_queryset(view):
        from cms.translation.permissions import is_language_scoped, team_scope

        queryset = original(view)
        user = view.request.user
        if not is_language_scoped(user):
            return queryset
        locales = team_scope(user).locales
        return queryset.filter(
            Q(source__locale_id__in=locales) | Q(target_locale_id__in=locales)
        )

    get_queryset.wagtail_localize_workaround = True
    return get_queryset


def apply():
    from wagtail_localize.views import edit_translation, report, snippets_api

    edit_translation.user_can_edit_instance = user_can_edit_instance
    snippets_api.SnippetViewSet.get_queryset = snippets_api_queryset
    view = report.TranslationsReportView
    if not getattr(view.get_queryset, "wagtail_localize_workaround", False):
        view.get_queryset = translations_report_queryset(view.get_queryset)
