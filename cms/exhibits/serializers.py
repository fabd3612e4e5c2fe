from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from wagtail.rich_text import expand_db_html

from cms.core.api.block_schemas import stream_field_schema
from cms.core.api.fallback import ContentItemSerializer, FallbackField
from cms.core.api.representations import (
    HistoricalDateSerializer,
    ImageSerializer,
    ItemMetaSerializer,
    LocaleInfoField,
    NamedSerializer,
    PersonSerializer,
    PlaceSerializer,
    api_url,
    plain_summary,
)
from cms.core.api.translations import TranslationsField
from cms.core.images import image_representation
from cms.core.rights import CREATIVE_COMMONS, RIGHTS_STATEMENTS

RIGHTS_LABELS = dict(RIGHTS_STATEMENTS + CREATIVE_COMMONS)


class PeriodSerializer(serializers.Serializer):
    start = serializers.CharField(help_text="EDTF.")
    end = serializers.CharField(
        allow_blank=True, help_text="EDTF; empty when one date."
    )
    display = serializers.CharField()
    start_year = serializers.IntegerField(allow_null=True)
    end_year = serializers.IntegerField(allow_null=True)


class RightsSerializer(serializers.Serializer):
    uri = serializers.URLField()
    label = serializers.CharField()


class ObjectImageSerializer(ImageSerializer):
    def to_representation(self, item):
        return image_representation(
            item["image"],
            request=self.context.get("request"),
            alt=item["alt"],
            caption=item["caption"],
        )


class MuseumObjectSerializer(ContentItemSerializer):
    key = serializers.UUIDField(source="translation_key")
    type = serializers.SerializerMethodField()
    accession_number = serializers.CharField()
    title = serializers.CharField()
    description = serializers.SerializerMethodField()
    date = serializers.SerializerMethodField()
    place = PlaceSerializer(source="localized_place", allow_null=True)
    themes = NamedSerializer(source="localized_themes", many=True)
    materials = serializers.CharField(allow_blank=True)
    dimensions = serializers.CharField(allow_blank=True)
    provenance = serializers.CharField(allow_blank=True)
    credit_line = serializers.CharField(allow_blank=True)
    rights = serializers.SerializerMethodField()
    images = ObjectImageSerializer(source="image_items", many=True)
    locale = LocaleInfoField()
    fallback = FallbackField()
    meta = serializers.SerializerMethodField()

    def get_type(self, obj) -> str:
        return "object"

    def get_description(self, obj) -> str:
        return expand_db_html(obj.description)

    @extend_schema_field(HistoricalDateSerializer(allow_null=True))
    def get_date(self, obj):
        return HistoricalDateSerializer(obj.date).data if obj.date else None

    @extend_schema_field(RightsSerializer)
    def get_rights(self, obj):
        return {
            "uri": obj.rights,
            "label": str(RIGHTS_LABELS.get(obj.rights, obj.rights)),
        }

    @extend_schema_field(ItemMetaSerializer)
    def get_meta(self, obj):
        request = self.context["request"]
        index = self.context.get("objects_index")
        return {
            "id": obj.pk,
            "url": index.object_url(obj.accession_number, request) if index else None,
            "api_url": api_url(
                request,
                "api-v1:object-detail",
                obj.translation_key,
                obj.locale.language_code,
            ),
            "last_published_at": None,
        }


class MuseumObjectDetailSerializer(MuseumObjectSerializer):
    translations = TranslationsField()


class ExhibitCardSerializer(ContentItemSerializer):
    key = serializers.UUIDField(source="translation_key")
    type = serializers.SerializerMethodField()
    title = serializers.CharField()
    summary = serializers.SerializerMethodField()
    hero_image = ImageSerializer(allow_null=True)
    period = serializers.SerializerMethodField()
    places = PlaceSerializer(source="localized_places", many=True)
    locale = LocaleInfoField()
    fallback = FallbackField()
    meta = serializers.SerializerMethodField()

    def get_type(self, exhibit) -> str:
        return "exhibit"

    def get_summary(self, exhibit) -> str:
        return plain_summary(exhibit.introduction)

    @extend_schema_field(PeriodSerializer)
    def get_period(self, exhibit):
        # The sortable years are stored when the exhibit is saved.
        return {
            "start": exhibit.period_start,
            "end": exhibit.period_end,
            "display": exhibit.period_display,
            "start_year": exhibit.period_start_year,
            "end_year": exhibit.period_end_year,
        }

    @extend_schema_field(ItemMetaSerializer)
    def get_meta(self, exhibit):
        request = self.context["request"]
        return {
            "id": exhibit.pk,
            "url": exhibit.get_full_url(request),
            "api_url": api_url(
                request,
                "api-v1:exhibit-detail",
                exhibit.translation_key,
                exhibit.locale.language_code,
            ),
            "last_published_at": exhibit.last_published_at,
        }


class RelatedPageSerializer(serializers.Serializer):
    key = serializers.UUIDField(source="translation_key")
    title = serializers.CharField()
    url = serializers.SerializerMethodField()

    def get_url(self, page) -> str:
        return page.get_full_url(self.context["request"])


class RelatedSerializer(serializers.Serializer):
    stories = RelatedPageSerializer(many=True)
    knowledge = RelatedPageSerializer(many=True)


class ExhibitDetailSerializer(ExhibitCardSerializer):
    translations = TranslationsField()
    introduction = serializers.SerializerMethodField()
    curator = PersonSerializer(source="localized_curator", allow_null=True)
    themes = NamedSerializer(source="localized_themes", many=True)
    body = serializers.SerializerMethodField()
    objects = MuseumObjectSerializer(source="localized_objects", many=True)
    related = serializers.SerializerMethodField()

    def get_introduction(self, exhibit) -> str:
        return expand_db_html(exhibit.introduction)

    @extend_schema_field(stream_field_schema("exhibits.ExhibitPage.body"))
    def get_body(self, exhibit):
        return exhibit.body.stream_block.get_api_representation(
            exhibit.body, self.context
        )

    @extend_schema_field(RelatedSerializer)
    def get_related(self, exhibit):
        stories = exhibit.linked_stories + [
            p
            for p in exhibit.localized_related
            if p._meta.app_label == "stories" and p not in exhibit.linked_stories
        ]
        knowledge = [
            p for p in exhibit.localized_related if p._meta.app_label == "knowledge"
        ]
        return {
            "stories": RelatedPageSerializer(
                stories, many=True, context=self.context
            ).data,
            "knowledge": RelatedPageSerializer(
                knowledge, many=True, context=self.context
            ).data,
        }
