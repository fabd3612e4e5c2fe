"""The home page and the three sections."""

from .texts import Text

HOME_TITLE = Text(
    fr="Musée des migrations marocaines",
    ar="متحف الهجرة المغربية",
    en="Museum of Moroccan Migration",
    zgh="ⴰⵎⵓⵣⵉ ⵏ ⵓⵎⵓⴷⴷⵓ ⴰⵎⵖⵔⵉⴱⵉ",
)
HOME_SLUG = Text(fr="accueil", ar="الرئيسية", en="home", zgh="ⴰⵙⵏⵓⴱⴳ")
HOME_INTRODUCTION = (
    Text(
        fr=(
            "Depuis les années 1960, des centaines de milliers de Marocaines et de "
            "Marocains ont pris la route de la France, de la Belgique, des Pays-Bas et "
            "de l’Allemagne, puis de l’Espagne et de l’Italie. Ce musée virtuel "
            "rassemble leurs objets, leurs voix et ce que les institutions ont appris "
            "à leurs côtés."
        ),
        ar=(
            "منذ ستينيات القرن الماضي، شدّ مئات الآلاف من المغربيات والمغاربة الرحال "
            "نحو فرنسا وبلجيكا وهولندا وألمانيا، ثم إسبانيا وإيطاليا. يجمع هذا المتحف "
            "الافتراضي أشياءهم وأصواتهم وما تعلّمته المؤسسات إلى جانبهم."
        ),
        en=(
            "Since the 1960s, hundreds of thousands of Moroccan women and men have "
            "taken the road to France, Belgium, the Netherlands and Germany, and later "
            "to Spain and Italy. This virtual museum gathers their belongings, their "
            "voices and what institutions have learned alongside them."
        ),
        zgh=(
            "ⵙⴳ ⵉⵙⴳⴳⵓⵙⴰ ⵏ 1960, ⵜⵜⴰⵡⵉⵏ ⵎⵏⵏⴰⵡ ⵏ ⵉⴳⵉⵎⴰⴹ ⵏ ⵜⵎⵖⵔⵉⴱⵉⵢⵉⵏ ⴷ "
            "ⵉⵎⵖⵔⵉⴱⵉⵢⵏ ⴰⴱⵔⵉⴷ ⵖⵔ ⴼⵕⴰⵏⵚⴰ, ⴱⵍⵊⵉⴽⴰ, ⵀⵓⵍⴰⵏⴷⴰ ⴷ ⵍⵍⵉⵎⴰⵏ, ⵙ ⴷⴼⵉⵔ "
            "ⵙⴱⴰⵏⵢⴰ ⴷ ⵉⵟⴰⵍⵢⴰ. ⴰⵎⵓⵣⵉ ⴰⴷ ⵉⵙⵎⵓⵏ ⵜⵉⵖⴰⵡⵙⵉⵡⵉⵏ ⵏⵏⵙⵏ, ⵉⵎⵙⵍⵉ ⵏⵏⵙⵏ "
            "ⴷ ⵎⴰⵢⴷ ⵍⵎⴷⵏⵜ ⵜⵙⵏⵙⵉⵍⵉⵏ ⴷⵉⴷⵙⵏ."
        ),
    ),
    Text(
        fr=(
            "Parcourez les expositions, écoutez les récits de celles et ceux qui sont "
            "partis, revenus ou restés, et découvrez les pratiques que partagent les "
            "institutions qui travaillent avec la diaspora."
        ),
        ar=(
            "تجوّلوا في المعارض، واستمعوا إلى روايات من رحلوا أو عادوا أو بقوا، "
            "واكتشفوا الممارسات التي تتقاسمها المؤسسات العاملة مع الجالية."
        ),
        en=(
            "Walk through the exhibitions, listen to the accounts of those who left, "
            "came back or stayed, and discover the practices shared by institutions "
            "that work with the diaspora."
        ),
        zgh=(
            "ⵙⵏⵓⵔⵏⵓ ⵜⵉⵙⴽⴰⵏⵉⵏ, ⵙⴼⵍⴷ ⵉ ⵜⵉⵏⴼⵓⵙⵉⵏ ⵏ ⵡⵉⵏⵏⴰ ⵢⵓⴷⴷⴰⵏ, ⵢⵓⵖⵓⵍⵏ ⵏⵖ "
            "ⵉⵇⵇⵉⵎⵏ, ⵜⵙⵙⵏⴷ ⵜⵉⵎⵙⴽⵔⴰ ⵏ ⵜⵙⵏⵙⵉⵍⵉⵏ ⵍⵍⵉ ⵉⵜⵜⵎⵢⴰⵡⴰⵙⵏ ⴷ ⵉⵎⵓⴷⴷⴰ."
        ),
    ),
)

# (model label, slug, title, introduction paragraphs)
SECTIONS = (
    (
        "exhibits.ExhibitIndexPage",
        Text(fr="expositions", ar="المعارض", en="exhibitions", zgh="ⵜⵉⵙⴽⴰⵏⵉⵏ"),
        Text(fr="Expositions", ar="المعارض", en="Exhibitions", zgh="ⵜⵉⵙⴽⴰⵏⵉⵏ"),
        (
            Text(
                fr=(
                    "Des passeports, des contrats de travail, des lettres et des valises "
                    "racontent les départs, l’installation et les retours d’été."
                ),
                ar=(
                    "جوازات سفر وعقود عمل ورسائل وحقائب تحكي قصص الرحيل والاستقرار "
                    "وعودة الصيف."
                ),
                en=(
                    "Passports, work contracts, letters and suitcases tell of "
                    "departures, of settling in and of summer homecomings."
                ),
                zgh=(
                    "ⵜⵉⵖⴰⵡⵙⵉⵡⵉⵏ ⴷ ⵜⵉⴱⵔⴰⵜⵉⵏ ⴰⵔ ⵜⵜⵉⵏⵉⵏⵜ ⴰⵎⵓⴷⴷⵓ, ⵜⵉⵎⵣⴷⵉⵖⵜ ⴷ "
                    "ⵜⵓⵖⵓⵍⵜ ⵏ ⵓⵏⴱⴷⵓ."
                ),
            ),
        ),
    ),
    (
        "stories.StoryIndexPage",
        Text(
            fr="histoires-orales",
            ar="التاريخ الشفوي",
            en="oral-histories",
            zgh="ⵜⵉⵏⴼⵓⵙⵉⵏ",
        ),
        Text(
            fr="Histoires orales",
            ar="التاريخ الشفوي",
            en="Oral histories",
            zgh="ⵜⵉⵏⴼⵓⵙⵉⵏ ⵙ ⵉⵎⵉ",
        ),
        (
            Text(
                fr=(
                    "Des femmes et des hommes racontent, avec leurs mots et dans leur "
                    "langue, ce que le départ a changé dans leur vie et dans celle de "
                    "leurs proches."
                ),
                ar=(
                    "نساء ورجال يروون، بكلماتهم وبلغتهم، ما غيّره الرحيل في حياتهم "
                    "وحياة ذويهم."
                ),
                en=(
                    "Women and men tell, in their own words and their own language, "
                    "how leaving changed their lives and the lives of those close to them."
                ),
                zgh=(
                    "ⵜⵉⵎⵖⴰⵔⵉⵏ ⴷ ⵉⵔⴳⴰⵣⵏ ⴰⵔ ⵜⵜⵉⵏⵉⵏ, ⵙ ⵡⴰⵡⴰⵍ ⵏⵏⵙⵏ ⴷ ⵜⵓⵜⵍⴰⵢⵜ ⵏⵏⵙⵏ, "
                    "ⵎⴰⵏⵣⴰ ⵉⵙⵏⴼⵍ ⵓⵎⵓⴷⴷⵓ ⵜⵓⴷⵔⵜ ⵏⵏⵙⵏ."
                ),
            ),
        ),
    ),
    (
        "knowledge.KnowledgeIndexPage",
        Text(fr="savoirs", ar="معارف مشتركة", en="knowledge", zgh="ⵜⵓⵙⵙⵏⴰ"),
        Text(
            fr="Savoirs partagés",
            ar="معارف مشتركة",
            en="Shared knowledge",
            zgh="ⵜⵓⵙⵙⵏⴰ ⵉⵜⵜⵓⴱⴹⴰⵏ",
        ),
        (
            Text(
                fr=(
                    "Bonnes pratiques, études de cas et leçons apprises : ce que les "
                    "institutions qui accompagnent les Marocains du monde échangent "
                    "entre elles."
                ),
                ar=(
                    "ممارسات جيدة ودراسات حالة ودروس مستفادة: ما تتبادله المؤسسات "
                    "التي ترافق مغاربة العالم."
                ),
                en=(
                    "Good practices, case studies and lessons learned: what the "
                    "institutions supporting Moroccans around the world exchange with "
                    "one another."
                ),
                zgh=(
                    "ⵜⵉⵎⵙⴽⵔⴰ ⵉⵖⵓⴷⴰⵏ, ⵜⵉⵣⵔⵉⴳⵉⵏ ⴷ ⵉⵙⵍⵎⴰⴷⵏ: ⵎⴰⵢⴷ ⵜⵜⵎⵙⴰⵙⵙⴰⵖⵏⵜ "
                    "ⵜⵙⵏⵙⵉⵍⵉⵏ ⵍⵍⵉ ⵉⵜⵜⵎⵓⵏⵏ ⴷ ⵉⵎⵖⵔⵉⴱⵉⵢⵏ ⵏ ⵓⵎⴰⴹⴰⵍ."
                ),
            ),
        ),
    ),
)
