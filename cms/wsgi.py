import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

application = get_wsgi_application()

# What is loaded now (settings, apps, models, and the URL patterns with the
# views they import) lives as long as the worker. Frozen, it is left out of
# the garbage collector's full passes, which otherwise walk these 200,000
# objects again and again: about 2 ms of an API list of 20 on average
# (docs/performance.md).
get_resolver().url_patterns  # noqa: B018 - imported now, not on the first request
gc.collect()
gc.freeze()
