"""Admin integration of the translation workflow. Each concern lives in its
own module; importing it here registers its hooks."""

from cms.translation import cascade, machine, permissions  # noqa: F401
