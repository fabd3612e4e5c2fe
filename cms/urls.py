from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import api
from cms.core import health
from cms.core.api.problems import api_not_found
from cms.core.discovery import feeds, sitemaps
from cms.core.site_views import site_search
from cms.core.views import media_file

urlpatterns = [
    path("healthz/live", health.live, name="healthz-live"),
    path("healthz/ready", health.ready, name="healthz-ready"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("media-files/<int:pk>/<str:filename>", media_file, name="media_file"),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap-index"),
    path("sitemap-<str:code>.xml", sitemaps.sitemap_language, name="sitemap-language"),
    path("robots.txt", sitemaps.robots_txt, name="robots-txt"),
    path("api/", include(api)),
    # Anything else under /api/ is a JSON 404 (see MuseumLocaleMiddleware).
    re_path(r"^api/", api_not_found),
]

if settings.DEBUG:
    from django.views.static import serve

    # Only images: documents go through Wagtail's serve view (and the
    # visibility rule), recordings live outside MEDIA_ROOT.
    urlpatterns += [
        re_path(
            r"^media/(?P<path>(?:images|original_images)/.+)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# The public site: /fr/, /ar/, /en/, /zgh/. "/" redirects by Accept-Language.
urlpatterns += i18n_patterns(
    path("search/", site_search, name="site_search"),
    path("feeds/stories.rss", feeds.StoriesFeed(), name="feed-stories-rss"),
    path("feeds/stories.atom", feeds.StoriesAtomFeed(), name="feed-stories-atom"),
    path("feeds/knowledge.rss", feeds.KnowledgeFeed(), name="feed-knowledge-rss"),
    path("feeds/knowledge.atom", feeds.KnowledgeAtomFeed(), name="feed-knowledge-atom"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# The 500 page in the path's language, without the database (cms/core/site_views.py).
handler500 = "cms.core.site_views.server_error"
