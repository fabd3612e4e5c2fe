from wagtail.snippets.models import register_snippet

from cms.core.viewsets import TaxonomyViewSetGroup

register_snippet(TaxonomyViewSetGroup)
