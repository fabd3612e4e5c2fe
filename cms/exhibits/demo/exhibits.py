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
]
