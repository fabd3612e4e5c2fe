from wagtail.snippets.models import register_snippet

from cms.exhibits.viewsets import MuseumObjectViewSet

register_snippet(MuseumObjectViewSet)


# Inventory import and export (cms/exhibits/inventory_views.py) ----------------

from django.urls import include, path, reverse  # noqa: E402
from django.utils.translation import gettext_lazy as _  # noqa: E402
from wagtail import hooks  # noqa: E402
from wagtail.admin.menu import MenuItem  # noqa: E402

from cms.exhibits import inventory_views  # noqa: E402


@hooks.register("register_admin_urls")
def register_inventory_urls():
    return [
        path(
            "museum-objects/inventory/",
            include(
                (
                    [
                        path("", inventory_views.import_view, name="import"),
                        path(
                            "runs/<str:token>/",
                            inventory_views.progress_view,
                            name="progress",
                        ),
                        path(
                            "runs/<str:token>/status/",
                            inventory_views.status_view,
                            name="status",
                        ),
                        path(
                            "export/objects/<str:code>.<str:format>",
                            inventory_views.export_objects_view,
                            name="export_objects",
                        ),
                        path(
                            "export/exhibits/<str:code>.json",
                            inventory_views.export_exhibits_view,
                            name="export_exhibits",
                        ),
                    ],
                    "exhibits_inventory",
                ),
                namespace="exhibits_inventory",
            ),
        )
    ]


class InventoryMenuItem(MenuItem):
    def is_shown(self, request):
        return any(
            request.user.has_perm(perm) for perm in inventory_views.EXPORT_PERMISSIONS
        )


@hooks.register("register_admin_menu_item")
def register_inventory_menu_item():
    return InventoryMenuItem(
        _("Inventory import and export"),
        reverse("exhibits_inventory:import"),
        icon_name="doc-full",
        order=251,
    )
