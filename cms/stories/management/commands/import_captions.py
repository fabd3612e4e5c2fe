"""Replace a story's transcript segments with a WebVTT or SubRip file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.stories.captions import CaptionFileError
from cms.stories.models import StoryPage
from cms.stories.operations import replace_segments_from_captions


class Command(BaseCommand):
    help = "Import a .vtt or .srt file as the segments of a story (page id). Changes nothing if the file is malformed."

    def add_arguments(self, parser):
        parser.add_argument("story_id", type=int)
        parser.add_argument("path", type=Path)

    def handle(self, *args, story_id, path, **options):
        story = StoryPage.objects.filter(pk=story_id).first()
        if story is None:
            raise CommandError(f"No story with id {story_id}.")
        try:
            content = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {path}: {error}") from error
        try:
            count = replace_segments_from_captions(story, content)
        except CaptionFileError as error:
            raise CommandError(f"{path}: {error}") from error
        self.stdout.write(
            f"{count} segments imported into “{story.title}” (a new draft revision)."
        )
