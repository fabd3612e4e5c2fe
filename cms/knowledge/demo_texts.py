"""Demo peer-exchange knowledge: practices, case studies and exchanges."""

from cms.core.demo.texts import Text

THEMES = [
    {
        "key": "talent-mobilisation",
        "name": Text(
            fr="Mobilisation des compétences",
            ar="تعبئة الكفاءات",
            en="Talent mobilisation",
            zgh="ⴰⵙⵎⵓⵏ ⵏ ⵜⵉⵣⵎⵎⴰⵔ",
        ),
        "description": Text(
            fr="Comment les savoir-faire des professionnels installés à l’étranger peuvent servir le pays d’origine sans exiger leur retour définitif.",
            ar="كيف يمكن لخبرات المهنيين المقيمين في الخارج أن تخدم بلدهم الأصلي دون أن تشترط عودتهم النهائية.",
            en="How the know-how of professionals settled abroad can serve their country of origin without requiring them to return for good.",
            zgh="ⵎⴰⵎⴽ ⵣⵎⵔⵏⵜ ⵜⵉⵣⵎⵎⴰⵔ ⵏ ⵉⵎⵙⵡⵓⵔⵉ ⵍⵍⵉ ⵉⵣⴷⵖⵏ ⴳ ⴱⵕⵕⴰ ⴰⴷ ⵙⵏⴼⵄⵏⵜ ⵜⴰⵎⵓⵔⵜ ⵏⵏⵙⵏ ⴱⵍⴰ ⵎⴰ ⵔⴰⴷ ⴷ ⴰⵖⵓⵍⵏ ⵉ ⵍⴰⴱⴷ.",
        ),
    },
    {
        "key": "heritage-and-memory",
        "name": Text(
            fr="Patrimoine et mémoire",
            ar="التراث والذاكرة",
            en="Heritage and memory",
            zgh="ⴰⴽⵓⵙ ⴷ ⵓⵙⵎⴽⵜⵉ",
        ),
        "description": Text(
            fr="La collecte, la conservation et la transmission des traces laissées par les migrations, des archives familiales aux récits oraux.",
            ar="جمع الآثار التي خلّفتها الهجرات وصونها ونقلها، من الأرشيفات العائلية إلى الروايات الشفوية.",
            en="Collecting, preserving and passing on the traces left by migration, from family archives to oral accounts.",
            zgh="ⴰⵙⵎⵓⵏ, ⴰⵃⵟⵟⵓ ⴷ ⵓⵙⵙⵉⵡⴹ ⵏ ⵉⵣⵎⵎⴰⵣ ⵍⵍⵉ ⵉⴼⵍ ⵓⵎⵓⴷⴷⵓ, ⵙⴳ ⵉⵔⵛⵉⴼⵏ ⵏ ⵜⵡⴰⵛⵓⵍⵜ ⴰⵔ ⵜⵉⵏⴼⵓⵙⵉⵏ ⵙ ⵉⵎⵉ.",
        ),
    },
    {
        "key": "digital-engagement",
        "name": Text(
            fr="Engagement numérique",
            ar="المشاركة الرقمية",
            en="Digital engagement",
            zgh="ⴰⵙⵎⵓⵜⵜⴳ ⴰⵎⴹⴰⵏⴰⵏ",
        ),
        "description": Text(
            fr="Les plateformes, consultations en ligne et réseaux sociaux qui permettent de dialoguer avec une diaspora dispersée sur plusieurs continents.",
            ar="المنصات والاستشارات الإلكترونية وشبكات التواصل الاجتماعي التي تتيح الحوار مع جالية موزعة على عدة قارات.",
            en="Platforms, online consultations and social media that make dialogue possible with a diaspora spread across several continents.",
            zgh="ⵜⵉⵙⵓⵜⵍⵉⵏ, ⵉⵙⵇⵙⵉⵜⵏ ⴳ ⵓⵥⵟⵟⴰ ⴷ ⵉⵥⵟⵟⴰ ⵉⵏⴰⵎⵓⵏⵏ ⵍⵍⵉ ⵜⵜⴰⵊⵊⴰⵏ ⴰⵎⵙⴰⵡⴰⵍ ⴷ ⵉⵏⵎⵓⴷⴷⴰ ⵉⵜⵜⵓⵣⵣⵔⵜⵏ ⴳ ⵎⵏⵏⴰⵡ ⵉⵖⵔⴰⵏ.",
        ),
    },
    {
        "key": "monitoring-and-evaluation",
        "name": Text(
            fr="Suivi et évaluation",
            ar="التتبع والتقييم",
            en="Monitoring and evaluation",
            zgh="ⴰⴹⴼⴼⵓⵕ ⴷ ⵓⵙⵙⵏⵇⴷ",
        ),
        "description": Text(
            fr="Les méthodes et indicateurs qui aident les institutions à mesurer ce que leurs programmes pour la diaspora changent réellement.",
            ar="المناهج والمؤشرات التي تساعد المؤسسات على قياس ما تغيّره برامجها الموجهة للجالية فعلياً.",
            en="The methods and indicators that help institutions measure what their diaspora programmes actually change.",
            zgh="ⵜⵉⵖⴰⵔⴰⵙⵉⵏ ⴷ ⵉⵎⴰⵜⴰⵔⵏ ⵍⵍⵉ ⵉⵜⵜⴰⵡⵙⵏ ⵜⵉⵙⵏⵓⵔⴰⵢⵉⵏ ⴰⴷ ⵙⵙⴽⵜⵍⵏⵜ ⵎⴰⴷ ⵙⵏⴼⵍⵏ ⵙ ⵜⵉⴷⵜ ⵉⵖⴰⵡⴰⵙⵏ ⵏⵏⵙⵏⵜ ⵉ ⵉⵏⵎⵓⴷⴷⴰ.",
        ),
    },
]

PLACES = [
    {
        "key": "rabat",
        "name": Text(fr="Rabat", ar="الرباط", en="Rabat", zgh="ⵕⵕⴱⴰⵟ"),
        "country": "MA",
        "latitude": 34.0209,
        "longitude": -6.8416,
    },
    {
        "key": "dakar",
        "name": Text(fr="Dakar", ar="داكار", en="Dakar", zgh="ⴷⴰⴽⴰⵔ"),
        "country": "SN",
        "latitude": 14.7167,
        "longitude": -17.4677,
    },
    {
        "key": "tunis",
        "name": Text(fr="Tunis", ar="تونس", en="Tunis", zgh="ⵜⵓⵏⵙ"),
        "country": "TN",
        "latitude": 36.8065,
        "longitude": 10.1815,
    },
]

INSTITUTIONS = [
    {
        "key": "ma-diaspora-council",
        "name": Text(
            fr="Conseil Tamesna des Marocains du monde",
            ar="مجلس تامسنا للمغاربة في العالم",
            en="Tamesna Council of Moroccans Worldwide",
            zgh="ⴰⴳⵔⴰⵡ ⵏ ⵜⴰⵎⵙⵏⴰ ⵉ ⵉⵎⵖⵔⵉⴱⵉⵢⵏ ⵏ ⵓⵎⴰⴹⴰⵍ",
        ),
        "country": "MA",
        "kind": "public-body",
        "website": "https://example.org/ma-council",
    },
    {
        "key": "sn-diaspora-directorate",
        "name": Text(
            fr="Direction Cap-Manuel des Sénégalais de l’extérieur",
            ar="مديرية كاب مانويل للسنغاليين في الخارج",
            en="Cap-Manuel Directorate for Senegalese Abroad",
            zgh="ⵜⴰⵎⵀⵍⴰ ⵏ ⴽⴰⴱ-ⵎⴰⵏⵡⵉⵍ ⵉ ⵉⵙⵉⵏⵉⴳⴰⵍⵉⵢⵏ ⵏ ⴱⵕⵕⴰ",
        ),
        "country": "SN",
        "kind": "public-body",
        "website": "https://example.org/sn-directorate",
    },
    {
        "key": "tn-expat-office",
        "name": Text(
            fr="Bureau Bab Bhar des Tunisiens du monde",
            ar="مكتب باب بحر للتونسيين في العالم",
            en="Bab Bhar Office for Tunisians Worldwide",
            zgh="ⴰⴱⵉⵔⵓ ⵏ ⴱⴰⴱ ⴱⵃⴰⵕ ⵉ ⵉⵜⵓⵏⵙⵉⵢⵏ ⵏ ⵓⵎⴰⴹⴰⵍ",
        ),
        "country": "TN",
        "kind": "public-body",
        "website": "https://example.org/tn-office",
    },
    {
        "key": "ci-diaspora-network",
        "name": Text(
            fr="Réseau Lagune des Ivoiriens du monde",
            ar="شبكة لاغون للإيفواريين في العالم",
            en="Lagoon Network of Ivorians Worldwide",
            zgh="ⴰⵥⵟⵟⴰ ⵏ ⵍⴰⴳⵓⵏ ⵉ ⵉⵢⴼⵡⴰⵔⵉⵢⵏ ⵏ ⵓⵎⴰⴹⴰⵍ",
        ),
        "country": "CI",
        "kind": "association",
        "website": "https://example.org/ci-network",
    },
    {
        "key": "fr-migration-museum",
        "name": Text(
            fr="Musée des Deux-Rives, histoire des migrations, Montpellier",
            ar="متحف الضفتين لتاريخ الهجرات، مونبلييه",
            en="Two Shores Museum of Migration History, Montpellier",
            zgh="ⴰⵎⵓⵣⵉ ⴷⵓ-ⵔⵉⴼ ⵏ ⵓⵎⵣⵔⵓⵢ ⵏ ⵓⵎⵓⴷⴷⵓ, ⵎⵓⵏⴱⵍⵢⵉⵢⵉ",
        ),
        "country": "FR",
        "kind": "museum",
        "website": "https://example.org/fr-museum",
    },
    {
        "key": "be-diaspora-research-centre",
        "name": Text(
            fr="Centre Mosaïque de recherche sur les diasporas, Bruxelles",
            ar="مركز موزاييك للبحث في شؤون الجاليات، بروكسل",
            en="Mosaic Centre for Diaspora Research, Brussels",
            zgh="ⴰⵎⵎⴰⵙ ⵎⵓⵣⴰⵢⵉⴽ ⵏ ⵓⵔⵣⵣⵓ ⴼ ⵉⵏⵎⵓⴷⴷⴰ, ⴱⵕⵓⴽⵙⵉⵍ",
        ),
        "country": "BE",
        "kind": "university",
        "website": "https://example.org/be-research-centre",
    },
]

KNOWLEDGE_PAGES = [
    {
        "key": "skills-register",
        "slug": Text(
            fr="registre-des-competences",
            ar="سجل وطني لكفاءات الجالية",
            en="skills-register",
            zgh="ⴰⵙⵊⵊⵍ ⴰⵏⴰⵎⵓⵔ ⵏ ⵜⵉⵣⵎⵎⴰⵔ ⵏ ⵉⵏⵎⵓⴷⴷⴰ",
        ),
        "title": Text(
            fr="Un registre national des compétences de la diaspora",
            ar="سجل وطني لكفاءات الجالية",
            en="A national register of diaspora skills",
            zgh="ⴰⵙⵊⵊⵍ ⴰⵏⴰⵎⵓⵔ ⵏ ⵜⵉⵣⵎⵎⴰⵔ ⵏ ⵉⵏⵎⵓⴷⴷⴰ",
        ),
        "kind": "good-practice",
        "summary": Text(
            fr="Depuis 2021, le Conseil Tamesna tient un registre volontaire où médecins, ingénieurs, enseignants et entrepreneurs marocains établis à l’étranger déclarent leurs compétences et leurs disponibilités. La Direction Cap-Manuel s’en est inspirée pour lancer son propre registre en 2023.",
            ar="منذ سنة 2021، يمسك مجلس تامسنا سجلاً تطوعياً يصرّح فيه الأطباء والمهندسون والمدرسون ورواد الأعمال المغاربة المقيمون في الخارج بكفاءاتهم ومدى استعدادهم. واستلهمت منه مديرية كاب مانويل فكرة إطلاق سجلها الخاص سنة 2023.",
            en="Since 2021 the Tamesna Council has kept a voluntary register in which Moroccan doctors, engineers, teachers and entrepreneurs settled abroad declare their skills and availability. The Cap-Manuel Directorate drew on it to launch its own register in 2023.",
            zgh="ⵙⴳ 2021, ⴰⵔ ⵉⵜⵜⵟⵟⴰⴼ ⵓⴳⵔⴰⵡ ⵏ ⵜⴰⵎⵙⵏⴰ ⴰⵙⵊⵊⵍ ⴳ ⴰⵔ ⵜⵜⴰⵔⴰⵏ, ⵡⵉⵏⵏⴰ ⵢⵔⴰⵏ, ⵉⵎⵙⵙⵓⵊⵊⴰ, ⵉⵎⵙⵏⴰⵡⵏ, ⵉⵙⵍⵎⴰⴷⵏ ⴷ ⵉⵎⵙⵏⵓⵔⴰⵢⵏ ⵉⵎⵖⵔⵉⴱⵉⵢⵏ ⵍⵍⵉ ⵉⵣⴷⵖⵏ ⴳ ⴱⵕⵕⴰ ⵜⵉⵣⵎⵎⴰⵔ ⵏⵏⵙⵏ ⴷ ⵓⴽⵓⴷ ⵍⵍⵉ ⵙⵔ ⵢⵓⴷⴰⵏ. ⵜⵍⵎⴷ ⵙⴳⵉⵙ ⵜⵎⵀⵍⴰ ⵏ ⴽⴰⴱ-ⵎⴰⵏⵡⵉⵍ, ⵜⵙⵏⵜⵉ ⴰⵙⵊⵊⵍ ⵏⵏⵙ ⴳ 2023.",
        ),
        "institutions": ["ma-diaspora-council", "sn-diaspora-directorate"],
        "contact_institution": "ma-diaspora-council",
        "countries": ["MA", "SN"],
        "themes": ["talent-mobilisation"],
        "sdgs": [8, 10, 17],
        "published": "2024-05-12",
        "body": [
            Text(
                fr="Le registre repose sur un formulaire court, rempli en ligne ou lors des permanences consulaires, qui recense le métier, le pays de résidence, les langues parlées et le type de contribution envisagée. Chaque inscrit choisit s’il accepte d’être contacté pour une mission courte, un mentorat à distance ou un partenariat. Les données restent la propriété des inscrits, qui peuvent les modifier ou les retirer à tout moment.",
                ar="يقوم السجل على استمارة قصيرة تُملأ عبر الإنترنت أو خلال المداومات القنصلية، وتحصي المهنة وبلد الإقامة واللغات المتحدث بها ونوع المساهمة المقترحة. ويختار كل مسجَّل ما إذا كان يقبل أن يُتصل به لمهمة قصيرة أو لتأطير عن بُعد أو لشراكة. وتبقى البيانات ملكاً للمسجَّلين الذين يمكنهم تعديلها أو سحبها في أي وقت.",
                en="The register relies on a short form, completed online or at consular drop-in sessions, that records occupation, country of residence, languages spoken and the kind of contribution offered. Each registrant chooses whether they agree to be contacted for a short assignment, remote mentoring or a partnership. The data remain the property of registrants, who can edit or withdraw them at any time.",
                zgh="ⵉⴱⵏⵓ ⵓⵙⵊⵊⵍ ⵅⴼ ⵢⴰⵜ ⵜⵍⵖⴰ ⵜⴰⵎⵥⵥⵢⴰⵏⵜ, ⵍⵍⵉ ⵜⵜⵓⵄⵎⵎⴰⵔⵏ ⴳ ⵓⵥⵟⵟⴰ ⵏⵖ ⴳ ⵓⵇⵏⵚⵓⵍ, ⵜⴰⵔⴰ ⴰⵙⵡⵓⵔⵉ, ⵜⴰⵎⵓⵔⵜ ⵏ ⵓⵣⴷⴰⵖ, ⵜⵓⵜⵍⴰⵢⵉⵏ ⵍⵍⵉ ⵙ ⵉⵙⴰⵡⴰⵍ ⴷ ⵡⴰⵏⴰⵡ ⵏ ⵓⵙⵎⵓⵜⵜⴳ ⵍⵍⵉ ⵉⵔⴰ. ⴽⵓ ⵢⴰⵏ ⵉⵜⵜⵓⵙⵊⵊⵍⵏ ⵉⵙⵜⴰⵢ ⵎⴰ ⵉⵇⴱⵍ ⴰⴷ ⴷ ⵙⵔⵙ ⵎⵎⵓⵏⵏ ⵉ ⵢⴰⵜ ⵜⵡⵓⵔⵉ ⵜⴰⵎⵥⵥⵢⴰⵏⵜ, ⵉ ⵓⵎⵓⵏ ⴳ ⵓⵥⵟⵟⴰ ⵏⵖ ⵉ ⵜⵎⵢⴰⵡⴰⵙⵜ. ⵉⵙⴼⴽⴰ ⵇⵇⵉⵎⵏ ⵏ ⵉⵎⵙⵊⵊⵍⵏ, ⵣⵎⵔⵏ ⴰⴷ ⵜⵏ ⵙⵏⴼⵍⵏ ⵏⵖ ⴰⴷ ⵜⵏ ⴽⴽⵙⵏ ⴳ ⴽⵓ ⴰⴽⵓⴷ.",
            ),
            Text(
                fr="À Dakar, l’équipe de la Direction Cap-Manuel a repris le formulaire en y ajoutant le wolof et une rubrique sur les associations de ressortissants. Les deux institutions comparent désormais chaque semestre leurs taux d’inscription et de mise en relation. Elles ont constaté que les missions proposées dans les trois mois suivant l’inscription gardent les inscrits actifs bien plus longtemps.",
                ar="في داكار، اعتمد فريق مديرية كاب مانويل الاستمارة نفسها بعد أن أضاف إليها اللغة الولوفية وخانة خاصة بجمعيات أبناء البلد في الخارج. وتقارن المؤسستان منذ ذلك الحين كل ستة أشهر نسب التسجيل والربط بين المسجلين والمهام. وقد لاحظتا أن المهام المقترحة خلال الأشهر الثلاثة التالية للتسجيل تُبقي المسجلين نشطين مدة أطول بكثير.",
                en="In Dakar, the Cap-Manuel Directorate team adapted the form, adding Wolof and a section on hometown associations. The two institutions now compare their registration and matching rates every six months. They have found that assignments offered within three months of registration keep registrants active for much longer.",
                zgh="ⴳ ⴷⴰⴽⴰⵔ, ⵜⵙⵙⵎⵔⵙ ⵜⵔⴰⴱⴱⵓⵜ ⵏ ⵜⵎⵀⵍⴰ ⵏ ⴽⴰⴱ-ⵎⴰⵏⵡⵉⵍ ⵜⴰⵍⵖⴰ ⴰⴷ, ⵜⵔⵏⴰ ⵢⴰⵙ ⵜⵓⵍⵓⴼⵜ ⴷ ⵢⴰⵏ ⵓⵙⵓⵜⵍ ⴼ ⵜⵎⵙⵎⵓⵏⵉⵏ ⵏ ⵎⵉⴷⴷⵏ ⵏ ⵜⵎⵓⵔⵜ ⴳ ⴱⵕⵕⴰ. ⴽⵓ ⵚⴹⵉⵚ ⵉⵢⵢⵓⵔⵏ, ⴰⵔ ⵙⵎⵣⴰⵣⴰⵍⵏⵜ ⵙⵏⴰⵜ ⵜⵙⵏⵓⵔⴰⵢⵉⵏ ⴰⵎⴹⴰⵏ ⵏ ⵉⵎⵙⵊⵊⵍⵏ ⴷ ⵡⵉⵍⵍⵉ ⵢⵓⴼⴰⵏ ⵜⴰⵡⵓⵔⵉ. ⵥⵕⴰⵏⵜ ⵉⵙ ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵍⵍⵉ ⵉⵜⵜⵓⵙⵓⵎⵔⵏ ⴳ ⴽⵕⴰⴹ ⵉⵢⵢⵓⵔⵏ ⵍⵍⵉ ⴷ ⵉⴹⴼⵕⵏ ⴰⵙⵊⵊⵍ ⴰⵔ ⵜⵜⴰⵊⵊⴰⵏⵜ ⵉⵎⵙⵊⵊⵍⵏ ⴰⴷ ⴽⵎⵎⵍⵏ ⴰⵙⵎⵓⵜⵜⴳ ⵏⵏⵙⵏ ⵉ ⵢⴰⵏ ⵓⴽⵓⴷ ⵉⵖⵣⵣⵉⴼⵏ ⵓⴳⴳⴰⵔ.",
            ),
        ],
        "key_lessons": [
            Text(
                fr="Un registre n’a de valeur que s’il débouche rapidement sur des missions concrètes.",
                ar="لا قيمة للسجل إلا إذا أفضى بسرعة إلى مهام ملموسة.",
                en="A register is only worth something if it quickly leads to concrete assignments.",
                zgh="ⵓⵔ ⵖⵓⵔ ⵓⵙⵊⵊⵍ ⴽⵔⴰ ⵏ ⵡⴰⵜⵉⴳ ⵖⴰⵙ ⵉⴳ ⴷ ⵉⴳⴳⴰ ⵙ ⵜⵖⴰⵡⵍⴰ ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵏ ⵜⵉⴷⵜ.",
            ),
            Text(
                fr="Laisser chaque inscrit maître de ses données renforce la confiance envers l’institution.",
                ar="إن ترك كل مسجَّل متحكماً في بياناته يعزز الثقة في المؤسسة.",
                en="Leaving each registrant in control of their own data strengthens trust in the institution.",
                zgh="ⴰⴷ ⵉⴳ ⴽⵓ ⵢⴰⵏ ⴰⴳⵍⵍⵉⴷ ⵏ ⵉⵙⴼⴽⴰ ⵏⵏⵙ ⴰⵔ ⵉⵙⵙⴷⵓⵙ ⵜⵉⴼⵍⵙ ⴳ ⵜⵙⵏⵓⵔⴰⵢⵜ.",
            ),
            Text(
                fr="Ajouter les langues nationales du pays partenaire a doublé les inscriptions hors des capitales.",
                ar="أدت إضافة اللغات الوطنية للبلد الشريك إلى مضاعفة التسجيلات خارج العواصم.",
                en="Adding the partner country’s national languages doubled sign-ups outside the capital cities.",
                zgh="ⴰⵔⵏⵓ ⵏ ⵜⵓⵜⵍⴰⵢⵉⵏ ⵜⵉⵏⴰⵎⵓⵔⵉⵏ ⵏ ⵜⵎⵓⵔⵜ ⵜⴰⵎⴷⴷⵓⴽⴽⵍⵜ ⵉⵙⵙⴳⵓⵜ ⵙ ⵙⵉⵏ ⵜⵉⴽⴽⴰⵍ ⵉⵎⵙⵊⵊⵍⵏ ⴱⵕⵕⴰ ⵏ ⵜⵎⴰⵏⴰⵖⵓⵍⵉⵏ.",
            ),
        ],
        "indicators": [
            {
                "label": Text(
                    fr="Professionnels inscrits au registre",
                    ar="المهنيون المسجلون في السجل",
                    en="Professionals listed in the register",
                    zgh="ⵉⵎⵙⵡⵓⵔⵉ ⵉⵜⵜⵓⵙⵊⵊⵍⵏ ⴳ ⵓⵙⵊⵊⵍ",
                ),
                "value": "1 240",
            },
            {
                "label": Text(
                    fr="Inscrits mis en relation avec une mission dans l’année",
                    ar="المسجلون الذين رُبطوا بمهمة خلال السنة",
                    en="Registrants matched with an assignment within the year",
                    zgh="ⵉⵎⵙⵊⵊⵍⵏ ⵍⵍⵉ ⵢⵓⴼⴰⵏ ⵜⴰⵡⵓⵔⵉ ⴳ ⵓⵙⴳⴳⵯⴰⵙ",
                ),
                "value": "38 %",
            },
        ],
        "attachment_title": Text(
            fr="Registre des compétences : bilan de trois années (2021-2024)",
            ar="سجل الكفاءات: حصيلة ثلاث سنوات (2021-2024)",
            en="Skills register: a three-year review (2021-2024)",
            zgh="ⴰⵙⵊⵊⵍ ⵏ ⵜⵉⵣⵎⵎⴰⵔ: ⴰⵙⵎⵓⵏ ⵏ ⴽⵕⴰⴹ ⵉⵙⴳⴳⵯⴰⵙⵏ (2021-2024)",
        ),
    },
    {
        "key": "diaspora-mentoring-west-africa",
        "slug": Text(
            fr="mentorat-diaspora-afrique-de-l-ouest",
            ar="تأطير الجالية لرواد أعمال شباب في غرب إفريقيا",
            en="diaspora-mentoring-west-africa",
            zgh="ⴰⵎⵓⵏ ⵏ ⵉⵎⵙⵏⵓⵔⴰⵢⵏ ⵉⵍⵎⵥⵢⴰⵏ ⴳ ⵜⴼⵔⵉⵇⵢⴰ ⵏ ⵓⵜⴰⵔⵎ ⵙⴳ ⵉⵏⵎⵓⴷⴷⴰ",
        ),
        "title": Text(
            fr="Mentorat de jeunes entrepreneurs ouest-africains par leur diaspora",
            ar="تأطير الجالية لرواد أعمال شباب في غرب إفريقيا",
            en="Diaspora mentoring for young West African entrepreneurs",
            zgh="ⴰⵎⵓⵏ ⵏ ⵉⵎⵙⵏⵓⵔⴰⵢⵏ ⵉⵍⵎⵥⵢⴰⵏ ⴳ ⵜⴼⵔⵉⵇⵢⴰ ⵏ ⵓⵜⴰⵔⵎ ⵙⴳ ⵉⵏⵎⵓⴷⴷⴰ",
        ),
        "kind": "case-study",
        "summary": Text(
            fr="Entre 2022 et 2024, quatre-vingt-dix professionnels sénégalais et ivoiriens installés en Europe et en Amérique du Nord ont accompagné à distance de jeunes créateurs d’entreprise de Dakar et d’Abidjan. Cette étude de cas retrace le montage du programme, ses difficultés et ce que le Conseil Tamesna compte en retenir pour le Maroc.",
            ar="بين سنتي 2022 و2024، رافق تسعون مهنياً سنغالياً وإيفوارياً مقيمين في أوروبا وأمريكا الشمالية، عن بُعد، شباباً أنشأوا مقاولاتهم في داكار وأبيدجان. وتتتبع دراسة الحالة هذه كيفية بناء البرنامج والصعوبات التي واجهها وما ينوي مجلس تامسنا الاستفادة منه في المغرب.",
            en="Between 2022 and 2024, ninety Senegalese and Ivorian professionals based in Europe and North America remotely supported young business founders in Dakar and Abidjan. This case study traces how the programme was set up, the difficulties it met and what the Tamesna Council intends to take from it for Morocco.",
            zgh="ⴳⵔ 2022 ⴷ 2024, ⵎⵓⵏⵏ 90 ⵏ ⵉⵎⵙⵡⵓⵔⵉ ⵉⵙⵉⵏⵉⴳⴰⵍⵉⵢⵏ ⴷ ⵉⵢⴼⵡⴰⵔⵉⵢⵏ ⵍⵍⵉ ⵉⵣⴷⵖⵏ ⴳ ⵓⵔⵓⴱⴰ ⴷ ⵎⵉⵔⵉⴽⴰ ⵏ ⵓⴳⴰⴼⴰ, ⴳ ⵓⵥⵟⵟⴰ, ⵉⵍⵎⵥⵢⴰⵏ ⵍⵍⵉ ⵙⵏⵜⴰⵏ ⵜⵉⵙⵏⵓⵔⴰⵢⵉⵏ ⵏⵏⵙⵏ ⴳ ⴷⴰⴽⴰⵔ ⴷ ⴰⴱⵉⴷⵊⴰⵏ. ⴰⵍⵎⵎⵓⴷ ⴰⴷ ⴰⵔ ⵉⵙⵙⴰⵡⴰⵍ ⴼ ⵎⴰⵎⴽ ⵉⵜⵜⵓⴱⵏⴰ ⵓⵖⴰⵡⴰⵙ, ⴼ ⵜⵎⵓⴽⵔⵉⵙⵉⵏ ⵏⵏⵙ ⴷ ⵎⴰⴷ ⵉⵔⴰ ⵓⴳⵔⴰⵡ ⵏ ⵜⴰⵎⵙⵏⴰ ⴰⴷ ⵙⴳⵉⵙ ⵉⵍⵎⴷ ⵉ ⵍⵎⵖⵔⵉⴱ.",
        ),
        "institutions": [
            "ci-diaspora-network",
            "sn-diaspora-directorate",
            "ma-diaspora-council",
        ],
        "contact_institution": "ci-diaspora-network",
        "countries": ["SN", "CI", "MA"],
        "themes": ["talent-mobilisation"],
        "sdgs": [5, 8, 17],
        "published": "2024-11-20",
        "body": [
            Text(
                fr="Le Réseau Lagune a d’abord recruté les mentors parmi ses membres, puis la Direction Cap-Manuel a ouvert le programme aux inscrits de son registre. Chaque binôme se réunissait en visioconférence deux fois par mois pendant un an, autour d’objectifs fixés ensemble dès la première séance. La moitié des entrepreneurs accompagnés étaient des femmes, un objectif inscrit dans le règlement du programme.",
                ar="استقطبت شبكة لاغون المؤطرين في البداية من بين أعضائها، ثم فتحت مديرية كاب مانويل البرنامج أمام المسجلين في سجلها. وكان كل ثنائي يلتقي عبر الفيديو مرتين في الشهر طيلة سنة، حول أهداف حُددت بشكل مشترك منذ الجلسة الأولى. وكان نصف رواد الأعمال المستفيدين من النساء، وهو هدف منصوص عليه في نظام البرنامج.",
                en="The Lagoon Network first recruited mentors from among its members, then the Cap-Manuel Directorate opened the programme to people listed in its register. Each pair met by video call twice a month for a year, working towards goals agreed together in the first session. Half of the entrepreneurs supported were women, a target written into the programme’s rules.",
                zgh="ⵉⵙⵜⴰ ⵓⵥⵟⵟⴰ ⵏ ⵍⴰⴳⵓⵏ ⵉⵎⵏⴰⴷⵏ ⴳ ⵉⴳⵎⴰⵎ ⵏⵏⵙ ⴳ ⵜⵉⵣⵡⵉⵔⵉ, ⴷⴼⴼⵉⵔ ⵙ ⵜⵔⵥⵎ ⵜⵎⵀⵍⴰ ⵏ ⴽⴰⴱ-ⵎⴰⵏⵡⵉⵍ ⴰⵖⴰⵡⴰⵙ ⵉ ⵉⵎⵙⵊⵊⵍⵏ ⴳ ⵓⵙⵊⵊⵍ ⵏⵏⵙ. ⴽⵓ ⵜⴰⵢⵓⴳⴰ ⴰⵔ ⵜⵎⵢⴰⴳⴰⵔ ⴳ ⵓⴼⵉⴷⵢⵓ ⵙⵏⴰⵜ ⵜⵉⴽⴽⴰⵍ ⴳ ⵡⴰⵢⵢⵓⵔ ⴰⵙⴳⴳⵯⴰⵙ ⵉⴽⵎⵎⵍⵏ, ⴼ ⵉⵙⵡⵉⵜⵏ ⵍⵍⵉ ⵙⵏⵜⵎⵏ ⵎⴰⵕⵕⴰ ⴳ ⵜⵎⵢⴰⵔⵜ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ. ⴰⵣⴳⵏ ⵏ ⵉⵎⵙⵏⵓⵔⴰⵢⵏ ⵍⵍⵉ ⵉⵜⵜⵓⵎⵓⵏⵏ ⴳⴰⵏ ⵜⵉⵎⵖⴰⵔⵉⵏ, ⴰⵙⵡⵉⵜ ⵍⵍⵉ ⵉⵜⵜⵓⵔⴰⵏ ⴳ ⵓⵏⴹⵉⵎ ⵏ ⵓⵖⴰⵡⴰⵙ.",
            ),
            Text(
                fr="Les entreprises accompagnées ont mieux résisté que celles d’un groupe témoin, mais les écarts de fuseau horaire et les coupures de connexion ont pesé sur la régularité des séances. Le programme a aussi révélé que beaucoup de mentors souhaitaient un lien plus concret, comme une commande ou un investissement modeste. Le Conseil Tamesna prépare une adaptation pour de jeunes entrepreneurs de l’Oriental marocain.",
                ar="صمدت المقاولات المستفيدة من المواكبة أكثر من مقاولات مجموعة المقارنة، غير أن فوارق التوقيت وانقطاعات الاتصال أثّرت في انتظام الجلسات. كما كشف البرنامج أن كثيراً من المؤطرين كانوا يرغبون في صلة أكثر واقعية، مثل طلبية أو استثمار متواضع. ويعدّ مجلس تامسنا نسخة معدّلة لفائدة رواد أعمال شباب في جهة الشرق بالمغرب.",
                en="The businesses supported held up better than those in a comparison group, but time-zone differences and dropped connections affected how regularly sessions took place. The programme also showed that many mentors wanted a more tangible link, such as an order or a modest investment. The Tamesna Council is preparing an adaptation for young entrepreneurs in Morocco’s Oriental region.",
                zgh="ⵜⵉⵙⵏⵓⵔⴰⵢⵉⵏ ⵍⵍⵉ ⵉⵜⵜⵓⵎⵓⵏⵏ ⵇⵇⵉⵎⵏⵜ ⵙ ⵜⴷⵓⵙⵉ ⵓⴳⴳⴰⵔ ⵏ ⵜⵉⵏ ⵢⴰⵜ ⵜⵔⴰⴱⴱⵓⵜ ⵏ ⵓⵙⵎⵣⴰⵣⴰⵍ, ⵎⴰⵛⴰ ⴰⵎⵣⴰⵔⴰⵢ ⵏ ⵜⵙⵔⴰⴳⵉⵏ ⴷ ⵓⴱⴱⵉ ⵏ ⵓⵥⵟⵟⴰ ⵙⵏⵇⵇⵚⵏ ⵙⴳ ⵜⵎⵢⴰⵔⵉⵏ. ⵉⵙⵙⴼⵔⵓ ⵓⵖⴰⵡⴰⵙ ⴰⵡⴷ ⵉⵙ ⴰⵟⵟⴰⵚ ⵏ ⵉⵎⵏⴰⴷⵏ ⵔⴰⵏ ⴰⵣⴷⴰⵢ ⵏ ⵜⵉⴷⵜ ⵓⴳⴳⴰⵔ, ⴰⵎ ⵓⵙⵓⵜⵔ ⵏ ⵜⵖⴰⵡⵙⵉⵡⵉⵏ ⵏⵖ ⴰⵙⵎⵔⵙ ⵏ ⵉⴷⵔⵉⵎⵏ ⵉⵎⵥⵥⵉⵏ. ⴰⵔ ⵉⵙⵡⵓⴷⴷⵓ ⵓⴳⵔⴰⵡ ⵏ ⵜⴰⵎⵙⵏⴰ ⵢⴰⵜ ⵜⵍⵖⴰ ⵢⴰⴹⵏ ⵏ ⵓⵖⴰⵡⴰⵙ ⴰⴷ ⵉ ⵉⵎⵙⵏⵓⵔⴰⵢⵏ ⵉⵍⵎⵥⵢⴰⵏ ⴳ ⵜⵙⴳⴰ ⵏ ⵓⵏⴳⵎⴰⴹ.",
            ),
        ],
        "key_lessons": [
            Text(
                fr="Fixer des objectifs écrits dès la première séance évite que le mentorat ne se dilue en conversations générales.",
                ar="إن تحديد أهداف مكتوبة منذ الجلسة الأولى يحول دون تحوّل التأطير إلى أحاديث عامة.",
                en="Setting written goals in the first session stops mentoring from drifting into general conversation.",
                zgh="ⴰⵙⵏⵜⵎ ⵏ ⵉⵙⵡⵉⵜⵏ ⵉⵜⵜⵓⵔⴰⵏ ⴳ ⵜⵎⵢⴰⵔⵜ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ ⵓⵔ ⵉⵜⵜⴰⵊⵊⴰ ⴰⵎⵓⵏ ⴰⴷ ⵉⴳ ⴰⵎⵙⴰⵡⴰⵍ ⴰⵎⴰⵜⴰⵢ.",
            ),
            Text(
                fr="Un calendrier qui tient compte des fuseaux horaires compte davantage que la fréquence des rencontres.",
                ar="إن جدولاً زمنياً يراعي فوارق التوقيت أهم من وتيرة اللقاءات.",
                en="A schedule that allows for time zones matters more than how often people meet.",
                zgh="ⴰⵙⵎⵙⵙⵓ ⵏ ⵜⵎⵢⴰⵔⵉⵏ ⵍⵍⵉ ⵉⵙⵎⵓⵏ ⵜⵉⵙⵔⴰⴳⵉⵏ ⵏ ⴽⵓ ⵜⴰⵎⵓⵔⵜ ⵢⵓⴼ ⴰⵎⴹⴰⵏ ⵏⵏⵙⵏⵜ.",
            ),
            Text(
                fr="Les mentors restent plus longtemps quand ils peuvent aussi soutenir l’entreprise par une commande ou un petit investissement.",
                ar="يستمر المؤطرون مدة أطول حين يتاح لهم أيضاً دعم المقاولة بطلبية أو استثمار صغير.",
                en="Mentors stay involved longer when they can also back the business with an order or a small investment.",
                zgh="ⴰⵔ ⵇⵇⵉⵎⵏ ⵉⵎⵏⴰⴷⵏ ⵓⴳⴳⴰⵔ ⵉⴳ ⵣⵎⵔⵏ ⴰⴷ ⴰⵡⵙⵏ ⵜⴰⵙⵏⵓⵔⴰⵢⵜ ⵙ ⵓⵙⵓⵜⵔ ⵏ ⵜⵖⴰⵡⵙⵉⵡⵉⵏ ⵏⵖ ⵙ ⵉⴷⵔⵉⵎⵏ ⵉⵎⵥⵥⵉⵏ.",
            ),
        ],
        "indicators": [
            {
                "label": Text(
                    fr="Binômes mentor-entrepreneur constitués",
                    ar="ثنائيات المؤطر ورائد الأعمال التي تم تكوينها",
                    en="Mentor-entrepreneur pairs formed",
                    zgh="ⵜⵉⵢⵓⴳⴰ ⵏ ⵓⵎⵏⴰⴷ ⴷ ⵓⵎⵙⵏⵓⵔⴰⵢ",
                ),
                "value": "90",
            },
            {
                "label": Text(
                    fr="Entreprises accompagnées encore actives après deux ans",
                    ar="المقاولات المستفيدة التي ما تزال نشطة بعد سنتين",
                    en="Supported businesses still trading after two years",
                    zgh="ⵜⵉⵙⵏⵓⵔⴰⵢⵉⵏ ⵍⵍⵉ ⵉⵜⵜⵓⵎⵓⵏⵏ ⴰⵔ ⵜⵅⴷⴷⵎⵏⵜ ⴰⵔ ⴷⵖⵉ ⴷⴼⴼⵉⵔ ⵏ ⵙⵉⵏ ⵉⵙⴳⴳⵯⴰⵙⵏ",
                ),
                "value": "81 %",
            },
        ],
        "attachment_title": Text(
            fr="Mentorat par la diaspora en Afrique de l’Ouest : rapport d’étude de cas",
            ar="تأطير الجالية في غرب إفريقيا: تقرير دراسة حالة",
            en="Diaspora mentoring in West Africa: case study report",
            zgh="ⴰⵎⵓⵏ ⵙⴳ ⵉⵏⵎⵓⴷⴷⴰ ⴳ ⵜⴼⵔⵉⵇⵢⴰ ⵏ ⵓⵜⴰⵔⵎ: ⴰⵏⵇⵇⵉⵙ ⵏ ⵓⵍⵎⵎⵓⴷ",
        ),
    },
    {
        "key": "family-archives-collecting",
        "slug": Text(
            fr="collecte-archives-familiales",
            ar="جمع الأرشيفات العائلية بالتعاون مع متحف بلدي",
            en="family-archives-collecting",
            zgh="ⴰⵙⵎⵓⵏ ⵏ ⵉⵔⵛⵉⴼⵏ ⵏ ⵜⵡⴰⵛⵓⵍⵜ ⴷ ⵢⴰⵏ ⵓⵎⵓⵣⵉ ⵏ ⵜⵎⴷⵉⵏⵜ",
        ),
        "title": Text(
            fr="Collecter les archives familiales avec un musée municipal",
            ar="جمع الأرشيفات العائلية بالتعاون مع متحف بلدي",
            en="Collecting family archives with a city museum",
            zgh="ⴰⵙⵎⵓⵏ ⵏ ⵉⵔⵛⵉⴼⵏ ⵏ ⵜⵡⴰⵛⵓⵍⵜ ⴷ ⵢⴰⵏ ⵓⵎⵓⵣⵉ ⵏ ⵜⵎⴷⵉⵏⵜ",
        ),
        "kind": "case-study",
        "summary": Text(
            fr="En 2022, le Musée des Deux-Rives et le Conseil Tamesna ont organisé à Montpellier des journées de collecte où des familles marocaines ont apporté lettres, photographies et contrats de travail. Le musée a numérisé les documents sur place et rendu les originaux, sauf lorsque les familles ont choisi de les donner.",
            ar="في سنة 2022، نظم متحف الضفتين ومجلس تامسنا في مونبلييه أياماً للجمع حملت خلالها أسر مغربية رسائل وصوراً فوتوغرافية وعقود عمل. ورقمن المتحف الوثائق في عين المكان وأعاد الأصول إلى أصحابها، إلا حين اختارت الأسر التبرع بها.",
            en="In 2022 the Two Shores Museum and the Tamesna Council held collection days in Montpellier where Moroccan families brought in letters, photographs and employment contracts. The museum digitised the documents on the spot and returned the originals, except where families chose to donate them.",
            zgh="ⴳ 2022, ⵙⵙⵓⴷⵙⵏ ⵓⵎⵓⵣⵉ ⴷⵓ-ⵔⵉⴼ ⴷ ⵓⴳⵔⴰⵡ ⵏ ⵜⴰⵎⵙⵏⴰ ⴳ ⵎⵓⵏⴱⵍⵢⵉⵢⵉ ⵓⵙⵙⴰⵏ ⵏ ⵓⵙⵎⵓⵏ, ⴳ ⴷ ⵡⵉⵏⵜ ⵜⵡⴰⵛⵓⵍⵉⵏ ⵜⵉⵎⵖⵔⵉⴱⵉⵢⵉⵏ ⵜⵉⴱⵔⴰⵜⵉⵏ, ⵜⵉⵡⵍⴰⴼⵉⵏ ⴷ ⵜⵉⵎⵙⴰⵙⴰ ⵏ ⵓⵅⴷⴰⵎ. ⵉⵙⵎⴹⵏ ⵓⵎⵓⵣⵉ ⵉⵙⵍⴽⵉⵏ ⴳ ⵓⴷⵖⴰⵔ, ⵉⵔⴰⵔ ⵉⵙⵍⴽⵉⵏ ⵉⵏⴰⵥⵓⵕⵏ ⵉ ⵎⵉⴷⴷⵏ ⵏⵏⵙⵏ, ⵖⴰⵙ ⵉⴳ ⵜⵙⵜⴰ ⵜⵡⴰⵛⵓⵍⵜ ⴰⴷ ⵜⵏ ⵜⴼⴽ ⵉ ⵓⵎⵓⵣⵉ.",
        ),
        "institutions": ["fr-migration-museum", "ma-diaspora-council"],
        "contact_institution": "fr-migration-museum",
        "countries": ["FR", "MA"],
        "themes": ["heritage-and-memory"],
        "sdgs": [11, 17],
        "published": "2023-10-03",
        "body": [
            Text(
                fr="Le Conseil a mobilisé les associations de quartier et les radios locales pour faire connaître les journées, tandis que le musée a formé douze bénévoles bilingues à l’accueil des familles. Chaque document a été décrit avec son propriétaire, qui précisait ce qui pouvait être montré au public. Plusieurs familles ont demandé une copie numérique pour leurs enfants vivant au Maroc.",
                ar="عبّأ المجلس جمعيات الأحياء والإذاعات المحلية للتعريف بهذه الأيام، في حين كوّن المتحف اثني عشر متطوعاً مزدوجي اللغة على استقبال الأسر. ووُصفت كل وثيقة بحضور صاحبها الذي كان يحدد ما يمكن عرضه على الجمهور. وطلبت أسر عديدة نسخة رقمية لأبنائها المقيمين في المغرب.",
                en="The Council enlisted neighbourhood associations and local radio stations to publicise the days, while the museum trained twelve bilingual volunteers to welcome families. Each document was described together with its owner, who specified what could be shown to the public. Several families asked for a digital copy for their children living in Morocco.",
                zgh="ⵉⵙⵎⵓⵏ ⵓⴳⵔⴰⵡ ⵜⵉⵎⵙⵎⵓⵏⵉⵏ ⵜⵉⴷⵖⴰⵔⴰⵏⵉⵏ ⴷ ⵉⵔⴰⴷⵢⵓⵜⵏ ⵉⴷⵖⴰⵔⴰⵏⵏ ⴰⴷ ⵙⵙⵏⵏ ⵎⵉⴷⴷⵏ ⵙ ⵓⵙⵙⴰⵏ ⴰⴷ, ⵎⵏⵉⴷ ⵉⵙⵙⵍⵎⴷ ⵓⵎⵓⵣⵉ 12 ⵏ ⵉⵎⴰⵡⴰⵙⵏ ⵉⵙⴰⵡⴰⵍⵏ ⵙⵏⴰⵜ ⵜⵓⵜⵍⴰⵢⵉⵏ ⴼ ⵓⵙⵏⵓⴱⴳ ⵏ ⵜⵡⴰⵛⵓⵍⵉⵏ. ⴽⵓ ⴰⵙⵍⴽⵉ ⵉⵜⵜⵓⴳⵍⴰⵎ ⴷ ⵎⵍⵍⵉ ⵜ ⵉⵍⴰⵏ, ⵍⵍⵉ ⵉⵙⵏⵜⴰⵎⵏ ⵎⴰⴷ ⵉⵣⵎⵔⵏ ⴰⴷ ⵉⵜⵜⵓⵙⴽⴰⵏ ⵉ ⵎⵉⴷⴷⵏ. ⵙⵓⵜⵔⵏⵜ ⴽⵔⴰ ⵏ ⵜⵡⴰⵛⵓⵍⵉⵏ ⵢⴰⵜ ⵜⵓⵏⵖⵉⵍⵜ ⵜⴰⵎⴹⴰⵏⴰⵏⵜ ⵉ ⵜⴰⵔⵡⴰ ⵏⵏⵙⵏⵜ ⵍⵍⵉ ⵉⵣⴷⵖⵏ ⴳ ⵍⵎⵖⵔⵉⴱ.",
            ),
            Text(
                fr="Sur les 640 documents numérisés, 85 ont été donnés au musée et une quarantaine figurent aujourd’hui dans une exposition sur les saisonniers agricoles de l’Hérault. Le principal obstacle a été juridique : les droits sur les photographies de studio étaient souvent impossibles à établir. Le musée a donc adopté une déclaration d’usage simple, signée par chaque famille.",
                ar="من بين 640 وثيقة رُقمنت، تُبرّع بـ85 منها للمتحف، ويُعرض نحو أربعين منها اليوم في معرض عن العمال الفلاحيين الموسميين في منطقة إيرو. وكانت العقبة الرئيسية قانونية، إذ كان يتعذر في الغالب تحديد حقوق الصور الملتقطة في الاستوديوهات. لذلك اعتمد المتحف تصريحاً بسيطاً بشروط الاستعمال توقّعه كل أسرة.",
                en="Of the 640 documents digitised, 85 were donated to the museum and around forty now feature in an exhibition on seasonal farm workers in the Hérault. The main obstacle was legal: rights in studio photographs were often impossible to establish. The museum therefore adopted a simple statement of use, signed by each family.",
                zgh="ⴳ 640 ⵏ ⵉⵙⵍⴽⵉⵏ ⵍⵍⵉ ⵉⵜⵜⵓⵙⵎⴹⵏⵏ, 85 ⴼⴽⴰⵏ ⵜⵏ ⵉ ⵓⵎⵓⵣⵉ, ⴰⵎⵎ 40 ⴳⵉⵙⵏ ⴰⵔ ⴷ ⵜⵜⴱⴰⵢⴰⵏⵏ ⴰⵙⵙ ⴰ ⴳ ⵢⴰⵜ ⵜⵙⴽⴰⵏⵜ ⴼ ⵉⵅⴷⴷⴰⵎⵏ ⵏ ⵜⴽⵔⵣⴰ ⵏ ⵜⵉⵣⵉ ⴳ ⵉⵔⵓ. ⵜⴰⵎⵓⴽⵔⵉⵙⵜ ⵜⴰⵎⵇⵔⴰⵏⵜ ⵜⴳⴰ ⵜⴰⵏⵣⵔⴼⴰⵏⵜ: ⵉⵣⵔⴼⴰⵏ ⵏ ⵜⵡⵍⴰⴼⵉⵏ ⵏ ⵉⵙⵜⵓⴷⵢⵓⵜⵏ ⵓⵔ ⵜⵏ ⵉⵣⵎⵉⵔ ⵢⴰⵏ ⴰⴷ ⵜⵏ ⵉⵙⵏⵜⵎ ⵙ ⵡⴰⵟⵟⴰⵚ. ⵙ ⵎⴰⵢⴰ, ⵉⵙⵎⵔⵙ ⵓⵎⵓⵣⵉ ⴰⵙⵙⴼⵔⵓ ⵉⴼⵙⵓⵙⵏ ⵏ ⵓⵙⵎⵔⵙ, ⵜⴰⵔⴰ ⴼⵍⵍⴰⵙ ⴽⵓ ⵜⴰⵡⴰⵛⵓⵍⵜ ⵉⵙⵎ ⵏⵏⵙ.",
            ),
        ],
        "key_lessons": [
            Text(
                fr="Décrire les documents avec leurs propriétaires enrichit les notices et évite les erreurs d’identification.",
                ar="إن وصف الوثائق بحضور أصحابها يُغني البطاقات الوصفية ويجنّب أخطاء التعرّف.",
                en="Describing documents with their owners enriches the records and avoids misidentification.",
                zgh="ⴰⴳⵍⴰⵎ ⵏ ⵉⵙⵍⴽⵉⵏ ⴷ ⵎⵉⴷⴷⵏ ⵏⵏⵙⵏ ⵉⵙⵙⵓⴳⴰⵔ ⵜⵉⵙⵏⵉⵡⵉⵏ ⵏ ⵓⴳⵍⴰⵎ, ⵓⵔ ⵉⵜⵜⴰⵊⵊⴰ ⵜⵉⵣⴳⵍⵉⵏ ⴳ ⵓⵙⵙⵏ ⵏⵏⵙⵏ.",
            ),
            Text(
                fr="Rendre les originaux le jour même rassure les familles et favorise les dons ultérieurs.",
                ar="إعادة الأصول في اليوم نفسه تطمئن الأسر وتشجع على التبرعات اللاحقة.",
                en="Returning originals the same day reassures families and encourages later donations.",
                zgh="ⴰⵔⴰⵔ ⵏ ⵉⵙⵍⴽⵉⵏ ⵉⵏⴰⵥⵓⵕⵏ ⴳ ⵡⴰⵙⵙ ⵏⵏⴰ ⴳ ⴷ ⵜⵏ ⵡⵉⵏ ⵉⵙⵙⵔⵏⵓ ⵜⵉⴼⵍⵙ ⵏ ⵜⵡⴰⵛⵓⵍⵉⵏ, ⵉⵙⵙⵓⴳⴰⵔ ⵜⵓⴼⴽⵉⵜⵉⵏ ⵢⴰⴹⵏⵉⵏ.",
            ),
            Text(
                fr="Une déclaration d’usage simple vaut mieux qu’une cession de droits que personne n’ose signer.",
                ar="تصريح بسيط بشروط الاستعمال أفضل من عقد تنازل عن الحقوق لا يجرؤ أحد على توقيعه.",
                en="A simple statement of use is better than a transfer of rights that nobody dares to sign.",
                zgh="ⴰⵙⵙⴼⵔⵓ ⵉⴼⵙⵓⵙⵏ ⵏ ⵓⵙⵎⵔⵙ ⵢⵓⴼ ⴰⵙⵙⵉⵡⴹ ⵏ ⵉⵣⵔⴼⴰⵏ ⵍⵍⵉ ⵓⵔ ⴼⵍⵍⴰⵙ ⵉⵜⵜⴰⵔⴰ ⵢⴰⵏ ⵉⵙⵎ ⵏⵏⵙ.",
            ),
        ],
        "indicators": [
            {
                "label": Text(
                    fr="Documents numérisés lors des journées de collecte",
                    ar="الوثائق المرقمنة خلال أيام الجمع",
                    en="Documents digitised at the collection days",
                    zgh="ⵉⵙⵍⴽⵉⵏ ⵍⵍⵉ ⵉⵜⵜⵓⵙⵎⴹⵏⵏ ⴳ ⵓⵙⵙⴰⵏ ⵏ ⵓⵙⵎⵓⵏ",
                ),
                "value": "640",
            },
            {
                "label": Text(
                    fr="Familles participantes",
                    ar="الأسر المشاركة",
                    en="Participating families",
                    zgh="ⵜⵉⵡⴰⵛⵓⵍⵉⵏ ⵍⵍⵉ ⴷ ⵉⴷⴷⴰⵏ",
                ),
                "value": "112",
            },
        ],
        "attachment_title": Text(
            fr="Journées de collecte d’archives familiales : méthode et bilan",
            ar="أيام جمع الأرشيفات العائلية: المنهجية والحصيلة",
            en="Family archive collection days: method and results",
            zgh="ⵓⵙⵙⴰⵏ ⵏ ⵓⵙⵎⵓⵏ ⵏ ⵉⵔⵛⵉⴼⵏ ⵏ ⵜⵡⴰⵛⵓⵍⵜ: ⵜⴰⵖⴰⵔⴰⵙⵜ ⴷ ⵜⵢⴰⴼⵓⵜⵉⵏ",
        ),
    },
    {
        "key": "measuring-diaspora-engagement",
        "slug": Text(
            fr="mesurer-engagement-diaspora",
            ar="قياس مشاركة الجالية أبعد من التحويلات المالية",
            en="measuring-diaspora-engagement",
            zgh="ⴰⵙⵙⴽⵜⵍ ⵏ ⵓⵙⵎⵓⵜⵜⴳ ⵏ ⵉⵏⵎⵓⴷⴷⴰ ⵓⴳⴰⵔ ⵏ ⵉⴷⵔⵉⵎⵏ ⵍⵍⵉ ⵜⵜⴰⵣⵏⵏ",
        ),
        "title": Text(
            fr="Mesurer l’engagement de la diaspora au-delà des transferts de fonds",
            ar="قياس مشاركة الجالية أبعد من التحويلات المالية",
            en="Measuring diaspora engagement beyond remittances",
            zgh="ⴰⵙⵙⴽⵜⵍ ⵏ ⵓⵙⵎⵓⵜⵜⴳ ⵏ ⵉⵏⵎⵓⴷⴷⴰ ⵓⴳⴰⵔ ⵏ ⵉⴷⵔⵉⵎⵏ ⵍⵍⵉ ⵜⵜⴰⵣⵏⵏ",
        ),
        "kind": "policy-brief",
        "summary": Text(
            fr="Les transferts de fonds des migrants pèsent lourd dans l’économie de nombreux pays, mais ils ne disent rien des compétences, des investissements ou de l’engagement civique de la diaspora. Cette note propose aux institutions partenaires un socle commun de douze indicateurs, testé au Maroc et en Tunisie.",
            ar="تحتل تحويلات المهاجرين المالية وزناً كبيراً في اقتصادات بلدان عديدة، لكنها لا تكشف شيئاً عن كفاءات الجالية أو استثماراتها أو انخراطها المدني. وتقترح هذه الورقة على المؤسسات الشريكة قاعدة مشتركة من اثني عشر مؤشراً جرى اختبارها في المغرب وتونس.",
            en="Migrants’ remittances weigh heavily in the economies of many countries, yet they say nothing about the diaspora’s skills, investments or civic engagement. This brief offers partner institutions a common core of twelve indicators, tested in Morocco and Tunisia.",
            zgh="ⵉⴷⵔⵉⵎⵏ ⵍⵍⵉ ⵜⵜⴰⵣⵏⵏ ⵉⵏⵎⵓⴷⴷⴰ ⵖⵓⵔⵙⵏ ⴰⵣⴰⵢ ⴰⵎⵇⵔⴰⵏ ⴳ ⵜⴷⵎⵙⴰ ⵏ ⵜⵎⵓⵔⴰ ⵉⴳⵓⵜⵏ, ⵎⴰⵛⴰ ⵓⵔ ⴰⵖ ⵜⵜⵉⵏⵉⵏ ⴰⵡⴷ ⵢⴰⵜ ⴼ ⵜⵉⵣⵎⵎⴰⵔ, ⵉⵙⵎⵔⵙⵏ ⵏ ⵉⴷⵔⵉⵎⵏ ⵏⵖ ⴰⵙⵎⵓⵜⵜⴳ ⴳ ⵜⵓⴷⵔⵜ ⵜⴰⴳⴷⵓⴷⴰⵏⵜ ⵏ ⵉⵏⵎⵓⴷⴷⴰ. ⵜⴰⴱⵔⴰⵜ ⴰⴷ ⵜⵙⵓⵎⵔ ⵉ ⵜⵙⵏⵓⵔⴰⵢⵉⵏ ⵜⵉⵎⴷⴷⵓⴽⴽⴰⵍ ⵢⴰⵜ ⵜⵍⴳⴰⵎⵜ ⵏ 12 ⵏ ⵉⵎⴰⵜⴰⵔⵏ ⵍⵍⵉ ⵣⵎⵔⵏⵜ ⴰⴷ ⵙⵎⵔⵙⵏⵜ ⵎⴰⵕⵕⴰ, ⵜⵜⵓⵔⵎ ⴳ ⵍⵎⵖⵔⵉⴱ ⴷ ⵜⵓⵏⵙ.",
        ),
        "institutions": [
            "be-diaspora-research-centre",
            "ma-diaspora-council",
            "tn-expat-office",
        ],
        "contact_institution": "be-diaspora-research-centre",
        "countries": ["BE", "MA", "TN"],
        "themes": ["monitoring-and-evaluation"],
        "sdgs": [10, 17],
        "published": "2025-01-28",
        "body": [
            Text(
                fr="Le Pacte mondial pour des migrations sûres, ordonnées et régulières, adopté en 2018, invite les États à créer les conditions permettant aux migrants et aux diasporas de contribuer pleinement au développement durable. De son côté, la cible 10.c des objectifs de développement durable vise à ramener le coût des transferts de fonds sous 3 % d’ici à 2030. Ces engagements restent difficiles à suivre sans données comparables d’un pays à l’autre.",
                ar="يدعو الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، المعتمد سنة 2018، الدولَ إلى تهيئة الظروف التي تمكّن المهاجرين والجاليات من الإسهام الكامل في التنمية المستدامة. ومن جهتها، تهدف الغاية 10.ج من أهداف التنمية المستدامة إلى خفض تكاليف التحويلات المالية إلى أقل من 3 في المائة بحلول سنة 2030. غير أن تتبع هذه الالتزامات يظل صعباً في غياب بيانات قابلة للمقارنة بين البلدان.",
                en="The Global Compact for Safe, Orderly and Regular Migration, adopted in 2018, calls on states to create conditions for migrants and diasporas to contribute fully to sustainable development. Target 10.c of the Sustainable Development Goals, for its part, aims to bring the cost of remittances below 3% by 2030. These commitments remain hard to track without data that can be compared from one country to another.",
                zgh="ⴰⵎⵙⴰⵙⴰ ⴰⵎⴰⴹⵍⴰⵏ ⵉ ⵓⵎⵓⴷⴷⵓ ⵉⵜⵜⵓⵃⴹⴰⵏ, ⵉⵜⵜⵓⵙⵓⴷⵙⵏ ⴷ ⵉⵎⵙⴰⵙⴰⵏ ⴷ ⵓⵣⵔⴼ, ⵍⵍⵉ ⵉⵜⵜⵓⵇⴱⵍⵏ ⴳ 2018, ⴰⵔ ⵉⵖⵔⵔⴰ ⵉ ⵜⵎⵓⵔⴰ ⴰⴷ ⵙⵡⵓⴷⴷⵓⵏⵜ ⵜⵉⴼⴰⴷⵉⵡⵉⵏ ⵍⵍⵉ ⵙ ⵣⵎⵔⵏ ⵉⵏⵎⵓⴷⴷⴰ ⴷ ⵜⵎⵓⵏⵉⵏ ⵏⵏⵙⵏ ⴳ ⴱⵕⵕⴰ ⴰⴷ ⵙⵎⵓⵜⵜⴳⵏ ⵙ ⵎⴰⵕⵕⴰ ⵜⵉⵣⵎⵎⴰⵔ ⵏⵏⵙⵏ ⴳ ⵓⵏⴼⵍⵓⵙ ⵉⵖⵣⵣⵉⴼⵏ. ⵢⴰⵏ ⵓⵙⵡⵉⵜ ⴰⵎⵥⵥⴰⵏ ⵏ ⵓⵙⵡⵉⵜ ⵡⵉⵙⵙ 10 ⵏ ⵓⵏⴼⵍⵓⵙ ⵉⵖⵣⵣⵉⴼⵏ ⵉⵔⴰ ⴰⴷ ⵉⵙⵎⵥⵥⵉ ⴰⵜⵉⴳ ⵏ ⵓⵙⵙⵉⵡⴹ ⵏ ⵉⴷⵔⵉⵎⵏ ⴰⵔ ⴷⴷⴰⵡ ⵏ 3 % ⴰⵔ 2030. ⵉⵛⵇⵇⴰ ⵓⴹⴼⴼⵓⵕ ⵏ ⵉⵙⵡⵉⵜⵏ ⴰⴷ ⴱⵍⴰ ⵉⵙⴼⴽⴰ ⵍⵍⵉ ⵉⵣⵎⵔⵏ ⴰⴷ ⵜⵜⵓⵙⵎⵣⴰⵣⴰⵍⵏ ⴳⵔ ⵢⴰⵜ ⵜⵎⵓⵔⵜ ⴷ ⵜⴰⵢⵢⴰⴹ.",
            ),
            Text(
                fr="Le Centre Mosaïque propose douze indicateurs répartis en quatre familles : compétences mobilisées, investissements productifs, participation associative et liens culturels. Testés en 2024 par le Conseil Tamesna et le Bureau Bab Bhar, huit d’entre eux ont pu être renseignés à partir de données existantes. Les quatre autres exigent une enquête légère auprès de la diaspora, à répéter tous les deux ans.",
                ar="يقترح مركز موزاييك اثني عشر مؤشراً موزعة على أربع فئات: الكفاءات المعبأة، والاستثمارات المنتجة، والمشاركة الجمعوية، والروابط الثقافية. وقد اختبرها مجلس تامسنا ومكتب باب بحر سنة 2024، فأمكن ملء ثمانية منها انطلاقاً من بيانات متوفرة. أما الأربعة الأخرى فتتطلب استطلاعاً خفيفاً لدى الجالية يُعاد كل سنتين.",
                en="The Mosaic Centre proposes twelve indicators in four groups: skills mobilised, productive investment, participation in associations and cultural ties. When the Tamesna Council and the Bab Bhar Office tested them in 2024, eight could be filled in from existing data. The other four require a light survey of the diaspora, to be repeated every two years.",
                zgh="ⵉⵙⵓⵎⵔ ⵓⵎⵎⴰⵙ ⵎⵓⵣⴰⵢⵉⴽ 12 ⵏ ⵉⵎⴰⵜⴰⵔⵏ ⴳ ⴽⴽⵓⵥ ⵏ ⵉⵙⵓⵜⵍ: ⵜⵉⵣⵎⵎⴰⵔ ⵍⵍⵉ ⵉⵜⵜⵓⵙⵎⵓⵏⵏ, ⵉⵙⵎⵔⵙⵏ ⵏ ⵉⴷⵔⵉⵎⵏ ⵍⵍⵉ ⵉⵙⵙⵓⴼⵓⵖⵏ, ⴰⵙⵎⵓⵜⵜⴳ ⴳ ⵜⵎⵙⵎⵓⵏⵉⵏ ⴷ ⵉⵣⴷⴰⵢⵏ ⵉⴷⵍⵙⴰⵏⵏ. ⴳ 2024, ⵔⵎⵏ ⵜⵏ ⵓⴳⵔⴰⵡ ⵏ ⵜⴰⵎⵙⵏⴰ ⴷ ⵓⴱⵉⵔⵓ ⵏ ⴱⴰⴱ ⴱⵃⴰⵕ, ⵜⴰⵎ ⴳⵉⵙⵏ ⵜⵜⵓⵄⵎⵎⵔⵏ ⵙ ⵉⵙⴼⴽⴰ ⵍⵍⵉ ⵉⵍⵍⴰⵏ ⵢⴰⴷ. ⴽⴽⵓⵥ ⵢⴰⴹⵏⵉⵏ ⵔⴰⵏ ⵢⴰⵏ ⵓⵙⵇⵙⵉ ⵉⴼⵙⵓⵙⵏ ⴳ ⵉⵏⵎⵓⴷⴷⴰ, ⵍⵍⵉ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵜⵜⵓⵄⴰⵡⴷ ⴽⵓ ⵙⵉⵏ ⵉⵙⴳⴳⵯⴰⵙⵏ.",
            ),
        ],
        "key_lessons": [
            Text(
                fr="Les transferts de fonds ne suffisent pas à décrire la contribution d’une diaspora.",
                ar="لا تكفي التحويلات المالية لوصف إسهام الجالية.",
                en="Remittances alone cannot describe what a diaspora contributes.",
                zgh="ⵉⴷⵔⵉⵎⵏ ⵍⵍⵉ ⵜⵜⴰⵣⵏⵏ ⵉⵏⵎⵓⴷⴷⴰ ⵓⵔ ⵇⴰⴷⴷⵏ ⵉ ⵓⴳⵍⴰⵎ ⵏ ⵓⵙⵎⵓⵜⵜⴳ ⵏⵏⵙⵏ ⴰⴽⴽⵯ.",
            ),
            Text(
                fr="Partir des données déjà collectées réduit fortement le coût du suivi.",
                ar="الانطلاق من البيانات المجمّعة سلفاً يخفض كلفة التتبع بشكل كبير.",
                en="Starting from data already collected sharply cuts the cost of monitoring.",
                zgh="ⴰⵙⵙⵏⵜⵉ ⵙⴳ ⵉⵙⴼⴽⴰ ⵍⵍⵉ ⵉⵜⵜⵓⵙⵎⵓⵏⵏ ⵢⴰⴷ ⵉⵙⵎⵥⵥⵉ ⵙ ⵡⴰⵟⵟⴰⵚ ⴰⵜⵉⴳ ⵏ ⵓⴹⴼⴼⵓⵕ.",
            ),
            Text(
                fr="S’accorder entre pays sur le sens de chaque indicateur vaut mieux que multiplier les indicateurs.",
                ar="الاتفاق بين البلدان على معنى كل مؤشر أجدى من تكثير المؤشرات.",
                en="Agreeing across countries on what each indicator means is worth more than multiplying indicators.",
                zgh="ⴰⵎⵙⴰⵙⴰ ⵏ ⵜⵎⵓⵔⴰ ⴼ ⵓⵏⴰⵎⴽ ⵏ ⴽⵓ ⴰⵎⴰⵜⴰⵔ ⵢⵓⴼ ⴰⵟⵟⴰⵚ ⵏ ⵉⵎⴰⵜⴰⵔⵏ.",
            ),
        ],
        "indicators": [
            {
                "label": Text(
                    fr="Indicateurs du socle commun",
                    ar="مؤشرات القاعدة المشتركة",
                    en="Indicators in the common core",
                    zgh="ⵉⵎⴰⵜⴰⵔⵏ ⵉⵎⵓⵏⵏ ⴳⵔ ⵜⵎⵓⵔⴰ",
                ),
                "value": "12",
            },
            {
                "label": Text(
                    fr="Indicateurs renseignés avec des données existantes",
                    ar="المؤشرات المملوءة ببيانات متوفرة",
                    en="Indicators filled in from existing data",
                    zgh="ⵉⵎⴰⵜⴰⵔⵏ ⵍⵍⵉ ⵉⵜⵜⵓⵄⵎⵎⵔⵏ ⵙ ⵉⵙⴼⴽⴰ ⵍⵍⵉ ⵉⵍⵍⴰⵏ",
                ),
                "value": "8 / 12",
            },
        ],
        "attachment_title": Text(
            fr="Note d’orientation : un socle commun d’indicateurs d’engagement de la diaspora",
            ar="ورقة سياسات: قاعدة مشتركة لمؤشرات مشاركة الجالية",
            en="Policy brief: a common core of diaspora engagement indicators",
            zgh="ⵜⴰⴱⵔⴰⵜ ⵏ ⵜⵙⵔⵜⵉⵜ: ⵉⵎⴰⵜⴰⵔⵏ ⵉⵎⵓⵏⵏ ⵏ ⵓⵙⵎⵓⵜⵜⴳ ⵏ ⵉⵏⵎⵓⴷⴷⴰ",
        ),
    },
    {
        "key": "online-youth-consultation",
        "slug": Text(
            fr="consultation-en-ligne-jeunes",
            ar="ما تعلمناه من استشارة إلكترونية لشباب الجالية",
            en="online-youth-consultation",
            zgh="ⵎⴰⴷ ⵏⵍⵎⴷ ⵙⴳ ⵓⵙⵇⵙⵉ ⴳ ⵓⵥⵟⵟⴰ ⵉ ⵉⵍⵎⵥⵢⴰⵏ ⵏ ⵉⵏⵎⵓⴷⴷⴰ",
        ),
        "title": Text(
            fr="Ce que nous a appris une consultation en ligne des jeunes de la diaspora",
            ar="ما تعلمناه من استشارة إلكترونية لشباب الجالية",
            en="What an online consultation of young diaspora members taught us",
            zgh="ⵎⴰⴷ ⵏⵍⵎⴷ ⵙⴳ ⵓⵙⵇⵙⵉ ⴳ ⵓⵥⵟⵟⴰ ⵉ ⵉⵍⵎⵥⵢⴰⵏ ⵏ ⵉⵏⵎⵓⴷⴷⴰ",
        ),
        "kind": "lesson-learned",
        "summary": Text(
            fr="En 2023, le Bureau Bab Bhar et le Conseil Tamesna ont lancé une consultation en ligne commune pour connaître les attentes des 18-30 ans nés ou élevés à l’étranger. La participation a dépassé les prévisions, mais les répondants ressemblaient trop aux publics déjà proches des deux institutions.",
            ar="في سنة 2023، أطلق مكتب باب بحر ومجلس تامسنا استشارة إلكترونية مشتركة لمعرفة تطلعات الشباب بين 18 و30 سنة ممن وُلدوا أو نشؤوا في الخارج. وقد فاقت المشاركة التوقعات، لكن المجيبين كانوا أشبه ما يكونون بالفئات القريبة أصلاً من المؤسستين.",
            en="In 2023 the Bab Bhar Office and the Tamesna Council launched a joint online consultation to learn what 18- to 30-year-olds born or raised abroad expect from them. Turnout exceeded forecasts, but respondents looked too much like the audiences already close to the two institutions.",
            zgh="ⴳ 2023, ⵙⵏⵜⵉⵏ ⵓⴱⵉⵔⵓ ⵏ ⴱⴰⴱ ⴱⵃⴰⵕ ⴷ ⵓⴳⵔⴰⵡ ⵏ ⵜⴰⵎⵙⵏⴰ ⵢⴰⵏ ⵓⵙⵇⵙⵉ ⴳ ⵓⵥⵟⵟⴰ ⴰⴷ ⵙⵙⵏⵏ ⵎⴰⴷ ⵔⴰⵏ ⵉⵍⵎⵥⵢⴰⵏ ⵏ 18 ⴰⵔ 30 ⵏ ⵓⵙⴳⴳⵯⴰⵙ ⵍⵍⵉ ⵉⵍⴰⵍⵏ ⵏⵖ ⵉⵎⵖⵉⵏ ⴳ ⴱⵕⵕⴰ. ⵉⵣⵔⵉ ⵓⵎⴹⴰⵏ ⵏ ⵡⵉⵍⵍⵉ ⵉⵙⵎⵓⵜⵜⴳⵏ ⵎⴰⴷ ⵉⵜⵜⵓⵔⵊⴰⵏ, ⵎⴰⵛⴰ ⵡⵉⵍⵍⵉ ⴷ ⵉⵔⴰⵔⵏ ⵎⵎⵔⵡⴰⵙⵏ ⵙ ⵡⴰⵟⵟⴰⵚ ⴷ ⵎⵉⴷⴷⵏ ⵍⵍⵉ ⵢⴰⴷ ⵉⵜⵜⴰⵎⵥⵏ ⴰⵣⴷⴰⵢ ⴷ ⵙⵏⴰⵜ ⵜⵙⵏⵓⵔⴰⵢⵉⵏ.",
        ),
        "institutions": ["tn-expat-office", "ma-diaspora-council"],
        "contact_institution": "tn-expat-office",
        "countries": ["TN", "MA"],
        "themes": ["digital-engagement"],
        "sdgs": [10, 16, 17],
        "published": "2024-09-09",
        "body": [
            Text(
                fr="Le questionnaire, disponible en arabe, en français, en anglais et en néerlandais, a été diffusé pendant six semaines sur les réseaux sociaux des deux institutions. Il a recueilli 4 300 réponses, dont près des trois quarts venaient de jeunes diplômés vivant dans de grandes villes européennes. Les jeunes travailleurs, ceux qui vivent hors d’Europe et les moins à l’aise à l’écrit ont très peu répondu.",
                ar="نُشر الاستبيان، المتوفر بالعربية والفرنسية والإنجليزية والهولندية، طيلة ستة أسابيع على شبكات التواصل الاجتماعي للمؤسستين. وجمع 4300 جواب، ما يقارب ثلاثة أرباعها من شباب حاصلين على شهادات عليا يعيشون في مدن أوروبية كبرى. أما الشباب العاملون والمقيمون خارج أوروبا والأقل ارتياحاً للكتابة فلم يشارك منهم إلا القليل.",
                en="The questionnaire, available in Arabic, French, English and Dutch, was circulated for six weeks on the two institutions’ social media. It gathered 4,300 responses, nearly three quarters of them from young graduates living in large European cities. Young workers, those living outside Europe and those less comfortable with writing hardly responded at all.",
                zgh="ⵜⴰⵍⴳⴰⵎⵜ ⵏ ⵉⵙⵇⵙⵉⵜⵏ, ⵍⵍⵉ ⵉⵍⵍⴰⵏ ⵙ ⵜⵄⵔⴰⴱⵜ, ⵜⴼⵔⴰⵏⵙⵉⵙⵜ, ⵜⵏⴳⵍⵉⵣⵜ ⴷ ⵜⵀⵓⵍⴰⵏⴷⵉⵜ, ⵜⵍⵍⴰ ⵚⴹⵉⵚ ⵉⵎⴰⵍⴰⵙⵏ ⴳ ⵉⵥⵟⵟⴰ ⵉⵏⴰⵎⵓⵏⵏ ⵏ ⵙⵏⴰⵜ ⵜⵙⵏⵓⵔⴰⵢⵉⵏ. ⵜⵙⵎⵓⵏ 4300 ⵏ ⵜⵉⵔⴰⵔⵉⵏ, ⴰⵎⵎ 75 % ⴳⵉⵙⵏⵜ ⵙⴳ ⵉⵍⵎⵥⵢⴰⵏ ⵍⵍⵉ ⵢⵓⵍⵎⴷⵏ ⴳ ⵜⵙⴷⴰⵡⵉⵜ ⴷ ⵉⵣⴷⵖⵏ ⴳ ⵜⵎⴷⵉⵏⵉⵏ ⵜⵉⵎⵇⵔⴰⵏⵉⵏ ⵏ ⵓⵔⵓⴱⴰ. ⵉⵍⵎⵥⵢⴰⵏ ⵉⵅⴷⴷⴰⵎⵏ, ⵡⵉⵍⵍⵉ ⵉⵣⴷⵖⵏ ⴱⵕⵕⴰ ⵏ ⵓⵔⵓⴱⴰ ⴷ ⵡⵉⵍⵍⵉ ⵓⵔ ⵉⴼⵙⵓⵙⵏ ⴳ ⵜⵉⵔⵔⴰ ⵓⵔ ⴷ ⵔⴰⵔⵏ ⵖⴰⵙ ⵉⵎⵉⴽ.",
            ),
            Text(
                fr="Pour la deuxième vague, prévue en 2025, les deux institutions ont confié une partie de la diffusion à des associations locales et à des clubs sportifs, et ajouté des messages vocaux en arabe dialectal tunisien et marocain ainsi qu’en tamazight. Elles organiseront aussi des rencontres en présentiel à Marseille, Milan et Montréal. L’objectif n’est plus le nombre de réponses mais leur diversité.",
                ar="وفي الموجة الثانية المبرمجة سنة 2025، أسندت المؤسستان جزءاً من النشر إلى جمعيات محلية ونوادٍ رياضية، وأضافتا رسائل صوتية بالدارجتين التونسية والمغربية وبالأمازيغية. كما ستنظمان لقاءات حضورية في مرسيليا وميلانو ومونتريال. ولم يعد الهدف عدد الأجوبة بل تنوعها.",
                en="For the second round, planned for 2025, the two institutions have handed part of the outreach to local associations and sports clubs, and added voice messages in Tunisian and Moroccan Arabic and in Tamazight. They will also hold in-person meetings in Marseille, Milan and Montreal. The aim is no longer the number of responses but their diversity.",
                zgh="ⵉ ⵜⵉⴽⴽⵍⵜ ⵜⵉⵙ ⵙⵏⴰⵜ, ⵍⵍⵉ ⵉⵜⵜⵓⵙⵏⵜⵎⵏ ⴳ 2025, ⴼⴽⴰⵏⵜ ⵙⵏⴰⵜ ⵜⵙⵏⵓⵔⴰⵢⵉⵏ ⴽⵔⴰ ⵙⴳ ⵓⵙⵙⵏⵛⵔ ⵉ ⵜⵎⵙⵎⵓⵏⵉⵏ ⵜⵉⴷⵖⴰⵔⴰⵏⵉⵏ ⴷ ⵜⵉⵏ ⵓⴷⴷⴰⵍ, ⵔⵏⴰⵏⵜ ⵜⵉⴱⵔⴰⵜⵉⵏ ⵙ ⵓⵎⵙⵍⴰⵢ ⵙ ⵜⵄⵔⴰⴱⵜ ⵏ ⵜⵓⵏⵙ ⴷ ⵜⵉⵏ ⵍⵎⵖⵔⵉⴱ ⴷ ⵜⵎⴰⵣⵉⵖⵜ. ⵔⴰⴷ ⵙⵙⵓⴷⵙⵏⵜ ⴰⵡⴷ ⵉⵏⵎⵓⴳⴳⴰⵔⵏ ⵙ ⵓⴷⵎ ⴷ ⵓⴷⵎ ⴳ ⵎⴰⵔⵙⵉⵍⵢⴰ, ⵎⵉⵍⴰⵏⵓ ⴷ ⵎⵓⵏⵔⵢⴰⵍ. ⵓⵔ ⵉⴳⵉ ⵓⵙⵡⵉⵜ ⴰⵎⴹⴰⵏ ⵏ ⵜⵉⵔⴰⵔⵉⵏ, ⵉⴳⴰ ⴰⵎⵢⴰⵏⴰⵡ ⵏⵏⵙⵏⵜ.",
            ),
        ],
        "key_lessons": [
            Text(
                fr="Un bon taux de réponse peut masquer l’absence de publics entiers.",
                ar="قد يُخفي معدل إجابة جيد غياب فئات بأكملها.",
                en="A good response rate can hide the absence of entire groups.",
                zgh="ⴰⵎⴹⴰⵏ ⵉⴼⵓⵍⴽⵉⵏ ⵏ ⵜⵉⵔⴰⵔⵉⵏ ⵉⵣⵎⵔ ⴰⴷ ⵉⴼⴼⵔ ⵉⵙ ⵓⵔ ⴷ ⵔⴰⵔⵏⵜ ⴽⵔⴰ ⵏ ⵜⵔⴰⴱⴱⵓⵜⵉⵏ ⵎⴰⵕⵕⴰ.",
            ),
            Text(
                fr="Les relais de proximité atteignent des jeunes que les comptes institutionnels ne touchent jamais.",
                ar="يصل الوسطاء المحليون إلى شباب لا تبلغهم الحسابات المؤسساتية أبداً.",
                en="Local intermediaries reach young people whom institutional accounts never reach.",
                zgh="ⵜⵉⵎⵙⵎⵓⵏⵉⵏ ⴷ ⵉⴽⵍⵉⴱⵏ ⵉⴷⵖⴰⵔⴰⵏⵏ ⴰⵔ ⵍⴽⵎⵏ ⵉⵍⵎⵥⵢⴰⵏ ⵍⵍⵉ ⵓⵔ ⵊⵊ ⵍⴽⵉⵎⵏⵜ ⵜⵙⵏⵉⵡⵉⵏ ⵏ ⵜⵙⵏⵓⵔⴰⵢⵉⵏ.",
            ),
            Text(
                fr="Une consultation en ligne gagne à être complétée par des rencontres en présentiel.",
                ar="تكسب الاستشارة الإلكترونية كثيراً حين تُستكمل بلقاءات حضورية.",
                en="An online consultation works better when it is complemented by in-person meetings.",
                zgh="ⴰⵙⵇⵙⵉ ⴳ ⵓⵥⵟⵟⴰ ⵉⵖⵓⴷⴰ ⵓⴳⴳⴰⵔ ⵉⴳ ⴷ ⵉⵎⵓⵏ ⴷ ⵉⵏⵎⵓⴳⴳⴰⵔⵏ ⵙ ⵓⴷⵎ ⴷ ⵓⴷⵎ.",
            ),
        ],
        "indicators": [
            {
                "label": Text(
                    fr="Réponses reçues",
                    ar="الأجوبة المتوصل بها",
                    en="Responses received",
                    zgh="ⵜⵉⵔⴰⵔⵉⵏ ⵍⵍⵉ ⴷ ⵉⵍⴽⵎⵏ",
                ),
                "value": "4 300",
            },
            {
                "label": Text(
                    fr="Répondants vivant hors d’Europe",
                    ar="المجيبون المقيمون خارج أوروبا",
                    en="Respondents living outside Europe",
                    zgh="ⵡⵉⵍⵍⵉ ⴷ ⵉⵔⴰⵔⵏ ⵉⵣⴷⵖⵏ ⴱⵕⵕⴰ ⵏ ⵓⵔⵓⴱⴰ",
                ),
                "value": "9 %",
            },
        ],
        "attachment_title": Text(
            fr="Consultation en ligne des jeunes de la diaspora : enseignements de la première vague",
            ar="الاستشارة الإلكترونية لشباب الجالية: دروس الموجة الأولى",
            en="Online consultation of young diaspora members: lessons from the first round",
            zgh="ⴰⵙⵇⵙⵉ ⴳ ⵓⵥⵟⵟⴰ ⵉ ⵉⵍⵎⵥⵢⴰⵏ ⵏ ⵉⵏⵎⵓⴷⴷⴰ: ⵎⴰⴷ ⵏⵍⵎⴷ ⴳ ⵜⵉⴽⴽⵍⵜ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ",
        ),
    },
    {
        "key": "multilingual-webinar-toolkit",
        "slug": Text(
            fr="boite-a-outils-webinaires-multilingues",
            ar="عدة عمل لتنظيم ندوات إلكترونية متعددة اللغات مع الجالية",
            en="multilingual-webinar-toolkit",
            zgh="ⵜⴰⵙⵏⴷⵓⵇⵜ ⵏ ⵉⵍⵍⴰⵍⵏ ⵉ ⵉⵏⵎⵓⴳⴳⴰⵔⵏ ⴳ ⵓⵥⵟⵟⴰ ⵙ ⵜⵓⵜⵍⴰⵢⵉⵏ ⵉⴳⵓⵜⵏ ⴷ ⵉⵏⵎⵓⴷⴷⴰ",
        ),
        "title": Text(
            fr="Boîte à outils pour des webinaires multilingues avec la diaspora",
            ar="عدة عمل لتنظيم ندوات إلكترونية متعددة اللغات مع الجالية",
            en="Toolkit for multilingual webinars with the diaspora",
            zgh="ⵜⴰⵙⵏⴷⵓⵇⵜ ⵏ ⵉⵍⵍⴰⵍⵏ ⵉ ⵉⵏⵎⵓⴳⴳⴰⵔⵏ ⴳ ⵓⵥⵟⵟⴰ ⵙ ⵜⵓⵜⵍⴰⵢⵉⵏ ⵉⴳⵓⵜⵏ ⴷ ⵉⵏⵎⵓⴷⴷⴰ",
        ),
        "kind": "toolkit",
        "summary": Text(
            fr="Cette boîte à outils rassemble les modèles, listes de vérification et conseils techniques que le Conseil Tamesna et le Réseau Lagune utilisent pour organiser des webinaires en plusieurs langues. Elle s’adresse aux petites équipes qui n’ont ni studio ni budget d’interprétation professionnelle.",
            ar="تجمع عدة العمل هذه النماذج وقوائم التحقق والنصائح التقنية التي يعتمدها مجلس تامسنا وشبكة لاغون لتنظيم ندوات إلكترونية بعدة لغات. وهي موجهة إلى الفرق الصغيرة التي لا تملك استوديو ولا ميزانية للترجمة الفورية الاحترافية.",
            en="This toolkit brings together the templates, checklists and technical tips that the Tamesna Council and the Lagoon Network use to run webinars in several languages. It is aimed at small teams with neither a studio nor a budget for professional interpreting.",
            zgh="ⵜⴰⵙⵏⴷⵓⵇⵜ ⴰⴷ ⵜⵙⵎⵓⵏ ⵉⵎⴷⵢⴰ, ⵜⵉⵍⴳⴰⵎⵉⵏ ⵏ ⵓⵙⵙⴼⵇⴷ ⴷ ⵉⵙⵎⵍⵏ ⵉⵜⵉⵇⵏⵉⵢⵏ ⵍⵍⵉ ⵙⵎⵔⵙⵏ ⵓⴳⵔⴰⵡ ⵏ ⵜⴰⵎⵙⵏⴰ ⴷ ⵓⵥⵟⵟⴰ ⵏ ⵍⴰⴳⵓⵏ ⴰⴷ ⵙⵙⵓⴷⵙⵏ ⵉⵏⵎⵓⴳⴳⴰⵔⵏ ⴳ ⵓⵥⵟⵟⴰ ⵙ ⵜⵓⵜⵍⴰⵢⵉⵏ ⵉⴳⵓⵜⵏ. ⵜⵜⵓⵙⵡⵓⴷⴷⵓ ⵉ ⵜⵔⴰⴱⴱⵓⵜⵉⵏ ⵜⵉⵎⵥⵥⵢⴰⵏⵉⵏ ⵍⵍⵉ ⵓⵔ ⵖⵓⵔⵙⵏⵜ ⴰⵙⵜⵓⴷⵢⵓ ⵓⵍⴰ ⵉⴷⵔⵉⵎⵏ ⵏ ⵓⵙⵓⵖⵍ ⵙ ⵉⵎⵉ ⵙⴳ ⵉⵎⵙⵡⵓⵔⵉ.",
        ),
        "institutions": ["ma-diaspora-council", "ci-diaspora-network"],
        "contact_institution": "ma-diaspora-council",
        "countries": ["MA", "CI"],
        "themes": ["digital-engagement"],
        "sdgs": [10, 17],
        "published": "2025-04-15",
        "body": [
            Text(
                fr="La boîte à outils suit les trois temps d’un webinaire : la préparation, la diffusion et le suivi. Elle propose un modèle d’invitation en quatre langues, une grille pour choisir entre sous-titrage automatique et interprétation bénévole, ainsi qu’une liste de vérification à parcourir une heure avant le direct. Chaque fiche indique le temps de travail nécessaire et les outils gratuits qui peuvent suffire.",
                ar="تتبع عدة العمل المراحل الثلاث للندوة الإلكترونية: الإعداد والبث والمتابعة. وتقترح نموذج دعوة بأربع لغات، وشبكة للاختيار بين الترجمة النصية الآلية والترجمة الفورية التطوعية، إضافة إلى قائمة تحقق تُراجَع قبل البث المباشر بساعة. وتبيّن كل بطاقة الوقت اللازم للعمل والأدوات المجانية التي قد تكفي.",
                en="The toolkit follows the three stages of a webinar: preparation, broadcast and follow-up. It offers an invitation template in four languages, a grid for choosing between automatic subtitles and volunteer interpreting, and a checklist to run through an hour before going live. Each sheet states the working time required and the free tools that may be enough.",
                zgh="ⵜⴰⵙⵏⴷⵓⵇⵜ ⵏ ⵉⵍⵍⴰⵍⵏ ⵜⴹⴼⵕ ⴽⵕⴰⴹ ⵉⵙⵡⵉⵔⵏ ⵏ ⵓⵏⵎⵓⴳⴳⴰⵔ ⴳ ⵓⵥⵟⵟⴰ: ⴰⵙⵡⵓⴷⴷⵓ, ⴰⵙⵙⵏⵛⵔ ⴷ ⵓⴹⴼⴼⵓⵕ. ⵜⵙⵓⵎⵔ ⵢⴰⵏ ⵓⵎⴷⵢⴰ ⵏ ⵜⵖⵔⵉ ⵙ ⴽⴽⵓⵥ ⵜⵓⵜⵍⴰⵢⵉⵏ, ⵢⴰⵜ ⵜⵍⵖⴰ ⵉ ⵓⵙⵜⴰⵢ ⴳⵔ ⵉⵏⵎⵎⴰⵍⵏ ⵉⵜⵜⵓⵙⵓⵖⵍⵏ ⵙ ⵜⵎⴰⵙⵉⵏⵜ ⴷ ⵓⵙⵓⵖⵍ ⵙ ⵉⵎⵉ ⵙⴳ ⵉⵎⴰⵡⴰⵙⵏ, ⴷ ⵢⴰⵜ ⵜⵍⴳⴰⵎⵜ ⵏ ⵓⵙⵙⴼⵇⴷ ⵍⵍⵉ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵜⵓⵖⵔⴰ ⵢⴰⵜ ⵜⵙⵔⴰⴳⵜ ⴷⴰⵜ ⵓⵙⵙⵏⵛⵔ ⴰⴷⴷⵉⵔ. ⴽⵓ ⵜⴰⵙⵏⴰ ⴰⵔ ⵜⵎⵎⴰⵍ ⴰⴽⵓⴷ ⵏ ⵓⵅⴷⴰⵎ ⵍⵍⵉ ⵉⵇⵇⴰⵏ ⴷ ⵉⵍⵍⴰⵍⵏ ⴱⵍⴰ ⴰⵜⵉⴳ ⵍⵍⵉ ⵉⵣⵎⵔⵏ ⴰⴷ ⵇⴰⴷⴷⵏ.",
            ),
            Text(
                fr="Les outils ont été éprouvés lors de dix-huit webinaires organisés entre 2023 et 2024 avec des participants connectés depuis vingt-six pays. L’interprétation bénévole par des membres de la diaspora a bien fonctionné pour l’arabe, le français et l’anglais, moins pour les langues nationales ivoiriennes, faute d’interprètes disponibles. Une seconde édition intégrera l’accessibilité pour les personnes sourdes et malentendantes.",
                ar="جُرّبت هذه الأدوات خلال ثماني عشرة ندوة إلكترونية نُظمت بين سنتي 2023 و2024 بمشاركة متصلين من ستة وعشرين بلداً. ونجحت الترجمة الفورية التطوعية التي أمّنها أفراد من الجالية بالنسبة إلى العربية والفرنسية والإنجليزية، وكانت أقل نجاحاً بالنسبة إلى اللغات الوطنية الإيفوارية لقلة المترجمين المتاحين. وستتضمن طبعة ثانية ما يلزم لتيسير المشاركة على الصم وضعاف السمع.",
                en="The tools were tried out in eighteen webinars held in 2023 and 2024, with participants joining from twenty-six countries. Volunteer interpreting by diaspora members worked well for Arabic, French and English, less so for Ivorian national languages, for lack of available interpreters. A second edition will cover accessibility for deaf and hard-of-hearing people.",
                zgh="ⵜⵜⵓⵔⵎⵏ ⵉⵍⵍⴰⵍⵏ ⴰⴷ ⴳ 18 ⵏ ⵉⵏⵎⵓⴳⴳⴰⵔⵏ ⴳ ⵓⵥⵟⵟⴰ ⵍⵍⵉ ⵉⵜⵜⵓⵙⵓⴷⵙⵏ ⴳⵔ 2023 ⴷ 2024, ⵙ ⵉⵎⵙⵎⵓⵜⵜⴳⵏ ⵙⴳ 26 ⵏ ⵜⵎⵓⵔⴰ. ⴰⵙⵓⵖⵍ ⵙ ⵉⵎⵉ ⵙⴳ ⵉⵎⴰⵡⴰⵙⵏ ⵏ ⵉⵏⵎⵓⴷⴷⴰ ⵉⴼⵓⵍⴽⵉ ⵉ ⵜⵄⵔⴰⴱⵜ, ⵜⴼⵔⴰⵏⵙⵉⵙⵜ ⴷ ⵜⵏⴳⵍⵉⵣⵜ, ⵎⴰⵛⴰ ⵓⵔ ⵉⴼⵓⵍⴽⵉ ⴰⵟⵟⴰⵚ ⵉ ⵜⵓⵜⵍⴰⵢⵉⵏ ⵜⵉⵏⴰⵎⵓⵔⵉⵏ ⵏ ⴽⵓⵜ ⴷⵉⴼⵡⴰⵔ, ⴰⵛⴽⵓ ⵓⵔ ⵍⵍⵉⵏ ⵉⵎⵙⵓⵖⵍⵏ. ⴰⵥⵕⵉⴳ ⵡⵉⵙ ⵙⵉⵏ ⵔⴰⴷ ⵉⵙⵎⵓⵏ ⵎⴰⵎⴽ ⴰⴷ ⵙⵎⵓⵜⵜⴳⵏ ⵡⵉⵍⵍⵉ ⵓⵔ ⵉⵙⵍⵍⴰⵏ ⵏⵖ ⵉⵙⵍⵍⴰⵏ ⵉⵎⵉⴽ.",
            ),
        ],
        "key_lessons": [
            Text(
                fr="Une répétition technique la veille évite la plupart des incidents du direct.",
                ar="بروفة تقنية في اليوم السابق تجنّب معظم أعطال البث المباشر.",
                en="A technical rehearsal the day before prevents most live incidents.",
                zgh="ⴰⵔⵎ ⴰⵜⵉⵇⵏⵉ ⴳ ⵡⴰⵙⵙ ⵍⵍⵉ ⴷ ⵉⵣⵡⴰⵔⵏ ⵉⴽⴽⵙ ⵜⵉⵎⵓⴽⵔⵉⵙⵉⵏ ⵏ ⵓⵙⵙⵏⵛⵔ ⴰⴷⴷⵉⵔ ⴰⴽⴽⵯ ⵖⴰⵙ ⵉⵎⵉⴽ.",
            ),
            Text(
                fr="Annoncer dès l’invitation les langues disponibles augmente la participation des personnes non francophones.",
                ar="الإعلان منذ الدعوة عن اللغات المتاحة يرفع مشاركة غير الناطقين بالفرنسية.",
                en="Announcing the available languages in the invitation increases participation by people who do not speak French.",
                zgh="ⴰⵙⵙⴼⵔⵓ ⵏ ⵜⵓⵜⵍⴰⵢⵉⵏ ⵍⵍⵉ ⵉⵍⵍⴰⵏⵉⵏ ⴳ ⵜⵖⵔⵉ ⵉⵙⵙⵓⴳⴰⵔ ⴰⵙⵎⵓⵜⵜⴳ ⵏ ⵡⵉⵍⵍⵉ ⵓⵔ ⵉⵙⴰⵡⴰⵍⵏ ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ.",
            ),
            Text(
                fr="Les interprètes bénévoles doivent recevoir les supports au moins deux jours avant la séance.",
                ar="ينبغي أن يتسلم المترجمون المتطوعون الوثائق قبل الجلسة بيومين على الأقل.",
                en="Volunteer interpreters should receive the materials at least two days before the session.",
                zgh="ⵉⵇⵇⴰⵏ ⵉⵎⵙⵓⵖⵍⵏ ⵉⵎⴰⵡⴰⵙⵏ ⴰⴷ ⴷ ⴰⵎⵥⵏ ⵉⵙⵍⴽⵉⵏ ⵙⵉⵏ ⵡⵓⵙⵙⴰⵏ ⵓⵍⴰ ⵓⴳⴳⴰⵔ ⴷⴰⵜ ⵜⵎⵢⴰⵔⵜ.",
            ),
        ],
        "indicators": [
            {
                "label": Text(
                    fr="Webinaires organisés avec la boîte à outils",
                    ar="الندوات الإلكترونية المنظمة باستعمال عدة العمل",
                    en="Webinars run using the toolkit",
                    zgh="ⵉⵏⵎⵓⴳⴳⴰⵔⵏ ⴳ ⵓⵥⵟⵟⴰ ⵍⵍⵉ ⵉⵜⵜⵓⵙⵓⴷⵙⵏ ⵙ ⵜⵙⵏⴷⵓⵇⵜ",
                ),
                "value": "18",
            },
            {
                "label": Text(
                    fr="Pays de connexion des participants",
                    ar="البلدان التي اتصل منها المشاركون",
                    en="Countries participants joined from",
                    zgh="ⵜⵉⵎⵓⵔⴰ ⵙⴳ ⴷ ⵇⵇⵏⵏ ⵉⵎⵙⵎⵓⵜⵜⴳⵏ",
                ),
                "value": "26",
            },
        ],
        "attachment_title": Text(
            fr="Boîte à outils : webinaires multilingues à petit budget",
            ar="عدة عمل: ندوات إلكترونية متعددة اللغات بميزانية محدودة",
            en="Toolkit: multilingual webinars on a small budget",
            zgh="ⵜⴰⵙⵏⴷⵓⵇⵜ ⵏ ⵉⵍⵍⴰⵍⵏ: ⵉⵏⵎⵓⴳⴳⴰⵔⵏ ⴳ ⵓⵥⵟⵟⴰ ⵙ ⵜⵓⵜⵍⴰⵢⵉⵏ ⵉⴳⵓⵜⵏ ⵙ ⵉⴷⵔⵉⵎⵏ ⵉⵎⵥⵥⵉⵏ",
        ),
    },
    {
        "key": "evaluation-training-module",
        "slug": Text(
            fr="former-a-evaluer-programme-diaspora",
            ar="تكوين الفرق على تقييم برنامج موجه للجالية",
            en="evaluation-training-module",
            zgh="ⴰⵙⵙⵍⵎⴷ ⵏ ⵜⵔⴰⴱⴱⵓⵜⵉⵏ ⴼ ⵓⵙⵙⵏⵇⴷ ⵏ ⵓⵖⴰⵡⴰⵙ ⵉ ⵉⵏⵎⵓⴷⴷⴰ",
        ),
        "title": Text(
            fr="Former les équipes à évaluer un programme pour la diaspora",
            ar="تكوين الفرق على تقييم برنامج موجه للجالية",
            en="Training teams to evaluate a diaspora programme",
            zgh="ⴰⵙⵙⵍⵎⴷ ⵏ ⵜⵔⴰⴱⴱⵓⵜⵉⵏ ⴼ ⵓⵙⵙⵏⵇⴷ ⵏ ⵓⵖⴰⵡⴰⵙ ⵉ ⵉⵏⵎⵓⴷⴷⴰ",
        ),
        "kind": "training-material",
        "summary": Text(
            fr="Conçu par le Centre Mosaïque avec la Direction Cap-Manuel, ce module de deux jours initie les agents des institutions de la diaspora à la théorie du changement, au choix d’indicateurs et à la collecte de données. Il comprend des présentations, des exercices sur des cas réels anonymisés et un guide pour l’animateur.",
            ar="صمّم مركز موزاييك بالتعاون مع مديرية كاب مانويل هذه الوحدة التكوينية الممتدة على يومين، لتعريف موظفي مؤسسات الجاليات بنظرية التغيير واختيار المؤشرات وجمع البيانات. وتتضمن عروضاً وتمارين على حالات حقيقية مجهولة الهوية ودليلاً للمنشط.",
            en="Designed by the Mosaic Centre with the Cap-Manuel Directorate, this two-day module introduces staff of diaspora institutions to theory of change, choosing indicators and collecting data. It includes presentations, exercises based on real anonymised cases and a facilitator’s guide.",
            zgh="ⵉⵙⵡⵓⴷⴷⵓ ⵜ ⵓⵎⵎⴰⵙ ⵎⵓⵣⴰⵢⵉⴽ ⴷ ⵜⵎⵀⵍⴰ ⵏ ⴽⴰⴱ-ⵎⴰⵏⵡⵉⵍ, ⴰⵙⵙⵍⵎⴷ ⴰⴷ ⵏ ⵙⵉⵏ ⵡⵓⵙⵙⴰⵏ ⴰⵔ ⵉⵙⵙⴽⴰⵏ ⵉ ⵉⵅⴷⴷⴰⵎⵏ ⵏ ⵜⵙⵏⵓⵔⴰⵢⵉⵏ ⵏ ⵉⵏⵎⵓⴷⴷⴰ ⵜⴰⵥⵕⵉ ⵏ ⵓⵙⵏⴼⵍ, ⴰⵙⵜⴰⵢ ⵏ ⵉⵎⴰⵜⴰⵔⵏ ⴷ ⵓⵙⵎⵓⵏ ⵏ ⵉⵙⴼⴽⴰ. ⴳⵉⵙ ⵉⵙⴽⴰⵏⵏ, ⵜⵉⵎⵙⴽⵉⵡⵉⵏ ⴼ ⵜⵉⵏⴼⵓⵙⵉⵏ ⵏ ⵜⵉⴷⵜ ⵍⵍⵉ ⵙⴳ ⵜⵜⵓⴽⴽⵙⵏ ⵉⵙⵎⴰⵡⵏ ⴷ ⵢⴰⵏ ⵓⵎⵏⴰⴷ ⵉ ⵓⵎⵙⵙⵓⴷⵙ ⵏ ⵓⵙⵙⵍⵎⴷ.",
        ),
        "institutions": ["be-diaspora-research-centre", "sn-diaspora-directorate"],
        "contact_institution": "be-diaspora-research-centre",
        "countries": ["BE", "SN"],
        "themes": ["monitoring-and-evaluation"],
        "sdgs": [16, 17],
        "published": "2024-02-19",
        "body": [
            Text(
                fr="La première journée part d’un programme existant, que les participants décomposent en activités, produits et effets attendus. Ils apprennent à distinguer ce que l’institution contrôle de ce qu’elle peut seulement influencer, comme la décision d’un membre de la diaspora d’investir au pays. La seconde journée est consacrée au choix de quatre ou cinq indicateurs réalistes et aux façons de les renseigner à moindre coût.",
                ar="ينطلق اليوم الأول من برنامج قائم يفككه المشاركون إلى أنشطة ومخرجات وآثار منتظرة. ويتعلمون التمييز بين ما تتحكم فيه المؤسسة وما لا تستطيع إلا التأثير فيه، مثل قرار أحد أفراد الجالية الاستثمار في بلده. ويُخصص اليوم الثاني لاختيار أربعة أو خمسة مؤشرات واقعية وطرق ملئها بأقل كلفة.",
                en="The first day starts from an existing programme, which participants break down into activities, outputs and expected effects. They learn to distinguish what the institution controls from what it can only influence, such as a diaspora member’s decision to invest back home. The second day is devoted to choosing four or five realistic indicators and ways of filling them in at low cost.",
                zgh="ⴰⵙⵙ ⴰⵎⵣⵡⴰⵔⵓ ⴰⵔ ⵉⵙⵙⵏⵜⵉ ⵙⴳ ⵢⴰⵏ ⵓⵖⴰⵡⴰⵙ ⵉⵍⵍⴰⵏ, ⵍⵍⵉ ⴱⴹⴰⵏ ⵉⵎⵙⵎⵓⵜⵜⴳⵏ ⵖⴼ ⵜⵉⵡⵓⵔⵉⵡⵉⵏ, ⵜⵉⵢⴰⴼⵓⵜⵉⵏ ⴷ ⵉⵙⵏⴼⴰⵍ ⵍⵍⵉ ⵉⵜⵜⵓⵔⵊⴰⵏ. ⴰⵔ ⵍⵎⵎⴷⵏ ⴰⴷ ⴱⴹⵓⵏ ⴳⵔ ⵎⴰⴷ ⵉⵍⵍⴰⵏ ⴳ ⵓⴼⵓⵙ ⵏ ⵜⵙⵏⵓⵔⴰⵢⵜ ⴷ ⵎⴰⴷ ⴳ ⵜⵣⵎⵔ ⵖⴰⵙ ⴰⴷ ⵜⴰⵡⵙ, ⴰⵎ ⵓⵙⵜⴰⵢ ⵏ ⵢⴰⵏ ⵓⵏⵎⵓⴷⴷⵓ ⴰⴷ ⵉⵙⵎⵔⵙ ⵉⴷⵔⵉⵎⵏ ⵏⵏⵙ ⴳ ⵜⵎⵓⵔⵜ ⵏⵏⵙ. ⴰⵙⵙ ⵡⵉⵙ ⵙⵉⵏ ⵉⵜⵜⵓⴼⴽⴰ ⵉ ⵓⵙⵜⴰⵢ ⵏ ⴽⴽⵓⵥ ⵏⵖ ⵙⵎⵎⵓⵙ ⵉⵎⴰⵜⴰⵔⵏ ⵏ ⵜⵉⴷⵜ ⴷ ⵜⵉⵖⴰⵔⴰⵙⵉⵏ ⵏ ⵓⵄⵎⵎⵔ ⵏⵏⵙⵏ ⵙ ⵓⵜⵉⴳ ⴰⵎⵥⵥⵢⴰⵏ.",
            ),
            Text(
                fr="Le module a été donné quatre fois, à Dakar, à Bruxelles et en ligne, à soixante-douze agents venus de neuf pays. Les participants ont surtout apprécié les exercices sur leurs propres programmes, jugés plus utiles que les exposés théoriques. Tous les supports sont publiés sous licence libre afin que chaque institution puisse les adapter.",
                ar="قُدّمت هذه الوحدة أربع مرات، في داكار وبروكسل وعبر الإنترنت، لفائدة اثنين وسبعين موظفاً قدموا من تسعة بلدان. وقد أثنى المشاركون خاصة على التمارين المنجزة على برامجهم الخاصة، واعتبروها أنفع من العروض النظرية. وتُنشر كل الوثائق بترخيص حر حتى تتمكن كل مؤسسة من تكييفها.",
                en="The module has been delivered four times, in Dakar, in Brussels and online, to seventy-two staff members from nine countries. Participants particularly valued the exercises on their own programmes, which they found more useful than the theoretical talks. All materials are published under an open licence so that each institution can adapt them.",
                zgh="ⵉⵜⵜⵓⴼⴽⴰ ⵓⵙⵙⵍⵎⴷ ⴰⴷ ⴽⴽⵓⵥ ⵜⵉⴽⴽⴰⵍ, ⴳ ⴷⴰⴽⴰⵔ, ⴳ ⴱⵕⵓⴽⵙⵉⵍ ⴷ ⴳ ⵓⵥⵟⵟⴰ, ⵉ 72 ⵏ ⵉⵅⴷⴷⴰⵎⵏ ⵍⵍⵉ ⴷ ⵉⴽⴽⴰⵏ 9 ⵏ ⵜⵎⵓⵔⴰ. ⵜⵉⵎⵙⴽⵉⵡⵉⵏ ⴼ ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵉⵎⵙⵎⵓⵜⵜⴳⵏ ⵙ ⵉⵅⴼ ⵏⵏⵙⵏ ⴰⴷ ⵢⵓⴼⵏ ⵖⵓⵔⵙⵏ, ⵥⵕⴰⵏ ⵉⵙ ⵏⴼⵄⵏⵜ ⵓⴳⴳⴰⵔ ⵏ ⵉⵙⴽⴰⵏⵏ ⵏ ⵜⵥⵕⵉ. ⵉⵙⵍⴽⵉⵏ ⴰⴽⴽⵯ ⵜⵜⵓⵙⵙⵏⵛⵔⵏ ⵙ ⵓⵙⵓⵔⴳ ⵍⵍⵉ ⵉⵜⵜⴰⵊⵊⴰⵏ ⵉ ⴽⵓ ⵜⴰⵙⵏⵓⵔⴰⵢⵜ ⴰⴷ ⵜⵏ ⵜⵙⵎⵔⵙ ⴷ ⴰⴷ ⵜⵏ ⵜⵙⵏⴼⵍ ⵉ ⵉⵅⴼ ⵏⵏⵙ.",
            ),
        ],
        "key_lessons": [
            Text(
                fr="Travailler sur les programmes des participants eux-mêmes rend la formation immédiatement utile.",
                ar="العمل على برامج المشاركين أنفسهم يجعل التكوين مفيداً على الفور.",
                en="Working on the participants’ own programmes makes the training immediately useful.",
                zgh="ⴰⵅⴷⴰⵎ ⴼ ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵉⵎⵙⵎⵓⵜⵜⴳⵏ ⵙ ⵉⵅⴼ ⵏⵏⵙⵏ ⴰⵔ ⵉⵙⴽⴰⵔ ⴰⵙⵙⵍⵎⴷ ⵉⵏⴼⵄⵏ ⵙ ⵜⵖⴰⵡⵍⴰ.",
            ),
            Text(
                fr="Quatre indicateurs bien suivis valent mieux que vingt indicateurs abandonnés au bout d’un an.",
                ar="أربعة مؤشرات تُتابَع جيداً خير من عشرين مؤشراً يُتخلى عنها بعد سنة.",
                en="Four well-tracked indicators are worth more than twenty abandoned after a year.",
                zgh="ⴽⴽⵓⵥ ⵉⵎⴰⵜⴰⵔⵏ ⵍⵍⵉ ⵉⵜⵜⵓⴹⴼⴰⵕⵏ ⵎⴰⵎⴽ ⵉⵇⵇⴰⵏ ⵢⵓⴼⵏ 20 ⵏ ⵉⵎⴰⵜⴰⵔⵏ ⵍⵍⵉ ⵉⵜⵜⵓⴼⵍⵏ ⴷⴼⴼⵉⵔ ⵏ ⵢⴰⵏ ⵓⵙⴳⴳⵯⴰⵙ.",
            ),
            Text(
                fr="Une licence libre permet aux institutions partenaires de traduire et d’adapter les supports sans attendre.",
                ar="يتيح الترخيص الحر للمؤسسات الشريكة ترجمة الوثائق وتكييفها دون انتظار.",
                en="An open licence lets partner institutions translate and adapt the materials without waiting.",
                zgh="ⴰⵙⵓⵔⴳ ⴰⵔⵥⵎⴰⵏ ⵉⵜⵜⴰⵊⵊⴰ ⵉ ⵜⵙⵏⵓⵔⴰⵢⵉⵏ ⵜⵉⵎⴷⴷⵓⴽⴽⴰⵍ ⴰⴷ ⵙⵓⵖⵍⵏⵜ ⵉⵙⵍⴽⵉⵏ ⴷ ⴰⴷ ⵜⵏ ⵙⵏⴼⵍⵏⵜ ⴱⵍⴰ ⴰⵔⴰⵊⵓ.",
            ),
        ],
        "indicators": [
            {
                "label": Text(
                    fr="Agents formés",
                    ar="الموظفون الذين استفادوا من التكوين",
                    en="Staff trained",
                    zgh="ⵉⵅⴷⴷⴰⵎⵏ ⵍⵍⵉ ⵉⵜⵜⵓⵙⵙⵍⵎⴷⵏ",
                ),
                "value": "72",
            },
            {
                "label": Text(
                    fr="Participants ayant appliqué la méthode dans les six mois",
                    ar="المشاركون الذين طبقوا المنهجية خلال ستة أشهر",
                    en="Participants who applied the method within six months",
                    zgh="ⵉⵎⵙⵎⵓⵜⵜⴳⵏ ⵍⵍⵉ ⵉⵙⵎⵔⵙⵏ ⵜⴰⵖⴰⵔⴰⵙⵜ ⴳ ⵚⴹⵉⵚ ⵉⵢⵢⵓⵔⵏ",
                ),
                "value": "64 %",
            },
        ],
        "attachment_title": Text(
            fr="Évaluer un programme pour la diaspora : guide de l’animateur",
            ar="تقييم برنامج موجه للجالية: دليل المنشط",
            en="Evaluating a diaspora programme: facilitator’s guide",
            zgh="ⴰⵙⵙⵏⵇⴷ ⵏ ⵓⵖⴰⵡⴰⵙ ⵉ ⵉⵏⵎⵓⴷⴷⴰ: ⴰⵎⵏⴰⴷ ⵏ ⵓⵎⵙⵙⵓⴷⵙ ⵏ ⵓⵙⵙⵍⵎⴷ",
        ),
    },
    {
        "key": "medina-memory-trails",
        "slug": Text(
            fr="parcours-memoire-medinas",
            ar="مسارات للذاكرة في المدن العتيقة لفائدة شباب الجالية",
            en="medina-memory-trails",
            zgh="ⵉⴱⵔⵉⴷⵏ ⵏ ⵓⵙⵎⴽⵜⵉ ⴳ ⵜⵎⴷⵉⵏⵉⵏ ⵜⵉⵇⴱⵓⵔⵉⵏ ⵉ ⵉⵍⵎⵥⵢⴰⵏ ⵏ ⵉⵏⵎⵓⴷⴷⴰ",
        ),
        "title": Text(
            fr="Des parcours de mémoire dans les médinas pour les jeunes de la diaspora",
            ar="مسارات للذاكرة في المدن العتيقة لفائدة شباب الجالية",
            en="Memory trails in the medinas for young people of the diaspora",
            zgh="ⵉⴱⵔⵉⴷⵏ ⵏ ⵓⵙⵎⴽⵜⵉ ⴳ ⵜⵎⴷⵉⵏⵉⵏ ⵜⵉⵇⴱⵓⵔⵉⵏ ⵉ ⵉⵍⵎⵥⵢⴰⵏ ⵏ ⵉⵏⵎⵓⴷⴷⴰ",
        ),
        "kind": "good-practice",
        "summary": Text(
            fr="Chaque été depuis 2023, le Bureau Bab Bhar et le Conseil Tamesna accueillent dans les médinas de Tunis et de Rabat des groupes de jeunes nés en Europe pour des parcours guidés autour de l’histoire des départs. Le Musée des Deux-Rives a aidé à concevoir les étapes et les carnets remis aux participants.",
            ar="كل صيف منذ سنة 2023، يستقبل مكتب باب بحر ومجلس تامسنا في المدينتين العتيقتين لتونس والرباط مجموعات من الشباب المولودين في أوروبا، في مسارات مصحوبة بمرشدين حول تاريخ الهجرة. وقد ساعد متحف الضفتين في تصميم المحطات والدفاتر التي تُسلَّم للمشاركين.",
            en="Every summer since 2023, the Bab Bhar Office and the Tamesna Council have welcomed groups of young people born in Europe to the medinas of Tunis and Rabat for guided trails on the history of emigration. The Two Shores Museum helped design the stops and the notebooks given to participants.",
            zgh="ⴽⵓ ⴰⵏⴱⴷⵓ ⵙⴳ 2023, ⴰⵔ ⵙⵏⵓⴱⴳⵓⵏ ⵓⴱⵉⵔⵓ ⵏ ⴱⴰⴱ ⴱⵃⴰⵕ ⴷ ⵓⴳⵔⴰⵡ ⵏ ⵜⴰⵎⵙⵏⴰ ⴳ ⵜⵎⴷⵉⵏⵉⵏ ⵜⵉⵇⴱⵓⵔⵉⵏ ⵏ ⵜⵓⵏⵙ ⴷ ⵕⵕⴱⴰⵟ ⵜⵉⵔⴰⴱⴱⵓⵜⵉⵏ ⵏ ⵉⵍⵎⵥⵢⴰⵏ ⵍⵍⵉ ⵉⵍⴰⵍⵏ ⴳ ⵓⵔⵓⴱⴰ, ⴼ ⵉⴱⵔⵉⴷⵏ ⵙ ⵉⵎⵏⴰⴷⵏ ⴼ ⵓⵎⵣⵔⵓⵢ ⵏ ⵓⵎⵓⴷⴷⵓ. ⵉⵡⵙ ⵓⵎⵓⵣⵉ ⴷⵓ-ⵔⵉⴼ ⴳ ⵓⵙⵡⵓⴷⴷⵓ ⵏ ⵉⴷⵖⴰⵔⵏ ⵏ ⵓⴱⵔⵉⴷ ⴷ ⵉⴽⵓⵏⵏⴰⵛⵏ ⵍⵍⵉ ⵉⵜⵜⵓⴼⴽⴰⵏ ⵉ ⵉⵎⵙⵎⵓⵜⵜⴳⵏ.",
        ),
        "institutions": [
            "tn-expat-office",
            "ma-diaspora-council",
            "fr-migration-museum",
        ],
        "contact_institution": "tn-expat-office",
        "countries": ["TN", "MA", "FR"],
        "themes": ["heritage-and-memory"],
        "sdgs": [4, 11, 17],
        "published": "2025-06-30",
        "body": [
            Text(
                fr="Chaque parcours relie une dizaine de lieux liés à l’émigration : une ancienne agence de recrutement, un bureau de poste d’où partaient les mandats, un café où l’on se retrouvait pour lire les lettres venues de France. Des habitants âgés racontent sur place leurs souvenirs, et les jeunes enregistrent ces récits avec leur téléphone pour les verser aux archives du projet. Les groupes ne dépassent jamais quinze personnes afin de préserver la qualité des échanges.",
                ar="يربط كل مسار بين نحو عشرة أماكن مرتبطة بالهجرة: وكالة تشغيل قديمة، ومكتب بريد كانت تنطلق منه الحوالات، ومقهى كان الناس يجتمعون فيه لقراءة الرسائل القادمة من فرنسا. ويحكي سكان مسنّون ذكرياتهم في عين المكان، فيسجل الشباب هذه الروايات بهواتفهم لتُضاف إلى أرشيف المشروع. ولا يتجاوز عدد أفراد كل مجموعة خمسة عشر شخصاً حفاظاً على جودة التبادل.",
                en="Each trail links about ten places connected with emigration: a former recruitment agency, a post office from which money orders were sent, a café where people gathered to read letters arriving from France. Older residents share their memories on the spot, and the young people record these accounts on their phones for the project archive. Groups never exceed fifteen people, to keep the exchanges meaningful.",
                zgh="ⴽⵓ ⴰⴱⵔⵉⴷ ⴰⵔ ⵉⵙⵎⵓⵏ ⴰⵎⵎ ⵎⵔⴰⵡ ⵉⴷⵖⴰⵔⵏ ⵉⵣⴷⵉⵏ ⴷ ⵓⵎⵓⴷⴷⵓ: ⵢⴰⵏ ⵓⴱⵉⵔⵓ ⴰⵇⴱⵓⵔ ⵏ ⵓⵙⵜⴰⵢ ⵏ ⵉⵅⴷⴷⴰⵎⵏ, ⵢⴰⵏ ⵓⴱⵉⵔⵓ ⵏ ⵍⴱⵓⵙⵟⴰ ⵙⴳ ⴰⵔ ⵜⵜⵓⵣⵏⵏ ⵉⴷⵔⵉⵎⵏ, ⵢⴰⵏ ⵓⴷⵖⴰⵔ ⴳ ⵜⵜⵎⵓⵏⵏ ⵎⵉⴷⴷⵏ ⴰⴷ ⵖⵔⵏ ⵜⵉⴱⵔⴰⵜⵉⵏ ⵍⵍⵉ ⴷ ⵉⴽⴽⴰⵏ ⴼⵕⴰⵏⵚⴰ. ⴰⵔ ⵙⵙⴰⵡⴰⵍⵏ ⵉⵎⵣⴷⴰⵖ ⵉⵎⵖⴰⵔⵏ ⴼ ⵉⵙⵎⴽⵜⴰ ⵏⵏⵙⵏ ⴳ ⵓⴷⵖⴰⵔ, ⴰⵔ ⵜⵏ ⵙⵊⵊⴰⵍⵏ ⵉⵍⵎⵥⵢⴰⵏ ⵙ ⵜⵉⵍⵉⴼⵓⵏⵏ ⵏⵏⵙⵏ ⴰⴷ ⵜⵏ ⵔⵏⵓⵏ ⵉ ⵓⵔⵛⵉⴼ ⵏ ⵓⵙⵏⴼⴰⵔ. ⵜⵉⵔⴰⴱⴱⵓⵜⵉⵏ ⵓⵔ ⵊⵊ ⵣⵔⵉⵏⵜ 15 ⵏ ⵎⵉⴷⴷⵏ, ⴰⴷ ⵉⵇⵇⵉⵎ ⵓⵎⵙⴰⵡⴰⵍ ⵉⵖⵓⴷⴰ.",
            ),
            Text(
                fr="Sur les deux premières saisons, 210 jeunes ont participé et plus de 300 récits ont été enregistrés. Une partie de ces enregistrements alimente désormais une exposition itinérante du Musée des Deux-Rives. La principale difficulté reste le coût du voyage, que les deux institutions couvrent en partie grâce à des bourses.",
                ar="خلال الموسمين الأولين، شارك 210 من الشباب وسُجلت أكثر من 300 رواية. ويغذي جزء من هذه التسجيلات اليوم معرضاً متنقلاً لمتحف الضفتين. وتظل الصعوبة الرئيسية هي كلفة السفر، التي تغطي المؤسستان جزءاً منها بفضل منح.",
                en="Over the first two seasons, 210 young people took part and more than 300 accounts were recorded. Some of these recordings now feed a travelling exhibition by the Two Shores Museum. The main difficulty remains the cost of travel, which the two institutions partly cover through grants.",
                zgh="ⴳ ⵙⵏⴰⵜ ⵜⵉⵣⵉⵡⵉⵏ ⵜⵉⵎⵣⵡⵓⵔⴰ, ⵙⵎⵓⵜⵜⴳⵏ 210 ⵏ ⵉⵍⵎⵥⵢⴰⵏ, ⵜⵜⵓⵙⵊⵊⵍⵏⵜ ⵓⴳⴰⵔ ⵏ 300 ⵏ ⵜⵏⴼⵓⵙⵉⵏ. ⴽⵔⴰ ⴳ ⵜⵏⴼⵓⵙⵉⵏ ⴰⴷ ⴰⵔ ⵜⵙⵙⵓⴳⴰⵔⵏⵜ ⴰⵙⵙ ⴰ ⵢⴰⵜ ⵜⵙⴽⴰⵏⵜ ⵉⵜⵜⵎⵓⴷⴷⵓⵏ ⵏ ⵓⵎⵓⵣⵉ ⴷⵓ-ⵔⵉⴼ. ⵜⴰⵎⵓⴽⵔⵉⵙⵜ ⵜⴰⵎⵇⵔⴰⵏⵜ ⵜⵇⵇⵉⵎ ⴷ ⴰⵜⵉⴳ ⵏ ⵓⵎⵓⴷⴷⵓ, ⵍⵍⵉ ⵜⵜⵅⵍⵍⴰⵚⵏⵜ ⵙⵏⴰⵜ ⵜⵙⵏⵓⵔⴰⵢⵉⵏ ⴽⵔⴰ ⴳⵉⵙ ⵙ ⵉⴷⵔⵉⵎⵏ ⵏ ⵓⵡⵙ.",
            ),
        ],
        "key_lessons": [
            Text(
                fr="Faire parler les anciens du quartier crée entre les générations un lien que les visites classiques n’offrent pas.",
                ar="إن إشراك قدماء الحي في الحكي يخلق صلة بين الأجيال لا توفرها الزيارات التقليدية.",
                en="Letting older residents of the neighbourhood speak creates a bond between generations that ordinary tours do not offer.",
                zgh="ⴰⵡⴰⵍ ⵏ ⵉⵎⵖⴰⵔⵏ ⵏ ⵜⵎⴷⵉⵏⵜ ⴰⵔ ⵉⵙⴽⴰⵔ ⴰⵣⴷⴰⵢ ⴳⵔ ⵜⵓⵔⵓⵜⵉⵏ ⵍⵍⵉ ⵓⵔ ⴷ ⵜⵜⴰⵡⵉⵏⵜ ⵜⵉⵔⵣⵉⵡⵉⵏ ⵜⵉⵎⴰⵜⴰⵢⵉⵏ.",
            ),
            Text(
                fr="Confier l’enregistrement aux jeunes eux-mêmes en fait des acteurs de la collecte plutôt que de simples visiteurs.",
                ar="إسناد التسجيل إلى الشباب أنفسهم يجعلهم فاعلين في الجمع لا مجرد زوار.",
                en="Handing the recording to the young people themselves turns them into collectors rather than mere visitors.",
                zgh="ⴰⴼⴽⴰ ⵏ ⵓⵙⵊⵊⵍ ⵉ ⵉⵍⵎⵥⵢⴰⵏ ⵙ ⵉⵅⴼ ⵏⵏⵙⵏ ⴰⵔ ⵜⵏ ⵉⵙⴽⴰⵔ ⴷ ⵉⵎⵙⵎⵓⵏⵏ ⵓⵔ ⴷ ⵉⵎⵔⵣⴰⵢⵏ ⵖⴰⵙ.",
            ),
            Text(
                fr="Sans bourses de voyage, le dispositif ne touche que les familles les plus aisées.",
                ar="من دون منح للسفر، لا يستفيد من البرنامج سوى الأسر الأكثر يسراً.",
                en="Without travel grants, the scheme only reaches the most well-off families.",
                zgh="ⴱⵍⴰ ⵉⴷⵔⵉⵎⵏ ⵏ ⵓⵡⵙ ⵉ ⵓⵎⵓⴷⴷⵓ, ⵓⵔ ⵉⵍⴽⵎ ⵓⵖⴰⵡⴰⵙ ⵖⴰⵙ ⵜⵉⵡⴰⵛⵓⵍⵉⵏ ⵍⵍⵉ ⵖⵓⵔ ⵍⵍⴰⵏ ⵉⴷⵔⵉⵎⵏ ⵓⴳⴳⴰⵔ.",
            ),
        ],
        "indicators": [
            {
                "label": Text(
                    fr="Jeunes participants sur deux saisons",
                    ar="الشباب المشاركون خلال موسمين",
                    en="Young participants over two seasons",
                    zgh="ⵉⵍⵎⵥⵢⴰⵏ ⵍⵍⵉ ⵉⵙⵎⵓⵜⵜⴳⵏ ⴳ ⵙⵏⴰⵜ ⵜⵉⵣⵉⵡⵉⵏ",
                ),
                "value": "210",
            },
            {
                "label": Text(
                    fr="Récits enregistrés auprès des habitants",
                    ar="الروايات المسجلة لدى السكان",
                    en="Accounts recorded from residents",
                    zgh="ⵜⵉⵏⴼⵓⵙⵉⵏ ⵍⵍⵉ ⵉⵜⵜⵓⵙⵊⵊⵍⵏ ⵖⵓⵔ ⵉⵎⵣⴷⴰⵖ",
                ),
                "value": "312",
            },
        ],
        "attachment_title": Text(
            fr="Parcours de mémoire dans les médinas : bilan des saisons 2023 et 2024",
            ar="مسارات الذاكرة في المدن العتيقة: حصيلة موسمي 2023 و2024",
            en="Medina memory trails: review of the 2023 and 2024 seasons",
            zgh="ⵉⴱⵔⵉⴷⵏ ⵏ ⵓⵙⵎⴽⵜⵉ ⴳ ⵜⵎⴷⵉⵏⵉⵏ ⵜⵉⵇⴱⵓⵔⵉⵏ: ⴰⵙⵎⵓⵏ ⵏ ⵜⵉⵣⵉⵡⵉⵏ ⵏ 2023 ⴷ 2024",
        ),
    },
]

EVENTS = [
    {
        "key": "dakar-study-visit",
        "slug": Text(
            fr="visite-d-etude-dakar",
            ar="زيارة دراسية إلى داكار حول تعبئة الكفاءات",
            en="dakar-study-visit",
            zgh="ⵜⵉⵔⵣⵉ ⵏ ⵓⵍⵎⵎⵓⴷ ⵖⵔ ⴷⴰⴽⴰⵔ ⴼ ⵓⵙⵎⵓⵏ ⵏ ⵜⵉⵣⵎⵎⴰⵔ",
        ),
        "title": Text(
            fr="Visite d’étude à Dakar sur la mobilisation des compétences",
            ar="زيارة دراسية إلى داكار حول تعبئة الكفاءات",
            en="Study visit to Dakar on talent mobilisation",
            zgh="ⵜⵉⵔⵣⵉ ⵏ ⵓⵍⵎⵎⵓⴷ ⵖⵔ ⴷⴰⴽⴰⵔ ⴼ ⵓⵙⵎⵓⵏ ⵏ ⵜⵉⵣⵎⵎⴰⵔ",
        ),
        "kind": "study-visit",
        "start": "2025-03-10",
        "end": "2025-03-12",
        "place": "dakar",
        "host": "sn-diaspora-directorate",
        "participants": [
            "ma-diaspora-council",
            "tn-expat-office",
            "ci-diaspora-network",
        ],
        "summary": Text(
            fr="Pendant trois jours, des délégations du Maroc, de Tunisie et de Côte d’Ivoire ont découvert comment la Direction Cap-Manuel relie son registre des compétences aux besoins des administrations et des entreprises sénégalaises.",
            ar="على مدى ثلاثة أيام، اطلعت وفود من المغرب وتونس وكوت ديفوار على الطريقة التي تربط بها مديرية كاب مانويل سجل كفاءاتها بحاجيات الإدارات والمقاولات السنغالية.",
            en="Over three days, delegations from Morocco, Tunisia and Côte d’Ivoire saw how the Cap-Manuel Directorate links its skills register to the needs of Senegalese public services and businesses.",
            zgh="ⴳ ⴽⵕⴰⴹ ⵡⵓⵙⵙⴰⵏ, ⵥⵕⴰⵏⵜ ⵜⵔⴰⴱⴱⵓⵜⵉⵏ ⵙⴳ ⵍⵎⵖⵔⵉⴱ, ⵜⵓⵏⵙ ⴷ ⴽⵓⵜ ⴷⵉⴼⵡⴰⵔ ⵎⴰⵎⴽ ⴰⵔ ⵜⵙⵣⴷⴰⵢ ⵜⵎⵀⵍⴰ ⵏ ⴽⴰⴱ-ⵎⴰⵏⵡⵉⵍ ⴰⵙⵊⵊⵍ ⵏⵏⵙ ⵏ ⵜⵉⵣⵎⵎⴰⵔ ⴷ ⵎⴰⴷ ⵔⴰⵏⵜ ⵜⵉⵎⵀⵍⵉⵡⵉⵏ ⵜⵉⴳⴷⵓⴷⴰⵏⵉⵏ ⴷ ⵜⵙⵏⵓⵔⴰⵢⵉⵏ ⵏ ⵙⵙⵉⵏⵉⴳⴰⵍ.",
        ),
        "agenda": [
            Text(
                fr="Présentation du registre sénégalais des compétences",
                ar="تقديم السجل السنغالي للكفاءات",
                en="Presentation of the Senegalese skills register",
                zgh="ⴰⵙⵙⴽⵏ ⵏ ⵓⵙⵊⵊⵍ ⴰⵙⵉⵏⵉⴳⴰⵍⵉ ⵏ ⵜⵉⵣⵎⵎⴰⵔ",
            ),
            Text(
                fr="Rencontre avec des entrepreneurs accompagnés par des mentors de la diaspora",
                ar="لقاء مع رواد أعمال رافقهم مؤطرون من الجالية",
                en="Meeting with entrepreneurs mentored by diaspora members",
                zgh="ⴰⵏⵎⵓⴳⴳⴰⵔ ⴷ ⵉⵎⵙⵏⵓⵔⴰⵢⵏ ⵍⵍⵉ ⵎⵓⵏⵏ ⵉⵎⵏⴰⴷⵏ ⵙⴳ ⵉⵏⵎⵓⴷⴷⴰ",
            ),
            Text(
                fr="Atelier sur le partage des données entre institutions",
                ar="ورشة حول تقاسم البيانات بين المؤسسات",
                en="Workshop on data sharing between institutions",
                zgh="ⴰⵏⵎⵓⴳⴳⴰⵔ ⵏ ⵓⵅⴷⴰⵎ ⴼ ⵓⴱⵟⵟⵓ ⵏ ⵉⵙⴼⴽⴰ ⴳⵔ ⵜⵙⵏⵓⵔⴰⵢⵉⵏ",
            ),
        ],
        "outcomes": Text(
            fr="Les participants ont adopté une fiche commune pour décrire les compétences, afin que les registres des différents pays puissent dialoguer. Le Réseau Lagune prépare, avec l’appui de la Direction Cap-Manuel, un premier registre ivoirien pour 2026.",
            ar="اعتمد المشاركون بطاقة مشتركة لوصف الكفاءات، حتى تتمكن سجلات البلدان المختلفة من التواصل فيما بينها. وتعدّ شبكة لاغون، بدعم من مديرية كاب مانويل، أول سجل إيفواري لسنة 2026.",
            en="Participants adopted a common form for describing skills, so that the registers of different countries can talk to each other. With support from the Cap-Manuel Directorate, the Lagoon Network is preparing a first Ivorian register for 2026.",
            zgh="ⵇⴱⵍⵏ ⵉⵎⵙⵎⵓⵜⵜⴳⵏ ⵢⴰⵜ ⵜⵍⵖⴰ ⵏ ⵓⴳⵍⴰⵎ ⵏ ⵜⵉⵣⵎⵎⴰⵔ ⵍⵍⵉ ⴳⵉⵙⵏ ⵉⵎⵓⵏⵏ, ⴰⴷ ⵣⵎⵔⵏ ⵉⵙⵊⵊⵍⵏ ⵏ ⵜⵎⵓⵔⴰ ⴰⴷ ⵎⵢⴰⵡⴰⵍⵏ. ⴰⵔ ⵉⵙⵡⵓⴷⴷⵓ ⵓⵥⵟⵟⴰ ⵏ ⵍⴰⴳⵓⵏ, ⵙ ⵓⵡⵙ ⵏ ⵜⵎⵀⵍⴰ ⵏ ⴽⴰⴱ-ⵎⴰⵏⵡⵉⵍ, ⴰⵙⵊⵊⵍ ⴰⵎⵣⵡⴰⵔⵓ ⵏ ⴽⵓⵜ ⴷⵉⴼⵡⴰⵔ ⵉ 2026.",
        ),
        "knowledge": ["skills-register", "diaspora-mentoring-west-africa"],
    },
    {
        "key": "tunis-digital-workshop",
        "slug": Text(
            fr="atelier-tunis-engagement-numerique",
            ar="ورشة تونس حول المشاركة الرقمية للجالية",
            en="tunis-digital-engagement-workshop",
            zgh="ⴰⵏⵎⵓⴳⴳⴰⵔ ⵏ ⵓⵅⴷⴰⵎ ⴳ ⵜⵓⵏⵙ ⴼ ⵓⵙⵎⵓⵜⵜⴳ ⴰⵎⴹⴰⵏⴰⵏ ⵏ ⵉⵏⵎⵓⴷⴷⴰ",
        ),
        "title": Text(
            fr="Atelier de Tunis sur l’engagement numérique de la diaspora",
            ar="ورشة تونس حول المشاركة الرقمية للجالية",
            en="Tunis workshop on digital diaspora engagement",
            zgh="ⴰⵏⵎⵓⴳⴳⴰⵔ ⵏ ⵓⵅⴷⴰⵎ ⴳ ⵜⵓⵏⵙ ⴼ ⵓⵙⵎⵓⵜⵜⴳ ⴰⵎⴹⴰⵏⴰⵏ ⵏ ⵉⵏⵎⵓⴷⴷⴰ",
        ),
        "kind": "workshop",
        "start": "2025-06-17",
        "end": "2025-06-18",
        "place": "tunis",
        "host": "tn-expat-office",
        "participants": [
            "ma-diaspora-council",
            "ci-diaspora-network",
            "be-diaspora-research-centre",
        ],
        "summary": Text(
            fr="Deux jours de travail pratique pour comparer les consultations en ligne, les webinaires et les réseaux sociaux utilisés par quatre institutions, et repérer ce qui élargit vraiment le public touché.",
            ar="يومان من العمل التطبيقي لمقارنة الاستشارات الإلكترونية والندوات عبر الإنترنت وشبكات التواصل الاجتماعي التي تعتمدها أربع مؤسسات، وتحديد ما يوسّع فعلاً دائرة الجمهور المستهدف.",
            en="Two days of hands-on work comparing the online consultations, webinars and social media used by four institutions, and identifying what genuinely widens the audience reached.",
            zgh="ⵙⵉⵏ ⵡⵓⵙⵙⴰⵏ ⵏ ⵓⵅⴷⴰⵎ ⵙ ⵓⴼⵓⵙ ⴰⴷ ⵜⵜⵓⵙⵎⵣⴰⵣⴰⵍⵏ ⵉⵙⵇⵙⵉⵜⵏ ⴳ ⵓⵥⵟⵟⴰ, ⵉⵏⵎⵓⴳⴳⴰⵔⵏ ⴳ ⵓⵥⵟⵟⴰ ⴷ ⵉⵥⵟⵟⴰ ⵉⵏⴰⵎⵓⵏⵏ ⵍⵍⵉ ⵙⵎⵔⴰⵙⵏⵜ ⴽⴽⵓⵥ ⵜⵙⵏⵓⵔⴰⵢⵉⵏ, ⴷ ⴰⴷ ⵉⵜⵜⵓⵙⵙⵏ ⵎⴰⴷ ⵉⵙⵙⵓⴳⴰⵔⵏ ⵙ ⵜⵉⴷⵜ ⵎⵉⴷⴷⵏ ⵍⵍⵉ ⵉⵜⵜⵓⵍⴽⴰⵎⵏ.",
        ),
        "agenda": [
            Text(
                fr="Retour d’expérience sur la consultation des jeunes",
                ar="عرض تجربة استشارة الشباب",
                en="Lessons from the youth consultation",
                zgh="ⴰⵙⵙⵉⵡⵍ ⴼ ⵜⵉⵔⵎⵉⵜ ⵏ ⵓⵙⵇⵙⵉ ⵏ ⵉⵍⵎⵥⵢⴰⵏ",
            ),
            Text(
                fr="Exercice pratique : préparer un webinaire en quatre langues",
                ar="تمرين تطبيقي: إعداد ندوة إلكترونية بأربع لغات",
                en="Practical exercise: preparing a webinar in four languages",
                zgh="ⵜⴰⵎⵙⴽⵉⵡⵜ: ⴰⵙⵡⵓⴷⴷⵓ ⵏ ⵓⵏⵎⵓⴳⴳⴰⵔ ⴳ ⵓⵥⵟⵟⴰ ⵙ ⴽⴽⵓⵥ ⵜⵓⵜⵍⴰⵢⵉⵏ",
            ),
            Text(
                fr="Protection des données personnelles des membres de la diaspora",
                ar="حماية المعطيات الشخصية لأفراد الجالية",
                en="Protecting the personal data of diaspora members",
                zgh="ⴰⵃⵟⵟⵓ ⵏ ⵉⵙⴼⴽⴰ ⵏ ⵉⵎⴷⴰⵏⵏ ⵏ ⵉⵏⵎⵓⴷⴷⴰ",
            ),
        ],
        "outcomes": Text(
            fr="Les institutions ont convenu de partager leurs modèles d’invitation et leurs listes de vérification sur un espace commun. Le Centre Mosaïque accompagnera la deuxième vague de la consultation pour mesurer si les nouveaux relais élargissent réellement le public.",
            ar="اتفقت المؤسسات على تقاسم نماذج الدعوات وقوائم التحقق الخاصة بها في فضاء مشترك. وسيواكب مركز موزاييك الموجة الثانية من الاستشارة لقياس ما إذا كان الوسطاء الجدد يوسّعون الجمهور فعلاً.",
            en="The institutions agreed to share their invitation templates and checklists in a common space. The Mosaic Centre will support the second round of the consultation to measure whether the new intermediaries really widen the audience.",
            zgh="ⵎⵙⴰⵙⴰⵏⵜ ⵜⵙⵏⵓⵔⴰⵢⵉⵏ ⴰⴷ ⴱⴹⵓⵏⵜ ⵉⵎⴷⵢⴰ ⵏ ⵜⵖⵔⵉ ⴷ ⵜⵉⵍⴳⴰⵎⵉⵏ ⵏ ⵓⵙⵙⴼⵇⴷ ⴳ ⵢⴰⵏ ⵓⴷⵖⴰⵔ ⵏ ⵎⴰⵕⵕⴰ ⴳ ⵓⵥⵟⵟⴰ. ⵔⴰⴷ ⵉⵎⵓⵏ ⵓⵎⵎⴰⵙ ⵎⵓⵣⴰⵢⵉⴽ ⵜⵉⴽⴽⵍⵜ ⵜⵉⵙ ⵙⵏⴰⵜ ⵏ ⵓⵙⵇⵙⵉ ⴰⴷ ⵉⵙⵙⴽⵜⵍ ⵎⴰ ⵙⵙⵓⴳⴰⵔⵏ ⵜⵉⵎⵙⵎⵓⵏⵉⵏ ⴷ ⵉⴽⵍⵉⴱⵏ ⵎⵉⴷⴷⵏ ⵍⵍⵉ ⵉⵜⵜⵓⵍⴽⴰⵎⵏ ⵙ ⵜⵉⴷⵜ.",
        ),
        "knowledge": ["online-youth-consultation", "multilingual-webinar-toolkit"],
    },
    {
        "key": "evaluation-webinar",
        "slug": Text(
            fr="webinaire-suivi-evaluation",
            ar="ندوة إلكترونية حول تتبع وتقييم برامج الجالية",
            en="monitoring-evaluation-webinar",
            zgh="ⴰⵏⵎⵓⴳⴳⴰⵔ ⴳ ⵓⵥⵟⵟⴰ ⴼ ⵓⴹⴼⴼⵓⵕ ⴷ ⵓⵙⵙⵏⵇⴷ ⵏ ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵉⵏⵎⵓⴷⴷⴰ",
        ),
        "title": Text(
            fr="Webinaire sur le suivi et l’évaluation des programmes pour la diaspora",
            ar="ندوة إلكترونية حول تتبع وتقييم برامج الجالية",
            en="Webinar on monitoring and evaluating diaspora programmes",
            zgh="ⴰⵏⵎⵓⴳⴳⴰⵔ ⴳ ⵓⵥⵟⵟⴰ ⴼ ⵓⴹⴼⴼⵓⵕ ⴷ ⵓⵙⵙⵏⵇⴷ ⵏ ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵉⵏⵎⵓⴷⴷⴰ",
        ),
        "kind": "webinar",
        "start": "2025-10-07",
        "end": "2025-10-07",
        "place": "rabat",
        "host": "ma-diaspora-council",
        "participants": [
            "be-diaspora-research-centre",
            "fr-migration-museum",
            "sn-diaspora-directorate",
            "tn-expat-office",
        ],
        "summary": Text(
            fr="Diffusé depuis Rabat, ce webinaire présente le socle commun d’indicateurs et montre comment l’appliquer aussi aux projets culturels et patrimoniaux, souvent jugés impossibles à mesurer.",
            ar="تقدم هذه الندوة الإلكترونية، التي تُبث من الرباط، القاعدة المشتركة للمؤشرات وتبيّن كيفية تطبيقها أيضاً على المشاريع الثقافية والتراثية التي يُعتقد غالباً أنه يتعذر قياسها.",
            en="Broadcast from Rabat, this webinar presents the common core of indicators and shows how to apply it to cultural and heritage projects as well, which are often thought impossible to measure.",
            zgh="ⴰⵏⵎⵓⴳⴳⴰⵔ ⴰⴷ, ⵍⵍⵉ ⵉⵜⵜⵓⵙⵙⵏⵛⴰⵔⵏ ⵙⴳ ⵕⵕⴱⴰⵟ, ⴰⵔ ⵉⵙⵙⴽⴰⵏ ⵉⵎⴰⵜⴰⵔⵏ ⵉⵎⵓⵏⵏ ⴷ ⵎⴰⵎⴽ ⴰⴷ ⵜⵏ ⵏⵙⵎⵔⵙ ⴰⵡⴷ ⴳ ⵉⵙⵏⴼⴰⵔⵏ ⵉⴷⵍⵙⴰⵏⵏ ⴷ ⵡⵉⵏ ⵓⴽⵓⵙ, ⵍⵍⵉ ⵖⴼ ⴰⵔ ⵜⵜⵉⵏⵉⵏ ⵎⵉⴷⴷⵏ ⵉⵙ ⵓⵔ ⵜⵏ ⵉⵣⵎⵉⵔ ⵢⴰⵏ ⴰⴷ ⵜⵏ ⵉⵙⵙⴽⵜⵍ.",
        ),
        "agenda": [
            Text(
                fr="Présentation des douze indicateurs du socle commun",
                ar="تقديم المؤشرات الاثني عشر للقاعدة المشتركة",
                en="Presentation of the twelve common-core indicators",
                zgh="ⴰⵙⵙⴽⵏ ⵏ 12 ⵏ ⵉⵎⴰⵜⴰⵔⵏ ⵉⵎⵓⵏⵏ",
            ),
            Text(
                fr="Mesurer les effets d’une collecte d’archives familiales",
                ar="قياس آثار جمع الأرشيفات العائلية",
                en="Measuring the effects of a family archive collection",
                zgh="ⴰⵙⵙⴽⵜⵍ ⵏ ⵉⵙⵏⴼⴰⵍ ⵏ ⵓⵙⵎⵓⵏ ⵏ ⵉⵔⵛⵉⴼⵏ ⵏ ⵜⵡⴰⵛⵓⵍⵜ",
            ),
            Text(
                fr="Questions du public et présentation du module de formation",
                ar="أسئلة الجمهور وتقديم الوحدة التكوينية",
                en="Questions from the audience and presentation of the training module",
                zgh="ⵉⵙⵇⵙⵉⵜⵏ ⵏ ⵎⵉⴷⴷⵏ ⴷ ⵓⵙⵙⴽⵏ ⵏ ⵓⵙⵙⵍⵎⴷ",
            ),
        ],
        "outcomes": Text(
            fr="Plus de deux cents personnes de dix-neuf pays ont suivi le webinaire en direct, et l’enregistrement sous-titré en quatre langues reste disponible. Trois institutions se sont inscrites à la prochaine session du module de formation.",
            ar="تابع الندوة مباشرة أكثر من مئتي شخص من تسعة عشر بلداً، ويظل تسجيلها المترجم نصياً بأربع لغات متاحاً. وسجلت ثلاث مؤسسات في الدورة المقبلة للوحدة التكوينية.",
            en="More than two hundred people from nineteen countries followed the webinar live, and the recording, subtitled in four languages, remains available. Three institutions have signed up for the next session of the training module.",
            zgh="ⵓⴳⴰⵔ ⵏ 200 ⵏ ⵎⵉⴷⴷⵏ ⵙⴳ 19 ⵏ ⵜⵎⵓⵔⴰ ⴹⴼⵕⵏ ⴰⵏⵎⵓⴳⴳⴰⵔ ⴰⴷⴷⵉⵔ, ⵉⵇⵇⵉⵎ ⵓⵙⵊⵊⵍ ⵏⵏⵙ, ⵙ ⵉⵏⵎⵎⴰⵍⵏ ⵙ ⴽⴽⵓⵥ ⵜⵓⵜⵍⴰⵢⵉⵏ, ⵉⵍⵍⴰ ⵉ ⵎⴰⵕⵕⴰ. ⴽⵕⴰⴹⵜ ⵜⵙⵏⵓⵔⴰⵢⵉⵏ ⵙⵊⵊⵍⵏⵜ ⵉⵅⴼ ⵏⵏⵙⵏⵜ ⴳ ⵜⵎⵢⴰⵔⵜ ⵍⵍⵉ ⴷ ⵉⵜⵜⴰⵡⴹⵏ ⵏ ⵓⵙⵙⵍⵎⴷ.",
        ),
        "knowledge": [
            "measuring-diaspora-engagement",
            "evaluation-training-module",
            "family-archives-collecting",
        ],
    },
]
