"""The content generation: one number for "what the public may read".

It grows in the same transaction as any change that can alter a public
response: a page published, unpublished, moved or deleted, a snippet, image,
document or recording saved, a consent record changed, a translation synced.
Read responses are fingerprinted with it (API ETags), so a client revalidating
after a publish always gets the new content, in every language and every
fallback that used the changed item, and every worker agrees without talking
to the others.

It is deliberately coarse: any change makes every fingerprint new. A museum
publishes a few times an hour and is read thousands of times in between, so
precision buys little and a missed dependency (the language an item fell back
to, an image inside a block, a consent withdrawn) would cost a leak or stale
content. The date is part of the fingerprint too, because an embargo ends at
midnight without anything being saved.
"""

import functools
import hashlib

from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

# What never changes a public response: logs, sessions, users, search rows,
# renditions (made from an image that was itself saved), task bookkeeping.
IGNORED_APPS = frozenset(
    {
        "admin",
        "migrations",
        "auth",
        "contenttypes",
        "sessions",
        "wagtailusers",
        "wagtailadmin",
        "wagtailsearch",
        "wagtailembeds",
        "django_tasks",
        "django_tasks_db",
        "taggit",
    }
)
IGNORED_MODELS = frozenset(
    {
        "core.contentgeneration",
        "core.museumrendition",
        "wagtailcore.revision",
        "wagtailcore.pagelogentry",
        "wagtailcore.modellogentry",
        "wagtailcore.workflowstate",
        "wagtailcore.taskstate",
        "wagtailcore.comment",
        "wagtailcore.commentreply",
        "wagtailcore.pagesubscription",
        "wagtailcore.uploadedfile",
        "wagtailimages.rendition",
        "search.searchentry",
    }
)


def _changes_public_content(model) -> bool:
    meta = model._meta
    return meta.app_label not in IGNORED_APPS and meta.label_lower not in IGNORED_MODELS


def bump():
    """Make every fingerprint new (in the caller's transaction)."""
    from cms.core.models import ContentGeneration

    updated = ContentGeneration.objects.filter(pk=1).update(
        value=F("value") + 1, changed_at=timezone.now()
    )
    if not updated:
        ContentGeneration.objects.get_or_create(pk=1, defaults={"value": 1})


def stamp() -> tuple:
    """The generation, when it last changed, and the date: equal stamps mean
    the same public content. The time tells apart a bump that was rolled
    back from the next one, which brings the number to the same value.
    Fingerprints and ``per_stamp`` memos are both built on it."""
    from cms.core.models import ContentGeneration

    row = (
        ContentGeneration.objects.filter(pk=1)
        .values_list("value", "changed_at")
        .first()
    )
    return (*(row or (0, None)), timezone.localdate())


_MEMO: dict = {}


def per_stamp(function):
    """``function()`` computed once per ``stamp()`` in each process, for what
    most requests read and only content changes: the sections of the site.
    The stamp is one small statement (0.5 ms), read before the content, so
    that a value is never older than the stamp it is kept under.

    The same rule as the response cache: only a change that grows the
    generation is seen (a queryset ``update()`` is not); ``clear_memos``
    forgets every value."""

    @functools.wraps(function)
    def wrapper():
        now = stamp()
        kept = _MEMO.get(function)
        if kept is not None and kept[0] == now:
            return kept[1]
        value = function()
        _MEMO[function] = (now, value)
        return value

    return wrapper


def clear_memos():
    _MEMO.clear()


def current() -> int:
    """The generation's number alone."""
    return stamp()[0]


def fingerprint(*parts) -> str:
    """A strong validator for a response built from ``parts`` and the
    current content generation and date."""
    digest = hashlib.sha256()
    for part in (*stamp(), *parts):
        digest.update(str(part).encode())
        digest.update(b"\x00")
    return digest.hexdigest()[:32]


def _on_change(sender, **kwargs):
    # Historical models (data migrations) run before the counter's table
    # exists; the deployment that runs them changes every response anyway.
    if kwargs.get("raw") or sender.__module__ == "__fake__":
        return
    if _changes_public_content(sender):
        bump()


def connect():
    post_save.connect(_on_change, dispatch_uid="content-generation-save")
    post_delete.connect(_on_change, dispatch_uid="content-generation-delete")
    m2m_changed.connect(_on_change, dispatch_uid="content-generation-m2m")
