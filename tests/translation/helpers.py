"""What translators and editors do, for tests: the real admin views and PO
files of wagtail-localize."""

from django.urls import reverse
from wagtail_localize.models import Translation
from wagtail_localize.synctree import create_aliases_for_new_page

from cms.knowledge.models import KnowledgeIndexPage, KnowledgePage


def new_page(locales, slug="lettres-de-bruxelles", title="Lettres de Bruxelles"):
    """A published French knowledge page, with the untranslated copies the
    admin's create view makes in the synced trees."""
    index = KnowledgeIndexPage.objects.get(locale=locales["fr"])
    page = KnowledgePage(
        title=title,
        slug=slug,
        kind="toolkit",
        summary="<p>Un guide pour écrire aux consulats.</p>",
        countries=["MA", "BE"],
        sdgs=[10],
    )
    index.add_child(instance=page)
    create_aliases_for_new_page(page)
    page.save_revision().publish()
    return page


def submit(client, page, locale) -> Translation:
    """An editor sends ``page`` for translation into ``locale`` in the admin."""
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale.pk]},
    )
    assert response.status_code == 302
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    )


def fill_from_po(translation, user, *, only=None):
    """What a translator does with a downloaded PO file: translate (some of)
    the strings, upload it and publish."""
    po = translation.export_po()
    for entry in po:
        if only is None or entry.msgid in only:
            entry.msgstr = f"ترجمة {entry.msgid}"
    translation.import_po(po, user=user, tool_name="PO File")
    translation.save_target(user=user, publish=True)
