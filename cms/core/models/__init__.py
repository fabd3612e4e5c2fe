from .generation import ContentGeneration
from .images import MuseumImage, MuseumRendition
from .media import MuseumMedia
from .pages import (
    BasePage,
    HomeFeaturedExhibit,
    HomePage,
    SectionIndexPage,
    keep_listing_key,
    page_translatable_fields,
)
from .taxonomy import Institution, Person, Place, Theme

__all__ = [
    "BasePage",
    "ContentGeneration",
    "HomeFeaturedExhibit",
    "HomePage",
    "Institution",
    "MuseumImage",
    "MuseumMedia",
    "MuseumRendition",
    "Person",
    "Place",
    "SectionIndexPage",
    "Theme",
    "keep_listing_key",
    "page_translatable_fields",
]
