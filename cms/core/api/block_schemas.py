"""Typed OpenAPI schemas for StreamField blocks, from one place.

Every block a StreamField can hold gets a component ``{type, id, value}``
where ``type`` is a constant (the block's name in its stream) and ``value``
the typed shape its ``get_api_representation`` returns. A stream field is an
array of ``oneOf`` those components, with a ``discriminator`` on ``type``.

Where a value's schema comes from, first match wins:

1. ``api_schema`` on the block class (a serializer class or instance): for
   blocks that want to carry their own schema;
2. ``VALUE_SERIALIZERS`` below, by the block class's dotted path (so blocks
   of content apps need no import here);
3. derived: a ``StructBlock`` or ``ListBlock`` that keeps Wagtail's own
   ``get_api_representation`` is described from its child blocks, and plain
   Wagtail field blocks (``CharBlock``, ``TextBlock``...) by ``FIELD_BLOCKS``.

A block none of these describe is *untyped*: it gets a free-form object
(so the schema endpoint still works) and ``untyped_blocks()`` names it;
``tests/core/test_api_schema.py`` fails on it. A block that overrides
``get_api_representation`` is never derived: its schema must be declared.
"""

from django.apps import apps
from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema_field
from rest_framework import serializers
from wagtail import blocks

from cms.core.api.representations import ImageSerializer, PlaceSerializer

# --- values of the museum's blocks ----------------------------------------


class ParagraphValueSerializer(serializers.Serializer):
    html = serializers.CharField(
        allow_blank=True,
        help_text="HTML; internal links rewritten to public URLs.",
    )


class GalleryValueSerializer(serializers.Serializer):
    title = serializers.CharField(allow_blank=True)
    images = ImageSerializer(many=True)


class MediaValueSerializer(serializers.Serializer):
    """An audio or video file, playable without a second request."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    type = serializers.ChoiceField(choices=["audio", "video"])
    url = serializers.URLField()
    mime_type = serializers.CharField(
        allow_null=True, help_text="Guessed from the file name."
    )
    duration = serializers.FloatField(help_text="Seconds; 0 when unknown.")


class MapPointValueSerializer(serializers.Serializer):
    place = PlaceSerializer(allow_null=True)
    label = serializers.CharField(allow_blank=True)


class TimelineEventValueSerializer(serializers.Serializer):
    date = serializers.CharField(help_text="EDTF (ISO 8601-2) value.")
    display = serializers.CharField(help_text="The date as readers see it.")
    start_year = serializers.IntegerField()
    end_year = serializers.IntegerField()
    title = serializers.CharField()
    text = serializers.CharField(allow_blank=True)


class TimelineValueSerializer(serializers.Serializer):
    events = TimelineEventValueSerializer(many=True)


class RelatedItemSerializer(serializers.Serializer):
    key = serializers.UUIDField()
    type = serializers.CharField(help_text="Model name, e.g. exhibitpage.")
    title = serializers.CharField()
    url = serializers.URLField(allow_null=True)


class RelatedValueSerializer(serializers.Serializer):
    title = serializers.CharField(allow_blank=True)
    items = RelatedItemSerializer(
        many=True, help_text="Only the pages the public may see, in its language."
    )


class KeyLessonsValueSerializer(serializers.Serializer):
    lessons = serializers.ListField(child=serializers.CharField())


class IndicatorRowSerializer(serializers.Serializer):
    label = serializers.CharField()
    value = serializers.CharField()


class IndicatorsValueSerializer(serializers.Serializer):
    rows = IndicatorRowSerializer(many=True)


def _nullable_image():
    return ImageSerializer(
        allow_null=True, help_text="null when the image was deleted."
    )


# Block class (dotted path) -> serializer of its API value (a class, or a
# callable returning a field instance).
VALUE_SERIALIZERS = {
    "cms.core.blocks.ParagraphBlock": ParagraphValueSerializer,
    "cms.core.blocks.CaptionedImageBlock": _nullable_image,
    "cms.core.blocks.GalleryBlock": GalleryValueSerializer,
    "cms.core.blocks.MediaChooserBlock": lambda: MediaValueSerializer(allow_null=True),
    "cms.core.blocks.MapPointBlock": MapPointValueSerializer,
    "cms.core.blocks.TimelineEventBlock": TimelineEventValueSerializer,
    "cms.core.blocks.TimelineBlock": TimelineValueSerializer,
    "cms.core.blocks.RelatedContentBlock": RelatedValueSerializer,
    "cms.knowledge.models.KeyLessonsBlock": KeyLessonsValueSerializer,
    "cms.knowledge.models.IndicatorsBlock": IndicatorsValueSerializer,
}

# Wagtail's field blocks whose API value is the plain value (exact classes
# only: a subclass may represent its value otherwise).
FIELD_BLOCKS = {
    blocks.CharBlock: lambda block: serializers.CharField(allow_blank=True),
    blocks.TextBlock: lambda block: serializers.CharField(allow_blank=True),
    blocks.EmailBlock: lambda block: serializers.EmailField(allow_blank=True),
    blocks.URLBlock: lambda block: serializers.URLField(allow_blank=True),
    blocks.IntegerBlock: lambda block: serializers.IntegerField(allow_null=True),
    blocks.FloatBlock: lambda block: serializers.FloatField(allow_null=True),
    blocks.BooleanBlock: lambda block: serializers.BooleanField(),
    blocks.DateBlock: lambda block: serializers.DateField(allow_null=True),
    blocks.RichTextBlock: lambda block: serializers.CharField(allow_blank=True),
}


def _dotted(cls) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _instance(declared):
    if isinstance(declared, serializers.Field):
        return declared
    return declared()


def _keeps_wagtail_representation(block, base) -> bool:
    return type(block).get_api_representation is base.get_api_representation


def _camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def value_field(block):
    """A serializer field describing ``block``'s API value, or ``None``."""
    declared = getattr(type(block), "api_schema", None)
    if declared is not None:
        return _instance(declared)
    declared = VALUE_SERIALIZERS.get(_dotted(type(block)))
    if declared is not None:
        return _instance(declared)
    if isinstance(block, blocks.StructBlock) and _keeps_wagtail_representation(
        block, blocks.StructBlock
    ):
        fields = {}
        for name, child in block.child_blocks.items():
            field = value_field(child)
            if field is None:
                return None
            fields[name] = field
        return type(
            f"{_camel(type(block).__name__.removesuffix('Block'))}ValueSerializer",
            (serializers.Serializer,),
            fields,
        )()
    if isinstance(block, blocks.ListBlock) and _keeps_wagtail_representation(
        block, blocks.ListBlock
    ):
        child = value_field(block.child_block)
        return None if child is None else serializers.ListField(child=child)
    factory = FIELD_BLOCKS.get(type(block))
    return factory(block) if factory else None


def untyped_blocks(stream_block) -> list[str]:
    """Names of the child blocks of ``stream_block`` without a typed schema."""
    return [
        name
        for name, child in stream_block.child_blocks.items()
        if value_field(child) is None
    ]


def _const(value: str):
    """A ``type`` field whose schema is ``const: value`` (a field class, since
    DRF re-creates declared field instances and would drop the annotation)."""
    field_class = extend_schema_field({"type": "string", "const": value})(
        type(f"{_camel(value)}TypeField", (serializers.CharField,), {})
    )
    return field_class(help_text="The block type.")


# Component name -> (block class path, serializer): one component per block,
# shared by every stream that holds it.
_BLOCK_SERIALIZERS: dict[str, tuple[str, type]] = {}


def block_serializer(name: str, block):
    """The ``{type, id, value}`` serializer of the child ``name`` of a stream."""
    path = _dotted(type(block))
    component = f"{_camel(name)}Block"
    known = _BLOCK_SERIALIZERS.get(component)
    if known is not None and known[0] != path:
        # The same name for another kind of block elsewhere: its own component.
        component = f"{_camel(name)}{type(block).__name__}"
        known = _BLOCK_SERIALIZERS.get(component)
    if known is not None:
        return known[1]
    # Fields are created in the order the schema lists them.
    type_field = _const(name)
    id_field = serializers.UUIDField(help_text="Stable id of the block.")
    value = value_field(block)
    if value is None:
        value = serializers.DictField(
            help_text="UNTYPED: declare this block's schema in "
            "cms/core/api/block_schemas.py."
        )
    serializer = type(
        component,
        (serializers.Serializer,),
        {
            "__doc__": f"A `{name}` block ({type(block).__name__}).",
            "type": type_field,
            "id": id_field,
            "value": value,
        },
    )
    _BLOCK_SERIALIZERS[component] = (path, serializer)
    return serializer


def stream_block_schema(stream_block, component_name: str):
    """The schema of a StreamField's API value: an array of ``oneOf`` its
    blocks, with a discriminator on ``type``. ``stream_block`` may be a
    callable returning it (resolved when the schema is built)."""

    def block_serializers():
        block = stream_block() if callable(stream_block) else stream_block
        return {
            name: block_serializer(name, child)
            for name, child in block.child_blocks.items()
        }

    return PolymorphicProxySerializer(
        component_name=component_name,
        serializers=block_serializers,
        resource_type_field_name="type",
        many=True,
    )


def stream_field(field_path: str):
    """The StreamBlock of a model's StreamField, ``"app_label.Model.field"``."""
    app_label, model_name, field_name = field_path.split(".")
    return (
        apps.get_model(app_label, model_name)._meta.get_field(field_name).stream_block
    )


def stream_field_schema(field_path: str):
    """``stream_block_schema`` of a model's StreamField, named
    ``"app_label.Model.field"`` (looked up when the schema is built, so
    serializer modules can use it at import time). Use as
    ``@extend_schema_field(stream_field_schema("exhibits.ExhibitPage.body"))``."""
    _app_label, model_name, field_name = field_path.split(".")
    return stream_block_schema(
        lambda: stream_field(field_path), f"{model_name}{_camel(field_name)}"
    )
