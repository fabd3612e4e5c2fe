"""Page permission rules every museum page follows."""

from wagtail.models import PagePermissionTester


class MuseumPagePermissionTester(PagePermissionTester):
    """Wagtail's rules, except that deleting or moving a page (which Wagtail
    derives from "edit" and "publish") needs the right to add pages there, and
    so does changing who may view it. Translators hold edit and publish on
    their language's tree, not add: they translate the tree, they do not
    reshape it, and privacy belongs to the item (docs/translation.md), so it is
    set by those who write the source."""

    def _holds(self, action) -> bool:
        return self.user.is_superuser or action in getattr(self, "permissions", ())

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk=ignore_bulk) and self._holds("add")

    def can_set_view_restrictions(self):
        return self._holds("add") and super().can_set_view_restrictions()
