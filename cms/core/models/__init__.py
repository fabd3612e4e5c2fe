from .images import MuseumImage, MuseumRendition
from .pages import BasePage, HomePage, SectionIndexPage, page_translatable_fields

__all__ = [
    "BasePage",
    "HomePage",
    "MuseumImage",
    "MuseumRendition",
    "SectionIndexPage",
    "page_translatable_fields",
]
