"""Words for the generated dataset, in the museum's four languages.

A handful of words rotated by item number: enough for search to have real
matches (the bench searches for "valise" in French) without shipping a corpus.
"""

KIND_WORDS = {
    "exhibit": {"fr": "Exposition", "ar": "معرض", "en": "Exhibit", "zgh": "ⵜⴰⵙⴽⴰⵏⵜ"},
    "object": {"fr": "Objet", "ar": "قطعة", "en": "Object", "zgh": "ⴰⵖⴰⵡⵙ"},
    "story": {"fr": "Récit", "ar": "رواية", "en": "Story", "zgh": "ⵜⴰⵏⴼⵓⵙⵜ"},
    "knowledge": {"fr": "Pratique", "ar": "ممارسة", "en": "Practice", "zgh": "ⵜⴰⵎⵙⴽⵔⵜ"},
}
TOPICS = {
    "fr": [
        "la valise du départ",
        "les lettres de Lille",
        "le contrat de la mine",
        "le passeport vert",
        "le retour d'été",
        "la boutique de Bruxelles",
    ],
    "ar": [
        "حقيبة الرحيل",
        "رسائل ليل",
        "عقد المنجم",
        "جواز السفر الأخضر",
        "عودة الصيف",
        "دكان بروكسل",
    ],
    "en": [
        "the departure suitcase",
        "the letters from Lille",
        "the mine contract",
        "the green passport",
        "the summer return",
        "the Brussels shop",
    ],
    "zgh": [
        "ⵜⴰⵙⵓⵜⵜ ⵏ ⵓⵎⵓⴷⴷⵓ",
        "ⵜⵉⴱⵔⴰⵜⵉⵏ ⵏ ⵍⵉⵍ",
        "ⴰⵙⵎⵙⴰⵙⴰ ⵏ ⵜⵎⵉⵏⵜ",
        "ⴰⴷⵍⵉⵙ ⴰⵣⴳⵣⴰⵡ",
        "ⵜⵓⵖⵓⵍⵜ ⵏ ⵓⵏⴱⴷⵓ",
        "ⵜⴰⵃⴰⵏⵓⵜ ⵏ ⴱⵔⵓⴽⵙⵉⵍ",
    ],
}
SENTENCE = {
    "fr": "Ce récit suit {topic} entre le Maroc et l'Europe, des années 1960 à nos jours.",
    "ar": "يتتبع هذا السرد {topic} بين المغرب وأوروبا منذ الستينيات إلى اليوم.",
    "en": "This account follows {topic} between Morocco and Europe, from the 1960s to today.",
    "zgh": "ⴰⵙⴰⵍ ⴰⴷ ⵉⴹⴼⵕ {topic} ⴳⵔ ⵍⵎⵖⵔⵉⴱ ⴷ ⵓⵔⵓⴱⴱⴰ.",
}


def title(kind, code, number):
    topic = TOPICS[code][number % len(TOPICS[code])]
    return f"{KIND_WORDS[kind][code]} {number} : {topic}"


def sentence(code, number):
    return SENTENCE[code].format(topic=TOPICS[code][number % len(TOPICS[code])])


def paragraph_html(code, number):
    return f"<p>{sentence(code, number)}</p>"
