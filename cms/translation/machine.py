"""Machine translation behind the museum glossary, the glossary's admin, the
"confirm machine translations" action and the translation editor's language
support (right-to-left Arabic, Tifinagh).

The service itself is chosen by ``MACHINE_TRANSLATION`` (see
``cms.translation.machine_config``); the setting always names
``GlossaryTranslator``, which calls the real service after applying the
glossary of the target language.
"""

import json
import logging
import re
import unicodedata
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.module_loading import import_string
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.staticfiles import versioned_static
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize.machine_translators import deepl
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.strings import StringValue
from wagtail_localize.views.edit_translation import user_can_edit_instance

from cms.core.languages import MUSEUM_LANGUAGES, SOURCE_LANGUAGE
from cms.translation.models import GlossaryTerm

logger = logging.getLogger(__name__)

CONFIRMED_ACTION = "translation.machine_strings_confirmed"

# --------------------------------------------------------------------------
# Services


class DeepLTranslator(deepl.DeepLTranslator):
    """wagtail-localize's DeepL translator, with an optional ``API_URL``
    (``DEEPL_API_URL``) for the endpoint instead of guessing it from the key."""

    def get_api_endpoint(self):
        return self.options.get("API_URL") or super().get_api_endpoint()


# --------------------------------------------------------------------------
# The glossary applied to machine translation

APOSTROPHES = "'’ʼ"
HYPHENS = "-‐‑"
_HYPHEN_CLASS = re.escape(HYPHENS)  # inside [...], "-" must not make a range
# A term is a whole word (or words): no letter, digit or hyphen may touch it.
# An apostrophe may ("l’exil" contains the term "exil").
_BEFORE = rf"(?<![\w{_HYPHEN_CLASS}])"
_AFTER = rf"(?![\w{_HYPHEN_CLASS}])"
_WORD_CHAR = re.compile(r"\w")
PLACEHOLDER_TAG = "span"
_PLACEHOLDER_ID = re.compile(r"^museum-glossary-(\d+)$")


def _placeholder_id(index):
    return f"museum-glossary-{index}"


def _term_pattern(term):
    """A regular expression for ``term`` that accepts any apostrophe, any
    hyphen and any run of white space (no-break spaces of French typography
    included) where the term has one."""
    words = []
    for word in unicodedata.normalize("NFC", term).split():
        pattern = ""
        for char in word:
            if char in APOSTROPHES:
                pattern += f"[{APOSTROPHES}]"
            elif char in HYPHENS:
                pattern += f"[{_HYPHEN_CLASS}]"
            else:
                pattern += re.escape(char)
        words.append(pattern)
    return r"\s+".join(words)


@dataclass(frozen=True)
class _Term:
    term: str
    translation: str


class Glossary:
    """The glossary terms of one target language, ready to match."""

    def __init__(self, terms):
        self.terms = sorted(
            (
                _Term(unicodedata.normalize("NFC", term.strip()), translation.strip())
                for term, translation in terms
                if term.strip() and translation.strip()
            ),
            # Longest first: "carte de séjour" wins over "carte".
            key=lambda term: len(term.term),
            reverse=True,
        )
        self.regex = None
        if self.terms:
            alternatives = "|".join(
                f"(?P<t{index}>{_term_pattern(term.term)})"
                for index, term in enumerate(self.terms)
            )
            self.regex = re.compile(
                f"{_BEFORE}(?:{alternatives}){_AFTER}", re.IGNORECASE
            )

    @classmethod
    def for_locale(cls, locale):
        return cls(
            GlossaryTerm.objects.filter(target_locale=locale).values_list(
                "term", "translation"
            )
        )

    def __bool__(self):
        return bool(self.terms)

    def rendering(self, match):
        """The glossary translation for a match, capitalised when the source
        capitalised a term the glossary writes in lower case."""
        term = self.terms[int(match.lastgroup[1:])]
        text = term.translation
        found = match.group()
        if found[:1].isupper() and term.term[:1].islower() and text[:1].islower():
            text = text[:1].upper() + text[1:]
        return text


@dataclass
class _Prepared:
    """A segment with its glossary terms replaced by placeholders."""

    value: StringValue
    renderings: list  # glossary translations, by placeholder number
    needs_machine: bool  # is there anything left for the service to translate?


def prepare(value, glossary):
    """Replace every glossary term in the text of ``value`` (never in its
    tags) by an empty placeholder element that translation services keep, in
    HTML as in XML mode."""
    soup = BeautifulSoup(value.data, "html.parser")
    renderings = []
    for node in list(soup.find_all(string=True)):
        if type(node) is not NavigableString:  # comments, CDATA: leave alone
            continue
        text = unicodedata.normalize("NFC", str(node))
        pieces, position = [], 0
        for match in glossary.regex.finditer(text):
            pieces.append(text[position : match.start()])
            placeholder = soup.new_tag(
                PLACEHOLDER_TAG, attrs={"id": _placeholder_id(len(renderings))}
            )
            renderings.append(glossary.rendering(match))
            pieces.append(placeholder)
            position = match.end()
        if not pieces:
            continue
        pieces.append(text[position:])
        node.replace_with(
            *(
                NavigableString(piece) if isinstance(piece, str) else piece
                for piece in pieces
                if piece != ""
            )
        )
    if not renderings:  # sent exactly as wagtail-localize would have sent it
        return _Prepared(value, [], needs_machine=True)
    needs_machine = any(
        _WORD_CHAR.search(str(node)) for node in soup.find_all(string=True)
    )
    return _Prepared(StringValue(str(soup)), renderings, needs_machine)


def _touches(node, index):
    """Is ``node`` text whose character at ``index`` is part of a word?"""
    return (
        isinstance(node, NavigableString)
        and node != ""
        and bool(_WORD_CHAR.match(node[index]))
    )


def restore(html, renderings):
    """Put the glossary translations in place of the placeholders of a
    translated segment. ``None`` when the service lost, duplicated or filled a
    placeholder, or returned something that is not a valid segment: the
    segment is then left for a translator rather than published without its
    glossary term."""
    soup = BeautifulSoup(html, "html.parser")
    placeholders = soup.find_all(id=_PLACEHOLDER_ID)
    numbers = sorted(
        int(_PLACEHOLDER_ID.match(tag["id"]).group(1)) for tag in placeholders
    )
    if numbers != list(range(len(renderings))):
        return None
    for tag in placeholders:
        if tag.name != PLACEHOLDER_TAG or tag.get_text().strip():
            return None
        text = renderings[int(_PLACEHOLDER_ID.match(tag["id"]).group(1))]
        # A service may drop the spaces around an empty element; don't glue
        # the term to the neighbouring words.
        before, after = tag.previous_sibling, tag.next_sibling
        if _touches(before, -1) and _WORD_CHAR.match(text[:1]):
            text = " " + text
        if _touches(after, 0) and _WORD_CHAR.match(text[-1:]):
            text = text + " "
        tag.replace_with(NavigableString(text))
    try:
        return StringValue.from_translated_html(str(soup))
    except ValueError:
        return None


class GlossaryTranslator(BaseMachineTranslator):
    """Machine translation through the configured service, with the museum
    glossary applied first.

    OPTIONS: ``BACKEND`` (dotted path of a wagtail-localize machine
    translator) and ``BACKEND_OPTIONS`` (its own OPTIONS).

    A segment that is only a glossary term (give or take case, white space and
    punctuation) gets the glossary translation without the service being
    asked. Inside longer segments each term becomes a placeholder the service
    keeps and moves with the sentence; the glossary translation replaces it
    afterwards. If the service loses a placeholder, the segment is left
    untranslated for a human.
    """

    def __init__(self, options):
        super().__init__(options)
        backend_class = import_string(options["BACKEND"])
        self.backend = backend_class(options.get("BACKEND_OPTIONS", {}))

    @property
    def display_name(self):
        return gettext("%(service)s and the museum glossary") % {
            "service": self.backend.display_name
        }

    def can_translate(self, source_locale, target_locale):
        targets = self.options.get("TARGET_LANGUAGES")
        if targets is not None and target_locale.language_code not in targets:
            return False
        return self.backend.can_translate(source_locale, target_locale)

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        glossary = Glossary.for_locale(target_locale)
        if not glossary:
            return self.backend.translate(source_locale, target_locale, strings)

        results, prepared = {}, {}
        for string in strings:
            segment = prepare(string, glossary)
            if segment.needs_machine:
                prepared[string] = segment
            else:  # only glossary terms (and punctuation): no need to ask
                results[string] = restore(segment.value.data, segment.renderings)

        to_machine = list(dict.fromkeys(segment.value for segment in prepared.values()))
        translated = (
            self.backend.translate(source_locale, target_locale, to_machine)
            if to_machine
            else {}
        )
        for string, segment in prepared.items():
            answer = translated.get(segment.value)
            if answer is None or answer.data is None:
                results[string] = None
            elif not segment.renderings:
                results[string] = answer
            else:
                results[string] = restore(answer.data, segment.renderings)
                if results[string] is None:
                    logger.warning(
                        "%s lost a glossary term while translating %r into %s; "
                        "left for a translator.",
                        self.backend.display_name,
                        string.data[:80],
                        target_locale.language_code,
                    )
        return results


# --------------------------------------------------------------------------
# Confirming machine-made strings


def machine_strings(translation):
    """The machine-made, not yet confirmed, strings of ``translation``."""
    current_segments = StringSegment.objects.filter(
        source_id=translation.source_id,
        string_id=OuterRef("translation_of_id"),
        context_id=OuterRef("context_id"),
    )
    return StringTranslation.objects.filter(
        locale_id=translation.target_locale_id,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    ).filter(Exists(current_segments))


def confirm_machine_strings(translation, user) -> int:
    """Mark every machine-made string of ``translation`` as reviewed by
    ``user`` (it counts as human work from now on). ``tool_name`` stays, so
    that the string's history still shows which service made it. Returns how
    many strings were confirmed."""
    return machine_strings(translation).update(
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        last_translated_by=user,
    )


@require_POST
def confirm_machine_strings_view(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist as error:
        raise Http404 from error
    if not user_can_edit_instance(request.user, instance):
        raise PermissionDenied

    count = confirm_machine_strings(translation, request.user)
    if count:
        log(
            instance=instance,
            action=CONFIRMED_ACTION,
            user=request.user,
            data={"count": count, "locale": translation.target_locale.language_code},
        )
        messages.success(
            request,
            ngettext(
                "%(count)d machine-translated string confirmed as reviewed.",
                "%(count)d machine-translated strings confirmed as reviewed.",
                count,
            )
            % {"count": count},
        )
    else:
        messages.info(request, gettext("No machine-translated strings to confirm."))

    next_url = get_valid_next_url_from_request(request)
    if not next_url:
        next_url = AdminURLFinder(request.user).get_edit_url(instance) or reverse(
            "wagtailadmin_home"
        )
    return redirect(next_url)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "translation/<int:translation_id>/confirm-machine-strings/",
            confirm_machine_strings_view,
            name="translation_confirm_machine_strings",
        )
    ]


@hooks.register("register_log_actions")
def register_log_actions(actions):
    @actions.register_action(CONFIRMED_ACTION)
    class MachineStringsConfirmed(LogFormatter):
        label = _("Confirm machine translation")

        def format_message(self, log_entry):
            count = log_entry.data.get("count", 0)
            return ngettext(
                "%(count)d machine-translated string confirmed as reviewed "
                "(%(language)s)",
                "%(count)d machine-translated strings confirmed as reviewed "
                "(%(language)s)",
                count,
            ) % {"count": count, "language": log_entry.data.get("locale", "")}


# --------------------------------------------------------------------------
# The translation editor: direction, language and font of the target fields


@hooks.register("insert_global_admin_css")
def translation_editor_css():
    return format_html(
        '<link rel="stylesheet" href="{}">',
        versioned_static("translation/css/translation-editor.css"),
    )


@hooks.register("insert_editor_js")
def translation_editor_js():
    """The script reads the target locale from the editor's props and marks
    the translation fields with its language and direction, which it reads
    from this tag (from ``cms.core.languages``)."""
    languages = {
        language.code: {"dir": language.direction, "script": language.script}
        for language in MUSEUM_LANGUAGES
    }
    return format_html(
        '<script src="{}" data-museum-languages="{}"></script>',
        versioned_static("translation/js/translation-editor.js"),
        json.dumps(languages, separators=(",", ":")),
    )


# --------------------------------------------------------------------------
# The glossary in the admin


class GlossaryTermForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Terms are French; they are translated into the other languages.
        self.fields["target_locale"].queryset = Locale.objects.exclude(
            language_code=SOURCE_LANGUAGE
        ).order_by("language_code")


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "list-ul"
    menu_label = _("Glossary")
    list_display = ["term", "translation", "target_locale", "note"]
    list_filter = ["target_locale"]
    search_fields = ["term", "translation", "note"]
    ordering = ["term"]
    edit_handler = ObjectList(
        [
            FieldPanel("term"),
            FieldPanel("target_locale"),
            FieldPanel("translation"),
            FieldPanel("note"),
        ],
        base_form_class=GlossaryTermForm,
    )


register_snippet(GlossaryTermViewSet)
