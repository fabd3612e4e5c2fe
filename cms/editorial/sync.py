"""What the editorial migration cannot do once for all: pages that appear later.

wagtail-localize creates the Arabic, English and Tamazight home and section
pages when the French ones are first translated, long after ``migrate``. So,
whenever a home or section index page is created, after every ``migrate``, and
with ``manage.py sync_editorial``:

- each section index page gets its review workflow (exhibits and knowledge:
  "Curator review"; oral histories: "Oral-history review"), in every language
  tree, so a translation follows the same workflow as its source;
- the Curators get ``publish_page`` on every language's home page (approving
  the last step of a workflow publishes the page in the approver's name);
  they are the only group that publishes: review is mandatory (migration
  0004), and the language teams never get ``publish_page`` back from
  ``cms.translation.permissions.grant_home_page_permissions``;
- the Viewers get ``view_page`` on every language's home page (read-only
  browsing, ``cms.editorial.viewers``).

These only add what is missing (a workflow changed by hand in Settings →
Workflows is left alone). New images, documents and recordings saved in the
root collection go to their own collection ("Public images", "Documents",
"Oral-history recordings (restricted)"): the root collection holds nothing.
"""

from django.contrib.auth.models import Group, Permission
from django.db import connections
from django.db.models.signals import post_migrate, post_save, pre_save
from django.utils.translation import gettext_lazy

CURATORS = "Curators"
ARCHIVISTS = "Archivists"
VIEWERS = "Viewers"
CURATOR_REVIEW = "Curator review"
ORAL_HISTORY_REVIEW = "Oral-history review"
CONSENT_CHECK = "Archivist consent check"
PUBLIC_IMAGES = "Public images"
DOCUMENTS = "Documents"
RESTRICTED_RECORDINGS = "Oral-history recordings (restricted)"

# Marked for translation so the admin shows them in the editor's language one day.
_NAMES = (
    gettext_lazy("Curator review"),
    gettext_lazy("Oral-history review"),
    gettext_lazy("Archivist consent check"),
)

# section index model (app_label, model) -> workflow name
SECTION_WORKFLOWS = {
    ("exhibits", "exhibitindexpage"): CURATOR_REVIEW,
    ("knowledge", "knowledgeindexpage"): CURATOR_REVIEW,
    ("stories", "storyindexpage"): ORAL_HISTORY_REVIEW,
}


def collection_named(name):
    from wagtail.models import Collection

    return Collection.objects.filter(name=name, depth=2).first()


def restricted_recordings_collection():
    """Where recordings of interviews belong (None before the migration)."""
    return collection_named(RESTRICTED_RECORDINGS)


def assign_section_workflows() -> int:
    """Give every section index page, in every language, its workflow.
    Returns how many pages got one."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, Workflow, WorkflowPage

    added = 0
    for (app_label, model), workflow_name in SECTION_WORKFLOWS.items():
        workflow = Workflow.objects.filter(name=workflow_name, active=True).first()
        if workflow is None:
            continue
        content_type = ContentType.objects.filter(
            app_label=app_label, model=model
        ).first()
        if content_type is None:
            continue
        pages = Page.objects.filter(content_type=content_type).exclude(
            pk__in=WorkflowPage.objects.values("page_id")
        )
        for page in pages:
            WorkflowPage.objects.create(page=page, workflow=workflow)
            added += 1
    return added


def _grant_on_every_home(group_name, codename) -> int:
    from wagtail.models import GroupPagePermission, Page, Site

    group = Group.objects.filter(name=group_name).first()
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if group is None or site is None:
        return 0
    permission = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename=codename
    ).first()
    if permission is None:
        return 0
    added = 0
    for home in Page.objects.filter(
        depth=2, translation_key=site.root_page.translation_key
    ):
        _obj, created = GroupPagePermission.objects.get_or_create(
            group=group, page=home, permission=permission
        )
        added += created
    return added


def grant_curator_home_permissions() -> int:
    """``publish_page``, ``lock_page`` and ``unlock_page`` for the Curators on
    every language's home page (migrations 0004 and 0005)."""
    return sum(
        _grant_on_every_home(CURATORS, codename)
        for codename in ("publish_page", "lock_page", "unlock_page")
    )


def grant_viewer_home_permissions() -> int:
    """``view_page`` for the Viewers on every language's home page."""
    return _grant_on_every_home(VIEWERS, "view_page")


def sync_all() -> int:
    return (
        assign_section_workflows()
        + grant_curator_home_permissions()
        + grant_viewer_home_permissions()
    )


def _page_created(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    if instance.depth == 2:
        grant_curator_home_permissions()
        grant_viewer_home_permissions()
    elif (instance._meta.app_label, instance._meta.model_name) in SECTION_WORKFLOWS:
        assign_section_workflows()


def _root_collection_default(sender, instance, raw=False, **kwargs):
    """A new file saved in the root collection goes to its own collection."""
    if raw or instance.pk is not None or instance.collection_id is None:
        return
    from wagtail.models import Collection

    root = Collection.get_first_root_node()
    if root is None or instance.collection_id != root.pk:
        return
    target = collection_named(_DEFAULT_COLLECTIONS[sender._meta.label_lower])
    if target is not None:
        instance.collection = target


_DEFAULT_COLLECTIONS = {}


def _after_migrate(sender, using="default", **kwargs):
    from wagtail.models import WorkflowPage

    tables = connections[using].introspection.table_names()
    if WorkflowPage._meta.db_table in tables and "auth_group" in tables:
        sync_all()


def connect_signals():
    """Called from EditorialConfig.ready()."""
    from django.apps import apps
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtailmedia import get_media_model

    from cms.core.models import HomePage
    from cms.exhibits.models import ExhibitIndexPage
    from cms.knowledge.models import KnowledgeIndexPage
    from cms.stories.models import StoryIndexPage

    for model in (HomePage, ExhibitIndexPage, KnowledgeIndexPage, StoryIndexPage):
        post_save.connect(
            _page_created,
            sender=model,
            dispatch_uid=f"editorial_page_created_{model._meta.label_lower}",
        )
    for model, collection in (
        (get_image_model(), PUBLIC_IMAGES),
        (get_document_model(), DOCUMENTS),
        (get_media_model(), RESTRICTED_RECORDINGS),
    ):
        _DEFAULT_COLLECTIONS[model._meta.label_lower] = collection
        pre_save.connect(
            _root_collection_default,
            sender=model,
            dispatch_uid=f"editorial_collection_{model._meta.label_lower}",
        )
    post_migrate.connect(
        _after_migrate,
        sender=apps.get_app_config("editorial"),
        dispatch_uid="editorial_after_migrate",
    )
