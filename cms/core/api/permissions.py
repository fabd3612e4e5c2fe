from rest_framework.permissions import SAFE_METHODS, BasePermission


class ReadOnly(BasePermission):
    """The public API is read-only: writes go through the Wagtail admin."""

    def has_permission(self, request, view):
        return request.method in SAFE_METHODS
