"""What the demo home page features: three exhibits and a public interview.

Featured items are synchronised fields, so after the French home page is
published its translations are synced again (no new text to translate)."""

from cms.core.demo import site as site_texts
from cms.core.demo.seeding import demo_key, source_locale
from cms.core.demo.texts import catalogue

FEATURED_EXHIBITS = ["first-departures", "women-of-migration", "summer-return"]
FEATURED_STORY = "fatima-gennevilliers"


def seed(report):
    from wagtail.models import Site

    from cms.core.languages import CODES, SOURCE_LANGUAGE
    from cms.core.models import HomeFeaturedExhibit
    from cms.exhibits.models import ExhibitPage
    from cms.stories.models import StoryPage
    from cms.translation.operations import refresh_source, translate_from_catalogue

    home = Site.objects.get(is_default_site=True).root_page.specific
    french = source_locale()
    exhibits = [
        page
        for key in FEATURED_EXHIBITS
        for page in ExhibitPage.objects.filter(
            translation_key=demo_key("exhibit", key), locale=french
        )
    ]
    story = StoryPage.objects.filter(
        translation_key=demo_key("story", FEATURED_STORY), locale=french
    ).first()
    current = [
        (item.exhibit_id, item.sort_order) for item in home.featured_exhibits.all()
    ]
    wanted = [(page.pk, order) for order, page in enumerate(exhibits)]
    if current == wanted and home.featured_story_id == (story.pk if story else None):
        report("[fr] home page featured items: unchanged")
        return
    home.featured_exhibits = [
        HomeFeaturedExhibit(exhibit=page, sort_order=order)
        for order, page in enumerate(exhibits)
    ]
    home.featured_story = story
    home.save_revision().publish()
    report("[fr] home page featured items: updated")
    texts = (
        site_texts.HOME_TITLE,
        site_texts.HOME_SLUG,
        *site_texts.HOME_INTRODUCTION,
    )
    _source, changed = refresh_source(type(home).objects.get(pk=home.pk))
    for code in CODES:
        if code == SOURCE_LANGUAGE:
            continue
        translate_from_catalogue(
            home, code, catalogue(texts, code), source_is_newer=changed
        )
        report(f"[{code}] home page featured items: synced")
