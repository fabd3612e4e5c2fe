from wagtail.snippets.models import register_snippet

from cms.exhibits.viewsets import MuseumObjectViewSet

register_snippet(MuseumObjectViewSet)
