"""One image shape for every channel (page fields, blocks, rich text, API).

Named rendition presets only: clients pick a preset, never a filter spec, so a
request can never make the server generate arbitrary renditions.
"""

from wagtail.images.models import Filter

RENDITIONS = {
    "thumb": "fill-160x160",
    "card": "fill-600x400",
    "hero": "width-1600",
    "og": "fill-1200x630",
}
# What the public site's templates ask for (srcset widths, cards, galleries).
SITE_RENDITIONS = (
    "width-400",
    "width-800",
    "width-1200",
    "width-1600",
    "fill-300x300",
    "fill-600x600",
)


# Filters parse their spec (and inspect each operation's signature) once per
# instance: the API asks for the same four renditions of every image it
# shows, so it keeps these instances for the life of the process.
_API_FILTERS = tuple(Filter(spec=spec) for spec in RENDITIONS.values())


def rendition_specs():
    return list(RENDITIONS.values())


def all_rendition_specs():
    return [*RENDITIONS.values(), *SITE_RENDITIONS]


def _absolute(url, request):
    if url.startswith(("http://", "https://")):
        return url
    if request is not None:
        return request.build_absolute_uri(url)
    from django.conf import settings

    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def image_representation(image, *, request=None, alt=None, caption=""):
    """The API shape of ``image``: ids, text, rights and named renditions.

    ``alt`` overrides the image's own alternative text where the context needs
    other words. Uses renditions prefetched with ``prefetch_renditions`` when
    present, otherwise fetches (or makes) them in one batch.
    """
    if image is None:
        return None
    renditions = image.get_renditions(*_API_FILTERS)
    focal_point = None
    if image.has_focal_point():
        focal_point = {
            "x": image.focal_point_x,
            "y": image.focal_point_y,
            "width": image.focal_point_width,
            "height": image.focal_point_height,
        }
    return {
        "id": image.id,
        "alt": alt or image.default_alt_text,
        "caption": caption or "",
        "credit": image.credit,
        "rights": image.rights,
        "width": image.width,
        "height": image.height,
        "focal_point": focal_point,
        "renditions": {
            name: {
                "url": _absolute(renditions[spec].url, request),
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for name, spec in RENDITIONS.items()
        },
    }
