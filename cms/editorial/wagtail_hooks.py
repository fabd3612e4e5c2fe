"""Admin integration of the editorial app: importing a module registers its
hooks."""

from cms.editorial import viewers  # noqa: F401
