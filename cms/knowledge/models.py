"""Peer-exchange knowledge: practices, case studies and the events where
institutions that work with their diasporas exchange them."""

from django.contrib.postgres.fields import ArrayField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core.blocks import MuseumStreamBlock
from cms.core.headless_preview import HeadlessPreviewPage
from cms.core.models import (
    BasePage,
    ListedPage,
    SectionIndexPage,
    page_translatable_fields,
)
from cms.core.models.pages import INTRODUCTION_FEATURES
from cms.core.models.taxonomy import country_code_validator

SDG_NAMES = {
    1: _("No poverty"),
    2: _("Zero hunger"),
    3: _("Good health and well-being"),
    4: _("Quality education"),
    5: _("Gender equality"),
    6: _("Clean water and sanitation"),
    7: _("Affordable and clean energy"),
    8: _("Decent work and economic growth"),
    9: _("Industry, innovation and infrastructure"),
    10: _("Reduced inequalities"),
    11: _("Sustainable cities and communities"),
    12: _("Responsible consumption and production"),
    13: _("Climate action"),
    14: _("Life below water"),
    15: _("Life on land"),
    16: _("Peace, justice and strong institutions"),
    17: _("Partnerships for the goals"),
}


class KeyLessonsBlock(blocks.StructBlock):
    """What the institution would tell a peer before they start."""

    lessons = blocks.ListBlock(blocks.TextBlock(label=_("lesson")), min_num=1)

    def get_api_representation(self, value, context=None):
        return {"lessons": list(value["lessons"])}

    class Meta:
        icon = "tick-inverse"
        template = "blocks/key_lessons_block.html"
        description = _("A short list of key lessons.")


class IndicatorBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=200, label=_("indicator"))
    value = blocks.CharBlock(max_length=60, label=_("result"))


class IndicatorsBlock(blocks.StructBlock):
    """Results and indicators, as a two-column table."""

    rows = blocks.ListBlock(IndicatorBlock(), min_num=1)

    def get_api_representation(self, value, context=None):
        return {
            "rows": [
                {"label": row["label"], "value": row["value"]} for row in value["rows"]
            ]
        }

    class Meta:
        icon = "table"
        template = "blocks/indicators_block.html"
        description = _("A table of results and indicators.")


class KnowledgeStreamBlock(MuseumStreamBlock):
    key_lessons = KeyLessonsBlock()
    indicators = IndicatorsBlock()


class KnowledgeIndexPage(RoutablePageMixin, SectionIndexPage):
    """The peer-exchange section: practices, case studies and exchanges."""

    per_page = 10

    parent_page_types = ["core.HomePage"]
    subpage_types = ["knowledge.KnowledgePage", "knowledge.PeerExchangeEvent"]
    template = "knowledge/knowledge_index_page.html"

    search_fields = SectionIndexPage.search_fields
    api_fields = SectionIndexPage.api_fields
    translatable_fields = page_translatable_fields(TranslatableField("introduction"))

    class Meta:
        verbose_name = _("knowledge index page")

    def get_context(self, request, *args, **kwargs):
        from django.core.paginator import Paginator

        from cms.knowledge import queries

        context = super().get_context(request, *args, **kwargs)
        code = self.locale.language_code
        filters = queries.listing_filters(request.GET)
        base = queries.public_knowledge(code, parent=self)
        pages = queries.filter_knowledge(base, **filters)
        page_obj = Paginator(pages, self.per_page).get_page(request.GET.get("page"))
        page_obj.object_list = queries.attach_relations(page_obj.object_list, code)
        context.update(
            page_obj=page_obj,
            filters=filters,
            facets=queries.facets(base, filters, code),
            query_without_page=queries.querystring(filters),
        )
        return context

    @path("institutions/<int:institution_id>/", name="institution")
    def institution(self, request, institution_id):
        from django.http import Http404
        from django.shortcuts import render

        from cms.core.localization import localize
        from cms.core.models import Institution
        from cms.knowledge import queries

        source = Institution.objects.filter(pk=institution_id).first()
        if source is None:
            raise Http404
        code = self.locale.language_code
        (institution,) = localize([source], code)
        pages = queries.filter_knowledge(
            queries.public_knowledge(code, parent=self),
            institution=source.translation_key,
        )
        return render(
            request,
            "knowledge/institution.html",
            {
                "page": self,
                "institution": institution,
                "contributions": queries.attach_relations(pages, code),
                "events": queries.public_events(code)
                .filter(
                    models.Q(host__translation_key=source.translation_key)
                    | models.Q(
                        participants__institution__translation_key=source.translation_key
                    )
                )
                .distinct(),
            },
        )


class KnowledgePage(HeadlessPreviewPage, ListedPage):
    """A practice, case study or lesson that one institution shares with peers."""

    class Kind(models.TextChoices):
        GOOD_PRACTICE = "good-practice", _("Good practice")
        CASE_STUDY = "case-study", _("Case study")
        POLICY_BRIEF = "policy-brief", _("Policy brief")
        LESSON_LEARNED = "lesson-learned", _("Lesson learned")
        TOOLKIT = "toolkit", _("Toolkit")
        TRAINING_MATERIAL = "training-material", _("Training material")

    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    summary = RichTextField(_("summary"), features=INTRODUCTION_FEATURES)
    countries = ArrayField(
        models.CharField(max_length=2, validators=[country_code_validator]),
        verbose_name=_("countries"),
        default=list,
        blank=True,
        help_text=_("Two-letter ISO 3166-1 codes, separated by commas: MA, SN, TN."),
    )
    sdgs = ArrayField(
        models.PositiveSmallIntegerField(
            validators=[MinValueValidator(1), MaxValueValidator(17)]
        ),
        verbose_name=_("Sustainable Development Goals"),
        default=list,
        blank=True,
        help_text=_("Numbers from 1 to 17, separated by commas."),
    )
    contact_institution = models.ForeignKey(
        "core.Institution",
        verbose_name=_("contact institution"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published_on = models.DateField(_("publication date"), null=True, blank=True)
    body = StreamField(KnowledgeStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types = []
    template = "knowledge/knowledge_page.html"

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("published_on")]),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                InlinePanel("page_institutions", label=_("institutions involved")),
                FieldPanel("contact_institution"),
                FieldPanel("countries"),
                InlinePanel("page_themes", label=_("themes")),
                FieldPanel("sdgs"),
            ],
            heading=_("Who, where, what"),
        ),
        FieldPanel("body"),
        InlinePanel("attachments", label=_("attachments")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("kind"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("summary"),
        APIField("countries"),
        APIField("sdgs"),
        APIField("body"),
    ]
    translatable_fields = page_translatable_fields(
        SynchronizedField("kind"),
        TranslatableField("summary"),
        SynchronizedField("countries"),
        SynchronizedField("sdgs"),
        SynchronizedField("contact_institution"),
        SynchronizedField("published_on"),
        TranslatableField("body"),
        SynchronizedField("page_institutions"),
        SynchronizedField("page_themes"),
        SynchronizedField("attachments"),
    )

    class Meta:
        verbose_name = _("knowledge page")
        indexes = [
            models.Index(
                fields=["sort_locale_id", "-published_on", "sort_title", "page_ptr"],
                name="knowledge_listing_order",
            )
        ]

    def sdg_list(self):
        return [
            {"number": number, "name": SDG_NAMES.get(number, "")}
            for number in self.sdgs
        ]

    def get_context(self, request, *args, **kwargs):
        from cms.knowledge import queries

        context = super().get_context(request, *args, **kwargs)
        queries.knowledge_detail_relations(self, self.locale.language_code)
        return context


class KnowledgeInstitution(Orderable):
    page = ParentalKey(
        KnowledgePage, on_delete=models.CASCADE, related_name="page_institutions"
    )
    institution = models.ForeignKey(
        "core.Institution", on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("institution")]


class KnowledgeTheme(Orderable):
    page = ParentalKey(
        KnowledgePage, on_delete=models.CASCADE, related_name="page_themes"
    )
    theme = models.ForeignKey("core.Theme", on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("theme")]


class KnowledgeAttachment(Orderable):
    """A report, slides or toolkit file (a Wagtail document)."""

    page = ParentalKey(
        KnowledgePage, on_delete=models.CASCADE, related_name="attachments"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("document")]


class PeerExchangeEvent(BasePage):
    """A study visit, workshop or webinar where institutions exchanged practices."""

    class Kind(models.TextChoices):
        STUDY_VISIT = "study-visit", _("Study visit")
        WORKSHOP = "workshop", _("Workshop")
        WEBINAR = "webinar", _("Webinar")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    place = models.ForeignKey(
        "core.Place",
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    host = models.ForeignKey(
        "core.Institution",
        verbose_name=_("host"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = RichTextField(_("summary"), features=INTRODUCTION_FEATURES, blank=True)
    agenda = StreamField(
        [("item", blocks.CharBlock(max_length=255, label=_("agenda item")))],
        blank=True,
        verbose_name=_("agenda"),
    )
    outcomes = RichTextField(_("outcomes"), features=INTRODUCTION_FEATURES, blank=True)

    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types = []
    template = "knowledge/peer_exchange_event.html"

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel(
            [FieldPanel("kind"), FieldPanel("start_date"), FieldPanel("end_date")]
        ),
        FieldRowPanel([FieldPanel("place"), FieldPanel("host")]),
        FieldPanel("summary"),
        InlinePanel("participants", label=_("participating institutions")),
        FieldPanel("agenda"),
        FieldPanel("outcomes"),
        InlinePanel("presented_knowledge", label=_("knowledge presented")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("outcomes"),
        index.FilterField("kind"),
        index.FilterField("start_date"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("outcomes"),
    ]
    translatable_fields = page_translatable_fields(
        SynchronizedField("kind"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("place"),
        SynchronizedField("host"),
        TranslatableField("summary"),
        TranslatableField("agenda"),
        TranslatableField("outcomes"),
        SynchronizedField("participants"),
        SynchronizedField("presented_knowledge"),
    )

    class Meta:
        verbose_name = _("peer-exchange event")

    def get_context(self, request, *args, **kwargs):
        from cms.core.localization import localize
        from cms.core.visibility import public_pages

        context = super().get_context(request, *args, **kwargs)
        code = self.locale.language_code
        keys = [
            link.knowledge_page.translation_key
            for link in self.presented_knowledge.select_related("knowledge_page")
        ]
        context.update(
            participants=localize(
                [
                    link.institution
                    for link in self.participants.select_related("institution")
                ],
                code,
            ),
            presented=public_pages(
                KnowledgePage.objects.filter(
                    translation_key__in=keys, locale=self.locale
                )
            ),
        )
        return context


class EventParticipant(Orderable):
    page = ParentalKey(
        PeerExchangeEvent, on_delete=models.CASCADE, related_name="participants"
    )
    institution = models.ForeignKey(
        "core.Institution", on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("institution")]


class EventKnowledge(Orderable):
    page = ParentalKey(
        PeerExchangeEvent, on_delete=models.CASCADE, related_name="presented_knowledge"
    )
    knowledge_page = models.ForeignKey(
        KnowledgePage, on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("knowledge_page")]
