"""Demo exhibits: six rooms of the virtual museum, in French (source), Arabic,
English and Standard Moroccan Tamazight. The prose is original; the people
quoted are fictional; the dates are those of real events."""

from cms.core.demo.texts import Text

EXHIBITS = [
    {
        "slug": Text(
            fr="premiers-departs",
            ar="الرحيل الأول، 1963–1975",
            en="first-departures",
            zgh="ⵉⵎⵓⴷⴷⴰ ⵉⵎⵣⵡⵓⵔⴰ, 1963–1975",
        ),
        "title": Text(
            fr="Les premiers départs, 1963–1975",
            ar="الرحيل الأول، 1963–1975",
            en="The first departures, 1963–1975",
            zgh="ⵉⵎⵓⴷⴷⴰ ⵉⵎⵣⵡⵓⵔⴰ, 1963–1975",
        ),
        "introduction": Text(
            fr="Entre 1963 et 1969, le Maroc signe des conventions de main-d’œuvre avec l’Allemagne de l’Ouest, la France, la Belgique et les Pays-Bas. Des milliers d’hommes du Rif, de l’Oriental et du Souss passent alors une visite médicale, reçoivent un contrat et prennent la route du Nord. Cette salle suit leurs premiers pas, de la convocation au premier salaire.",
            ar="بين عامي 1963 و1969، وقّع المغرب اتفاقيات لليد العاملة مع ألمانيا الغربية وفرنسا وبلجيكا وهولندا. فاجتاز آلاف الرجال من الريف والجهة الشرقية وسوس الفحص الطبي، وتسلّموا عقود العمل، وشدّوا الرحال نحو الشمال. تتتبّع هذه القاعة خطواتهم الأولى، من الاستدعاء إلى أول أجر.",
            en="Between 1963 and 1969, Morocco signed labour agreements with West Germany, France, Belgium and the Netherlands. Thousands of men from the Rif, the Oriental and the Souss then went through a medical examination, received a contract and took the road north. This room follows their first steps, from the summons to the first pay packet.",
            zgh="ⴳⵔ 1963 ⴷ 1969, ⵉⵣⵎⵎⵎ ⵍⵎⵖⵔⵉⴱ ⵉⵎⵜⴰⵡⴰⵏ ⵏ ⵜⵡⵓⵔⵉ ⴷ ⴰⵍⵎⴰⵏⵢⴰ ⵏ ⵓⵜⴰⵔⴰⵎ, ⴼⵕⴰⵏⵚⴰ, ⴱⵍⵊⵉⴽⴰ ⴷ ⵀⵓⵍⴰⵏⴷⴰ. ⵉⴼⴹⴰⵏ ⵏ ⵉⵔⴳⴰⵣⵏ ⵏ ⵕⵕⵉⴼ, ⵏ ⵓⴳⵎⵓⴹ ⴷ ⵙⵓⵙ ⵥⵕⴰⵏ ⵜⵏ ⵉⵎⵙⵓⵊⵊⴰⵏ, ⴰⵎⵥⵏ ⵜⴰⵣⵎⴰⵎⵜ ⵏ ⵜⵡⵓⵔⵉ, ⴷⴷⵓⵏ ⵙ ⴰⴳⴰⴼⴰ. ⵜⴰⵣⵇⵇⴰ ⴰⴷ ⵜⴹⴼⵔ ⵉⵙⵓⵔⵉⴼⵏ ⵏⵙⵏ ⵉⵎⵣⵡⵓⵔⴰ, ⵙⴳ ⵜⵖⵔⵉⵜ ⴰⵔ ⵜⵉⵖⵔⴰⴷ ⵜⵉⵎⵣⵡⵓⵔⴰ.",
        ),
        "period_start": "1963",
        "period_end": "1975",
        "places": ["nador", "gennevilliers", "dusseldorf"],
        "themes": ["departures", "work"],
        "curator": "curator-1",
        "body": [
            Text(
                fr="Les recruteurs des entreprises européennes viennent jusque dans les villes du Maroc pour choisir leurs ouvriers. Les candidats se pressent devant les bureaux, montrent leurs mains et passent un examen médical souvent humiliant. Ceux qui sont retenus reçoivent un contrat à durée limitée et un « passeport vert », souvent le premier document de voyage de leur vie.",
                ar="كان موظفو التوظيف في الشركات الأوروبية يأتون إلى المدن المغربية لاختيار عمالهم بأنفسهم. فيتزاحم المترشحون أمام المكاتب، ويُظهرون أيديهم، ويخضعون لفحص طبي مهين في أغلب الأحيان. ومن وقع عليه الاختيار تسلّم عقد عمل محدد المدة وجواز سفر أخضر، كان في الغالب أول وثيقة سفر في حياته.",
                en="Recruiters from European companies came all the way to Moroccan towns to choose their workers. Candidates crowded outside the offices, showed their hands and underwent a medical examination that was often humiliating. Those selected received a fixed-term contract and a “green passport”, usually the first travel document of their lives.",
                zgh="ⵉⵎⵙⵏⴽⴰⵔⵏ ⵏ ⵜⵉⵎⵥⵍⴰⵢ ⵏ ⵓⵔⵓⴱⴱⴰ ⵜⵜⴰⵙⵉⵏ ⴰⵔ ⵜⵉⵎⴷⵉⵏⵉⵏ ⵏ ⵍⵎⵖⵔⵉⴱ ⴰⴷ ⵙⴼⵔⵏⵏ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵏⵙⵏ. ⵉⵎⵙⵓⵜⴻⵔⵏ ⵜⵜⵎⵢⴰⴷⴰⵎⴰⵏ ⵣⴷⴰⵜ ⵏ ⵜⵏⴱⴰⴹⵉⵏ, ⵙⵙⴽⵏⵏ ⵉⴼⴰⵙⵙⵏ ⵏⵙⵏ, ⵥⵕⴰⵏ ⵜⵏ ⵉⵎⵙⵓⵊⵊⴰⵏ ⵙ ⵜⵖⴰⵡⵙⴰ ⵓⵔ ⵉⴼⵓⵍⴽⵉⵏ. ⵡⵉⴷ ⵜⵜⵓⵙⴼⵔⵏⵉⵏ ⵜⵜⴰⵎⵥⵏ ⵜⴰⵣⵎⴰⵎⵜ ⵏ ⵜⵡⵓⵔⵉ ⵉ ⴽⵔⴰ ⵏ ⵡⴰⴽⵓⴷ ⴷ ⵓⴱⴰⵙⴱⵓⵔ ⴰⵣⴳⵣⴰⵡ, ⴰⵔⵔⴰ ⴰⵎⵣⵡⴰⵔⵓ ⵏ ⵓⵎⵓⴷⴷⵓ ⴳ ⵜⵓⴷⵔⵜ ⵏⵙⵏ.",
            ),
            Text(
                fr="Le voyage commence souvent à Tanger ou à Melilla, par bateau, puis continue en train à travers l’Espagne et la France. La valise en carton contient quelques vêtements, du pain, parfois une photographie de famille. À l’arrivée, on découvre le foyer de travailleurs, la cantine et le froid d’un premier hiver.",
                ar="كانت الرحلة تبدأ غالبًا من طنجة أو مليلية على متن باخرة، ثم تتواصل بالقطار عبر إسبانيا وفرنسا. وفي الحقيبة الكرتونية بعض الثياب وقليل من الخبز، وأحيانًا صورة للعائلة. وعند الوصول يكتشف المهاجر مأوى العمال والمطعم الجماعي وبرد الشتاء الأول.",
                en="The journey often began in Tangier or Melilla, by boat, then carried on by train across Spain and France. The cardboard suitcase held a few clothes, some bread, sometimes a family photograph. On arrival came the workers’ hostel, the canteen and the cold of a first winter.",
                zgh="ⴰⵎⵓⴷⴷⵓ ⴰⵔ ⵉⵜⵜⴱⴷⵓ ⴳ ⵟⴰⵏⵊⴰ ⵏⵖ ⴳ ⵎⵍⵉⵍⵢⴰ ⵙ ⵓⵖⵔⵔⴰⴱⵓ, ⵉⴹⴼⵔ ⵙ ⵜⵎⴰⵛⵉⵏⵜ ⴳ ⵙⴱⴰⵏⵢⴰ ⴷ ⴼⵕⴰⵏⵚⴰ. ⴳ ⵜⴱⴰⵍⵉⵣⵜ ⵏ ⵍⴽⴰⵔⵟⵓⵏ ⵍⵍⴰⵏ ⴽⵔⴰ ⵏ ⵉⵙⴻⵍⵙⴰ, ⴰⵖⵔⵓⵎ, ⴽⵔⴰ ⵏ ⵜⵉⴽⴽⴰⵍ ⵜⴰⵡⵍⴰⴼⵜ ⵏ ⵜⵡⴰⵛⵓⵍⵜ. ⵍⵍⵉⵖ ⵍⴽⵎⵏ, ⵙⵙⵏⵏ ⴰⵙⴻⵏⵙⵓ ⵏ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ, ⵜⴰⵏⵙⴰ ⵏ ⵓⵎⵏⵙⵉ ⴷ ⵓⵙⵎⵎⵉⴹ ⵏ ⵜⴳⵔⵙⵜ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ.",
            ),
            Text(
                fr="À Gennevilliers, les usines automobiles et métallurgiques embauchent pour le travail à la chaîne ; à Düsseldorf, l’industrie et le bâtiment réclament des bras. Beaucoup pensent repartir au bout de quelques années et envoient l’essentiel de leur salaire au pays. En juillet 1974, l’arrêt de l’immigration de travail en France fait pourtant de ce séjour provisoire, pour beaucoup, une installation durable.",
                ar="في جونفيليي، كانت مصانع السيارات والمعادن تشغّل العمال في خطوط التركيب، وفي دوسلدورف كانت الصناعة والبناء بحاجة إلى سواعد. وكان كثيرون ينوون العودة بعد بضع سنوات، فيرسلون معظم أجورهم إلى البلد. غير أن وقف هجرة العمل إلى فرنسا في يوليو 1974 حوّل هذه الإقامة المؤقتة، عند كثيرين، إلى استقرار دائم.",
                en="In Gennevilliers, car and metalworking plants hired for the assembly line; in Düsseldorf, industry and construction needed hands. Many expected to go back after a few years and sent most of their wages home. In July 1974, however, the halt to labour immigration in France turned this temporary stay into a lasting settlement for many.",
                zgh="ⴳ ⵊⵉⵏⵉⴼⵉⵍⵢⵉ, ⵜⵉⵎⵥⵍⴰⵢ ⵏ ⵜⴽⵔⵔⵓⵙⵉⵏ ⴷ ⵡⵓⵥⵥⴰⵍ ⴰⵔ ⵜⵜⴰⵎⵥⵏⵜ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ; ⴳ ⴷⵓⵙⵍⴷⵓⵔⴼ, ⵜⵉⵎⵥⵍⴰⵢ ⴷ ⵓⵙⴱⵏⵓ ⵔⴰⵏ ⵉⴼⴰⵙⵙⵏ. ⴳⴳⵓⵜⵏ ⵡⵉⴷ ⵉⵜⵜⵅⵎⵉⵎⵏ ⴰⴷ ⴷ ⵓⵖⵓⵍⵏ ⴷⴼⴼⵉⵔ ⴽⵔⴰ ⵏ ⵉⵙⴻⴳⴳⵯⴰⵙⵏ, ⴰⵔ ⵜⵜⴰⵣⵏⵏ ⴰⵎⵓⵇⵔⴰⵏ ⵏ ⵜⵉⵖⵔⴰⴷ ⵏⵙⵏ ⵙ ⵜⵎⴰⵣⵉⵔⵜ. ⵎⴰⵛⴰ ⴳ ⵢⵓⵍⵢⵓⵣ 1974, ⵜⴱⴷⴷ ⴼⵕⴰⵏⵚⴰ ⴰⵎⵓⴷⴷⵓ ⵏ ⵜⵡⵓⵔⵉ, ⵉⵇⵇⵉⵎ ⴱⴰⵀⵔⴰ ⵏ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⴳ ⵜⵎⴰⵣⵉⵔⵜ ⵏ ⵓⵣⴷⴰⵖ.",
            ),
        ],
        "quote": {
            "text": Text(
                fr="Ils nous ont regardé les dents et les mains, comme au souk. Ensuite on m’a donné un papier, et j’ai couru jusqu’au village pour le montrer à ma mère.",
                ar="فحصوا أسناننا وأيدينا كما يُفعل في السوق. ثم سلّموني ورقة، فركضت حتى القرية لأريها لأمي.",
                en="They looked at our teeth and our hands, as if we were at the souk. Then they gave me a paper, and I ran all the way to the village to show it to my mother.",
                zgh="ⵥⵕⴰⵏ ⵜⵉⵖⵎⴰⵙ ⵏⵏⵖ ⴷ ⵉⴼⴰⵙⵙⵏ ⵏⵏⵖ, ⴰⵎ ⴳ ⵙⵙⵓⵇ. ⴷⴼⴼⵉⵔ ⴰⵢⴰ ⴼⴽⴰⵏ ⵉⵢⵉ ⵢⴰⵏ ⵡⴰⵔⵔⴰ, ⴰⵔ ⵜⵜⴰⵣⵣⵍⵖ ⴰⵔ ⵜⴰⴷⴷⴰⵔⵜ ⴰⴷ ⵜ ⵙⵙⴽⴰⵏⵖ ⵉ ⵢⵉⵎⵎⴰ.",
            ),
            "attribution": Text(
                fr="Haddou M., ouvrier de l’automobile né près de Nador, témoignage recueilli à Gennevilliers en 2016",
                ar="حدّو م.، عامل في صناعة السيارات وُلد قرب الناظور، شهادة سُجّلت في جونفيليي سنة 2016",
                en="Haddou M., car worker born near Nador, account recorded in Gennevilliers in 2016",
                zgh="ⵃⴷⴷⵓ ⵎ., ⴰⵎⵙⵡⵓⵔⵉ ⵏ ⵜⴽⵔⵔⵓⵙⵉⵏ ⵉⵍⵓⵍ ⴳ ⵜⴰⵎⴰ ⵏ ⵏⴰⴹⵓⵔ, ⵜⵓⴳⴳⴰ ⵜⵜⵓⵊⵎⵄⵏ ⴳ ⵊⵉⵏⵉⴼⵉⵍⵢⵉ ⴳ 2016",
            ),
        },
        "timeline": [
            {
                "date": "1963-05-21",
                "title": Text(
                    fr="Convention de main-d’œuvre avec l’Allemagne de l’Ouest",
                    ar="اتفاقية اليد العاملة مع ألمانيا الغربية",
                    en="Labour agreement with West Germany",
                    zgh="ⴰⵎⵜⴰⵡⴰ ⵏ ⵜⵡⵓⵔⵉ ⴷ ⴰⵍⵎⴰⵏⵢⴰ ⵏ ⵓⵜⴰⵔⴰⵎ",
                ),
            },
            {
                "date": "1963-06-01",
                "title": Text(
                    fr="Convention de main-d’œuvre avec la France",
                    ar="اتفاقية اليد العاملة مع فرنسا",
                    en="Labour agreement with France",
                    zgh="ⴰⵎⵜⴰⵡⴰ ⵏ ⵜⵡⵓⵔⵉ ⴷ ⴼⵕⴰⵏⵚⴰ",
                ),
            },
            {
                "date": "1964-02-17",
                "title": Text(
                    fr="Convention de main-d’œuvre avec la Belgique",
                    ar="اتفاقية اليد العاملة مع بلجيكا",
                    en="Labour agreement with Belgium",
                    zgh="ⴰⵎⵜⴰⵡⴰ ⵏ ⵜⵡⵓⵔⵉ ⴷ ⴱⵍⵊⵉⴽⴰ",
                ),
            },
            {
                "date": "1969-05-14",
                "title": Text(
                    fr="Convention de main-d’œuvre avec les Pays-Bas",
                    ar="اتفاقية اليد العاملة مع هولندا",
                    en="Labour agreement with the Netherlands",
                    zgh="ⴰⵎⵜⴰⵡⴰ ⵏ ⵜⵡⵓⵔⵉ ⴷ ⵀⵓⵍⴰⵏⴷⴰ",
                ),
            },
            {
                "date": "1974-07",
                "title": Text(
                    fr="La France arrête le recrutement de travailleurs étrangers",
                    ar="فرنسا توقف استقدام العمال الأجانب",
                    en="France stops recruiting foreign workers",
                    zgh="ⴼⵕⴰⵏⵚⴰ ⵜⴱⴷⴷ ⴰⵙⵏⴽⵔ ⵏ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵉⴱⵔⵔⴰⵏⵉⵢⵏ",
                ),
            },
        ],
        "objects": ["MMM.2026.1.1", "MMM.2026.1.2", "MMM.2026.1.3", "MMM.2026.1.4"],
    },
    {
        "slug": Text(
            fr="lettres-au-pays",
            ar="رسائل إلى البلد",
            en="letters-home",
            zgh="ⵜⵉⴱⵔⴰⵜⵉⵏ ⵙ ⵜⵎⴰⵣⵉⵔⵜ",
        ),
        "title": Text(
            fr="Lettres au pays",
            ar="رسائل إلى البلد",
            en="Letters home",
            zgh="ⵜⵉⴱⵔⴰⵜⵉⵏ ⵙ ⵜⵎⴰⵣⵉⵔⵜ",
        ),
        "introduction": Text(
            fr="Pendant des décennies, la distance se mesure en lettres, en mandats et en cassettes. Ceux qui partent écrivent ou font écrire, et ceux qui restent répondent par la voix, la photographie et l’attente. Cette salle rassemble ces messages échangés entre le Souss, le Rif et les villes d’Europe.",
            ar="على مدى عقود، كانت المسافة تُقاس بالرسائل والحوالات والأشرطة. فمن رحل يكتب أو يستكتب غيره، ومن بقي يردّ بصوته وبالصور وبالانتظار. تجمع هذه القاعة الرسائل التي تنقّلت بين سوس والريف ومدن أوروبا.",
            en="For decades, distance was measured in letters, money orders and cassettes. Those who left wrote, or had someone write for them, and those who stayed answered with voices, photographs and waiting. This room gathers the messages that travelled between the Souss, the Rif and the cities of Europe.",
            zgh="ⴳ ⴱⴰⵀⵔⴰ ⵏ ⵉⵙⴻⴳⴳⵯⴰⵙⵏ, ⵜⵉⴳⴳⵓⴳⵜ ⴰⵔ ⵜⵜⵜⵡⴰⴽⵜⴰⵍ ⵙ ⵜⵉⴱⵔⴰⵜⵉⵏ, ⵙ ⵉⴷⵔⵉⵎⵏ ⴷ ⵜⴽⴰⵙⵉⵜⵉⵏ. ⵡⵉⴷ ⵉⴷⴷⴰⵏ ⴰⵔ ⵜⵜⴰⵔⵓⵏ ⵏⵖ ⴰⵔ ⴰⵙⵏ ⵜⵜⴰⵔⵓⵏ ⵡⵉⵢⵢⴰⴹ, ⵡⵉⴷ ⵉⵇⵇⵉⵎⵏ ⴰⵔ ⵔⵔⵓⵔⵏ ⵙ ⵜⴰⵖⵓⵛⵜ, ⵙ ⵜⵉⵡⵍⴰⴼⵉⵏ ⴷ ⵓⵕⴰⵊⵓ. ⵜⴰⵣⵇⵇⴰ ⴰⴷ ⵜⵙⵎⵓⵏ ⵜⵉⴱⵔⴰⵜⵉⵏ ⵍⵍⵉ ⵉⵎⵓⴷⴷⴰⵏ ⴳⵔ ⵙⵓⵙ, ⵕⵕⵉⴼ ⴷ ⵜⵉⵎⴷⵉⵏⵉⵏ ⵏ ⵓⵔⵓⴱⴱⴰ.",
        ),
        "period_start": "1965",
        "period_end": "198X",
        "places": ["tiznit", "rotterdam"],
        "themes": ["family-and-letters"],
        "curator": "curator-2",
        "body": [
            Text(
                fr="Beaucoup d’émigrés et de leurs proches ne savent ni lire ni écrire. Au village comme en ville, on confie alors ses mots à un écrivain public, qui rédige la lettre en arabe et la relit à voix haute. Le mandat postal qui accompagne l’envoi paie une récolte, le mariage d’une sœur ou les murs d’une maison.",
                ar="كان كثير من المهاجرين وذويهم لا يعرفون القراءة ولا الكتابة. فكانوا، في القرية كما في المدينة، يأتمنون كاتبًا عموميًا على كلماتهم، فيحرّر الرسالة بالعربية ثم يقرؤها عليهم بصوت عالٍ. أما الحوالة البريدية المرافقة لها فكانت تسدّ ثمن محصول أو عرس أخت أو جدران بيت.",
                en="Many emigrants and their relatives could neither read nor write. In villages and towns alike, people entrusted their words to a public letter-writer, who drafted the letter in Arabic and read it back aloud. The postal money order that came with it paid for a harvest, a sister’s wedding or the walls of a house.",
                zgh="ⴱⴰⵀⵔⴰ ⵏ ⵉⵎⵓⴷⴷⴰⵢⵏ ⴷ ⵜⵡⴰⵛⵓⵍⵉⵏ ⵏⵙⵏ ⵓⵔ ⵙⵙⵏⵏ ⴰⴷ ⵖⵔⵏ, ⵓⵔ ⵙⵙⵏⵏ ⴰⴷ ⴰⵔⵓⵏ. ⴳ ⵜⴰⴷⴷⴰⵔⵜ ⴷ ⵜⵎⴷⵉⵏⵜ, ⴰⵔ ⵜⵜⴼⵍⵏ ⴰⵡⴰⵍ ⵏⵙⵏ ⵉ ⵓⵎⴰⵔⴰⵢ ⵏ ⵓⴳⴷⵓⴷ, ⴰⴷ ⵢⴰⵔⵓ ⵜⴰⴱⵔⴰⵜ ⵙ ⵜⴰⵄⵔⴰⴱⵜ, ⴰⵔ ⵜⵜ ⴰⵙⵏ ⵉⵖⵔⵔ ⵙ ⵓⵖⵓⵢⵢⵉ. ⵉⴷⵔⵉⵎⵏ ⵏ ⵍⴱⵓⵙⵟⴰ ⵍⵍⵉ ⴷ ⵉⴷⴷⴰⵏ ⴷ ⵜⴱⵔⴰⵜ ⴰⵔ ⵜⵜⵅⵍⵍⵉⵚⵏ ⵜⴰⵎⴳⵔⴰ, ⵜⴰⵎⵖⵔⴰ ⵏ ⵢⴰⵜ ⵓⵍⵜⵎⴰ ⵏⵖ ⵉⵖⵔⴱⴰⵏ ⵏ ⵢⴰⵜ ⵜⴳⵎⵎⵉ.",
            ),
            Text(
                fr="Dans les années 1970, la cassette audio change la correspondance. On s’enregistre en famille, en tarifit ou en tachelhit, on chante, on fait parler les enfants, et la bande voyage dans une valise ou par la poste. Pour ceux qui n’écrivent pas, c’est enfin une lettre dans leur propre langue.",
                ar="في سبعينيات القرن العشرين، غيّر الشريط السمعي طبيعة المراسلة. صارت الأسر تسجّل أصواتها بتاريفيت أو بتاشلحيت، فتغنّي وتدع الأطفال يتكلمون، ثم يسافر الشريط في حقيبة أو عبر البريد. وبالنسبة إلى من لا يكتبون، كانت أخيرًا رسالة بلغتهم الأم.",
                en="In the 1970s, the audio cassette changed correspondence. Families recorded themselves in Tarifit or Tachelhit, sang, let the children speak, and the tape travelled in a suitcase or by post. For those who did not write, it was at last a letter in their own language.",
                zgh="ⴳ ⵉⵙⴻⴳⴳⵯⴰⵙⵏ ⵏ 1970, ⵜⴰⴽⴰⵙⵉⵜ ⵜⵙⵏⴼⵍ ⵜⵉⴱⵔⴰⵜⵉⵏ. ⵜⴰⵡⴰⵛⵓⵍⵜ ⴰⵔ ⵜⵙⵙⵊⵊⴰⵍ ⴰⵡⴰⵍ ⵏⵙ ⵙ ⵜⴰⵔⵉⴼⵉⵜ ⵏⵖ ⵙ ⵜⴰⵛⵍⵃⵉⵜ, ⴰⵔ ⵜⵜⵖⵏⵏⴰ ⵉⵣⵍⴰⵏ, ⴰⵔ ⵜⵙⵙⴰⵡⴰⵍ ⴰⵔⵔⴰⵡ, ⵜⴷⴷⵓ ⵜⴰⴽⴰⵙⵉⵜ ⴳ ⵜⴱⴰⵍⵉⵣⵜ ⵏⵖ ⵙ ⵍⴱⵓⵙⵟⴰ. ⵉ ⵡⵉⴷ ⵓⵔ ⵙⵙⵏⵉⵏ ⵜⵉⵔⴰ, ⵜⴰⴽⴰⵙⵉⵜ ⵜⴳⴰ ⵜⴰⴱⵔⴰⵜ ⵙ ⵜⵓⵜⵍⴰⵢⵜ ⵏ ⵢⵉⵎⵎⴰ ⵏⵙⵏ.",
            ),
            Text(
                fr="La photographie complète les mots. Au studio du quartier, on pose dans ses plus beaux habits devant un décor peint, pour rassurer ceux qui sont restés. Les cartes postales de Rotterdam ou de Paris, elles, montrent au village des ponts, des grues et des tours que la famille ne verra peut-être jamais.",
                ar="وكانت الصورة الفوتوغرافية تكمّل الكلمات. ففي استوديو الحي، يقف المرء بأجمل ثيابه أمام خلفية مرسومة ليطمئن من بقوا هناك. أما البطاقات البريدية القادمة من روتردام أو باريس فكانت تُري أهل القرية جسورًا ورافعات وأبراجًا قد لا تراها العائلة أبدًا.",
                en="Photography completed the words. In the neighbourhood studio, people posed in their best clothes before a painted backdrop, to reassure those who had stayed behind. Postcards from Rotterdam or Paris, for their part, showed the village bridges, cranes and towers that the family might never see.",
                zgh="ⵜⴰⵡⵍⴰⴼⵜ ⴰⵔ ⵜⵙⵎⵎⴰⴷ ⴰⵡⴰⵍ. ⴳ ⵓⵙⵟⵓⴷⵢⵓ ⵏ ⵓⵣⵖⵏⴰⵏ, ⴰⵔ ⵜⵜⴱⴷⴷⴰⴷⵏ ⵎⴷⴷⵏ ⵙ ⵉⵙⴻⵍⵙⴰ ⵏⵙⵏ ⵉⴼⵓⵍⴽⵉⵏ, ⴰⴷ ⵙⵙⴼⵙⵓⵙⵏ ⵓⵍ ⵏ ⵡⵉⴷ ⵉⵇⵇⵉⵎⵏ. ⵜⵉⴽⴰⵔⴹⵉⵡⵉⵏ ⵏ ⵍⴱⵓⵙⵟⴰ ⵙⴳ ⵕⵓⵜⵔⴷⴰⵎ ⵏⵖ ⵙⴳ ⴱⴰⵔⵉⵙ ⴰⵔ ⵙⵙⴽⴰⵏⵏⵜ ⵉ ⵜⴰⴷⴷⴰⵔⵜ ⵜⵉⵇⵏⵟⴰⵔⵉⵏ, ⵉⵎⵔⵙⴰ ⴷ ⵜⵉⵖⵔⵎⵉⵏ ⵜⵉⵖⵣⵣⴰⴼⵉⵏ, ⵓⵔ ⵜⵥⵕ ⵜⵡⴰⵛⵓⵍⵜ ⴰⵀⴰⵜ ⴰⴱⵍⴰ ⴳ ⵜⴰⵡⵍⴰⴼⵜ.",
            ),
        ],
        "quote": {
            "text": Text(
                fr="Chaque cassette, on l’écoutait trois fois : une fois pour sa voix, une fois pour les nouvelles, et une fois pour tout ce qu’il ne disait pas.",
                ar="كنا نستمع إلى كل شريط ثلاث مرات: مرة من أجل صوته، ومرة من أجل الأخبار، ومرة من أجل كل ما لم يقله.",
                en="We listened to every cassette three times: once for his voice, once for the news, and once for everything he didn’t say.",
                zgh="ⴽⵔⴰⵢⴳⴰⵜ ⵜⴰⴽⴰⵙⵉⵜ ⴰⵔ ⵜⵜ ⵏⵙⵙⴼⵍⵉⴷ ⴽⵔⴰⴹⵜ ⵜⵉⴽⴽⴰⵍ: ⵢⴰⵜ ⵜⵉⴽⴽⵍⵜ ⵉ ⵜⴰⵖⵓⵛⵜ ⵏⵙ, ⵢⴰⵜ ⵉ ⵉⵏⵖⵎⵉⵙⵏ, ⵢⴰⵜ ⵉ ⴽⵓⵍⵍⵓ ⵎⴰ ⵓⵔ ⵉⵏⵏⴰ.",
            ),
            "attribution": Text(
                fr="Fadma B., épouse d’un ouvrier parti à Rotterdam, Tiznit, 1977",
                ar="فاضمة ب.، زوجة عامل هاجر إلى روتردام، تيزنيت، 1977",
                en="Fadma B., wife of a worker who had left for Rotterdam, Tiznit, 1977",
                zgh="ⴼⴰⴹⵎⴰ ⴱ., ⵜⴰⵎⵖⴰⵔⵜ ⵏ ⵢⴰⵏ ⵓⵎⵙⵡⵓⵔⵉ ⵉⴷⴷⴰⵏ ⵙ ⵕⵓⵜⵔⴷⴰⵎ, ⵜⵉⵣⵏⵉⵜ, 1977",
            ),
        },
        "timeline": [
            {
                "date": "1969-05-14",
                "title": Text(
                    fr="Le Maroc et les Pays-Bas signent leur accord de recrutement",
                    ar="المغرب وهولندا يوقّعان اتفاقية التشغيل",
                    en="Morocco and the Netherlands sign their recruitment agreement",
                    zgh="ⵍⵎⵖⵔⵉⴱ ⴷ ⵀⵓⵍⴰⵏⴷⴰ ⵣⵎⵎⵎⵏ ⴰⵎⵜⴰⵡⴰ ⵏ ⵓⵙⵏⴽⵔ",
                ),
            },
            {
                "date": "197X",
                "title": Text(
                    fr="La cassette audio entre dans les foyers émigrés",
                    ar="الشريط السمعي يدخل بيوت المهاجرين",
                    en="The audio cassette enters emigrant households",
                    zgh="ⵜⴰⴽⴰⵙⵉⵜ ⵜⴽⵛⵎ ⵙ ⵜⴳⵎⵎⵉⵡⵉⵏ ⵏ ⵉⵎⵓⴷⴷⴰⵢⵏ",
                ),
            },
            {
                "date": "1976-04-29",
                "title": Text(
                    fr="Décret sur le regroupement familial : des familles rejoignent les travailleurs en France",
                    ar="مرسوم التجمع العائلي: أسر تلتحق بالعمال في فرنسا",
                    en="Decree on family reunification: families join the workers in France",
                    zgh="ⵍⵎⵔⵙⵓⵎ ⵏ ⵓⵙⵎⵓⵏ ⵏ ⵜⵡⴰⵛⵓⵍⵜ: ⵜⵡⴰⵛⵓⵍⵉⵏ ⴰⵔ ⵜⴷⴷⵓⵏⵜ ⴰⵔ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⴳ ⴼⵕⴰⵏⵚⴰ",
                ),
            },
            {
                "date": "198X",
                "title": Text(
                    fr="Le téléphone remplace peu à peu la lettre",
                    ar="الهاتف يحلّ تدريجيًا محلّ الرسالة",
                    en="The telephone gradually takes over from the letter",
                    zgh="ⴰⵜⵉⵍⵉⴼⵓⵏ ⴰⵔ ⵉⵜⵜⴱⴷⴷⴰⵍ ⵜⴰⴱⵔⴰⵜ ⵉⵎⵉⴽ ⵙ ⵉⵎⵉⴽ",
                ),
            },
        ],
        "objects": ["MMM.2026.1.5", "MMM.2026.1.6", "MMM.2026.1.7", "MMM.2026.1.8"],
    },
    {
        "slug": Text(
            fr="le-retour-de-l-ete",
            ar="عودة الصيف",
            en="summer-return",
            zgh="ⵜⵓⵖⴰⵍⵜ ⵏ ⵓⵏⴱⴷⵓ",
        ),
        "title": Text(
            fr="Le retour de l’été",
            ar="عودة الصيف",
            en="The summer return",
            zgh="ⵜⵓⵖⴰⵍⵜ ⵏ ⵓⵏⴱⴷⵓ",
        ),
        "introduction": Text(
            fr="Chaque été, des centaines de milliers de familles marocaines d’Europe prennent la route du pays. Voitures chargées jusqu’au toit, traversée de la France et de l’Espagne, attente au port d’Algésiras : le voyage compte autant que l’arrivée. Cette salle raconte ce rituel, de Bruxelles à Tanger.",
            ar="في كل صيف، تشدّ مئات الآلاف من الأسر المغربية المقيمة في أوروبا الرحال نحو الوطن. سيارات محمّلة حتى سقوفها، وعبور لفرنسا وإسبانيا، وانتظار في ميناء الجزيرة الخضراء: للرحلة قيمة الوصول نفسها. تروي هذه القاعة هذا الطقس السنوي، من بروكسل إلى طنجة.",
            en="Every summer, hundreds of thousands of Moroccan families living in Europe take the road home. Cars loaded to the roof, the crossing of France and Spain, the wait at the port of Algeciras: the journey matters as much as the arrival. This room tells the story of that ritual, from Brussels to Tangier.",
            zgh="ⴽⵔⴰⵢⴳⴰⵜ ⴰⵏⴱⴷⵓ, ⵉⴼⴹⴰⵏ ⴷ ⵉⴼⴹⴰⵏ ⵏ ⵜⵡⴰⵛⵓⵍⵉⵏ ⵜⵉⵎⵖⵔⵉⴱⵉⵢⵉⵏ ⵏ ⵓⵔⵓⴱⴱⴰ ⴰⵔ ⵜⵜⴰⵎⵥⵏⵜ ⴰⴱⵔⵉⴷ ⵏ ⵜⵎⴰⵣⵉⵔⵜ. ⵜⵉⴽⵔⵔⵓⵙⵉⵏ ⵄⵎⵎⵔⵏⵜ ⴰⵔ ⵉⴳⴳⵉ, ⴰⵣⴳⵔ ⵏ ⴼⵕⴰⵏⵚⴰ ⴷ ⵙⴱⴰⵏⵢⴰ, ⴰⵕⴰⵊⵓ ⴳ ⵓⵎⵔⵙⵓ ⵏ ⴰⵍⵊⵉⵙⵉⵔⴰⵙ: ⴰⵎⵓⴷⴷⵓ ⵉⴳⴰ ⴰⵎ ⵓⵍⴽⴰⵎ. ⵜⴰⵣⵇⵇⴰ ⴰⴷ ⴰⵔ ⵜⵃⴽⴽⵓ ⴼ ⵜⵖⴰⵡⵙⴰ ⴰⴷ, ⵙⴳ ⴱⵔⵓⴽⵙⵉⵍ ⴰⵔ ⵟⴰⵏⵊⴰ.",
        ),
        "period_start": "1975~",
        "period_end": "2007",
        "places": ["tangier", "barcelona", "brussels"],
        "themes": ["return-and-summer"],
        "curator": "curator-2",
        "body": [
            Text(
                fr="Les préparatifs commencent des semaines à l’avance. On achète des cadeaux pour chacun, on arrime sur la galerie du toit des valises, des couvertures et parfois un réfrigérateur. Le départ se fait souvent de nuit, pour rouler à la fraîche.",
                ar="تبدأ الاستعدادات قبل أسابيع. تُشترى الهدايا للجميع، وتُشدّ فوق حامل السقف الحقائب والأغطية، وأحيانًا ثلاجة. وكثيرًا ما يكون الانطلاق ليلًا، طلبًا للبرودة.",
                en="Preparations began weeks in advance. Gifts were bought for everyone, and suitcases, blankets and sometimes a refrigerator were strapped to the roof rack. Families often set off at night, to drive in the cool.",
                zgh="ⴰⵙⵏⵡⵊⴷ ⴰⵔ ⵉⵜⵜⴱⴷⵓ ⴽⵔⴰ ⵏ ⵉⵎⴰⵍⴰⵙⵏ ⵣⵡⴰⵔ. ⴰⵔ ⵙⵙⴰⵖⵏ ⵎⴷⴷⵏ ⵜⵉⵡⵙⴰⵜⵉⵏ ⵉ ⴽⵔⴰⵢⴳⴰⵜ ⵢⴰⵏ, ⴰⵔ ⵇⵇⵏⵏ ⴼ ⵓⴼⵍⵍⴰ ⵏ ⵜⴽⵔⵔⵓⵙⵜ ⵜⵉⴱⴰⵍⵉⵣⵉⵏ, ⵜⵉⵃⵏⴱⴰⵍ ⴷ ⴽⵔⴰ ⵏ ⵜⵉⴽⴽⴰⵍ ⵜⴰⵍⵍⴰⵊⵜ. ⴰⵔ ⵜⵜⵎⵓⴷⴷⵓⵏ ⵙ ⵡⴰⵟⴰⵙ ⴳ ⵉⴹ, ⴰⴷ ⵓⵔ ⵜⵏ ⵢⴰⵖ ⵓⵥⵖⴰⵍ.",
            ),
            Text(
                fr="La route traverse la France puis l’Espagne sur plus de deux mille kilomètres. On s’arrête sur les aires, on pique-nique au bord de la route, on dort parfois dans la voiture. Vers Barcelone et plus au sud, les familles venues de Belgique, des Pays-Bas ou d’Allemagne se croisent et se reconnaissent à leurs plaques d’immatriculation.",
                ar="تعبر الطريق فرنسا ثم إسبانيا على مسافة تزيد على ألفي كيلومتر. يتوقف المسافرون في الاستراحات، ويتناولون طعامهم على جانب الطريق، وينامون أحيانًا في السيارة. وقرب برشلونة وما بعدها جنوبًا، تلتقي الأسر القادمة من بلجيكا وهولندا وألمانيا ويتعارف أفرادها من لوحات الترقيم.",
                en="The road crosses France and then Spain for more than two thousand kilometres. People stopped at rest areas, picnicked by the roadside and sometimes slept in the car. Around Barcelona and further south, families from Belgium, the Netherlands or Germany crossed paths and recognised one another by their number plates.",
                zgh="ⴰⴱⵔⵉⴷ ⴰⵔ ⵉⵣⴳⴳⵔ ⴼⵕⴰⵏⵚⴰ ⴷ ⵙⴱⴰⵏⵢⴰ ⵓⴳⴰⵔ ⵏ ⵙⵉⵏ ⵉⴼⴹⴰⵏ ⵏ ⴽⵉⵍⵓⵎⵉⵜⵔ. ⴰⵔ ⵜⵜⴱⴷⴷⴰⵏ ⵎⴷⴷⵏ ⴳ ⵜⵉⵙⵏⵙⴰ ⵏ ⵓⴱⵔⵉⴷ, ⴰⵔ ⵜⵜⵛⵜⵜⴰⵏ ⴳ ⵜⴰⵎⴰ ⵏ ⵓⴱⵔⵉⴷ, ⴽⵔⴰ ⵏ ⵜⵉⴽⴽⴰⵍ ⴰⵔ ⴳⴳⴰⵏⵏ ⴳ ⵜⴽⵔⵔⵓⵙⵜ. ⴳ ⵜⴰⵎⴰ ⵏ ⴱⴰⵔⵙⵉⵍⵓⵏⴰ ⴷ ⵙ ⴰⵏⵥⵓⵍ, ⴰⵔ ⵜⵜⵎⵢⴰⴳⴰⵔⵏⵜ ⵜⵡⴰⵛⵓⵍⵉⵏ ⵏ ⴱⵍⵊⵉⴽⴰ, ⵏ ⵀⵓⵍⴰⵏⴷⴰ ⴷ ⵏ ⴰⵍⵎⴰⵏⵢⴰ, ⴰⵔ ⵜⵜⵎⵢⴰⵙⵙⴰⵏⵏⵜ ⵙ ⵜⴼⵍⵡⵉⵏ ⵏ ⵜⴽⵔⵔⵓⵙⵉⵏ.",
            ),
            Text(
                fr="Depuis 1986, l’opération Marhaba organise chaque été l’accueil des voyageurs dans les ports, entre Algésiras et Tanger. La traversée du détroit ne dure que quelques heures, mais l’attente sur les quais peut prendre une journée entière. Au souk, on achète une couverture ou un tapis qui repartira vers l’Europe à la fin de l’été.",
                ar="منذ سنة 1986، تتولّى عملية مرحبا كل صيف استقبال المسافرين في الموانئ بين الجزيرة الخضراء وطنجة. لا يستغرق عبور المضيق سوى بضع ساعات، لكن الانتظار على الأرصفة قد يدوم يومًا كاملًا. وفي السوق تُشترى بطانية أو زربية تعود إلى أوروبا في آخر الصيف.",
                en="Since 1986, Operation Marhaba has organised the welcome of travellers in the ports every summer, between Algeciras and Tangier. Crossing the strait takes only a few hours, but the wait on the quays can last a whole day. At the souk, people bought a blanket or a rug that would head back to Europe at the end of the summer.",
                zgh="ⵙⴳ 1986, ⵜⴰⵎⵀⵍⵜ ⵏ ⵎⴰⵔⵃⴱⴰ ⴰⵔ ⵜⵙⵙⵓⴷⵓⵙ ⴽⵔⴰⵢⴳⴰⵜ ⴰⵏⴱⴷⵓ ⴰⵙⵏⵓⴱⴳ ⵏ ⵉⵎⵙⵓⴷⴰⵔ ⴳ ⵉⵎⵔⵙⴰ, ⴳⵔ ⴰⵍⵊⵉⵙⵉⵔⴰⵙ ⴷ ⵟⴰⵏⵊⴰ. ⴰⵣⴳⵔ ⵏ ⵉⵍⴻⵍ ⵓⵔ ⵉⵜⵜⴰⵎⵥ ⴰⴱⵍⴰ ⴽⵔⴰ ⵏ ⵜⵙⵔⴰⴳⵉⵏ, ⵎⴰⵛⴰ ⴰⵕⴰⵊⵓ ⴳ ⵉⵎⵔⵙⴰ ⵉⵥⴹⴰⵔ ⴰⴷ ⵢⴰⵎⵥ ⴰⵙⵙ ⴽⵓⵍⵍⵓ. ⴳ ⵙⵙⵓⵇ, ⴰⵔ ⵙⵙⴰⵖⵏ ⵎⴷⴷⵏ ⵜⴰⵃⵏⴱⴰⵍⵜ ⵏⵖ ⴰⵣⵔⴱⵉ ⴰⴷ ⴷ ⵢⵓⵖⴰⵍ ⵙ ⵓⵔⵓⴱⴱⴰ ⴳ ⵜⵉⴳⵉⵔⴰ ⵏ ⵓⵏⴱⴷⵓ.",
            ),
        ],
        "quote": {
            "text": Text(
                fr="Mon père passait la même cassette depuis Bruxelles. Quand on la connaissait par cœur, on savait qu’on était arrivés en Espagne.",
                ar="كان أبي يشغّل الشريط نفسه منذ بروكسل. وحين صرنا نحفظه عن ظهر قلب، عرفنا أننا وصلنا إلى إسبانيا.",
                en="My father played the same cassette all the way from Brussels. Once we knew it by heart, we knew we had reached Spain.",
                zgh="ⴱⴰⴱⴰ ⴰⵔ ⵉⵙⴼⵍⵉⴷ ⵉ ⵢⴰⵜ ⵜⴰⴽⴰⵙⵉⵜ ⵙⴳ ⴱⵔⵓⴽⵙⵉⵍ. ⵍⵍⵉⵖ ⵜⵜ ⵏⵃⴼⴰ ⴽⵓⵍⵍⵓ, ⵏⵙⵙⵏ ⵉⵙ ⵏⵍⴽⵎ ⵙⴱⴰⵏⵢⴰ.",
            ),
            "attribution": Text(
                fr="Yassine K., né à Bruxelles, souvenir de l’été 1988",
                ar="ياسين ك.، مولود في بروكسل، ذكرى صيف 1988",
                en="Yassine K., born in Brussels, remembering the summer of 1988",
                zgh="ⵢⴰⵙⵉⵏ ⴽ., ⵉⵍⵓⵍ ⴳ ⴱⵔⵓⴽⵙⵉⵍ, ⴰⵙⵎⵎⴽⵜⴰⵢ ⵏ ⵓⵏⴱⴷⵓ ⵏ 1988",
            ),
        },
        "timeline": [
            {
                "date": "1986-01-01",
                "title": Text(
                    fr="L’Espagne entre dans la Communauté économique européenne",
                    ar="إسبانيا تنضم إلى المجموعة الاقتصادية الأوروبية",
                    en="Spain joins the European Economic Community",
                    zgh="ⵙⴱⴰⵏⵢⴰ ⵜⴽⵛⵎ ⵙ ⵜⴳⵔⴰⵡⵜ ⵜⴰⴷⴰⵎⵙⴰⵏⵜ ⵏ ⵓⵔⵓⴱⴱⴰ",
                ),
            },
            {
                "date": "1986",
                "title": Text(
                    fr="Lancement de l’opération Marhaba",
                    ar="إطلاق عملية مرحبا",
                    en="Operation Marhaba is launched",
                    zgh="ⴰⵙⵏⵜⵍ ⵏ ⵜⴰⵎⵀⵍⵜ ⵏ ⵎⴰⵔⵃⴱⴰ",
                ),
            },
            {
                "date": "1995-03-26",
                "title": Text(
                    fr="Entrée en application de la convention de Schengen : les contrôles cessent à la frontière franco-espagnole",
                    ar="دخول اتفاقية شنغن حيز التطبيق: توقف المراقبة على الحدود الفرنسية الإسبانية",
                    en="The Schengen convention takes effect: checks end at the French–Spanish border",
                    zgh="ⴰⵎⵜⴰⵡⴰ ⵏ ⵛⵉⵏⴳⵏ ⵉⴽⵛⵎ ⵙ ⵜⵉⴳⵉⵔⴰ: ⵜⵉⵡⵡⵓⵔⵜ ⴳⵔ ⴼⵕⴰⵏⵚⴰ ⴷ ⵙⴱⴰⵏⵢⴰ ⵜⵕⵥⵎ",
                ),
            },
        ],
        "objects": ["MMM.2026.1.9", "MMM.2026.1.10", "MMM.2026.1.11", "MMM.2026.1.12"],
    },
    {
        "slug": Text(
            fr="femmes-de-l-immigration",
            ar="نساء الهجرة",
            en="women-of-migration",
            zgh="ⵜⵉⵎⵖⴰⵔⵉⵏ ⵏ ⵓⵎⵓⴷⴷⵓ",
        ),
        "title": Text(
            fr="Femmes de l’immigration",
            ar="نساء الهجرة",
            en="Women of migration",
            zgh="ⵜⵉⵎⵖⴰⵔⵉⵏ ⵏ ⵓⵎⵓⴷⴷⵓ",
        ),
        "introduction": Text(
            fr="Après l’arrêt de l’immigration de travail, en 1974, les épouses et les enfants rejoignent les hommes partis seuls. Les femmes découvrent des villes, des langues et des administrations inconnues, et s’y font une place. Cette salle montre leur travail, visible ou non, et les associations qu’elles ont fondées.",
            ar="بعد وقف هجرة العمل سنة 1974، التحقت الزوجات والأبناء بالرجال الذين سافروا بمفردهم. فاكتشفت النساء مدنًا ولغات وإدارات غريبة عنهن، وصنعن لأنفسهن مكانًا فيها. تعرض هذه القاعة عملهن، الظاهر منه والخفي، والجمعيات التي أسّسنها.",
            en="After labour immigration was halted in 1974, wives and children joined the men who had left alone. Women discovered unfamiliar cities, languages and administrations, and made a place for themselves there. This room shows their work, seen and unseen, and the associations they founded.",
            zgh="ⴷⴼⴼⵉⵔ ⵏ ⵓⴱⴷⴰⴷ ⵏ ⵓⵎⵓⴷⴷⵓ ⵏ ⵜⵡⵓⵔⵉ ⴳ 1974, ⵜⵉⵎⵖⴰⵔⵉⵏ ⴷ ⵡⴰⵔⵔⴰⵡ ⴷⴷⴰⵏ ⴰⵔ ⵉⵔⴳⴰⵣⵏ ⵍⵍⵉ ⵉⴷⴷⴰⵏ ⵡⴰⵃⴷⵓⵜⵏ. ⵜⵉⵎⵖⴰⵔⵉⵏ ⵙⵙⵏⵏⵜ ⵜⵉⵎⴷⵉⵏⵉⵏ, ⵜⵓⵜⵍⴰⵢⵉⵏ ⴷ ⵜⵏⴱⴰⴹⵉⵏ ⵓⵔ ⵙⵙⵏⵏⵜ, ⴳⵉⵏⵜ ⴳ ⵉⵏⴳⵔ ⵏⵙⵏⵜ ⴰⴷⵖⴰⵔ ⵏⵙⵏⵜ. ⵜⴰⵣⵇⵇⴰ ⴰⴷ ⵜⵙⵙⴽⴰⵏ ⵜⴰⵡⵓⵔⵉ ⵏⵙⵏⵜ, ⵍⵍⵉ ⵉⵜⵜⴱⴰⵢⵏⵏ ⴷ ⵍⵍⵉ ⵉⴼⴼⵔⵏ, ⴷ ⵜⵉⵎⵙⵎⵓⵏⵉⵏ ⵍⵍⵉ ⵙⵙⴱⴷⴷⵏⵜ.",
        ),
        "period_start": "1974",
        "period_end": "199X",
        "places": ["casablanca", "brussels", "gennevilliers"],
        "themes": ["women-in-migration"],
        "curator": "curator-1",
        "body": [
            Text(
                fr="Le regroupement familial, encadré en France par le décret du 29 avril 1976, fait venir des milliers de femmes de Casablanca, du Rif ou du Souss. Le départ suit des mois de démarches : attestation de logement, lettres, attente des papiers. Beaucoup arrivent avec une seule valise, où l’on a rangé la ceinture de mariée, souvenir de la fête laissée au pays.",
                ar="جاء التجمع العائلي، الذي نظّمه في فرنسا مرسوم 29 أبريل 1976، بآلاف النساء من الدار البيضاء والريف وسوس. وكان الرحيل تسبقه شهور من الإجراءات: شهادة السكن، والرسائل، وانتظار الوثائق. ووصلت كثيرات منهن بحقيبة واحدة وُضع فيها حزام العروس، تذكارًا لعرس بقي هناك في البلد.",
                en="Family reunification, regulated in France by the decree of 29 April 1976, brought thousands of women from Casablanca, the Rif and the Souss. Departure came after months of formalities: proof of housing, letters, waiting for papers. Many arrived with a single suitcase in which the bridal belt had been packed, a keepsake of the wedding left behind.",
                zgh="ⴰⵙⵎⵓⵏ ⵏ ⵜⵡⴰⵛⵓⵍⵜ, ⵍⵍⵉ ⵉⵙⵙⵓⴷⵓⵙ ⵍⵎⵔⵙⵓⵎ ⵏ 29 ⵉⴱⵔⵉⵔ 1976 ⴳ ⴼⵕⴰⵏⵚⴰ, ⵢⵉⵡⵉ ⴷ ⵉⴼⴹⴰⵏ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵙⴳ ⴰⵏⴼⴰ, ⵙⴳ ⵕⵕⵉⴼ ⴷ ⵙⴳ ⵙⵓⵙ. ⴰⵎⵓⴷⴷⵓ ⴰⵔ ⵜ ⵉⴷ ⵜⵜⵣⵡⴰⵔⵏ ⵡⴰⵢⵢⵓⵔⵏ ⵏ ⵜⵏⴱⴰⴹⵉⵏ: ⴰⵔⵔⴰ ⵏ ⵜⴳⵎⵎⵉ, ⵜⵉⴱⵔⴰⵜⵉⵏ, ⴰⵕⴰⵊⵓ ⵏ ⵡⴰⵔⵔⴰⵜⵏ. ⴳⴳⵓⵜⵏⵜ ⵍⵍⵉ ⴷ ⵉⵓⵙⵉⵏ ⵙ ⵢⴰⵜ ⵜⴱⴰⵍⵉⵣⵜ, ⴳ ⵜⵍⵍⴰ ⵜⴰⴳⴳⵓⵙⵜ ⵏ ⵜⵉⵙⵍⵉⵜ, ⴰⵙⵎⵎⴽⵜⴰⵢ ⵏ ⵜⵎⵖⵔⴰ ⵍⵍⵉ ⵉⵇⵇⵉⵎⵏ ⴳ ⵜⵎⴰⵣⵉⵔⵜ.",
            ),
            Text(
                fr="Le travail des femmes est d’abord celui de la maison : élever les enfants, tenir le budget, accueillir les cousins de passage. Mais beaucoup travaillent aussi au-dehors, dans le ménage, la confection ou les cantines, ou cousent chez elles à la pièce. La machine à coudre, achetée à crédit, devient une source de revenu autant qu’un meuble familier.",
                ar="كان عمل النساء أولًا عمل البيت: تربية الأطفال، وتدبير الميزانية، واستقبال الأقارب العابرين. لكن كثيرات عملن أيضًا خارجه، في التنظيف أو الخياطة أو المطاعم الجماعية، أو خِطن في بيوتهن بالقطعة. وصارت آلة الخياطة، المشتراة بالتقسيط، مصدر دخل بقدر ما هي قطعة أثاث مألوفة.",
                en="Women’s work was first of all the work of the home: raising children, managing the budget, hosting cousins passing through. But many also worked outside, as cleaners, in garment workshops or in canteens, or sewed piecework at home. The sewing machine, bought on credit, became a source of income as much as a familiar piece of furniture.",
                zgh="ⵜⴰⵡⵓⵔⵉ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵜⴳⴰ ⵣⵡⴰⵔ ⵜⵉⵏ ⵜⴳⵎⵎⵉ: ⴰⵙⵎⵖⵔ ⵏ ⵡⴰⵔⵔⴰⵡ, ⴰⵙⴳⴰⴷⵉ ⵏ ⵉⴷⵔⵉⵎⵏ, ⴰⵙⵏⵓⴱⴳ ⵏ ⵉⵎⴷⴷⵓⴽⴽⴰⵍ ⵍⵍⵉ ⴷ ⵉⵣⵔⵉⵏ. ⵎⴰⵛⴰ ⴳⴳⵓⵜⵏⵜ ⵍⵍⵉ ⵉⵜⵜⵅⴷⴰⵎⵏ ⴳ ⴱⵕⵕⴰ, ⴳ ⵓⵙⴼⴹ, ⴳ ⵓⴳⵏⵓ ⵏⵖ ⴳ ⵜⵉⵏⵙⴰ ⵏ ⵓⵎⵏⵙⵉ, ⵏⵖ ⴰⵔ ⴳⵏⵏⵓⵏⵜ ⴳ ⵜⴳⵎⵎⵉ. ⵜⴰⵎⴰⵛⵉⵏⵜ ⵏ ⵓⴳⵏⵓ, ⵍⵍⵉ ⵜⵜⵓⵙⴰⵖ ⵙ ⵓⵕⴹⴰⵍ, ⵜⴳⴰ ⴰⵍⵍⴰⵍ ⵏ ⵉⴷⵔⵉⵎⵏ ⴰⵎ ⵜⵖⴰⵡⵙⴰ ⵏ ⵜⴳⵎⵎⵉ.",
            ),
            Text(
                fr="Dans les années 1980, des cours d’alphabétisation s’ouvrent dans les quartiers de Bruxelles et de Gennevilliers. On y apprend à lire le français, à remplir un formulaire, à parler au médecin ou à l’institutrice. De ces classes naissent des amitiés et des associations de femmes qui défendent leurs droits et ceux de leurs enfants.",
                ar="في ثمانينيات القرن العشرين، فُتحت دروس محو الأمية في أحياء بروكسل وجونفيليي. تتعلّم فيها النساء قراءة الفرنسية وملء الاستمارات والحديث مع الطبيب أو المعلّمة. ومن هذه الأقسام وُلدت صداقات وجمعيات نسائية تدافع عن حقوقهن وحقوق أبنائهن.",
                en="In the 1980s, literacy classes opened in the neighbourhoods of Brussels and Gennevilliers. There women learned to read French, fill in a form, talk to the doctor or the teacher. These classes gave rise to friendships and to women’s associations that defended their rights and those of their children.",
                zgh="ⴳ ⵉⵙⴻⴳⴳⵯⴰⵙⵏ ⵏ 1980, ⵔⵥⵎⵏⵜ ⵜⵉⵖⵓⵔⵉⵡⵉⵏ ⵏ ⵜⵖⵓⵔⵉ ⴷ ⵜⵉⵔⴰ ⴳ ⵉⵣⵖⵏⴰⵏ ⵏ ⴱⵔⵓⴽⵙⵉⵍ ⴷ ⵊⵉⵏⵉⴼⵉⵍⵢⵉ. ⴰⵔ ⵍⵎⵎⴷⵏⵜ ⵜⵉⵎⵖⴰⵔⵉⵏ ⴳ ⴰⴷ ⵖⵔⵏⵜ ⵜⴰⴼⵕⴰⵏⵙⵉⵙⵜ, ⴰⴷ ⵄⵎⵎⵔⵏⵜ ⵜⵉⵡⵔⵉⵇⵉⵏ, ⴰⴷ ⵙⴰⵡⵍⵏⵜ ⴷ ⵓⵎⵙⵓⵊⵊⵉ ⵏⵖ ⴷ ⵜⵙⵍⵎⴰⴷⵜ. ⵙⴳ ⵜⵉⵖⵓⵔⵉⵡⵉⵏ ⴰⴷ ⴷ ⵍⵓⵍⵏⵜ ⵜⵉⵎⴷⴷⵓⴽⴰⵍ ⴷ ⵜⵉⵎⵙⵎⵓⵏⵉⵏ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⴰⵔ ⵜⵃⴹⴰⵏⵜ ⵉⵣⵔⴼⴰⵏ ⵏⵙⵏⵜ ⴷ ⵉⵣⵔⴼⴰⵏ ⵏ ⵡⴰⵔⵔⴰⵡ ⵏⵙⵏⵜ.",
            ),
        ],
        "quote": {
            "text": Text(
                fr="Au cours du soir, j’ai écrit mon prénom pour la première fois. Je l’ai recopié sur toutes les pages du cahier, pour être sûre qu’il resterait.",
                ar="في الدرس المسائي كتبت اسمي لأول مرة. ونسخته على كل صفحات الدفتر، لأتأكد أنه سيبقى.",
                en="At evening class I wrote my first name for the first time. I copied it onto every page of the exercise book, to be sure it would stay.",
                zgh="ⴳ ⵜⵖⵓⵔⵉ ⵏ ⵜⴷⴳⴳⵯⴰⵜ, ⵓⵔⵉⵖ ⵉⵙⴻⵎ ⵉⵏⵓ ⵉ ⵜⵉⴽⴽⵍⵜ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ. ⵓⵔⵉⵖ ⵜ ⴳ ⴽⵓⵍⵍⵓ ⵜⵉⵙⵏⵉⵡⵉⵏ ⵏ ⵜⴽⴰⵔⵔⴰⵙⵜ, ⴱⴰⵛ ⴰⴷ ⵃⵇⵇⵇⵖ ⵉⵙ ⵔⴰⴷ ⵉⵇⵇⵉⵎ.",
            ),
            "attribution": Text(
                fr="Zahra E., mère de cinq enfants, Gennevilliers, 1983",
                ar="زهرة إ.، أم لخمسة أطفال، جونفيليي، 1983",
                en="Zahra E., mother of five, Gennevilliers, 1983",
                zgh="ⵣⵀⵔⴰ ⴻ., ⵢⵉⵎⵎⴰ ⵏ ⵙⵎⵎⵓⵙ ⵏ ⵡⴰⵔⵔⴰⵡ, ⵊⵉⵏⵉⴼⵉⵍⵢⵉ, 1983",
            ),
        },
        "timeline": [
            {
                "date": "1974-07",
                "title": Text(
                    fr="Suspension de l’immigration de travail en France",
                    ar="تعليق هجرة العمل إلى فرنسا",
                    en="Labour immigration to France is suspended",
                    zgh="ⴰⴱⴷⴰⴷ ⵏ ⵓⵎⵓⴷⴷⵓ ⵏ ⵜⵡⵓⵔⵉ ⵙ ⴼⵕⴰⵏⵚⴰ",
                ),
            },
            {
                "date": "1976-04-29",
                "title": Text(
                    fr="Décret encadrant le regroupement familial en France",
                    ar="مرسوم ينظّم التجمع العائلي في فرنسا",
                    en="Decree regulating family reunification in France",
                    zgh="ⵍⵎⵔⵙⵓⵎ ⵉⵙⵙⵓⴷⵓⵙⵏ ⴰⵙⵎⵓⵏ ⵏ ⵜⵡⴰⵛⵓⵍⵜ ⴳ ⴼⵕⴰⵏⵚⴰ",
                ),
            },
            {
                "date": "1978-12-08",
                "title": Text(
                    fr="Arrêt GISTI : le Conseil d’État consacre le droit de mener une vie familiale normale",
                    ar="قرار جيستي: مجلس الدولة الفرنسي يكرّس الحق في حياة عائلية عادية",
                    en="GISTI ruling: the Council of State upholds the right to lead a normal family life",
                    zgh="ⴰⵖⵔⴼ ⵏ ⵊⵉⵙⵜⵉ: ⴰⵙⵇⵇⵉⵎ ⵏ ⵓⵡⴰⵏⴽ ⴳ ⴼⵕⴰⵏⵚⴰ ⵉⵙⵙⴱⴷⴷ ⴰⵣⵔⴼ ⵏ ⵜⵓⴷⵔⵜ ⵏ ⵜⵡⴰⵛⵓⵍⵜ",
                ),
            },
            {
                "date": "1981-10-09",
                "title": Text(
                    fr="En France, les étrangers obtiennent le droit de créer librement des associations",
                    ar="في فرنسا، يحصل الأجانب على حق تأسيس الجمعيات بحرية",
                    en="In France, foreigners gain the right to found associations freely",
                    zgh="ⴳ ⴼⵕⴰⵏⵚⴰ, ⵉⴱⵔⵔⴰⵏⵉⵢⵏ ⴰⵎⵥⵏ ⴰⵣⵔⴼ ⵏ ⵓⵙⴱⴷⴷ ⵏ ⵜⵉⵎⵙⵎⵓⵏⵉⵏ ⵙ ⵜⵍⴻⵍⵍⵉ",
                ),
            },
        ],
        "objects": ["MMM.2026.1.13", "MMM.2026.1.14", "MMM.2026.1.15", "MMM.2026.1.16"],
    },
    {
        "slug": Text(
            fr="les-mines",
            ar="المناجم، من شمال فرنسا إلى ليمبورغ",
            en="coal-mines",
            zgh="ⵜⵉⵏⵣⴰⵔ, ⵙⴳ ⵓⴳⴰⴼⴰ ⵏ ⴼⵕⴰⵏⵚⴰ ⴰⵔ ⵍⵉⵎⴱⵓⵔⴳ",
        ),
        "title": Text(
            fr="Les mines, du Nord au Limbourg",
            ar="المناجم، من شمال فرنسا إلى ليمبورغ",
            en="The mines, from northern France to Limburg",
            zgh="ⵜⵉⵏⵣⴰⵔ, ⵙⴳ ⵓⴳⴰⴼⴰ ⵏ ⴼⵕⴰⵏⵚⴰ ⴰⵔ ⵍⵉⵎⴱⵓⵔⴳ",
        ),
        "introduction": Text(
            fr="Dans les années 1960 et 1970, les houillères du Nord-Pas-de-Calais et les charbonnages du Limbourg belge recrutent des milliers de jeunes Marocains. Ils descendent au fond alors que l’exploitation du charbon touche déjà à sa fin en Europe de l’Ouest. Cette salle suit ces hommes, du recrutement à la fermeture des derniers puits.",
            ar="في ستينيات القرن العشرين وسبعينياته، استقدمت مناجم الفحم في نور-با-دو-كاليه وفي ليمبورغ البلجيكية آلاف الشبان المغاربة. نزلوا إلى أعماق الأرض في وقت كان فيه استخراج الفحم في أوروبا الغربية يقترب من نهايته. تتتبّع هذه القاعة هؤلاء الرجال من التوظيف إلى إغلاق آخر الآبار.",
            en="In the 1960s and 1970s, the coalfields of Nord-Pas-de-Calais and the collieries of Belgian Limburg recruited thousands of young Moroccans. They went underground just as coal mining in Western Europe was nearing its end. This room follows these men from recruitment to the closure of the last pits.",
            zgh="ⴳ ⵉⵙⴻⴳⴳⵯⴰⵙⵏ ⵏ 1960 ⴷ 1970, ⵜⵉⵏⵣⴰⵔ ⵏ ⵏⵓⵕ-ⴱⴰ-ⴷⵓ-ⴽⴰⵍⵉ ⴳ ⴼⵕⴰⵏⵚⴰ ⴷ ⵜⵉⵏⵣⴰⵔ ⵏ ⵍⵉⵎⴱⵓⵔⴳ ⴳ ⴱⵍⵊⵉⴽⴰ ⵙⵙⵏⴽⴰⵔⵏⵜ ⵉⴼⴹⴰⵏ ⵏ ⵉⵍⵎⵥⵉⵢⵏ ⵉⵎⵖⵔⵉⴱⵉⵢⵏ. ⴳⴳⵯⵣⵏ ⵙ ⵡⴰⴷⴷⴰⵢⵏ ⵏ ⵡⴰⴽⴰⵍ ⴳ ⵡⴰⴽⵓⴷ ⵍⵍⵉ ⴳ ⵜⵍⵍⴰ ⵜⴰⵡⵓⵔⵉ ⵏ ⵜⵉⵏⵣⴰⵔ ⴰⵔ ⵜⴽⵎⵎⵍ ⴳ ⵓⵔⵓⴱⴱⴰ ⵏ ⵓⵜⴰⵔⴰⵎ. ⵜⴰⵣⵇⵇⴰ ⴰⴷ ⵜⴹⴼⵔ ⵉⵔⴳⴰⵣⵏ ⴰⴷ, ⵙⴳ ⵓⵙⵏⴽⵔ ⴰⵔ ⴰⵎⴷⴰⵍ ⵏ ⵜⵉⵏⵣⴰⵔ ⵜⵉⵏⴻⴳⴳⵓⵔⴰ.",
        ),
        "period_start": "1963",
        "period_end": "1992",
        "places": ["lens", "genk", "oujda"],
        "themes": ["work"],
        "curator": "curator-2",
        "body": [
            Text(
                fr="Des villages du Sud aux environs d’Oujda, les recruteurs des houillères examinent les candidats un par un. Les hommes retenus signent un contrat à durée limitée et partent en convois vers les cités minières. On les loge dans des baraquements ou dans des cités à l’écart, près des puits.",
                ar="من قرى الجنوب إلى نواحي وجدة، كان موظفو المناجم يفحصون المترشحين واحدًا واحدًا. ويوقّع من يقع عليهم الاختيار عقدًا محدّد المدة، ثم يرحلون في قوافل نحو الأحياء المنجمية. وكانوا يُسكنون في أكواخ خشبية أو في أحياء معزولة قرب الآبار.",
                en="From the villages of the south to the outskirts of Oujda, mine recruiters examined the candidates one by one. The men selected signed a fixed-term contract and left in convoys for the mining towns. They were housed in barracks or in estates set apart, close to the pits.",
                zgh="ⵙⴳ ⵜⵓⴷⴷⴰⵔ ⵏ ⵓⵏⵥⵓⵍ ⴰⵔ ⵜⴰⵎⴰ ⵏ ⵡⵓⵊⴷⴰ, ⵉⵎⵙⵏⴽⴰⵔⵏ ⵏ ⵜⵉⵏⵣⴰⵔ ⴰⵔ ⵜⵜⵥⵕⴰⵏ ⵉⵎⵙⵓⵜⴻⵔⵏ ⵢⴰⵏ ⵙ ⵢⴰⵏ. ⵉⵔⴳⴰⵣⵏ ⵍⵍⵉ ⵜⵜⵓⵙⴼⵔⵏⵉⵏ ⴰⵔ ⵣⵎⵎⵎⵏ ⵜⴰⵣⵎⴰⵎⵜ ⵏ ⴽⵔⴰ ⵏ ⵡⴰⴽⵓⴷ, ⴰⵔ ⴷⴷⵓⵏ ⵎⵎⵙⴰⵙⴰⵏ ⴰⵔ ⵉⵖⵔⵎⴰⵏ ⵏ ⵜⵉⵏⵣⴰⵔ. ⴰⵔ ⵙⵙⴽⴽⴰⵏ ⴳ ⵜⴱⴰⵔⴰⴽⵉⵏ ⵏⵖ ⴳ ⵉⵣⵖⵏⴰⵏ ⵉⴳⴳⵓⴳⵏ, ⴳ ⵜⴰⵎⴰ ⵏ ⵜⵉⵏⵣⴰⵔ.",
            ),
            Text(
                fr="Au fond, le travail est dur et dangereux : chaleur, poussière, éboulements, coups de grisou. La lampe de sûreté accompagne chaque descente, et l’on apprend les mots du métier en français, en néerlandais ou en limbourgeois. Des années plus tard, la silicose frappe nombre de ceux qui ont respiré la poussière du charbon.",
                ar="في الأعماق، كان العمل شاقًا وخطيرًا: حرارة وغبار وانهيارات وانفجارات غاز المناجم. وكان مصباح الأمان يرافق كل نزول، وكانت مفردات المهنة تُتعلّم بالفرنسية أو الهولندية أو اللهجة الليمبورغية. وبعد سنوات، أصاب داء السحار السيليسي كثيرين ممن استنشقوا غبار الفحم.",
                en="Underground, the work was hard and dangerous: heat, dust, rockfalls, firedamp explosions. The safety lamp went down with every shift, and the words of the trade were learned in French, Dutch or Limburgish. Years later, silicosis struck many of those who had breathed in the coal dust.",
                zgh="ⴳ ⵡⴰⴷⴷⴰⵢⵏ, ⵜⴰⵡⵓⵔⵉ ⵜⵇⵇⵓⵔ, ⵜⵍⵍⴰ ⴳ ⵉⵙⵙ ⵍⵅⴰⵟⴰⵔ: ⴰⵥⵖⴰⵍ, ⴰⵖⴱⴰⵔ, ⴰⴹⵔ ⵏ ⵡⴰⴽⴰⵍ, ⴰⵟⵟⵓⴹ ⵏ ⵍⴳⴰⵣ. ⵍⴰⵎⴱⴰ ⵏ ⵜⵃⴹⵉ ⴰⵔ ⵜⴷⴷⵓ ⴷ ⴽⵔⴰⵢⴳⴰⵜ ⴰⴳⵯⵣ, ⴰⵔ ⵍⵎⵎⴷⵏ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⴰⵡⴰⵍ ⵏ ⵜⵡⵓⵔⵉ ⵙ ⵜⴼⵕⴰⵏⵙⵉⵙⵜ, ⵙ ⵜⵀⵓⵍⴰⵏⴷⵉⵜ ⵏⵖ ⵙ ⵜⵍⵉⵎⴱⵓⵔⴳⵉⵜ. ⴷⴼⴼⵉⵔ ⵉⵙⴻⴳⴳⵯⴰⵙⵏ, ⴰⵟⵟⴰⵏ ⵏ ⵙⵉⵍⵉⴽⵓⵣ ⵢⵓⵜ ⴱⴰⵀⵔⴰ ⵏ ⵡⵉⴷ ⵉⵙⵏⴼⵙⵏ ⴰⵖⴱⴰⵔ ⵏ ⵜⵉⵏⵣⴰⵔ.",
            ),
            Text(
                fr="En 1980, des mineurs marocains du Nord-Pas-de-Calais font grève pour obtenir le statut du mineur. Puis les puits ferment les uns après les autres : le dernier du bassin, à Oignies, s’arrête en 1990, et la dernière mine de charbon belge, à Zolder, en 1992. Certains mineurs repartent au Maroc, d’autres restent dans les cités où leurs enfants ont grandi.",
                ar="في سنة 1980، خاض عمال مناجم مغاربة في نور-با-دو-كاليه إضرابًا للحصول على نظام عامل المناجم. ثم أُغلقت الآبار واحدًا تلو الآخر: توقف آخرها في الحوض، في وانيي، سنة 1990، وأُغلق آخر منجم فحم بلجيكي، في زولدر، سنة 1992. فعاد بعض العمال إلى المغرب، وبقي آخرون في الأحياء المنجمية التي كبر فيها أبناؤهم.",
                en="In 1980, Moroccan miners in Nord-Pas-de-Calais went on strike to obtain miner’s status. Then the pits closed one after another: the last in the coalfield, at Oignies, stopped in 1990, and the last Belgian coal mine, at Zolder, in 1992. Some miners went back to Morocco, others stayed in the mining estates where their children had grown up.",
                zgh="ⴳ 1980, ⴽⵔⴰ ⵏ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵉⵎⵖⵔⵉⴱⵉⵢⵏ ⵏ ⵜⵉⵏⵣⴰⵔ ⴳ ⵏⵓⵕ-ⴱⴰ-ⴷⵓ-ⴽⴰⵍⵉ ⵙⴱⴷⴷⵏ ⵜⴰⵡⵓⵔⵉ ⴰⴷ ⴰⵎⵥⵏ ⴰⴷⴷⴰⴷ ⵏ ⵓⵎⵙⵡⵓⵔⵉ ⵏ ⵜⵉⵏⵣⴰⵔ. ⴷⴼⴼⵉⵔ ⴰⵢⴰ, ⵎⴷⵍⵏⵜ ⵜⵉⵏⵣⴰⵔ ⵢⴰⵜ ⴷⴼⴼⵉⵔ ⵢⴰⵜ: ⵜⴰⵏⴳⴳⴰⵔⵓⵜ ⴳ ⵏⵓⵕ-ⴱⴰ-ⴷⵓ-ⴽⴰⵍⵉ, ⴳ ⵡⴰⵏⵢⵉ, ⵜⴱⴷⴷ ⴳ 1990, ⵜⴰⵏⵣⴰⵔⵜ ⵜⴰⵏⴳⴳⴰⵔⵓⵜ ⴳ ⴱⵍⵊⵉⴽⴰ, ⴳ ⵣⵓⵍⴷⵔ, ⵜⴱⴷⴷ ⴳ 1992. ⴽⵔⴰ ⵏ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵓⵖⵓⵍⵏ ⵙ ⵍⵎⵖⵔⵉⴱ, ⵡⵉⵢⵢⴰⴹ ⵇⵇⵉⵎⵏ ⴳ ⵉⵣⵖⵏⴰⵏ ⵍⵍⵉ ⴳ ⵎⵇⵇⵓⵔⵏ ⵡⴰⵔⵔⴰⵡ ⵏⵙⵏ.",
            ),
        ],
        "quote": {
            "text": Text(
                fr="En bas, personne ne demandait d’où tu venais. On avait tous la même figure noire, et on remontait ensemble.",
                ar="في الأسفل، لم يكن أحد يسألك من أين أتيت. كانت وجوهنا كلها سوداء بالقدر نفسه، وكنا نصعد معًا.",
                en="Down below, nobody asked where you came from. We all had the same black face, and we came back up together.",
                zgh="ⴳ ⵡⴰⴷⴷⴰⵢⵏ, ⵓⵔ ⴰⴽ ⵉⵙⵇⵙⴰ ⵢⴰⵏ ⵎⴰⵏⵉ ⴷ ⵜⴽⴽⵉⵜ. ⴽⵓⵍⵍⵓ ⵏⵍⴰ ⵢⴰⵏ ⵡⵓⴷⵎ ⴰⴱⵔⴽⴰⵏ, ⴰⵔ ⴷ ⵏⵜⵜⴰⵍⵉ ⴽⵓⵍⵍⵓ.",
            ),
            "attribution": Text(
                fr="Lahoucine O., ancien mineur, cité minière de Lens, 1991",
                ar="لحسين أ.، عامل منجم سابق، حي منجمي في لانس، 1991",
                en="Lahoucine O., former miner, mining estate in Lens, 1991",
                zgh="ⵍⵃⵓⵙⵉⵏ ⵓ., ⴰⵎⵙⵡⵓⵔⵉ ⴰⵇⴷⵉⵎ ⵏ ⵜⵉⵏⵣⴰⵔ, ⴰⵖⵔⵎ ⵏ ⵜⵉⵏⵣⴰⵔ ⴳ ⵍⴰⵏⵙ, 1991",
            ),
        },
        "timeline": [
            {
                "date": "1963-06-01",
                "title": Text(
                    fr="Signature de la convention franco-marocaine de main-d’œuvre",
                    ar="توقيع الاتفاقية الفرنسية المغربية لليد العاملة",
                    en="Signing of the French–Moroccan labour agreement",
                    zgh="ⴰⵣⵎⵎⵎ ⵏ ⵓⵎⵜⴰⵡⴰ ⵏ ⵜⵡⵓⵔⵉ ⴳⵔ ⴼⵕⴰⵏⵚⴰ ⴷ ⵍⵎⵖⵔⵉⴱ",
                ),
            },
            {
                "date": "1964-02-17",
                "title": Text(
                    fr="Signature de la convention belgo-marocaine de main-d’œuvre",
                    ar="توقيع الاتفاقية البلجيكية المغربية لليد العاملة",
                    en="Signing of the Belgian–Moroccan labour agreement",
                    zgh="ⴰⵣⵎⵎⵎ ⵏ ⵓⵎⵜⴰⵡⴰ ⵏ ⵜⵡⵓⵔⵉ ⴳⵔ ⴱⵍⵊⵉⴽⴰ ⴷ ⵍⵎⵖⵔⵉⴱ",
                ),
            },
            {
                "date": "1980",
                "title": Text(
                    fr="Grève des mineurs marocains pour le statut du mineur",
                    ar="إضراب عمال المناجم المغاربة من أجل نظام عامل المناجم",
                    en="Moroccan miners strike for miner’s status",
                    zgh="ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵉⵎⵖⵔⵉⴱⵉⵢⵏ ⵏ ⵜⵉⵏⵣⴰⵔ ⵙⴱⴷⴷⵏ ⵜⴰⵡⵓⵔⵉ ⴼ ⴰⴷⴷⴰⴷ ⵏ ⵓⵎⵙⵡⵓⵔⵉ",
                ),
            },
            {
                "date": "1990",
                "title": Text(
                    fr="Fermeture du dernier puits du Nord-Pas-de-Calais, à Oignies",
                    ar="إغلاق آخر بئر منجمية في نور-با-دو-كاليه، في وانيي",
                    en="The last pit in Nord-Pas-de-Calais closes, at Oignies",
                    zgh="ⴰⵎⴷⴰⵍ ⵏ ⵜⵏⵣⴰⵔⵜ ⵜⴰⵏⴳⴳⴰⵔⵓⵜ ⵏ ⵏⵓⵕ-ⴱⴰ-ⴷⵓ-ⴽⴰⵍⵉ, ⴳ ⵡⴰⵏⵢⵉ",
                ),
            },
            {
                "date": "1992",
                "title": Text(
                    fr="Fermeture de la dernière mine de charbon belge, à Zolder",
                    ar="إغلاق آخر منجم فحم في بلجيكا، في زولدر",
                    en="The last Belgian coal mine closes, at Zolder",
                    zgh="ⴰⵎⴷⴰⵍ ⵏ ⵜⵏⵣⴰⵔⵜ ⵜⴰⵏⴳⴳⴰⵔⵓⵜ ⴳ ⴱⵍⵊⵉⴽⴰ, ⴳ ⵣⵓⵍⴷⵔ",
                ),
            },
        ],
        "objects": ["MMM.2026.1.17", "MMM.2026.1.18", "MMM.2026.1.19"],
    },
    {
        "slug": Text(
            fr="langues-de-la-maison",
            ar="لغات البيت",
            en="languages-at-home",
            zgh="ⵜⵓⵜⵍⴰⵢⵉⵏ ⵏ ⵜⴳⵎⵎⵉ",
        ),
        "title": Text(
            fr="Les langues de la maison",
            ar="لغات البيت",
            en="Languages at home",
            zgh="ⵜⵓⵜⵍⴰⵢⵉⵏ ⵏ ⵜⴳⵎⵎⵉ",
        ),
        "introduction": Text(
            fr="À la maison, on parle darija, tarifit ou tachelhit ; à l’école, français, néerlandais, catalan ou espagnol. Entre parents et enfants, les langues se mêlent, se transmettent ou s’effacent. Cette salle écoute ces voix, des comptines enregistrées aux cours de fin de semaine.",
            ar="في البيت يتحدث الناس الدارجة أو تاريفيت أو تاشلحيت، وفي المدرسة الفرنسية أو الهولندية أو الكتالانية أو الإسبانية. وبين الآباء والأبناء تتمازج اللغات، فتنتقل من جيل إلى جيل أو تتلاشى. تُصغي هذه القاعة إلى تلك الأصوات، من أغاني الأطفال المسجّلة إلى دروس نهاية الأسبوع.",
            en="At home people spoke Darija, Tarifit or Tachelhit; at school, French, Dutch, Catalan or Spanish. Between parents and children, languages mixed, were passed on or faded away. This room listens to those voices, from recorded nursery rhymes to weekend classes.",
            zgh="ⴳ ⵜⴳⵎⵎⵉ, ⴰⵔ ⵙⴰⵡⴰⵍⵏ ⵎⴷⴷⵏ ⵙ ⵜⴷⴰⵔⵉⵊⵜ, ⵙ ⵜⴰⵔⵉⴼⵉⵜ ⵏⵖ ⵙ ⵜⴰⵛⵍⵃⵉⵜ; ⴳ ⵜⵉⵏⵎⵍ, ⵙ ⵜⴼⵕⴰⵏⵙⵉⵙⵜ, ⵙ ⵜⵀⵓⵍⴰⵏⴷⵉⵜ, ⵙ ⵜⴽⴰⵟⴰⵍⴰⵏⵉⵜ ⵏⵖ ⵙ ⵜⵙⴱⵏⵢⵓⵍⵉⵜ. ⴳⵔ ⵉⵎⴰⵔⴰⵡⵏ ⴷ ⵡⴰⵔⵔⴰⵡ, ⵜⵓⵜⵍⴰⵢⵉⵏ ⴰⵔ ⵎⵎⵅⴰⵍⴰⴹⵏⵜ, ⴰⵔ ⵜⵜⵢⴰⵎⵥⵏⵜ ⵏⵖ ⴰⵔ ⵜⵜⵎⵃⴰⵏⵜ. ⵜⴰⵣⵇⵇⴰ ⴰⴷ ⴰⵔ ⵜⵙⴼⵍⵉⴷ ⵉ ⵜⵖⵓⵛⵜⵉⵏ ⴰⴷ, ⵙⴳ ⵉⵣⵍⴰⵏ ⵏ ⵡⴰⵔⵔⴰⵡ ⵍⵍⵉ ⵉⵜⵜⵢⴰⵙⵙⵊⵊⴰⵍⵏ ⴰⵔ ⵜⵉⵖⵓⵔⵉⵡⵉⵏ ⵏ ⵜⴳⵉⵔⴰ ⵏ ⵉⵎⴰⵍⴰⵙ.",
        ),
        "period_start": "1970~",
        "period_end": "2007",
        "places": ["barcelona", "brussels", "al-hoceima"],
        "themes": ["languages-and-memory"],
        "curator": "curator-3",
        "body": [
            Text(
                fr="Pour les parents arrivés dans les années 1970, la langue du pays est celle de la tendresse, des bénédictions et des disputes. Les enfants la comprennent souvent mieux qu’ils ne la parlent, et répondent dans la langue de l’école. Dans une même famille, chacun trouve sa manière de passer d’une langue à l’autre.",
                ar="بالنسبة إلى الآباء الذين وصلوا في سبعينيات القرن العشرين، كانت لغة البلد لغة الحنان والدعوات والخصام. وكثيرًا ما يفهمها الأبناء أكثر مما يتكلمونها، فيجيبون بلغة المدرسة. وفي الأسرة الواحدة، يجد كل فرد طريقته في التنقّل بين اللغات.",
                en="For parents who arrived in the 1970s, the language of home was the language of tenderness, blessings and quarrels. Their children often understood it better than they spoke it, and answered in the language of school. Within a single family, each person found their own way of moving between languages.",
                zgh="ⵉ ⵉⵎⴰⵔⴰⵡⵏ ⵍⵍⵉ ⴷ ⵉⵍⴽⵎⵏ ⴳ ⵉⵙⴻⴳⴳⵯⴰⵙⵏ ⵏ 1970, ⵜⵓⵜⵍⴰⵢⵜ ⵏ ⵜⵎⴰⵣⵉⵔⵜ ⵜⴳⴰ ⵜⵉⵏ ⵜⴰⵢⵔⵉ, ⵜⵉⵏ ⵉⴷⵄⴰⵡⵏ ⴷ ⵜⵉⵏ ⵉⵎⵏⵏⵓⵖ. ⴰⵔⵔⴰⵡ ⴰⵔ ⵜⵜ ⴼⵀⵀⵎⵏ ⵓⴳⴰⵔ ⵏ ⵎⴰⴷ ⴰⵙ ⵙⵙⴰⵡⴰⵍⵏ, ⴰⵔ ⵔⵔⵓⵔⵏ ⵙ ⵜⵓⵜⵍⴰⵢⵜ ⵏ ⵜⵉⵏⵎⵍ. ⴳ ⵢⴰⵜ ⵜⵡⴰⵛⵓⵍⵜ, ⴽⵔⴰⵢⴳⴰⵜ ⵢⴰⵏ ⴰⵔ ⵢⴰⴼⴰ ⴰⴱⵔⵉⴷ ⵏⵙ ⴰⴷ ⵉⵣⵔⵉ ⵙⴳ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵙ ⵜⴰⵢⵢⴰⴹ.",
            ),
            Text(
                fr="Les cassettes de chansons pour enfants, achetées à Al Hoceïma pendant l’été ou dans une boutique de Bruxelles, font entendre aux plus jeunes des comptines en tarifit et en darija. Les cassettes-lettres des grands-parents jouent le même rôle : une voix aimée, dans une langue qu’on n’entend pas ailleurs.",
                ar="كانت أشرطة أغاني الأطفال، المشتراة من الحسيمة في الصيف أو من متجر في بروكسل، تُسمع الصغار أهازيج بتاريفيت وبالدارجة. وكانت الأشرطة الرسائل التي يبعثها الأجداد تؤدي الدور نفسه: صوت محبوب، بلغة لا تُسمع في مكان آخر.",
                en="Cassettes of children’s songs, bought in Al Hoceima during the summer or in a Brussels shop, let the youngest hear nursery rhymes in Tarifit and Darija. The grandparents’ cassette letters played the same part: a beloved voice, in a language heard nowhere else.",
                zgh="ⵜⵉⴽⴰⵙⵉⵜⵉⵏ ⵏ ⵉⵣⵍⴰⵏ ⵏ ⵡⴰⵔⵔⴰⵡ, ⵍⵍⵉ ⵜⵜⵓⵙⴰⵖⵏⵉⵏ ⴳ ⵍⵃⵓⵙⵉⵎⴰ ⴳ ⵓⵏⴱⴷⵓ ⵏⵖ ⴳ ⵢⴰⵜ ⵜⵃⴰⵏⵓⵜ ⴳ ⴱⵔⵓⴽⵙⵉⵍ, ⴰⵔ ⵙⵙⴼⵍⵉⴷⵏⵜ ⵉⵎⵥⵥⵢⴰⵏⵏ ⵉ ⵉⵣⵍⴰⵏ ⵙ ⵜⴰⵔⵉⴼⵉⵜ ⴷ ⵜⴷⴰⵔⵉⵊⵜ. ⵜⵉⴽⴰⵙⵉⵜⵉⵏ-ⵜⵉⴱⵔⴰⵜⵉⵏ ⵏ ⵊⴷⴷⵉ ⴷ ⵏⴰⵏⵏⴰ ⴰⵔ ⴳⴰⵏⵜ ⴰⵢⵍⵍⵉ: ⵜⴰⵖⵓⵛⵜ ⵉⵄⵣⵣⴰⵏ, ⵙ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵓⵔ ⵉⵜⵜⵢⴰⵙⵍⴰⵏ ⴳ ⵢⴰⵏ ⵡⴰⴷⵖⴰⵔ ⵢⴰⴹⵏⵉⵏ.",
            ),
            Text(
                fr="Des cours d’arabe et de culture d’origine sont proposés aux enfants dans plusieurs pays d’accueil, puis des associations enseignent aussi le tamazight. Au Maroc, la création de l’Institut royal de la culture amazighe en 2001, puis l’adoption du tifinagh en 2003, donnent à cette langue une reconnaissance nouvelle. En 2007 est créé le Conseil de la communauté marocaine à l’étranger, chargé d’émettre des avis sur les politiques publiques qui concernent les Marocains résidant hors du pays.",
                ar="قُدّمت للأطفال في عدد من بلدان الإقامة دروس في اللغة العربية والثقافة الأصلية، ثم صارت جمعيات تدرّس الأمازيغية أيضًا. وفي المغرب، منح إحداث المعهد الملكي للثقافة الأمازيغية سنة 2001، ثم اعتماد حرف تيفيناغ سنة 2003، هذه اللغة اعترافًا جديدًا. وفي سنة 2007، أُحدث مجلس الجالية المغربية بالخارج لإبداء الرأي في السياسات العمومية المتعلقة بالمغاربة المقيمين خارج الوطن.",
                en="Classes in Arabic and heritage culture were offered to children in several host countries, and later associations also taught Tamazight. In Morocco, the founding of the Royal Institute of Amazigh Culture in 2001 and the adoption of Tifinagh in 2003 gave the language new recognition. In 2007, the Council of the Moroccan Community Abroad was created to give opinions on public policies concerning Moroccans living abroad.",
                zgh="ⴳ ⴽⵉⴳⴰⵏ ⵏ ⵜⵎⵉⵣⴰⵔ ⵏ ⵓⵣⴷⴰⵖ, ⵜⵜⵢⴰⵙⵔⵙⵏⵜ ⵉ ⵡⴰⵔⵔⴰⵡ ⵜⵉⵖⵓⵔⵉⵡⵉⵏ ⵏ ⵜⴰⵄⵔⴰⴱⵜ ⴷ ⵜⵓⵙⵙⵏⴰ ⵏ ⵜⵎⴰⵣⵉⵔⵜ, ⴷⴼⴼⵉⵔ ⴰⵢⴰ ⴱⴷⴰⵏⵜ ⵜⵉⵎⵙⵎⵓⵏⵉⵏ ⴰⵔ ⵙⵙⵍⵎⴰⴷⵏⵜ ⵜⴰⵎⴰⵣⵉⵖⵜ. ⴳ ⵍⵎⵖⵔⵉⴱ, ⴰⵙⴱⴷⴷ ⵏ ⵓⵙⵉⵏⴰⴳ ⴰⴳⵍⴷⴰⵏ ⵏ ⵜⵓⵙⵙⵏⴰ ⵜⴰⵎⴰⵣⵉⵖⵜ ⴳ 2001 ⴷ ⵓⵙⵏⵜⵍ ⵏ ⵜⵉⴼⵉⵏⴰⵖ ⴳ 2003 ⴼⴽⴰⵏ ⵉ ⵜⵓⵜⵍⴰⵢⵜ ⴰⴷ ⵜⴰⵎⵓⵙⵙⵏⵉ ⵜⴰⵎⴰⵢⵏⵓⵜ. ⴳ 2007, ⵉⴱⴷⴷ ⵓⵙⵉⵏⴰⴳ ⵏ ⵜⵎⵓⵏⵜ ⵜⴰⵎⵖⵔⵉⴱⵉⵜ ⴳ ⴱⵕⵕⴰ, ⴰⴷ ⵉⴼⴽ ⵜⵉⵥⵕⵉ ⵏⵙ ⴼ ⵜⵙⵔⵜⵉⵢⵉⵏ ⵍⵍⵉ ⵉⵇⵇⵏⵏ ⵉⵎⵖⵔⵉⴱⵉⵢⵏ ⵉⵣⴷⵖⵏ ⴳ ⴱⵕⵕⴰ ⵏ ⵜⵎⴰⵣⵉⵔⵜ.",
            ),
        ],
        "quote": {
            "text": Text(
                fr="Ma fille me répond en catalan, je lui parle en tarifit, et sa grand-mère nous comprend toutes les deux à moitié. Ça suffit pour rire ensemble.",
                ar="تجيبني ابنتي بالكتالانية، وأكلّمها بتاريفيت، وجدّتها تفهمنا نحن الاثنتين نصف فهم. وهذا يكفي لنضحك معًا.",
                en="My daughter answers me in Catalan, I speak to her in Tarifit, and her grandmother half understands us both. It’s enough to laugh together.",
                zgh="ⵉⵍⵍⵉ ⴰⵔ ⵉⵢⵉ ⵜⵜⵔⴰⵔ ⵙ ⵜⴽⴰⵟⴰⵍⴰⵏⵉⵜ, ⵏⴽⴽⵉ ⴰⵔ ⴰⵙ ⵙⵙⴰⵡⴰⵍⵖ ⵙ ⵜⴰⵔⵉⴼⵉⵜ, ⵏⴰⵏⵏⴰ ⵏⵙ ⴰⵔ ⴰⵖ ⵜⴼⵀⵀⵎ ⵙ ⵓⵣⴳⵏ. ⵉⵇⵇⴰⵏⴷ ⴰⵢⴰ ⴰⴷ ⵏⴹⵚ ⴽⵓⵍⵍⵓ.",
            ),
            "attribution": Text(
                fr="Mimount A., couturière, Barcelone, 2006",
                ar="ميمونت أ.، خيّاطة، برشلونة، 2006",
                en="Mimount A., seamstress, Barcelona, 2006",
                zgh="ⵎⵉⵎⵓⵏⵜ ⴰ., ⵜⴰⴳⵏⵏⴰⵢⵜ, ⴱⴰⵔⵙⵉⵍⵓⵏⴰ, 2006",
            ),
        },
        "timeline": [
            {
                "date": "2001-10-17",
                "title": Text(
                    fr="Création de l’Institut royal de la culture amazighe",
                    ar="إحداث المعهد الملكي للثقافة الأمازيغية",
                    en="The Royal Institute of Amazigh Culture is founded",
                    zgh="ⴰⵙⴱⴷⴷ ⵏ ⵓⵙⵉⵏⴰⴳ ⴰⴳⵍⴷⴰⵏ ⵏ ⵜⵓⵙⵙⵏⴰ ⵜⴰⵎⴰⵣⵉⵖⵜ",
                ),
            },
            {
                "date": "2003",
                "title": Text(
                    fr="Le tifinagh est adopté pour écrire le tamazight",
                    ar="اعتماد حرف تيفيناغ لكتابة الأمازيغية",
                    en="Tifinagh is adopted to write Tamazight",
                    zgh="ⵜⵉⴼⵉⵏⴰⵖ ⵜⵜⵢⴰⵎⵥ ⵉ ⵜⵉⵔⴰ ⵏ ⵜⵎⴰⵣⵉⵖⵜ",
                ),
            },
            {
                "date": "2003-09",
                "title": Text(
                    fr="Le tamazight entre dans les écoles primaires marocaines",
                    ar="الأمازيغية تدخل المدارس الابتدائية المغربية",
                    en="Tamazight enters Moroccan primary schools",
                    zgh="ⵜⴰⵎⴰⵣⵉⵖⵜ ⵜⴽⵛⵎ ⵙ ⵜⵉⵏⵎⵍⵉⵏ ⵜⵉⵣⵡⵓⵔⵉⵏ ⵏ ⵍⵎⵖⵔⵉⴱ",
                ),
            },
            {
                "date": "2007",
                "title": Text(
                    fr="Création du Conseil de la communauté marocaine à l’étranger",
                    ar="إحداث مجلس الجالية المغربية بالخارج",
                    en="The Council of the Moroccan Community Abroad is created",
                    zgh="ⴰⵙⴱⴷⴷ ⵏ ⵓⵙⵉⵏⴰⴳ ⵏ ⵜⵎⵓⵏⵜ ⵜⴰⵎⵖⵔⵉⴱⵉⵜ ⴳ ⴱⵕⵕⴰ",
                ),
            },
        ],
        "objects": ["MMM.2026.1.20", "MMM.2026.1.6", "MMM.2026.1.15"],
    },
]
