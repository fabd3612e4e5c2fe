from .generation import ContentGeneration
from .images import MuseumImage, MuseumRendition
from .media import MuseumMedia
from .pages import (
    BasePage,
    HomeFeaturedExhibit,
    HomePage,
    ListedPage,
    SectionIndexPage,
    listed_in_language,
    listed_under,
    page_translatable_fields,
)
from .taxonomy import Institution, Person, Place, Theme

__all__ = [
    "BasePage",
    "ContentGeneration",
    "HomeFeaturedExhibit",
    "HomePage",
    "Institution",
    "ListedPage",
    "MuseumImage",
    "MuseumMedia",
    "MuseumRendition",
    "Person",
    "Place",
    "SectionIndexPage",
    "Theme",
    "listed_in_language",
    "listed_under",
    "page_translatable_fields",
]
