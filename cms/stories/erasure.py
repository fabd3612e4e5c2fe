"""Erasing a narrator who withdraws consent (``manage.py erase_person``).

A person is named by their **key**: the ``translation_key`` that every language
version of a ``core.Person`` shares. Everything that holds their identity or
their words goes, in every language, in one database transaction:

- the person in every language, and every interview they narrate (a story
  whose narrator, on the page or in its latest draft, is any version of them),
  in every language, with aliases, transcript segments, revisions, drafts,
  workflow states, comments, log entries, previews and editing sessions;
- what wagtail-localize kept of them (sources, segments, translations,
  overrides, logs, and the source texts and templates nothing else uses),
  the museum's translation bookkeeping (``SourceChange``);
- both search indexes (the museum's ``SearchEntry`` and Wagtail's
  ``IndexEntry``) and the reference index;
- recordings, images and documents those stories (or any of their revisions)
  use and nothing else uses, with their renditions and thumbnails; their
  files are deleted only once the transaction has committed;
- redirects to or from the interviews' addresses.

Kept, as proof of the withdrawal, without identity: each interview's consent
record (``StoryAccess``, keyed by the interview's random translation key), set
to *restricted*, its embargo cleared and its consent scope replaced by a note
of the withdrawal and the erasure date. Other content that referred to the
person (an interview they conducted, an exhibit they curated) keeps its text;
the reference is emptied, and the plan lists it.

``plan(key)`` collects what would be touched without changing anything (the
dry run); ``erase(plan)`` does it. The content generation is bumped in the same
transaction, so every cached public response becomes unreachable at once.
"""

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Comment,
    ModelLogEntry,
    Page,
    PageLogEntry,
    PageSubscription,
    PageViewRestriction,
    ReferenceIndex,
    Revision,
    TaskState,
    WorkflowState,
)
from wagtail.search.models import IndexEntry
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
    Translation,
    TranslationContext,
    TranslationLog,
    TranslationSource,
)

from cms.core import generation
from cms.core.models import MuseumMedia, Person
from cms.stories.models import StoryAccess, StoryPage, StorySegment


class UnknownPerson(Exception):
    """The key names no person."""


WITHDRAWAL_NOTE = (
    "Consent withdrawn. The narrator (person key {person_key}) and this "
    "interview were erased on {date} (manage.py erase_person); only this "
    "record is kept, as proof of the withdrawal."
)


def parse_key(value) -> uuid.UUID:
    try:
        return uuid.UUID(str(value).strip())
    except ValueError as error:
        raise UnknownPerson(
            f"{value!r} is not a person key (a UUID such as "
            "0b6c2f4e-3a1d-4c55-9a3e-6f0f9d1c2b7a)."
        ) from error


def find_people(text):
    """People whose name contains ``text`` in any language: [(key, [names])]."""
    found = defaultdict(list)
    for person in Person.objects.filter(name__icontains=text).select_related("locale"):
        found[person.translation_key].append(
            f"{person.locale.language_code}: {person.name}"
        )
    return sorted(found.items(), key=lambda item: item[1])


def _ct(model):
    return ContentType.objects.get_for_model(model, for_concrete_model=False)


def _generic(ct_field, id_field, targets):
    """Rows whose (content type, object id) is one of ``targets``:
    [(content types, ids)]."""
    condition = Q(pk__in=[])
    for content_types, ids in targets:
        if ids:
            condition |= Q(
                **{
                    f"{ct_field}__in": content_types,
                    f"{id_field}__in": [str(pk) for pk in ids],
                }
            )
    return condition


@dataclass
class Plan:
    """What ``erase`` removes, changes or keeps, as querysets and ids."""

    key: uuid.UUID
    people: list = field(default_factory=list)  # [(pk, language)]
    pages: list = field(default_factory=list)  # [(pk, language)]
    story_keys: set = field(default_factory=set)
    segment_ids: list = field(default_factory=list)
    media_ids: list = field(default_factory=list)
    image_ids: list = field(default_factory=list)
    document_ids: list = field(default_factory=list)
    kept_shared: list = field(default_factory=list)  # [(kind, pk)]
    emptied: list = field(default_factory=list)  # [(model label, pk, field)]
    files: list = field(default_factory=list)  # [(storage, name)]
    needles: set = field(default_factory=set)  # names and titles
    old_paths: set = field(default_factory=set)  # the stories' addresses

    @property
    def person_ids(self):
        return [pk for pk, _code in self.people]

    @property
    def page_ids(self):
        return [pk for pk, _code in self.pages]

    @property
    def keys(self):
        return {self.key, *self.story_keys}

    # --- rows, by kind -------------------------------------------------------

    def targets(self):
        """(content types, ids) of every erased object."""
        return [
            ([_ct(Page), _ct(StoryPage)], self.page_ids),
            ([_ct(Person)], self.person_ids),
            ([_ct(StorySegment)], self.segment_ids),
            ([_ct(MuseumMedia)], self.media_ids),
            ([_ct(get_image_model())], self.image_ids),
            ([_ct(get_document_model())], self.document_ids),
        ]

    def revisions(self):
        return Revision.objects.filter(
            _generic("base_content_type", "object_id", self.targets())
            | _generic("content_type", "object_id", self.targets())
        )

    def workflow_states(self):
        return WorkflowState.objects.filter(
            _generic("base_content_type", "object_id", self.targets())
        )

    def page_log_entries(self):
        return PageLogEntry.objects.filter(
            Q(page_id__in=self.page_ids) | Q(revision__in=self.revisions())
        )

    def model_log_entries(self):
        return ModelLogEntry.objects.filter(
            _generic("content_type", "object_id", self.targets())
        )

    def consent_records(self):
        return StoryAccess.objects.filter(translation_key__in=self.story_keys)

    def consent_log_entries(self):
        return ModelLogEntry.objects.filter(
            content_type=_ct(StoryAccess),
            object_id__in=[
                str(pk) for pk in self.consent_records().values_list("pk", flat=True)
            ],
        )

    def translation_sources(self):
        return TranslationSource.objects.filter(object_id__in=self.keys)

    def translation_segments(self):
        """{model: queryset} of wagtail-localize segments from these items,
        or (related-object segments) pointing at them."""
        result = {}
        for model in (StringSegment, TemplateSegment, OverridableSegment):
            result[model] = model.objects.filter(
                Q(source__object_id__in=self.keys) | Q(context__object_id__in=self.keys)
            )
        result[RelatedObjectSegment] = RelatedObjectSegment.objects.filter(
            Q(source__object_id__in=self.keys)
            | Q(context__object_id__in=self.keys)
            | Q(object_id__in=self.keys)
        )
        return result

    def own_strings(self):
        """Ids of the source texts these items used (some maybe shared)."""
        return set(
            StringSegment.objects.filter(
                Q(source__object_id__in=self.keys) | Q(context__object_id__in=self.keys)
            ).values_list("string_id", flat=True)
        ) | set(
            StringTranslation.objects.filter(
                context__object_id__in=self.keys
            ).values_list("translation_of_id", flat=True)
        )

    def string_translations(self, own_strings=None):
        """Translations made in these items' contexts, and translations of
        their texts whose context was already deleted."""
        if own_strings is None:
            own_strings = self.own_strings()
        return StringTranslation.objects.filter(
            Q(context__object_id__in=self.keys)
            | Q(context__isnull=True, translation_of_id__in=own_strings)
        )

    def unused_strings(self):
        """Source texts no segment and no translation uses once these items
        are gone: theirs, and any left over from earlier versions of any item
        (wagtail-localize keeps a text when its source is updated)."""
        remaining_segments = StringSegment.objects.exclude(
            pk__in=self.translation_segments()[StringSegment].values("pk")
        )
        remaining_translations = StringTranslation.objects.exclude(
            pk__in=self.string_translations().values("pk")
        )
        return String.objects.exclude(
            pk__in=remaining_segments.values("string_id")
        ).exclude(pk__in=remaining_translations.values("translation_of_id"))

    def unused_templates(self):
        used_elsewhere = TemplateSegment.objects.exclude(
            source__object_id__in=self.keys
        ).values("template_id")
        return Template.objects.exclude(pk__in=used_elsewhere)

    def search_entries(self):
        from cms.search.models import SearchEntry

        return SearchEntry.objects.filter(
            Q(kind=SearchEntry.Kind.STORY)
            & (Q(translation_key__in=self.story_keys) | Q(object_id__in=self.page_ids))
        )

    def index_entries(self):
        return IndexEntry.objects.filter(
            _generic("content_type", "object_id", self.targets())
        )

    def references(self):
        return ReferenceIndex.objects.filter(
            _generic("base_content_type", "object_id", self.targets())
            | _generic("content_type", "object_id", self.targets())
            | _generic("to_content_type", "to_object_id", self.targets())
        )

    def editing_sessions(self):
        from wagtail.admin.models import EditingSession

        return EditingSession.objects.filter(
            _generic("content_type", "object_id", self.targets())
        )

    def form_states(self):
        """Unsaved edit and preview forms: of these objects, or of a new story
        or person whose text names them."""
        from urllib.parse import unquote_plus

        from wagtail.admin.models import FormState

        by_object = FormState.objects.filter(
            _generic("content_type", "object_id", self.targets())
        )
        new = FormState.objects.filter(
            object_id="", content_type__in=[_ct(StoryPage), _ct(Person)]
        )
        mentioning = [
            state.pk for state in new if self._mentions(unquote_plus(state.data))
        ]
        return FormState.objects.filter(
            Q(pk__in=by_object.values("pk")) | Q(pk__in=mentioning)
        )

    def previews(self):
        """Drafts stored for headless previews of these stories."""
        from wagtail_headless_preview.models import PagePreview

        ids = set()
        keys = {str(key) for key in self.story_keys}
        for preview in PagePreview.objects.filter(content_type=_ct(StoryPage)):
            try:
                content = json.loads(preview.content_json)
            except ValueError:
                content = {}
            if (
                content.get("pk") in self.page_ids
                or content.get("translation_key") in keys
                or self._mentions(preview.content_json)
            ):
                ids.add(preview.pk)
        return PagePreview.objects.filter(pk__in=ids)

    def redirects(self):
        from wagtail.contrib.redirects.models import Redirect

        return Redirect.objects.filter(
            Q(redirect_page_id__in=self.page_ids) | Q(old_path__in=self.old_paths)
        )

    def _mentions(self, text):
        text = (text or "").casefold()
        return any(needle.casefold() in text for needle in self.needles if needle)

    # --- the dry run's list --------------------------------------------------

    def summary(self):
        """[(kind, count, identifiers)] in the order ``erase`` goes."""

        def ids(queryset):
            return [
                str(pk) for pk in queryset.order_by("pk").values_list("pk", flat=True)
            ]

        def langs(items):
            return [f"{pk} ({code})" for pk, code in items]

        segments = self.translation_segments()
        rows = [
            ("people (every language)", langs(self.people)),
            ("story pages (every language, aliases)", langs(self.pages)),
            ("transcript segments", [str(pk) for pk in self.segment_ids]),
            ("revisions and drafts", ids(self.revisions())),
            ("workflow states", ids(self.workflow_states())),
            (
                "workflow task states",
                ids(
                    TaskState.objects.filter(workflow_state__in=self.workflow_states())
                ),
            ),
            ("comments", ids(Comment.objects.filter(page_id__in=self.page_ids))),
            (
                "page subscriptions",
                ids(PageSubscription.objects.filter(page_id__in=self.page_ids)),
            ),
            (
                "view restrictions",
                ids(PageViewRestriction.objects.filter(page_id__in=self.page_ids)),
            ),
            ("page log entries", ids(self.page_log_entries())),
            ("model log entries", ids(self.model_log_entries())),
            (
                "translatable objects (wagtail-localize)",
                [
                    str(key)
                    for key in TranslatableObject.objects.filter(
                        translation_key__in=self.keys
                    ).values_list("translation_key", flat=True)
                ],
            ),
            ("translation sources", ids(self.translation_sources())),
            (
                "translations",
                ids(Translation.objects.filter(source__in=self.translation_sources())),
            ),
            (
                "translation logs",
                ids(
                    TranslationLog.objects.filter(source__in=self.translation_sources())
                ),
            ),
            (
                "translation contexts",
                ids(TranslationContext.objects.filter(object_id__in=self.keys)),
            ),
            ("string segments", ids(segments[StringSegment])),
            ("template segments", ids(segments[TemplateSegment])),
            ("related-object segments", ids(segments[RelatedObjectSegment])),
            ("overridable segments", ids(segments[OverridableSegment])),
            ("string translations", ids(self.string_translations())),
            (
                "segment overrides",
                ids(SegmentOverride.objects.filter(context__object_id__in=self.keys)),
            ),
            ("source texts no longer used (strings)", ids(self.unused_strings())),
            ("templates no longer used", ids(self.unused_templates())),
            (
                "translation source changes",
                [
                    str(key)
                    for key in self._source_changes().values_list(
                        "translation_key", flat=True
                    )
                ],
            ),
            ("museum search entries", ids(self.search_entries())),
            ("Wagtail search index entries", ids(self.index_entries())),
            ("reference index entries", ids(self.references())),
            ("recordings (audio and video)", [str(pk) for pk in self.media_ids]),
            ("images", [str(pk) for pk in self.image_ids]),
            (
                "image renditions",
                ids(
                    get_image_model()
                    .get_rendition_model()
                    .objects.filter(image_id__in=self.image_ids)
                ),
            ),
            ("documents", [str(pk) for pk in self.document_ids]),
            ("files (after the commit)", [name for _storage, name in self.files]),
            ("editing sessions", ids(self.editing_sessions())),
            ("unsaved form states", ids(self.form_states())),
            ("headless previews", ids(self.previews())),
            ("redirects", ids(self.redirects())),
            (
                "consent records redacted and kept",
                ids(self.consent_records()),
            ),
            ("consent log entries redacted", ids(self.consent_log_entries())),
            (
                "references emptied in other content",
                [f"{label} {pk}.{name}" for label, pk, name in self.emptied],
            ),
            (
                "kept, used by other content too",
                [f"{kind} {pk}" for kind, pk in self.kept_shared],
            ),
        ]
        return [(kind, len(items), items) for kind, items in rows]

    def _source_changes(self):
        from cms.translation.models import SourceChange

        return SourceChange.objects.filter(translation_key__in=self.keys)


def _file_entries(instance, *names):
    entries = []
    for name in names:
        value = getattr(instance, name, None)
        if value and value.name:
            entries.append((value.storage, value.name))
    return entries


def _references_from_revisions(revisions, models):
    """{model: {pk}} referenced by any of ``revisions`` (their content as it
    was, not only as it is now)."""
    content_types = {
        ReferenceIndex._get_base_content_type(model).pk: model for model in models
    }
    found = defaultdict(set)
    for revision in revisions:
        try:
            instance = revision.as_object()
        except Exception:  # noqa: S112 - a revision of a removed model
            continue
        for (
            ct_id,
            object_id,
            _model_path,
            _content_path,
        ) in ReferenceIndex._extract_references_from_object(instance):
            if ct_id in content_types:
                found[content_types[ct_id]].add(str(object_id))
    return found


def plan(key) -> Plan:
    """Everything ``erase`` would touch for the person ``key``; changes nothing."""
    key = parse_key(key)
    people = list(
        Person.objects.filter(translation_key=key)
        .select_related("locale")
        .order_by("pk")
    )
    if not people:
        raise UnknownPerson(f"No person with key {key}.")
    result = Plan(key=key)
    result.people = [(person.pk, person.locale.language_code) for person in people]
    result.needles |= {person.name for person in people}
    person_ids = result.person_ids

    # The interviews: narrated on the page as stored, or in its latest draft.
    story_ct = _ct(StoryPage)
    drafted = Revision.objects.filter(
        content_type=story_ct, content__narrator__in=person_ids
    ).values_list("object_id", "pk")
    latest = dict(
        StoryPage.objects.filter(
            pk__in=[int(object_id) for object_id, _pk in drafted]
        ).values_list("pk", "latest_revision_id")
    )
    drafted_pages = [
        int(object_id) for object_id, pk in drafted if latest.get(int(object_id)) == pk
    ]
    result.story_keys = set(
        StoryPage.objects.filter(
            Q(narrator_id__in=person_ids) | Q(pk__in=drafted_pages)
        ).values_list("translation_key", flat=True)
    )
    pages = Page.objects.filter(translation_key__in=result.story_keys)
    page_ids = set(pages.values_list("pk", flat=True))
    while True:  # aliases of aliases
        aliases = set(
            Page.objects.filter(alias_of_id__in=page_ids).values_list("pk", flat=True)
        )
        if aliases <= page_ids:
            break
        page_ids |= aliases
    page_rows = list(
        Page.objects.filter(pk__in=page_ids).select_related("locale").order_by("pk")
    )
    result.pages = [(page.pk, page.locale.language_code) for page in page_rows]
    for page in page_rows:
        result.needles |= {page.title, page.draft_title}
    result.segment_ids = list(
        StorySegment.objects.filter(page_id__in=page_ids)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    page_revisions = Revision.objects.filter(
        base_content_type=_ct(Page), object_id__in=[str(pk) for pk in page_ids]
    )
    result.needles |= set(page_revisions.values_list("object_str", flat=True))
    result.old_paths = _old_paths(page_rows)

    # Media, images and documents: used now or in any revision, and by nothing
    # else (by foreign key or in the reference index).
    Image = get_image_model()
    Document = get_document_model()
    candidates = _references_from_revisions(
        page_revisions.iterator(), [MuseumMedia, Image, Document]
    )
    candidates[MuseumMedia] |= {
        str(pk)
        for pk in StoryPage.objects.filter(pk__in=page_ids)
        .exclude(recording__isnull=True)
        .values_list("recording_id", flat=True)
    }
    erased_sources = [
        ([_ct(Page), _ct(StoryPage)], list(page_ids)),
        ([_ct(Person)], person_ids),
        ([_ct(StorySegment)], result.segment_ids),
    ]
    own = {}
    for model in (MuseumMedia, Image, Document):
        own[model] = []
        for pk in (
            model.objects.filter(
                pk__in=[int(pk) for pk in candidates[model] if pk.isdigit()]
            )
            .order_by("pk")
            .values_list("pk", flat=True)
        ):
            if _used_elsewhere(model, pk, erased_sources, page_ids):
                result.kept_shared.append((model._meta.verbose_name, pk))
            else:
                own[model].append(pk)
    result.media_ids = own[MuseumMedia]
    result.image_ids = own[Image]
    result.document_ids = own[Document]

    # Files, collected now: the rows are gone when they are deleted.
    for media in MuseumMedia.objects.filter(pk__in=result.media_ids):
        result.files += _file_entries(media, "file", "thumbnail")
        result.needles.add(media.title)
    for image in Image.objects.filter(pk__in=result.image_ids):
        result.files += _file_entries(image, "file")
        for rendition in image.renditions.all():
            result.files += _file_entries(rendition, "file")
    for document in Document.objects.filter(pk__in=result.document_ids):
        result.files += _file_entries(document, "file")

    # Other content that names the person: kept, the reference emptied.
    for related in Person._meta.related_objects:
        if not related.many_to_one or related.on_delete.__name__ != "SET_NULL":
            continue
        model = related.related_model
        rows = model._base_manager.filter(
            **{f"{related.field.name}__in": person_ids}
        ).values_list("pk", flat=True)
        for pk in rows:
            if pk not in page_ids:
                result.emptied.append((model._meta.label, pk, related.field.name))
    result.needles.discard("")
    return result


def _old_paths(pages):
    from wagtail.contrib.redirects.models import Redirect

    paths = set()
    for page in pages:
        parts = page.get_url_parts()
        if parts:
            paths.add(Redirect.normalise_path(parts[2]))
    return paths


def _used_elsewhere(model, pk, erased_sources, page_ids) -> bool:
    """Whether anything but the erased objects uses ``model`` ``pk``: in
    Wagtail's reference index (blocks, rich text, foreign keys) or, in case
    the index is behind, by a foreign key."""
    references = ReferenceIndex.objects.filter(
        to_content_type=ReferenceIndex._get_base_content_type(model),
        to_object_id=str(pk),
    ).exclude(_generic("base_content_type", "object_id", erased_sources))
    if references.exists():
        return True
    rendition_model = getattr(model, "get_rendition_model", lambda: None)()
    for related in model._meta.related_objects:
        other = related.related_model
        if not (related.many_to_one or related.one_to_one) or other is rendition_model:
            continue
        rows = other._base_manager.filter(**{related.field.name: pk})
        if issubclass(other, Page):
            rows = rows.exclude(pk__in=page_ids)
        if rows.exists():
            return True
    return False


@dataclass
class Report:
    deleted: dict = field(default_factory=dict)
    files_deleted: int = 0


def erase(key, progress=None) -> Report:
    """Erase the person ``key`` (see the module docstring). The database part
    is one transaction; files go once it has committed."""
    progress = progress or (lambda message: None)
    report = Report()

    def step(label, queryset_or_count):
        if isinstance(queryset_or_count, int):
            count = queryset_or_count
        else:
            count, _detail = queryset_or_count.delete()
        report.deleted[label] = count
        progress(f"{label}: {count}")

    with transaction.atomic():
        # Lock the people: a second run waits, then finds nothing.
        list(Person.objects.select_for_update().filter(translation_key=parse_key(key)))
        the_plan = plan(key)
        progress(
            f"Erasing person {the_plan.key}: {len(the_plan.people)} language "
            f"version(s), {len(the_plan.pages)} story page(s)."
        )
        page_ids = the_plan.page_ids
        keys = the_plan.keys

        # Off the public site first, without signals that log or cascade.
        Page.objects.filter(pk__in=page_ids).update(live=False)
        step("workflow states", the_plan.workflow_states())
        step("page log entries", the_plan.page_log_entries())
        step("model log entries", the_plan.model_log_entries())

        # wagtail-localize: segments protect their contexts, so they go first.
        own_strings = the_plan.own_strings()
        for model, queryset in the_plan.translation_segments().items():
            step(str(model._meta.verbose_name_plural), queryset)
        step("string translations", the_plan.string_translations(own_strings))
        step(
            "segment overrides",
            SegmentOverride.objects.filter(context__object_id__in=keys),
        )
        step(
            "translatable objects, sources, translations, logs and contexts",
            TranslatableObject.objects.filter(translation_key__in=keys),
        )
        step("translation source changes", the_plan._source_changes())

        step("museum search entries", the_plan.search_entries())
        step("Wagtail search index entries", the_plan.index_entries())
        step("revisions and drafts", the_plan.revisions())

        deleted_pages = 0
        for pk in (
            Page.objects.filter(pk__in=page_ids)
            .order_by("-depth", "pk")
            .values_list("pk", flat=True)
        ):
            page = Page.objects.filter(pk=pk).first()
            if page is not None:
                page.specific.delete()
                deleted_pages += 1
        step("story pages", deleted_pages)

        deleted_people = 0
        for person in Person.objects.filter(pk__in=the_plan.person_ids):
            person.delete()
            deleted_people += 1
        step("people", deleted_people)

        files = list(the_plan.files)
        Image = get_image_model()
        for rendition in Image.get_rendition_model().objects.filter(
            image_id__in=the_plan.image_ids
        ):
            files += _file_entries(rendition, "file")
        step("recordings", MuseumMedia.objects.filter(pk__in=the_plan.media_ids))
        step("images and renditions", Image.objects.filter(pk__in=the_plan.image_ids))
        step(
            "documents",
            get_document_model().objects.filter(pk__in=the_plan.document_ids),
        )

        step("reference index entries", the_plan.references())
        step("editing sessions", the_plan.editing_sessions())
        step("unsaved form states", the_plan.form_states())
        step("headless previews", the_plan.previews())
        step("redirects", the_plan.redirects())

        # Texts and templates nothing uses any more.
        step(
            "source texts no longer used",
            String.objects.filter(segments__isnull=True, translations__isnull=True),
        )
        step(
            "templates no longer used",
            Template.objects.filter(segments__isnull=True),
        )

        # The proof of withdrawal, without identity.
        note = WITHDRAWAL_NOTE.format(
            person_key=the_plan.key, date=timezone.localdate().isoformat()
        )
        records = list(the_plan.consent_records())
        for record in records:
            record.access_level = StoryAccess.Level.RESTRICTED
            record.embargo_until = None
            record.consent_scope = note
            record.save()
        redacted_logs = ModelLogEntry.objects.filter(
            content_type=_ct(StoryAccess),
            object_id__in=[str(record.pk) for record in records],
        )
        for entry in redacted_logs:
            record = next(r for r in records if str(r.pk) == entry.object_id)
            entry.label = str(record)
            entry.data = {}
            entry.save(update_fields=["label", "data"])
        step("consent records redacted (kept)", len(records))

        # Anything a signal handler logged or indexed on the way.
        step("log entries written while erasing", the_plan.page_log_entries())
        step("model log entries written while erasing", the_plan.model_log_entries())
        step("search entries written while erasing", the_plan.search_entries())
        generation.bump()

        def delete_files():
            for storage, name in files:
                try:
                    if storage.exists(name):
                        storage.delete(name)
                        report.files_deleted += 1
                except OSError as error:  # pragma: no cover - a full or read-only disk
                    progress(f"could not delete file {name}: {error}")
            progress(f"files deleted: {report.files_deleted}")

        transaction.on_commit(delete_files)
    return report
