from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from wagtail.rich_text import expand_db_html

from cms.core.api.block_schemas import stream_field_schema
from cms.core.api.fallback import ContentItemSerializer, FallbackField
from cms.core.api.representations import (
    ItemMetaSerializer,
    LocaleInfoField,
    NamedSerializer,
    api_url,
    plain_summary,
)
from cms.core.api.translations import TranslationsField


class InstitutionRefSerializer(serializers.Serializer):
    key = serializers.UUIDField(source="translation_key")
    name = serializers.CharField()
    country = serializers.CharField()
    kind = serializers.CharField()


class SDGSerializer(serializers.Serializer):
    number = serializers.IntegerField(min_value=1, max_value=17)
    name = serializers.CharField()


class AttachmentSerializer(serializers.Serializer):
    title = serializers.CharField()
    url = serializers.URLField()
    file_extension = serializers.CharField()
    file_size = serializers.IntegerField(allow_null=True)

    def to_representation(self, document):
        return {
            "title": document.title,
            "url": self.context["request"].build_absolute_uri(document.url),
            "file_extension": document.file_extension,
            "file_size": document.file_size,
        }


class EventRefSerializer(serializers.Serializer):
    key = serializers.UUIDField(source="translation_key")
    title = serializers.CharField()
    kind = serializers.CharField()
    start_date = serializers.DateField()
    end_date = serializers.DateField(allow_null=True)
    url = serializers.SerializerMethodField()

    def get_url(self, event) -> str:
        return event.get_full_url(self.context["request"])


class KnowledgeCardSerializer(ContentItemSerializer):
    key = serializers.UUIDField(source="translation_key")
    type = serializers.SerializerMethodField()
    kind = serializers.CharField()
    kind_display = serializers.CharField(source="get_kind_display")
    title = serializers.CharField()
    summary = serializers.SerializerMethodField()
    institutions = InstitutionRefSerializer(source="localized_institutions", many=True)
    countries = serializers.ListField(child=serializers.CharField())
    themes = NamedSerializer(source="localized_themes", many=True)
    sdgs = SDGSerializer(source="sdg_list", many=True)
    published_on = serializers.DateField(allow_null=True)
    locale = LocaleInfoField()
    fallback = FallbackField()
    meta = serializers.SerializerMethodField()

    def get_type(self, page) -> str:
        return "knowledge"

    def get_summary(self, page) -> str:
        return plain_summary(page.summary)

    @extend_schema_field(ItemMetaSerializer)
    def get_meta(self, page):
        request = self.context["request"]
        return {
            "id": page.pk,
            "url": page.get_full_url(request),
            "api_url": api_url(
                request,
                "api-v1:knowledge-detail",
                page.translation_key,
                page.locale.language_code,
            ),
            "last_published_at": page.last_published_at,
        }


class KnowledgeDetailSerializer(KnowledgeCardSerializer):
    translations = TranslationsField()
    summary_html = serializers.SerializerMethodField()
    contact_institution = InstitutionRefSerializer(
        source="localized_contact", allow_null=True
    )
    body = serializers.SerializerMethodField()
    attachments = AttachmentSerializer(source="documents", many=True)
    events = EventRefSerializer(many=True)

    def get_summary_html(self, page) -> str:
        return expand_db_html(page.summary)

    @extend_schema_field(stream_field_schema("knowledge.KnowledgePage.body"))
    def get_body(self, page):
        return page.body.stream_block.get_api_representation(page.body, self.context)
