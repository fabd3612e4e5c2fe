"""Changing a story's transcript from a caption file."""

from django.db import transaction
from django.utils.translation import gettext as _

from cms.stories.captions import CaptionFileError, parse_captions
from cms.stories.models import StorySegment, segment_errors


@transaction.atomic
def replace_segments_from_captions(story, content: str) -> int:
    """Replace ``story``'s segments with the cues of a .vtt or .srt file.

    A malformed file, or cues that do not fit the recording, raise
    CaptionFileError and leave the story exactly as it was.
    """
    cues = parse_captions(content)
    duration = story.recording.duration if story.recording_id else None
    problems = segment_errors([(cue.start, cue.end) for cue in cues], duration)
    if problems:
        position, _field, message = problems[0]
        raise CaptionFileError(
            position + 1,
            _("cue %(number)d: %(message)s")
            % {"number": position + 1, "message": message},
        )
    story.segments.all().delete()
    for order, cue in enumerate(cues):
        StorySegment.objects.create(
            page=story,
            locale=story.locale,
            sort_order=order,
            start=cue.start,
            end=cue.end,
            speaker=cue.speaker,
            text=cue.text,
        )
    story.save_revision(log_action=True)
    return len(cues)
