"""schema.org descriptions (JSON-LD) of pages and objects.

``script_json`` escapes ``<``, ``>`` and ``&`` (as Django's ``json_script``
does), so no title or text can close the ``<script>`` element.
"""

import json
from decimal import Decimal

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from cms.core.images import _absolute

_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def script_json(data) -> str:
    """``data`` as JSON that is safe inside ``<script>…</script>``."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=None)
    return mark_safe(text.translate(_ESCAPES))  # noqa: S308 (escaped above)


def plain(html, words=60) -> str:
    """Rich text as plain text, shortened."""
    text = " ".join(strip_tags(str(html or "")).split())
    return Truncator(text).words(words, truncate="…")


def iso_duration(seconds) -> str | None:
    """Seconds as an ISO 8601 duration (PT1H2M3S)."""
    if not seconds:
        return None
    total = round(float(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    parts = "PT"
    if hours:
        parts += f"{hours}H"
    if minutes:
        parts += f"{minutes}M"
    if secs or parts == "PT":
        parts += f"{secs}S"
    return parts


def place_data(place):
    if place is None:
        return None
    data = {"@type": "Place", "name": place.name}
    if place.country:
        data["address"] = {"@type": "PostalAddress", "addressCountry": place.country}
    if place.latitude is not None and place.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(Decimal(place.latitude)),
            "longitude": float(Decimal(place.longitude)),
        }
    return data


def og_image(image, request=None) -> dict | None:
    """The "og" rendition (1200×630) of ``image``, absolute URL."""
    if image is None:
        return None
    from cms.core.images import RENDITIONS

    rendition = image.get_rendition(RENDITIONS["og"])
    return {
        "url": _absolute(rendition.url, request),
        "width": rendition.width,
        "height": rendition.height,
        "alt": image.default_alt_text or image.title,
    }


def _base(type_, name, url, code, description="", image=None):
    data = {
        "@context": "https://schema.org",
        "@type": type_,
        "name": name,
        "url": url,
        "inLanguage": code,
    }
    if description:
        data["description"] = description
    if image:
        data["image"] = image["url"]
    return data


def _dates(data, page):
    if page.first_published_at:
        data["datePublished"] = page.first_published_at.isoformat()
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    return data


def page_data(page, request, *, url, description, image, code):
    """The JSON-LD of a (specific) page."""
    from cms.core.localization import localize
    from cms.core.visibility import story_content_is_public
    from cms.exhibits.models import ExhibitPage
    from cms.knowledge.models import KnowledgePage, PeerExchangeEvent
    from cms.stories.models import StoryPage

    if isinstance(page, ExhibitPage):
        data = _base("ExhibitionEvent", page.title, url, code, description, image)
        data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
        data["location"] = {"@type": "VirtualLocation", "url": url}
        period = "/".join(p for p in (page.period_start, page.period_end) if p)
        if period:
            data["temporalCoverage"] = period
        places = localize(
            [link.place for link in page.exhibit_places.select_related("place")], code
        )
        data["about"] = [place_data(place) for place in places]
        data["contentLocation"] = data["about"]
        if not data["about"]:
            del data["about"], data["contentLocation"]
        return _dates(data, page)

    if isinstance(page, StoryPage):
        data = _base("CreativeWork", page.title, url, code, description, image)
        data["genre"] = "oral history"
        if page.recorded_date:
            data["dateCreated"] = page.recorded_date
        if page.recorded_place_id:
            (place,) = localize([page.recorded_place], code)
            data["contentLocation"] = place_data(place)
        recording = page.recording
        if recording is not None and story_content_is_public(page):
            kind = "VideoObject" if recording.type == "video" else "AudioObject"
            media = {
                "@type": kind,
                "name": recording.title,
                "contentUrl": _absolute(recording.url, request),
                "inLanguage": page.original_language,
            }
            duration = iso_duration(recording.duration)
            if duration:
                media["duration"] = duration
            mime = getattr(recording, "mime_type", "")
            if mime:
                media["encodingFormat"] = mime
            transcript = "\n".join(
                segment.text for segment in page.segments.all() if segment.text
            )
            if transcript:
                media["transcript"] = transcript
            data["audio" if kind == "AudioObject" else "video"] = media
        return _dates(data, page)

    if isinstance(page, KnowledgePage):
        data = _base("Article", page.title, url, code, description, image)
        data["headline"] = Truncator(page.title).chars(110)
        data["genre"] = page.get_kind_display()
        return _dates(data, page)

    if isinstance(page, PeerExchangeEvent):
        data = _base("Event", page.title, url, code, description, image)
        data["startDate"] = page.start_date
        if page.end_date:
            data["endDate"] = page.end_date
        if page.place_id:
            (place,) = localize([page.place], code)
            data["location"] = place_data(place)
        return _dates(data, page)

    if page.depth <= 2:
        return _base("WebSite", page.title, url, code, description, image)
    return _dates(
        _base("CollectionPage", page.title, url, code, description, image), page
    )


def object_data(museum_object, request, *, url, description, image, code):
    """The JSON-LD of a museum object's page."""
    data = _base("CreativeWork", museum_object.title, url, code, description, image)
    data["identifier"] = museum_object.accession_number
    data["inLanguage"] = museum_object.locale.language_code
    if museum_object.date:
        data["dateCreated"] = museum_object.date
    if museum_object.materials:
        data["material"] = museum_object.materials
    if museum_object.dimensions:
        data["size"] = museum_object.dimensions
    if museum_object.credit_line:
        data["creditText"] = museum_object.credit_line
    if museum_object.rights:
        data["license"] = museum_object.rights
    place = getattr(museum_object, "localized_place", None) or museum_object.place
    if place is not None:
        data["locationCreated"] = place_data(place)
    return data
