from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from wagtail.rich_text import expand_db_html

from cms.core.api.fallback import ContentItemSerializer, FallbackField
from cms.core.api.representations import (
    HistoricalDateSerializer,
    ItemMetaSerializer,
    LocaleInfoField,
    NamedSerializer,
    PersonSerializer,
    PlaceSerializer,
    api_url,
    plain_summary,
)
from cms.core.api.translations import TranslationsField
from cms.core.visibility import story_content_is_public
from cms.stories.spoken_languages import language_name


class SpokenLanguageSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="ISO 639-3.")
    name = serializers.CharField()


class RecordingSerializer(serializers.Serializer):
    url = serializers.URLField()
    mime_type = serializers.CharField()
    duration = serializers.FloatField(help_text="Seconds.")
    type = serializers.ChoiceField(choices=["audio", "video"])


class SegmentSerializer(serializers.Serializer):
    start = serializers.FloatField(help_text="Seconds from the start of the recording.")
    end = serializers.FloatField()
    speaker = serializers.CharField(allow_blank=True)
    title = serializers.CharField(allow_blank=True)
    text = serializers.CharField()
    keywords = serializers.ListField(
        child=serializers.CharField(), source="keyword_list"
    )


class RelatedExhibitSerializer(serializers.Serializer):
    key = serializers.UUIDField(source="translation_key")
    title = serializers.CharField()
    url = serializers.SerializerMethodField()

    def get_url(self, exhibit) -> str:
        return exhibit.get_full_url(self.context["request"])


class StoryCardSerializer(ContentItemSerializer):
    key = serializers.UUIDField(source="translation_key")
    type = serializers.SerializerMethodField()
    title = serializers.CharField()
    summary = serializers.SerializerMethodField()
    narrator = PersonSerializer(source="localized_narrator", allow_null=True)
    recorded_date = serializers.SerializerMethodField()
    recorded_place = PlaceSerializer(source="localized_place", allow_null=True)
    original_language = serializers.SerializerMethodField()
    themes = NamedSerializer(source="localized_themes", many=True)
    access = serializers.SerializerMethodField()
    has_recording = serializers.SerializerMethodField()
    locale = LocaleInfoField()
    fallback = FallbackField()
    meta = serializers.SerializerMethodField()

    def get_type(self, story) -> str:
        return "story"

    def get_summary(self, story) -> str:
        return plain_summary(story.summary)

    @extend_schema_field(HistoricalDateSerializer(allow_null=True))
    def get_recorded_date(self, story):
        return (
            HistoricalDateSerializer(story.recorded_date).data
            if story.recorded_date
            else None
        )

    @extend_schema_field(SpokenLanguageSerializer)
    def get_original_language(self, story):
        return {
            "code": story.original_language,
            "name": language_name(story.original_language),
        }

    @extend_schema_field(serializers.ChoiceField(choices=["public", "metadata"]))
    def get_access(self, story):
        return story.access.access_level

    def get_has_recording(self, story) -> bool:
        # Stories reach this serializer only through the visibility rule's
        # querysets (live, public pages), so the consent record decides.
        return bool(story.recording_id) and story.access.content_is_public

    @extend_schema_field(ItemMetaSerializer)
    def get_meta(self, story):
        request = self.context["request"]
        return {
            "id": story.pk,
            "url": story.get_full_url(request),
            "api_url": api_url(
                request,
                "api-v1:story-detail",
                story.translation_key,
                story.locale.language_code,
            ),
            "last_published_at": story.last_published_at,
        }


class StoryDetailSerializer(StoryCardSerializer):
    translations = TranslationsField()
    summary_html = serializers.SerializerMethodField()
    interviewer = PersonSerializer(source="localized_interviewer", allow_null=True)
    recording = serializers.SerializerMethodField()
    segments = serializers.SerializerMethodField()
    captions_url = serializers.SerializerMethodField()
    related_exhibits = serializers.SerializerMethodField()

    def get_summary_html(self, story) -> str:
        return expand_db_html(story.summary)

    def content_is_public(self, story) -> bool:
        """``story_content_is_public``, asked once per story of this response
        (its recording, segments and captions each depend on it): a query
        each time, and one answer for the three keeps them consistent."""
        answers = self.context.setdefault("content_is_public", {})
        if story.pk not in answers:
            answers[story.pk] = story_content_is_public(story)
        return answers[story.pk]

    @extend_schema_field(RecordingSerializer(allow_null=True))
    def get_recording(self, story):
        if not story.recording_id or not self.content_is_public(story):
            return None
        recording = story.recording
        return {
            "url": self.context["request"].build_absolute_uri(recording.url),
            "mime_type": recording.mime_type,
            "duration": recording.duration,
            "type": recording.type,
        }

    @extend_schema_field(SegmentSerializer(many=True))
    def get_segments(self, story):
        if not self.content_is_public(story):
            return []
        return SegmentSerializer(story.segments.all(), many=True).data

    @extend_schema_field(RelatedExhibitSerializer(many=True))
    def get_related_exhibits(self, story):
        return RelatedExhibitSerializer(
            story.public_related_exhibits(), many=True, context=self.context
        ).data

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_captions_url(self, story):
        if not self.content_is_public(story):
            return None
        request = self.context["request"]
        return (
            request.build_absolute_uri(
                reverse("api-v1:story-captions", kwargs={"key": story.translation_key})
            )
            + f"?locale={story.locale.language_code}"
        )
