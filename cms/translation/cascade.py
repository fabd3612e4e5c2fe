"""The cascade policy: what a French source's unpublishing, deletion and
privacy do to its translations (docs/translation.md, "Cascade policy").

- Unpublishing a French page unpublishes its translations in every language,
  whichever way it happens (admin, bulk action, ``page.unpublish()``,
  scheduled expiry). Unpublishing a translation affects only that translation.
- Deleting a French page or snippet deletes its translations (the admin
  confirmation lists them). Deleting a translation leaves the source and the
  other languages; its wagtail-localize ``Translation`` goes with it, so status
  reports show that language as missing.
- The admin refuses to delete a snippet that content still uses.
- Privacy (a page view restriction) belongs to the item: set or changed on any
  language version, it applies to every version at once; only the French page
  can make the item public again.
- When no language version of an item is left, nothing of it is left in the
  translation tables either (wagtail-localize's records, the source texts it
  kept, our ``SourceChange``).

Imported by ``apps.py`` (signal handlers) and ``wagtail_hooks.py`` (admin hooks).
"""

import threading
from functools import partial

from django.contrib import messages
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.actions.delete import DeleteAction
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import (
    Locale,
    Page,
    PageViewRestriction,
    ReferenceIndex,
    TranslatableMixin,
    get_translatable_models,
)
from wagtail.signals import page_unpublished
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    SegmentOverride,
    String,
    StringSegment,
    StringTranslation,
    Template,
    TemplateSegment,
    TranslatableObject,
)

from cms.core.languages import SOURCE_LANGUAGE
from cms.translation.models import SourceChange

# Set on a page by the admin's unpublish view (through our
# construct_translated_pages_to_cascade_actions hook): the view unpublishes the
# translations itself, with its "include subpages" choice.
ADMIN_UNPUBLISHES_TRANSLATIONS = "_museum_admin_unpublishes_translations"

_state = threading.local()


def _source_locale_id():
    return (
        Locale.objects.filter(language_code=SOURCE_LANGUAGE)
        .values_list("pk", flat=True)
        .first()
    )


def is_source(instance) -> bool:
    """Whether ``instance`` is the French version of its item."""
    return instance.locale_id == _source_locale_id()


def _language_name(locale) -> str:
    """The language's name in the admin user's language."""
    try:
        return locale.language_name_localized
    except KeyError:
        return locale.get_display_name()


def _describe(versions) -> str:
    return ", ".join(
        f"{_language_name(version.locale)}: «{version}»"
        for version in sorted(versions, key=lambda version: version.locale_id)
    )


# ---------------------------------------------------------------------------
# Unpublishing and deleting pages


@hooks.register("construct_translated_pages_to_cascade_actions")
def translations_that_follow_the_source(pages, action):
    """The translations Wagtail's admin unpublishes or deletes with a page.

    Only for French pages; moves are not cascaded.
    """
    cascade = {}
    for page in pages:
        if action not in ("unpublish", "delete") or not is_source(page):
            continue
        translations = Page.objects.translation_of(page).select_related("locale")
        if action == "unpublish":
            # Aliases follow their original by themselves.
            translations = translations.live().filter(alias_of__isnull=True)
            setattr(page, ADMIN_UNPUBLISHES_TRANSLATIONS, True)
        cascade[page] = list(translations)
    return cascade


@receiver(page_unpublished)
def unpublish_translations(sender, instance, **kwargs):
    """Unpublishing the French page unpublishes every translation, however it
    was unpublished (the admin view does it itself, see above)."""
    if getattr(instance, ADMIN_UNPUBLISHES_TRANSLATIONS, False):
        return
    if not is_source(instance):
        return
    for translation in (
        Page.objects.translation_of(instance).live().filter(alias_of__isnull=True)
    ):
        UnpublishPageAction(translation).execute(skip_permission_checks=True)


# After the permission checks (cms.translation.permissions) have had their say.
@hooks.register("before_delete_page", order=100)
def say_what_else_is_deleted(request, page):
    if request.method != "GET":
        return None
    translations = list(Page.objects.translation_of(page).select_related("locale"))
    if not translations:
        return None
    if is_source(page):
        messages.warning(
            request,
            _(
                "Deleting this page also deletes its translations and their "
                "subpages: %(translations)s. To take it offline without losing "
                "anything, unpublish it instead."
            )
            % {"translations": _describe(translations)},
        )
    else:
        messages.warning(
            request,
            _(
                "Only the %(language)s version is deleted, with its translators' "
                "work; the other languages stay. To take it offline without "
                "losing anything, unpublish it instead."
            )
            % {"language": _language_name(page.locale)},
        )
    return None


def _delete_page_translations(translation_key, source_locale_id):
    """After the French page is deleted: delete what the admin did not (or all
    translations, when the page was deleted from code)."""
    if Page.objects.filter(
        translation_key=translation_key, locale_id=source_locale_id
    ).exists():
        return
    for pk in (
        Page.objects.filter(translation_key=translation_key)
        .order_by("depth")
        .values_list("pk", flat=True)
    ):
        # An earlier one may have taken this one with it as a subpage.
        page = Page.objects.filter(pk=pk).first()
        if page is not None:
            DeletePageAction(page).execute(skip_permission_checks=True)


# ---------------------------------------------------------------------------
# Deleting snippets


def _snippet_versions(instance):
    versions = [instance]
    if is_source(instance):
        versions += list(instance.get_translations().select_related("locale"))
    return versions


def _usage_url(instance):
    viewset = getattr(instance, "snippet_viewset", None)
    if viewset is None:
        return None
    from django.contrib.admin.utils import quote
    from django.urls import reverse

    return reverse(viewset.get_url_name("usage"), args=[quote(instance.pk)])


@hooks.register("before_delete_snippet")
def guard_snippet_deletion(request, instances):
    """Refuse to delete a snippet that content still uses (deleting it would
    silently take it out of exhibits, stories and objects in every language);
    list the translations deleted with a French snippet."""
    translatable = [
        instance for instance in instances if isinstance(instance, TranslatableMixin)
    ]
    for instance in translatable:
        versions = _snippet_versions(instance)
        used = any(
            ReferenceIndex.get_references_to(version).exists() for version in versions
        )
        if used:
            messages.error(
                request,
                _(
                    "«%(item)s» is still used by other content, so it cannot be "
                    "deleted. Remove it from the places listed here first."
                )
                % {"item": instance},
            )
            return redirect(_usage_url(instance) or request.path)
    if request.method == "GET":
        for instance in translatable:
            versions = _snippet_versions(instance)[1:]
            if versions:
                messages.warning(
                    request,
                    _(
                        "Deleting «%(item)s» also deletes its translations: %(translations)s."
                    )
                    % {"item": instance, "translations": _describe(versions)},
                )
    return None


def _delete_snippet_translations(model, translation_key, source_locale_id):
    if model._default_manager.filter(
        translation_key=translation_key, locale_id=source_locale_id
    ).exists():
        return
    for translation in model._default_manager.filter(translation_key=translation_key):
        DeleteAction(translation).execute(skip_permission_checks=True)


def _snippet_models():
    from wagtail.snippets.models import get_snippet_models

    return {
        model.get_translation_model()
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin)
    }


# ---------------------------------------------------------------------------
# No orphan translation records


def _texts_of(translation_key):
    """Ids of the source texts and HTML templates wagtail-localize keeps for an
    item (shared between items with the same text)."""
    strings = set(
        StringSegment.objects.filter(source__object_id=translation_key).values_list(
            "string_id", flat=True
        )
    ) | set(
        StringTranslation.objects.filter(
            context__object_id=translation_key
        ).values_list("translation_of_id", flat=True)
    )
    templates = set(
        TemplateSegment.objects.filter(source__object_id=translation_key).values_list(
            "template_id", flat=True
        )
    )
    return strings, templates


def forget_item(model, translation_key, strings=(), templates=()):
    """Remove every translation record of an item once no language version of
    it is left. ``strings`` and ``templates``: what it used (see ``_texts_of``);
    those no other item uses are removed too."""
    if model._default_manager.filter(translation_key=translation_key).exists():
        return
    with transaction.atomic():
        # Segments protect their contexts: they go first (as wagtail-localize
        # does), then translated strings, which would otherwise lose their
        # context and stay.
        for segment_model in (
            StringSegment,
            TemplateSegment,
            RelatedObjectSegment,
            OverridableSegment,
        ):
            segment_model.objects.filter(context__object_id=translation_key).delete()
        StringTranslation.objects.filter(context__object_id=translation_key).delete()
        SegmentOverride.objects.filter(context__object_id=translation_key).delete()
        # Cascades to sources, translations, logs and contexts.
        TranslatableObject.objects.filter(translation_key=translation_key).delete()
        SourceChange.objects.filter(translation_key=translation_key).delete()
        String.objects.filter(
            pk__in=strings, segments__isnull=True, translations__isnull=True
        ).delete()
        Template.objects.filter(pk__in=templates, segments__isnull=True).delete()


def _is_item(model) -> bool:
    """Pages and snippets: what wagtail-localize translates as a whole (not
    the rows inside a page, such as transcript segments)."""
    return model is Page or model in _snippet_models()


def _before_translatable_deleted(sender, instance, **kwargs):
    if not _is_item(sender):
        return
    if sender is Page:
        _pages_being_deleted().add(instance.pk)
    pending = _pending_texts()
    key = (sender, instance.translation_key)
    if key not in pending:
        pending[key] = _texts_of(instance.translation_key)


def _after_translatable_deleted(sender, instance, **kwargs):
    if not _is_item(sender):
        return
    strings, templates = _pending_texts().pop(
        (sender, instance.translation_key), ((), ())
    )
    source_locale_id = _source_locale_id()
    if sender is Page:
        _pages_being_deleted().discard(instance.pk)
        if instance.locale_id == source_locale_id:
            transaction.on_commit(
                partial(
                    _delete_page_translations,
                    instance.translation_key,
                    source_locale_id,
                )
            )
    elif instance.locale_id == source_locale_id:
        transaction.on_commit(
            partial(
                _delete_snippet_translations,
                sender,
                instance.translation_key,
                source_locale_id,
            )
        )
    transaction.on_commit(
        partial(forget_item, sender, instance.translation_key, strings, templates)
    )


def _pending_texts():
    if not hasattr(_state, "texts"):
        _state.texts = {}
    return _state.texts


def _pages_being_deleted():
    if not hasattr(_state, "deleting_pages"):
        _state.deleting_pages = set()
    return _state.deleting_pages


for _model in get_translatable_models():
    pre_delete.connect(_before_translatable_deleted, sender=_model)
    post_delete.connect(_after_translatable_deleted, sender=_model)


# ---------------------------------------------------------------------------
# Privacy: one view restriction for every language version


def _restriction_spec(page_id):
    return sorted(
        (
            restriction.restriction_type,
            restriction.password,
            tuple(sorted(group.pk for group in restriction.groups.all())),
        )
        for restriction in PageViewRestriction.objects.filter(
            page_id=page_id
        ).prefetch_related("groups")
    )


def _apply_restrictions(page, spec):
    if _restriction_spec(page.pk) == spec:
        return
    for restriction in PageViewRestriction.objects.filter(page=page):
        restriction.delete()
    for restriction_type, password, group_ids in spec:
        restriction = PageViewRestriction(
            page=page, restriction_type=restriction_type, password=password
        )
        restriction.save()
        restriction.groups.set(group_ids)


def _spread_privacy(page_id, *, removed=False):
    """Make every language version of the page's item as private as the page
    (or, when its restriction was removed from a translation, as the French
    version)."""
    if getattr(_state, "spreading", False) or page_id in _pages_being_deleted():
        return
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return
    versions = list(Page.objects.translation_of(page, inclusive=True))
    origin = page
    if removed and not is_source(page):
        # Only the French version can make an item public again.
        origin = next((v for v in versions if is_source(v)), page)
    spec = _restriction_spec(origin.pk)
    _state.spreading = True
    try:
        for version in versions:
            if version.pk != origin.pk:
                _apply_restrictions(version, spec)
    finally:
        _state.spreading = False


@receiver(post_save, sender=PageViewRestriction)
def restriction_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _spread_privacy(instance.page_id)


@receiver(post_delete, sender=PageViewRestriction)
def restriction_deleted(sender, instance, **kwargs):
    _spread_privacy(instance.page_id, removed=True)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def restriction_groups_changed(sender, instance, action, reverse, **kwargs):
    if reverse or action not in ("post_add", "post_remove", "post_clear"):
        return
    _spread_privacy(instance.page_id)
