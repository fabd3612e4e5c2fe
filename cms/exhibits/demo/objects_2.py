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
    {
        "accession_number": "MMM.2026.1.17",
        "title": Text(
            fr="Contrat d’embauche dans un charbonnage de Genk",
            ar="عقد تشغيل في منجم فحم بخنك",
            en="Employment contract with a Genk colliery",
            zgh="ⴰⵙⵖⵉⵡⵙ ⵏ ⵜⵡⵓⵔⵉ ⴳ ⵜⵉⵏⵣⴰⵔ ⵏ ⵓⴼⵃⵎ ⵏ ⴳⵉⵏⴽ",
        ),
        "description": Text(
            fr=(
                "Signé en mai 1964, trois mois après l’accord de main-d’œuvre conclu le 17 février entre "
                "le Maroc et la Belgique, ce contrat engage Mohamed Azzouzi, vingt-deux ans, comme ouvrier "
                "de fond dans un charbonnage de Genk, au Limbourg. Rédigé en français et en néerlandais, il "
                "fixe le salaire, le logement dans une cité minière et la période d’essai, et porte le "
                "tampon de la visite médicale passée avant le départ. Mohamed est resté à la mine jusqu’à "
                "la fermeture des puits de Genk, à la fin des années 1980."
            ),
            ar=(
                "وُقّع هذا العقد في ماي 1964، بعد ثلاثة أشهر من اتفاقية اليد العاملة المبرمة في 17 فبراير "
                "بين المغرب وبلجيكا، ويقضي بتشغيل محمد العزوزي، البالغ اثنين وعشرين عامًا، عاملًا في باطن "
                "الأرض بأحد مناجم الفحم في خنك بإقليم ليمبورغ. وهو محرّر بالفرنسية والهولندية، يحدّد الأجر "
                "والسكن في حيّ المناجم ومدة التجربة، ويحمل ختم الفحص الطبي الذي اجتازه قبل السفر. وظل محمد "
                "يعمل في المنجم حتى إغلاق آبار خنك في أواخر الثمانينيات."
            ),
            en=(
                "Signed in May 1964, three months after the labour agreement concluded on 17 February "
                "between Morocco and Belgium, this contract hires Mohamed Azzouzi, aged twenty-two, as an "
                "underground worker in a Genk colliery, in Limburg. Written in French and Dutch, it sets "
                "out the wage, housing in a mining estate and the trial period, and bears the stamp of the "
                "medical examination passed before departure. Mohamed stayed at the mine until the Genk "
                "pits closed at the end of the 1980s."
            ),
            zgh=(
                "ⴰⵙⵖⵉⵡⵙ ⴰⴷ, ⵏ ⵎⴰⵢⵢⵓ 1964, ⵉⵍⵍⴰ ⴽⵕⴰⴹ ⵉⵢⵢⵉⵔⵏ ⴷⴼⴼⵉⵔ ⵏ ⵓⵎⵙⴰⵙⴰ ⵏ ⵜⵡⵓⵔⵉ ⵍⵍⵉ ⵉⵜⵜⵓⵙⴽⵔⵏ ⴳ 17 "
                "ⴱⵕⴰⵢⵕ ⴳⵔ ⵍⵎⵖⵔⵉⴱ ⴷ ⴱⵍⵊⵉⴽⴰ, ⵉⵙⵙⵅⴷⴰⵎ ⵎⵓⵃⵎⵎⴷ ⵄⵣⵣⵓⵣⵉ, ⵏⵏ ⵉⵍⵍⴰⵏ ⴳ 22 ⵏ ⵓⵙⴳⴳⵯⴰⵙ, ⴰⵎⵙⵡⵓⵔⵉ "
                "ⴷⴷⴰⵡ ⵡⴰⴽⴰⵍ ⴳ ⵜⵉⵏⵣⴰⵔ ⵏ ⵓⴼⵃⵎ ⵏ ⴳⵉⵏⴽ, ⴳ ⵍⵉⵎⴱⵓⵔⴳ. ⵉⵜⵜⵓⵢⴰⵔⵓ ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ ⴷ ⵜⵀⵓⵍⴰⵏⴷⵉⵜ, "
                "ⴳⵉⵙ ⵜⵉⵖⵔⴰⴹ, ⴰⵣⴷⴰⵖ ⴳ ⵢⴰⵜ ⵜⵎⴷⵉⵏⵜ ⵏ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵏ ⵜⵉⵏⵣⴰⵔ ⴷ ⴰⵣⵎⵣ ⵏ ⵓⵔⵎⵎⵓⵙ, ⵉⵍⵍⴰ ⴼⵍⵍⴰⵙ "
                "ⵓⵟⴰⴱⵄ ⵏ ⵓⵙⴼⵔⴽ ⵏ ⵜⴷⵓⵙⵉ ⵍⵍⵉ ⵉⴳⴰ ⵜⵉⵣⵡⴰⵔ ⵏ ⵓⵎⵓⴷⴷⵓ. ⵉⵇⵇⵉⵎ ⵎⵓⵃⵎⵎⴷ ⴳ ⵜⵉⵏⵣⴰⵔ ⴰⵔ ⵜⵜⵓⵇⵇⵏⵏⵜ "
                "ⵜⵉⵏⵣⴰⵔ ⵏ ⴳⵉⵏⴽ ⴳ ⵜⵉⴳⵉⵔⴰ ⵏ ⵉⵙⴳⴳⵯⴰⵙⵏ 1980."
            ),
        ),
        "date": "1964-05",
        "place": "genk",
        "materials": Text(
            fr="papier imprimé, encre bleue, tampons",
            ar="ورق مطبوع، حبر أزرق، أختام",
            en="printed paper, blue ink, stamps",
            zgh="ⵜⴰⴽⵓⵔⴰⴹⵜ ⵉⵜⵜⵓⵟⴱⵄⵏ, ⵉⵎⵉⴷⴰⴷ ⴰⵣⴳⵣⴰⵡ, ⵜⵉⵟⴰⴱⵄⵉⵏ",
        ),
        "dimensions": "30 × 21 cm",
        "provenance": Text(
            fr="Remis au musée en 2020 par son fils Youssef Azzouzi, avec la carte de mineur et les fiches de paie de son père.",
            ar="سلّمه إلى المتحف سنة 2020 ابنه يوسف العزوزي، مع بطاقة المنجمي وكشوف أجور والده.",
            en="Handed to the museum in 2020 by his son Youssef Azzouzi, together with his father’s miner’s card and payslips.",
            zgh="ⵉⴼⴽⴰ ⵜ ⵉ ⵓⵎⵓⵣⵉ ⴳ 2020 ⵢⵉⵡⵉⵙ ⵢⵓⵙⴼ ⵄⵣⵣⵓⵣⵉ, ⴰⴽⴷ ⵜⴰⴽⴰⵔⴹⴰ ⵏ ⵜⵉⵏⵣⴰⵔ ⴷ ⵜⵉⵡⵔⵉⵇⵉⵏ ⵏ ⵜⵖⵔⴰⴹ ⵏ ⴱⴰⴱⴰⵙ.",
        ),
        "credit_line": Text(
            fr="Don de la famille Azzouzi, 2020",
            ar="هبة من عائلة العزوزي، 2020",
            en="Gift of the Azzouzi family, 2020",
            zgh="ⵜⵓⴼⴽⵉⵜ ⵏ ⵜⵡⴰⵛⵓⵍⵜ ⵏ ⵄⵣⵣⵓⵣⵉ, 2020",
        ),
        "rights": "http://rightsstatements.org/vocab/InC-EDU/1.0/",
        "image": {"kind": "contract", "colour": "#3e4a59"},
        "themes": ["work"],
    },
    {
        "accession_number": "MMM.2026.1.18",
        "title": Text(
            fr="Lampe de sûreté d’Abdallah Tahiri",
            ar="مصباح الأمان لعبد الله الطاهري",
            en="Abdallah Tahiri’s safety lamp",
            zgh="ⵜⴰⴼⴰⵏⵓⵙⵜ ⵏ ⵓⵃⴹⴰ ⵏ ⵄⴱⴷⵍⵍⴰⵀ ⵟⴰⵀⵉⵔⵉ",
        ),
        "description": Text(
            fr=(
                "Cette lampe à flamme en laiton servait à déceler le grisou au fond des fosses des environs "
                "de Lens, car sa flamme changeait d’aspect dès que le gaz était présent. Recruté dans le "
                "Souss en 1965 puis devenu chef d’équipe, Abdallah Tahiri l’a emportée sous terre jusqu’à "
                "l’accident qui l’a obligé à quitter le fond en 1980. Il l’a gardée sur le buffet du salon, "
                "bien après la fermeture du dernier puits du Nord-Pas-de-Calais, en 1990."
            ),
            ar=(
                "كان هذا المصباح النحاسي ذو اللهب يُستعمل لكشف غاز المناجم المتفجّر في أعماق الآبار حول "
                "لانس، إذ يتغيّر شكل لهبه بمجرد وجود الغاز. وقد حمله عبد الله الطاهري، الذي استُقدم من سوس "
                "سنة 1965 ثم صار رئيس فرقة، إلى باطن الأرض حتى الحادث الذي أجبره على مغادرة العمل في العمق "
                "سنة 1980. واحتفظ به على خزانة الصالون زمنًا طويلًا بعد إغلاق آخر بئر في منطقة نور-با-دو-كاليه "
                "سنة 1990."
            ),
            en=(
                "This brass flame lamp was used to detect firedamp at the bottom of the pits around Lens, "
                "as its flame changed appearance as soon as the gas was present. Recruited in the Souss in "
                "1965 and later made a team leader, Abdallah Tahiri carried it underground until the "
                "accident that forced him to leave the coalface in 1980. He kept it on the living-room "
                "sideboard long after the last pit in Nord-Pas-de-Calais closed in 1990."
            ),
            zgh=(
                "ⵜⴰⴼⴰⵏⵓⵙⵜ ⴰⴷ ⵏ ⵓⵏⵃⴰⵙ ⴰⵡⵔⴰⵖ ⴰⵔ ⵙⵔⵙ ⵙⵙⵏⵏ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵉⵙ ⵉⵍⵍⴰ ⵓⴳⴰⵣ ⵏ ⵜⵉⵏⵣⴰⵔ ⴷⴷⴰⵡ ⵡⴰⴽⴰⵍ ⵖⵔ "
                "ⵍⴰⵏⵙ, ⴰⵛⴽⵓ ⵜⵜⵏⴼⴰⵍ ⵜⴰⵍⵖⴰ ⵏ ⵜⵎⵙⵙⵉ ⵏⵏⵙ ⵖⴰⵙ ⵉⵍⵍⴰ ⵓⴳⴰⵣ. ⵄⴱⴷⵍⵍⴰⵀ ⵟⴰⵀⵉⵔⵉ, ⵍⵍⵉ ⵉⵜⵜⵓⵙⵙⵅⴷⵎⵏ ⴳ "
                "ⵙⵓⵙ ⴳ 1965 ⵢⴰⵍⵍ ⵉⴳ ⴰⵏⵎⵖⵓⵔ ⵏ ⵜⵔⴱⴰⵄⵜ, ⴰⵔ ⵜⵜ ⵉⵜⵜⴰⵡⵉ ⴷⴷⴰⵡ ⵡⴰⴽⴰⵍ ⴰⵔ ⴷ ⵉⵜⵜⵓⵊⵕⵃ ⴳ ⵜⵡⵓⵔⵉ ⴳ "
                "1980, ⵉⴼⴼⵖ ⵙⴳ ⵡⴰⴽⴰⵍ ⵏ ⵜⵉⵏⵣⴰⵔ. ⵉⵃⴹⴰ ⵜⵜ ⴼ ⵓⵙⵏⴷⵓⵇ ⵏ ⵜⵣⵇⵇⴰ ⵏ ⵉⵏⴱⴳⵉⵡⵏ, ⵖⵣⵣⵉⴼⵏ ⵉⵙⴳⴳⵯⴰⵙⵏ "
                "ⴷⴼⴼⵉⵔ ⵏ ⵓⵇⵇⵏ ⵏ ⵓⵏⵓ ⴰⵏⴳⴳⴰⵔⵓ ⴳ ⵏⵓⵔ-ⴱⴰ-ⴷⵓ-ⴽⴰⵍⵉ ⴳ 1990."
            ),
        ),
        "date": "1965/1980",
        "place": "lens",
        "materials": Text(
            fr="laiton, acier, verre épais",
            ar="نحاس أصفر، فولاذ، زجاج سميك",
            en="brass, steel, thick glass",
            zgh="ⴰⵏⵃⴰⵙ ⴰⵡⵔⴰⵖ, ⵓⵣⴰⵍ ⵉⵇⵇⵓⵔⵏ, ⴰⵊⵊⴰⵊ ⵉⵥⵓⵔⵏ",
        ),
        "dimensions": "26 × 9 × 9 cm",
        "provenance": Text(
            fr="Offerte au musée en 2017 par sa veuve, Fadma Tahiri, qui vit toujours à Liévin.",
            ar="قدّمته إلى المتحف سنة 2017 أرملته فاضمة الطاهري، التي ما تزال تقيم في ليفان.",
            en="Given to the museum in 2017 by his widow, Fadma Tahiri, who still lives in Liévin.",
            zgh="ⵜⴼⴽⴰ ⵜⵜ ⵉ ⵓⵎⵓⵣⵉ ⴳ 2017 ⵜⴰⵎⵟⵟⵓⵜ ⵏⵏⵙ ⴼⴰⴹⵎⴰ ⵟⴰⵀⵉⵔⵉ, ⴷⴼⴼⵉⵔ ⵏ ⵜⵎⵜⵜⴰⵏⵜ ⵏⵏⵙ, ⵍⵍⵉ ⵉⵣⴷⵖⵏ ⴰⵔ ⵖⵉⵍⴰ ⴳ ⵍⵉⵢⴼⴰⵏ.",
        ),
        "credit_line": Text(
            fr="Don de Fadma Tahiri, 2017",
            ar="هبة من فاضمة الطاهري، 2017",
            en="Gift of Fadma Tahiri, 2017",
            zgh="ⵜⵓⴼⴽⵉⵜ ⵏ ⴼⴰⴹⵎⴰ ⵟⴰⵀⵉⵔⵉ, 2017",
        ),
        "rights": "https://creativecommons.org/publicdomain/zero/1.0/",
        "image": {"kind": "tool", "colour": "#8a7f5a"},
        "themes": ["work"],
    },
    {
        "accession_number": "MMM.2026.1.19",
        "title": Text(
            fr="Remontée du fond, fin de poste",
            ar="الصعود من باطن المنجم في نهاية النوبة",
            en="Coming up from the pit at the end of the shift",
            zgh="ⴰⵙⴰⵍⵉ ⵙⴳ ⵡⴰⴽⴰⵍ ⵏ ⵜⵉⵏⵣⴰⵔ, ⵜⵉⴳⵉⵔⴰ ⵏ ⵜⵡⵓⵔⵉ",
        ),
        "description": Text(
            fr=(
                "Visages noircis de poussière, une équipe de mineurs sort de la cage à la fin du poste du "
                "matin, sur le carreau d’une fosse proche de Lens. Parmi eux se trouvent trois jeunes "
                "Marocains arrivés l’année précédente, dont Brahim Boutaleb, qui a noté au dos du tirage "
                "les prénoms de ses camarades. Il envoyait ces images à sa mère, au village, pour lui "
                "montrer qu’il remontait chaque jour sain et sauf."
            ),
            ar=(
                "بوجوه سوّدها الغبار، يخرج فريق من عمّال المناجم من المصعد في نهاية النوبة الصباحية، في "
                "ساحة بئر منجمية قرب لانس. ومن بينهم ثلاثة شبان مغاربة وصلوا في السنة السابقة، منهم "
                "إبراهيم بوطالب الذي دوّن على ظهر الصورة أسماء رفاقه. وكان يرسل مثل هذه الصور إلى أمه في "
                "القرية ليطمئنها بأنه يصعد كل يوم سالمًا."
            ),
            en=(
                "Faces blackened with dust, a team of miners steps out of the cage at the end of the "
                "morning shift, at the pithead of a colliery near Lens. Among them are three young "
                "Moroccans who had arrived the year before, including Brahim Boutaleb, who wrote his "
                "workmates’ first names on the back of the print. He sent such pictures to his mother in "
                "the village to show her that he came back up safe and sound every day."
            ),
            zgh=(
                "ⵙ ⵉⵓⴷⵎⴰⵡⵏ ⵉⴱⵔⴽⴰⵏ ⵙ ⵓⴼⵃⵎ, ⵜⴼⴼⵖ ⵢⴰⵜ ⵜⵔⴱⴰⵄⵜ ⵏ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵏ ⵜⵉⵏⵣⴰⵔ ⵙⴳ ⵜⵙⵏⴷⵓⵇⵜ ⵏ ⵓⵙⴰⵍⵉ "
                "ⴳ ⵜⵉⴳⵉⵔⴰ ⵏ ⵜⵡⵓⵔⵉ ⵏ ⵜⵉⴼⴰⵡⵜ, ⴳ ⵓⵙⴰⵢⵙ ⵏ ⵢⴰⵏ ⵓⵏⵓ ⵖⵔ ⵍⴰⵏⵙ. ⴳⵔⴰⵙⵏ ⴽⵕⴰⴹ ⵉⵄⵣⵔⵉⵢⵏ "
                "ⵉⵎⵖⵔⵉⴱⵉⵢⵏ ⵍⵍⵉ ⵉⵍⴽⵎⵏ ⴳ ⵓⵙⴳⴳⵯⴰⵙ ⵍⵍⵉ ⵉⵣⵔⵉⵏ, ⴳⵉⵙⵏ ⴱⵔⴰⵀⵉⵎ ⴱⵓⵟⴰⵍⴱ, ⵍⵍⵉ ⵢⵓⵔⴰⵏ ⵉⵙⵎⴰⵡⵏ ⵏ "
                "ⵉⵎⴷⴷⵓⴽⴰⵍ ⵏⵏⵙ ⴷⴼⴼⵉⵔ ⵏ ⵜⵡⵍⴰⴼⵜ. ⴰⵔ ⵉⵜⵜⴰⵣⵏ ⵜⵉⵡⵍⴰⴼⵉⵏ ⴰⴷ ⵉ ⵉⵏⵏⴰⵙ ⴳ ⵜⵓⴷⴷⵔⵜ ⴰⴷ ⴰⵙ ⵉⵎⵍ ⵉⵙ "
                "ⴰⵔ ⴷ ⵉⵜⵜⴰⵍⵍⵉ ⴽⵓ ⴰⵙⵙ ⵙ ⵜⴷⵓⵙⵉ."
            ),
        ),
        "date": "1969~",
        "place": "lens",
        "materials": Text(
            fr="tirage argentique noir et blanc, légende manuscrite au verso",
            ar="طبعة فضية بالأبيض والأسود، مع تعليق بخط اليد على الظهر",
            en="gelatin silver print, handwritten caption on the back",
            zgh="ⵜⴰⵡⵍⴰⴼⵜ ⵙ ⵓⴱⵔⴽⴰⵏ ⴷ ⵓⵎⵍⵍⴰⵍ, ⴰⵢⵏⵏⴰ ⵉⵜⵜⵓⵢⴰⵔⵓⵏ ⵙ ⵓⴼⵓⵙ ⴷⴼⴼⵉⵔ ⵏⵏⵙ",
        ),
        "dimensions": "13 × 18 cm",
        "provenance": Text(
            fr="Donnée en 2022 par les petits-enfants de Brahim Boutaleb, qui ont retrouvé l’album familial lors d’un déménagement.",
            ar="أهداها سنة 2022 أحفاد إبراهيم بوطالب، الذين عثروا على ألبوم العائلة أثناء انتقالهم إلى منزل جديد.",
            en="Given in 2022 by Brahim Boutaleb’s grandchildren, who found the family album while moving house.",
            zgh="ⴼⴽⴰⵏ ⵜⵜ ⴳ 2022 ⵜⴰⵔⵡⴰ ⵏ ⵜⴰⵔⵡⴰ ⵏ ⴱⵔⴰⵀⵉⵎ ⴱⵓⵟⴰⵍⴱ, ⵍⵍⵉ ⵢⵓⴼⴰⵏ ⴰⵍⴱⵓⵎ ⵏ ⵜⵡⴰⵛⵓⵍⵜ ⵍⵍⵉⵖ ⵙⵎⵓⵜⵜⵉⵏ ⵙⴳ ⵜⴳⵎⵎⵉ ⵏⵏⵙⵏ.",
        ),
        "credit_line": Text(
            fr="Don des petits-enfants Boutaleb, 2022",
            ar="هبة من أحفاد بوطالب، 2022",
            en="Gift of the Boutaleb grandchildren, 2022",
            zgh="ⵜⵓⴼⴽⵉⵜ ⵏ ⵜⴰⵔⵡⴰ ⵏ ⵜⴰⵔⵡⴰ ⵏ ⴱⵓⵟⴰⵍⴱ, 2022",
        ),
        "rights": "http://rightsstatements.org/vocab/InC/1.0/",
        "image": {"kind": "photograph", "colour": "#4a4238"},
        "themes": ["work"],
    },
    {
        "accession_number": "MMM.2026.1.20",
        "title": Text(
            fr="Comptines de grand-mère en darija et en tamazight",
            ar="أهازيج الجدّة بالدارجة والأمازيغية",
            en="Grandmother’s nursery rhymes in Darija and Tamazight",
            zgh="ⵉⵣⵍⴰⵏ ⵏ ⵏⵏⴰⵏⴰ ⵙ ⵜⴷⴰⵔⵉⵊⵜ ⴷ ⵜⵎⴰⵣⵉⵖⵜ",
        ),
        "description": Text(
            fr=(
                "Installée depuis peu à Barcelone chez son fils, Hadda Akhiat a enregistré en 2007 sur cette "
                "cassette les comptines et les berceuses de son enfance, en darija et en tamazight, pour "
                "ses petits-enfants qui grandissaient en catalan et en espagnol. On entend par moments le "
                "bruit de la cuisine et les rires des enfants qui reprennent les refrains avec elle. La "
                "famille en a fait des copies numériques, mais garde l’original dans son boîtier, avec "
                "l’étiquette écrite de la main du père des enfants."
            ),
            ar=(
                "بعد أن انتقلت حديثًا للعيش مع ابنها في برشلونة، سجّلت حدّة أخيات سنة 2007 على هذا الشريط "
                "أهازيج طفولتها وتهاليل النوم، بالدارجة والأمازيغية، لأحفادها الذين كانوا يكبرون على "
                "الكتالانية والإسبانية. ويُسمع بين الحين والآخر صوت المطبخ وضحكات الأطفال وهم يردّدون "
                "اللازمات معها. وقد صنعت العائلة منه نسخًا رقمية، لكنها تحتفظ بالأصل في علبته، مع الملصق "
                "الذي كتبه والد الأطفال بخط يده."
            ),
            en=(
                "Having recently moved in with her son in Barcelona, Hadda Akhiat recorded on this cassette "
                "in 2007 the rhymes and lullabies of her childhood, in Darija and Tamazight, for her "
                "grandchildren who were growing up in Catalan and Spanish. Now and then you can hear "
                "kitchen noises and the children laughing as they join in the choruses with her. The "
                "family has made digital copies, but keeps the original in its case, with the label "
                "handwritten by the children’s father."
            ),
            zgh=(
                "ⵍⵍⵉⵖ ⴷ ⵜⵍⴽⵎ ⴱⴰⵔⵙⵉⵍⵓⵏⴰ ⴰⴷ ⵜⵣⴷⵖ ⴷ ⵢⵉⵡⵉⵙ, ⵜⵙⵙⴽⵍⵙ ⵃⴰⴷⴷⴰ ⴰⵅⵢⴰⵜ ⴳ 2007 ⴳ ⵜⴽⴰⵙⵉⵜ ⴰⴷ "
                "ⵉⵣⵍⴰⵏ ⵏ ⵓⵔⴰⵔ ⴷ ⵉⵣⵍⴰⵏ ⵏ ⵉⴹⵚ ⵍⵍⵉ ⵜⵙⵍⵍⴰ ⴰⴷ ⵜⵍⵍⴰ ⵜⵎⵥⵥⵉ, ⵙ ⵜⴷⴰⵔⵉⵊⵜ ⴷ ⵜⵎⴰⵣⵉⵖⵜ, ⵉ ⵜⴰⵔⵡⴰ ⵏ "
                "ⵜⴰⵔⵡⴰ ⵏⵏⵙ ⵍⵍⵉ ⵉⵜⵜⵎⵖⴰⵢⵏ ⵙ ⵜⴽⴰⵜⴰⵍⴰⵏⵉⵜ ⴷ ⵜⵙⴱⵏⵢⵓⵍⵉⵜ. ⴰⵔ ⵉⵜⵜⵓⵙⵍⵍⴰ ⴽⵔⴰ ⵏ ⵜⵉⴽⴽⴰⵍ ⵉⵎⵙⵍⵉ ⵏ "
                "ⵓⵏⵡⴰⵍ ⴷ ⵜⴰⴹⵚⴰ ⵏ ⵜⴰⵔⵡⴰ ⵍⵍⵉ ⴷ ⴰⵙ ⵜⵜⴰⵍⵙⵏⵉⵏ ⵉⵣⵍⴰⵏ. ⵜⵙⴽⵔ ⵜⵡⴰⵛⵓⵍⵜ ⵙⴳⵉⵙ ⵜⵉⵏⵙⵅⵉⵏ "
                "ⵜⵉⵎⴹⴰⵏⴰⵢⵉⵏ, ⵎⴰⵛ ⴰⵔ ⵜⵃⴹⴰ ⵜⴰⴽⴰⵙⵉⵜ ⵜⴰⵏⵚⵍⵉⵜ ⴳ ⵜⵙⵏⴷⵓⵇⵜ ⵏⵏⵙ, ⴰⴽⴷ ⵜⴰⴱⵟⴰⵇⵜ ⵍⵍⵉ ⵢⵓⵔⴰ ⴱⴰⴱⴰⵙ ⵏ "
                "ⵜⴰⵔⵡⴰ ⵙ ⵓⴼⵓⵙ ⵏⵏⵙ."
            ),
        ),
        "date": "2007",
        "place": "barcelona",
        "materials": Text(
            fr="boîtier en plastique, bande magnétique, étiquette en papier",
            ar="علبة بلاستيكية، شريط مغناطيسي، ملصق ورقي",
            en="plastic case, magnetic tape, paper label",
            zgh="ⵜⴰⵙⵏⴷⵓⵇⵜ ⵏ ⵍⴱⵍⴰⵙⵜⵉⴽ, ⴰⵙⵖⵓⵏ ⴰⵎⴰⵖⵏⴰⵟⵉⵙⵉ, ⵜⴰⴱⵟⴰⵇⵜ ⵏ ⵜⴽⵓⵔⴰⴹⵜ",
        ),
        "dimensions": "10,2 × 6,4 × 1,2 cm",
        "provenance": Text(
            fr="Prêtée au musée en 2025 par sa petite-fille Laia Akhiat, qui a elle-même numérisé la bande.",
            ar="أعارته للمتحف سنة 2025 حفيدتها لايا أخيات، التي رقمنت الشريط بنفسها.",
            en="Lent to the museum in 2025 by her granddaughter Laia Akhiat, who digitised the tape herself.",
            zgh="ⵜⵔⴹⵍ ⵜⵜ ⵉ ⵓⵎⵓⵣⵉ ⴳ 2025 ⵉⵍⵍⵉ ⵏ ⵢⵉⵡⵉⵙ ⵍⴰⵢⴰ ⴰⵅⵢⴰⵜ, ⵍⵍⵉ ⵉⵙⵎⴹⴰⵏⵏ ⵜⴰⴽⴰⵙⵉⵜ ⵙ ⵉⵅⴼ ⵏⵏⵙ.",
        ),
        "credit_line": Text(
            fr="Prêt de Laia Akhiat, 2025",
            ar="إعارة من لايا أخيات، 2025",
            en="Loan from Laia Akhiat, 2025",
            zgh="ⴰⵔⴹⴰⵍ ⵏ ⵍⴰⵢⴰ ⴰⵅⵢⴰⵜ, 2025",
        ),
        "rights": "https://creativecommons.org/licenses/by-nc/4.0/",
        "image": {"kind": "cassette", "colour": "#b5654a"},
        "themes": ["languages-and-memory"],
    },
]
