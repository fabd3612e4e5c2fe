"""Admin integration of the translation workflow. Each concern lives in its
own module; importing it here registers its hooks."""

from cms.translation import bulk, cascade, machine, permissions, report  # noqa: F401
