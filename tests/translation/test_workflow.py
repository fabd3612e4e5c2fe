"""The whole translation workflow, as issue 6 describes it: an editor opens
"Translation status", sees what is missing in Amazigh, sends the section for
translation in one action, a translator limited to Amazigh completes it, and
the report, the API and the site show the new statuses."""

from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.synctree import create_aliases_for_new_page

from cms.knowledge.models import KnowledgeIndexPage, KnowledgePage
from cms.translation.review import SUBMIT
from tests.translation.test_report import report_rows

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/translation-status/"
TRANSLATE_URL = "/admin/translation/section/translate/"


def member(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    client = Client()
    client.force_login(user)
    return client


def test_an_editor_sends_a_section_to_amazigh_and_a_translator_completes_it(
    django_user_model, api_client, django_capture_on_commit_callbacks
):
    editor = member(django_user_model, "editrice", "Editors (fr)")
    translator = member(django_user_model, "amazigh", "Translators (zgh)")
    zgh = Locale.objects.get(language_code="zgh")
    index = KnowledgeIndexPage.objects.get(locale__language_code="fr")
    titles = ["Guichets consulaires", "Écoles du samedi"]
    pages = []
    with django_capture_on_commit_callbacks(execute=True):
        for title in titles:
            page = KnowledgePage(
                title=title,
                slug=title.lower().replace(" ", "-").replace("é", "e"),
                kind="toolkit",
                summary=f"<p>{title} : un retour d'expérience.</p>",
                countries=["MA"],
                sdgs=[4],
            )
            index.add_child(instance=page)
            create_aliases_for_new_page(page)  # as the admin's create view does
            page.save_revision().publish()
            pages.append(page)

    # 1. The editor sees both new pages missing in Amazigh.
    response = editor.get(REPORT_URL, {"language": "zgh", "status": "missing"})
    rows = report_rows(response)
    for title in titles:
        assert rows[title]["zgh"][0] == "missing"

    # 2. One action sends the whole knowledge section to Amazigh.
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(TRANSLATE_URL, {"page": index.pk, "languages": ["zgh"]})
    assert response.status_code == 302
    rows = report_rows(editor.get(REPORT_URL, {"language": "zgh"}))
    for title in titles:
        assert rows[title]["zgh"][0] == "in_progress"

    # 3. The Amazigh translator translates every string in the editor and
    #    submits it for review (she does not publish: review is mandatory);
    #    a curator approves, which publishes.
    curator = member(django_user_model, "conservatrice", "Curators")
    for page in pages:
        target = page.get_translation(zgh)
        edit_url = reverse("wagtailadmin_pages:edit", args=[target.pk])
        assert translator.get(edit_url).status_code == 200
        translation = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=zgh
        )
        for segment in StringSegment.objects.filter(source=translation.source):
            response = translator.put(
                reverse(
                    "wagtail_localize:edit_string_translation",
                    args=[translation.pk, segment.pk],
                ),
                urlencode({"value": f"ⵜⴰⵙⵓⵖⵍⵜ {segment.order}"}),
                content_type="application/x-www-form-urlencoded",
            )
            assert response.status_code in (200, 201)
        with django_capture_on_commit_callbacks(execute=True):
            response = translator.post(edit_url, {SUBMIT: "1"})
        assert response.status_code == 302
        target = target.specific_class.objects.get(pk=target.pk)
        assert target.current_workflow_task.name == "Curator review"
        with django_capture_on_commit_callbacks(execute=True):
            response = curator.post(
                reverse(
                    "wagtailadmin_pages:workflow_action",
                    args=(target.pk, "approve", target.current_workflow_task_state.pk),
                )
            )
        assert response.status_code == 302

    # 4. The report, the API and the site all say it is done.
    rows = report_rows(editor.get(REPORT_URL, {"language": "zgh"}))
    for page in pages:
        assert rows[page.title]["zgh"][0] == "current"
        body = api_client.get(
            f"/api/v1/knowledge/{page.translation_key}/", {"locale": "zgh"}
        ).json()
        assert body["locale"]["served"] == "zgh"
        assert body["meta"]["translation"]["status"] == "current"
        assert body["meta"]["translation"]["reviewed"] is True
        html = api_client.get(page.get_translation(zgh).url).content.decode()
        assert "translation-notice" not in html

    # The translator could not have done the same in English.
    english = pages[0].get_translation(Locale.objects.get(language_code="en"))
    response = translator.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
