"""StreamField blocks shared by exhibits, stories and knowledge pages.

Each block renders with its own template in ``frontend_templates/blocks/`` and
gives the API, through ``get_api_representation``, everything an app needs to
draw it without a second request (image renditions inline, places with
coordinates, dates with display text).
"""

import mimetypes

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import expand_db_html
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtailmedia.blocks import AbstractMediaChooserBlock

from cms.core import edtf
from cms.core.images import image_representation
from cms.core.localization import language_of

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


def _request(context):
    return (context or {}).get("request")


class ParagraphBlock(blocks.RichTextBlock):
    """Running text of a narrative."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    def get_api_representation(self, value, context=None):
        return {"html": expand_db_html(value.source)}

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        description = _("Running text with headings, lists and links.")
        preview_value = (
            "<p>En 1963, les premiers contrats arrivent dans les villages du Rif.</p>"
        )


class CaptionedImageBlock(blocks.StructBlock):
    """One image where the narrative needs it, with words for this context."""

    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False, max_length=500, label=_("caption"))
    alt_text = blocks.CharBlock(
        required=False,
        max_length=500,
        label=_("alternative text"),
        help_text=_("Leave empty to use the image's own alternative text."),
    )

    def get_api_representation(self, value, context=None):
        return image_representation(
            value["image"],
            request=_request(context),
            alt=value["alt_text"],
            caption=value["caption"],
        )

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        description = _("An image with a caption and, if needed, its own alt text.")


class GalleryBlock(blocks.StructBlock):
    """Several images seen together: a series of photographs, an object's sides."""

    title = blocks.CharBlock(required=False, max_length=200, label=_("title"))
    images = blocks.ListBlock(CaptionedImageBlock(), min_num=2, label=_("images"))

    def get_api_representation(self, value, context=None):
        return {
            "title": value["title"],
            "images": [
                self.child_blocks["images"].child_block.get_api_representation(
                    item, context
                )
                for item in value["images"]
            ],
        }

    class Meta:
        icon = "image"
        template = "blocks/gallery_block.html"
        description = _("Two or more images shown as a gallery.")


class QuoteBlock(blocks.StructBlock):
    """A voice quoted in the narrative: a testimony, a letter, a song."""

    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(
        required=False, max_length=255, label=_("attribution")
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        description = _("A quotation and who said or wrote it.")
        preview_value = {
            "quote": "Nous pensions partir deux ans. Nous sommes restés quarante.",
            "attribution": "Une ouvrière du textile, Roubaix, 2019",
        }


class MediaChooserBlock(AbstractMediaChooserBlock):
    def render_basic(self, value, context=None):
        return value.title if value else ""

    def get_api_representation(self, value, context=None):
        """The clip through the permission-checking view, and only when the
        visibility rule lets the public hear it (a restricted interview's
        recording chosen as a clip stays unheard, its file name unsaid)."""
        from cms.core.visibility import media_is_public

        if value is None or not media_is_public(value):
            return None
        mime_type, _encoding = mimetypes.guess_type(value.file.name)
        request = _request(context)
        url = value.url
        return {
            "id": value.id,
            "title": value.title,
            "type": value.type,
            "url": request.build_absolute_uri(url) if request else url,
            "mime_type": mime_type,
            "duration": value.duration,
        }


class MediaClipBlock(blocks.StructBlock):
    """An audio or video excerpt inside a narrative."""

    media = MediaChooserBlock(label=_("audio or video"))
    caption = blocks.CharBlock(required=False, max_length=500, label=_("caption"))

    class Meta:
        icon = "media"
        template = "blocks/media_clip_block.html"
        description = _("An audio or video clip with a caption.")


def place_representation(place):
    if place is None:
        return None
    return {
        "key": str(place.translation_key),
        "name": place.name,
        "lang": language_of(place),
        "country": place.country,
        "lat": float(place.latitude) if place.latitude is not None else None,
        "lon": float(place.longitude) if place.longitude is not None else None,
    }


class MapPointBlock(blocks.StructBlock):
    """A place on the map of a narrative: a village of departure, a mine, a port."""

    place = SnippetChooserBlock("core.Place", label=_("place"))
    label = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("label"),
        help_text=_("What happened here."),
    )

    def get_api_representation(self, value, context=None):
        place = value["place"]
        return {
            "place": place_representation(place.localized if place else None),
            "label": value["label"],
        }

    class Meta:
        icon = "site"
        template = "blocks/map_point_block.html"
        description = _("A place with its coordinates and a label.")


class EDTFBlock(blocks.FieldBlock):
    """An EDTF date. Not text to translate: wagtail-localize keeps the source
    value in every language (a CharBlock would be sent to translators)."""

    def __init__(self, required=True, help_text=None, **kwargs):
        self.field = forms.CharField(
            required=required,
            max_length=40,
            help_text=help_text or edtf.EDTF_HELP,
            validators=[edtf.validate_edtf],
        )
        super().__init__(**kwargs)

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class TimelineEventBlock(blocks.StructBlock):
    date = EDTFBlock(label=_("date (EDTF)"))
    title = blocks.CharBlock(max_length=200, label=_("title"))
    text = blocks.TextBlock(required=False, label=_("text"))

    def get_api_representation(self, value, context=None):
        parsed = edtf.parse(value["date"])
        return {
            "date": value["date"],
            "display": edtf.display(value["date"], get_language()),
            "start_year": parsed.start_year,
            "end_year": parsed.end_year,
            "title": value["title"],
            "text": value["text"],
        }


class TimelineBlock(blocks.StructBlock):
    """Dated events in order, with uncertain dates written honestly."""

    events = blocks.ListBlock(TimelineEventBlock(), min_num=1, label=_("events"))

    def get_api_representation(self, value, context=None):
        event_block = self.child_blocks["events"].child_block
        return {
            "events": [
                event_block.get_api_representation(event, context)
                for event in value["events"]
            ]
        }

    class Meta:
        icon = "date"
        template = "blocks/timeline_block.html"
        description = _("A list of dated events.")


class RelatedContentBlock(blocks.StructBlock):
    """Links to other exhibits, stories or knowledge pages."""

    title = blocks.CharBlock(required=False, max_length=200, label=_("title"))
    pages = blocks.ListBlock(blocks.PageChooserBlock(), min_num=1, label=_("pages"))

    def get_api_representation(self, value, context=None):
        from cms.core.visibility import public_localized_pages

        items = []
        for localized in public_localized_pages(value["pages"]):
            items.append(
                {
                    "key": str(localized.translation_key),
                    "type": localized._meta.model_name,
                    "title": localized.title,
                    "url": localized.get_full_url(_request(context)),
                }
            )
        return {"title": value["title"], "items": items}

    class Meta:
        icon = "link"
        template = "blocks/related_content_block.html"
        description = _("Links to related exhibits, stories or knowledge pages.")


class MuseumStreamBlock(blocks.StreamBlock):
    """The body of every narrative page."""

    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    gallery = GalleryBlock()
    quote = QuoteBlock()
    media = MediaClipBlock()
    map_point = MapPointBlock()
    timeline = TimelineBlock()
    related = RelatedContentBlock()
