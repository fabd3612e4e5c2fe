"""The project's URLs plus the baseline view, mounted only by cms.settings.bench."""

from django.http import JsonResponse
from django.urls import path

from cms import urls as project_urls


def baseline(request):
    """The cheapest response the stack can give: no database, no template.
    Every benchmarked URL is reported as a fraction of this view's rate, so
    that the figures compare across machines and loads."""
    return JsonResponse({"ok": True, "view": "baseline"})


# The project's list is reused as it is (it holds i18n_patterns, which cannot
# be include()d), with the baseline in front.
urlpatterns = [
    path("bench/baseline/", baseline, name="bench-baseline"),
    *project_urls.urlpatterns,
]
handler500 = project_urls.handler500
