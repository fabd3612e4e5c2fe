"""Machine translation: the service chosen from the environment, the museum
glossary applied before it, machine-made strings kept marked until a person
confirms them, and the translation editor's right-to-left and Tifinagh
support."""

import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from django.utils.translation import override
from wagtail.models import Locale, Page, PageLogEntry
from wagtail.users.models import UserProfile
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.operations import translate_object
from wagtail_localize.strings import StringValue

from cms.core.models import HomePage
from cms.translation.machine import DeepLTranslator, GlossaryTranslator
from cms.translation.machine_config import (
    MachineTranslationConfigError,
    machine_translator_setting,
)
from cms.translation.models import GlossaryTerm

pytestmark = pytest.mark.django_db

BASE_DIR = Path(__file__).resolve().parents[2]

GLOSSARY = "cms.translation.machine.GlossaryTranslator"
DUMMY = "wagtail_localize.machine_translators.dummy.DummyTranslator"
DUMMY_WITH_GLOSSARY = {
    "CLASS": GLOSSARY,
    "OPTIONS": {
        "BACKEND": DUMMY,
        "BACKEND_OPTIONS": {},
        "TARGET_LANGUAGES": ["ar", "en", "zgh"],
    },
}
TOOL_NAME = "Dummy translator and the museum glossary"
RESIDENCE_PERMIT_AR = "بطاقة الإقامة"
RESIDENCE_PERMIT_ZGH = "ⵜⴰⴽⴰⵔⴹⴰ ⵏ ⵓⵣⴷⴰⵖ"


# --------------------------------------------------------------------------
# Test services


class RecordingTranslator(BaseMachineTranslator):
    """Returns each segment as it was sent, and remembers what it was sent."""

    display_name = "Recorder"
    sent: list = []

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        RecordingTranslator.sent.extend(string.data for string in strings)
        return {string: StringValue(string.data) for string in strings}

    def can_translate(self, source_locale, target_locale):
        return source_locale != target_locale


class TagDroppingTranslator(BaseMachineTranslator):
    """A service that throws away empty elements (and so our placeholders)."""

    display_name = "Careless"

    def translate(self, source_locale, target_locale, strings):
        import re

        return {
            string: StringValue(re.sub(r"<span[^>]*></span>", "", string.data))
            for string in strings
        }


def glossary_translator(backend):
    return GlossaryTranslator({"BACKEND": f"{__name__}.{backend.__name__}"})


@pytest.fixture
def recorder():
    RecordingTranslator.sent = []
    return RecordingTranslator


def locale(code):
    return Locale.objects.get(language_code=code)


# --------------------------------------------------------------------------
# The service comes from the environment


def test_without_machine_translation_set_the_offline_dummy_is_used_behind_the_glossary():
    assert machine_translator_setting({}) == DUMMY_WITH_GLOSSARY
    assert machine_translator_setting({"MACHINE_TRANSLATION": " Dummy "}) == (
        machine_translator_setting({"MACHINE_TRANSLATION": "dummy"})
    )


def test_deepl_takes_its_key_and_optional_endpoint():
    assert machine_translator_setting(
        {"MACHINE_TRANSLATION": "deepl", "DEEPL_API_KEY": "abc:fx"}
    ) == {
        "CLASS": GLOSSARY,
        "OPTIONS": {
            "BACKEND": "cms.translation.machine.DeepLTranslator",
            "BACKEND_OPTIONS": {"AUTH_KEY": "abc:fx"},
            "TARGET_LANGUAGES": ["ar", "en"],
        },
    }
    setting = machine_translator_setting(
        {
            "MACHINE_TRANSLATION": "deepl",
            "DEEPL_API_KEY": "abc",
            "DEEPL_API_URL": "https://api-free.deepl.com/v2/translate",
        }
    )
    assert setting["OPTIONS"]["BACKEND_OPTIONS"] == {
        "AUTH_KEY": "abc",
        "API_URL": "https://api-free.deepl.com/v2/translate",
    }


def test_deepl_endpoint_is_the_configured_one_or_wagtail_localizes_guess():
    assert (
        DeepLTranslator(
            {"AUTH_KEY": "abc", "API_URL": "https://deepl.example.org/v2/translate"}
        ).get_api_endpoint()
        == "https://deepl.example.org/v2/translate"
    )
    assert (
        DeepLTranslator({"AUTH_KEY": "abc:fx"}).get_api_endpoint()
        == "https://api-free.deepl.com/v2/translate"
    )


def test_google_takes_its_project_and_needs_its_client_library():
    environ = {"MACHINE_TRANSLATION": "google", "GOOGLE_CLOUD_PROJECT_ID": "museum-123"}
    assert machine_translator_setting(environ, module_available=lambda name: True) == {
        "CLASS": GLOSSARY,
        "OPTIONS": {
            "BACKEND": "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
            "BACKEND_OPTIONS": {"PROJECT_ID": "museum-123"},
            "TARGET_LANGUAGES": ["ar", "en"],
        },
    }
    located = machine_translator_setting(
        {**environ, "GOOGLE_CLOUD_LOCATION": "europe-west1"},
        module_available=lambda name: True,
    )
    assert located["OPTIONS"]["BACKEND_OPTIONS"] == {
        "PROJECT_ID": "museum-123",
        "LOCATION": "europe-west1",
    }
    with pytest.raises(MachineTranslationConfigError, match="google-cloud-translate"):
        machine_translator_setting(environ, module_available=lambda name: False)


def test_libretranslate_takes_its_url_and_optional_key():
    setting = machine_translator_setting(
        {
            "MACHINE_TRANSLATION": "libretranslate",
            "LIBRETRANSLATE_URL": "https://translate.example.org/",
            "LIBRETRANSLATE_API_KEY": "secret",
        }
    )
    assert setting == {
        "CLASS": GLOSSARY,
        "OPTIONS": {
            "BACKEND": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "BACKEND_OPTIONS": {
                "LIBRETRANSLATE_URL": "https://translate.example.org",
                "API_KEY": "secret",
            },
            "TARGET_LANGUAGES": ["ar", "en"],
        },
    }
    keyless = machine_translator_setting(
        {
            "MACHINE_TRANSLATION": "libretranslate",
            "LIBRETRANSLATE_URL": "http://127.0.0.1:5000",
        }
    )
    assert keyless["OPTIONS"]["BACKEND_OPTIONS"]["API_KEY"] == ""


def test_real_services_are_not_offered_for_tamazight_unless_configured():
    locales = {
        code: Locale.objects.get(language_code=code)
        for code in ["fr", "ar", "en", "zgh"]
    }
    deepl = GlossaryTranslator(
        machine_translator_setting(
            {"MACHINE_TRANSLATION": "deepl", "DEEPL_API_KEY": "abc"}
        )["OPTIONS"]
    )
    assert deepl.can_translate(locales["fr"], locales["ar"])
    assert not deepl.can_translate(locales["fr"], locales["zgh"])
    widened = machine_translator_setting(
        {
            "MACHINE_TRANSLATION": "deepl",
            "DEEPL_API_KEY": "abc",
            "MACHINE_TRANSLATION_LANGUAGES": "en, zgh",
        }
    )
    assert widened["OPTIONS"]["TARGET_LANGUAGES"] == ["en", "zgh"]
    with pytest.raises(MachineTranslationConfigError, match="not fr"):
        machine_translator_setting({"MACHINE_TRANSLATION_LANGUAGES": "ar,fr"})


def test_none_turns_machine_translation_off():
    assert machine_translator_setting({"MACHINE_TRANSLATION": "none"}) is None


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        (
            {"MACHINE_TRANSLATION": "deepl"},
            "MACHINE_TRANSLATION=deepl needs DEEPL_API_KEY to be set.",
        ),
        (
            {"MACHINE_TRANSLATION": "deepl", "DEEPL_API_KEY": "  "},
            "MACHINE_TRANSLATION=deepl needs DEEPL_API_KEY to be set.",
        ),
        (
            {"MACHINE_TRANSLATION": "google"},
            "MACHINE_TRANSLATION=google needs GOOGLE_CLOUD_PROJECT_ID to be set.",
        ),
        (
            {"MACHINE_TRANSLATION": "libretranslate"},
            "MACHINE_TRANSLATION=libretranslate needs LIBRETRANSLATE_URL to be set.",
        ),
        (
            {
                "MACHINE_TRANSLATION": "libretranslate",
                "LIBRETRANSLATE_URL": "translate.example.org",
            },
            "LIBRETRANSLATE_URL must be an http(s) URL for "
            "MACHINE_TRANSLATION=libretranslate, not 'translate.example.org'.",
        ),
        (
            {"MACHINE_TRANSLATION": "babelfish"},
            "MACHINE_TRANSLATION must be one of dummy, deepl, google, "
            "libretranslate, none, not 'babelfish'.",
        ),
    ],
)
def test_a_chosen_service_without_its_configuration_is_refused(environ, message):
    with pytest.raises(MachineTranslationConfigError) as error:
        machine_translator_setting(environ)
    assert str(error.value) == message


def test_the_site_refuses_to_start_with_an_unconfigured_service():
    environ = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        # Never connected to: the check fails while reading settings.
        "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none",
        "MACHINE_TRANSLATION": "deepl",
    }
    environ.pop("DEEPL_API_KEY", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=BASE_DIR,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert result.stderr.strip().splitlines()[-1] == (
        "django.core.exceptions.ImproperlyConfigured: "
        "MACHINE_TRANSLATION=deepl needs DEEPL_API_KEY to be set."
    )


# --------------------------------------------------------------------------
# The glossary


@pytest.fixture
def residence_permit(db):
    return [
        GlossaryTerm.objects.create(
            term="carte de séjour",
            target_locale=locale("ar"),
            translation=RESIDENCE_PERMIT_AR,
        ),
        GlossaryTerm.objects.create(
            term="carte de séjour",
            target_locale=locale("zgh"),
            translation=RESIDENCE_PERMIT_ZGH,
        ),
    ]


def translate(translator, code, *texts):
    strings = [StringValue(text) for text in texts]
    result = translator.translate(locale("fr"), locale(code), strings)
    return [None if result[s] is None else result[s].data for s in strings]


def test_a_multi_word_term_in_a_sentence_keeps_its_glossary_translation(
    residence_permit,
):
    translator = GlossaryTranslator({"BACKEND": DUMMY})

    [arabic] = translate(translator, "ar", "Elle a obtenu sa carte de séjour en 1963.")
    [tamazight] = translate(
        translator, "zgh", "Elle a obtenu sa carte de séjour en 1963."
    )
    [english] = translate(translator, "en", "Elle a obtenu sa carte de séjour en 1963.")

    # The dummy service reverses the words; the glossary term stays whole.
    assert arabic.strip() == "1963. en بطاقة الإقامة sa obtenu a Elle"
    assert tamazight.strip() == "1963. en ⵜⴰⴽⴰⵔⴹⴰ ⵏ ⵓⵣⴷⴰⵖ sa obtenu a Elle"
    # No English glossary entry: the service alone translates it.
    assert english == "1963. en séjour de carte sa obtenu a Elle"


def test_a_segment_that_is_a_glossary_term_is_not_sent_to_the_service(
    residence_permit, recorder
):
    translator = glossary_translator(RecordingTranslator)

    result = translate(
        translator, "ar", "Carte de séjour", "  CARTE  DE SÉJOUR ", "Une valise"
    )

    assert [text.strip() for text in result] == [
        RESIDENCE_PERMIT_AR,
        RESIDENCE_PERMIT_AR,
        "Une valise",
    ]
    assert recorder.sent == ["Une valise"]


def test_terms_match_whole_words_longest_first_with_any_apostrophe(recorder):
    for term, translation in [
        ("exil", "المنفى"),
        ("carte", "بطاقة"),
        ("carte de séjour", RESIDENCE_PERMIT_AR),
        ("aujourd'hui", "اليوم"),
    ]:
        GlossaryTerm.objects.create(
            term=term, target_locale=locale("ar"), translation=translation
        )
    translator = glossary_translator(RecordingTranslator)

    [result] = translate(
        translator,
        "ar",
        "Les exilés, l’exil, la carte-mère, la carte\u00a0de se\u0301jour, "
        "la carte aujourd’hui.",
    )

    assert result == (
        "Les exilés, l’المنفى, la carte-mère, la بطاقة الإقامة, la بطاقة اليوم."
    )


def test_a_capitalised_term_is_rendered_capitalised_where_the_script_has_case(
    recorder,
):
    GlossaryTerm.objects.create(
        term="marche verte", target_locale=locale("en"), translation="green march"
    )
    translator = glossary_translator(RecordingTranslator)

    assert translate(translator, "en", "Marche verte", "la marche verte") == [
        "Green march",
        "la green march",
    ]


def test_terms_inside_links_and_markup_keep_the_markup(residence_permit):
    translator = GlossaryTranslator({"BACKEND": DUMMY})

    [result] = translate(
        translator, "ar", 'Sa <a id="a1">carte de séjour</a> &amp; son <b>passeport</b>'
    )

    assert '<a id="a1">بطاقة الإقامة</a>' in result
    assert "<b>passeport</b>" in result
    assert "&amp;" in result
    assert "séjour" not in result


def test_a_service_that_loses_the_term_leaves_the_segment_for_a_translator(
    residence_permit,
):
    translator = glossary_translator(TagDroppingTranslator)

    result = translate(
        translator, "ar", "Elle a obtenu sa carte de séjour en 1963.", "Une valise"
    )

    assert result == [None, "Une valise"]


def test_the_translator_names_its_service_and_asks_it_what_it_can_do():
    translator = GlossaryTranslator({"BACKEND": DUMMY})

    with override("en"):
        assert translator.display_name == TOOL_NAME
    assert translator.can_translate(locale("fr"), locale("ar"))
    assert not translator.can_translate(locale("fr"), locale("fr"))


# --------------------------------------------------------------------------
# Through the admin: machine translation, human edits, confirmation


@pytest.fixture
def dummy_service(settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY_WITH_GLOSSARY


@pytest.fixture
def translator_client(client, admin_user):
    """A superuser whose admin is in English (the admin speaks the user's
    language; tool names and messages are then English)."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user)
    return client


@pytest.fixture
def permit_page(admin_user, django_capture_on_commit_callbacks):
    """A French page with its (not yet translated) Arabic, English and
    Tamazight translations, as wagtail-localize opens them."""
    root = Page.objects.get(depth=1)
    page = root.add_child(
        instance=HomePage(
            title="Carte de séjour",
            slug="carte-de-sejour",
            introduction=(
                "<p>Elle a obtenu sa carte de séjour en 1963.</p>"
                "<p>Une valise en carton.</p>"
            ),
        )
    )
    page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(
            page, [locale("ar"), locale("en"), locale("zgh")], user=admin_user
        )
    return page


def translation_of(page, code):
    source = TranslationSource.objects.get(
        object_id=page.translation_key, locale=page.locale
    )
    return Translation.objects.get(source=source, target_locale=locale(code))


def editor_url(page, code):
    return reverse(
        "wagtailadmin_pages:edit", args=[page.get_translation(locale(code)).id]
    )


def strings_of(page, code):
    """{source text: StringTranslation} for one language of ``page``."""
    translation = translation_of(page, code)
    result = {}
    for segment in StringSegment.objects.filter(
        source=translation.source
    ).select_related("string"):
        result[segment.string.data] = StringTranslation.objects.filter(
            translation_of=segment.string,
            context=segment.context_id,
            locale=translation.target_locale,
        ).first()
    return result


def machine_translate(client, page, code):
    return client.post(
        reverse(
            "wagtail_localize:machine_translate", args=[translation_of(page, code).id]
        ),
        {"next": editor_url(page, code)},
    )


def test_machine_translation_in_the_admin_marks_every_string_machine_made(
    dummy_service, translator_client, permit_page, residence_permit, admin_user
):
    response = machine_translate(translator_client, permit_page, "ar")

    assert response.status_code == 302
    assert response.url == editor_url(permit_page, "ar")
    assert [str(m).strip() for m in get_messages(response.wsgi_request)] == [
        f"Successfully translated with {TOOL_NAME}."
    ]
    strings = strings_of(permit_page, "ar")
    assert {
        source: (string.translation_type, string.tool_name, string.last_translated_by)
        for source, string in strings.items()
    } == dict.fromkeys(
        [
            "Carte de séjour",
            "carte-de-sejour",
            "Elle a obtenu sa carte de séjour en 1963.",
            "Une valise en carton.",
        ],
        ("machine", TOOL_NAME, admin_user),
    )
    # The title is the glossary term itself; in the sentence the term stays
    # whole while the dummy service reverses the other words.
    assert strings["Carte de séjour"].data == RESIDENCE_PERMIT_AR
    assert (
        strings["Elle a obtenu sa carte de séjour en 1963."].data.strip()
        == "1963. en بطاقة الإقامة sa obtenu a Elle"
    )
    assert strings["Une valise en carton."].data == "carton. en valise Une"


def test_the_glossary_applies_per_target_language_in_the_admin(
    dummy_service, translator_client, permit_page, residence_permit
):
    for code in ["en", "zgh"]:
        machine_translate(translator_client, permit_page, code)

    sentence = "Elle a obtenu sa carte de séjour en 1963."
    assert strings_of(permit_page, "zgh")["Carte de séjour"].data == (
        RESIDENCE_PERMIT_ZGH
    )
    assert RESIDENCE_PERMIT_ZGH in strings_of(permit_page, "zgh")[sentence].data
    assert strings_of(permit_page, "en")[sentence].data == (
        "1963. en séjour de carte sa obtenu a Elle"
    )


def edit_string(client, page, code, source_text, value):
    translation = translation_of(page, code)
    segment = StringSegment.objects.get(
        source=translation.source, string__data=source_text
    )
    # As the editor's React app sends it: a FormData body in a PUT.
    return client.put(
        reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation.id, segment.id],
        ),
        data=encode_multipart(BOUNDARY, {"value": value}),
        content_type=MULTIPART_CONTENT,
    )


def test_a_human_edit_in_the_editor_makes_that_string_manual(
    dummy_service, translator_client, permit_page
):
    machine_translate(translator_client, permit_page, "ar")

    response = edit_string(
        translator_client,
        permit_page,
        "ar",
        "Une valise en carton.",
        "حقيبة من الورق المقوى.",
    )

    assert response.status_code == 200, response.content
    strings = strings_of(permit_page, "ar")
    edited = strings["Une valise en carton."]
    assert (edited.data, edited.translation_type, edited.tool_name) == (
        "حقيبة من الورق المقوى.",
        "manual",
        "",
    )
    assert strings["Carte de séjour"].translation_type == "machine"


def confirm_url(page, code):
    return reverse(
        "translation_confirm_machine_strings", args=[translation_of(page, code).id]
    )


def test_confirming_turns_the_remaining_machine_strings_manual_and_keeps_their_history(
    dummy_service, translator_client, permit_page, admin_user
):
    machine_translate(translator_client, permit_page, "ar")
    edit_string(translator_client, permit_page, "ar", "Une valise en carton.", "حقيبة.")
    other_translator = get_user_model().objects.create_superuser(
        "reviewer", "reviewer@example.org", "pw"
    )
    UserProfile.objects.update_or_create(
        user=other_translator, defaults={"preferred_language": "en"}
    )
    translator_client.force_login(other_translator)
    editor = editor_url(permit_page, "ar")
    assert b"3 strings were translated by a machine and not yet reviewed." in (
        translator_client.get(editor).content
    )

    response = translator_client.post(confirm_url(permit_page, "ar"), {"next": editor})

    assert response.status_code == 302
    assert response.url == editor
    assert [str(m).strip() for m in get_messages(response.wsgi_request)] == [
        "3 machine-translated strings confirmed as reviewed."
    ]
    strings = strings_of(permit_page, "ar")
    assert {
        source: (string.translation_type, string.tool_name, string.last_translated_by)
        for source, string in strings.items()
    } == {
        "Carte de séjour": ("manual", TOOL_NAME, other_translator),
        "carte-de-sejour": ("manual", TOOL_NAME, other_translator),
        "Elle a obtenu sa carte de séjour en 1963.": (
            "manual",
            TOOL_NAME,
            other_translator,
        ),
        # Edited by hand before: untouched.
        "Une valise en carton.": ("manual", "", admin_user),
    }
    # Recorded in the page's history, and nothing is left to confirm.
    arabic_page = permit_page.get_translation(locale("ar"))
    entry = PageLogEntry.objects.get(
        page=arabic_page, action="translation.machine_strings_confirmed"
    )
    assert entry.user == other_translator
    with override("en"):
        assert entry.message == (
            "3 machine-translated strings confirmed as reviewed (ar)"
        )
    history = translator_client.get(
        reverse("wagtailadmin_pages:history", args=[arabic_page.id])
    )
    assert "3 machine-translated strings confirmed as reviewed (ar)" in (
        history.content.decode()
    )
    assert b"not yet reviewed" not in translator_client.get(editor).content
    # Other languages keep their own machine strings.
    machine_translate(translator_client, permit_page, "en")
    assert {
        string.translation_type for string in strings_of(permit_page, "en").values()
    } == {"machine"}


def test_confirming_is_refused_to_someone_who_may_not_edit_the_translation(
    dummy_service, translator_client, permit_page, client
):
    machine_translate(translator_client, permit_page, "ar")
    visitor = get_user_model().objects.create_user("visitor", password="pw")
    visitor.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    client.force_login(visitor)

    response = client.post(confirm_url(permit_page, "ar"))

    # Wagtail's admin answers a refused action with a redirect to the dashboard.
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert "error" in [m.level_tag for m in get_messages(response.wsgi_request)]
    assert {
        string.translation_type for string in strings_of(permit_page, "ar").values()
    } == {"machine"}
    client.logout()
    assert client.post(confirm_url(permit_page, "ar")).status_code == 302
    assert {
        string.translation_type for string in strings_of(permit_page, "ar").values()
    } == {"machine"}


def test_confirming_only_accepts_post(translator_client, permit_page):
    assert translator_client.get(confirm_url(permit_page, "ar")).status_code == 405


def test_without_a_service_there_is_no_machine_translation(
    settings, translator_client, permit_page
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

    assert machine_translate(translator_client, permit_page, "ar").status_code == 404
    assert (
        b"Translate with"
        not in translator_client.get(editor_url(permit_page, "ar")).content
    )


# --------------------------------------------------------------------------
# The translation editor: right-to-left Arabic, Tifinagh


class _EditorPage(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts, self.stylesheets, self.props = [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("src"):
            self.scripts.append(attrs)
        elif tag == "link" and attrs.get("rel") == "stylesheet":
            self.stylesheets.append(attrs["href"])
        elif "js-translation-editor" in (attrs.get("class") or "").split():
            self.props = json.loads(attrs["data-props"])


def test_the_arabic_editor_page_carries_what_makes_its_fields_right_to_left(
    dummy_service, translator_client, permit_page, client
):
    response = translator_client.get(editor_url(permit_page, "ar"))

    assert response.status_code == 200
    page = _EditorPage()
    page.feed(response.content.decode())
    # The React editor's props name the target language…
    assert page.props["locale"]["code"] == "ar"
    assert page.props["sourceLocale"]["code"] == "fr"
    # …and our script, loaded from a static file, knows it is right-to-left
    # and that Tamazight is written in Tifinagh.
    [script] = [s for s in page.scripts if "translation/js/" in s["src"]]
    languages = json.loads(script["data-museum-languages"])
    assert languages["ar"] == {"dir": "rtl", "script": "Arab"}
    assert languages["zgh"] == {"dir": "ltr", "script": "Tfng"}
    assert languages["fr"]["dir"] == "ltr"
    [stylesheet] = [s for s in page.stylesheets if "translation/css/" in s]

    # Both files are served; the stylesheet's Tifinagh font is too.
    js = client.get(script["src"].split("?")[0])
    css = client.get(stylesheet.split("?")[0])
    assert js.status_code == css.status_code == 200
    js_text = b"".join(js.streaming_content).decode()
    css_text = b"".join(css.streaming_content).decode()
    assert "props.locale" in js_text
    assert 'setAttribute("dir"' in js_text
    assert "Noto Sans Tifinagh" in css_text
    font = client.get("/static/core/fonts/noto-sans-tifinagh-tifinagh-400-normal.woff2")
    assert font.status_code == 200


def test_the_editor_offers_to_confirm_machine_strings_once_there_are_some(
    dummy_service, translator_client, permit_page
):
    editor = editor_url(permit_page, "ar")
    assert b"data-museum-machine-review" not in translator_client.get(editor).content

    machine_translate(translator_client, permit_page, "ar")
    content = translator_client.get(editor).content.decode()

    assert "4 strings were translated by a machine and not yet reviewed." in content
    assert f'action="{confirm_url(permit_page, "ar")}"' in content
    form = content.split("data-museum-machine-review")[1].split("</form>")[0]
    assert 'name="csrfmiddlewaretoken"' in form
    assert "<script>" not in form


# --------------------------------------------------------------------------
# The glossary in the admin


def glossary_url(action="list", *args):
    return reverse(f"wagtailsnippets_translation_glossaryterm:{action}", args=args)


def test_the_glossary_lists_filters_and_searches_terms(
    translator_client, residence_permit
):
    GlossaryTerm.objects.create(
        term="exil", target_locale=locale("en"), translation="exile"
    )

    listing = translator_client.get(glossary_url()).content.decode()
    arabic_only = translator_client.get(
        glossary_url(), {"target_locale": locale("ar").pk}
    ).content.decode()
    search = translator_client.get(glossary_url(), {"q": "exil"}).content.decode()

    for text in ["carte de séjour", RESIDENCE_PERMIT_AR, RESIDENCE_PERMIT_ZGH, "exile"]:
        assert text in listing
    assert "العربية" in listing
    assert "ⵜⴰⵎⴰⵣⵉⵖⵜ" in listing
    assert RESIDENCE_PERMIT_AR in arabic_only
    assert RESIDENCE_PERMIT_ZGH not in arabic_only
    assert "exile" not in arabic_only
    assert "exile" in search
    assert RESIDENCE_PERMIT_AR not in search


def test_a_term_is_added_once_per_language_and_only_for_target_languages(
    translator_client, residence_permit
):
    form = translator_client.get(glossary_url("add")).context["form"]
    assert {
        choice.language_code for choice in form.fields["target_locale"].queryset
    } == {"ar", "en", "zgh"}

    duplicate = translator_client.post(
        glossary_url("add"),
        {
            "term": "Carte de Séjour",
            "target_locale": locale("ar").pk,
            "translation": "بطاقة",
            "note": "",
        },
    )
    added = translator_client.post(
        glossary_url("add"),
        {
            "term": "Carte de Séjour",
            "target_locale": locale("en").pk,
            "translation": "residence permit",
            "note": "Not 'residency card'.",
        },
    )

    assert duplicate.status_code == 200
    assert "This term already has a translation in this language." in (
        duplicate.content.decode()
    )
    assert added.status_code == 302
    assert GlossaryTerm.objects.filter(
        target_locale=locale("en")
    ).get().translation == ("residence permit")
