"""Exhibits and the museum objects they show."""

import uuid

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.shortcuts import render
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core import edtf, languages
from cms.core.blocks import CaptionedImageBlock, MuseumStreamBlock
from cms.core.headless_preview import HeadlessPreviewPage
from cms.core.localization import localize
from cms.core.models import (
    BasePage,
    ListedPage,
    SectionIndexPage,
    page_translatable_fields,
)
from cms.core.models.pages import INTRODUCTION_FEATURES
from cms.core.rights import DEFAULT_RIGHTS, RIGHTS_CHOICES
from cms.core.visibility import public_pages


def accession_slug(accession_number):
    return slugify(accession_number.replace(".", "-"))


class MuseumObject(TranslatableMixin, index.Indexed, ClusterableModel):
    """A thing the museum holds or borrows: a passport, a contract, a suitcase."""

    accession_number = models.CharField(
        _("accession number"),
        max_length=64,
        help_text=_("The museum's inventory number, e.g. MMM.2026.1.4."),
    )
    # URL form of the accession number ("MMM.2026.1.4" → "mmm-2026-1-4"):
    # Wagtail's page routes accept only letters, digits, "-" and "_".
    slug = models.SlugField(max_length=80, editable=False, db_index=True)
    title = models.CharField(_("title"), max_length=255)
    description = RichTextField(
        _("description"), features=INTRODUCTION_FEATURES, blank=True
    )
    date = models.CharField(
        _("date (EDTF)"),
        max_length=40,
        blank=True,
        validators=[edtf.validate_edtf],
        help_text=edtf.EDTF_HELP,
    )
    date_start_year = models.IntegerField(null=True, editable=False, db_index=True)
    date_end_year = models.IntegerField(null=True, editable=False, db_index=True)
    place = models.ForeignKey(
        "core.Place",
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = ParentalManyToManyField(
        "core.Theme", verbose_name=_("themes"), blank=True, related_name="+"
    )
    materials = models.CharField(_("materials"), max_length=255, blank=True)
    dimensions = models.CharField(_("dimensions"), max_length=120, blank=True)
    provenance = models.TextField(_("provenance"), blank=True)
    credit_line = models.CharField(_("credit line"), max_length=255, blank=True)
    rights = models.CharField(
        _("rights statement"),
        max_length=100,
        choices=RIGHTS_CHOICES,
        default=DEFAULT_RIGHTS,
    )
    images = StreamField(
        [("image", CaptionedImageBlock())], blank=True, verbose_name=_("images")
    )

    panels = [
        FieldRowPanel([FieldPanel("accession_number"), FieldPanel("date")]),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("images"),
        MultiFieldPanel(
            [
                FieldPanel("place"),
                FieldPanel("themes"),
                FieldPanel("materials"),
                FieldPanel("dimensions"),
            ],
            heading=_("Description of the object"),
        ),
        MultiFieldPanel(
            [FieldPanel("provenance"), FieldPanel("credit_line"), FieldPanel("rights")],
            heading=_("Provenance and rights"),
        ),
    ]
    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("accession_number"),
        index.SearchField("description"),
        index.SearchField("materials"),
        index.FilterField("accession_number"),
        index.FilterField("date_start_year"),
        index.FilterField("date_end_year"),
        index.FilterField("locale"),
    ]
    translatable_fields = [
        SynchronizedField("accession_number"),
        TranslatableField("title"),
        TranslatableField("description"),
        SynchronizedField("date"),
        SynchronizedField("place"),
        SynchronizedField("themes"),
        TranslatableField("materials"),
        SynchronizedField("dimensions"),
        TranslatableField("provenance"),
        TranslatableField("credit_line"),
        SynchronizedField("rights"),
        TranslatableField("images"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("museum object")
        verbose_name_plural = _("museum objects")
        ordering = ["accession_number"]
        constraints = [
            models.UniqueConstraint(
                fields=["accession_number", "locale"],
                name="unique_accession_number_per_locale",
            )
        ]

    def __str__(self):
        return f"{self.accession_number} · {self.title}"

    def clean(self):
        super().clean()
        clash = MuseumObject.objects.filter(
            slug=accession_slug(self.accession_number), locale_id=self.locale_id
        ).exclude(translation_key=self.translation_key)
        if self.accession_number and self.locale_id and clash.exists():
            raise ValidationError(
                {
                    "accession_number": _(
                        "Another object already has this accession number."
                    )
                }
            )

    def save(self, *args, **kwargs):
        self.slug = accession_slug(self.accession_number)
        self.date_start_year, self.date_end_year = edtf.year_range(self.date)
        super().save(*args, **kwargs)

    @property
    def date_display(self):
        return edtf.display(self.date)


class ExhibitIndexPage(RoutablePageMixin, SectionIndexPage):
    """The exhibits section: lists exhibits, with filters, and shows objects."""

    per_page = 12

    parent_page_types = ["core.HomePage"]
    subpage_types = ["exhibits.ExhibitPage"]
    template = "exhibits/exhibit_index_page.html"

    search_fields = SectionIndexPage.search_fields
    api_fields = SectionIndexPage.api_fields
    translatable_fields = page_translatable_fields(TranslatableField("introduction"))

    class Meta:
        verbose_name = _("exhibit index page")

    def get_context(self, request, *args, **kwargs):
        from cms.core.models import Place, Theme
        from cms.exhibits import queries

        context = super().get_context(request, *args, **kwargs)
        filters = self.listing_filters(request.GET)
        exhibits = queries.filter_exhibits(
            queries.public_exhibits(parent=self),
            theme=filters.get("theme"),
            place=filters.get("place"),
            period_from=filters.get("period_from"),
            period_to=filters.get("period_to"),
        )
        page_obj = Paginator(exhibits, self.per_page).get_page(request.GET.get("page"))
        page_obj.object_list = queries.attach_places(
            page_obj.object_list, self.locale.language_code
        )
        context.update(
            page_obj=page_obj,
            filters=filters,
            themes=Theme.objects.filter(locale=self.locale).order_by("name"),
            places=Place.objects.filter(locale=self.locale).order_by("name"),
        )
        return context

    @staticmethod
    def listing_filters(params):
        """The valid filters in a query string; a public page ignores bad ones."""
        filters = {}
        for name in ("theme", "place"):
            try:
                filters[name] = uuid.UUID(params.get(name, ""))
            except ValueError:
                continue
        for name in ("period_from", "period_to"):
            value = params.get(name, "")
            if value.isdigit() and len(value) <= 4:
                filters[name] = int(value)
        return filters

    @path("objects/<slug:object_slug>/", name="object")
    def object_detail(self, request, object_slug):
        from django.http import Http404

        from cms.exhibits import queries

        code = self.locale.language_code
        source = MuseumObject.objects.filter(slug=object_slug).first()
        if source is None:
            raise Http404
        (museum_object,) = localize([source], code)
        (museum_object,) = queries.attach_object_relations([museum_object], code)
        exhibits = public_pages(
            ExhibitPage.objects.filter(
                locale=self.locale,
                exhibit_objects__museum_object__translation_key=source.translation_key,
            )
        ).distinct()
        return render(
            request,
            "exhibits/museum_object.html",
            {
                "page": self,
                "museum_object": museum_object,
                "exhibits": exhibits,
                "shown_in_other_language": museum_object.locale_id != self.locale_id,
                "object_language": languages.get_language(
                    museum_object.locale.language_code
                ),
            },
        )

    def object_url(self, accession_number, request=None):
        """Full URL of an object's page in this section's language."""
        return self.get_full_url(request) + self.reverse_subpage(
            "object", kwargs={"object_slug": accession_slug(accession_number)}
        )


class ExhibitPage(HeadlessPreviewPage, ListedPage):
    """A curated exhibit: a narrative told through objects and images."""

    introduction = RichTextField(_("introduction"), features=INTRODUCTION_FEATURES)
    hero_image = models.ForeignKey(
        "core.MuseumImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    curator = models.ForeignKey(
        "core.Person",
        verbose_name=_("curator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    period_start = models.CharField(
        _("period start (EDTF)"),
        max_length=40,
        validators=[edtf.validate_edtf],
        help_text=edtf.EDTF_HELP,
    )
    period_end = models.CharField(
        _("period end (EDTF)"),
        max_length=40,
        blank=True,
        validators=[edtf.validate_edtf],
    )
    period_start_year = models.IntegerField(null=True, editable=False, db_index=True)
    period_end_year = models.IntegerField(null=True, editable=False, db_index=True)
    body = StreamField(MuseumStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["exhibits.ExhibitIndexPage"]
    subpage_types = []
    template = "exhibits/exhibit_page.html"

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                FieldPanel("curator"),
                InlinePanel("exhibit_places", label=_("places")),
                InlinePanel("exhibit_themes", label=_("themes")),
            ],
            heading=_("Period, people and places"),
        ),
        FieldPanel("body"),
        InlinePanel("exhibit_objects", label=_("objects")),
        InlinePanel("related_pages", label=_("related stories and knowledge")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction", boost=2),
        index.SearchField("body"),
        index.FilterField("period_start_year"),
        index.FilterField("period_end_year"),
    ]
    api_fields = [
        APIField("introduction"),
        APIField("hero_image"),
        APIField("period_start"),
        APIField("period_end"),
        APIField("period_start_year"),
        APIField("period_end_year"),
        APIField("body"),
    ]
    translatable_fields = page_translatable_fields(
        TranslatableField("introduction"),
        SynchronizedField("hero_image"),
        SynchronizedField("curator"),
        SynchronizedField("period_start"),
        SynchronizedField("period_end"),
        TranslatableField("body"),
        SynchronizedField("exhibit_places"),
        SynchronizedField("exhibit_themes"),
        SynchronizedField("exhibit_objects"),
        SynchronizedField("related_pages"),
    )

    class Meta:
        verbose_name = _("exhibit")
        indexes = [
            models.Index(
                fields=[
                    "sort_locale_id",
                    "period_start_year",
                    "sort_title",
                    "page_ptr",
                ],
                name="exhibit_listing_order",
            )
        ]

    def clean(self):
        super().clean()
        try:
            start = edtf.parse(self.period_start) if self.period_start else None
            end = edtf.parse(self.period_end) if self.period_end else None
        except ValidationError:
            return  # the field validators report it
        if start and end and end.end < start.start:
            raise ValidationError(
                {"period_end": _("The period ends before it starts.")}
            )

    def save(self, *args, **kwargs):
        self.period_start_year = edtf.year_range(self.period_start)[0]
        self.period_end_year = edtf.year_range(self.period_end or self.period_start)[1]
        super().save(*args, **kwargs)

    @property
    def period_display(self):
        start = edtf.display(self.period_start)
        if not self.period_end or self.period_end == self.period_start:
            return start
        return edtf.display(f"{self.period_start}/{self.period_end}")

    def get_context(self, request, *args, **kwargs):
        from cms.exhibits import queries

        context = super().get_context(request, *args, **kwargs)
        queries.exhibit_detail_relations(self, self.locale.language_code)
        context["index_page"] = self.get_parent().specific
        return context


class ExhibitPlace(Orderable):
    page = ParentalKey(
        ExhibitPage, on_delete=models.CASCADE, related_name="exhibit_places"
    )
    place = models.ForeignKey("core.Place", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("place")]


class ExhibitTheme(Orderable):
    page = ParentalKey(
        ExhibitPage, on_delete=models.CASCADE, related_name="exhibit_themes"
    )
    theme = models.ForeignKey("core.Theme", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("theme")]


class ExhibitObject(Orderable):
    page = ParentalKey(
        ExhibitPage, on_delete=models.CASCADE, related_name="exhibit_objects"
    )
    museum_object = models.ForeignKey(
        MuseumObject,
        verbose_name=_("object"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("museum_object")]


class ExhibitRelatedPage(Orderable):
    """A story or knowledge page linked from an exhibit (the documented cross-app relation)."""

    page = ParentalKey(
        ExhibitPage, on_delete=models.CASCADE, related_name="related_pages"
    )
    related_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("related_page")]
