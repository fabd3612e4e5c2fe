"""Per-language text normalisation, the same for indexing and querying.

Done in Python so that PostgreSQL needs no extension (``unaccent`` is missing
on some managed databases and on the embedded server):

- French and English: lower-case, accents dropped (é→e, ç→c, œ→oe);
- Arabic: tashkeel and tatweel dropped, alef forms (آ أ إ ٱ) → ا,
  taa marbuta ة → ه, alef maqsura ى → ي, ؤ → و, ئ → ي;
- Tifinagh (zgh): kept as is (lower-casing leaves it unchanged).

Each language then has its PostgreSQL text search configuration
(``CONFIGS``): stemming for French, English and Arabic, plain tokens for
Tifinagh.
"""

import html as html_module
import re
import unicodedata

CONFIGS = {"fr": "french", "en": "english", "ar": "arabic", "zgh": "simple"}

ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
ARABIC_LETTERS = str.maketrans(
    {
        "آ": "ا",
        "أ": "ا",
        "إ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ؤ": "و",
        "ئ": "ي",
    }
)
LATIN_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})
# A word: letters, digits and the marks that belong inside one (Latin
# combining accents, Arabic tashkeel and tatweel).
WORD = re.compile(r"[\w\u0300-\u036f\u064b-\u065f\u0670\u0640]+")
TAGS = re.compile(r"<[^>]+>")
TIFINAGH_JOINER = "\u2d7f"


def config_for(code: str) -> str:
    return CONFIGS.get(code, "simple")


def fold_latin(text: str) -> str:
    text = text.lower().translate(LATIN_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(
        char
        for char in decomposed
        if not unicodedata.combining(char) or char == TIFINAGH_JOINER
    )


def fold_arabic(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    return ARABIC_MARKS.sub("", text).translate(ARABIC_LETTERS)


def normalize(text: str, code: str) -> str:
    """``text`` as stored in (and looked up from) the index of language ``code``.

    Every language folds Arabic letter variants and Latin accents: French
    content quotes Arabic words and the reverse; neither changes Tifinagh."""
    if not text:
        return ""
    return fold_arabic(fold_latin(text))


def words(text: str, code: str) -> list[str]:
    """The normalised words of ``text``, without punctuation."""
    return WORD.findall(normalize(text, code))


def plain(html: str) -> str:
    """Rich text as plain text: tags become spaces, entities characters."""
    text = html_module.unescape(TAGS.sub(" ", html or ""))
    return re.sub(r"\s+", " ", text).strip()
