"""What wagtail-localize does not record: when a source last changed in a
way its translations must follow, and the museum's glossary."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SourceChange(models.Model):
    """The last time the source-language version of an item changed in its
    translated or synchronised content (not in publishing bookkeeping).

    A translation is ``outdated`` when this is later than the snapshot its
    translators work from (wagtail-localize's ``TranslationSource``). Kept up to
    date by ``cms.translation.signals``.
    """

    translation_key = models.UUIDField(primary_key=True)
    changed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("source change")

    def __str__(self):
        return f"{self.translation_key} changed at {self.changed_at:%Y-%m-%d %H:%M}"


class GlossaryTerm(models.Model):
    """How a recurring museum term is always rendered in one target language
    ("carte de séjour" → "بطاقة الإقامة"). Applied before machine translation."""

    term = models.CharField(
        _("French term"),
        max_length=200,
        help_text=_("As written in French content; matched without regard to case."),
    )
    target_locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("target language"),
    )
    translation = models.CharField(_("translation"), max_length=200)
    note = models.CharField(_("note for translators"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        ordering = ["term"]
        constraints = [
            models.UniqueConstraint(
                models.functions.Lower("term"),
                "target_locale",
                name="glossary_term_unique_per_language",
                violation_error_message=_(
                    "This term already has a translation in this language."
                ),
            )
        ]

    def __str__(self):
        return f"{self.term} → {self.translation}"


class LanguageTeam(models.Model):
    """The language a group works in.

    A group's permissions on the translatable snippets (themes, places, people,
    institutions, museum objects) apply only to instances in this language, and
    the group holds ``page_permissions`` on this language's home page (the
    translation of the site's root page). Groups without a team keep Django's
    model-wide permissions. See ``cms.translation.permissions``.
    """

    group = models.OneToOneField(
        "auth.Group",
        on_delete=models.CASCADE,
        related_name="language_team",
        verbose_name=_("group"),
    )
    # PROTECT: deleting the mapping would widen the group's snippet rights
    # to every language.
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("language"),
    )
    page_permissions = models.ManyToManyField(
        "auth.Permission",
        blank=True,
        related_name="+",
        limit_choices_to={
            "content_type__app_label": "wagtailcore",
            "content_type__model": "page",
        },
        verbose_name=_("permissions on the language's home page"),
    )

    class Meta:
        verbose_name = _("language team")
        verbose_name_plural = _("language teams")

    def __str__(self):
        return f"{self.group.name} ({self.locale.language_code})"
