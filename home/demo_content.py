"""Demo text for the home page, general pages, topics and footer, in the portal's
five languages."""

LANGUAGES = ["en", "es", "it", "he", "ar"]

HOME = {
    "en": {
        "title": "Smart Cities Academy",
        "hero_title": "Learn to build smarter Mediterranean cities together",
        "hero_text": (
            "Free online courses, practical guides and certificates for small "
            "businesses and city staff who want to work together on innovation, "
            "climate readiness and sustainable urban services."
        ),
        "introduction": (
            "<p><strong>Smart Cities Academy</strong> is an open learning portal for "
            "small and medium-sized enterprises (SMEs) and for the people who plan, "
            "buy and run services in Mediterranean cities. Whether you are "
            "developing a product for the smart-city market or preparing a municipal "
            "tender, you will find learning built around real challenges faced by "
            "cities in the region.</p><p>Study at your own pace with short online "
            "courses, test what you have learned with knowledge checks, download "
            "practical guides from the resource library and earn a certificate when "
            "you complete each course. The portal is available in English, Spanish, "
            "Italian, Hebrew and Arabic.</p><p>The portal builds on "
            "<em>SME4SMARTCITIES</em>, a cooperation project funded by the European "
            "Union under the ENI CBC Mediterranean Sea Basin programme, which "
            "brought together business support organisations, a university and "
            "cities to help SMEs and local governments create smarter, greener "
            "cities together.</p>"
        ),
    },
    "es": {
        "title": "Smart Cities Academy",
        "hero_title": (
            "Aprendamos juntos a construir ciudades mediterráneas más inteligentes"
        ),
        "hero_text": (
            "Cursos en línea, guías prácticas y certificados gratuitos para pequeñas "
            "empresas y personal municipal que quieren colaborar en innovación, "
            "preparación ante el cambio climático y servicios urbanos sostenibles."
        ),
        "introduction": (
            "<p><strong>Smart Cities Academy</strong> es un portal de aprendizaje "
            "abierto a las pequeñas y medianas empresas (pymes) y a las personas que "
            "planifican, contratan y gestionan servicios en las ciudades del "
            "Mediterráneo. Tanto si desarrolla un producto para el mercado de las "
            "ciudades inteligentes como si prepara una licitación municipal, aquí "
            "encontrará formación construida en torno a los retos reales a los que "
            "se enfrentan las ciudades de la región.</p><p>Estudie a su ritmo con "
            "cursos breves en línea, ponga a prueba lo aprendido con las pruebas de "
            "conocimientos, descargue guías prácticas de la biblioteca de recursos y "
            "obtenga un certificado al terminar cada curso. El portal está "
            "disponible en inglés, español, italiano, hebreo y árabe.</p><p>El "
            "portal se basa en <em>SME4SMARTCITIES</em>, un proyecto de cooperación "
            "financiado por la Unión Europea en el marco del programa ENI CBC "
            "Mediterranean Sea Basin, que reunió a organizaciones de apoyo "
            "empresarial, una universidad y varias ciudades para ayudar a las pymes "
            "y a los gobiernos locales a crear juntos ciudades más inteligentes y "
            "sostenibles.</p>"
        ),
    },
    "it": {
        "title": "Smart Cities Academy",
        "hero_title": (
            "Impariamo insieme a costruire città mediterranee più intelligenti"
        ),
        "hero_text": (
            "Corsi online, guide pratiche e certificati gratuiti per piccole imprese "
            "e personale comunale che vogliono collaborare su innovazione, "
            "preparazione ai cambiamenti climatici e servizi urbani sostenibili."
        ),
        "introduction": (
            "<p><strong>Smart Cities Academy</strong> è un portale di formazione "
            "aperto alle piccole e medie imprese (PMI) e a chi pianifica, acquista e "
            "gestisce servizi nelle città del Mediterraneo. Che tu stia sviluppando "
            "un prodotto per il mercato delle smart city o preparando una gara "
            "comunale, qui trovi percorsi costruiti intorno alle sfide reali che le "
            "città della regione devono affrontare.</p><p>Studia al tuo ritmo con "
            "brevi corsi online, metti alla prova ciò che hai imparato con le "
            "verifiche delle conoscenze, scarica guide pratiche dalla biblioteca "
            "delle risorse e ottieni un certificato al termine di ogni corso. Il "
            "portale è disponibile in inglese, spagnolo, italiano, ebraico e "
            "arabo.</p><p>Il portale nasce da <em>SME4SMARTCITIES</em>, un progetto "
            "di cooperazione finanziato dall'Unione europea nell'ambito del "
            "programma ENI CBC Mediterranean Sea Basin, che ha riunito "
            "organizzazioni di supporto alle imprese, un'università e diverse città "
            "per aiutare PMI e amministrazioni locali a creare insieme città più "
            "intelligenti e più verdi.</p>"
        ),
    },
    "he": {
        "title": "Smart Cities Academy",
        "hero_title": "לומדים יחד לבנות ערים ים־תיכוניות חכמות יותר",
        "hero_text": (
            "קורסים מקוונים, מדריכים מעשיים ותעודות ללא תשלום לעסקים קטנים ולעובדי "
            "רשויות מקומיות שרוצים לשתף פעולה בתחומי החדשנות, ההיערכות לשינויי "
            "האקלים והשירותים העירוניים המקיימים."
        ),
        "introduction": (
            "<p><strong>Smart Cities Academy</strong> הוא פורטל למידה פתוח לעסקים "
            "קטנים ובינוניים ולמי שמתכננים, רוכשים ומפעילים שירותים בערי הים התיכון. "
            "בין שאתם מפתחים מוצר לשוק הערים החכמות ובין שאתם מכינים מכרז עירוני, "
            "תמצאו כאן למידה שנבנתה סביב אתגרים אמיתיים שעמם מתמודדות ערים "
            "באזור.</p><p>למדו בקצב שלכם בקורסים מקוונים קצרים, בחנו את מה שלמדתם "
            "בבדיקות ידע, הורידו מדריכים מעשיים מספריית המשאבים וקבלו תעודה בסיום כל "
            "קורס. הפורטל זמין באנגלית, בספרדית, באיטלקית, בעברית "
            "ובערבית.</p><p>הפורטל מבוסס על <em>SME4SMARTCITIES</em>, פרויקט שיתוף "
            "פעולה במימון האיחוד האירופי במסגרת תוכנית ENI CBC Mediterranean Sea "
            "Basin, שחיבר בין ארגונים לתמיכה בעסקים, אוניברסיטה וערים כדי לסייע "
            "לעסקים קטנים ובינוניים ולשלטון המקומי ליצור יחד ערים חכמות וירוקות "
            "יותר.</p>"
        ),
    },
    "ar": {
        "title": "Smart Cities Academy",
        "hero_title": "لنتعلّم معًا كيف نبني مدنًا متوسطية أذكى",
        "hero_text": (
            "دورات إلكترونية وأدلة عملية وشهادات مجانية للشركات الصغيرة وموظفي "
            "البلديات الراغبين في التعاون في مجالات الابتكار والجاهزية لتغيّر المناخ "
            "والخدمات الحضرية المستدامة."
        ),
        "introduction": (
            "<p><strong>Smart Cities Academy</strong> بوابة تعليمية مفتوحة للشركات "
            "الصغيرة والمتوسطة ولكل من يخطط للخدمات ويشتريها ويديرها في مدن البحر "
            "الأبيض المتوسط. سواء كنت تطوّر منتجًا لسوق المدن الذكية أو تُعدّ مناقصة "
            "بلدية، ستجد هنا تعلّمًا مبنيًا على تحديات حقيقية تواجهها مدن "
            "المنطقة.</p><p>تعلّم بالسرعة التي تناسبك من خلال دورات إلكترونية قصيرة، "
            "واختبر ما تعلّمته عبر اختبارات المعرفة، ونزّل أدلة عملية من مكتبة "
            "الموارد، واحصل على شهادة عند إتمام كل دورة. البوابة متاحة بالإنجليزية "
            "والإسبانية والإيطالية والعبرية والعربية.</p><p>تستند البوابة إلى "
            "<em>SME4SMARTCITIES</em>، وهو مشروع تعاون موّله الاتحاد الأوروبي ضمن "
            "برنامج ENI CBC Mediterranean Sea Basin، وجمع منظمات لدعم الأعمال "
            "وجامعةً ومدنًا لمساعدة الشركات الصغيرة والمتوسطة والحكومات المحلية على "
            "بناء مدن أذكى وأكثر خضرة معًا.</p>"
        ),
    },
}

TOPICS = [
    {
        "slug": "innovation",
        "name": {
            "en": "Innovation",
            "es": "Innovación",
            "it": "Innovazione",
            "he": "חדשנות",
            "ar": "الابتكار",
        },
        "description": {
            "en": (
                "Turning ideas into products, services and ways of working that "
                "solve real problems for cities and their residents."
            ),
            "es": (
                "Convertir ideas en productos, servicios y formas de trabajar que "
                "resuelvan problemas reales de las ciudades y de sus habitantes."
            ),
            "it": (
                "Trasformare le idee in prodotti, servizi e modi di lavorare che "
                "risolvono problemi concreti delle città e dei loro abitanti."
            ),
            "he": (
                "הפיכת רעיונות למוצרים, לשירותים ולדרכי עבודה שפותרים בעיות אמיתיות "
                "של ערים ושל תושביהן."
            ),
            "ar": (
                "تحويل الأفكار إلى منتجات وخدمات وأساليب عمل تحلّ مشكلات حقيقية "
                "تواجهها المدن وسكانها."
            ),
        },
    },
    {
        "slug": "climate-readiness",
        "name": {
            "en": "Climate readiness",
            "es": "Preparación ante el cambio climático",
            "it": "Preparazione ai cambiamenti climatici",
            "he": "היערכות לשינויי האקלים",
            "ar": "الجاهزية لتغيّر المناخ",
        },
        "description": {
            "en": (
                "Preparing cities and businesses for heatwaves, drought, flooding "
                "and other effects of a changing climate."
            ),
            "es": (
                "Preparar a ciudades y empresas para las olas de calor, la sequía, "
                "las inundaciones y otros efectos de un clima cambiante."
            ),
            "it": (
                "Preparare città e imprese a ondate di calore, siccità, alluvioni e "
                "altri effetti di un clima che cambia."
            ),
            "he": (
                "הכנת ערים ועסקים לגלי חום, לבצורת, להצפות ולהשפעות אחרות של האקלים "
                "המשתנה."
            ),
            "ar": (
                "إعداد المدن والشركات لموجات الحر والجفاف والفيضانات وغيرها من آثار "
                "المناخ المتغيّر."
            ),
        },
    },
    {
        "slug": "sustainable-development",
        "name": {
            "en": "Sustainable development",
            "es": "Desarrollo sostenible",
            "it": "Sviluppo sostenibile",
            "he": "פיתוח בר־קיימא",
            "ar": "التنمية المستدامة",
        },
        "description": {
            "en": (
                "Growing local economies in ways that protect resources, reduce "
                "waste and improve quality of life."
            ),
            "es": (
                "Hacer crecer las economías locales de forma que se protejan los "
                "recursos, se reduzcan los residuos y mejore la calidad de vida."
            ),
            "it": (
                "Far crescere le economie locali in modo da tutelare le risorse, "
                "ridurre i rifiuti e migliorare la qualità della vita."
            ),
            "he": (
                "צמיחה של כלכלות מקומיות תוך שמירה על משאבים, צמצום פסולת ושיפור "
                "איכות החיים."
            ),
            "ar": (
                "تنمية الاقتصادات المحلية بطرق تحافظ على الموارد وتقلّل النفايات "
                "وتحسّن جودة الحياة."
            ),
        },
    },
    {
        "slug": "public-private-collaboration",
        "name": {
            "en": "Public–private collaboration",
            "es": "Colaboración público-privada",
            "it": "Collaborazione pubblico-privato",
            "he": "שיתוף פעולה ציבורי־פרטי",
            "ar": "التعاون بين القطاعين العام والخاص",
        },
        "description": {
            "en": (
                "How cities and SMEs can plan, test and deliver solutions together "
                "through partnerships and co-creation."
            ),
            "es": (
                "Cómo pueden las ciudades y las pymes planificar, probar y poner en "
                "marcha soluciones juntas mediante alianzas y procesos de cocreación."
            ),
            "it": (
                "Come città e PMI possono progettare, sperimentare e realizzare "
                "soluzioni insieme attraverso partenariati e percorsi di "
                "co-creazione."
            ),
            "he": (
                "כיצד ערים ועסקים קטנים ובינוניים יכולים לתכנן, לבחון וליישם פתרונות "
                "יחד באמצעות שותפויות ותהליכי יצירה משותפת."
            ),
            "ar": (
                "كيف يمكن للمدن والشركات الصغيرة والمتوسطة أن تخطط للحلول وتختبرها "
                "وتنفّذها معًا من خلال الشراكات والابتكار المشترك."
            ),
        },
    },
    {
        "slug": "procurement-of-innovation",
        "name": {
            "en": "Procurement of innovation",
            "es": "Compra pública de innovación",
            "it": "Appalti di innovazione",
            "he": "רכש חדשנות",
            "ar": "شراء الابتكار",
        },
        "description": {
            "en": (
                "Using public purchasing, including pre-commercial procurement, to "
                "buy solutions that are not yet available on the market."
            ),
            "es": (
                "Utilizar la contratación pública, incluida la compra pública "
                "precomercial, para adquirir soluciones que todavía no existen en el "
                "mercado."
            ),
            "it": (
                "Usare gli acquisti pubblici, compresi gli appalti pre-commerciali, "
                "per acquistare soluzioni che il mercato non offre ancora."
            ),
            "he": (
                "שימוש ברכש ציבורי, כולל רכש טרום־מסחרי, כדי לרכוש פתרונות שעדיין "
                "אינם זמינים בשוק."
            ),
            "ar": (
                "استخدام المشتريات العامة، بما فيها الشراء ما قبل التجاري، لاقتناء "
                "حلول لم تتوفر بعد في السوق."
            ),
        },
    },
    {
        "slug": "smart-city-solutions",
        "name": {
            "en": "Smart city solutions",
            "es": "Soluciones para ciudades inteligentes",
            "it": "Soluzioni per le smart city",
            "he": "פתרונות לעיר חכמה",
            "ar": "حلول المدن الذكية",
        },
        "description": {
            "en": (
                "Practical technologies and services, from sensors to digital "
                "platforms, that help cities run better and serve people well."
            ),
            "es": (
                "Tecnologías y servicios prácticos, desde sensores hasta plataformas "
                "digitales, que ayudan a las ciudades a funcionar mejor y a atender "
                "bien a las personas."
            ),
            "it": (
                "Tecnologie e servizi concreti, dai sensori alle piattaforme "
                "digitali, che aiutano le città a funzionare meglio e a servire bene "
                "le persone."
            ),
            "he": (
                "טכנולוגיות ושירותים מעשיים, מחיישנים ועד פלטפורמות דיגיטליות, "
                "שמסייעים לערים לתפקד טוב יותר ולשרת היטב את תושביהן."
            ),
            "ar": (
                "تقنيات وخدمات عملية، من أجهزة الاستشعار إلى المنصات الرقمية، تساعد "
                "المدن على العمل بكفاءة أكبر وعلى خدمة الناس على نحو أفضل."
            ),
        },
    },
]

# Funding acknowledgement shown in the footer of every page.
FOOTER = {
    "en": (
        "<p>Smart Cities Academy builds on the <strong>SME4SMARTCITIES</strong> "
        "project, funded by the European Union under the <em>ENI CBC Mediterranean "
        "Sea Basin Programme</em>.</p><p>The content of this portal is the sole "
        "responsibility of its authors and can under no circumstances be regarded as "
        "reflecting the position of the European Union or of the Programme's "
        "management structures.</p>"
    ),
    "es": (
        "<p>Smart Cities Academy se basa en el proyecto "
        "<strong>SME4SMARTCITIES</strong>, financiado por la Unión Europea en el "
        "marco del <em>Programa ENI CBC Mediterranean Sea Basin</em>.</p><p>Los "
        "contenidos de este portal son responsabilidad exclusiva de sus autores y en "
        "ningún caso puede considerarse que reflejan la posición de la Unión Europea "
        "ni de las estructuras de gestión del Programa.</p>"
    ),
    "it": (
        "<p>Smart Cities Academy nasce dal progetto "
        "<strong>SME4SMARTCITIES</strong>, finanziato dall'Unione europea "
        "nell'ambito del <em>Programma ENI CBC Mediterranean Sea Basin</em>.</p><p>I "
        "contenuti di questo portale sono di esclusiva responsabilità dei loro "
        "autori e non possono in alcun caso essere considerati come espressione "
        "della posizione dell'Unione europea o delle strutture di gestione del "
        "Programma.</p>"
    ),
    "he": (
        "<p>Smart Cities Academy מבוסס על פרויקט <strong>SME4SMARTCITIES</strong>, "
        "במימון האיחוד האירופי במסגרת <em>תוכנית ENI CBC Mediterranean Sea "
        "Basin</em>.</p><p>התוכן בפורטל זה הוא באחריותם הבלעדית של מחבריו, ובשום "
        "מקרה אין לראות בו ביטוי לעמדת האיחוד האירופי או לעמדת מבני הניהול של "
        "התוכנית.</p>"
    ),
    "ar": (
        "<p>تستند Smart Cities Academy إلى مشروع <strong>SME4SMARTCITIES</strong> "
        "الممول من الاتحاد الأوروبي ضمن <em>برنامج ENI CBC Mediterranean Sea "
        "Basin</em>.</p><p>محتوى هذه البوابة مسؤولية مؤلفيه وحدهم، ولا يمكن بأي حال "
        "من الأحوال اعتباره معبّرًا عن موقف الاتحاد الأوروبي أو هياكل إدارة "
        "البرنامج.</p>"
    ),
}

# General pages; only those with in_menu=True appear in the main menu.
STANDARD_PAGES = [
    {
        "slug": "about",
        "in_menu": True,
        "title": {
            "en": "About the programme",
            "es": "Sobre el programa",
            "it": "Il programma",
            "he": "אודות התוכנית",
            "ar": "عن البرنامج",
        },
        "introduction": {
            "en": (
                "Smart Cities Academy helps small businesses and city staff around "
                "the Mediterranean learn together how to make cities smarter, "
                "greener and more inclusive."
            ),
            "es": (
                "Smart Cities Academy ayuda a pequeñas empresas y personal municipal "
                "de todo el Mediterráneo a aprender juntos cómo hacer ciudades más "
                "inteligentes, verdes e inclusivas."
            ),
            "it": (
                "Smart Cities Academy aiuta piccole imprese e personale comunale di "
                "tutto il Mediterraneo a imparare insieme come rendere le città più "
                "intelligenti, più verdi e più inclusive."
            ),
            "he": (
                "Smart Cities Academy מסייע לעסקים קטנים ולעובדי רשויות מקומיות "
                "ברחבי הים התיכון ללמוד יחד כיצד להפוך ערים לחכמות, לירוקות ולמכילות "
                "יותר."
            ),
            "ar": (
                "تساعد Smart Cities Academy الشركات الصغيرة وموظفي البلديات في أنحاء "
                "البحر الأبيض المتوسط على أن يتعلّموا معًا كيف يجعلون المدن أذكى "
                "وأكثر خضرة وشمولًا."
            ),
        },
        "body": {
            "en": [
                ("heading", "Why this portal exists"),
                (
                    "paragraph",
                    (
                        "<p>Mediterranean cities share many pressures: hotter "
                        "summers, scarcer water, rising demand for public services, "
                        "crowded streets and the need for good local jobs. Small and "
                        "medium-sized businesses often have the ideas and skills to "
                        "help, but they rarely speak the same language as the public "
                        "bodies that could use their solutions.</p><p><strong>Smart "
                        "Cities Academy</strong> is a free learning portal that "
                        "helps close that gap. SMEs learn what cities need and how "
                        "public buyers work; city staff learn how to involve "
                        "innovative businesses, from the first conversation to the "
                        "contract.</p>"
                    ),
                ),
                ("heading", "The SME4SMARTCITIES project"),
                (
                    "paragraph",
                    (
                        "<p>The portal builds on <strong>SME4SMARTCITIES</strong> – "
                        "<em>Mediterranean SMEs working together to make cities "
                        "smarter</em> – a cooperation project funded by the European "
                        "Union under the ENI CBC Mediterranean Sea Basin programme. "
                        "It ran from 2019 to 2022/23 with a total budget of about "
                        "€2.4 million, 90% of it co-financed by the EU.</p><p>The "
                        "project was led by a business and innovation centre in "
                        "Murcia, working with a business and innovation centre in "
                        "Malaga, a regional financial and innovation agency in "
                        "Liguria (Genova), Tel Aviv University, whose urban "
                        "innovation and sustainability laboratory carried out the "
                        "study of the cities' challenges, and the Municipality of "
                        "Kfar Saba. Partners and associates from Palestine and "
                        "Jordan also took part.</p><p>It set out to help cities "
                        "become front-runners of innovation, notably through public "
                        "procurement of innovative solutions and pre-commercial "
                        "procurement, and to help SMEs create products and services "
                        "that meet the real needs of smart cities, with "
                        "public–private partnership agreements between the two. Its "
                        "targets included support for 50 SMEs and training for 50 "
                        "civil servants from six cities.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "takeaway",
                        "text": (
                            "<p>A <strong>cities lead group</strong> helped set the "
                            "priorities. Hosted online by Kfar Saba in February and "
                            "April 2021, it brought together Malaga, Murcia, "
                            "Cartagena and Molina de Segura (Spain), Genova (Italy) "
                            "and Kfar Saba, Tel Aviv, Herzliya and Eilat (Israel), "
                            "with senior officials of the Region of Murcia and the "
                            "Liguria Region, to discuss innovation, climate change "
                            "readiness, sustainable development and their cities' "
                            "most pressing challenges.</p>"
                        ),
                    },
                ),
                ("heading", "Why SMEs matter"),
                (
                    "paragraph",
                    (
                        "<p>SMEs – firms with fewer than 250 staff, including small "
                        "enterprises with under 50 and micro-enterprises with under "
                        "10 – make up about 99% of businesses in the EU. They employ "
                        "more than 100 million people and produce over half of the "
                        "EU's GDP. They are close to their communities and quick to "
                        "adapt, yet many find public tenders hard to enter.</p>"
                    ),
                ),
                ("heading", "Who the portal serves"),
                (
                    "paragraph",
                    (
                        "<p>The portal is built for two groups who need to "
                        "understand each other: <strong>SMEs and "
                        "entrepreneurs</strong> who want to develop and sell "
                        "solutions to cities, and <strong>city staff</strong> who "
                        "plan services, run procurement or lead innovation projects. "
                        "Business support organisations and researchers are welcome "
                        "too. You can:</p><ul><li>follow short <strong>online "
                        "courses</strong> at your own pace, with knowledge checks "
                        "along the way;</li><li>use practical "
                        "<strong>guides</strong>, for example on procurement of "
                        "innovation;</li><li>explore the <strong>resource "
                        "library</strong> of studies and project "
                        "outputs;</li><li>earn a <strong>certificate</strong> for "
                        "every course you complete.</li></ul>"
                    ),
                ),
                ("heading", "The training path for SMEs"),
                (
                    "paragraph",
                    (
                        "<p>The SME courses follow the stages that the project "
                        "designed together with a forum of "
                        "cities:</p><ol><li><strong>Idea generation</strong> – "
                        "spotting a city need and shaping an idea that answers "
                        "it.</li><li><strong>Concept definition and strategic "
                        "analysis</strong> – production capacity, possible alliances "
                        "and how to meet demand.</li><li><strong>Environment and "
                        "internationalisation</strong> – the social, economic and "
                        "political context, and new "
                        "markets.</li><li><strong>Matchmaking</strong> – finding "
                        "partners for cooperative work.</li></ol>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "title": "Frequently asked questions",
                        "items": [
                            {
                                "heading": "Do I need an account?",
                                "text": (
                                    "<p>You can read the public pages without one. "
                                    "To enrol in courses, save your progress, open "
                                    "some library documents and receive "
                                    "certificates, create a free account.</p>"
                                ),
                            },
                            {
                                "heading": (
                                    "Is the certificate a professional qualification?"
                                ),
                                "text": (
                                    "<p>No. It confirms that you completed an online "
                                    "course on this portal. It is not an accredited "
                                    "qualification, but it is a useful record of "
                                    "your learning.</p>"
                                ),
                            },
                            {
                                "heading": (
                                    "Can I join if my city was not part of the project?"
                                ),
                                "text": (
                                    "<p>Yes. The portal is open to businesses and "
                                    "public bodies anywhere. The examples come from "
                                    "the Mediterranean, but the methods apply in "
                                    "many other settings.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
            "es": [
                ("heading", "Por qué existe este portal"),
                (
                    "paragraph",
                    (
                        "<p>Las ciudades mediterráneas comparten muchas presiones: "
                        "veranos más calurosos, escasez de agua, una demanda "
                        "creciente de servicios públicos, calles congestionadas y la "
                        "necesidad de crear empleo local de calidad. Las pequeñas y "
                        "medianas empresas suelen tener ideas y capacidades para "
                        "ayudar, pero rara vez hablan el mismo idioma que los "
                        "organismos públicos que podrían utilizar sus "
                        "soluciones.</p><p><strong>Smart Cities Academy</strong> es "
                        "un portal de aprendizaje gratuito que ayuda a salvar esa "
                        "distancia. Las pymes aprenden qué necesitan las ciudades y "
                        "cómo compra la administración; el personal municipal "
                        "aprende a implicar a empresas innovadoras, desde la primera "
                        "conversación hasta el contrato.</p>"
                    ),
                ),
                ("heading", "El proyecto SME4SMARTCITIES"),
                (
                    "paragraph",
                    (
                        "<p>El portal se basa en <strong>SME4SMARTCITIES</strong> "
                        "–<em>pymes mediterráneas que trabajan juntas para hacer "
                        "ciudades más inteligentes</em>–, un proyecto de cooperación "
                        "financiado por la Unión Europea en el marco del programa "
                        "ENI CBC Mediterranean Sea Basin. Se desarrolló entre 2019 y "
                        "2022/23 con un presupuesto total de unos 2,4 millones de "
                        "euros, cofinanciado en un 90 % por la UE.</p><p>Lo lideró "
                        "un centro de empresas e innovación de Murcia, junto con un "
                        "centro de empresas e innovación de Málaga, una agencia "
                        "regional financiera y de innovación de Liguria (Génova), la "
                        "Universidad de Tel Aviv, cuyo laboratorio de innovación "
                        "urbana y sostenibilidad realizó el estudio de los retos de "
                        "las ciudades, y el Ayuntamiento de Kfar Saba. También "
                        "participaron socios y entidades asociadas de Palestina y "
                        "Jordania.</p><p>Su propósito era ayudar a las ciudades a "
                        "situarse a la vanguardia de la innovación, sobre todo "
                        "mediante la compra pública de soluciones innovadoras y la "
                        "compra pública precomercial, y ayudar a las pymes a crear "
                        "productos y servicios que respondan a las necesidades "
                        "reales de las ciudades inteligentes, con acuerdos de "
                        "colaboración público-privada entre ambas partes. Entre sus "
                        "metas figuraban apoyar a 50 pymes y formar a 50 empleados "
                        "públicos de seis ciudades.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "takeaway",
                        "text": (
                            "<p>Un <strong>grupo de ciudades líderes</strong> ayudó "
                            "a fijar las prioridades. Con Kfar Saba como anfitriona, "
                            "se reunió en línea en febrero y abril de 2021 y "
                            "congregó a Málaga, Murcia, Cartagena y Molina de Segura "
                            "(España), Génova (Italia) y Kfar Saba, Tel Aviv, "
                            "Herzliya y Eilat (Israel), junto con altos cargos de la "
                            "Región de Murcia y de la Región de Liguria, para "
                            "debatir sobre innovación, preparación ante el cambio "
                            "climático, desarrollo sostenible y los retos más "
                            "urgentes de sus ciudades.</p>"
                        ),
                    },
                ),
                ("heading", "Por qué importan las pymes"),
                (
                    "paragraph",
                    (
                        "<p>Las pymes –empresas con menos de 250 personas en "
                        "plantilla, incluidas las pequeñas, con menos de 50, y las "
                        "microempresas, con menos de 10– representan alrededor del "
                        "99 % de las empresas de la UE. Dan empleo a más de 100 "
                        "millones de personas y generan más de la mitad del PIB de "
                        "la UE. Están cerca de sus comunidades y se adaptan con "
                        "rapidez, pero a muchas les cuesta acceder a las "
                        "licitaciones públicas.</p>"
                    ),
                ),
                ("heading", "A quién se dirige el portal"),
                (
                    "paragraph",
                    (
                        "<p>El portal está pensado para dos grupos que necesitan "
                        "entenderse: <strong>pymes y personas emprendedoras</strong> "
                        "que quieren desarrollar y vender soluciones a las ciudades, "
                        "y <strong>personal municipal</strong> que planifica "
                        "servicios, gestiona la contratación o dirige proyectos de "
                        "innovación. Las organizaciones de apoyo empresarial y el "
                        "personal investigador también son bienvenidos. En el portal "
                        "podrá:</p><ul><li>seguir <strong>cursos en línea</strong> "
                        "breves a su ritmo, con pruebas de conocimientos a lo largo "
                        "del recorrido;</li><li>consultar <strong>guías</strong> "
                        "prácticas, por ejemplo sobre compra pública de "
                        "innovación;</li><li>explorar la <strong>biblioteca de "
                        "recursos</strong>, con estudios y resultados del "
                        "proyecto;</li><li>obtener un <strong>certificado</strong> "
                        "por cada curso que complete.</li></ul>"
                    ),
                ),
                ("heading", "El itinerario formativo para pymes"),
                (
                    "paragraph",
                    (
                        "<p>Los cursos para pymes siguen las etapas que el proyecto "
                        "diseñó junto con un foro de "
                        "ciudades:</p><ol><li><strong>Generación de ideas</strong>: "
                        "detectar una necesidad de la ciudad y dar forma a una idea "
                        "que la resuelva.</li><li><strong>Definición del concepto y "
                        "análisis estratégico</strong>: capacidad de producción, "
                        "posibles alianzas y cómo responder a la "
                        "demanda.</li><li><strong>Entorno e "
                        "internacionalización</strong>: el contexto social, "
                        "económico y político, y los nuevos "
                        "mercados.</li><li><strong>Encuentros de cooperación "
                        "(matchmaking)</strong>: encontrar socios con los que "
                        "trabajar en cooperación.</li></ol>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "title": "Preguntas frecuentes",
                        "items": [
                            {
                                "heading": "¿Necesito una cuenta?",
                                "text": (
                                    "<p>Puede leer las páginas públicas sin ella. "
                                    "Para inscribirse en cursos, guardar su "
                                    "progreso, abrir algunos documentos de la "
                                    "biblioteca y recibir certificados, cree una "
                                    "cuenta gratuita.</p>"
                                ),
                            },
                            {
                                "heading": (
                                    "¿El certificado es una cualificación profesional?"
                                ),
                                "text": (
                                    "<p>No. Confirma que ha completado un curso en "
                                    "línea en este portal. No es una titulación "
                                    "acreditada, pero sí un registro útil de su "
                                    "aprendizaje.</p>"
                                ),
                            },
                            {
                                "heading": (
                                    "¿Puedo participar si mi ciudad no formó parte "
                                    "del proyecto?"
                                ),
                                "text": (
                                    "<p>Sí. El portal está abierto a empresas y "
                                    "organismos públicos de cualquier lugar. Los "
                                    "ejemplos proceden del Mediterráneo, pero los "
                                    "métodos se pueden aplicar en muchos otros "
                                    "contextos.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
            "it": [
                ("heading", "Perché esiste questo portale"),
                (
                    "paragraph",
                    (
                        "<p>Le città mediterranee condividono molte pressioni: "
                        "estati più calde, acqua più scarsa, una domanda crescente "
                        "di servizi pubblici, strade congestionate e il bisogno di "
                        "creare buona occupazione locale. Le piccole e medie imprese "
                        "hanno spesso idee e competenze utili, ma raramente parlano "
                        "la stessa lingua degli enti pubblici che potrebbero "
                        "adottare le loro soluzioni.</p><p><strong>Smart Cities "
                        "Academy</strong> è un portale di formazione gratuito che "
                        "aiuta a colmare questa distanza. Le PMI imparano di che "
                        "cosa hanno bisogno le città e come acquista la pubblica "
                        "amministrazione; il personale comunale impara a coinvolgere "
                        "le imprese innovative, dal primo contatto fino al "
                        "contratto.</p>"
                    ),
                ),
                ("heading", "Il progetto SME4SMARTCITIES"),
                (
                    "paragraph",
                    (
                        "<p>Il portale nasce da <strong>SME4SMARTCITIES</strong> – "
                        "<em>PMI mediterranee che lavorano insieme per rendere le "
                        "città più intelligenti</em> – un progetto di cooperazione "
                        "finanziato dall'Unione europea nell'ambito del programma "
                        "ENI CBC Mediterranean Sea Basin. Si è svolto dal 2019 al "
                        "2022/23, con un budget complessivo di circa 2,4 milioni di "
                        "euro, cofinanziato al 90% dall'UE.</p><p>Il capofila era un "
                        "centro per le imprese e l'innovazione di Murcia, affiancato "
                        "da un centro per le imprese e l'innovazione di Malaga, da "
                        "un'agenzia regionale per la finanza e l'innovazione della "
                        "Liguria (Genova), dall'Università di Tel Aviv, il cui "
                        "laboratorio di innovazione urbana e sostenibilità ha "
                        "condotto lo studio sulle sfide delle città, e dal Comune di "
                        "Kfar Saba. Vi hanno preso parte anche partner e associati "
                        "provenienti dalla Palestina e dalla "
                        "Giordania.</p><p>L'obiettivo era aiutare le città a "
                        "diventare apripista dell'innovazione, in particolare "
                        "attraverso gli appalti pubblici di soluzioni innovative e "
                        "gli appalti pre-commerciali, e aiutare le PMI a creare "
                        "prodotti e servizi rispondenti ai bisogni reali delle smart "
                        "city, con accordi di partenariato pubblico-privato tra le "
                        "due parti. Tra i traguardi previsti c'erano il sostegno a "
                        "50 PMI e la formazione di 50 dipendenti pubblici di sei "
                        "città.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "takeaway",
                        "text": (
                            "<p>Un <strong>gruppo guida delle città</strong> ha "
                            "contribuito a definire le priorità. Con Kfar Saba come "
                            "città ospitante, si è riunito online nel febbraio e "
                            "nell'aprile 2021 e ha coinvolto Malaga, Murcia, "
                            "Cartagena e Molina de Segura (Spagna), Genova (Italia) "
                            "e Kfar Saba, Tel Aviv, Herzliya ed Eilat (Israele), "
                            "insieme ad alti funzionari della Regione di Murcia e "
                            "della Regione Liguria, per discutere di innovazione, "
                            "preparazione ai cambiamenti climatici, sviluppo "
                            "sostenibile e delle sfide più urgenti delle loro "
                            "città.</p>"
                        ),
                    },
                ),
                ("heading", "Perché le PMI sono importanti"),
                (
                    "paragraph",
                    (
                        "<p>Le PMI – imprese con meno di 250 addetti, tra cui le "
                        "piccole imprese con meno di 50 e le microimprese con meno "
                        "di 10 – rappresentano circa il 99% delle imprese dell'UE. "
                        "Danno lavoro a oltre 100 milioni di persone e producono più "
                        "della metà del PIL dell'UE. Sono vicine alle loro comunità "
                        "e si adattano rapidamente, ma molte trovano difficile "
                        "accedere alle gare pubbliche.</p>"
                    ),
                ),
                ("heading", "A chi si rivolge il portale"),
                (
                    "paragraph",
                    (
                        "<p>Il portale è pensato per due gruppi che hanno bisogno di "
                        "capirsi: <strong>PMI e imprenditori</strong> che vogliono "
                        "sviluppare e vendere soluzioni alle città, e "
                        "<strong>personale comunale</strong> che pianifica servizi, "
                        "gestisce gli acquisti o guida progetti di innovazione. Sono "
                        "benvenuti anche le organizzazioni di supporto alle imprese "
                        "e i ricercatori. Potrai:</p><ul><li>seguire brevi "
                        "<strong>corsi online</strong> al tuo ritmo, con verifiche "
                        "delle conoscenze lungo il percorso;</li><li>consultare "
                        "<strong>guide</strong> pratiche, ad esempio sugli appalti "
                        "di innovazione;</li><li>esplorare la <strong>biblioteca "
                        "delle risorse</strong>, con studi e risultati del "
                        "progetto;</li><li>ottenere un <strong>certificato</strong> "
                        "per ogni corso completato.</li></ul>"
                    ),
                ),
                ("heading", "Il percorso formativo per le PMI"),
                (
                    "paragraph",
                    (
                        "<p>I corsi per le PMI seguono le fasi che il progetto ha "
                        "definito insieme a un forum di "
                        "città:</p><ol><li><strong>Generazione di idee</strong>: "
                        "individuare un bisogno della città e dare forma a un'idea "
                        "che vi risponda.</li><li><strong>Definizione del concetto e "
                        "analisi strategica</strong>: capacità produttiva, possibili "
                        "alleanze e modo di rispondere alla "
                        "domanda.</li><li><strong>Contesto e "
                        "internazionalizzazione</strong>: il quadro sociale, "
                        "economico e politico e i nuovi "
                        "mercati.</li><li><strong>Matchmaking</strong>: trovare "
                        "partner con cui lavorare in cooperazione.</li></ol>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "title": "Domande frequenti",
                        "items": [
                            {
                                "heading": "Devo creare un account?",
                                "text": (
                                    "<p>Puoi leggere le pagine pubbliche anche senza "
                                    "account. Per iscriverti ai corsi, salvare i "
                                    "tuoi progressi, aprire alcuni documenti della "
                                    "biblioteca e ricevere i certificati, crea un "
                                    "account gratuito.</p>"
                                ),
                            },
                            {
                                "heading": (
                                    "Il certificato è una qualifica professionale?"
                                ),
                                "text": (
                                    "<p>No. Conferma che hai completato un corso "
                                    "online su questo portale. Non è un titolo "
                                    "riconosciuto, ma è una testimonianza utile del "
                                    "tuo percorso di apprendimento.</p>"
                                ),
                            },
                            {
                                "heading": (
                                    "Posso partecipare se la mia città non faceva "
                                    "parte del progetto?"
                                ),
                                "text": (
                                    "<p>Sì. Il portale è aperto a imprese ed enti "
                                    "pubblici di qualsiasi luogo. Gli esempi vengono "
                                    "dal Mediterraneo, ma i metodi si possono "
                                    "applicare in molti altri contesti.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
            "he": [
                ("heading", "למה הקמנו את הפורטל"),
                (
                    "paragraph",
                    (
                        "<p>ערי הים התיכון מתמודדות עם לחצים דומים רבים: קיצים חמים "
                        "יותר, מחסור במים, ביקוש גובר לשירותים ציבוריים, רחובות "
                        "עמוסים והצורך ליצור תעסוקה מקומית איכותית. לעסקים קטנים "
                        "ובינוניים יש לא פעם רעיונות ויכולות שיכולים לעזור, אבל רק "
                        "לעיתים רחוקות הם מדברים באותה שפה כמו הגופים הציבוריים "
                        "שיכולים להשתמש בפתרונות שלהם.</p><p><strong>Smart Cities "
                        "Academy</strong> הוא פורטל למידה חינמי שנועד לגשר על הפער "
                        "הזה. עסקים לומדים מה ערים צריכות ואיך פועל הרכש הציבורי; "
                        "עובדי הרשויות לומדים כיצד לשתף עסקים חדשניים, מהשיחה "
                        "הראשונה ועד לחתימה על החוזה.</p>"
                    ),
                ),
                ("heading", "פרויקט SME4SMARTCITIES"),
                (
                    "paragraph",
                    (
                        "<p>הפורטל מבוסס על <strong>SME4SMARTCITIES</strong> – "
                        "<em>עסקים קטנים ובינוניים ים־תיכוניים פועלים יחד כדי להפוך "
                        "ערים לחכמות יותר</em> – פרויקט שיתוף פעולה במימון האיחוד "
                        "האירופי במסגרת תוכנית ENI CBC Mediterranean Sea Basin. "
                        "הפרויקט פעל בשנים 2019 עד 2022/23, בתקציב כולל של כ־2.4 "
                        "מיליון אירו, שהאיחוד האירופי מימן 90% ממנו.</p><p>את "
                        "הפרויקט הוביל מרכז עסקים וחדשנות במורסיה, ולצידו פעלו מרכז "
                        "עסקים וחדשנות במלאגה, סוכנות אזורית למימון ולחדשנות "
                        "בליגוריה (גנואה), אוניברסיטת תל אביב – שהמעבדה שלה לחדשנות "
                        "עירונית ולקיימות ערכה את המחקר על האתגרים של הערים – "
                        "ועיריית כפר סבא. בפרויקט השתתפו גם שותפים וגופים נלווים "
                        "מפלסטין ומירדן.</p><p>הפרויקט ביקש לסייע לערים להיות בחזית "
                        "החדשנות, בעיקר באמצעות רכש ציבורי של פתרונות חדשניים ורכש "
                        "טרום־מסחרי, ולעזור לעסקים קטנים ובינוניים ליצור מוצרים "
                        "ושירותים העונים על הצרכים האמיתיים של ערים חכמות, לצד הסכמי "
                        "שותפות ציבורית־פרטית בין שני הצדדים. בין יעדיו: תמיכה ב־50 "
                        "עסקים קטנים ובינוניים והכשרה של 50 עובדי ציבור משש ערים.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "takeaway",
                        "text": (
                            "<p><strong>קבוצת ההובלה של הערים</strong> סייעה לקבוע "
                            "את סדרי העדיפויות. הקבוצה התכנסה באופן מקוון בפברואר "
                            "ובאפריל 2021, כשכפר סבא מארחת את המפגשים, והשתתפו בה "
                            "מלאגה, מורסיה, קרטחנה ומולינה דה סגורה (ספרד), גנואה "
                            "(איטליה) וכפר סבא, תל אביב, הרצליה ואילת (ישראל), יחד "
                            "עם בכירים ממחוז מורסיה וממחוז ליגוריה. המשתתפים דנו "
                            "בחדשנות, בהיערכות לשינויי האקלים, בפיתוח בר־קיימא "
                            "ובאתגרים הדחופים ביותר של עריהם.</p>"
                        ),
                    },
                ),
                ("heading", "למה עסקים קטנים ובינוניים חשובים"),
                (
                    "paragraph",
                    (
                        "<p>עסקים קטנים ובינוניים – חברות שמעסיקות פחות מ־250 "
                        "עובדים, ובכללן עסקים קטנים עם פחות מ־50 עובדים ועסקים "
                        "זעירים עם פחות מ־10 – הם כ־99% מהעסקים באיחוד האירופי. הם "
                        "מעסיקים יותר מ־100 מיליון בני אדם ומייצרים יותר ממחצית "
                        "התוצר המקומי הגולמי של האיחוד. הם קרובים לקהילות שלהם "
                        "ומסתגלים במהירות, אבל רבים מהם מתקשים להשתלב במכרזים "
                        "ציבוריים.</p>"
                    ),
                ),
                ("heading", "למי הפורטל מיועד"),
                (
                    "paragraph",
                    (
                        "<p>הפורטל נבנה עבור שתי קבוצות שצריכות להבין זו את זו: "
                        "<strong>עסקים קטנים ובינוניים ויזמים</strong> שרוצים לפתח "
                        "פתרונות ולמכור אותם לערים, ו<strong>עובדי רשויות "
                        "מקומיות</strong> שמתכננים שירותים, מנהלים רכש או מובילים "
                        "פרויקטים של חדשנות. גם ארגונים לתמיכה בעסקים וחוקרים "
                        "מוזמנים להצטרף. בפורטל תוכלו:</p><ul><li>ללמוד "
                        "ב<strong>קורסים מקוונים</strong> קצרים בקצב שלכם, עם בדיקות "
                        "ידע לאורך הדרך;</li><li>להיעזר ב<strong>מדריכים</strong> "
                        "מעשיים, למשל בנושא רכש חדשנות;</li><li>לעיין "
                        "ב<strong>ספריית המשאבים</strong>, הכוללת מחקרים ותוצרים של "
                        "הפרויקט;</li><li>לקבל <strong>תעודה</strong> על כל קורס "
                        "שתסיימו.</li></ul>"
                    ),
                ),
                ("heading", "מסלול ההכשרה לעסקים"),
                (
                    "paragraph",
                    (
                        "<p>הקורסים לעסקים קטנים ובינוניים בנויים לפי השלבים "
                        "שהפרויקט עיצב יחד עם פורום של "
                        "ערים:</p><ol><li><strong>יצירת רעיונות</strong> – זיהוי "
                        "צורך של העיר וגיבוש רעיון שעונה עליו.</li><li><strong>הגדרת "
                        "הקונספט וניתוח אסטרטגי</strong> – כושר ייצור, בריתות "
                        "אפשריות ודרכים לענות על הביקוש.</li><li><strong>הסביבה "
                        "העסקית והתרחבות בינלאומית</strong> – ההקשר החברתי, הכלכלי "
                        "והפוליטי, ושווקים חדשים.</li><li><strong>התאמת שותפים "
                        "(מאצ'מייקינג)</strong> – מציאת שותפים לעבודה "
                        "משותפת.</li></ol>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "title": "שאלות נפוצות",
                        "items": [
                            {
                                "heading": "האם צריך לפתוח חשבון?",
                                "text": (
                                    "<p>אפשר לקרוא את הדפים הציבוריים גם בלי חשבון. "
                                    "כדי להירשם לקורסים, לשמור את ההתקדמות, לפתוח "
                                    "חלק מהמסמכים בספרייה ולקבל תעודות, יש לפתוח "
                                    "חשבון חינמי.</p>"
                                ),
                            },
                            {
                                "heading": "האם התעודה היא הסמכה מקצועית?",
                                "text": (
                                    "<p>לא. התעודה מאשרת שסיימתם קורס מקוון בפורטל "
                                    "זה. היא אינה הסמכה מוכרת, אבל היא תיעוד שימושי "
                                    "של הלמידה שלכם.</p>"
                                ),
                            },
                            {
                                "heading": (
                                    "אפשר להצטרף גם אם העיר שלי לא השתתפה בפרויקט?"
                                ),
                                "text": (
                                    "<p>כן. הפורטל פתוח לעסקים ולגופים ציבוריים מכל "
                                    "מקום. הדוגמאות לקוחות מאזור הים התיכון, אבל "
                                    "אפשר ליישם את השיטות בהקשרים רבים אחרים.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
            "ar": [
                ("heading", "لماذا أُنشئت هذه البوابة"),
                (
                    "paragraph",
                    (
                        "<p>تواجه مدن البحر الأبيض المتوسط كثيرًا من الضغوط "
                        "المشتركة: صيف أشد حرارة، وشحّ في المياه، وطلب متزايد على "
                        "الخدمات العامة، وشوارع مزدحمة، وحاجة إلى توفير فرص عمل "
                        "محلية جيدة. وكثيرًا ما تمتلك الشركات الصغيرة والمتوسطة "
                        "أفكارًا ومهارات يمكن أن تساعد، لكنها نادرًا ما تتحدث اللغة "
                        "نفسها التي تتحدثها الجهات العامة القادرة على الاستفادة من "
                        "حلولها.</p><p><strong>Smart Cities Academy</strong> بوابة "
                        "تعليمية مجانية تساعد على سدّ هذه الفجوة. فالشركات تتعلّم ما "
                        "تحتاجه المدن وكيف تشتري الجهات العامة، وموظفو البلديات "
                        "يتعلّمون كيف يُشركون الشركات المبتكرة، من المحادثة الأولى "
                        "حتى توقيع العقد.</p>"
                    ),
                ),
                ("heading", "مشروع SME4SMARTCITIES"),
                (
                    "paragraph",
                    (
                        "<p>تستند البوابة إلى مشروع <strong>SME4SMARTCITIES</strong> "
                        "– <em>شركات متوسطية صغيرة ومتوسطة تعمل معًا لجعل المدن "
                        "أذكى</em> – وهو مشروع تعاون موّله الاتحاد الأوروبي ضمن "
                        "برنامج ENI CBC Mediterranean Sea Basin. امتد المشروع من "
                        "2019 إلى 2022/23، بميزانية إجمالية تقارب 2.4 مليون يورو، "
                        "موّل الاتحاد الأوروبي 90% منها.</p><p>قاد المشروعَ مركزٌ "
                        "للأعمال والابتكار في مورسيا، بالشراكة مع مركز للأعمال "
                        "والابتكار في ملقة، ووكالة إقليمية للتمويل والابتكار في "
                        "ليغوريا (جنوة)، وجامعة تل أبيب التي أجرى مختبرها للابتكار "
                        "الحضري والاستدامة دراسة تحديات المدن، وبلدية كفار سابا. "
                        "وشارك فيه أيضًا شركاء وجهات منتسبة من فلسطين "
                        "والأردن.</p><p>سعى المشروع إلى مساعدة المدن على أن تكون في "
                        "طليعة الابتكار، ولا سيما من خلال الشراء العام للحلول "
                        "المبتكرة والشراء ما قبل التجاري، وإلى مساعدة الشركات "
                        "الصغيرة والمتوسطة على ابتكار منتجات وخدمات تلبي الاحتياجات "
                        "الفعلية للمدن الذكية، مع إبرام اتفاقيات شراكة بين القطاعين "
                        "العام والخاص بين الطرفين. ومن أهدافه دعم 50 شركة صغيرة "
                        "ومتوسطة وتدريب 50 موظفًا عامًا من ست مدن.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "takeaway",
                        "text": (
                            "<p>ساعدت <strong>مجموعة المدن القيادية</strong> في "
                            "تحديد الأولويات. فقد اجتمعت عبر الإنترنت في شباط/فبراير "
                            "ونيسان/أبريل 2021 باستضافة كفار سابا، وضمّت ملقة "
                            "ومورسيا وقرطاجنة ومولينا دي سيغورا (إسبانيا)، وجنوة "
                            "(إيطاليا)، وكفار سابا وتل أبيب وهرتسليا وإيلات "
                            "(إسرائيل)، إلى جانب كبار المسؤولين في إقليم مورسيا "
                            "وإقليم ليغوريا، لمناقشة الابتكار والجاهزية لتغيّر "
                            "المناخ والتنمية المستدامة وأكثر التحديات إلحاحًا في "
                            "مدنهم.</p>"
                        ),
                    },
                ),
                ("heading", "لماذا تهمّ الشركات الصغيرة والمتوسطة"),
                (
                    "paragraph",
                    (
                        "<p>تشكّل الشركات الصغيرة والمتوسطة – أي التي يعمل فيها أقل "
                        "من 250 شخصًا، بما فيها الشركات الصغيرة التي يقل عدد "
                        "العاملين فيها عن 50 والشركات متناهية الصغر التي يقل عددهم "
                        "فيها عن 10 – نحو 99% من الشركات في الاتحاد الأوروبي. وهي "
                        "توظّف أكثر من 100 مليون شخص وتنتج أكثر من نصف الناتج المحلي "
                        "الإجمالي للاتحاد. إنها قريبة من مجتمعاتها وسريعة التكيّف، "
                        "لكن كثيرًا منها يجد صعوبة في دخول المناقصات العامة.</p>"
                    ),
                ),
                ("heading", "لمن هذه البوابة"),
                (
                    "paragraph",
                    (
                        "<p>صُمّمت البوابة لفئتين تحتاج كلٌّ منهما إلى فهم الأخرى: "
                        "<strong>الشركات الصغيرة والمتوسطة ورواد الأعمال</strong> "
                        "الراغبون في تطوير حلول وبيعها للمدن، و<strong>موظفو "
                        "البلديات</strong> الذين يخططون للخدمات أو يديرون المشتريات "
                        "أو يقودون مشاريع الابتكار. كما نرحّب بمنظمات دعم الأعمال "
                        "وبالباحثين. يمكنك:</p><ul><li>متابعة <strong>دورات "
                        "إلكترونية</strong> قصيرة بالسرعة التي تناسبك، مع اختبارات "
                        "للمعرفة في أثناء التعلّم؛</li><li>الاستعانة "
                        "بـ<strong>أدلة</strong> عملية، مثلًا حول شراء "
                        "الابتكار؛</li><li>تصفّح <strong>مكتبة الموارد</strong> التي "
                        "تضم دراسات ومخرجات المشروع؛</li><li>الحصول على "
                        "<strong>شهادة</strong> عن كل دورة تُتمّها.</li></ul>"
                    ),
                ),
                ("heading", "المسار التدريبي للشركات"),
                (
                    "paragraph",
                    (
                        "<p>تتبع دورات الشركات الصغيرة والمتوسطة المراحل التي صمّمها "
                        "المشروع بالتعاون مع منتدى للمدن:</p><ol><li><strong>توليد "
                        "الأفكار</strong>: رصد حاجة لدى المدينة وصياغة فكرة "
                        "تلبّيها.</li><li><strong>تحديد المفهوم والتحليل "
                        "الاستراتيجي</strong>: القدرة الإنتاجية والتحالفات الممكنة "
                        "وكيفية الاستجابة للطلب.</li><li><strong>البيئة المحيطة "
                        "والتدويل</strong>: السياق الاجتماعي والاقتصادي والسياسي، "
                        "والأسواق الجديدة.</li><li><strong>التوفيق بين "
                        "الشركاء</strong>: إيجاد شركاء للعمل التعاوني.</li></ol>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "title": "أسئلة شائعة",
                        "items": [
                            {
                                "heading": "هل أحتاج إلى حساب؟",
                                "text": (
                                    "<p>يمكنك قراءة الصفحات العامة من دون حساب. أما "
                                    "للتسجيل في الدورات وحفظ تقدّمك وفتح بعض وثائق "
                                    "المكتبة والحصول على الشهادات، فأنشئ حسابًا "
                                    "مجانيًا.</p>"
                                ),
                            },
                            {
                                "heading": "هل الشهادة مؤهل مهني؟",
                                "text": (
                                    "<p>لا. تؤكد الشهادة أنك أتممت دورة إلكترونية "
                                    "على هذه البوابة. وهي ليست مؤهلًا معتمدًا، لكنها "
                                    "سجل مفيد لما تعلّمته.</p>"
                                ),
                            },
                            {
                                "heading": (
                                    "هل يمكنني الانضمام إذا لم تشارك مدينتي في المشروع؟"
                                ),
                                "text": (
                                    "<p>نعم. البوابة مفتوحة للشركات والجهات العامة "
                                    "من أي مكان. الأمثلة مستمدة من منطقة البحر "
                                    "الأبيض المتوسط، لكن الأساليب قابلة للتطبيق في "
                                    "سياقات كثيرة أخرى.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
    {
        "slug": "privacy",
        "in_menu": False,
        "title": {
            "en": "Privacy notice",
            "es": "Política de privacidad",
            "it": "Informativa sulla privacy",
            "he": "הודעת פרטיות",
            "ar": "إشعار الخصوصية",
        },
        "introduction": {
            "en": (
                "This notice explains what personal data Smart Cities Academy "
                "collects, why we use it, how long we keep it and what rights you "
                "have."
            ),
            "es": (
                "Esta política explica qué datos personales recoge Smart Cities "
                "Academy, para qué los usamos, cuánto tiempo los conservamos y qué "
                "derechos tiene usted."
            ),
            "it": (
                "Questa informativa spiega quali dati personali raccoglie Smart "
                "Cities Academy, perché li usiamo, per quanto tempo li conserviamo e "
                "quali diritti hai."
            ),
            "he": (
                "הודעה זו מסבירה איזה מידע אישי נאסף ב־Smart Cities Academy, לשם מה "
                "אנו משתמשים בו, כמה זמן אנו שומרים אותו ואילו זכויות עומדות לכם."
            ),
            "ar": (
                "يوضّح هذا الإشعار البيانات الشخصية التي تجمعها Smart Cities "
                "Academy، وأسباب استخدامنا لها، والمدة التي نحتفظ بها خلالها، "
                "والحقوق التي تتمتع بها."
            ),
        },
        "body": {
            "en": [
                ("heading", "Who is responsible for your data"),
                (
                    "paragraph",
                    (
                        "<p>The controller of your personal data is <strong>the "
                        "programme team operating this portal</strong>. For any "
                        "question about this notice or about your data, write to the "
                        "contact email address shown in the footer of every page. We "
                        "process personal data in line with the EU General Data "
                        "Protection Regulation (GDPR).</p>"
                    ),
                ),
                ("heading", "What we collect"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>Your account:</strong> email address, name, "
                        "organisation type and name, country, city and preferred "
                        "language, a securely stored password (never kept as "
                        "readable text), and the date you accepted this "
                        "notice.</li><li><strong>Your learning records:</strong> the "
                        "courses you enrol in, the lessons you complete, your "
                        "knowledge-check attempts and results, and the certificates "
                        "issued to you.</li><li><strong>Technical data:</strong> "
                        "short-lived server logs (such as IP address and time of "
                        "request), used only to keep the service "
                        "secure.</li></ul><p>We do not ask for sensitive data, and "
                        "we do not buy data about you from anyone else.</p>"
                    ),
                ),
                ("heading", "Why we use it and on what legal basis"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>Providing your account and courses</strong> "
                        "– saving your progress, scoring knowledge checks, issuing "
                        "certificates and sending service emails such as address "
                        "verification and password resets. Legal basis: the contract "
                        "formed when you accept the terms of use (Article 6(1)(b) "
                        "GDPR). Optional profile details, such as your organisation "
                        "and city, are given with your consent (Article 6(1)(a)), "
                        "which you can withdraw at any time by clearing them from "
                        "your profile.</li><li><strong>Anonymous programme "
                        "statistics</strong> – for example, how many SMEs and city "
                        "staff from each country completed training, reported to the "
                        "funder. The figures are aggregated and never identify you. "
                        "Legal basis: our legitimate interest in showing how public "
                        "funding is used (Article "
                        "6(1)(f)).</li><li><strong>Security</strong> – preventing "
                        "misuse and fixing faults, also on the basis of legitimate "
                        "interest.</li></ul><p>We never sell your data, use it for "
                        "advertising or take automated decisions that affect you.</p>"
                    ),
                ),
                ("heading", "Who can see it"),
                (
                    "paragraph",
                    (
                        "<p>Only authorised members of the programme team, and the "
                        "technical providers who host the portal and send emails on "
                        "our behalf under data processing agreements, can access your "
                        "data. If any provider processes data outside the European "
                        "Economic Area, we rely on appropriate safeguards such as the "
                        "European Commission's standard contractual "
                        "clauses.</p><p><strong>Certificate verification:</strong> "
                        "each certificate has a public verification page, reached "
                        "through its link or QR code, that shows your name, the course "
                        "title and the completion date. When you delete your account, "
                        "the page no longer shows your name and says that the "
                        "certificate is no longer available.</p>"
                    ),
                ),
                ("heading", "How long we keep it"),
                (
                    "paragraph",
                    (
                        "<p>We keep your account and learning records for as long as "
                        "your account exists. When you delete your account, we erase "
                        "at once your profile, email addresses, password, two-factor "
                        "authentication settings and sign-in sessions, and we remove "
                        "your name from your certificates. Your learning records (your "
                        "course enrolments, the lessons you completed, your "
                        "knowledge-check results and the certificates issued) are kept "
                        "without any link to you, only so that the programme's "
                        "anonymous statistics stay correct. Backup copies are "
                        "overwritten within 30 days at most, and server logs are "
                        "deleted within 30 days at most.</p>"
                    ),
                ),
                ("heading", "Your rights"),
                (
                    "paragraph",
                    (
                        "<p>Under the GDPR you have the right "
                        "to:</p><ul><li><strong>access</strong> your data, and "
                        "<strong>export</strong> it at any time: in your profile, "
                        "under <em>Your data</em>, choose <em>Download my data</em> to "
                        "receive everything we hold about you as a JSON "
                        "file;</li><li><strong>rectify</strong> inaccurate data, which "
                        "you can do yourself in your "
                        "profile;</li><li><strong>erase</strong> your data: in your "
                        "profile, under <em>Your data</em>, choose <em>Delete my "
                        "account</em> and confirm with your "
                        "password;</li><li><strong>object</strong> to processing based "
                        "on legitimate interest, and <strong>withdraw your "
                        "consent</strong>, without affecting earlier "
                        "processing;</li><li><strong>complain</strong> to a data "
                        "protection supervisory authority, in particular in the "
                        "country where you live or work.</li></ul><p>For any other "
                        "request, use the contact email in the footer. We reply within "
                        "one month.</p>"
                    ),
                ),
                ("heading", "Cookies"),
                (
                    "paragraph",
                    (
                        "<p>The portal uses <strong>only essential cookies</strong>, "
                        "which it needs in order to work and which therefore need no "
                        "consent:</p><ul><li>a <strong>session</strong> cookie, which "
                        "keeps you signed in;</li><li>a <strong>CSRF "
                        "protection</strong> cookie, which protects forms against "
                        "forged requests;</li><li>a <strong>language</strong> cookie "
                        "(portal_language), which remembers your preferred "
                        "language;</li><li>a short-lived <strong>messages</strong> "
                        "cookie, which carries a confirmation such as <em>Your profile "
                        "has been saved</em> to the next page and is deleted once "
                        "shown.</li></ul><p>We use no analytics or advertising cookies "
                        "and <strong>no third-party trackers</strong>: the portal's "
                        "pages, scripts, styles and fonts are all served by the portal "
                        "itself.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": (
                            "<p><strong>Embedded videos:</strong> some lessons may "
                            "include a video from an external provider, whose player "
                            "may set its own cookies and is covered by that "
                            "provider's privacy policy. Every video comes with a "
                            "full transcript, so you can follow the lesson without "
                            "playing it.</p>"
                        ),
                    },
                ),
            ],
            "es": [
                ("heading", "Responsable del tratamiento"),
                (
                    "paragraph",
                    (
                        "<p>El responsable del tratamiento de sus datos personales "
                        "es <strong>el equipo del programa que gestiona este "
                        "portal</strong>. Para cualquier consulta sobre esta "
                        "política o sobre sus datos, escriba a la dirección de "
                        "correo electrónico de contacto que figura en el pie de cada "
                        "página. Tratamos los datos personales de conformidad con el "
                        "Reglamento General de Protección de Datos de la UE "
                        "(RGPD).</p>"
                    ),
                ),
                ("heading", "Qué datos recogemos"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>Su cuenta:</strong> dirección de correo "
                        "electrónico, nombre, tipo y nombre de su organización, "
                        "país, ciudad e idioma preferido, una contraseña guardada de "
                        "forma segura (nunca como texto legible) y la fecha en que "
                        "aceptó esta política.</li><li><strong>Su historial de "
                        "aprendizaje:</strong> los cursos en los que se inscribe, "
                        "las lecciones que completa, sus intentos y resultados en "
                        "las pruebas de conocimientos y los certificados que se le "
                        "expiden.</li><li><strong>Datos técnicos:</strong> registros "
                        "del servidor de corta duración (como la dirección IP y la "
                        "hora de la solicitud), que solo se utilizan para mantener "
                        "la seguridad del servicio.</li></ul><p>No solicitamos datos "
                        "sensibles ni compramos a terceros datos sobre usted.</p>"
                    ),
                ),
                ("heading", "Para qué los usamos y con qué base jurídica"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>Prestarle el servicio de su cuenta y sus "
                        "cursos</strong>: guardar su progreso, corregir las pruebas "
                        "de conocimientos, expedir certificados y enviarle correos "
                        "del servicio, como la verificación de su dirección o el "
                        "restablecimiento de la contraseña. Base jurídica: el "
                        "contrato que se establece cuando acepta las condiciones de "
                        "uso (artículo 6.1.b del RGPD). Los datos opcionales del "
                        "perfil, como su organización y su ciudad, se facilitan con "
                        "su consentimiento (artículo 6.1.a), que puede retirar en "
                        "cualquier momento borrándolos de su "
                        "perfil.</li><li><strong>Estadísticas anónimas del "
                        "programa</strong>: por ejemplo, cuántas pymes y cuántos "
                        "empleados municipales de cada país han completado la "
                        "formación, para informar a la entidad financiadora. Las "
                        "cifras son agregadas y nunca le identifican. Base jurídica: "
                        "nuestro interés legítimo en demostrar cómo se utiliza la "
                        "financiación pública (artículo "
                        "6.1.f).</li><li><strong>Seguridad</strong>: prevenir usos "
                        "indebidos y corregir fallos, también sobre la base del "
                        "interés legítimo.</li></ul><p>Nunca vendemos sus datos, no "
                        "los utilizamos con fines publicitarios y no tomamos "
                        "decisiones automatizadas que le afecten.</p>"
                    ),
                ),
                ("heading", "Quién puede verlos"),
                (
                    "paragraph",
                    (
                        "<p>Solo pueden acceder a sus datos los miembros autorizados "
                        "del equipo del programa y los proveedores técnicos que alojan "
                        "el portal y envían los correos en nuestro nombre, en virtud "
                        "de contratos de encargo del tratamiento. Si algún proveedor "
                        "trata datos fuera del Espacio Económico Europeo, aplicamos "
                        "garantías adecuadas, como las cláusulas contractuales tipo de "
                        "la Comisión Europea.</p><p><strong>Verificación de "
                        "certificados:</strong> cada certificado tiene una página "
                        "pública de verificación, accesible mediante su enlace o su "
                        "código QR, que muestra su nombre, el título del curso y la "
                        "fecha en que lo completó. Cuando usted elimina su cuenta, la "
                        "página deja de mostrar su nombre e indica que el certificado "
                        "ya no está disponible.</p>"
                    ),
                ),
                ("heading", "Cuánto tiempo los conservamos"),
                (
                    "paragraph",
                    (
                        "<p>Conservamos su cuenta y su historial de aprendizaje "
                        "mientras la cuenta exista. Cuando elimina su cuenta, borramos "
                        "de inmediato su perfil, sus direcciones de correo "
                        "electrónico, su contraseña, su configuración de verificación "
                        "en dos pasos y sus sesiones abiertas, y retiramos su nombre "
                        "de sus certificados. Su historial de aprendizaje (sus "
                        "inscripciones en cursos, las lecciones completadas, los "
                        "resultados de las pruebas de conocimientos y los certificados "
                        "expedidos) se conserva sin ningún vínculo con usted, "
                        "únicamente para que las estadísticas anónimas del programa "
                        "sigan siendo correctas. Las copias de seguridad se "
                        "sobrescriben en un plazo máximo de 30 días, y los registros "
                        "del servidor se eliminan en un plazo máximo de 30 días.</p>"
                    ),
                ),
                ("heading", "Sus derechos"),
                (
                    "paragraph",
                    (
                        "<p>De acuerdo con el RGPD, usted tiene derecho "
                        "a:</p><ul><li><strong>acceder</strong> a sus datos y "
                        "<strong>exportarlos</strong> en cualquier momento: en su "
                        "perfil, en el apartado <em>Tus datos</em>, elija "
                        "<em>Descargar mis datos</em> para recibir en un archivo JSON "
                        "todo lo que guardamos sobre "
                        "usted;</li><li><strong>rectificar</strong> los datos "
                        "inexactos, algo que puede hacer directamente en su "
                        "perfil;</li><li><strong>suprimir</strong> sus datos: en su "
                        "perfil, en el apartado <em>Tus datos</em>, elija <em>Eliminar "
                        "mi cuenta</em> y confirme con su "
                        "contraseña;</li><li><strong>oponerse</strong> al tratamiento "
                        "basado en el interés legítimo y <strong>retirar su "
                        "consentimiento</strong>, sin que ello afecte al tratamiento "
                        "anterior;</li><li><strong>presentar una reclamación</strong> "
                        "ante una autoridad de control de protección de datos, en "
                        "particular la del país donde vive o trabaja.</li></ul><p>Para "
                        "cualquier otra solicitud, utilice el correo de contacto del "
                        "pie de página. Respondemos en el plazo de un mes.</p>"
                    ),
                ),
                ("heading", "Cookies"),
                (
                    "paragraph",
                    (
                        "<p>El portal utiliza <strong>únicamente cookies "
                        "esenciales</strong>, necesarias para su funcionamiento y que, "
                        "por tanto, no requieren consentimiento:</p><ul><li>una cookie "
                        "de <strong>sesión</strong>, que mantiene abierta su "
                        "sesión;</li><li>una cookie de <strong>protección "
                        "CSRF</strong>, que protege los formularios frente a "
                        "solicitudes falsificadas;</li><li>una cookie de "
                        "<strong>idioma</strong> (portal_language), que recuerda su "
                        "idioma preferido;</li><li>una cookie de "
                        "<strong>mensajes</strong> de corta duración, que lleva a la "
                        "página siguiente una confirmación como <em>Se ha guardado tu "
                        "perfil</em> y se borra en cuanto se muestra.</li></ul><p>No "
                        "utilizamos cookies analíticas ni publicitarias, ni "
                        "<strong>herramientas de seguimiento de terceros</strong>: las "
                        "páginas, los scripts, las hojas de estilo y las fuentes los "
                        "sirve el propio portal.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": (
                            "<p><strong>Vídeos incrustados:</strong> algunas "
                            "lecciones pueden incluir un vídeo de un proveedor "
                            "externo, cuyo reproductor puede instalar sus propias "
                            "cookies y se rige por la política de privacidad de "
                            "dicho proveedor. Todos los vídeos van acompañados de "
                            "una transcripción completa, de modo que puede seguir la "
                            "lección sin reproducirlos.</p>"
                        ),
                    },
                ),
            ],
            "it": [
                ("heading", "Titolare del trattamento"),
                (
                    "paragraph",
                    (
                        "<p>Il titolare del trattamento dei tuoi dati personali è "
                        "<strong>il team del programma che gestisce questo "
                        "portale</strong>. Per qualsiasi domanda su questa "
                        "informativa o sui tuoi dati, scrivi all'indirizzo email di "
                        "contatto indicato in fondo a ogni pagina. Trattiamo i dati "
                        "personali in conformità con il Regolamento generale sulla "
                        "protezione dei dati dell'UE (GDPR).</p>"
                    ),
                ),
                ("heading", "Quali dati raccogliamo"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>Il tuo account:</strong> indirizzo email, "
                        "nome, tipo e nome dell'organizzazione, paese, città e "
                        "lingua preferita, una password conservata in modo sicuro "
                        "(mai come testo leggibile) e la data in cui hai accettato "
                        "questa informativa.</li><li><strong>I tuoi dati di "
                        "apprendimento:</strong> i corsi a cui ti iscrivi, le "
                        "lezioni che completi, i tuoi tentativi e risultati nelle "
                        "verifiche delle conoscenze e i certificati che ti vengono "
                        "rilasciati.</li><li><strong>Dati tecnici:</strong> registri "
                        "del server di breve durata (come indirizzo IP e ora della "
                        "richiesta), usati solo per mantenere sicuro il "
                        "servizio.</li></ul><p>Non chiediamo dati sensibili e non "
                        "acquistiamo da terzi dati che ti riguardano.</p>"
                    ),
                ),
                ("heading", "Perché li usiamo e su quale base giuridica"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>Fornirti l'account e i corsi</strong>: "
                        "salvare i tuoi progressi, valutare le verifiche delle "
                        "conoscenze, rilasciare i certificati e inviarti le email di "
                        "servizio, come la verifica dell'indirizzo o il ripristino "
                        "della password. Base giuridica: il contratto che si "
                        "instaura quando accetti le condizioni d'uso (articolo 6, "
                        "paragrafo 1, lettera b, del GDPR). I dati facoltativi del "
                        "profilo, come organizzazione e città, sono forniti con il "
                        "tuo consenso (articolo 6, paragrafo 1, lettera a), che puoi "
                        "revocare in qualsiasi momento cancellandoli dal "
                        "profilo.</li><li><strong>Statistiche anonime del "
                        "programma</strong>: ad esempio, quante PMI e quanti "
                        "dipendenti comunali di ciascun paese hanno completato la "
                        "formazione, da comunicare all'ente finanziatore. I dati "
                        "sono aggregati e non ti identificano mai. Base giuridica: "
                        "il nostro legittimo interesse a dimostrare come vengono "
                        "utilizzati i fondi pubblici (articolo 6, paragrafo 1, "
                        "lettera f).</li><li><strong>Sicurezza</strong>: prevenire "
                        "gli abusi e correggere i malfunzionamenti, sempre sulla "
                        "base del legittimo interesse.</li></ul><p>Non vendiamo mai "
                        "i tuoi dati, non li usiamo a fini pubblicitari e non "
                        "prendiamo decisioni automatizzate che ti riguardano.</p>"
                    ),
                ),
                ("heading", "Chi può vederli"),
                (
                    "paragraph",
                    (
                        "<p>Possono accedere ai tuoi dati solo i membri autorizzati "
                        "del team del programma e i fornitori tecnici che ospitano il "
                        "portale e inviano le email per nostro conto, sulla base di "
                        "accordi sul trattamento dei dati. Se un fornitore tratta dati "
                        "al di fuori dello Spazio economico europeo, ci avvaliamo di "
                        "garanzie adeguate, come le clausole contrattuali tipo della "
                        "Commissione europea.</p><p><strong>Verifica dei "
                        "certificati:</strong> ogni certificato ha una pagina di "
                        "verifica pubblica, raggiungibile tramite il relativo link o "
                        "codice QR, che mostra il tuo nome, il titolo del corso e la "
                        "data di completamento. Quando elimini il tuo account, la "
                        "pagina non mostra più il tuo nome e indica che il certificato "
                        "non è più disponibile.</p>"
                    ),
                ),
                ("heading", "Per quanto tempo li conserviamo"),
                (
                    "paragraph",
                    (
                        "<p>Conserviamo il tuo account e i tuoi dati di apprendimento "
                        "finché l'account esiste. Quando elimini l'account, "
                        "cancelliamo subito il profilo, gli indirizzi email, la "
                        "password, le impostazioni dell'autenticazione a due fattori e "
                        "le sessioni aperte, e togliamo il tuo nome dai certificati. I "
                        "dati di apprendimento (le iscrizioni ai corsi, le lezioni "
                        "completate, i risultati delle verifiche delle conoscenze e i "
                        "certificati rilasciati) vengono conservati senza alcun "
                        "collegamento con te, al solo scopo di mantenere corrette le "
                        "statistiche anonime del programma. Le copie di backup vengono "
                        "sovrascritte entro 30 giorni al massimo e i registri del "
                        "server vengono cancellati entro 30 giorni al massimo.</p>"
                    ),
                ),
                ("heading", "I tuoi diritti"),
                (
                    "paragraph",
                    (
                        "<p>Ai sensi del GDPR hai il diritto "
                        "di:</p><ul><li><strong>accedere</strong> ai tuoi dati ed "
                        "<strong>esportarli</strong> in qualsiasi momento: nel tuo "
                        "profilo, nella sezione <em>I tuoi dati</em>, scegli "
                        "<em>Scarica i miei dati</em> per ricevere in un file JSON "
                        "tutto ciò che conserviamo su di "
                        "te;</li><li><strong>rettificare</strong> i dati inesatti, "
                        "cosa che puoi fare direttamente nel tuo "
                        "profilo;</li><li><strong>cancellare</strong> i tuoi dati: nel "
                        "tuo profilo, nella sezione <em>I tuoi dati</em>, scegli "
                        "<em>Elimina il mio account</em> e conferma con la tua "
                        "password;</li><li><strong>opporti</strong> al trattamento "
                        "basato sul legittimo interesse e <strong>revocare il "
                        "consenso</strong>, senza pregiudicare il trattamento "
                        "precedente;</li><li><strong>proporre reclamo</strong> a "
                        "un'autorità di controllo per la protezione dei dati, in "
                        "particolare quella del paese in cui vivi o "
                        "lavori.</li></ul><p>Per qualsiasi altra richiesta, scrivi "
                        "all'email di contatto a piè di pagina. Rispondiamo entro un "
                        "mese.</p>"
                    ),
                ),
                ("heading", "Cookie"),
                (
                    "paragraph",
                    (
                        "<p>Il portale utilizza <strong>solo cookie "
                        "essenziali</strong>, necessari al suo funzionamento e che "
                        "quindi non richiedono il consenso:</p><ul><li>un cookie di "
                        "<strong>sessione</strong>, che mantiene attivo il tuo "
                        "accesso;</li><li>un cookie di <strong>protezione "
                        "CSRF</strong>, che protegge i moduli dalle richieste "
                        "contraffatte;</li><li>un cookie della <strong>lingua</strong> "
                        "(portal_language), che ricorda la tua lingua "
                        "preferita;</li><li>un cookie dei <strong>messaggi</strong> di "
                        "breve durata, che porta alla pagina successiva una conferma "
                        "come <em>Il tuo profilo è stato salvato</em> e viene "
                        "cancellato appena mostrato.</li></ul><p>Non utilizziamo "
                        "cookie analitici o pubblicitari né <strong>strumenti di "
                        "tracciamento di terze parti</strong>: pagine, script, fogli "
                        "di stile e caratteri sono tutti forniti dal portale "
                        "stesso.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": (
                            "<p><strong>Video incorporati:</strong> alcune lezioni "
                            "possono includere un video di un fornitore esterno, il "
                            "cui lettore può impostare propri cookie ed è soggetto "
                            "all'informativa privacy di quel fornitore. Ogni video è "
                            "accompagnato da una trascrizione completa, così puoi "
                            "seguire la lezione senza avviarlo.</p>"
                        ),
                    },
                ),
            ],
            "he": [
                ("heading", "מי אחראי למידע שלכם"),
                (
                    "paragraph",
                    (
                        '<p>הגורם האחראי למידע האישי שלכם ("בקר המידע" כהגדרתו '
                        "ב־GDPR) הוא <strong>צוות התוכנית המפעיל את הפורטל</strong>. "
                        "לכל שאלה על הודעה זו או על המידע שלכם, כתבו לכתובת הדוא״ל "
                        "ליצירת קשר המופיעה בתחתית כל עמוד. אנו מעבדים מידע אישי "
                        "בהתאם לתקנה הכללית של האיחוד האירופי להגנה על מידע "
                        "(GDPR).</p>"
                    ),
                ),
                ("heading", "איזה מידע אנו אוספים"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>החשבון שלכם:</strong> כתובת דוא״ל, שם, סוג "
                        "הארגון ושמו, מדינה, עיר ושפה מועדפת, סיסמה שנשמרת באופן "
                        "מאובטח (לעולם לא כטקסט קריא), והתאריך שבו אישרתם הודעה "
                        "זו.</li><li><strong>רשומות הלמידה שלכם:</strong> הקורסים "
                        "שנרשמתם אליהם, השיעורים שסיימתם, הניסיונות והתוצאות שלכם "
                        "בבדיקות הידע, והתעודות שהונפקו לכם.</li><li><strong>מידע "
                        "טכני:</strong> יומני שרת לטווח קצר (כגון כתובת IP ושעת "
                        "הבקשה), המשמשים אך ורק לשמירה על אבטחת "
                        "השירות.</li></ul><p>איננו מבקשים מידע רגיש, ואיננו קונים "
                        "מידע עליכם מגורמים אחרים.</p>"
                    ),
                ),
                ("heading", "לשם מה אנו משתמשים במידע ועל איזה בסיס חוקי"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>הפעלת החשבון והקורסים</strong> – שמירת "
                        "ההתקדמות, בדיקת מבחני הידע, הנפקת תעודות ושליחת הודעות "
                        "דוא״ל שירותיות, כגון אימות כתובת ואיפוס סיסמה. בסיס חוקי: "
                        "החוזה שנכרת כשאתם מקבלים את תנאי השימוש (סעיף 6(1)(ב) "
                        "ל־GDPR). פרטי פרופיל אופציונליים, כגון הארגון והעיר, נמסרים "
                        "בהסכמתכם (סעיף 6(1)(א)), ואפשר לחזור בכם ממנה בכל עת על ידי "
                        "מחיקתם מהפרופיל.</li><li><strong>סטטיסטיקה אנונימית של "
                        "התוכנית</strong> – למשל, כמה עסקים קטנים ובינוניים וכמה "
                        "עובדי רשויות מכל מדינה סיימו הכשרה, לצורך דיווח לגוף המממן. "
                        "הנתונים מצרפיים ולעולם אינם מזהים אתכם. בסיס חוקי: האינטרס "
                        "הלגיטימי שלנו להראות כיצד נעשה שימוש בכספי ציבור (סעיף "
                        "6(1)(ו)).</li><li><strong>אבטחה</strong> – מניעת שימוש לרעה "
                        "ותיקון תקלות, גם כן על בסיס אינטרס "
                        "לגיטימי.</li></ul><p>לעולם איננו מוכרים את המידע שלכם, "
                        "איננו משתמשים בו לפרסום ואיננו מקבלים החלטות אוטומטיות "
                        "שמשפיעות עליכם.</p>"
                    ),
                ),
                ("heading", "מי יכול לראות את המידע"),
                (
                    "paragraph",
                    (
                        "<p>רק חברי צוות מורשים של התוכנית, וספקים טכניים שמארחים את "
                        "הפורטל ושולחים הודעות דוא״ל בשמנו במסגרת הסכמים לעיבוד מידע, "
                        "יכולים לגשת למידע שלכם. אם ספק כלשהו מעבד מידע מחוץ לאזור "
                        "הכלכלי האירופי, אנו נסמכים על אמצעי הגנה מתאימים, כגון "
                        "הסעיפים החוזיים התקניים של הנציבות "
                        "האירופית.</p><p><strong>אימות תעודות:</strong> לכל תעודה יש "
                        "דף אימות ציבורי, שאפשר להגיע אליו דרך הקישור שלה או קוד ה־QR "
                        "שעליה, ובו מוצגים שמכם, שם הקורס ותאריך הסיום. כשאתם מוחקים "
                        "את החשבון, הדף מפסיק להציג את שמכם ומציין שהתעודה אינה זמינה "
                        "עוד.</p>"
                    ),
                ),
                ("heading", "כמה זמן אנו שומרים את המידע"),
                (
                    "paragraph",
                    (
                        "<p>אנו שומרים את החשבון ואת רשומות הלמידה שלכם כל עוד החשבון "
                        "קיים. כשאתם מוחקים את החשבון, אנו מוחקים מיד את הפרופיל, "
                        "כתובות הדוא״ל, הסיסמה, הגדרות האימות הדו־שלבי וההתחברויות "
                        "הפעילות שלכם, ומסירים את שמכם מהתעודות. רשומות הלמידה (ההרשמה "
                        "לקורסים, השיעורים שהושלמו, תוצאות בדיקות הידע והתעודות "
                        "שהונפקו) נשמרות ללא כל קישור אליכם, אך ורק כדי שהסטטיסטיקה "
                        "האנונימית של התוכנית תישאר מדויקת. עותקי הגיבוי נדרסים בתוך "
                        "30 יום לכל היותר, ויומני השרת נמחקים בתוך 30 יום לכל "
                        "היותר.</p>"
                    ),
                ),
                ("heading", "הזכויות שלכם"),
                (
                    "paragraph",
                    (
                        "<p>לפי ה־GDPR עומדות לכם הזכויות "
                        "הבאות:</p><ul><li><strong>לעיין</strong> במידע שלכם "
                        "ו<strong>לייצא</strong> אותו בכל עת: בפרופיל, בקטע <em>המידע "
                        "שלך</em>, בחרו <em>הורדת המידע שלי</em> כדי לקבל בקובץ JSON "
                        "את כל המידע שאנו שומרים עליכם;</li><li><strong>לתקן</strong> "
                        "מידע שגוי – אפשר לעשות זאת בעצמכם "
                        "בפרופיל;</li><li><strong>למחוק</strong> את המידע: בפרופיל, "
                        "בקטע <em>המידע שלך</em>, בחרו <em>מחיקת החשבון שלי</em> ואשרו "
                        "באמצעות הסיסמה;</li><li><strong>להתנגד</strong> לעיבוד המבוסס "
                        "על אינטרס לגיטימי ו<strong>לחזור בכם מהסכמתכם</strong>, בלי "
                        "שהדבר ישפיע על עיבוד שנעשה קודם לכן;</li><li><strong>להגיש "
                        "תלונה</strong> לרשות פיקוח על הגנת מידע, בייחוד במדינה שבה "
                        "אתם גרים או עובדים.</li></ul><p>לכל בקשה אחרת, פנו לכתובת "
                        "הדוא״ל ליצירת קשר שבתחתית העמוד. נשיב בתוך חודש.</p>"
                    ),
                ),
                ("heading", "עוגיות (Cookies)"),
                (
                    "paragraph",
                    (
                        "<p>הפורטל משתמש <strong>בעוגיות חיוניות בלבד</strong>, "
                        "הדרושות לפעולתו ולכן אינן טעונות הסכמה:</p><ul><li>עוגיית "
                        "<strong>הפעלה (session)</strong>, ששומרת אתכם "
                        "מחוברים;</li><li>עוגיית <strong>הגנה מפני CSRF</strong>, "
                        "שמגנה על טפסים מפני בקשות מזויפות;</li><li>עוגיית "
                        "<strong>שפה</strong> (portal_language), שזוכרת את השפה "
                        "המועדפת עליכם;</li><li>עוגיית <strong>הודעות</strong> קצרת "
                        "מועד, שמעבירה לעמוד הבא הודעת אישור כגון <em>הפרופיל שלך "
                        "נשמר</em> ונמחקת מיד לאחר שהוצגה.</li></ul><p>איננו משתמשים "
                        "בעוגיות לניתוח נתונים או לפרסום, ו<strong>לא בכלי מעקב של צד "
                        "שלישי</strong>: הדפים, הסקריפטים, גיליונות הסגנון והגופנים "
                        "מוגשים כולם מהפורטל עצמו.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": (
                            "<p><strong>סרטונים מוטמעים:</strong> בחלק מהשיעורים "
                            "עשוי להופיע סרטון של ספק חיצוני, שהנגן שלו עשוי להגדיר "
                            "עוגיות משלו וחלה עליו מדיניות הפרטיות של אותו ספק. לכל "
                            "סרטון מצורף תמליל מלא, כך שאפשר ללמוד את השיעור גם בלי "
                            "להפעיל אותו.</p>"
                        ),
                    },
                ),
            ],
            "ar": [
                ("heading", "الجهة المسؤولة عن بياناتك"),
                (
                    "paragraph",
                    (
                        "<p>المتحكّم في بياناتك الشخصية هو <strong>فريق البرنامج "
                        "الذي يشغّل هذه البوابة</strong>. لأي سؤال حول هذا الإشعار "
                        "أو حول بياناتك، راسلنا على عنوان البريد الإلكتروني للتواصل "
                        "الظاهر في تذييل كل صفحة. ونحن نعالج البيانات الشخصية وفقًا "
                        "للائحة العامة لحماية البيانات في الاتحاد الأوروبي "
                        "(GDPR).</p>"
                    ),
                ),
                ("heading", "البيانات التي نجمعها"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>حسابك:</strong> عنوان البريد الإلكتروني "
                        "والاسم ونوع المؤسسة واسمها والبلد والمدينة واللغة المفضلة، "
                        "وكلمة مرور محفوظة بطريقة آمنة (لا تُخزَّن أبدًا كنص مقروء)، "
                        "وتاريخ موافقتك على هذا الإشعار.</li><li><strong>سجلات "
                        "تعلّمك:</strong> الدورات التي تسجّل فيها، والدروس التي "
                        "تُتمّها، ومحاولاتك ونتائجك في اختبارات المعرفة، والشهادات "
                        "الصادرة لك.</li><li><strong>البيانات التقنية:</strong> "
                        "سجلات خادم قصيرة الأمد (مثل عنوان IP ووقت الطلب)، تُستخدم "
                        "فقط للحفاظ على أمن الخدمة.</li></ul><p>لا نطلب بيانات "
                        "حساسة، ولا نشتري بيانات عنك من أي جهة أخرى.</p>"
                    ),
                ),
                ("heading", "لماذا نستخدمها وما الأساس القانوني"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>تقديم حسابك ودوراتك</strong>: حفظ تقدّمك، "
                        "وتصحيح اختبارات المعرفة، وإصدار الشهادات، وإرسال رسائل "
                        "الخدمة مثل التحقق من عنوان البريد الإلكتروني وإعادة تعيين "
                        "كلمة المرور. الأساس القانوني: العقد المبرم عند قبولك شروط "
                        "الاستخدام (المادة 6(1)(ب) من اللائحة). أما بيانات الملف "
                        "الشخصي الاختيارية، مثل مؤسستك ومدينتك، فتقدّمها بموافقتك "
                        "(المادة 6(1)(أ))، ويمكنك سحب هذه الموافقة في أي وقت بحذفها "
                        "من ملفك الشخصي.</li><li><strong>إحصاءات البرنامج المجهولة "
                        "الهوية</strong>: مثل عدد الشركات الصغيرة والمتوسطة وموظفي "
                        "البلديات من كل بلد ممن أتمّوا التدريب، لتقديمها إلى الجهة "
                        "المموِّلة. هذه الأرقام مجمّعة ولا تكشف هويتك أبدًا. الأساس "
                        "القانوني: مصلحتنا المشروعة في إظهار كيفية استخدام التمويل "
                        "العام (المادة 6(1)(و)).</li><li><strong>الأمن</strong>: منع "
                        "إساءة الاستخدام وإصلاح الأعطال، استنادًا أيضًا إلى المصلحة "
                        "المشروعة.</li></ul><p>لا نبيع بياناتك أبدًا، ولا نستخدمها "
                        "للإعلان، ولا نتخذ بشأنك قرارات آلية تؤثر فيك.</p>"
                    ),
                ),
                ("heading", "من يمكنه الاطلاع عليها"),
                (
                    "paragraph",
                    (
                        "<p>لا يمكن الوصول إلى بياناتك إلا لأعضاء فريق البرنامج "
                        "المخوّلين ولمزوّدي الخدمات التقنية الذين يستضيفون البوابة "
                        "ويرسلون الرسائل الإلكترونية نيابة عنا بموجب اتفاقيات لمعالجة "
                        "البيانات. وإذا عالج أي مزوّد بيانات خارج المنطقة الاقتصادية "
                        "الأوروبية، فإننا نعتمد ضمانات مناسبة مثل البنود التعاقدية "
                        "القياسية الصادرة عن المفوضية الأوروبية.</p><p><strong>التحقق "
                        "من الشهادات:</strong> لكل شهادة صفحة تحقق عامة يمكن الوصول "
                        "إليها عبر رابطها أو رمز QR الخاص بها، وتعرض اسمك وعنوان "
                        "الدورة وتاريخ إتمامها. وعند حذف حسابك، تتوقف الصفحة عن عرض "
                        "اسمك وتشير إلى أن الشهادة لم تعد متاحة.</p>"
                    ),
                ),
                ("heading", "مدة الاحتفاظ بالبيانات"),
                (
                    "paragraph",
                    (
                        "<p>نحتفظ بحسابك وسجلات تعلّمك ما دام الحساب قائمًا. وعند حذف "
                        "حسابك، نمحو فورًا ملفك الشخصي وعناوين بريدك الإلكتروني وكلمة "
                        "المرور وإعدادات التحقق بخطوتين وجلسات الدخول المفتوحة، ونزيل "
                        "اسمك من شهاداتك. أما سجلات تعلّمك (التسجيل في الدورات، "
                        "والدروس المكتملة، ونتائج اختبارات المعرفة، والشهادات الصادرة) "
                        "فنحتفظ بها من دون أي صلة بك، وذلك فقط لتبقى الإحصاءات "
                        "المجهولة الهوية للبرنامج صحيحة. وتُستبدل النسخ الاحتياطية "
                        "بنسخ جديدة خلال 30 يومًا على الأكثر، وتُحذف سجلات الخادم خلال "
                        "30 يومًا على الأكثر.</p>"
                    ),
                ),
                ("heading", "حقوقك"),
                (
                    "paragraph",
                    (
                        "<p>بموجب اللائحة العامة لحماية البيانات، يحق "
                        "لك:</p><ul><li><strong>الاطلاع</strong> على بياناتك "
                        "و<strong>تصديرها</strong> في أي وقت: في ملفك الشخصي، ضمن قسم "
                        "<em>بياناتك</em>، اختر <em>تنزيل بياناتي</em> لتحصل في ملف "
                        "JSON على كل ما نحتفظ به عنك؛</li><li><strong>تصحيح</strong> "
                        "البيانات غير الدقيقة، وهو ما يمكنك فعله بنفسك في ملفك "
                        "الشخصي؛</li><li><strong>محو</strong> بياناتك: في ملفك الشخصي، "
                        "ضمن قسم <em>بياناتك</em>، اختر <em>حذف حسابي</em> وأكّد ذلك "
                        "بكلمة المرور؛</li><li><strong>الاعتراض</strong> على المعالجة "
                        "القائمة على المصلحة المشروعة و<strong>سحب موافقتك</strong>، "
                        "من دون أن يؤثر ذلك في المعالجة السابقة؛</li><li><strong>تقديم "
                        "شكوى</strong> إلى سلطة رقابية لحماية البيانات، ولا سيما في "
                        "البلد الذي تقيم أو تعمل فيه.</li></ul><p>لأي طلب آخر، استخدم "
                        "البريد الإلكتروني للتواصل الظاهر في التذييل. ونحن نردّ خلال "
                        "شهر واحد.</p>"
                    ),
                ),
                ("heading", "ملفات تعريف الارتباط (الكوكيز)"),
                (
                    "paragraph",
                    (
                        "<p>تستخدم البوابة <strong>ملفات تعريف الارتباط الضرورية "
                        "فقط</strong>، وهي لازمة لعملها ولذلك لا تتطلب "
                        "موافقتك:</p><ul><li>ملف <strong>الجلسة</strong>، الذي يُبقي "
                        "تسجيل دخولك قائمًا؛</li><li>ملف <strong>الحماية من هجمات "
                        "CSRF</strong>، الذي يحمي النماذج من الطلبات "
                        "المزوّرة؛</li><li>ملف <strong>اللغة</strong> "
                        "(portal_language)، الذي يتذكّر لغتك المفضلة؛</li><li>ملف "
                        "<strong>الرسائل</strong> القصير الأمد، الذي ينقل إلى الصفحة "
                        "التالية رسالة تأكيد مثل <em>تم حفظ ملفك الشخصي</em> ويُحذف "
                        "فور عرضها.</li></ul><p>لا نستخدم ملفات تعريف ارتباط تحليلية "
                        "أو إعلانية، ولا <strong>أدوات تتبّع تابعة لجهات "
                        "خارجية</strong>: فالصفحات والنصوص البرمجية وأوراق الأنماط "
                        "والخطوط كلها تُقدَّم من البوابة نفسها.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": (
                            "<p><strong>مقاطع الفيديو المضمّنة:</strong> قد تتضمن "
                            "بعض الدروس مقطع فيديو من مزوّد خارجي، وقد يضع مشغّله "
                            "ملفات تعريف ارتباط خاصة به، وتسري عليه سياسة الخصوصية "
                            "لذلك المزوّد. ويرافق كل مقطع فيديو نصّ مكتوب كامل، "
                            "لتتمكن من متابعة الدرس من دون تشغيله.</p>"
                        ),
                    },
                ),
            ],
        },
    },
    {
        "slug": "accessibility",
        "in_menu": False,
        "title": {
            "en": "Accessibility statement",
            "es": "Declaración de accesibilidad",
            "it": "Dichiarazione di accessibilità",
            "he": "הצהרת נגישות",
            "ar": "بيان إمكانية الوصول",
        },
        "introduction": {
            "en": (
                "We want everyone to be able to use Smart Cities Academy, whatever "
                "their device, abilities or language, and this statement explains "
                "how far we have come."
            ),
            "es": (
                "Queremos que todas las personas puedan usar Smart Cities Academy, "
                "sea cual sea su dispositivo, sus capacidades o su idioma, y esta "
                "declaración explica hasta dónde hemos llegado."
            ),
            "it": (
                "Vogliamo che tutti possano usare Smart Cities Academy, qualunque "
                "siano il dispositivo, le capacità o la lingua, e questa "
                "dichiarazione spiega a che punto siamo arrivati."
            ),
            "he": (
                "אנו רוצים שכל אחד ואחת יוכלו להשתמש ב־Smart Cities Academy, בלי קשר "
                "למכשיר, ליכולות או לשפה, והצהרה זו מסבירה עד כמה התקדמנו."
            ),
            "ar": (
                "نريد أن يتمكن الجميع من استخدام Smart Cities Academy، أيًّا كان "
                "الجهاز أو القدرات أو اللغة، ويوضّح هذا البيان ما أنجزناه حتى الآن."
            ),
        },
        "body": {
            "en": [
                ("heading", "Our commitment"),
                (
                    "paragraph",
                    (
                        "<p>Smart Cities Academy aims to meet the <strong>Web "
                        "Content Accessibility Guidelines (WCAG) 2.1 at level "
                        "AA</strong>. This statement covers the portal's public "
                        "pages, courses, resource library and account pages in all "
                        "five languages.</p>"
                    ),
                ),
                ("heading", "How the portal is built"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>Semantic HTML</strong> with landmarks, a "
                        "logical heading order and labelled form fields, so that "
                        "screen readers can navigate the structure of each "
                        "page.</li><li><strong>Full keyboard access</strong>, a link "
                        "to skip to the main content and a clearly <strong>visible "
                        "focus</strong> indicator.</li><li><strong>Text "
                        "alternatives</strong>: editors must add alternative text to "
                        "every image, and every video needs a full "
                        "<strong>transcript</strong>.</li><li><strong>Right-to-left "
                        "layouts</strong> for Hebrew and Arabic, with the correct "
                        "language and text direction set on every page.</li><li>It "
                        "<strong>works without JavaScript</strong>: navigation, "
                        "lessons, knowledge checks and certificates use ordinary "
                        "links and forms.</li><li>The layout adapts to small screens "
                        "and enlarged text.</li></ul>"
                    ),
                ),
                ("heading", "How we test it"),
                (
                    "paragraph",
                    (
                        "<p>Accessibility checks are part of the portal's automated "
                        "tests and <strong>run on every "
                        "change</strong>:</p><ul><li><strong>automated axe-core "
                        "checks</strong> in a real browser on key pages, such as the "
                        "home page, a course, a lesson and the sign-in form, in "
                        "English, Hebrew and Arabic;</li><li><strong>keyboard-only "
                        "journeys</strong> through the main tasks, such as signing "
                        "in and completing a lesson.</li></ul><p>Automated tools "
                        "find only some of the possible problems, which is why your "
                        "feedback is so valuable to us.</p>"
                    ),
                ),
                ("heading", "Known limitations"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>PDF documents:</strong> not all PDF files "
                        "that partners upload to the resource library may be tagged "
                        "for accessibility. If a document is hard to use with your "
                        "assistive technology, tell us and we will try to provide an "
                        "accessible version or the content in another "
                        "format.</li><li><strong>Embedded videos:</strong> videos "
                        "from third-party providers rely on the provider's own "
                        "player, whose keyboard and screen reader support we cannot "
                        "control. Every video has a transcript on the same "
                        "page.</li><li><strong>Languages:</strong> some older "
                        "resources exist only in the language in which they were "
                        "first published.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": (
                            "<p>Need some content in another format, such as plain "
                            "text or large print? Ask us through the contact email "
                            "in the footer.</p>"
                        ),
                    },
                ),
                ("heading", "Reporting a problem"),
                (
                    "paragraph",
                    (
                        "<p>If you find something on the portal that you cannot use, "
                        "write to the contact email shown in the footer. Tell us the "
                        "address of the page, what you were trying to do and, if you "
                        "wish, the device and assistive technology you use. We aim "
                        "to reply within <strong>five working days</strong> and to "
                        "fix confirmed problems as quickly as we can.</p>"
                    ),
                ),
                ("heading", "About this statement"),
                (
                    "paragraph",
                    (
                        "<p>This statement was prepared in <strong>November "
                        "2026</strong> on the basis of the automated tests described "
                        "above and a self-assessment by the programme team. We will "
                        "review it whenever the portal changes significantly, and at "
                        "least once a year.</p>"
                    ),
                ),
            ],
            "es": [
                ("heading", "Nuestro compromiso"),
                (
                    "paragraph",
                    (
                        "<p>Smart Cities Academy aspira a cumplir las <strong>Pautas "
                        "de Accesibilidad para el Contenido Web (WCAG) 2.1 en el "
                        "nivel AA</strong>. Esta declaración abarca las páginas "
                        "públicas, los cursos, la biblioteca de recursos y las "
                        "páginas de cuenta del portal en sus cinco idiomas.</p>"
                    ),
                ),
                ("heading", "Cómo está construido el portal"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>HTML semántico</strong>, con regiones de "
                        "referencia (landmarks), un orden lógico de encabezados y "
                        "campos de formulario etiquetados, para que los lectores de "
                        "pantalla puedan recorrer la estructura de cada "
                        "página.</li><li><strong>Acceso completo mediante "
                        "teclado</strong>, un enlace para saltar al contenido "
                        "principal y un indicador de <strong>foco bien "
                        "visible</strong>.</li><li><strong>Alternativas "
                        "textuales</strong>: los editores deben añadir texto "
                        "alternativo a cada imagen, y cada vídeo necesita una "
                        "<strong>transcripción</strong> "
                        "completa.</li><li><strong>Diseño de derecha a "
                        "izquierda</strong> para el hebreo y el árabe, con el idioma "
                        "y la dirección del texto correctos en cada "
                        "página.</li><li><strong>Funciona sin JavaScript</strong>: "
                        "la navegación, las lecciones, las pruebas de conocimientos "
                        "y los certificados usan enlaces y formularios "
                        "normales.</li><li>El diseño se adapta a pantallas pequeñas "
                        "y a textos ampliados.</li></ul>"
                    ),
                ),
                ("heading", "Cómo lo comprobamos"),
                (
                    "paragraph",
                    (
                        "<p>Las comprobaciones de accesibilidad forman parte de las "
                        "pruebas automáticas del portal y <strong>se ejecutan con "
                        "cada cambio</strong>:</p><ul><li><strong>comprobaciones "
                        "automáticas con axe-core</strong> en un navegador real "
                        "sobre páginas clave, como la página de inicio, un curso, "
                        "una lección y el formulario de acceso, en inglés, hebreo y "
                        "árabe;</li><li><strong>recorridos solo con teclado</strong> "
                        "por las tareas principales, como iniciar sesión y completar "
                        "una lección.</li></ul><p>Las herramientas automáticas solo "
                        "detectan una parte de los posibles problemas; por eso sus "
                        "comentarios son tan valiosos para nosotros.</p>"
                    ),
                ),
                ("heading", "Limitaciones conocidas"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>Documentos PDF:</strong> es posible que no "
                        "todos los PDF que los socios suben a la biblioteca de "
                        "recursos estén etiquetados para la accesibilidad. Si un "
                        "documento le resulta difícil de usar con su tecnología de "
                        "apoyo, díganoslo e intentaremos ofrecerle una versión "
                        "accesible o el contenido en otro "
                        "formato.</li><li><strong>Vídeos incrustados:</strong> los "
                        "vídeos de proveedores externos dependen del reproductor de "
                        "cada proveedor, cuya compatibilidad con el teclado y los "
                        "lectores de pantalla no podemos controlar. Cada vídeo tiene "
                        "una transcripción en la misma "
                        "página.</li><li><strong>Idiomas:</strong> algunos recursos "
                        "antiguos solo existen en el idioma en que se publicaron "
                        "originalmente.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": (
                            "<p>¿Necesita algún contenido en otro formato, como "
                            "texto sin formato o letra grande? Pídalo a través del "
                            "correo de contacto del pie de página.</p>"
                        ),
                    },
                ),
                ("heading", "Cómo informar de un problema"),
                (
                    "paragraph",
                    (
                        "<p>Si encuentra en el portal algo que no puede utilizar, "
                        "escriba al correo de contacto que figura en el pie de "
                        "página. Indíquenos la dirección de la página, qué intentaba "
                        "hacer y, si lo desea, el dispositivo y la tecnología de "
                        "apoyo que utiliza. Nuestro objetivo es responder en un "
                        "plazo de <strong>cinco días hábiles</strong> y corregir "
                        "cuanto antes los problemas confirmados.</p>"
                    ),
                ),
                ("heading", "Sobre esta declaración"),
                (
                    "paragraph",
                    (
                        "<p>Esta declaración se elaboró en <strong>noviembre de "
                        "2026</strong> a partir de las pruebas automáticas descritas "
                        "y de una autoevaluación del equipo del programa. La "
                        "revisaremos cada vez que el portal cambie de forma "
                        "significativa y, como mínimo, una vez al año.</p>"
                    ),
                ),
            ],
            "it": [
                ("heading", "Il nostro impegno"),
                (
                    "paragraph",
                    (
                        "<p>Smart Cities Academy mira a rispettare le <strong>Linee "
                        "guida per l'accessibilità dei contenuti web (WCAG) 2.1 al "
                        "livello AA</strong>. Questa dichiarazione riguarda le "
                        "pagine pubbliche, i corsi, la biblioteca delle risorse e le "
                        "pagine dell'account del portale in tutte e cinque le "
                        "lingue.</p>"
                    ),
                ),
                ("heading", "Come è realizzato il portale"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>HTML semantico</strong>, con punti di "
                        "riferimento (landmark), un ordine logico dei titoli e campi "
                        "dei moduli etichettati, perché i lettori di schermo possano "
                        "percorrere la struttura di ogni "
                        "pagina.</li><li><strong>Accesso completo da "
                        "tastiera</strong>, un link per saltare al contenuto "
                        "principale e un indicatore del <strong>focus ben "
                        "visibile</strong>.</li><li><strong>Alternative "
                        "testuali</strong>: i redattori devono aggiungere un testo "
                        "alternativo a ogni immagine e ogni video richiede una "
                        "<strong>trascrizione</strong> "
                        "completa.</li><li><strong>Layout da destra a "
                        "sinistra</strong> per l'ebraico e l'arabo, con lingua e "
                        "direzione del testo corrette su ogni "
                        "pagina.</li><li><strong>Funziona senza JavaScript</strong>: "
                        "navigazione, lezioni, verifiche delle conoscenze e "
                        "certificati usano normali link e moduli.</li><li>Il layout "
                        "si adatta agli schermi piccoli e al testo "
                        "ingrandito.</li></ul>"
                    ),
                ),
                ("heading", "Come lo verifichiamo"),
                (
                    "paragraph",
                    (
                        "<p>I controlli di accessibilità fanno parte dei test "
                        "automatici del portale e <strong>vengono eseguiti a ogni "
                        "modifica</strong>:</p><ul><li><strong>controlli automatici "
                        "con axe-core</strong> in un browser reale sulle pagine "
                        "principali, come la home page, un corso, una lezione e il "
                        "modulo di accesso, in inglese, ebraico e "
                        "arabo;</li><li><strong>percorsi solo da tastiera</strong> "
                        "attraverso le attività principali, come accedere e "
                        "completare una lezione.</li></ul><p>Gli strumenti "
                        "automatici individuano solo una parte dei possibili "
                        "problemi: per questo le tue segnalazioni sono così "
                        "preziose.</p>"
                    ),
                ),
                ("heading", "Limiti noti"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>Documenti PDF:</strong> non tutti i PDF "
                        "caricati dai partner nella biblioteca delle risorse "
                        "potrebbero essere taggati per l'accessibilità. Se un "
                        "documento è difficile da usare con la tua tecnologia "
                        "assistiva, segnalacelo e cercheremo di fornirti una "
                        "versione accessibile o il contenuto in un altro "
                        "formato.</li><li><strong>Video incorporati:</strong> i "
                        "video di fornitori esterni dipendono dal lettore del "
                        "fornitore, di cui non possiamo controllare il supporto per "
                        "tastiera e lettori di schermo. Ogni video ha una "
                        "trascrizione nella stessa "
                        "pagina.</li><li><strong>Lingue:</strong> alcune risorse "
                        "meno recenti esistono solo nella lingua in cui sono state "
                        "pubblicate in origine.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": (
                            "<p>Ti serve un contenuto in un altro formato, ad "
                            "esempio in testo semplice o a caratteri grandi? "
                            "Chiedilo tramite l'email di contatto a piè di "
                            "pagina.</p>"
                        ),
                    },
                ),
                ("heading", "Segnalare un problema"),
                (
                    "paragraph",
                    (
                        "<p>Se nel portale trovi qualcosa che non riesci a usare, "
                        "scrivi all'email di contatto indicata a piè di pagina. "
                        "Indicaci l'indirizzo della pagina, che cosa stavi cercando "
                        "di fare e, se vuoi, il dispositivo e la tecnologia "
                        "assistiva che utilizzi. Ci impegniamo a rispondere entro "
                        "<strong>cinque giorni lavorativi</strong> e a correggere al "
                        "più presto i problemi confermati.</p>"
                    ),
                ),
                ("heading", "Informazioni su questa dichiarazione"),
                (
                    "paragraph",
                    (
                        "<p>Questa dichiarazione è stata redatta a <strong>novembre "
                        "2026</strong> sulla base dei test automatici descritti "
                        "sopra e di un'autovalutazione del team del programma. La "
                        "rivedremo ogni volta che il portale cambierà in modo "
                        "significativo e comunque almeno una volta all'anno.</p>"
                    ),
                ),
            ],
            "he": [
                ("heading", "המחויבות שלנו"),
                (
                    "paragraph",
                    (
                        "<p>Smart Cities Academy שואף לעמוד ב<strong>הנחיות הנגישות "
                        "לתוכן אינטרנט (WCAG) 2.1 ברמה AA</strong>. הצהרה זו חלה על "
                        "הדפים הציבוריים, הקורסים, ספריית המשאבים ודפי החשבון של "
                        "הפורטל, בכל חמש השפות.</p>"
                    ),
                ),
                ("heading", "איך הפורטל בנוי"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>HTML סמנטי</strong> עם אזורי ציון דרך "
                        "(landmarks), סדר כותרות הגיוני ושדות טופס עם תוויות, כך "
                        "שקוראי מסך יכולים לנווט במבנה של כל "
                        "דף.</li><li><strong>גישה מלאה באמצעות המקלדת</strong>, "
                        "קישור לדילוג אל התוכן הראשי ו<strong>סימון מיקוד בולט "
                        "לעין</strong>.</li><li><strong>חלופות טקסט</strong>: "
                        "העורכים חייבים להוסיף טקסט חלופי לכל תמונה, וכל סרטון מחייב "
                        "<strong>תמליל</strong> מלא.</li><li><strong>פריסה מימין "
                        "לשמאל</strong> לעברית ולערבית, עם הגדרה נכונה של השפה ושל "
                        "כיוון הטקסט בכל דף.</li><li><strong>פועל גם בלי "
                        "JavaScript</strong>: הניווט, השיעורים, בדיקות הידע והתעודות "
                        "מבוססים על קישורים וטפסים רגילים.</li><li>הפריסה מתאימה את "
                        "עצמה למסכים קטנים ולטקסט מוגדל.</li></ul>"
                    ),
                ),
                ("heading", "איך אנחנו בודקים"),
                (
                    "paragraph",
                    (
                        "<p>בדיקות הנגישות הן חלק מהבדיקות האוטומטיות של הפורטל, "
                        "ו<strong>הן מורצות בכל "
                        "שינוי</strong>:</p><ul><li><strong>בדיקות אוטומטיות עם "
                        "axe-core</strong> בדפדפן אמיתי בדפים מרכזיים, כגון דף הבית, "
                        "קורס, שיעור וטופס הכניסה, באנגלית, בעברית "
                        "ובערבית;</li><li><strong>מסלולי שימוש במקלדת בלבד</strong> "
                        "במשימות העיקריות, כגון כניסה לחשבון והשלמת "
                        "שיעור.</li></ul><p>כלים אוטומטיים מאתרים רק חלק מהבעיות "
                        "האפשריות, ולכן המשוב שלכם חשוב לנו כל כך.</p>"
                    ),
                ),
                ("heading", "מגבלות ידועות"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>מסמכי PDF:</strong> ייתכן שלא כל קובצי "
                        "ה־PDF שהשותפים מעלים לספריית המשאבים מתויגים לנגישות. אם "
                        "קשה לכם להשתמש במסמך עם הטכנולוגיה המסייעת שלכם, ספרו לנו "
                        "וננסה לספק גרסה נגישה או את התוכן בפורמט "
                        "אחר.</li><li><strong>סרטונים מוטמעים:</strong> סרטונים של "
                        "ספקים חיצוניים תלויים בנגן של הספק, ואין לנו שליטה על "
                        "התמיכה שלו במקלדת ובקוראי מסך. לכל סרטון יש תמליל באותו "
                        "דף.</li><li><strong>שפות:</strong> חלק מהמשאבים הישנים "
                        "זמינים רק בשפה שבה פורסמו במקור.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": (
                            "<p>צריכים תוכן בפורמט אחר, כמו טקסט פשוט או אותיות "
                            "מוגדלות? בקשו זאת דרך כתובת הדוא״ל ליצירת קשר שבתחתית "
                            "העמוד.</p>"
                        ),
                    },
                ),
                ("heading", "דיווח על בעיה"),
                (
                    "paragraph",
                    (
                        "<p>אם נתקלתם בפורטל במשהו שאינכם יכולים להשתמש בו, כתבו "
                        "לכתובת הדוא״ל ליצירת קשר המופיעה בתחתית העמוד. ציינו את "
                        "כתובת הדף ומה ניסיתם לעשות, ואם תרצו – גם את המכשיר ואת "
                        "הטכנולוגיה המסייעת שבהם אתם משתמשים. אנו שואפים להשיב בתוך "
                        "<strong>חמישה ימי עבודה</strong> ולתקן בהקדם האפשרי בעיות "
                        "שאומתו.</p>"
                    ),
                ),
                ("heading", "על הצהרה זו"),
                (
                    "paragraph",
                    (
                        "<p>הצהרה זו הוכנה ב<strong>נובמבר 2026</strong> על סמך "
                        "הבדיקות האוטומטיות שתוארו לעיל והערכה עצמית של צוות "
                        "התוכנית. נעדכן אותה בכל פעם שהפורטל ישתנה באופן משמעותי, "
                        "ולפחות פעם בשנה.</p>"
                    ),
                ),
            ],
            "ar": [
                ("heading", "التزامنا"),
                (
                    "paragraph",
                    (
                        "<p>تسعى Smart Cities Academy إلى استيفاء <strong>إرشادات "
                        "إمكانية الوصول إلى محتوى الويب (WCAG) 2.1 على المستوى "
                        "AA</strong>. ويشمل هذا البيان الصفحات العامة للبوابة "
                        "ودوراتها ومكتبة الموارد وصفحات الحساب، باللغات الخمس "
                        "جميعها.</p>"
                    ),
                ),
                ("heading", "كيف بُنيت البوابة"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>HTML دلالي</strong> مع معالم للصفحة "
                        "(landmarks) وترتيب منطقي للعناوين وحقول نماذج ذات تسميات "
                        "واضحة، لكي تتمكن قارئات الشاشة من التنقل في بنية كل "
                        "صفحة.</li><li><strong>وصول كامل عبر لوحة المفاتيح</strong>، "
                        "ورابط للانتقال مباشرة إلى المحتوى الرئيسي، و<strong>مؤشر "
                        "تركيز واضح للعيان</strong>.</li><li><strong>بدائل "
                        "نصية</strong>: يجب على المحررين إضافة نص بديل لكل صورة، "
                        "ويتطلب كل مقطع فيديو <strong>نصًّا مكتوبًا</strong> "
                        "كاملًا.</li><li><strong>تخطيطات من اليمين إلى "
                        "اليسار</strong> للعبرية والعربية، مع تحديد اللغة واتجاه "
                        "النص الصحيحين في كل صفحة.</li><li><strong>تعمل من دون "
                        "JavaScript</strong>: يعتمد التنقل والدروس واختبارات المعرفة "
                        "والشهادات على روابط ونماذج عادية.</li><li>يتكيّف التخطيط مع "
                        "الشاشات الصغيرة ومع النص المكبَّر.</li></ul>"
                    ),
                ),
                ("heading", "كيف نختبرها"),
                (
                    "paragraph",
                    (
                        "<p>تُعدّ فحوص إمكانية الوصول جزءًا من الاختبارات الآلية "
                        "للبوابة، و<strong>تُجرى عند كل "
                        "تغيير</strong>:</p><ul><li><strong>فحوص آلية باستخدام "
                        "axe-core</strong> في متصفح حقيقي على الصفحات الأساسية، مثل "
                        "الصفحة الرئيسية ودورة ودرس ونموذج تسجيل الدخول، بالإنجليزية "
                        "والعبرية والعربية؛</li><li><strong>مسارات باستخدام لوحة "
                        "المفاتيح وحدها</strong> عبر المهام الأساسية، مثل تسجيل "
                        "الدخول وإتمام درس.</li></ul><p>لا تكتشف الأدوات الآلية إلا "
                        "جزءًا من المشكلات المحتملة، ولذلك فإن ملاحظاتك قيّمة جدًا "
                        "بالنسبة إلينا.</p>"
                    ),
                ),
                ("heading", "قيود معروفة"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>مستندات PDF:</strong> قد لا تكون جميع ملفات "
                        "PDF التي يرفعها الشركاء إلى مكتبة الموارد مهيّأة لإمكانية "
                        "الوصول. وإذا وجدت صعوبة في استخدام مستند ما بالتقنية "
                        "المساعدة التي تعتمد عليها، فأخبرنا وسنحاول توفير نسخة "
                        "ميسّرة أو المحتوى بصيغة أخرى.</li><li><strong>مقاطع الفيديو "
                        "المضمّنة:</strong> تعتمد مقاطع الفيديو من مزوّدين خارجيين "
                        "على مشغّل المزوّد نفسه، ولا نتحكم في مدى دعمه للوحة "
                        "المفاتيح وقارئات الشاشة. ولكل مقطع فيديو نص مكتوب في الصفحة "
                        "نفسها.</li><li><strong>اللغات:</strong> بعض الموارد القديمة "
                        "متاحة فقط باللغة التي نُشرت بها أصلًا.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": (
                            "<p>هل تحتاج إلى محتوى بصيغة أخرى، مثل نص عادي أو خط "
                            "كبير؟ اطلبه عبر البريد الإلكتروني للتواصل الظاهر في "
                            "التذييل.</p>"
                        ),
                    },
                ),
                ("heading", "الإبلاغ عن مشكلة"),
                (
                    "paragraph",
                    (
                        "<p>إذا وجدت في البوابة شيئًا لا تستطيع استخدامه، فراسلنا "
                        "على البريد الإلكتروني للتواصل الظاهر في التذييل. أخبرنا "
                        "بعنوان الصفحة وما كنت تحاول فعله، وإن شئت، بالجهاز والتقنية "
                        "المساعدة اللذين تستخدمهما. ونسعى إلى الرد خلال <strong>خمسة "
                        "أيام عمل</strong> وإلى إصلاح المشكلات المؤكدة في أسرع وقت "
                        "ممكن.</p>"
                    ),
                ),
                ("heading", "حول هذا البيان"),
                (
                    "paragraph",
                    (
                        "<p>أُعدّ هذا البيان في <strong>تشرين الثاني/نوفمبر "
                        "2026</strong> استنادًا إلى الاختبارات الآلية الموصوفة أعلاه "
                        "وإلى تقييم ذاتي أجراه فريق البرنامج. وسنراجعه كلما تغيّرت "
                        "البوابة تغييرًا كبيرًا، ومرة واحدة في السنة على الأقل.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "terms",
        "in_menu": False,
        "title": {
            "en": "Terms of use",
            "es": "Condiciones de uso",
            "it": "Condizioni d'uso",
            "he": "תנאי שימוש",
            "ar": "شروط الاستخدام",
        },
        "introduction": {
            "en": (
                "These terms explain who may use Smart Cities Academy, what we "
                "expect from users, how you may reuse our material and the limits of "
                "our responsibility."
            ),
            "es": (
                "Estas condiciones explican quién puede usar Smart Cities Academy, "
                "qué esperamos de sus usuarios, cómo puede reutilizar nuestros "
                "materiales y cuáles son los límites de nuestra responsabilidad."
            ),
            "it": (
                "Queste condizioni spiegano chi può usare Smart Cities Academy, che "
                "cosa ci aspettiamo dagli utenti, come puoi riutilizzare i nostri "
                "materiali e quali sono i limiti della nostra responsabilità."
            ),
            "he": (
                "תנאים אלה מסבירים מי רשאי להשתמש ב־Smart Cities Academy, מה אנו "
                "מצפים מהמשתמשים, כיצד אפשר לעשות שימוש חוזר בחומרים שלנו ומהם "
                "גבולות האחריות שלנו."
            ),
            "ar": (
                "توضّح هذه الشروط من يحق له استخدام Smart Cities Academy، وما نتوقعه "
                "من المستخدمين، وكيف يمكنك إعادة استخدام موادنا، وحدود مسؤوليتنا."
            ),
        },
        "body": {
            "en": [
                ("heading", "Who may use the portal"),
                (
                    "paragraph",
                    (
                        "<p>Smart Cities Academy is a free learning portal offered "
                        "by the programme team that operates it. Anyone may read its "
                        "public pages. It is intended mainly for people working in "
                        "small and medium-sized enterprises, cities and other public "
                        "bodies, business support organisations and research, but "
                        "you do not need to belong to any of these groups to take "
                        "part. You must be at least 16 years old to create an "
                        "account.</p><p>By creating an account or using the portal, "
                        "you accept these terms and our privacy notice.</p>"
                    ),
                ),
                ("heading", "Your account"),
                (
                    "paragraph",
                    (
                        "<ul><li>Give accurate information and keep it up to date: "
                        "certificates are issued in the name on your "
                        "profile.</li><li>An account is personal: do not share it, "
                        "and keep your password secret.</li><li>Tell us straight "
                        "away, through the contact email in the footer, if you think "
                        "someone else has used your account.</li><li>You can delete "
                        "your account at any time from your profile.</li></ul><p>We "
                        "may suspend or close an account that breaks these terms, "
                        "normally after warning you first.</p>"
                    ),
                ),
                ("heading", "Acceptable use"),
                (
                    "paragraph",
                    (
                        "<p>When you use the portal, please do not:</p><ul><li>break "
                        "the law or infringe other people's rights, including "
                        "copyright;</li><li>submit anything misleading, offensive, "
                        "discriminatory or harmful;</li><li>use the portal to "
                        "advertise or to send unsolicited messages;</li><li>try to "
                        "access accounts or data that are not yours, or disrupt the "
                        "service, for example with automated requests that overload "
                        "it;</li><li>claim to have completed courses or earned "
                        "certificates that you have not.</li></ul>"
                    ),
                ),
                ("heading", "Reusing our content"),
                (
                    "paragraph",
                    (
                        "<p>Unless a page states otherwise, you may <strong>reuse "
                        "the text of our courses for non-commercial "
                        "training</strong>, for example in a workshop for local "
                        "businesses or a training session for colleagues, as long as "
                        "you credit Smart Cities Academy and the SME4SMARTCITIES "
                        "project and do not suggest that we endorse your "
                        "use.</p><p>This permission does not cover logos, "
                        "photographs, videos or documents from third parties, "
                        "including partners' files in the resource library, which "
                        "keep their own terms. Commercial reuse requires our written "
                        "permission.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": (
                            "<p>A simple attribution is enough: <em>“Source: Smart "
                            "Cities Academy, based on the SME4SMARTCITIES "
                            "project”</em>, with a link to the page you used.</p>"
                        ),
                    },
                ),
                ("heading", "Certificates"),
                (
                    "paragraph",
                    (
                        "<p>A certificate confirms that the named person completed "
                        "an online course on this portal, including its knowledge "
                        "checks. It <strong>is not a professional "
                        "qualification</strong>, accreditation or licence, and it "
                        "does not assess work done outside the portal. Each "
                        "certificate has a public verification page so that others "
                        "can check that it is genuine. Do not alter a certificate or "
                        "present it as something it is not.</p>"
                    ),
                ),
                ("heading", "Availability and changes to content"),
                (
                    "paragraph",
                    (
                        "<p>We work to keep the portal available and accurate, but "
                        "we cannot guarantee that it will always be online or free "
                        "of errors. We may update, move or withdraw courses and "
                        "resources, and interrupt the service for maintenance. We "
                        "recommend downloading the certificates you want to keep.</p>"
                    ),
                ),
                ("heading", "Our liability"),
                (
                    "paragraph",
                    (
                        "<p>The portal offers general information and training. It "
                        "<strong>is not legal, financial or procurement "
                        "advice</strong>: before you launch a tender, sign a "
                        "contract or submit a bid, check the rules that apply to you "
                        "with a qualified adviser or your legal department. As far "
                        "as the law allows, we are not responsible for losses "
                        "arising from the use of the portal or from links to other "
                        "websites. Nothing in these terms limits any liability that "
                        "cannot be limited by law, or your rights as a consumer.</p>"
                    ),
                ),
                ("heading", "Changes to these terms"),
                (
                    "paragraph",
                    (
                        "<p>We may update these terms, for example when the portal "
                        "gains new features. We will publish the new version on this "
                        "page and, for significant changes, tell registered users by "
                        "email before they take effect. If you do not agree, you can "
                        "delete your account; if you keep using the portal, the "
                        "updated terms apply.</p>"
                    ),
                ),
            ],
            "es": [
                ("heading", "Quién puede usar el portal"),
                (
                    "paragraph",
                    (
                        "<p>Smart Cities Academy es un portal de aprendizaje "
                        "gratuito que ofrece el equipo del programa que lo gestiona. "
                        "Cualquier persona puede leer sus páginas públicas. Está "
                        "pensado sobre todo para quienes trabajan en pequeñas y "
                        "medianas empresas, ciudades y otros organismos públicos, "
                        "organizaciones de apoyo empresarial e investigación, pero "
                        "no es necesario pertenecer a ninguno de estos grupos para "
                        "participar. Para crear una cuenta debe tener al menos 16 "
                        "años.</p><p>Al crear una cuenta o utilizar el portal, "
                        "acepta estas condiciones y nuestra política de "
                        "privacidad.</p>"
                    ),
                ),
                ("heading", "Su cuenta"),
                (
                    "paragraph",
                    (
                        "<ul><li>Facilite información exacta y manténgala "
                        "actualizada: los certificados se expiden a nombre de la "
                        "persona que figura en su perfil.</li><li>La cuenta es "
                        "personal: no la comparta y mantenga su contraseña en "
                        "secreto.</li><li>Avísenos de inmediato, a través del correo "
                        "de contacto del pie de página, si cree que otra persona ha "
                        "utilizado su cuenta.</li><li>Puede eliminar su cuenta en "
                        "cualquier momento desde su perfil.</li></ul><p>Podemos "
                        "suspender o cerrar una cuenta que incumpla estas "
                        "condiciones, normalmente tras un aviso previo.</p>"
                    ),
                ),
                ("heading", "Uso aceptable"),
                (
                    "paragraph",
                    (
                        "<p>Cuando utilice el portal, le pedimos que "
                        "no:</p><ul><li>infrinja la ley ni los derechos de otras "
                        "personas, incluidos los derechos de autor;</li><li>envíe "
                        "contenidos engañosos, ofensivos, discriminatorios o "
                        "dañinos;</li><li>utilice el portal para hacer publicidad o "
                        "enviar mensajes no solicitados;</li><li>intente acceder a "
                        "cuentas o datos que no sean suyos ni perturbe el servicio, "
                        "por ejemplo con solicitudes automatizadas que lo "
                        "sobrecarguen;</li><li>afirme haber completado cursos u "
                        "obtenido certificados que no ha conseguido.</li></ul>"
                    ),
                ),
                ("heading", "Reutilización de nuestros contenidos"),
                (
                    "paragraph",
                    (
                        "<p>Salvo que una página indique lo contrario, puede "
                        "<strong>reutilizar el texto de nuestros cursos para "
                        "formación sin fines comerciales</strong>, por ejemplo en un "
                        "taller para empresas locales o en una sesión de formación "
                        "para sus colegas, siempre que cite a Smart Cities Academy y "
                        "al proyecto SME4SMARTCITIES y no dé a entender que "
                        "respaldamos ese uso.</p><p>Este permiso no incluye "
                        "logotipos, fotografías, vídeos ni documentos de terceros, "
                        "como los archivos de los socios en la biblioteca de "
                        "recursos, que mantienen sus propias condiciones. La "
                        "reutilización comercial requiere nuestra autorización por "
                        "escrito.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": (
                            "<p>Basta con una atribución sencilla: <em>«Fuente: "
                            "Smart Cities Academy, a partir del proyecto "
                            "SME4SMARTCITIES»</em>, con un enlace a la página "
                            "utilizada.</p>"
                        ),
                    },
                ),
                ("heading", "Certificados"),
                (
                    "paragraph",
                    (
                        "<p>Un certificado confirma que la persona indicada ha "
                        "completado un curso en línea en este portal, incluidas sus "
                        "pruebas de conocimientos. <strong>No es una cualificación "
                        "profesional</strong>, ni una acreditación o habilitación, y "
                        "no evalúa trabajos realizados fuera del portal. Cada "
                        "certificado tiene una página pública de verificación para "
                        "que otras personas puedan comprobar su autenticidad. No "
                        "modifique ningún certificado ni lo presente como algo que "
                        "no es.</p>"
                    ),
                ),
                ("heading", "Disponibilidad y cambios en los contenidos"),
                (
                    "paragraph",
                    (
                        "<p>Trabajamos para que el portal esté disponible y sea "
                        "preciso, pero no podemos garantizar que funcione siempre ni "
                        "que esté libre de errores. Podemos actualizar, trasladar o "
                        "retirar cursos y recursos, e interrumpir el servicio por "
                        "tareas de mantenimiento. Le recomendamos descargar los "
                        "certificados que desee conservar.</p>"
                    ),
                ),
                ("heading", "Nuestra responsabilidad"),
                (
                    "paragraph",
                    (
                        "<p>El portal ofrece información y formación de carácter "
                        "general. <strong>No constituye asesoramiento jurídico, "
                        "financiero ni en materia de contratación</strong>: antes de "
                        "convocar una licitación, firmar un contrato o presentar una "
                        "oferta, compruebe las normas que le son aplicables con un "
                        "asesor cualificado o con su servicio jurídico. En la medida "
                        "en que lo permita la ley, no somos responsables de las "
                        "pérdidas derivadas del uso del portal ni de los enlaces a "
                        "otros sitios web. Nada de lo dispuesto en estas condiciones "
                        "limita la responsabilidad que la ley no permite limitar ni "
                        "sus derechos como consumidor.</p>"
                    ),
                ),
                ("heading", "Cambios en estas condiciones"),
                (
                    "paragraph",
                    (
                        "<p>Podemos actualizar estas condiciones, por ejemplo cuando "
                        "el portal incorpore nuevas funciones. Publicaremos la nueva "
                        "versión en esta página y, si los cambios son importantes, "
                        "lo comunicaremos por correo electrónico a los usuarios "
                        "registrados antes de que entren en vigor. Si no está de "
                        "acuerdo, puede eliminar su cuenta; si sigue utilizando el "
                        "portal, se aplicarán las condiciones actualizadas.</p>"
                    ),
                ),
            ],
            "it": [
                ("heading", "Chi può usare il portale"),
                (
                    "paragraph",
                    (
                        "<p>Smart Cities Academy è un portale di formazione gratuito "
                        "offerto dal team del programma che lo gestisce. Chiunque "
                        "può leggerne le pagine pubbliche. È pensato soprattutto per "
                        "chi lavora in piccole e medie imprese, città e altri enti "
                        "pubblici, organizzazioni di supporto alle imprese e "
                        "ricerca, ma non è necessario appartenere a uno di questi "
                        "gruppi per partecipare. Per creare un account devi avere "
                        "almeno 16 anni.</p><p>Creando un account o usando il "
                        "portale, accetti queste condizioni e la nostra informativa "
                        "sulla privacy.</p>"
                    ),
                ),
                ("heading", "Il tuo account"),
                (
                    "paragraph",
                    (
                        "<ul><li>Fornisci informazioni corrette e mantienile "
                        "aggiornate: i certificati vengono rilasciati a nome della "
                        "persona indicata nel profilo.</li><li>L'account è "
                        "personale: non condividerlo e mantieni segreta la "
                        "password.</li><li>Avvisaci subito, tramite l'email di "
                        "contatto a piè di pagina, se pensi che qualcun altro abbia "
                        "usato il tuo account.</li><li>Puoi eliminare il tuo account "
                        "in qualsiasi momento dal tuo profilo.</li></ul><p>Possiamo "
                        "sospendere o chiudere un account che viola queste "
                        "condizioni, di norma dopo un avviso.</p>"
                    ),
                ),
                ("heading", "Uso consentito"),
                (
                    "paragraph",
                    (
                        "<p>Quando usi il portale, ti chiediamo di "
                        "non:</p><ul><li>violare la legge o i diritti altrui, "
                        "compreso il diritto d'autore;</li><li>inviare contenuti "
                        "ingannevoli, offensivi, discriminatori o "
                        "dannosi;</li><li>usare il portale per fare pubblicità o "
                        "inviare messaggi non richiesti;</li><li>tentare di accedere "
                        "ad account o dati che non ti appartengono o disturbare il "
                        "servizio, ad esempio con richieste automatiche che lo "
                        "sovraccaricano;</li><li>dichiarare di aver completato corsi "
                        "o ottenuto certificati che non hai conseguito.</li></ul>"
                    ),
                ),
                ("heading", "Riutilizzo dei nostri contenuti"),
                (
                    "paragraph",
                    (
                        "<p>Salvo diversa indicazione sulla pagina, puoi "
                        "<strong>riutilizzare il testo dei nostri corsi per attività "
                        "formative non commerciali</strong>, ad esempio in un "
                        "workshop per le imprese locali o in una sessione di "
                        "formazione per i colleghi, a condizione di citare Smart "
                        "Cities Academy e il progetto SME4SMARTCITIES e di non "
                        "lasciare intendere che approviamo il tuo "
                        "utilizzo.</p><p>Questo permesso non riguarda loghi, "
                        "fotografie, video o documenti di terzi, compresi i file dei "
                        "partner nella biblioteca delle risorse, che restano "
                        "soggetti alle proprie condizioni. Il riutilizzo commerciale "
                        "richiede la nostra autorizzazione scritta.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": (
                            "<p>Basta una semplice attribuzione: <em>«Fonte: Smart "
                            "Cities Academy, sulla base del progetto "
                            "SME4SMARTCITIES»</em>, con un link alla pagina "
                            "utilizzata.</p>"
                        ),
                    },
                ),
                ("heading", "Certificati"),
                (
                    "paragraph",
                    (
                        "<p>Un certificato attesta che la persona indicata ha "
                        "completato un corso online su questo portale, comprese le "
                        "relative verifiche delle conoscenze. <strong>Non è una "
                        "qualifica professionale</strong>, né un accreditamento o "
                        "un'abilitazione, e non valuta attività svolte al di fuori "
                        "del portale. Ogni certificato ha una pagina di verifica "
                        "pubblica che permette ad altri di controllarne "
                        "l'autenticità. Non modificare un certificato e non "
                        "presentarlo come qualcosa che non è.</p>"
                    ),
                ),
                ("heading", "Disponibilità e modifiche ai contenuti"),
                (
                    "paragraph",
                    (
                        "<p>Ci impegniamo a mantenere il portale disponibile e "
                        "accurato, ma non possiamo garantire che sia sempre online o "
                        "privo di errori. Possiamo aggiornare, spostare o ritirare "
                        "corsi e risorse e interrompere il servizio per "
                        "manutenzione. Ti consigliamo di scaricare i certificati che "
                        "vuoi conservare.</p>"
                    ),
                ),
                ("heading", "La nostra responsabilità"),
                (
                    "paragraph",
                    (
                        "<p>Il portale offre informazioni e formazione di carattere "
                        "generale. <strong>Non costituisce consulenza legale, "
                        "finanziaria o in materia di appalti</strong>: prima di "
                        "bandire una gara, firmare un contratto o presentare "
                        "un'offerta, verifica le norme applicabili con un consulente "
                        "qualificato o con il tuo ufficio legale. Nei limiti "
                        "consentiti dalla legge, non siamo responsabili delle "
                        "perdite derivanti dall'uso del portale o dai link ad altri "
                        "siti web. Nessuna disposizione di queste condizioni limita "
                        "la responsabilità che la legge non consente di limitare, né "
                        "i tuoi diritti di consumatore.</p>"
                    ),
                ),
                ("heading", "Modifiche a queste condizioni"),
                (
                    "paragraph",
                    (
                        "<p>Possiamo aggiornare queste condizioni, ad esempio quando "
                        "il portale si arricchisce di nuove funzioni. Pubblicheremo "
                        "la nuova versione su questa pagina e, in caso di modifiche "
                        "rilevanti, lo comunicheremo via email agli utenti "
                        "registrati prima della loro entrata in vigore. Se non sei "
                        "d'accordo, puoi eliminare il tuo account; se continui a "
                        "usare il portale, si applicano le condizioni aggiornate.</p>"
                    ),
                ),
            ],
            "he": [
                ("heading", "מי רשאי להשתמש בפורטל"),
                (
                    "paragraph",
                    (
                        "<p>Smart Cities Academy הוא פורטל למידה חינמי שמציע צוות "
                        "התוכנית המפעיל אותו. כל אחד יכול לקרוא את הדפים הציבוריים "
                        "שלו. הפורטל מיועד בעיקר לאנשים העובדים בעסקים קטנים "
                        "ובינוניים, בערים ובגופים ציבוריים אחרים, בארגונים לתמיכה "
                        "בעסקים ובמחקר, אבל אין צורך להשתייך לאחת מהקבוצות האלה כדי "
                        "להשתתף. כדי לפתוח חשבון יש להיות בני 16 לפחות.</p><p>בפתיחת "
                        "חשבון או בשימוש בפורטל, אתם מקבלים את התנאים האלה ואת הודעת "
                        "הפרטיות שלנו.</p>"
                    ),
                ),
                ("heading", "החשבון שלכם"),
                (
                    "paragraph",
                    (
                        "<ul><li>מסרו מידע נכון ועדכנו אותו לפי הצורך: התעודות "
                        "מונפקות על השם שמופיע בפרופיל.</li><li>החשבון אישי: אל "
                        "תשתפו אותו עם אחרים, ושמרו את הסיסמה בסוד.</li><li>אם אתם "
                        "חושדים שמישהו אחר השתמש בחשבון שלכם, הודיעו לנו מיד דרך "
                        "כתובת הדוא״ל ליצירת קשר שבתחתית העמוד.</li><li>אפשר למחוק "
                        "את החשבון בכל עת מהפרופיל.</li></ul><p>אנו רשאים להשעות או "
                        "לסגור חשבון שמפר את התנאים האלה, בדרך כלל לאחר התראה "
                        "מוקדמת.</p>"
                    ),
                ),
                ("heading", "שימוש הולם"),
                (
                    "paragraph",
                    (
                        "<p>בעת השימוש בפורטל, אנא הימנעו מהדברים "
                        "הבאים:</p><ul><li>הפרת החוק או פגיעה בזכויות של אחרים, "
                        "לרבות זכויות יוצרים;</li><li>שליחת תוכן מטעה, פוגעני, מפלה "
                        "או מזיק;</li><li>שימוש בפורטל לפרסום או לשליחת הודעות שלא "
                        "התבקשו;</li><li>ניסיון לגשת לחשבונות או למידע שאינם שלכם, "
                        "או לשבש את השירות, למשל באמצעות בקשות אוטומטיות שמעמיסות "
                        "עליו;</li><li>טענה כוזבת שסיימתם קורסים או שקיבלתם "
                        "תעודות.</li></ul>"
                    ),
                ),
                ("heading", "שימוש חוזר בתוכן שלנו"),
                (
                    "paragraph",
                    (
                        "<p>אלא אם צוין אחרת בדף, אתם רשאים <strong>לעשות שימוש חוזר "
                        "בטקסט של הקורסים שלנו לצורכי הדרכה שאינה מסחרית</strong>, "
                        "למשל בסדנה לעסקים מקומיים או בהדרכה לעמיתים, בתנאי שתציינו "
                        "את Smart Cities Academy ואת פרויקט SME4SMARTCITIES כמקור "
                        "ולא תרמזו שאנו תומכים בשימוש שלכם.</p><p>הרשאה זו אינה חלה "
                        "על סמלילים, תצלומים, סרטונים או מסמכים של צדדים שלישיים, "
                        "לרבות קבצים של השותפים בספריית המשאבים, שחלים עליהם תנאים "
                        "משלהם. שימוש חוזר מסחרי מחייב את אישורנו בכתב.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": (
                            '<p>מספיק ייחוס פשוט: <em>"מקור: Smart Cities Academy, '
                            'על בסיס פרויקט SME4SMARTCITIES"</em>, עם קישור לדף שבו '
                            "השתמשתם.</p>"
                        ),
                    },
                ),
                ("heading", "תעודות"),
                (
                    "paragraph",
                    (
                        "<p>תעודה מאשרת שהאדם ששמו מופיע בה סיים קורס מקוון בפורטל "
                        "זה, כולל בדיקות הידע שבו. <strong>התעודה אינה הסמכה "
                        "מקצועית</strong>, אקרדיטציה או רישיון, והיא אינה מעריכה "
                        "עבודה שנעשתה מחוץ לפורטל. לכל תעודה יש דף אימות ציבורי, כדי "
                        "שאחרים יוכלו לוודא שהיא אמיתית. אין לשנות תעודה או להציג "
                        "אותה כמשהו שהיא אינה.</p>"
                    ),
                ),
                ("heading", "זמינות ושינויים בתוכן"),
                (
                    "paragraph",
                    (
                        "<p>אנו פועלים כדי שהפורטל יהיה זמין ומדויק, אך איננו יכולים "
                        "להבטיח שיפעל תמיד או שיהיה נקי משגיאות. אנו רשאים לעדכן, "
                        "להעביר או להסיר קורסים ומשאבים, ולהפסיק את השירות זמנית "
                        "לצורכי תחזוקה. מומלץ להוריד את התעודות שתרצו לשמור.</p>"
                    ),
                ),
                ("heading", "האחריות שלנו"),
                (
                    "paragraph",
                    (
                        "<p>הפורטל מציע מידע והדרכה כלליים. <strong>אין בו משום "
                        "ייעוץ משפטי, פיננסי או ייעוץ בענייני רכש</strong>: לפני "
                        "שאתם מפרסמים מכרז, חותמים על חוזה או מגישים הצעה, בדקו את "
                        "הכללים החלים עליכם עם יועץ מוסמך או עם המחלקה המשפטית שלכם. "
                        "ככל שהחוק מתיר, איננו אחראים לנזקים הנובעים מהשימוש בפורטל "
                        "או מקישורים לאתרים אחרים. אין בתנאים אלה כדי להגביל אחריות "
                        "שלא ניתן להגביל על פי דין, או לפגוע בזכויותיכם כצרכנים.</p>"
                    ),
                ),
                ("heading", "שינויים בתנאים"),
                (
                    "paragraph",
                    (
                        "<p>אנו עשויים לעדכן את התנאים האלה, למשל כשיתווספו לפורטל "
                        "תכונות חדשות. נפרסם את הגרסה החדשה בדף זה, ובמקרה של "
                        "שינויים מהותיים נודיע על כך למשתמשים הרשומים בדוא״ל לפני "
                        "כניסתם לתוקף. אם אינכם מסכימים, תוכלו למחוק את החשבון; אם "
                        "תמשיכו להשתמש בפורטל, יחולו עליכם התנאים המעודכנים.</p>"
                    ),
                ),
            ],
            "ar": [
                ("heading", "من يحق له استخدام البوابة"),
                (
                    "paragraph",
                    (
                        "<p>Smart Cities Academy بوابة تعليمية مجانية يقدّمها فريق "
                        "البرنامج الذي يشغّلها، ويمكن لأي شخص قراءة صفحاتها العامة. "
                        "وهي موجّهة أساسًا إلى العاملين في الشركات الصغيرة "
                        "والمتوسطة، والمدن وغيرها من الجهات العامة، ومنظمات دعم "
                        "الأعمال، ومجال البحث، لكن الانتماء إلى إحدى هذه الفئات ليس "
                        "شرطًا للمشاركة. ويجب ألا يقل عمرك عن 16 عامًا لإنشاء "
                        "حساب.</p><p>بإنشائك حسابًا أو استخدامك البوابة، فإنك توافق "
                        "على هذه الشروط وعلى إشعار الخصوصية الخاص بنا.</p>"
                    ),
                ),
                ("heading", "حسابك"),
                (
                    "paragraph",
                    (
                        "<ul><li>قدّم معلومات دقيقة وحافظ على تحديثها، فالشهادات "
                        "تصدر بالاسم المدوَّن في ملفك الشخصي.</li><li>الحساب شخصي: "
                        "لا تشاركه مع أحد، واحتفظ بكلمة المرور سرًّا.</li><li>أبلغنا "
                        "فورًا، عبر البريد الإلكتروني للتواصل الظاهر في التذييل، إذا "
                        "اعتقدت أن شخصًا آخر استخدم حسابك.</li><li>يمكنك حذف حسابك "
                        "في أي وقت من ملفك الشخصي.</li></ul><p>يجوز لنا تعليق أي "
                        "حساب يخالف هذه الشروط أو إغلاقه، وعادةً بعد تنبيهك "
                        "مسبقًا.</p>"
                    ),
                ),
                ("heading", "الاستخدام المقبول"),
                (
                    "paragraph",
                    (
                        "<p>عند استخدامك البوابة، نرجو منك الامتناع عمّا "
                        "يلي:</p><ul><li>مخالفة القانون أو التعدي على حقوق الآخرين، "
                        "بما في ذلك حقوق المؤلف؛</li><li>إرسال محتوى مضلِّل أو مسيء "
                        "أو تمييزي أو ضار؛</li><li>استخدام البوابة للإعلان أو لإرسال "
                        "رسائل غير مرغوب فيها؛</li><li>محاولة الوصول إلى حسابات أو "
                        "بيانات لا تخصك، أو تعطيل الخدمة، مثلًا بطلبات آلية تُثقل "
                        "عليها؛</li><li>الادعاء بإتمام دورات أو الحصول على شهادات لم "
                        "تنلها.</li></ul>"
                    ),
                ),
                ("heading", "إعادة استخدام محتوانا"),
                (
                    "paragraph",
                    (
                        "<p>ما لم يُذكر خلاف ذلك في الصفحة، يحق لك <strong>إعادة "
                        "استخدام نصوص دوراتنا لأغراض تدريبية غير تجارية</strong>، "
                        "مثل ورشة عمل للشركات المحلية أو جلسة تدريبية لزملائك، بشرط "
                        "أن تنسب المحتوى إلى Smart Cities Academy ومشروع "
                        "SME4SMARTCITIES، وألا توحي بأننا نؤيد استخدامك.</p><p>لا "
                        "يشمل هذا الإذن الشعارات أو الصور الفوتوغرافية أو مقاطع "
                        "الفيديو أو المستندات العائدة لأطراف ثالثة، بما فيها ملفات "
                        "الشركاء في مكتبة الموارد، إذ تخضع لشروطها الخاصة. وتتطلب "
                        "إعادة الاستخدام التجاري إذنًا كتابيًا منا.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": (
                            "<p>تكفي إشارة بسيطة إلى المصدر: <em>«المصدر: Smart "
                            "Cities Academy، استنادًا إلى مشروع "
                            "SME4SMARTCITIES»</em>، مع رابط إلى الصفحة التي "
                            "استخدمتها.</p>"
                        ),
                    },
                ),
                ("heading", "الشهادات"),
                (
                    "paragraph",
                    (
                        "<p>تؤكد الشهادة أن الشخص المذكور فيها قد أتمّ دورة "
                        "إلكترونية على هذه البوابة، بما في ذلك اختبارات المعرفة "
                        "الخاصة بها. <strong>وهي ليست مؤهلًا مهنيًا</strong> ولا "
                        "اعتمادًا ولا ترخيصًا، ولا تقيّم أي عمل أُنجز خارج البوابة. "
                        "ولكل شهادة صفحة تحقق عامة تتيح للآخرين التأكد من صحتها. لا "
                        "تعدّل الشهادة ولا تقدّمها على غير حقيقتها.</p>"
                    ),
                ),
                ("heading", "إتاحة الخدمة وتغيير المحتوى"),
                (
                    "paragraph",
                    (
                        "<p>نعمل على أن تبقى البوابة متاحة ودقيقة، لكننا لا نستطيع "
                        "ضمان أن تعمل دائمًا أو أن تخلو من الأخطاء. ويجوز لنا تحديث "
                        "الدورات والموارد أو نقلها أو سحبها، وإيقاف الخدمة مؤقتًا "
                        "لأغراض الصيانة. وننصحك بتنزيل الشهادات التي ترغب في "
                        "الاحتفاظ بها.</p>"
                    ),
                ),
                ("heading", "مسؤوليتنا"),
                (
                    "paragraph",
                    (
                        "<p>تقدّم البوابة معلومات وتدريبًا عامّين. <strong>وهي لا "
                        "تُعدّ استشارة قانونية أو مالية أو استشارة في مجال "
                        "المشتريات</strong>: قبل طرح مناقصة أو توقيع عقد أو تقديم "
                        "عرض، تحقّق من القواعد التي تنطبق عليك بمساعدة مستشار مؤهل "
                        "أو الإدارة القانونية في مؤسستك. وفي الحدود التي يسمح بها "
                        "القانون، لا نتحمّل المسؤولية عن الخسائر الناجمة عن استخدام "
                        "البوابة أو عن الروابط المؤدية إلى مواقع أخرى. وليس في هذه "
                        "الشروط ما يحدّ من أي مسؤولية لا يجوز الحدّ منها قانونًا، أو "
                        "ما يمسّ حقوقك بوصفك مستهلكًا.</p>"
                    ),
                ),
                ("heading", "التغييرات على هذه الشروط"),
                (
                    "paragraph",
                    (
                        "<p>قد نحدّث هذه الشروط، مثلًا عند إضافة ميزات جديدة إلى "
                        "البوابة. وسننشر النسخة الجديدة في هذه الصفحة، وفي حال إجراء "
                        "تغييرات جوهرية سنُبلغ المستخدمين المسجلين بالبريد "
                        "الإلكتروني قبل سريانها. وإذا لم توافق عليها، يمكنك حذف "
                        "حسابك؛ أما إذا واصلت استخدام البوابة، فستسري عليك الشروط "
                        "المحدّثة.</p>"
                    ),
                ),
            ],
        },
    },
]
