"""Demo vocabularies: themes, places (real coordinates), people (fictional)
and institutions (fictional), in French, Arabic, English and Tamazight."""

from .texts import Text

THEMES = [
    {
        "key": "departures",
        "name": Text(fr="Départs", ar="الرحيل", en="Departures", zgh="ⴰⵎⵓⴷⴷⵓ"),
        "description": Text(
            fr="Quitter le village, la ville, le pays : les premiers pas de l’émigration.",
            ar="مغادرة القرية والمدينة والبلد: الخطوات الأولى للهجرة.",
            en="Leaving the village, the town, the country: the first steps of emigration.",
            zgh="ⴰⵙⵙⵓⴼⵖ ⵙⴳ ⵜⵓⴷⴷⵔⵜ, ⵙⴳ ⵜⵎⴷⵉⵏⵜ, ⵙⴳ ⵜⵎⴰⵣⵉⵔⵜ: ⵉⵙⵓⵔⵉⴼⵏ ⵉⵎⵣⵡⵓⵔⴰ ⵏ ⵓⵎⵓⴷⴷⵓ.",
        ),
    },
    {
        "key": "work",
        "name": Text(fr="Travail", ar="العمل", en="Work", zgh="ⵜⴰⵡⵓⵔⵉ"),
        "description": Text(
            fr="Les usines, les mines, les chantiers et les champs où l’on a recruté.",
            ar="المصانع والمناجم والأوراش والحقول التي استُقدم إليها العمال.",
            en="The factories, mines, building sites and fields that recruited workers.",
            zgh="ⵜⵉⵎⵥⵍⴰⵢ, ⵜⵉⵏⵣⴰⵔ ⴷ ⵉⵢⵔⵔⴰ ⵍⵍⵉ ⵉⵙⵙⵓⴷⵓⵏ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ.",
        ),
    },
    {
        "key": "family-and-letters",
        "name": Text(
            fr="Famille et correspondance",
            ar="الأسرة والمراسلات",
            en="Family and letters",
            zgh="ⵜⴰⵡⴰⵛⵓⵍⵜ ⴷ ⵜⵉⴱⵔⴰⵜⵉⵏ",
        ),
        "description": Text(
            fr="Ce qui relie ceux qui partent à ceux qui restent : lettres, cassettes, mandats.",
            ar="ما يربط من رحلوا بمن بقوا: رسائل وأشرطة وحوالات.",
            en="What ties those who leave to those who stay: letters, cassettes, money orders.",
            zgh="ⵎⴰⵢⴷ ⵉⵇⵇⵏⵏ ⵡⵉⵏⵏⴰ ⵢⵓⴷⴷⴰⵏ ⴷ ⵡⵉⵏⵏⴰ ⵉⵇⵇⵉⵎⵏ: ⵜⵉⴱⵔⴰⵜⵉⵏ, ⵜⵉⴽⴰⵙⵉⵜⵉⵏ, ⵉⴷⵔⵉⵎⵏ.",
        ),
    },
    {
        "key": "return-and-summer",
        "name": Text(
            fr="Retours et étés",
            ar="العودة والصيف",
            en="Return and summers",
            zgh="ⵜⵓⵖⵓⵍⵜ ⴷ ⵓⵏⴱⴷⵓ",
        ),
        "description": Text(
            fr="Les voyages d’été vers le pays, les routes, les ports et les retrouvailles.",
            ar="رحلات الصيف نحو الوطن، والطرق والموانئ ولقاءات الأهل.",
            en="Summer journeys home, the roads, the ports and the reunions.",
            zgh="ⵉⵎⵓⴷⴷⴰ ⵏ ⵓⵏⴱⴷⵓ ⵖⵔ ⵜⵎⴰⵣⵉⵔⵜ, ⵉⴱⵔⴷⴰⵏ, ⵉⵎⵔⵙⴰ ⴷ ⵓⵎⵢⴰⴼⴰⵏ.",
        ),
    },
    {
        "key": "women-in-migration",
        "name": Text(
            fr="Femmes en migration",
            ar="النساء في الهجرة",
            en="Women in migration",
            zgh="ⵜⵉⵎⵖⴰⵔⵉⵏ ⴳ ⵓⵎⵓⴷⴷⵓ",
        ),
        "description": Text(
            fr="Épouses, ouvrières, mères, militantes : les femmes qui ont fait l’immigration.",
            ar="زوجات وعاملات وأمهات ومناضلات: نساء صنعن تاريخ الهجرة.",
            en="Wives, workers, mothers, activists: the women who made migration history.",
            zgh="ⵜⵉⵎⵖⴰⵔⵉⵏ, ⵜⵉⵎⵙⵡⵓⵔⵉⵢⵉⵏ, ⵜⵉⵢⵎⵎⴰⵜⵉⵏ: ⵜⵉⵏⵏⴰ ⵢⵓⴳⴰⵏ ⴰⵎⵣⵔⵓⵢ ⵏ ⵓⵎⵓⴷⴷⵓ.",
        ),
    },
    {
        "key": "languages-and-memory",
        "name": Text(
            fr="Langues et mémoire",
            ar="اللغات والذاكرة",
            en="Languages and memory",
            zgh="ⵜⵓⵜⵍⴰⵢⵉⵏ ⴷ ⵜⵉⴽⵜⵉ",
        ),
        "description": Text(
            fr="Darija, tamazight, français, néerlandais : les langues qu’on transmet ou qu’on perd.",
            ar="الدارجة والأمازيغية والفرنسية والهولندية: لغات تُورَّث أو تضيع.",
            en="Darija, Tamazight, French, Dutch: the languages passed on or lost.",
            zgh="ⵜⴰⴷⴰⵔⵉⵊⵜ, ⵜⴰⵎⴰⵣⵉⵖⵜ, ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ, ⵜⴰⵀⵓⵍⴰⵏⴷⵉⵜ: ⵜⵓⵜⵍⴰⵢⵉⵏ ⵍⵍⵉ ⵏⵙⵙⵓⴼⵓⵖ ⵏⵖ ⵏⵙⵙⵓⵙⵎ.",
        ),
    },
]

PLACES = [
    {
        "key": "nador",
        "name": Text(fr="Nador", ar="الناظور", en="Nador", zgh="ⵏⴰⴹⵓⵔ"),
        "country": "MA",
        "latitude": 35.1681,
        "longitude": -2.9335,
    },
    {
        "key": "al-hoceima",
        "name": Text(fr="Al Hoceïma", ar="الحسيمة", en="Al Hoceima", zgh="ⵍⵃⵓⵙⵉⵎⴰ"),
        "country": "MA",
        "latitude": 35.2517,
        "longitude": -3.9372,
    },
    {
        "key": "oujda",
        "name": Text(fr="Oujda", ar="وجدة", en="Oujda", zgh="ⵡⵓⵊⴷⴰ"),
        "country": "MA",
        "latitude": 34.6814,
        "longitude": -1.9086,
    },
    {
        "key": "tiznit",
        "name": Text(fr="Tiznit", ar="تزنيت", en="Tiznit", zgh="ⵜⵉⵣⵏⵉⵜ"),
        "country": "MA",
        "latitude": 29.6974,
        "longitude": -9.7316,
    },
    {
        "key": "agadir",
        "name": Text(fr="Agadir", ar="أكادير", en="Agadir", zgh="ⴰⴳⴰⴷⵉⵔ"),
        "country": "MA",
        "latitude": 30.4278,
        "longitude": -9.5981,
    },
    {
        "key": "casablanca",
        "name": Text(fr="Casablanca", ar="الدار البيضاء", en="Casablanca", zgh="ⴰⵏⴼⴰ"),
        "country": "MA",
        "latitude": 33.5731,
        "longitude": -7.5898,
    },
    {
        "key": "tangier",
        "name": Text(fr="Tanger", ar="طنجة", en="Tangier", zgh="ⵟⴰⵏⵊⴰ"),
        "country": "MA",
        "latitude": 35.7595,
        "longitude": -5.834,
    },
    {
        "key": "gennevilliers",
        "name": Text(
            fr="Gennevilliers", ar="جونفيليي", en="Gennevilliers", zgh="ⵊⵉⵏⵉⴼⵉⵍⵢⵉ"
        ),
        "country": "FR",
        "latitude": 48.9333,
        "longitude": 2.3,
    },
    {
        "key": "lens",
        "name": Text(fr="Lens", ar="لانس", en="Lens", zgh="ⵍⴰⵏⵙ"),
        "country": "FR",
        "latitude": 50.432,
        "longitude": 2.833,
    },
    {
        "key": "brussels",
        "name": Text(fr="Bruxelles", ar="بروكسل", en="Brussels", zgh="ⴱⵔⵓⴽⵙⵉⵍ"),
        "country": "BE",
        "latitude": 50.8503,
        "longitude": 4.3517,
    },
    {
        "key": "genk",
        "name": Text(fr="Genk", ar="خنك", en="Genk", zgh="ⴳⵉⵏⴽ"),
        "country": "BE",
        "latitude": 50.965,
        "longitude": 5.5,
    },
    {
        "key": "rotterdam",
        "name": Text(fr="Rotterdam", ar="روتردام", en="Rotterdam", zgh="ⵕⵓⵜⵔⴷⴰⵎ"),
        "country": "NL",
        "latitude": 51.9244,
        "longitude": 4.4777,
    },
    {
        "key": "dusseldorf",
        "name": Text(fr="Düsseldorf", ar="دوسلدورف", en="Düsseldorf", zgh="ⴷⵓⵙⵍⴷⵓⵔⴼ"),
        "country": "DE",
        "latitude": 51.2277,
        "longitude": 6.7735,
    },
    {
        "key": "barcelona",
        "name": Text(fr="Barcelone", ar="برشلونة", en="Barcelona", zgh="ⴱⴰⵔⵙⵉⵍⵓⵏⴰ"),
        "country": "ES",
        "latitude": 41.3874,
        "longitude": 2.1686,
    },
]

PEOPLE = [
    {
        "key": "curator-1",
        "name": Text(
            fr="Salma Ait Lahcen",
            ar="سلمى آيت لحسن",
            en="Salma Ait Lahcen",
            zgh="ⵙⴰⵍⵎⴰ ⴰⵢⵜ ⵍⵃⵙⵏ",
        ),
        "roles": Text(
            fr="Commissaire d’exposition",
            ar="منسقة معارض",
            en="Exhibition curator",
            zgh="ⵜⴰⵎⵙⵏⴰⵡⵜ ⵏ ⵜⵉⵙⴽⴰⵏⵉⵏ",
        ),
        "biography": Text(
            fr="Historienne de l’immigration, elle a recueilli pendant vingt ans les archives de familles du Souss installées en France.",
            ar="مؤرخة للهجرة، جمعت طيلة عشرين سنة أرشيفات أسر من سوس استقرت في فرنسا.",
            en="A historian of immigration, she spent twenty years gathering the papers of families from the Souss who settled in France.",
            zgh="ⵜⴰⵎⵣⵔⴰⵢⵜ ⵏ ⵓⵎⵓⴷⴷⵓ, ⵜⵙⵎⵓⵏ ⵙ ⵎⵔⴰⵡⵜ ⵉⵙⴳⴳⵓⵙⴰ ⵉⵙⴽⴽⵉⵍⵏ ⵏ ⵜⵡⴰⵛⵓⵍⵉⵏ ⵏ ⵙⵓⵙ ⵍⵍⵉ ⵉⵣⴷⵖⵏ ⴳ ⴼⵕⴰⵏⵚⴰ.",
        ),
    },
    {
        "key": "curator-2",
        "name": Text(
            fr="Karim Benaissa",
            ar="كريم بنعيسى",
            en="Karim Benaissa",
            zgh="ⴽⴰⵔⵉⵎ ⴱⵏⵄⵉⵙⴰ",
        ),
        "roles": Text(
            fr="Conservateur, collections",
            ar="محافظ المجموعات",
            en="Curator of collections",
            zgh="ⴰⵎⵃⴹⴰⵢ ⵏ ⵜⵉⴳⵔⴰⵡⵉⵏ",
        ),
        "biography": Text(
            fr="Né à Rotterdam de parents rifains, il veille sur les objets prêtés par les familles et sur leur documentation.",
            ar="وُلد في روتردام لأبوين من الريف، ويسهر على الأشياء التي تعيرها الأسر وعلى توثيقها.",
            en="Born in Rotterdam to parents from the Rif, he looks after the objects lent by families and their documentation.",
            zgh="ⵉⵍⵓⵍ ⴳ ⵕⵓⵜⵔⴷⴰⵎ ⵙⴳ ⵉⵎⴰⵔⵉⴽⵏ ⵏ ⴰⵔⵉⴼ, ⵉⵜⵜⵃⴹⴰ ⵜⵉⵖⴰⵡⵙⵉⵡⵉⵏ ⵍⵍⵉ ⴷ ⵜⴼⴽⴰ ⵜⵡⴰⵛⵓⵍⵉⵏ.",
        ),
    },
    {
        "key": "curator-3",
        "name": Text(
            fr="Nadia El Ouardi",
            ar="نادية الوردي",
            en="Nadia El Ouardi",
            zgh="ⵏⴰⴷⵢⴰ ⵍⵡⴰⵔⴷⵉ",
        ),
        "roles": Text(
            fr="Chercheuse associée",
            ar="باحثة مشاركة",
            en="Associate researcher",
            zgh="ⵜⴰⵏⴰⵔⵣⵓⵜ ⵜⴰⵎⵙⵎⵓⵏⵜ",
        ),
        "biography": Text(
            fr="Sociolinguiste, elle étudie les langues parlées dans les familles marocaines de Belgique et d’Espagne.",
            ar="باحثة في اللسانيات الاجتماعية، تدرس اللغات المتداولة داخل الأسر المغربية في بلجيكا وإسبانيا.",
            en="A sociolinguist, she studies the languages spoken in Moroccan families in Belgium and Spain.",
            zgh="ⵜⴰⵎⵙⵏⴰⵡⴰⵍⵜ, ⵜⵙⵖⵓⵔ ⵜⵓⵜⵍⴰⵢⵉⵏ ⵍⵍⵉ ⵙ ⵙⴰⵡⴰⵍⵏⵜ ⵜⵡⴰⵛⵓⵍⵉⵏ ⵜⵉⵎⵖⵔⵉⴱⵉⵢⵉⵏ ⴳ ⴱⵍⵊⵉⴽⴰ ⴷ ⵙⴱⴰⵏⵢⴰ.",
        ),
    },
]

INSTITUTIONS = [
    {
        "key": "family-archives-association",
        "name": Text(
            fr="Association Mémoires des familles",
            ar="جمعية ذاكرة الأسر",
            en="Family Memories Association",
            zgh="ⵜⴰⵎⵙⵎⵓⵏⵜ ⵏ ⵜⵉⴽⵜⵉ ⵏ ⵜⵡⴰⵛⵓⵍⵉⵏ",
        ),
        "country": "FR",
        "kind": "association",
        "website": "https://example.org/memoires-familles",
    },
    {
        "key": "limburg-mining-archive",
        "name": Text(
            fr="Archives minières du Limbourg",
            ar="أرشيف مناجم ليمبورغ",
            en="Limburg Mining Archive",
            zgh="ⵉⵙⴽⴽⵉⵍⵏ ⵏ ⵜⵉⵏⵣⴰⵔ ⵏ ⵍⵉⵎⴱⵓⵔⴳ",
        ),
        "country": "BE",
        "kind": "archive",
        "website": "https://example.org/limburg-mijnarchief",
    },
]
