"""Bulk translation work on a section of the site: "Translate a section" and
"Sync outdated translations of a section".

Both walk the source-language pages of a subtree (the chosen page included),
in tree order, and give each page its own transaction: wagtail-localize
publishes a translation when its transaction commits, so one transaction
around the whole walk would publish everything at the end from stale page
objects (see docs/translation.md).

- Translating submits each page into the chosen languages where it is still
  missing, through wagtail-localize's own ``TranslationCreator`` (what its
  "Translate" view does). Snippets a page refers to (places in exhibit
  bodies…) are submitted with it into the languages where they do not exist
  yet; one that exists is never re-saved, so hand-made snippet translations
  are not overwritten. Pages already translated are skipped: a second run
  changes nothing.
- Syncing takes each page that is outdated in a chosen language, updates its
  snapshot from the database when the source changed (wagtail-localize's
  ``update_from_db``, as its "Sync translated pages" view does) and re-saves
  those translations. A translation that is live is published again; one kept
  as a draft stays a draft.
- Oral histories whose narrator has not made the interview public are only
  ever saved as drafts (RELIABILITY: "translating never publishes").

The admin views enqueue a django-tasks task and redirect to a page that shows
its progress and outcome. The outcome is a small JSON record kept in Django's
cache under the task result's id (the worker updates it item by item) and also
returned by the task, so a backend that stores results (the database backend)
has it even when the cache is not shared with the worker. The management
commands ``translate_section`` and ``sync_outdated`` run the same functions in
the foreground.
"""

import contextlib
import logging
import re
from urllib.parse import unquote

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_tasks import TaskResultStatus, task
from django_tasks.exceptions import TaskResultDoesNotExist, TaskResultMismatch
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from cms.core import languages
from cms.translation.models import SourceChange
from cms.translation.report import stories_without_public_consent
from cms.translation.status import MISSING, OUTDATED, statuses_for

logger = logging.getLogger(__name__)

TRANSLATE = "translate"
SYNC = "sync"
TARGET_CODES = tuple(
    code for code in languages.CODES if code != languages.SOURCE_LANGUAGE
)
RESULT_TIMEOUT = 7 * 24 * 3600  # how long the admin can show a run's outcome
RUN_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")

# What happened to one page in one language.
SUBMITTED = "submitted"
SYNCED = "synced"
SKIPPED = "skipped"
ERROR = "error"
COUNTERS = {
    TRANSLATE: ("submitted", "drafts", "skipped", "related", "errors"),
    SYNC: ("synced", "drafts", "skipped", "errors"),
}


COUNTER_LABELS = {
    "submitted": gettext_lazy("Sent for translation"),
    "synced": gettext_lazy("Synced"),
    "drafts": gettext_lazy("Of which drafts only (consent not public)"),
    "skipped": gettext_lazy("Left as they were"),
    "related": gettext_lazy("Snippets sent with them"),
    "errors": gettext_lazy("Errors"),
}


class SectionError(ValueError):
    """Bad input for a bulk action: the message is one line for the user."""


# -- input ------------------------------------------------------------------------


def check_section(page) -> Page:
    """``page`` if a section can be translated from it, else SectionError."""
    if page.depth <= 1:
        raise SectionError(_("The root of the page tree cannot be translated."))
    if page.locale.language_code != languages.SOURCE_LANGUAGE:
        source = page.get_translation_or_none(
            Locale.objects.get(language_code=languages.SOURCE_LANGUAGE)
        )
        hint = (
            _(" Its French version is page %(id)s.") % {"id": source.pk}
            if source is not None
            else ""
        )
        raise SectionError(
            _(
                "“%(title)s” is in %(code)s: translations are made from the French "
                "pages."
            )
            % {"title": page.title, "code": page.locale.language_code}
            + hint
        )
    return page


def find_section(value: str) -> Page:
    """The section named by ``value``: a page id, or a path as the public site
    shows it (``/fr/expositions/``) or as Wagtail stores it (``url_path``)."""
    value = (value or "").strip()
    if not value:
        raise SectionError(_("Give a page id or a URL path such as /fr/expositions/."))
    if value.isdigit():
        page = Page.objects.filter(pk=int(value)).first()
        if page is None:
            raise SectionError(_("There is no page with id %(id)s.") % {"id": value})
        return check_section(page)
    if not value.startswith("/"):
        raise SectionError(
            _("“%(value)s” is neither a page id nor a URL path starting with /.")
            % {"value": value}
        )
    url_path = "/" + unquote(value).strip("/") + "/" if value.strip("/") else "/"
    page = None
    first, _sep, rest = url_path.strip("/").partition("/")
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if first in languages.CODES and site is not None:
        locale = Locale.objects.get(language_code=first)
        home = site.root_page.get_translation_or_none(locale)
        if home is not None:
            wanted = home.url_path + (rest.strip("/") + "/" if rest.strip("/") else "")
            page = Page.objects.filter(url_path=wanted, locale=locale).first()
    if page is None:
        page = Page.objects.filter(url_path=url_path).first()
    if page is None:
        raise SectionError(_("No page is served at %(path)s.") % {"path": value})
    return check_section(page.specific)


def parse_languages(value, *, required: bool) -> list[str]:
    """``"ar,zgh"`` → ``["ar", "zgh"]`` (in the museum's order)."""
    codes = {code.strip() for code in (value or "").split(",") if code.strip()}
    if not codes:
        if required:
            raise SectionError(
                _("Choose the languages, e.g. --languages %(codes)s.")
                % {"codes": ",".join(TARGET_CODES)}
            )
        return list(TARGET_CODES)
    unknown = sorted(codes - set(TARGET_CODES))
    if unknown:
        raise SectionError(
            _("Unknown target language %(unknown)s: choose among %(codes)s.")
            % {"unknown": ", ".join(unknown), "codes": ", ".join(TARGET_CODES)}
        )
    return [code for code in TARGET_CODES if code in codes]


# -- the outcome record ------------------------------------------------------------


def new_outcome(action, section, codes, user=None) -> dict:
    return {
        "action": action,
        "section": {"id": section.pk, "title": section.title},
        "languages": list(codes),
        "state": "running",
        "done": 0,
        "total": 0,
        "counts": {code: dict.fromkeys(COUNTERS[action], 0) for code in codes},
        "errors": [],
        "user_id": getattr(user, "pk", None),
        "started_at": timezone.now().isoformat(),
        "finished_at": None,
    }


def _note_error(outcome, item, code, error):
    outcome["counts"][code]["errors"] += 1
    outcome["errors"].append(
        {
            "title": item["title"],
            "page_id": item["pk"],
            "language": code,
            "restricted": item["restricted"],
            "message": str(error)[:300] or type(error).__name__,
        }
    )


def section_items(section) -> list[dict]:
    """The source-language pages of ``section``'s subtree, the section first,
    parents before children, with whether each is a story without public
    consent. Fixed number of queries."""
    from cms.stories.models import StoryPage

    pages = list(
        Page.objects.descendant_of(section, inclusive=True)
        .filter(locale__language_code=languages.SOURCE_LANGUAGE)
        .order_by("path")
        .values_list("pk", "title", "translation_key")
    )
    story_keys = set(
        StoryPage.objects.filter(pk__in=[pk for pk, _title, _key in pages]).values_list(
            "translation_key", flat=True
        )
    )
    restricted = stories_without_public_consent(story_keys)
    return [
        {
            "pk": pk,
            "title": title,
            "key": key,
            "story": key in story_keys,
            "restricted": key in restricted,
        }
        for pk, title, key in pages
    ]


def _still_restricted(item) -> bool:
    """Consent may be withdrawn while a long run goes on: ask again."""
    return item["restricted"] or (
        item["story"] and bool(stories_without_public_consent([item["key"]]))
    )


# -- translating a section ------------------------------------------------------------


def _submit_related_objects(source, instance, locales, user) -> dict:
    """Submit the snippets ``instance`` refers to into the ``locales`` where
    they do not exist yet, as wagtail-localize's creator does for them (one
    level). Returns ``{code: number submitted}``."""
    submitted = {}
    for segment in source.relatedobjectsegment_set.select_related("object"):
        try:
            related = segment.object.get_instance(instance.locale)
        except ObjectDoesNotExist:
            continue
        missing = [
            locale
            for locale in locales
            if related.get_translation_or_none(locale) is None
        ]
        if missing:
            TranslationCreator(user, missing).create_translations(
                related, include_related_objects=False
            )
            for locale in missing:
                submitted[locale.language_code] = (
                    submitted.get(locale.language_code, 0) + 1
                )
    return submitted


def submit_page(item, codes, user=None) -> tuple[dict, dict, bool]:
    """Submit one source page into ``codes``, in its own transaction.

    Returns ``({code: SUBMITTED or ERROR}, {code: related snippets submitted},
    restricted)``.
    """
    restricted = _still_restricted(item)
    locales = list(Locale.objects.filter(language_code__in=codes))
    with transaction.atomic():
        instance = Page.objects.get(pk=item["pk"]).specific
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        related = _submit_related_objects(source, instance, locales, user)
        if restricted:
            # wagtail-localize would publish a live page's translations: a story
            # without public consent gets drafts only.
            for locale in locales:
                translation, _created = Translation.objects.update_or_create(
                    source=source, target_locale=locale, defaults={"enabled": True}
                )
                # As wagtail-localize's creator: a page that does not validate
                # keeps its Translation and is reported below.
                with contextlib.suppress(ValidationError):
                    translation.save_target(user=user, publish=False)
        else:
            TranslationCreator(user, locales).create_translations(
                instance, include_related_objects=False
            )
    translated = set(
        Page.objects.filter(
            translation_key=item["key"],
            locale__language_code__in=codes,
            alias_of__isnull=True,
        ).values_list("locale__language_code", flat=True)
    )
    results = {code: SUBMITTED if code in translated else ERROR for code in codes}
    return results, related, restricted


def _run(action, section, codes, *, wanted, act, done, user, progress):
    """Walk the pages of ``section``; for each, ``act(item, states, codes,
    user)`` on the languages of ``codes`` whose status is ``wanted`` (the
    others are skipped) returns ``({code: None or error message}, {code:
    related snippets sent}, restricted)``. Each success is counted as ``done``.
    ``progress(outcome, item, results)`` is called after each page."""
    outcome = new_outcome(action, section, codes, user)
    items = section_items(section)
    outcome["total"] = len(items)
    statuses = statuses_for(Page, [item["key"] for item in items])
    for item in items:
        states = statuses.get(item["key"], {})
        chosen = [code for code in codes if states[code].status == wanted]
        results = {code: SKIPPED for code in codes if code not in chosen}
        for code in results:
            outcome["counts"][code]["skipped"] += 1
        if chosen:
            try:
                errors, related, restricted = act(item, states, chosen, user)
            except Exception as error:
                logger.exception("Could not %s page %s", action, item["pk"])
                errors, related, restricted = (
                    dict.fromkeys(chosen, error),
                    {},
                    item["restricted"],
                )
            item["restricted"] = restricted
            for code, error in errors.items():
                if error is None:
                    results[code] = done
                    outcome["counts"][code][done] += 1
                    outcome["counts"][code]["drafts"] += int(restricted)
                else:
                    results[code] = ERROR
                    _note_error(outcome, item, code, error)
            for code, number in related.items():
                outcome["counts"][code]["related"] += number
        outcome["done"] += 1
        if progress:
            progress(outcome, item, results)
    outcome["state"] = "finished"
    outcome["finished_at"] = timezone.now().isoformat()
    return outcome


def translate_section(section, codes, *, user=None, progress=None) -> dict:
    """Submit every page of ``section`` for translation into ``codes`` where it
    is missing."""

    def act(item, states, chosen, user):
        submitted, related, restricted = submit_page(item, chosen, user)
        invalid = _("the translated page could not be saved (invalid content)")
        errors = {
            code: None if result == SUBMITTED else invalid
            for code, result in submitted.items()
        }
        return errors, related, restricted

    return _run(
        TRANSLATE,
        section,
        codes,
        wanted=MISSING,
        act=act,
        done=SUBMITTED,
        user=user,
        progress=progress,
    )


# -- syncing outdated translations ---------------------------------------------------------


def sync_page(item, states, codes, user=None) -> tuple[dict, bool]:
    """Bring the outdated translations ``codes`` of one page up to date with
    its source. Returns ``({code: SYNCED or ERROR message}, restricted)``."""
    restricted = _still_restricted(item)
    source_id = next(states[code].source_id for code in codes)
    with transaction.atomic():
        source = TranslationSource.objects.select_for_update().get(pk=source_id)
        if SourceChange.objects.filter(
            translation_key=item["key"], changed_at__gt=source.last_updated_at
        ).exists():
            source.update_from_db()
    results = {}
    for code in codes:
        state = states[code]
        try:
            translation = Translation.objects.select_related(
                "source", "target_locale"
            ).get(pk=state.translation_id)
            target = Page.objects.filter(pk=state.instance_id).only("live").first()
            publish = not restricted and target is not None and target.live
            with transaction.atomic():
                translation.save_target(user=user, publish=publish)
        except Exception as error:
            logger.exception("Could not sync page %s into %s", item["pk"], code)
            results[code] = error
        else:
            results[code] = SYNCED
    return results, restricted


def sync_outdated(section, codes, *, user=None, progress=None) -> dict:
    """Sync every page of ``section`` that is outdated in one of ``codes``."""

    def act(item, states, chosen, user):
        synced, restricted = sync_page(item, states, chosen, user)
        errors = {
            code: None if result == SYNCED else result
            for code, result in synced.items()
        }
        return errors, {}, restricted

    return _run(
        SYNC,
        section,
        codes,
        wanted=OUTDATED,
        act=act,
        done=SYNCED,
        user=user,
        progress=progress,
    )


ACTIONS = {TRANSLATE: translate_section, SYNC: sync_outdated}


# -- tasks --------------------------------------------------------------------------------


def cache_key(run_id) -> str:
    return f"translation-bulk:{run_id}"


def run_recorded(action, run_id, section_id, codes, user_id=None) -> dict:
    """Run ``action`` and keep its outcome in the cache under ``run_id``,
    updated after each page."""
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    section = Page.objects.get(pk=section_id).specific
    check_section(section)

    def record(outcome, _item=None, _results=None):
        cache.set(cache_key(run_id), outcome, RESULT_TIMEOUT)

    outcome = ACTIONS[action](section, codes, user=user, progress=record)
    record(outcome)
    return outcome


@task(takes_context=True)
def translate_section_task(context, section_id, codes, user_id=None):
    return run_recorded(TRANSLATE, context.task_result.id, section_id, codes, user_id)


@task(takes_context=True)
def sync_outdated_task(context, section_id, codes, user_id=None):
    return run_recorded(SYNC, context.task_result.id, section_id, codes, user_id)


TASKS = {TRANSLATE: translate_section_task, SYNC: sync_outdated_task}


def enqueue(action, section, codes, user=None) -> str:
    """Start ``action`` in the background (or inline, with the immediate
    backend). Returns the run id to show its outcome."""
    result = TASKS[action].enqueue(section.pk, list(codes), getattr(user, "pk", None))
    key = cache_key(result.id)
    if result.status == TaskResultStatus.FAILED:
        outcome = cache.get(key) or new_outcome(action, section, codes, user)
        outcome["state"] = "failed"
        cache.set(key, outcome, RESULT_TIMEOUT)
    elif not result.is_finished:
        queued = new_outcome(action, section, codes, user)
        queued["state"] = "queued"
        cache.add(key, queued, RESULT_TIMEOUT)  # the worker may already be writing
    return result.id


def run_outcome(action, run_id):
    """The outcome of a run as far as it is known, or None."""
    outcome = cache.get(cache_key(run_id))
    if outcome is not None and outcome.get("action") != action:
        return None
    if outcome is not None and outcome["state"] in ("finished", "failed"):
        return outcome
    backend = TASKS[action].get_backend()
    if not backend.supports_get_result:
        return outcome
    try:
        result = TASKS[action].get_result(run_id)
    except (TaskResultDoesNotExist, TaskResultMismatch, ValidationError, ValueError):
        return outcome
    if result.status == TaskResultStatus.SUCCESSFUL:
        return result.return_value
    if result.status == TaskResultStatus.FAILED and outcome is not None:
        return {**outcome, "state": "failed"}
    return outcome
