"""Admin integration of the translation workflow. Each concern lives in its
own module; importing it here registers its hooks."""

from cms.translation import (  # noqa: F401
    cascade,
    machine,
    overrides,
    permissions,
    review,
)
from cms.translation.bulk import views as bulk_views  # noqa: F401
from cms.translation.report import views as report_views  # noqa: F401
