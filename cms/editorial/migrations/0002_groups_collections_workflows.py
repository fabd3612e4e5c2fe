"""The museum's review workflows, groups and collections.

- Groups: "Curators" is created; "Archivists" get the
  restricted recordings; "Editors (fr)" get their images and documents in the
  "Public images" and "Documents" collections instead of the root collection.
- Wagtail's default "Editors" and "Moderators" groups lose every right (model,
  page and collection permissions, their approval task); a group without
  members is deleted, one with members is kept, empty of rights, so that nobody
  loses their account's group silently (docs/editors.md).
- Collections "Public images", "Documents" and "Oral-history recordings
  (restricted)" under the root; existing images, documents and recordings are
  moved into them.
- Workflows "Curator review" (Curators) and "Oral-history review" (Archivist
  consent check, then Curator review). Their assignment to the section pages
  of every language is done by ``cms.editorial.sync`` (after every migrate and
  whenever such a page is created). Wagtail's default "Moderators approval"
  workflow is deactivated and unassigned; moderation in progress under it is
  cancelled (the drafts stay).

Not reversible beyond removing what it created: the rights taken from the
default groups are not given back.
"""

from django.db import migrations

CURATORS = "Curators"
ARCHIVISTS = "Archivists"
EDITORS_FR = "Editors (fr)"
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")
PUBLIC_IMAGES = "Public images"
DOCUMENTS = "Documents"
RESTRICTED = "Oral-history recordings (restricted)"
CURATOR_REVIEW = "Curator review"
ORAL_HISTORY_REVIEW = "Oral-history review"
CONSENT_CHECK = "Archivist consent check"
DEFAULT_WORKFLOW = "Moderators approval"

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(
        app_label=app_label, model=model
    )
    found, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return found


def _to_base36(number):
    digits = ""
    while True:
        number, remainder = divmod(number, len(ALPHABET))
        digits = ALPHABET[remainder] + digits
        if number == 0:
            return digits.rjust(STEPLEN, "0")


def _child_collection(apps, root, name):
    """The collection ``name`` under ``root`` (treebeard's materialised path,
    written by hand: historical models have no tree methods)."""
    Collection = apps.get_model("wagtailcore", "Collection")
    existing = Collection.objects.filter(
        depth=root.depth + 1, path__startswith=root.path, name=name
    ).first()
    if existing is not None:
        return existing
    last = (
        Collection.objects.filter(depth=root.depth + 1, path__startswith=root.path)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    step = int(last[-STEPLEN:], 36) + 1 if last else 1
    collection = Collection.objects.create(
        name=name, path=root.path + _to_base36(step), depth=root.depth + 1, numchild=0
    )
    root.numchild = Collection.objects.filter(
        depth=root.depth + 1, path__startswith=root.path
    ).count()
    root.save(update_fields=["numchild"])
    return collection


def _strip_group(apps, group):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    GroupPagePermission.objects.filter(group=group).delete()
    GroupCollectionPermission.objects.filter(group=group).delete()
    group.permissions.clear()
    for task in GroupApprovalTask.objects.filter(groups=group):
        task.groups.remove(group)
    if not group.user_set.exists():
        group.delete()


def _deactivate_default_workflow(apps):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    Task = apps.get_model("wagtailcore", "Task")
    for workflow in Workflow.objects.filter(name=DEFAULT_WORKFLOW):
        states = WorkflowState.objects.filter(
            workflow=workflow, status__in=("in_progress", "needs_changes")
        )
        TaskState.objects.filter(
            workflow_state__in=states, status="in_progress"
        ).update(status="cancelled")
        states.update(status="cancelled")
        WorkflowPage.objects.filter(workflow=workflow).delete()
        workflow.active = False
        workflow.save(update_fields=["active"])
    Task.objects.filter(name=DEFAULT_WORKFLOW).update(active=False)


def _task(apps, model_label, name, group):
    ContentType = apps.get_model("contenttypes", "ContentType")
    app_label, model_name = model_label.split(".")
    Model = apps.get_model(app_label, model_name)
    content_type, _created = ContentType.objects.get_or_create(
        app_label=app_label, model=model_name.lower()
    )
    task = Model.objects.filter(name=name).first()
    if task is None:
        task = Model.objects.create(name=name, content_type=content_type, active=True)
    task.groups.add(group)
    return task


def _workflow(apps, name, tasks):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    workflow, _created = Workflow.objects.get_or_create(
        name=name, defaults={"active": True}
    )
    for order, task in enumerate(tasks):
        WorkflowTask.objects.get_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    return workflow


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )

    access_admin = _permission(
        apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"
    )

    # Wagtail's default groups: no rights left (deleted when nobody is in them).
    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS):
        _strip_group(apps, group)
    _deactivate_default_workflow(apps)

    # Groups.
    curators, _created = Group.objects.get_or_create(name=CURATORS)
    curators.permissions.add(access_admin)
    archivists, _created = Group.objects.get_or_create(name=ARCHIVISTS)
    archivists.permissions.add(access_admin)
    editors = Group.objects.get(name=EDITORS_FR)

    # Collections, and who works in them.
    root = Collection.objects.filter(depth=1).first()
    public_images = _child_collection(apps, root, PUBLIC_IMAGES)
    documents = _child_collection(apps, root, DOCUMENTS)
    restricted = _child_collection(apps, root, RESTRICTED)

    apps.get_model("core", "MuseumMedia").objects.update(collection=restricted)
    apps.get_model("core", "MuseumImage").objects.filter(collection=root).update(
        collection=public_images
    )
    apps.get_model("wagtaildocs", "Document").objects.filter(collection=root).update(
        collection=documents
    )

    GroupCollectionPermission.objects.filter(group=editors, collection=root).delete()
    for app_label, model, collection in (
        ("wagtailimages", "image", public_images),
        ("wagtaildocs", "document", documents),
    ):
        for action in ("add", "change", "choose"):
            GroupCollectionPermission.objects.get_or_create(
                group=editors,
                collection=collection,
                permission=_permission(
                    apps, app_label, model, f"{action}_{model}", f"Can {action} {model}"
                ),
            )
    # wagtailmedia has no "choose" permission: its chooser lists what one may
    # change (or delete) in a collection.
    for action in ("add", "change"):
        GroupCollectionPermission.objects.get_or_create(
            group=archivists,
            collection=restricted,
            permission=_permission(
                apps, "wagtailmedia", "media", f"{action}_media", f"Can {action} media"
            ),
        )

    # Workflows.
    curator_task = _task(apps, "wagtailcore.GroupApprovalTask", CURATOR_REVIEW, curators)
    consent_task = _task(apps, "editorial.ConsentCheckTask", CONSENT_CHECK, archivists)
    _workflow(apps, CURATOR_REVIEW, [curator_task])
    _workflow(apps, ORAL_HISTORY_REVIEW, [consent_task, curator_task])


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    Workflow.objects.filter(name__in=(CURATOR_REVIEW, ORAL_HISTORY_REVIEW)).delete()
    Task.objects.filter(name__in=(CURATOR_REVIEW, CONSENT_CHECK)).delete()
    Group.objects.filter(name=CURATORS).delete()
    GroupCollectionPermission.objects.filter(
        group__name__in=(EDITORS_FR, ARCHIVISTS)
    ).delete()
    root = Collection.objects.filter(depth=1).first()
    for model in ("core.MuseumMedia", "core.MuseumImage", "wagtaildocs.Document"):
        apps.get_model(model).objects.update(collection=root)
    Collection.objects.filter(
        depth=2, name__in=(PUBLIC_IMAGES, DOCUMENTS, RESTRICTED)
    ).delete()
    root.numchild = Collection.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_consent_check_task"),
        ("stories", "0003_archivists_group"),
        ("translation", "0004_editors_images_documents"),
        ("core", "0004_museum_media"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailmedia", "0005_alter_media_options"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
