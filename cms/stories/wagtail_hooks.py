from wagtail.snippets.models import register_snippet

from cms.stories.viewsets import StoryAccessViewSet

register_snippet(StoryAccessViewSet)
