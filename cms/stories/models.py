"""Oral histories: one interview per page, its time-coded transcript segments,
and the consent record that decides what of it the public may see."""

import re
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import (
    Orderable,
    Page,
    PageViewRestriction,
    TranslatableMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core import edtf, languages
from cms.core.headless_preview import HeadlessPreviewPage
from cms.core.models import (
    BasePage,
    ListedPage,
    SectionIndexPage,
    listed_under,
    page_translatable_fields,
)
from cms.core.models.pages import INTRODUCTION_FEATURES
from cms.core.page_permissions import MuseumPagePermissionTester
from cms.stories.forms import StoryPageForm
from cms.stories.spoken_languages import language_name, validate_language_code


class StoryAccess(models.Model):
    """Consent and access for one interview, shared by all its language versions.

    Kept apart from the page so that it takes effect the moment an archivist
    saves it — no publishing, no translation sync — and can never differ
    between languages. A story without a record is restricted.
    """

    class Level(models.TextChoices):
        PUBLIC = "public", _("Public")
        METADATA = "metadata", _("Record only (no recording or transcript)")
        RESTRICTED = "restricted", _("Restricted")

    translation_key = models.UUIDField(unique=True, editable=False)
    access_level = models.CharField(
        _("access level"),
        max_length=20,
        choices=Level.choices,
        default=Level.RESTRICTED,
    )
    embargo_until = models.DateField(
        _("embargoed until"),
        null=True,
        blank=True,
        help_text=_("Nothing of the story is public before this date."),
    )
    consent_date = models.DateField(_("consent date"), null=True, blank=True)
    consent_scope = models.TextField(
        _("consent scope"),
        blank=True,
        help_text=_("What the narrator agreed to, in their words."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("access_level"),
        FieldPanel("embargo_until"),
        FieldRowPanel([FieldPanel("consent_date")]),
        FieldPanel("consent_scope"),
    ]

    class Meta:
        verbose_name = _("consent and access")
        verbose_name_plural = _("consent and access records")

    def __str__(self):
        story = (
            StoryPage.objects.filter(translation_key=self.translation_key)
            .order_by("pk")
            .first()
        )
        return f"{story.title if story else self.translation_key} · {self.get_access_level_display()}"

    @property
    def embargoed(self) -> bool:
        return (
            self.embargo_until is not None and self.embargo_until > timezone.localdate()
        )

    @property
    def record_is_public(self) -> bool:
        return self.access_level != self.Level.RESTRICTED and not self.embargoed

    @property
    def content_is_public(self) -> bool:
        return self.access_level == self.Level.PUBLIC and not self.embargoed


def consent_allows_publishing(story) -> bool:
    """Whether publishing ``story`` would show only what its narrator agreed to:
    its consent record is public (public or record only, no embargo) and no
    language version of it, nor any of their ancestors, has a view restriction.
    Whether the page is live does not matter: that is what publishing changes."""
    access = StoryAccess.objects.filter(translation_key=story.translation_key).first()
    if access is None or not access.record_is_public:
        return False
    steplen = Page.steplen
    ancestor_paths = {
        path[:end]
        for path in Page.objects.filter(
            translation_key=story.translation_key
        ).values_list("path", flat=True)
        for end in range(steplen, len(path) + 1, steplen)
    }
    return not PageViewRestriction.objects.filter(
        page__path__in=ancestor_paths
    ).exists()


class StoryPagePermissionTester(MuseumPagePermissionTester):
    """The museum's page rules, plus one for interviews: publishing,
    unpublishing, moving, deleting, scheduling or restricting a story whose
    consent does not allow it to be public (``consent_allows_publishing``) is
    for archivists (who hold ``stories.change_storyaccess``) and superusers: a
    translator's or an editor's work on it stays a draft until an archivist
    records consent."""

    def _decides_consent(self) -> bool:
        return self.user.is_superuser or self.user.has_perm(
            "stories.change_storyaccess"
        )

    def _may_change_visibility(self) -> bool:
        if not hasattr(self, "_visibility_allowed"):
            self._visibility_allowed = self._decides_consent() or (
                consent_allows_publishing(self.page)
            )
        return self._visibility_allowed

    def can_publish(self):
        return super().can_publish() and self._may_change_visibility()

    def can_unpublish(self):
        return super().can_unpublish() and self._may_change_visibility()

    def can_delete(self, ignore_bulk=False):
        return (
            super().can_delete(ignore_bulk=ignore_bulk)
            and self._may_change_visibility()
        )


class StoryIndexPage(SectionIndexPage):
    """The oral-history section: lists the interviews the public may see."""

    per_page = 12

    parent_page_types = ["core.HomePage"]
    subpage_types = ["stories.StoryPage"]
    template = "stories/story_index_page.html"

    search_fields = SectionIndexPage.search_fields
    api_fields = SectionIndexPage.api_fields
    translatable_fields = page_translatable_fields(TranslatableField("introduction"))

    class Meta:
        verbose_name = _("story index page")

    def get_context(self, request, *args, **kwargs):
        from cms.core.visibility import public_stories

        context = super().get_context(request, *args, **kwargs)
        stories = (
            public_stories(listed_under(StoryPage.objects.all(), self))
            .select_related("narrator", "recorded_place")
            .order_by("-recorded_year", "sort_title", "pk")
        )
        context["page_obj"] = Paginator(stories, self.per_page).get_page(
            request.GET.get("page")
        )
        return context


class StoryPage(HeadlessPreviewPage, ListedPage):
    """One recorded interview: who speaks, when and where, and what they say."""

    narrator = models.ForeignKey(
        "core.Person",
        verbose_name=_("narrator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    interviewer = models.ForeignKey(
        "core.Person",
        verbose_name=_("interviewer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_date = models.CharField(
        _("recorded on (EDTF)"),
        max_length=40,
        blank=True,
        validators=[edtf.validate_edtf],
        help_text=edtf.EDTF_HELP,
    )
    recorded_year = models.IntegerField(null=True, editable=False, db_index=True)
    recorded_place = models.ForeignKey(
        "core.Place",
        verbose_name=_("recorded at"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    original_language = models.CharField(
        _("spoken language (ISO 639-3)"),
        max_length=3,
        validators=[validate_language_code],
        help_text=_(
            "The language of the interview: ary (Darija), rif, shi, tzm, zgh, fra…"
        ),
    )
    recording = models.ForeignKey(
        "core.MuseumMedia",
        verbose_name=_("recording"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = RichTextField(_("summary"), features=INTRODUCTION_FEATURES)

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []
    template = "stories/story_page.html"
    base_form_class = StoryPageForm

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("narrator"), FieldPanel("interviewer")]),
                FieldRowPanel(
                    [FieldPanel("recorded_date"), FieldPanel("recorded_place")]
                ),
                FieldPanel("original_language"),
                FieldPanel("recording"),
            ],
            heading=_("The interview"),
        ),
        HelpPanel(
            content=_(
                "Who may see this story is decided by its consent and access record "
                "(Oral histories → Consent and access), which only archivists can change. "
                "A new story stays restricted until an archivist records consent."
            )
        ),
        InlinePanel("segments", label=_("transcript segments")),
        InlinePanel("story_places", label=_("places")),
        InlinePanel("story_themes", label=_("themes")),
        InlinePanel("related_exhibits", label=_("related exhibits")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.FilterField("original_language"),
        index.FilterField("recorded_year"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("recorded_date"),
        APIField("original_language"),
    ]
    translatable_fields = page_translatable_fields(
        TranslatableField("summary"),
        SynchronizedField("narrator"),
        SynchronizedField("interviewer"),
        SynchronizedField("recorded_date"),
        SynchronizedField("recorded_place"),
        SynchronizedField("original_language"),
        SynchronizedField("recording"),
        TranslatableField("segments"),
        SynchronizedField("story_places"),
        SynchronizedField("story_themes"),
        SynchronizedField("related_exhibits"),
    )

    class Meta:
        verbose_name = _("oral history")
        verbose_name_plural = _("oral histories")
        indexes = [
            models.Index(
                fields=["sort_locale_id", "-recorded_year", "sort_title", "page_ptr"],
                name="story_listing_order",
            )
        ]

    def save(self, *args, **kwargs):
        self.recorded_year = edtf.year_range(self.recorded_date)[0]
        super().save(*args, **kwargs)
        # Every story has a consent record; until an archivist fills it, restricted.
        StoryAccess.objects.get_or_create(translation_key=self.translation_key)

    def clean(self):
        super().clean()
        duration = (
            self.recording.duration if self.recording_id and self.recording else None
        )
        errors = segment_errors(
            [(segment.start, segment.end) for segment in self.segments.all()], duration
        )
        if errors:
            raise ValidationError(
                {"__all__": [message for _index, _field, message in errors]}
            )

    def permissions_for_user(self, user):
        return StoryPagePermissionTester(user, self)

    @property
    def access(self) -> StoryAccess:
        if not hasattr(self, "_access"):
            self._access = StoryAccess.objects.filter(
                translation_key=self.translation_key
            ).first()
        return self._access or StoryAccess(translation_key=self.translation_key)

    def public_related_exhibits(self):
        """The linked exhibits in this story's language, as the public sees them."""
        from cms.core.visibility import public_pages
        from cms.exhibits.models import ExhibitPage

        keys = [
            link.exhibit.translation_key
            for link in self.related_exhibits.select_related("exhibit")
        ]
        return list(
            public_pages(
                ExhibitPage.objects.filter(translation_key__in=keys, locale=self.locale)
            )
        )

    @property
    def original_language_name(self):
        return language_name(self.original_language)

    def serve(self, request, *args, **kwargs):
        from django.http import Http404

        from cms.core.visibility import is_public

        # Restricted or embargoed: the same 404 as a page that does not exist.
        if not is_public(self):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from cms.core.visibility import story_content_is_public
        from cms.stories.queries import attach_relations

        context = super().get_context(request, *args, **kwargs)
        # The same localized people, place and themes as the API shows.
        attach_relations([self], self.locale.language_code)
        content_public = story_content_is_public(self)
        tracks = []
        if content_public:
            for version in (
                self.get_translations(inclusive=True).live().select_related("locale")
            ):
                version_code = version.locale.language_code
                tracks.append(
                    {
                        "language": languages.get_language(version_code),
                        "url": reverse(
                            "api-v1:story-captions",
                            kwargs={"key": self.translation_key},
                        )
                        + f"?locale={version_code}",
                    }
                )
        context.update(
            content_public=content_public,
            caption_tracks=tracks,
            related_exhibits=self.public_related_exhibits(),
            segments=list(self.segments.all()),
            narrator=self.localized_narrator,
            interviewer=self.localized_interviewer,
            recorded_place=self.localized_place,
            themes=self.localized_themes,
        )
        return context


def segment_errors(spans, duration=None):
    """Problems with the time codes ``spans`` [(start, end)], in order.

    Returns ``[(index, field, message)]``: end after start, no overlap with the
    previous segment, within the recording's ``duration`` when it is known.
    """
    errors = []
    previous_end = None
    ordered = sorted(
        (
            (position, start, end)
            for position, (start, end) in enumerate(spans)
            if start is not None
        ),
        key=lambda item: item[1],
    )
    for position, start, end in ordered:
        if end is None or end <= start:
            errors.append((position, "end", _("A segment must end after it starts.")))
        if previous_end is not None and start < previous_end:
            errors.append(
                (position, "start", _("This segment overlaps the one before it."))
            )
        if (
            duration
            and end is not None
            and Decimal(str(end)) > Decimal(str(duration)) + Decimal("0.5")
        ):
            errors.append(
                (
                    position,
                    "end",
                    _("This segment ends after the recording (%(duration)s s).")
                    % {"duration": round(duration, 1)},
                )
            )
        previous_end = end if end is not None else previous_end
    return errors


class StorySegment(TranslatableMixin, Orderable):
    """A stretch of the interview. Time codes are the same in every language;
    the text is that language's transcript of it."""

    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="segments")
    start = models.DecimalField(
        _("start (seconds)"),
        max_digits=9,
        decimal_places=3,
        validators=[MinValueValidator(0)],
    )
    end = models.DecimalField(
        _("end (seconds)"),
        max_digits=9,
        decimal_places=3,
        validators=[MinValueValidator(0)],
    )
    speaker = models.CharField(_("speaker"), max_length=120, blank=True)
    title = models.CharField(_("title"), max_length=200, blank=True)
    text = models.TextField(_("transcript"))
    keywords = models.CharField(
        _("keywords"), max_length=255, blank=True, help_text=_("Separated by commas.")
    )

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end"), FieldPanel("speaker")]),
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("keywords"),
    ]
    translatable_fields = [
        SynchronizedField("start"),
        SynchronizedField("end"),
        TranslatableField("speaker"),
        TranslatableField("title"),
        TranslatableField("text"),
        TranslatableField("keywords"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("segment")

    def keyword_list(self):
        # Latin and Tifinagh use ",", Arabic "،".
        return [
            word.strip() for word in re.split(r"[,،]", self.keywords) if word.strip()
        ]


class StoryPlace(Orderable):
    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="story_places")
    place = models.ForeignKey("core.Place", on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("place")]


class StoryTheme(Orderable):
    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="story_themes")
    theme = models.ForeignKey("core.Theme", on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("theme")]


class StoryExhibit(Orderable):
    """A story may link exhibits: the documented relation between the two apps."""

    page = ParentalKey(
        StoryPage, on_delete=models.CASCADE, related_name="related_exhibits"
    )
    exhibit = models.ForeignKey(
        "exhibits.ExhibitPage", on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("exhibit")]
