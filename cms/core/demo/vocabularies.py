"""Seeds the shared vocabularies (themes, places, people, institutions)."""

from decimal import Decimal

from cms.core.models import Institution, Person, Place, Theme

from . import taxonomy
from .seeding import demo_key, translate_everywhere, upsert_translatable

COORDINATE = Decimal("0.00001")


def seed(report):
    seed_themes(taxonomy.THEMES, report)
    seed_places(taxonomy.PLACES, report)
    seed_people(taxonomy.PEOPLE, report)
    seed_institutions(taxonomy.INSTITUTIONS, report)
    report(
        f"vocabularies: {len(taxonomy.THEMES)} themes, {len(taxonomy.PLACES)} places, "
        f"{len(taxonomy.PEOPLE)} people, {len(taxonomy.INSTITUTIONS)} institutions"
    )


def seed_themes(items, report):
    for item in items:
        theme, changed = upsert_translatable(
            Theme,
            demo_key("theme", item["key"]),
            name=item["name"].fr,
            description=item["description"].fr,
        )
        if changed:
            report(f"[fr] theme {theme.name}: saved")
        translate_everywhere(
            theme, [item["name"], item["description"]], report, theme.name
        )


def seed_places(items, report):
    for item in items:
        place, changed = upsert_translatable(
            Place,
            demo_key("place", item["key"]),
            name=item["name"].fr,
            country=item["country"],
            latitude=Decimal(str(item["latitude"])).quantize(COORDINATE),
            longitude=Decimal(str(item["longitude"])).quantize(COORDINATE),
        )
        if changed:
            report(f"[fr] place {place.name}: saved")
        translate_everywhere(place, [item["name"]], report, place.name)


def seed_people(items, report):
    for item in items:
        person, changed = upsert_translatable(
            Person,
            demo_key("person", item["key"]),
            name=item["name"].fr,
            roles=item["roles"].fr,
            biography=item["biography"].fr,
        )
        if changed:
            report(f"[fr] person {person.name}: saved")
        translate_everywhere(
            person,
            [item["name"], item["roles"], item["biography"]],
            report,
            person.name,
        )


def seed_institutions(items, report):
    for item in items:
        institution, changed = upsert_translatable(
            Institution,
            demo_key("institution", item["key"]),
            name=item["name"].fr,
            country=item["country"],
            kind=item["kind"],
            website=item["website"],
        )
        if changed:
            report(f"[fr] institution {institution.name}: saved")
        translate_everywhere(institution, [item["name"]], report, institution.name)
