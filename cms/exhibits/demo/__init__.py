"""Demo exhibits and museum objects, with drawn images, translated into ar, en
and zgh through wagtail-localize. The texts are in the modules beside this one."""

from wagtail.rich_text import RichText

from cms.core.demo import taxonomy
from cms.core.demo.images import landscape_picture, object_picture
from cms.core.demo.seeding import (
    demo_key,
    source_locale,
    translate_everywhere,
    upsert_image,
    upsert_translatable,
    without_block_ids,
)
from cms.core.demo.texts import paragraphs
from cms.core.models import Person, Place, Theme
from cms.exhibits.demo import exhibits as exhibit_texts
from cms.exhibits.demo import objects_1, objects_2
from cms.exhibits.models import (
    ExhibitIndexPage,
    ExhibitObject,
    ExhibitPage,
    ExhibitPlace,
    ExhibitTheme,
    MuseumObject,
)

OBJECTS = [*objects_1.OBJECTS, *objects_2.OBJECTS]
EXHIBITS = exhibit_texts.EXHIBITS
OBJECTS_BY_NUMBER = {item["accession_number"]: item for item in OBJECTS}
CREDIT = "Musée des migrations marocaines (illustration)"
HERO_COLOURS = ("#b4552d", "#2f5d50", "#8a6d3b", "#6b3e75", "#3b5b8a", "#7a4b2a")


def seed(report):
    themes = {
        item["key"]: Theme.objects.get(
            translation_key=demo_key("theme", item["key"]), locale=source_locale()
        )
        for item in taxonomy.THEMES
    }
    places = {
        item["key"]: Place.objects.get(
            translation_key=demo_key("place", item["key"]), locale=source_locale()
        )
        for item in taxonomy.PLACES
    }
    people = {
        item["key"]: Person.objects.get(
            translation_key=demo_key("person", item["key"]), locale=source_locale()
        )
        for item in taxonomy.PEOPLE
    }
    objects = {}
    for number, item in enumerate(OBJECTS, start=1):
        objects[item["accession_number"]] = seed_object(item, themes, places, report)
        if number % 5 == 0:
            report(f"objects: {number}/{len(OBJECTS)}")
    index = ExhibitIndexPage.objects.get(locale=source_locale())
    for number, item in enumerate(EXHIBITS, start=1):
        seed_exhibit(index, item, number, themes, places, people, objects, report)
        report(f"exhibits: {number}/{len(EXHIBITS)}")


def seed_object(item, themes, places, report):
    image, _created = upsert_image(
        f"{item['accession_number']} · {item['title'].fr}",
        lambda: object_picture(
            item["image"]["kind"], item["image"]["colour"], item["accession_number"]
        ),
        alt_text=item["title"].fr,
        credit=CREDIT,
        rights="https://creativecommons.org/licenses/by/4.0/",
        filename=f"{item['accession_number'].lower().replace('.', '-')}.jpg",
    )
    images = [("image", {"image": image, "caption": "", "alt_text": item["title"].fr})]
    obj = MuseumObject.objects.filter(
        accession_number=item["accession_number"], locale=source_locale()
    ).first()
    fields = {
        "accession_number": item["accession_number"],
        "title": item["title"].fr,
        "description": paragraphs([item["description"]]),
        "date": item["date"],
        "place": places[item["place"]],
        "materials": item["materials"].fr,
        "dimensions": item["dimensions"],
        "provenance": item["provenance"].fr,
        "credit_line": item["credit_line"].fr,
        "rights": item["rights"],
    }
    obj, changed = upsert_translatable(
        MuseumObject,
        obj.translation_key if obj else demo_key("object", item["accession_number"]),
        **fields,
    )
    new_images = MuseumObject(images=images).images
    if without_block_ids(list(obj.images.get_prep_value())) != without_block_ids(
        list(new_images.get_prep_value())
    ):
        obj.images = images
        changed = True
    wanted_themes = {themes[key].pk for key in item["themes"]}
    if set(obj.themes.values_list("pk", flat=True)) != wanted_themes:
        obj.themes.set(wanted_themes)
        changed = True
    if changed:
        obj.save()
    texts = [
        item["title"],
        item["description"],
        item["materials"],
        item["provenance"],
        item["credit_line"],
    ]
    translate_everywhere(obj, texts, report, item["accession_number"])
    return obj


def exhibit_body(item, places, objects):
    body = [
        ("paragraph", RichText(paragraphs([paragraph]))) for paragraph in item["body"]
    ]
    first_object = objects[item["objects"][0]]
    body.insert(
        1,
        (
            "image",
            {
                "image": first_object.images[0].value["image"],
                "caption": first_object.title,
                "alt_text": "",
            },
        ),
    )
    body.append(
        (
            "quote",
            {
                "quote": item["quote"]["text"].fr,
                "attribution": item["quote"]["attribution"].fr,
            },
        )
    )
    body.append(
        (
            "timeline",
            {
                "events": [
                    {"date": event["date"], "title": event["title"].fr, "text": ""}
                    for event in item["timeline"]
                ]
            },
        )
    )
    body.append(("map_point", {"place": places[item["places"][0]], "label": ""}))
    return body


def texts_of_exhibit(item):
    return [
        item["title"],
        item["slug"],
        item["introduction"],
        *item["body"],
        item["quote"]["text"],
        item["quote"]["attribution"],
        *(event["title"] for event in item["timeline"]),
        OBJECTS_BY_NUMBER[item["objects"][0]]["title"],
    ]


def seed_exhibit(index, item, number, themes, places, people, objects, report):
    key = demo_key("exhibit", item["slug"].en)
    hero, _created = upsert_image(
        f"{item['title'].fr} (illustration)",
        lambda: landscape_picture(
            HERO_COLOURS[(number - 1) % len(HERO_COLOURS)], item["slug"].en
        ),
        alt_text=item["title"].fr,
        credit=CREDIT,
        rights="https://creativecommons.org/licenses/by/4.0/",
        filename=f"exhibit-{item['slug'].en}.jpg",
    )
    fields = {
        "title": item["title"].fr,
        "slug": item["slug"].fr,
        "introduction": paragraphs([item["introduction"]]),
        "hero_image": hero,
        "curator": people[item["curator"]],
        "period_start": item["period_start"],
        "period_end": item["period_end"],
    }
    page = ExhibitPage.objects.filter(
        translation_key=key, locale=source_locale()
    ).first()
    created = page is None
    if created:
        page = ExhibitPage(translation_key=key, **fields)
    changed = created or any(
        getattr(page, name) != value for name, value in fields.items()
    )
    for name, value in fields.items():
        setattr(page, name, value)

    body = exhibit_body(item, places, objects)
    new_body = ExhibitPage(body=body).body
    if created or without_block_ids(
        list(page.body.get_prep_value())
    ) != without_block_ids(list(new_body.get_prep_value())):
        page.body = body
        changed = True
    relations = {
        "exhibit_places": (
            "place_id",
            ExhibitPlace,
            "place",
            [places[k] for k in item["places"]],
        ),
        "exhibit_themes": (
            "theme_id",
            ExhibitTheme,
            "theme",
            [themes[k] for k in item["themes"]],
        ),
        "exhibit_objects": (
            "museum_object_id",
            ExhibitObject,
            "museum_object",
            [objects[k] for k in item["objects"]],
        ),
    }
    for relation, (attname, model, field, targets) in relations.items():
        current = [getattr(link, attname) for link in getattr(page, relation).all()]
        if created or current != [target.pk for target in targets]:
            setattr(page, relation, [model(**{field: target}) for target in targets])
            changed = True

    if created:
        index.add_child(instance=page)
    if changed or not page.live or page.has_unpublished_changes:
        page.save_revision().publish()
        report(f"[fr] {page.title}: {'created' if created else 'updated'}")
    translate_everywhere(page, texts_of_exhibit(item), report, item["slug"].en)
