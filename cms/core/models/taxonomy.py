"""Shared, translatable vocabularies: themes, places, people, institutions.

Content refers to them by foreign key to any language version; readers get the
version in their language through ``cms.core.localization``.
"""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

country_code_validator = RegexValidator(
    r"^[A-Z]{2}$", _("Use a two-letter ISO 3166-1 country code, such as MA or FR.")
)


class Theme(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]
    translatable_fields = [TranslatableField("name"), TranslatableField("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Place(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=160)
    country = models.CharField(
        _("country"), max_length=2, validators=[country_code_validator]
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("country"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("country"),
        index.FilterField("locale"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("country"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("place")
        verbose_name_plural = _("places")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.country})"


class Person(TranslatableMixin, index.Indexed, models.Model):
    """Curators, narrators, interviewers. No contact data: this table is public."""

    name = models.CharField(_("name"), max_length=160)
    roles = models.CharField(
        _("roles"),
        max_length=255,
        blank=True,
        help_text=_("Curator, narrator, interviewer…"),
    )
    biography = models.TextField(_("short biography"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("roles"), FieldPanel("biography")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("roles"),
        TranslatableField("biography"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Institution(TranslatableMixin, index.Indexed, models.Model):
    class Kind(models.TextChoices):
        MUSEUM = "museum", _("Museum")
        ARCHIVE = "archive", _("Archive")
        ASSOCIATION = "association", _("Association")
        UNIVERSITY = "university", _("University or research centre")
        PUBLIC_BODY = "public-body", _("Public body")

    name = models.CharField(_("name"), max_length=200)
    country = models.CharField(
        _("country"), max_length=2, validators=[country_code_validator]
    )
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("country"), FieldPanel("kind"), FieldPanel("website")]
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("country"),
        index.FilterField("kind"),
        index.FilterField("locale"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("country"),
        SynchronizedField("kind"),
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        ordering = ["name"]

    def __str__(self):
        return self.name
