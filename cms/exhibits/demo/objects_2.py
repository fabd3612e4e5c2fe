"""Demo museum objects MMM.2026.1.11 to MMM.2026.1.20."""

from cms.core.demo.texts import Text

OBJECTS = [
    {
        "accession_number": "MMM.2026.1.11",
        "title": Text(
            fr="Pique-nique au bord de la route, en Espagne",
            ar="نزهة على جانب الطريق في إسبانيا",
            en="Roadside picnic in Spain",
            zgh="ⵜⵉⵔⵎⵜ ⴳ ⵜⵙⴳⴰ ⵏ ⵓⴱⵔⵉⴷ, ⴳ ⵙⴱⴰⵏⵢⴰ",
        ),
        "description": Text(
            fr=(
                "Sur une aire de repos au sud de Barcelone, la famille Amrani déplie une nappe à l’ombre "
                "des pins, à côté d’une Peugeot chargée jusqu’au toit. Partis de Lyon la veille, Driss et "
                "Khadija roulaient avec leurs quatre enfants vers Algésiras et le bateau pour Tanger. Ces "
                "haltes improvisées, avec les œufs durs et le thé du thermos, restent pour les enfants le "
                "vrai début des vacances."
            ),
            ar=(
                "في استراحة على الطريق جنوب برشلونة، تبسط عائلة العمراني مفرشًا في ظل أشجار الصنوبر، "
                "بجانب سيارة بيجو محمّلة حتى سقفها. كان إدريس وخديجة قد غادرا ليون في اليوم السابق، "
                "متجهين بأطفالهما الأربعة نحو الجزيرة الخضراء والباخرة المبحرة إلى طنجة. وما تزال هذه "
                "الوقفات المرتجلة، بالبيض المسلوق والشاي في الترمس، تمثّل عند الأطفال البداية الحقيقية للعطلة."
            ),
            en=(
                "At a rest area south of Barcelona, the Amrani family spreads a tablecloth in the shade of "
                "the pines, beside a Peugeot loaded up to the roof. Having left Lyon the day before, Driss "
                "and Khadija were driving their four children towards Algeciras and the boat to Tangier. "
                "For the children, these improvised stops, with hard-boiled eggs and tea from the thermos, "
                "remain the true start of the holidays."
            ),
            zgh=(
                "ⴳ ⵢⴰⵏ ⵓⴷⵖⴰⵔ ⵏ ⵓⵙⵓⵏⴼⵓ ⴳ ⵓⵏⵥⵓⵍ ⵏ ⴱⴰⵔⵙⵉⵍⵓⵏⴰ, ⵜⴳⴳⴰⵡⵔ ⵜⵡⴰⵛⵓⵍⵜ ⵏ ⵄⵎⵔⴰⵏⵉ ⴷⴷⴰⵡ ⵜⵉⵍⵉ ⵏ "
                "ⵉⵙⴽⵍⴰ, ⵖⵔ ⵜⵙⴳⴰ ⵏ ⵢⴰⵜ ⵜⴽⵓⵜⵛⵉⵜ ⵉⵜⵜⵓⵄⴱⴱⴰⵏ ⴰⵔ ⵉⴳⵏⵏⵉ ⵏⵏⵙ. ⴷⵔⵉⵙ ⴷ ⵅⴰⴷⵉⵊⴰ ⴼⴼⵖⵏ ⵍⵢⵓⵏ ⴳ ⵡⴰⵙⵙ "
                "ⵍⵍⵉ ⵉⵣⵔⵉⵏ, ⴷ ⴽⴽⴰⵏ ⴰⴱⵔⵉⴷ ⴷ ⴽⴽⵓⵥ ⵏ ⵜⴰⵔⵡⴰ ⵏⵏⵙⵏ ⵖⵔ ⵍⵅⵉⵣⵉⵔⴰⵙ ⴷ ⵓⵖⵔⴰⴱⵓ ⵍⵍⵉ ⵉⵜⵜⴰⴷⴼⵏ ⵖⵔ "
                "ⵟⴰⵏⵊⴰ. ⵉⵙⵓⵏⴼⵓⵜⵏ ⴰⴷ, ⵙ ⵜⴳⵍⴰⵢ ⵉⵏⵡⴰⵏ ⴷ ⵓⵜⴰⵢ ⵏ ⵜⵔⵎⵓⵙ, ⴰⵔ ⴳⴳⵉⵏ ⵉ ⵜⴰⵔⵡⴰ ⴰⵙⵙⵏⵜⵉ ⵏ ⵜⵉⴷⵜ ⵏ "
                "ⵓⵙⴳⵓⵏⴼⵓ."
            ),
        ),
        "date": "1991-08",
        "place": "barcelona",
        "materials": Text(
            fr="tirage couleur sur papier brillant",
            ar="طبعة ملوّنة على ورق لامع",
            en="colour print on glossy paper",
            zgh="ⵜⴰⵡⵍⴰⴼⵜ ⵙ ⵉⴽⵯⵍⴰⵏ ⴼ ⵜⴽⵓⵔⴰⴹⵜ ⵉⵜⵜⴼⵊⵊⵉⵊⵏ",
        ),
        "dimensions": "10 × 15 cm",
        "provenance": Text(
            fr="Donnée au musée en 2021 par Yasmine Amrani, la plus jeune des enfants, qui tient la nappe sur l’image.",
            ar="أهدتها إلى المتحف سنة 2021 ياسمين العمراني، أصغر الأبناء، وهي التي تمسك المفرش في الصورة.",
            en="Given to the museum in 2021 by Yasmine Amrani, the youngest of the children, who holds the tablecloth in the picture.",
            zgh="ⵜⴼⴽⴰ ⵜⵜ ⵉ ⵓⵎⵓⵣⵉ ⴳ 2021 ⵢⴰⵙⵎⵉⵏ ⵄⵎⵔⴰⵏⵉ, ⵜⴰⵎⵥⵥⵢⴰⵏⵜ ⴳ ⵜⴰⵔⵡⴰ, ⵍⵍⵉ ⵉⵟⵟⴼⵏ ⴰⵙⵎⵙⵙⵓ ⴳ ⵜⵡⵍⴰⴼⵜ.",
        ),
        "credit_line": Text(
            fr="Don de Yasmine Amrani, 2021",
            ar="هبة من ياسمين العمراني، 2021",
            en="Gift of Yasmine Amrani, 2021",
            zgh="ⵜⵓⴼⴽⵉⵜ ⵏ ⵢⴰⵙⵎⵉⵏ ⵄⵎⵔⴰⵏⵉ, 2021",
        ),
        "rights": "http://rightsstatements.org/vocab/InC/1.0/",
        "image": {"kind": "photograph", "colour": "#b07d4f"},
        "themes": ["return-and-summer"],
    },
    {
        "accession_number": "MMM.2026.1.12",
        "title": Text(
            fr="Couverture rayée du souk d’Inezgane",
            ar="بطانية مخططة من سوق إنزكان",
            en="Striped blanket from the Inezgane souk",
            zgh="ⵜⴰⴱⵟⵟⴰⵏⵉⵜ ⵏ ⵓⵙⵓⵇ ⵏ ⵉⵏⵣⴳⴰⵏ",
        ),
        "description": Text(
            fr=(
                "Achetée au souk d’Inezgane, près d’Agadir, pendant un été des années 1970, cette "
                "couverture de laine rayée a ensuite fait chaque année le voyage avec la famille Oubella. "
                "Chaque juillet, elle descendait vers le Souss pour les nuits passées à dormir sur la "
                "terrasse, et chaque septembre elle remontait vers Rotterdam au fond du coffre, entre "
                "l’huile d’argan et les amandes. Les enfants disent qu’elle gardait l’odeur du village "
                "jusqu’aux fêtes de fin d’année."
            ),
            ar=(
                "اشتُريت هذه البطانية الصوفية المخططة من سوق إنزكان قرب أكادير خلال أحد صيفيات "
                "السبعينيات، ثم صارت ترافق عائلة أوبلا في سفرها كل عام. ففي كل شهر يوليوز كانت تنزل إلى "
                "سوس لليالي النوم على السطح، وفي كل شتنبر تعود إلى روتردام في قاع صندوق السيارة بين زيت "
                "الأركان واللوز. ويقول الأبناء إنها كانت تحتفظ برائحة القرية حتى أعياد آخر السنة."
            ),
            en=(
                "Bought at the Inezgane souk near Agadir one summer in the 1970s, this striped wool "
                "blanket then travelled every year with the Oubella family. Each July it went down to the "
                "Souss for nights spent sleeping on the roof terrace, and each September it went back up "
                "to Rotterdam at the bottom of the car boot, between the argan oil and the almonds. The "
                "children say it kept the smell of the village until the end-of-year holidays."
            ),
            zgh=(
                "ⵜⵜⵓⵙⵖ ⵜⴱⵟⵟⴰⵏⵉⵜ ⴰⴷ ⵏ ⵜⴹⵓⴼⵜ ⴳ ⵓⵙⵓⵇ ⵏ ⵉⵏⵣⴳⴰⵏ, ⵖⵔ ⵜⵙⴳⴰ ⵏ ⴰⴳⴰⴷⵉⵔ, ⴳ ⵢⴰⵏ ⵓⵏⴱⴷⵓ ⵏ "
                "ⵉⵙⴳⴳⵯⴰⵙⵏ 1970, ⴰⵔ ⵜⵜⵎⵓⴷⴷⵓ ⴽⵓ ⴰⵙⴳⴳⵯⴰⵙ ⴷ ⵜⵡⴰⵛⵓⵍⵜ ⵏ ⵓⴱⵍⵍⴰ. ⴳ ⵢⵓⵍⵢⵓⵣ ⴰⵔ ⵜⵜⴰⵙ ⵙ ⵙⵓⵙ ⵉ "
                "ⵢⵉⴹⴰⵏ ⵏ ⵓⴳⵏⴰ ⴼ ⵉⴳⵏⵏⵉ ⵏ ⵜⴳⵎⵎⵉ, ⴳ ⵛⵓⵜⴰⵏⴱⵉⵔ ⴰⵔ ⵜⵜⵓⵖⵓⵍ ⵙ ⵕⵓⵜⵔⴷⴰⵎ ⴳ ⵓⵙⵏⴷⵓⵇ ⵏ "
                "ⵜⴽⵓⵜⵛⵉⵜ, ⴳⵔ ⵓⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⴷ ⵍⵍⵓⵣ. ⵜⴰⵔⵡⴰ ⵏ ⵓⴱⵍⵍⴰ ⵏⵏⴰⵏ ⵉⵙ ⴰⵔ ⵜⵃⴹⴰ ⴰⴹⵓ ⵏ ⵜⵓⴷⴷⵔⵜ "
                "ⴰⵔ ⵜⵉⴳⵉⵔⴰ ⵏ ⵓⵙⴳⴳⵯⴰⵙ."
            ),
        ),
        "date": "197X",
        "place": "agadir",
        "materials": Text(
            fr="laine tissée à la main, teintures végétales",
            ar="صوف منسوج يدويًا، أصباغ نباتية",
            en="hand-woven wool, plant dyes",
            zgh="ⵜⴰⴹⵓⴼⵜ ⵉⵜⵜⵓⵥⴹⴰⵏ ⵙ ⵓⴼⵓⵙ, ⵉⴽⵯⵍⴰⵏ ⵏ ⵉⵎⵖⴰⵢⵏ",
        ),
        "dimensions": "210 × 140 cm",
        "provenance": Text(
            fr="Confiée au musée en 2018 par les enfants d’Hassan Oubella, après le décès de leur père à Rotterdam.",
            ar="سلّمها أبناء حسن أوبلا إلى المتحف سنة 2018، بعد وفاة والدهم في روتردام.",
            en="Entrusted to the museum in 2018 by Hassan Oubella’s children, after their father died in Rotterdam.",
            zgh="ⴼⴽⴰⵏ ⵜⵜ ⵉ ⵓⵎⵓⵣⵉ ⴳ 2018 ⵜⴰⵔⵡⴰ ⵏ ⵃⴰⵙⴰⵏ ⵓⴱⵍⵍⴰ, ⴷⴼⴼⵉⵔ ⵏ ⵜⵎⵜⵜⴰⵏⵜ ⵏ ⴱⴰⴱⴰⵜⵙⵏ ⴳ ⵕⵓⵜⵔⴷⴰⵎ.",
        ),
        "credit_line": Text(
            fr="Don des enfants Oubella, 2018",
            ar="هبة من أبناء أوبلا، 2018",
            en="Gift of the Oubella children, 2018",
            zgh="ⵜⵓⴼⴽⵉⵜ ⵏ ⵜⴰⵔⵡⴰ ⵏ ⵓⴱⵍⵍⴰ, 2018",
        ),
        "rights": "https://creativecommons.org/publicdomain/zero/1.0/",
        "image": {"kind": "textile", "colour": "#7a3b3b"},
        "themes": ["return-and-summer"],
    },
    {
        "accession_number": "MMM.2026.1.13",
        "title": Text(
            fr="Machine à coudre de Rahma Lahlou",
            ar="آلة خياطة رحمة لحلو",
            en="Rahma Lahlou’s sewing machine",
            zgh="ⵜⴰⵎⴰⵙⵉⵏⵜ ⵏ ⵓⴳⵏⵓ ⵏ ⵕⵃⵎⴰ ⵍⴰⵃⵍⵓ",
        ),
        "description": Text(
            fr=(
                "Arrivée à Bruxelles en 1975 pour rejoindre son mari, Rahma Lahlou a installé cette "
                "machine à coudre sur la table de la cuisine de leur appartement de Molenbeek. Chaque "
                "lundi, un atelier de confection du quartier lui déposait des pièces déjà coupées qu’elle "
                "rendait assemblées le vendredi, rémunérées à la pièce. Ce revenu gagné entre les repas et "
                "les devoirs des enfants a financé, en 1978, le premier voyage de toute la famille au Maroc."
            ),
            ar=(
                "وصلت رحمة لحلو إلى بروكسل سنة 1975 لتلتحق بزوجها، فوضعت آلة الخياطة هذه على طاولة "
                "المطبخ في شقتهما بمولنبيك. وكان مشغل للخياطة في الحي يسلّمها كل يوم اثنين قطعًا مفصّلة "
                "مسبقًا، فتعيدها مجمّعة يوم الجمعة مقابل أجر عن كل قطعة. وبهذا الدخل الذي كسبته بين إعداد "
                "الوجبات ومتابعة واجبات الأطفال، موّلت الأسرة سنة 1978 أول رحلة لها مجتمعةً إلى المغرب."
            ),
            en=(
                "Having arrived in Brussels in 1975 to join her husband, Rahma Lahlou set this sewing "
                "machine up on the kitchen table of their flat in Molenbeek. Every Monday a garment "
                "workshop in the neighbourhood dropped off pieces already cut, which she returned "
                "assembled on Friday, paid by the piece. This income, earned between meals and the "
                "children’s homework, paid for the whole family’s first trip to Morocco in 1978."
            ),
            zgh=(
                "ⵜⵍⴽⵎ ⵕⵃⵎⴰ ⵍⴰⵃⵍⵓ ⴱⵔⵓⴽⵙⵉⵍ ⴳ 1975 ⴰⴷ ⵜⵎⵓⵏ ⴷ ⵓⵔⴳⴰⵣ ⵏⵏⵙ, ⵜⵙⵙⵔⵙ ⵜⴰⵎⴰⵙⵉⵏⵜ ⴰⴷ ⵏ ⵓⴳⵏⵓ ⴼ "
                "ⵜⵟⴰⴱⵍⵉⵜ ⵏ ⵓⵏⵡⴰⵍ ⴳ ⵜⴳⵎⵎⵉ ⵏⵏⵙⵏ ⴳ ⵎⵓⵍⵏⴱⵉⴽ. ⴽⵓ ⴰⵢⵏⴰⵙ, ⵜⴰⵎⵥⵍⴰⵢⵜ ⵏ ⵓⴳⵏⵓ ⴳ ⵓⵖⵔⵎ ⴰⵔ ⴰⵙ "
                "ⵜⵜⴰⵡⵉ ⵉⴼⵔⴷⵉⵙⵏ ⵉⵜⵜⵓⴱⴱⵉⵏ, ⴰⵔ ⵜⵏ ⵜⵜⵔⴰⵔ ⵉⵜⵜⵓⴳⵏⵏⴰ ⴳ ⵡⴰⵙⵉⵎⵡⴰⵙ, ⵙ ⵜⵅⵍⵍⵚⵜ ⵏ ⴽⵓ ⴰⴼⵔⴷⵉⵙ. "
                "ⵙ ⵜⵖⵔⴰⴹ ⴰⴷ ⵍⵍⵉ ⵜⵔⴱⵃ ⴳⵔ ⵜⵉⵔⵎⵜ ⴷ ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵏ ⵜⴰⵔⵡⴰ, ⵜⵙⵙⵓⴷⵓ ⵜⵡⴰⵛⵓⵍⵜ ⴽⵓⵍⵍⵓ ⵖⵔ ⵍⵎⵖⵔⵉⴱ "
                "ⵜⵉⴽⴽⵍⵜ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ ⴳ 1978."
            ),
        ),
        "date": "1976~",
        "place": "brussels",
        "materials": Text(
            fr="fonte, acier, bois verni",
            ar="حديد مصبوب، فولاذ، خشب مطلي",
            en="cast iron, steel, varnished wood",
            zgh="ⵓⵣⴰⵍ ⵉⵜⵜⵓⴼⵙⵉⵏ, ⵓⵣⴰⵍ ⵉⵇⵇⵓⵔⵏ, ⴰⴽⵛⵛⵓⴹ ⵉⵜⵜⵓⵣⵡⵡⵇⵏ",
        ),
        "dimensions": "38 × 20 × 30 cm",
        "provenance": Text(
            fr="Donnée au musée en 2023 par sa fille Nora Lahlou, qui a appris à coudre sur cette même machine.",
            ar="أهدتها إلى المتحف سنة 2023 ابنتها نورة لحلو، التي تعلّمت الخياطة على هذه الآلة نفسها.",
            en="Given to the museum in 2023 by her daughter Nora Lahlou, who learned to sew on this very machine.",
            zgh="ⵜⴼⴽⴰ ⵜⵜ ⵉ ⵓⵎⵓⵣⵉ ⴳ 2023 ⵉⵍⵍⵉⵙ ⵏⵓⵔⴰ ⵍⴰⵃⵍⵓ, ⵍⵍⵉ ⵉⵍⵎⴷⵏ ⴰⴳⵏⵓ ⴼ ⵜⵎⴰⵙⵉⵏⵜ ⴰⴷ ⵙ ⵉⵅⴼ ⵏⵏⵙ.",
        ),
        "credit_line": Text(
            fr="Don de Nora Lahlou, 2023",
            ar="هبة من نورة لحلو، 2023",
            en="Gift of Nora Lahlou, 2023",
            zgh="ⵜⵓⴼⴽⵉⵜ ⵏ ⵏⵓⵔⴰ ⵍⴰⵃⵍⵓ, 2023",
        ),
        "rights": "http://rightsstatements.org/vocab/InC-EDU/1.0/",
        "image": {"kind": "tool", "colour": "#4f6d7a"},
        "themes": ["women-in-migration", "work"],
    },
    {
        "accession_number": "MMM.2026.1.14",
        "title": Text(
            fr="Ceinture brodée pour le mariage de Zahra",
            ar="حزام مطرّز لعرس زهرة",
            en="Embroidered belt for Zahra’s wedding",
            zgh="ⴰⴳⵓⵙ ⵉⵜⵜⵓⵟⵕⵣⵏ ⵉ ⵜⵎⵖⵔⴰ ⵏ ⵣⵀⵔⴰ",
        ),
        "description": Text(
            fr=(
                "Cette ceinture de velours brodée de fil d’argent a été commandée en 1981 à une brodeuse "
                "de Tiznit par Itto Aït Bihi, pour le mariage de sa fille Zahra à Liège. Itto l’a "
                "transportée elle-même dans sa valise, enveloppée dans un foulard, afin que sa fille se "
                "marie parée comme au village malgré la distance. La ceinture a ensuite été portée aux "
                "mariages de deux cousines, l’une en Belgique, l’autre au Maroc."
            ),
            ar=(
                "طلبت إيطو آيت بيهي سنة 1981 هذا الحزام المخملي المطرّز بخيوط الفضة من مطرّزة في تزنيت، "
                "من أجل عرس ابنتها زهرة في لييج. وقد حملته إيطو بنفسها في حقيبتها ملفوفًا في منديل، حتى "
                "تتزيّن ابنتها يوم عرسها كما تتزيّن العرائس في القرية رغم بُعد المسافة. ثم لبسته بعد ذلك "
                "قريبتان من العائلة في عرسيهما، إحداهما في بلجيكا والأخرى في المغرب."
            ),
            en=(
                "This velvet belt embroidered with silver thread was ordered in 1981 from an embroiderer "
                "in Tiznit by Itto Ait Bihi, for her daughter Zahra’s wedding in Liège. Itto carried it "
                "herself in her suitcase, wrapped in a headscarf, so that her daughter would be adorned as "
                "in the village despite the distance. The belt was later worn at the weddings of two "
                "cousins, one in Belgium and the other in Morocco."
            ),
            zgh=(
                "ⵜⵙⵙⴽⵔ ⵉⵜⵜⵓ ⴰⵢⵜ ⴱⵉⵀⵉ ⴳ 1981 ⴰⴳⵓⵙ ⴰⴷ ⵉⵜⵜⵓⵟⵕⵣⵏ ⵙ ⵉⴼⵉⵍⵉ ⵏ ⵏⵏⵓⵇⵕⴰ ⵖⵓⵔ ⵢⴰⵜ ⵜⵎⵟⵕⵣⵜ ⴳ "
                "ⵜⵉⵣⵏⵉⵜ, ⵉ ⵜⵎⵖⵔⴰ ⵏ ⵉⵍⵍⵉⵙ ⵣⵀⵔⴰ ⴳ ⵍⵢⵉⵊ. ⵜⵓⵙⵉ ⵜ ⵉⵜⵜⵓ ⵙ ⵉⵅⴼ ⵏⵏⵙ ⴳ ⵜⵛⵏⵟⵉⵟ ⵏⵏⵙ, ⵉⵜⵜⵓⵍⵓⵙ ⴳ "
                "ⵢⴰⵜ ⵜⴰⵙⴱⵏⵉⵢⵜ, ⴰⴷ ⵜⵜⵓⵣⵡⵡⴰⵇ ⵉⵍⵍⵉⵙ ⵣⵓⵏⴷ ⴳ ⵜⵓⴷⴷⵔⵜ ⵡⴰⵅⵅⴰ ⵢⴰⴳⴳⵓⴳ ⵓⴱⵔⵉⴷ. ⴷⴼⴼⵉⵔ ⴰⵙ, ⵍⵙⵏⵜ ⵜ "
                "ⵙⵏⴰⵜ ⵢⵉⵍⵍⵉ ⵏ ⵜⵡⴰⵛⵓⵍⵜ ⴳ ⵜⵎⵖⵔⵉⵡⵉⵏ ⵏⵏⵙⵏⵜ, ⵢⴰⵜ ⴳ ⴱⵍⵊⵉⴽⴰ, ⵜⴰⵢⵢⴰⴹ ⴳ ⵍⵎⵖⵔⵉⴱ."
            ),
        ),
        "date": "1981",
        "place": "tiznit",
        "materials": Text(
            fr="velours, fil d’argent, doublure de coton",
            ar="مخمل، خيط فضي، بطانة قطنية",
            en="velvet, silver thread, cotton lining",
            zgh="ⴰⵍⴱⵍⵓⵟ, ⵉⴼⵉⵍⵉ ⵏ ⵏⵏⵓⵇⵕⴰ, ⵜⴰⴱⵟⴰⵏⵜ ⵏ ⵓⵇⵟⵟⵓⵏ",
        ),
        "dimensions": "95 × 9 cm",
        "provenance": Text(
            fr="Prêtée au musée en 2024 par Zahra Aït Bihi, qui compte la transmettre un jour à sa petite-fille.",
            ar="أعارته للمتحف سنة 2024 زهرة آيت بيهي، التي تنوي أن تورّثه يومًا لحفيدتها.",
            en="Lent to the museum in 2024 by Zahra Ait Bihi, who intends to pass it on one day to her granddaughter.",
            zgh="ⵜⵔⴹⵍ ⵜ ⵉ ⵓⵎⵓⵣⵉ ⴳ 2024 ⵣⵀⵔⴰ ⴰⵢⵜ ⴱⵉⵀⵉ, ⵍⵍⵉ ⵉⵔⴰⵏ ⴰⴷ ⵜ ⵜⴼⴽ ⵢⴰⵏ ⵡⴰⵙⵙ ⵉ ⵉⵍⵍⵉ ⵏ ⵉⵍⵍⵉⵙ.",
        ),
        "credit_line": Text(
            fr="Prêt de Zahra Aït Bihi, 2024",
            ar="إعارة من زهرة آيت بيهي، 2024",
            en="Loan from Zahra Ait Bihi, 2024",
            zgh="ⴰⵔⴹⴰⵍ ⵏ ⵣⵀⵔⴰ ⴰⵢⵜ ⴱⵉⵀⵉ, 2024",
        ),
        "rights": "http://rightsstatements.org/vocab/CNE/1.0/",
        "image": {"kind": "textile", "colour": "#6e5a7e"},
        "themes": ["women-in-migration"],
    },
    {
        "accession_number": "MMM.2026.1.15",
        "title": Text(
            fr="Cours d’alphabétisation à Gennevilliers",
            ar="درس لمحو الأمية في جونفيليي",
            en="Literacy class in Gennevilliers",
            zgh="ⴰⵙⵍⵎⴷ ⵏ ⵜⵉⵖⵔⵉ ⴷ ⵜⵉⵔⵔⴰ ⴳ ⵊⵉⵏⵉⴼⵉⵍⵢⵉ",
        ),
        "description": Text(
            fr=(
                "Une dizaine de femmes posent autour d’une table couverte de cahiers, dans la salle qu’une "
                "association de quartier de Gennevilliers prêtait deux soirs par semaine. Venues pour la "
                "plupart au titre du regroupement familial, elles y apprenaient à lire le français, à "
                "remplir un formulaire et à écrire leur nom en lettres arabes. La monitrice bénévole, une "
                "étudiante nommée Malika Sbai, a pris la photographie avant l’été, et la date reste "
                "incertaine faute d’inscription au dos du tirage."
            ),
            ar=(
                "تقف نحو عشر نساء حول طاولة مغطاة بالدفاتر، في القاعة التي كانت جمعية حيّ في جونفيليي "
                "تعيرها مساءين في الأسبوع. جاءت أغلبهن في إطار التجمع العائلي، وكنّ يتعلّمن هنا قراءة "
                "الفرنسية وملء الاستمارات وكتابة أسمائهن بالحروف العربية. وقد التقطت الصورة قبل الصيف "
                "المؤطّرة المتطوعة، وهي طالبة تُدعى مليكة السباعي، ويبقى تاريخها غير مؤكد لغياب أي إشارة "
                "على ظهرها."
            ),
            en=(
                "About ten women pose around a table covered with exercise books, in the room that a "
                "Gennevilliers neighbourhood association lent out two evenings a week. Most of them had "
                "come through family reunification, and here they learned to read French, fill in a form "
                "and write their names in Arabic letters. The volunteer instructor, a student named Malika "
                "Sbai, took the photograph before the summer, and the date remains uncertain for lack of "
                "any note on the back of the print."
            ),
            zgh=(
                "ⵎⵔⴰⵡ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⴱⴷⴷⵏⵜ ⵖⵔ ⵢⴰⵜ ⵜⵟⴰⴱⵍⵉⵜ ⵉⵜⵜⵓⵖⵓⴱⴱⵔⵏ ⵙ ⵉⴽⵓⵏⵏⴰⵛⵏ, ⴳ ⵜⵣⵇⵇⴰ ⵍⵍⵉ ⵜⵔⴹⴹⵍ "
                "ⵢⴰⵜ ⵜⵎⵙⵙⴰⵙⵏⵜ ⵏ ⵓⵖⵔⵎ ⴳ ⵊⵉⵏⵉⴼⵉⵍⵢⵉ ⵙⵉⵏ ⵢⵉⴹⴰⵏ ⴳ ⵢⵉⵎⴰⵍⴰⵙ. ⵜⵓⴳⵜ ⴳⵉⵙⵏⵜ ⵓⵛⴽⴰⵏⵜⴷ ⵙ ⵓⵙⵎⵓⵏ ⵏ "
                "ⵜⵡⴰⵛⵓⵍⵜ, ⴰⵔ ⵍⵎⵎⴷⵏⵜ ⴷⵉⵏ ⴰⴷ ⵖⵔⵏⵜ ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ, ⴰⴷ ⵄⵎⵎⵔⵏⵜ ⵜⵉⵡⵔⵉⵇⵉⵏ ⵏ ⵜⵏⴱⴹⴰⵏⵜ, ⴰⴷ ⴰⵔⵓⵏⵜ "
                "ⵉⵙⵎⴰⵡⵏ ⵏⵏⵙⵏⵜ ⵙ ⵉⵙⴽⴽⵉⵍⵏ ⵏ ⵜⵄⵔⴰⴱⵜ. ⵜⴰⵎⵙⵍⵎⴰⴷⵜ, ⵢⴰⵜ ⵜⵏⵍⵎⴰⴷⵜ ⵉⵙⵎ ⵏⵏⵙ ⵎⴰⵍⵉⴽⴰ ⵚⵚⴱⴰⵄⵉ ⵍⵍⵉ "
                "ⵉⵙⵡⵓⵔⵉⵏ ⴱⵍⴰ ⵜⵉⵖⵔⴰⴹ, ⴰⵢⴷ ⵢⵓⵎⵥⵏ ⵜⴰⵡⵍⴰⴼⵜ ⴰⴷ ⵜⵉⵣⵡⴰⵔ ⵉ ⵓⵏⴱⴷⵓ, ⴷ ⴰⵣⵎⵣ ⵏⵏⵙ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏ ⵙ "
                "ⵜⵉⴷⵜ ⴰⵛⴽⵓ ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵉⵜⵜⵓⵢⴰⵔⵓⵏ ⴷⴼⴼⵉⵔ ⵏⵏⵙ."
            ),
        ),
        "date": "1985?",
        "place": "gennevilliers",
        "materials": Text(
            fr="tirage noir et blanc sur papier baryté",
            ar="طبعة بالأبيض والأسود على ورق باريتي",
            en="black-and-white print on baryta paper",
            zgh="ⵜⴰⵡⵍⴰⴼⵜ ⵙ ⵓⴱⵔⴽⴰⵏ ⴷ ⵓⵎⵍⵍⴰⵍ ⴼ ⵜⴽⵓⵔⴰⴹⵜ",
        ),
        "dimensions": "18 × 24 cm",
        "provenance": Text(
            fr="Remise au musée en 2019 par l’association Fil de voix, qui conservait le tirage dans ses archives depuis sa fondation.",
            ar="سلّمتها إلى المتحف سنة 2019 جمعية «فيل دو فوا»، التي احتفظت بها في أرشيفها منذ تأسيسها.",
            en="Handed to the museum in 2019 by the Fil de voix association, which had kept the print in its archives since its founding.",
            zgh="ⵜⴼⴽⴰ ⵜⵜ ⵉ ⵓⵎⵓⵣⵉ ⴳ 2019 ⵜⵎⵙⵙⴰⵙⵏⵜ «ⴼⵉⵍ ⴷⵓ ⴼⵡⴰ», ⵍⵍⵉ ⵜⵜ ⵉⵃⴹⴰⵏ ⴳ ⵍⴰⵔⵛⵉⴼ ⵏⵏⵙ ⵙⴳ ⵓⵙⴱⴷⴷ ⵏⵏⵙ.",
        ),
        "credit_line": Text(
            fr="Don de l’association Fil de voix, 2019",
            ar="هبة من جمعية «فيل دو فوا»، 2019",
            en="Gift of the Fil de voix association, 2019",
            zgh="ⵜⵓⴼⴽⵉⵜ ⵏ ⵜⵎⵙⵙⴰⵙⵏⵜ «ⴼⵉⵍ ⴷⵓ ⴼⵡⴰ», 2019",
        ),
        "rights": "https://creativecommons.org/licenses/by-nc/4.0/",
        "image": {"kind": "photograph", "colour": "#5b7553"},
        "themes": ["women-in-migration", "languages-and-memory"],
    },
    {
        "accession_number": "MMM.2026.1.16",
        "title": Text(
            fr="Convocation pour le regroupement familial",
            ar="استدعاء في إطار التجمع العائلي",
            en="Family reunification summons",
            zgh="ⵜⴰⴱⵔⴰⵜ ⵏ ⵓⵙⵎⵓⵏ ⵏ ⵜⵡⴰⵛⵓⵍⵜ",
        ),
        "description": Text(
            fr=(
                "Datée du 10 mai 1976, cette lettre dactylographiée convoque Aïcha Naciri à Casablanca "
                "pour la visite médicale exigée avant de rejoindre son mari, maçon à Saint-Étienne. Depuis "
                "que la France avait suspendu l’immigration de travail en juillet 1974, le regroupement "
                "familial était devenu pour les épouses la principale voie d’arrivée, au prix de longs mois "
                "de démarches. Aïcha a gardé la lettre pliée dans son passeport jusqu’à son installation en "
                "France avec ses trois enfants, à l’automne 1976."
            ),
            ar=(
                "تستدعي هذه الرسالة المرقونة، المؤرخة في 10 ماي 1976، عائشة الناصري إلى الدار البيضاء "
                "لإجراء الفحص الطبي المطلوب قبل التحاقها بزوجها، البنّاء في سانت إتيان. فمنذ أن أوقفت "
                "فرنسا هجرة العمل في يوليوز 1974، صار التجمع العائلي الطريق الرئيسي لقدوم الزوجات، بعد "
                "شهور طويلة من الإجراءات. واحتفظت عائشة بالرسالة مطويّة في جواز سفرها حتى استقرارها في "
                "فرنسا مع أطفالها الثلاثة في خريف 1976."
            ),
            en=(
                "Dated 10 May 1976, this typewritten letter summons Aïcha Naciri to Casablanca for the "
                "medical examination required before joining her husband, a bricklayer in Saint-Étienne. "
                "Since France had suspended labour immigration in July 1974, family reunification had "
                "become the main way for wives to come, at the cost of long months of paperwork. Aïcha "
                "kept the letter folded in her passport until she settled in France with her three "
                "children in the autumn of 1976."
            ),
            zgh=(
                "ⵜⴰⴱⵔⴰⵜ ⴰⴷ ⵉⵜⵜⵓⵢⴰⵔⵓⵏ ⵙ ⵜⵎⴰⵙⵉⵏⵜ, ⵏ 10 ⵎⴰⵢⵢⵓ 1976, ⵜⵖⵔⴰ ⵉ ⵄⴰⵢⵛⴰ ⵏⴰⵚⵉⵔⵉ ⵖⵔ ⴰⵏⴼⴰ ⴰⴷ ⵜⴳ "
                "ⴰⵙⴼⵔⴽ ⵏ ⵜⴷⵓⵙⵉ ⵍⵍⵉ ⵉⵜⵜⵓⵜⵜⵔⵏ ⵜⵉⵣⵡⴰⵔ ⵏ ⵓⵎⵓⵏ ⵏⵏⵙ ⴷ ⵓⵔⴳⴰⵣ ⵏⵏⵙ, ⴰⴱⵏⵏⴰⵢ ⴳ ⵙⴰⵏⵜ ⵉⵜⵢⴰⵏ. ⵙⴳ "
                "ⵎⴰ ⵜⵙⴱⴷⴷ ⴼⵕⴰⵏⵚⴰ ⴰⵎⵓⴷⴷⵓ ⵏ ⵜⵡⵓⵔⵉ ⴳ ⵢⵓⵍⵢⵓⵣ 1974, ⵉⴳⴰ ⵓⵙⵎⵓⵏ ⵏ ⵜⵡⴰⵛⵓⵍⵜ ⴰⴱⵔⵉⴷ ⴰⵎⵇⵔⴰⵏ ⵏ "
                "ⵜⵎⵖⴰⵔⵉⵏ, ⵙ ⵉⵢⵢⵉⵔⵏ ⵉⵖⵣⵣⵉⴼⵏ ⵏ ⵜⵡⵓⵔⵉⵡⵉⵏ ⵏ ⵜⵏⴱⴹⴰⵏⵜ. ⵜⵃⴹⴰ ⵄⴰⵢⵛⴰ ⵜⴰⴱⵔⴰⵜ ⵉⵜⵜⵓⵏⴹⵏ ⴳ "
                "ⵓⴱⴰⵙⴱⵓⵕ ⵏⵏⵙ ⴰⵔ ⵜⵣⴷⵖ ⴳ ⴼⵕⴰⵏⵚⴰ ⴷ ⴽⵕⴰⴹ ⵜⴰⵔⵡⴰ ⵏⵏⵙ, ⴳ ⵓⵎⵡⴰⵏ ⵏ 1976."
            ),
        ),
        "date": "1976-05-10",
        "place": "casablanca",
        "materials": Text(
            fr="papier, encre de machine à écrire, cachet",
            ar="ورق، حبر آلة كاتبة، ختم",
            en="paper, typewriter ink, stamp",
            zgh="ⵜⴰⴽⵓⵔⴰⴹⵜ, ⵉⵎⵉⴷⴰⴷ ⵏ ⵜⵎⴰⵙⵉⵏⵜ ⵏ ⵜⵉⵔⵔⴰ, ⵜⴰⵟⴰⴱⵄⵜ",
        ),
        "dimensions": "27 × 21 cm",
        "provenance": Text(
            fr="Donnée en 2016 par Aïcha Naciri elle-même, lors d’une collecte de souvenirs organisée dans une maison de quartier de Saint-Étienne.",
            ar="أهدتها عائشة الناصري بنفسها سنة 2016، خلال يوم لجمع الذكريات نُظّم في دار للحي بسانت إتيان.",
            en="Given in 2016 by Aïcha Naciri herself, during a memory-collecting day held at a community centre in Saint-Étienne.",
            zgh="ⵜⴼⴽⴰ ⵜⵜ ⵄⴰⵢⵛⴰ ⵏⴰⵚⵉⵔⵉ ⵙ ⵉⵅⴼ ⵏⵏⵙ ⴳ 2016, ⴳ ⵢⴰⵏ ⵡⴰⵙⵙ ⵏ ⵓⵙⵎⵓⵏ ⵏ ⵜⵉⴽⵜⵉ ⴳ ⵢⴰⵜ ⵜⴳⵎⵎⵉ ⵏ ⵓⵖⵔⵎ ⴳ ⵙⴰⵏⵜ ⵉⵜⵢⴰⵏ.",
        ),
        "credit_line": Text(
            fr="Don d’Aïcha Naciri, 2016",
            ar="هبة من عائشة الناصري، 2016",
            en="Gift of Aïcha Naciri, 2016",
            zgh="ⵜⵓⴼⴽⵉⵜ ⵏ ⵄⴰⵢⵛⴰ ⵏⴰⵚⵉⵔⵉ, 2016",
        ),
        "rights": "http://rightsstatements.org/vocab/CNE/1.0/",
        "image": {"kind": "letter", "colour": "#c2b280"},
        "themes": ["women-in-migration", "family-and-letters"],
    },
]
