"""The querysets behind exhibit and object listings, shared by the site and
the API, so that both show the same things with the same number of queries."""

from django.db.models import Prefetch, prefetch_related_objects

from cms.core.images import rendition_specs
from cms.core.localization import localized_versions_of
from cms.core.models import (
    MuseumImage,
    MuseumRendition,
    Person,
    Place,
    Theme,
    listed_in_language,
    listed_under,
)
from cms.core.visibility import public_localized_pages, public_pages
from cms.exhibits.models import ExhibitPage, ExhibitPlace, MuseumObject


def _renditions_prefetch(lookup):
    return Prefetch(
        lookup,
        queryset=MuseumRendition.objects.filter(filter_spec__in=rendition_specs()),
        to_attr="prefetched_renditions",
    )


def public_exhibits(code=None, parent=None):
    """Live, public exhibits (in language ``code`` when given), card-ready."""
    exhibits = public_pages(ExhibitPage.objects.all())
    if code:
        exhibits = listed_in_language(exhibits, code)
    if parent is not None:
        exhibits = listed_under(exhibits, parent)
    return (
        exhibits.select_related("hero_image", "locale")
        .prefetch_related(
            _renditions_prefetch("hero_image__renditions"),
            # The links with their places, in one query rather than two.
            Prefetch(
                "exhibit_places", queryset=ExhibitPlace.objects.select_related("place")
            ),
        )
        .order_by("period_start_year", "sort_title", "pk")
    )


def filter_exhibits(
    exhibits, *, theme=None, place=None, period_from=None, period_to=None
):
    """Narrow ``exhibits``; ``theme`` and ``place`` are translation keys, the
    period bounds are years (an exhibit matches when its period overlaps)."""
    if theme:
        exhibits = exhibits.filter(exhibit_themes__theme__translation_key=theme)
    if place:
        exhibits = exhibits.filter(exhibit_places__place__translation_key=place)
    if period_from is not None:
        exhibits = exhibits.filter(period_end_year__gte=period_from)
    if period_to is not None:
        exhibits = exhibits.filter(period_start_year__lte=period_to)
    if theme or place:
        exhibits = exhibits.distinct()
    return exhibits


def attach_places(exhibits, code):
    """Set ``localized_places`` on each exhibit, with one query for all."""
    exhibits = list(exhibits)
    links = {
        exhibit.pk: [link.place for link in exhibit.exhibit_places.all()]
        for exhibit in exhibits
    }
    versions = localized_versions_of(
        Place, [place for places in links.values() for place in places], code
    )
    for exhibit in exhibits:
        exhibit.localized_places = [
            versions.get(place.translation_key, place) for place in links[exhibit.pk]
        ]
    return exhibits


def public_objects(code=None):
    """Museum objects (in language ``code`` when given)."""
    objects = MuseumObject.objects.all()
    if code:
        objects = objects.filter(locale__language_code=code)
    return (
        objects.select_related("place", "locale")
        .prefetch_related("themes")
        .order_by("accession_number", "pk")
    )


def filter_objects(objects, *, theme=None, place=None):
    if theme:
        objects = objects.filter(themes__translation_key=theme).distinct()
    if place:
        objects = objects.filter(place__translation_key=place)
    return objects


def _places_of(objects):
    return [obj.place for obj in objects if obj.place]


def _themes_of(objects):
    return [theme for obj in objects for theme in obj.themes.all()]


def attach_object_relations(objects, code, places=None, themes=None):
    """Set ``localized_place``, ``localized_themes`` and ``image_items`` (image,
    alt, caption) on each object, in a fixed number of queries. ``places``
    and ``themes``: their versions in ``code`` (``localized_versions_of``), when
    the caller has read them already with others of its own."""
    objects = list(objects)
    if places is None:
        places = localized_versions_of(Place, _places_of(objects), code)
    if themes is None:
        themes = localized_versions_of(Theme, _themes_of(objects), code)
    image_ids = {
        block["value"]["image"]
        for obj in objects
        for block in obj.images.raw_data
        if block["type"] == "image" and block["value"].get("image")
    }
    images = (
        {
            image.pk: image
            for image in MuseumImage.objects.filter(
                pk__in=image_ids
            ).prefetch_renditions(*rendition_specs())
        }
        if image_ids
        else {}
    )
    for obj in objects:
        obj.localized_place = (
            places.get(obj.place.translation_key, obj.place) if obj.place else None
        )
        obj.localized_themes = [
            themes.get(theme.translation_key, theme) for theme in obj.themes.all()
        ]
        obj.image_items = [
            {
                "image": images[block["value"]["image"]],
                "alt": block["value"].get("alt_text") or "",
                "caption": block["value"].get("caption") or "",
            }
            for block in obj.images.raw_data
            if block["type"] == "image" and block["value"].get("image") in images
        ]
    return objects


def exhibit_detail_relations(exhibit, code):
    """Everything an exhibit detail shows besides its own fields."""
    linked = [
        link.museum_object
        for link in exhibit.exhibit_objects.select_related(
            "museum_object__place", "museum_object__locale"
        ).order_by("sort_order")
    ]
    versions = localized_versions_of(
        MuseumObject,
        linked,
        code,
        MuseumObject.objects.select_related("place"),
    )
    objects = [
        versions[obj.translation_key]
        for obj in linked
        if obj.translation_key in versions
    ]
    prefetch_related_objects(objects, "themes")
    # The exhibit's places and themes, localized with its objects' ones: at
    # most one query per vocabulary.
    places = [link.place for link in exhibit.exhibit_places.all()]
    themes = [link.theme for link in exhibit.exhibit_themes.select_related("theme")]
    place_versions = localized_versions_of(Place, [*_places_of(objects), *places], code)
    theme_versions = localized_versions_of(Theme, [*_themes_of(objects), *themes], code)
    exhibit.localized_objects = attach_object_relations(
        objects, code, places=place_versions, themes=theme_versions
    )
    exhibit.localized_places = [
        place_versions.get(p.translation_key, p) for p in places
    ]
    exhibit.localized_themes = [
        theme_versions.get(t.translation_key, t) for t in themes
    ]
    exhibit.localized_curator = None
    if exhibit.curator_id:
        curator = exhibit.curator  # selected with the exhibit (the viewset)
        exhibit.localized_curator = localized_versions_of(Person, [curator], code).get(
            curator.translation_key, curator
        )
    related = [
        link.related_page
        for link in exhibit.related_pages.select_related("related_page")
    ]
    exhibit.localized_related = public_localized_pages(related)
    exhibit.linked_stories = stories_linking(exhibit, code)
    return exhibit


def stories_linking(exhibit, code):
    """Public interviews (in ``code``) that link this exhibit.

    The documented relation between the apps: a story links exhibits
    (``StoryExhibit``); an exhibit shows the stories that link it.
    """
    from cms.core.visibility import public_stories
    from cms.stories.models import StoryExhibit, StoryPage

    # A subquery of the linking stories rather than a join and DISTINCT,
    # which would compare whole page rows.
    linking = StoryExhibit.objects.filter(
        exhibit__translation_key=exhibit.translation_key
    ).values("page_id")
    return list(
        public_stories(
            StoryPage.objects.filter(locale__language_code=code, pk__in=linking)
        ).order_by("title")
    )
