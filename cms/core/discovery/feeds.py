"""RSS 2.0 and Atom feeds per language: new oral histories and knowledge.

Served under the language prefix (``/ar/feeds/stories.rss``): the feed lists
that language's real (non-alias) versions the public may see, newest first.
A story whose record only is public appears with its summary; no feed ever
carries a recording or a transcript.
"""

from types import SimpleNamespace

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Site

from cms.core import languages
from cms.core.discovery.jsonld import plain

LIMIT = 30


def _code():
    code = (get_language() or languages.SOURCE_LANGUAGE).split("-")[0]
    return code if code in languages.BY_CODE else languages.SOURCE_LANGUAGE


class MuseumFeed(Feed):
    feed_type = Rss201rev2Feed
    kind = ""

    def get_object(self, request, *args, **kwargs):
        # The feed instance is shared by all requests: keep the request here.
        return SimpleNamespace(code=_code(), request=request)

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = obj.code
        return feed

    def link(self, obj):
        index = self.index_page(obj.code)
        if index is not None:
            return index.get_url(obj.request)
        site = Site.find_for_request(obj.request)
        if site is not None:
            return site.root_page.localized.get_url(obj.request)
        return f"/{obj.code}/"

    def index_page(self, obj):
        from cms.core.visibility import public_pages

        model = self.index_model()
        return (
            public_pages(model.objects.filter(locale__language_code=obj))
            .order_by("path")
            .first()
        )

    def queryset(self):
        raise NotImplementedError

    def items(self, obj):
        return list(
            self.queryset()
            .filter(locale__language_code=obj.code, alias_of__isnull=True)
            .exclude(first_published_at__isnull=True)
            .order_by("-first_published_at", "-pk")[:LIMIT]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.search_description or plain(item.summary, words=80)

    def item_link(self, item):
        return item.get_url() or "/"

    def item_guid(self, item):
        return f"urn:uuid:{item.translation_key}:{item.locale.language_code}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class StoriesFeed(MuseumFeed):
    def title(self, obj):
        return _("Oral histories") + " · " + _("Museum of Moroccan Migration")

    def description(self, obj):
        return _("New oral histories")

    def index_model(self):
        from cms.stories.models import StoryIndexPage

        return StoryIndexPage

    def queryset(self):
        from cms.core.visibility import public_stories

        # The record only: title, summary, dates; never the transcript.
        return public_stories().select_related("locale")


class KnowledgeFeed(MuseumFeed):
    def title(self, obj):
        return _("Knowledge") + " · " + _("Museum of Moroccan Migration")

    def description(self, obj):
        return _("New knowledge from the peer exchange")

    def index_model(self):
        from cms.knowledge.models import KnowledgeIndexPage

        return KnowledgeIndexPage

    def queryset(self):
        from cms.core.visibility import public_pages
        from cms.knowledge.models import KnowledgePage

        return public_pages(KnowledgePage.objects.all()).select_related("locale")


class AtomMixin:
    feed_type = Atom1Feed

    def subtitle(self, obj):
        return self.description(obj)


class StoriesAtomFeed(AtomMixin, StoriesFeed):
    pass


class KnowledgeAtomFeed(AtomMixin, KnowledgeFeed):
    pass
