"""Demo content of the cities section, in English: the two readiness
self-assessments and the nine cities with their challenges.

Populations are rounded and shown as "about"; partner organisations are named
only as the programme describes them. The challenges are illustrative,
written for training: they do not describe the cities' official plans.
Courses and resources are referred to by their demo slugs.
"""

# ----------------------------------------------------------------------
# Readiness self-assessments. Dimension keys and the order of questions and
# answers give the stable ids shared by every translation.
# ----------------------------------------------------------------------
ASSESSMENTS = [
    {
        "slug": "sme-readiness-to-work-with-cities",
        "title": "SME readiness to work with cities",
        "audience": "smes",
        "introduction": (
            "Fifteen questions for small and medium-sized enterprises that want to "
            "sell to cities or build solutions with them. Answer for your "
            "organisation as it is today. You get a score for each of five "
            "dimensions and suggestions of what to learn first. It takes about ten "
            "minutes."
        ),
        "dimensions": [
            {
                "key": "innovation",
                "name": "Innovation",
                "description": (
                    "How your organisation turns ideas into products and services "
                    "that solve real problems."
                ),
                "courses": ["designing-a-smart-city-solution"],
                "resources": [
                    "concept-note-template-for-smart-city-solutions",
                    "smes-and-the-smart-city-market-barriers-and-enablers",
                ],
                "questions": [
                    {
                        "text": (
                            "How do new products or services usually start in your "
                            "organisation?"
                        ),
                        "help_text": "",
                        "answers": [
                            (
                                "We rarely develop anything new; we sell what we have.",
                                0,
                            ),
                            (
                                "Ideas come up now and then, but nobody is "
                                "responsible for them.",
                                1,
                            ),
                            ("We collect ideas and discuss them, without a method.", 2),
                            (
                                "We check ideas against customers' problems before "
                                "investing in them.",
                                3,
                            ),
                            (
                                "We follow a regular process from problem to tested "
                                "prototype, and measure the results.",
                                4,
                            ),
                        ],
                    },
                    {
                        "text": (
                            "When did you last test a prototype or a pilot with real "
                            "users?"
                        ),
                        "help_text": "",
                        "answers": [
                            ("Never.", 0),
                            ("More than three years ago.", 1),
                            (
                                "In the last three years, with friendly customers "
                                "only.",
                                2,
                            ),
                            (
                                "In the last year, with users like the ones we want "
                                "to serve.",
                                3,
                            ),
                            ("We test with real users several times a year.", 4),
                        ],
                    },
                    {
                        "text": (
                            "How much of your yearly budget goes to developing new "
                            "or improved offers?"
                        ),
                        "help_text": "Count staff time as well as money.",
                        "answers": [
                            ("Nothing is set aside.", 0),
                            ("A little, when a project pays for it.", 1),
                            ("A small, regular share (under 5%).", 2),
                            ("A planned share of 5 to 10%.", 3),
                            ("More than 10%, with a plan for how it is spent.", 4),
                        ],
                    },
                ],
            },
            {
                "key": "public-sector-market",
                "name": "Knowledge of the public sector",
                "description": (
                    "How well you understand how cities decide, plan and spend."
                ),
                "courses": [
                    "selling-innovation-to-cities",
                    "from-challenge-to-pilot",
                ],
                "resources": [
                    "video-what-cities-look-for-in-an-sme-partner",
                    "common-challenges-of-mediterranean-cities-overview",
                ],
                "questions": [
                    {
                        "text": (
                            "Do you know which departments of a city would use your "
                            "solution or pay for it?"
                        ),
                        "help_text": "",
                        "answers": [
                            ("No.", 0),
                            ("We have a general idea.", 1),
                            ("We know the departments, but nobody in them.", 2),
                            (
                                "We know the departments and have spoken to some of "
                                "their staff.",
                                3,
                            ),
                            (
                                "We are in regular contact with the people who own "
                                "the problem and the budget.",
                                4,
                            ),
                        ],
                    },
                    {
                        "text": (
                            "How do you find out about cities' plans and future needs?"
                        ),
                        "help_text": "",
                        "answers": [
                            (
                                "We don't; we hear about tenders when they are "
                                "published, if at all.",
                                0,
                            ),
                            ("From the news and word of mouth.", 1),
                            (
                                "We read strategies and plans when we happen to find "
                                "them.",
                                2,
                            ),
                            (
                                "We follow the strategies, budgets and procurement "
                                "plans of the cities we target.",
                                3,
                            ),
                            (
                                "We follow them and take part in market consultations "
                                "and information days.",
                                4,
                            ),
                        ],
                    },
                    {
                        "text": (
                            "Can you explain your offer in terms of a city's goals, "
                            "such as climate, services to residents or costs?"
                        ),
                        "help_text": "",
                        "answers": [
                            ("Not really; we describe our technology.", 0),
                            ("Only in general terms.", 1),
                            ("Yes, for one of those goals.", 2),
                            ("Yes, with evidence from similar places.", 3),
                            (
                                "Yes, with evidence and with indicators the city "
                                "already uses.",
                                4,
                            ),
                        ],
                    },
                ],
            },
            {
                "key": "procurement",
                "name": "Public procurement",
                "description": (
                    "How prepared you are to find, read and win public tenders, "
                    "including procurement of innovation."
                ),
                "courses": ["selling-innovation-to-cities"],
                "resources": [
                    "preparing-your-first-bid-to-a-city",
                    "opening-public-procurement-to-smes-policy-brief",
                ],
                "questions": [
                    {
                        "text": "Has your organisation ever bid for a public contract?",
                        "help_text": "",
                        "answers": [
                            ("No, and we would not know where to start.", 0),
                            ("No, but we know where tenders are published.", 1),
                            ("Yes, but we did not win.", 2),
                            ("Yes, and we have won at least one contract.", 3),
                            ("Yes, regularly, and we have won several contracts.", 4),
                        ],
                    },
                    {
                        "text": (
                            "How familiar are you with the procedures cities use to "
                            "buy innovation, such as pre-commercial procurement or "
                            "the innovation partnership?"
                        ),
                        "help_text": "",
                        "answers": [
                            ("I have not heard of them.", 0),
                            ("I have heard the names.", 1),
                            ("I know how they differ from an ordinary tender.", 2),
                            ("We have studied a real call of this kind.", 3),
                            ("We have taken part in one.", 4),
                        ],
                    },
                    {
                        "text": (
                            "Could you gather the documents a tender usually asks "
                            "for within two weeks?"
                        ),
                        "help_text": (
                            "For example company certificates, references, "
                            "financial statements and a description of your method."
                        ),
                        "answers": [
                            ("No.", 0),
                            ("Some of them, with a lot of effort.", 1),
                            ("Most of them.", 3),
                            ("Yes, we keep them ready and up to date.", 4),
                        ],
                    },
                ],
            },
            {
                "key": "sustainability",
                "name": "Sustainability",
                "description": (
                    "How your offer and your organisation contribute to climate and "
                    "environmental goals."
                ),
                "courses": [
                    "circular-economy-and-green-procurement",
                    "climate-readiness-for-mediterranean-cities",
                ],
                "resources": [
                    "green-public-procurement-and-circular-economy-introduction",
                    "climate-risk-and-adaptation-checklist-for-municipalities",
                ],
                "questions": [
                    {
                        "text": (
                            "Do you measure the environmental effects of your "
                            "products or services (energy, emissions, water, waste)?"
                        ),
                        "help_text": "",
                        "answers": [
                            ("No.", 0),
                            ("We have a rough idea.", 1),
                            ("We measure some of them for our own operations.", 2),
                            (
                                "We measure them for our offer and can share the "
                                "figures.",
                                3,
                            ),
                            (
                                "We measure them with a recognised method and use "
                                "them in our bids.",
                                4,
                            ),
                        ],
                    },
                    {
                        "text": (
                            "Does your offer help a city adapt to climate risks such "
                            "as heat, drought or floods?"
                        ),
                        "help_text": "",
                        "answers": [
                            ("No.", 0),
                            ("Indirectly.", 1),
                            ("Yes, and we can explain how.", 2),
                            ("Yes, with results from a pilot or a customer.", 3),
                            (
                                "Yes, and it is designed around a city's adaptation "
                                "or climate plan.",
                                4,
                            ),
                        ],
                    },
                    {
                        "text": (
                            "Is your offer designed on circular-economy principles: "
                            "repair, reuse, recycled materials, services instead of "
                            "products?"
                        ),
                        "help_text": "",
                        "answers": [
                            ("No.", 0),
                            ("We have thought about it.", 1),
                            ("Some parts of the offer follow them.", 2),
                            ("Most of the offer follows them.", 3),
                            ("They are at the heart of our business model.", 4),
                        ],
                    },
                ],
            },
            {
                "key": "partnerships",
                "name": "Partnerships",
                "description": (
                    "How you work with others: cities, research centres and other "
                    "companies."
                ),
                "courses": [
                    "from-challenge-to-pilot",
                    "designing-a-smart-city-solution",
                ],
                "resources": [
                    "pilot-cooperation-agreement-outline",
                    "city-sme-co-creation-workshop-toolkit",
                ],
                "questions": [
                    {
                        "text": (
                            "Have you worked with other companies on a joint offer "
                            "or bid?"
                        ),
                        "help_text": "",
                        "answers": [
                            ("Never.", 0),
                            ("Once, informally.", 1),
                            ("Yes, with a written agreement.", 2),
                            (
                                "Yes, several times, including with partners in "
                                "another country.",
                                3,
                            ),
                            (
                                "We have lasting partnerships and a clear way of "
                                "sharing work and risk.",
                                4,
                            ),
                        ],
                    },
                    {
                        "text": (
                            "Have you worked with a university, a research centre or "
                            "a business support organisation?"
                        ),
                        "help_text": "",
                        "answers": [
                            ("No.", 0),
                            ("We have met some.", 1),
                            ("We have received advice or training from one.", 2),
                            ("We have run a joint project with one.", 3),
                            ("We work together regularly and it shapes our offer.", 4),
                        ],
                    },
                    {
                        "text": (
                            "Would you co-design a pilot with a city, sharing data "
                            "and results openly?"
                        ),
                        "help_text": "",
                        "answers": [
                            ("No, we only sell finished products.", 0),
                            (
                                "Perhaps, but we worry about our intellectual "
                                "property.",
                                1,
                            ),
                            ("Yes, if the terms are clear.", 3),
                            (
                                "Yes; we have done it and have a standard agreement "
                                "we use.",
                                4,
                            ),
                        ],
                    },
                ],
            },
        ],
    },
    {
        "slug": "city-readiness-for-innovation-and-climate-action",
        "title": "City readiness for innovation and climate action",
        "audience": "city_staff",
        "introduction": (
            "For civil servants and city teams: fifteen questions on how ready your "
            "city is to buy innovation and to act on climate change, in five "
            "dimensions. Answer for your city or department as it is today. The "
            "results point to courses and tools for the weakest areas."
        ),
        "dimensions": [
            {
                "key": "strategy",
                "name": "Strategy",
                "description": (
                    "Whether the city has clear, shared goals for innovation and "
                    "climate action."
                ),
                "courses": ["from-challenge-to-pilot"],
                "resources": [
                    "urban-challenge-statement-template",
                    "common-challenges-of-mediterranean-cities-overview",
                ],
                "questions": [
                    {
                        "text": (
                            "Does your city have an innovation or smart-city strategy?"
                        ),
                        "help_text": "",
                        "answers": [
                            ("No.", 0),
                            ("It is being discussed.", 1),
                            ("Yes, but it is not used in day-to-day decisions.", 2),
                            ("Yes, with priorities and a budget.", 3),
                            (
                                "Yes, with priorities, a budget and a yearly report "
                                "on progress.",
                                4,
                            ),
                        ],
                    },
                    {
                        "text": (
                            "Are the city's challenges written down as problems to "
                            "solve rather than as solutions to buy?"
                        ),
                        "help_text": (
                            "For example “reduce the heat on the way to school” "
                            "rather than “install shade sails”."
                        ),
                        "answers": [
                            ("No.", 0),
                            ("Rarely.", 1),
                            ("For some projects.", 2),
                            ("For most new projects.", 3),
                            (
                                "Always, and they are published for the market to "
                                "read.",
                                4,
                            ),
                        ],
                    },
                    {
                        "text": "Who leads innovation across the city's departments?",
                        "help_text": "",
                        "answers": [
                            ("Nobody.", 0),
                            ("Each department on its own.", 1),
                            ("One person, among other duties.", 2),
                            ("A team with a mandate from the city's leadership.", 3),
                            (
                                "A team with a mandate, a budget and regular meetings "
                                "across departments.",
                                4,
                            ),
                        ],
                    },
                ],
            },
            {
                "key": "data",
                "name": "Data",
                "description": (
                    "Whether the city collects, shares and uses data to decide and "
                    "to measure results."
                ),
                "courses": ["from-challenge-to-pilot"],
                "resources": [
                    "data-and-interoperability-in-smart-city-solutions-policy-brief",
                    "smart-city-pilot-evaluation-toolkit",
                ],
                "questions": [
                    {
                        "text": "Does the city publish open data?",
                        "help_text": "",
                        "answers": [
                            ("No.", 0),
                            ("A few data sets, not kept up to date.", 1),
                            ("Several data sets, updated from time to time.", 2),
                            ("A maintained open-data portal.", 3),
                            (
                                "A maintained portal, in standard formats that "
                                "companies use.",
                                4,
                            ),
                        ],
                    },
                    {
                        "text": "When a pilot ends, how is its success judged?",
                        "help_text": "",
                        "answers": [
                            ("By impression.", 0),
                            ("By the supplier's report.", 1),
                            ("By indicators chosen at the end.", 2),
                            ("By indicators agreed before the pilot started.", 3),
                            (
                                "By indicators agreed beforehand, with a baseline and "
                                "data the city collects itself.",
                                4,
                            ),
                        ],
                    },
                    {
                        "text": (
                            "Do new contracts say who owns the data a solution "
                            "produces and who may reuse it?"
                        ),
                        "help_text": "",
                        "answers": [
                            ("No.", 0),
                            ("Sometimes.", 1),
                            ("Usually, with standard wording.", 3),
                            (
                                "Always, with clauses on access, formats and privacy.",
                                4,
                            ),
                        ],
                    },
                ],
            },
            {
                "key": "procurement-of-innovation",
                "name": "Procurement of innovation",
                "description": (
                    "Whether the city's buying leaves room for new solutions and "
                    "for small suppliers."
                ),
                "courses": ["circular-economy-and-green-procurement"],
                "resources": [
                    "procurement-of-innovation-guide-for-city-staff",
                    "market-engagement-information-day-toolkit",
                ],
                "questions": [
                    {
                        "text": "Does the city consult the market before a tender?",
                        "help_text": "",
                        "answers": [
                            ("Never.", 0),
                            ("Occasionally, informally.", 1),
                            ("For large purchases.", 2),
                            (
                                "Regularly, with published preliminary market "
                                "consultations.",
                                3,
                            ),
                            (
                                "Regularly, and what it learns shapes the tender "
                                "documents.",
                                4,
                            ),
                        ],
                    },
                    {
                        "text": (
                            "Has the city used pre-commercial procurement, an "
                            "innovation partnership or a similar procedure?"
                        ),
                        "help_text": "",
                        "answers": [
                            ("No, and we would not know how.", 0),
                            ("No, but we have studied them.", 1),
                            ("We are preparing one.", 2),
                            ("Yes, once.", 3),
                            ("Yes, more than once, and we share what we learned.", 4),
                        ],
                    },
                    {
                        "text": (
                            "How do the city's tenders take small and medium-sized "
                            "enterprises into account?"
                        ),
                        "help_text": "",
                        "answers": [
                            ("They do not, in particular.", 0),
                            ("Some tenders are divided into lots.", 1),
                            ("Lots are common and requirements are proportionate.", 2),
                            (
                                "Lots, proportionate requirements and clear award "
                                "criteria on quality.",
                                3,
                            ),
                            (
                                "All of these, plus information sessions and feedback "
                                "to unsuccessful bidders.",
                                4,
                            ),
                        ],
                    },
                ],
            },
            {
                "key": "climate-risk",
                "name": "Climate risk",
                "description": (
                    "Whether the city knows its climate risks and plans how to adapt."
                ),
                "courses": ["climate-readiness-for-mediterranean-cities"],
                "resources": [
                    "climate-risk-and-adaptation-checklist-for-municipalities",
                    "video-climate-briefing-for-city-staff",
                ],
                "questions": [
                    {
                        "text": (
                            "Has the city assessed its climate risks: heat, drought, "
                            "floods, the rising sea?"
                        ),
                        "help_text": "",
                        "answers": [
                            ("No.", 0),
                            ("Only in general terms.", 1),
                            ("For some hazards or districts.", 2),
                            ("A full assessment, less than five years old.", 3),
                            (
                                "A full, recent assessment that is used to set "
                                "priorities.",
                                4,
                            ),
                        ],
                    },
                    {
                        "text": (
                            "Does the city have an adaptation or climate action plan?"
                        ),
                        "help_text": "",
                        "answers": [
                            ("No.", 0),
                            ("One is being prepared.", 1),
                            ("Yes, approved.", 2),
                            ("Yes, with measures, owners and a budget.", 3),
                            (
                                "Yes, with measures, owners, a budget and yearly "
                                "monitoring.",
                                4,
                            ),
                        ],
                    },
                    {
                        "text": (
                            "Are climate criteria part of the city's purchasing and "
                            "project decisions?"
                        ),
                        "help_text": "",
                        "answers": [
                            ("No.", 0),
                            ("In a few projects.", 1),
                            ("In energy and building projects.", 2),
                            ("In most projects, with green procurement criteria.", 3),
                            (
                                "Always, with criteria and monitoring of the results.",
                                4,
                            ),
                        ],
                    },
                ],
            },
            {
                "key": "collaboration-with-smes",
                "name": "Collaboration with SMEs",
                "description": (
                    "Whether the city works openly with local and regional "
                    "businesses to solve its challenges."
                ),
                "courses": ["from-challenge-to-pilot"],
                "resources": [
                    "city-sme-co-creation-workshop-toolkit",
                    "pilot-cooperation-agreement-outline",
                ],
                "questions": [
                    {
                        "text": "How do companies learn about the city's challenges?",
                        "help_text": "",
                        "answers": [
                            ("They don't, unless a tender is published.", 0),
                            ("Through personal contacts.", 1),
                            ("At occasional events.", 2),
                            ("From a published list of challenges.", 3),
                            (
                                "From a published list, regular events and a named "
                                "contact.",
                                4,
                            ),
                        ],
                    },
                    {
                        "text": (
                            "Has the city run a co-creation workshop, a hackathon or "
                            "an open call with SMEs?"
                        ),
                        "help_text": "",
                        "answers": [
                            ("No.", 0),
                            ("Once, without any follow-up.", 1),
                            ("Yes, with some follow-up.", 2),
                            ("Yes, and it led to a pilot.", 3),
                            ("Yes, regularly, and pilots have been scaled up.", 4),
                        ],
                    },
                    {
                        "text": (
                            "Is there a standard agreement for running pilots with "
                            "companies?"
                        ),
                        "help_text": "",
                        "answers": [
                            ("No.", 0),
                            ("We write one each time.", 1),
                            ("A template exists but is rarely used.", 2),
                            (
                                "Yes, a template covering data, intellectual property "
                                "and evaluation.",
                                3,
                            ),
                            (
                                "Yes, and it is public, so companies know the terms "
                                "in advance.",
                                4,
                            ),
                        ],
                    },
                ],
            },
        ],
    },
]

# ----------------------------------------------------------------------
# Cities and their challenges. Page slugs are the City snippets' slugs.
# ----------------------------------------------------------------------
CONTACT_EMAIL = "cities@example.org"
CONTACT_LABEL = "Smart Cities Academy programme team"

CITIES = [
    {
        "slug": "malaga",
        "title": "Malaga",
        "summary": (
            "A port city on the Costa del Sol that has grown a technology sector "
            "alongside tourism, and wants both to thrive in hotter summers."
        ),
        "region": "Andalusia",
        "population": 580000,
        "partner": "A business and innovation centre in Malaga (programme partner)",
        "profile": [
            "<p>Malaga sits between the mountains and the sea on Spain's southern "
            "coast. Its port, its historic centre and its museums draw visitors all "
            "year round, and its airport links it to much of Europe. Over the last "
            "decades the city has also built a reputation for technology, with a "
            "large technology park, a university and a growing number of start-ups "
            "and small software and engineering firms.</p>",
            "<p>Success brings pressure. Visitors and new residents compete for "
            "housing and public space in the centre, summers are getting hotter and "
            "drier, and the hospitality sector produces a great deal of waste. The "
            "city's challenges in this portal are about keeping Malaga liveable for "
            "the people who live there while its economy keeps growing.</p>",
        ],
        "innovation_strategy": (
            "<p>The summary used in this demo: work with the technology park, the "
            "university and local business support to test solutions in real "
            "streets and buildings, and use <strong>early market "
            "consultation</strong> so that small companies hear about needs before "
            "tenders are written.</p>"
        ),
        "climate_strategy": (
            "<p>The summary used in this demo: reduce heat exposure in public "
            "space, save water in a drought-prone region, and cut the waste and "
            "emissions of tourism, with measurable targets reported every year.</p>"
        ),
        "challenges": [
            {
                "slug": "cooler-streets-in-heatwaves",
                "title": "Cooler streets in summer heatwaves",
                "summary": (
                    "Keep the busiest pedestrian streets usable during heatwaves "
                    "with shade, water and materials that stay cool."
                ),
                "category": "environmental",
                "stage": "market_consultation",
                "topics": ["climate-readiness", "smart-city-solutions"],
                "description": [
                    "<p>On the hottest summer afternoons the surface of some "
                    "streets in the centre becomes too hot to stand on, and older "
                    "residents avoid going out. Trees cannot be planted everywhere: "
                    "many streets are narrow, with services under the pavement.</p>",
                    "<p>The city is looking for combinations of shade, cool "
                    "surfaces, water and information that can be installed quickly, "
                    "removed in winter if needed and measured. It wants to hear "
                    "from companies before deciding what to buy.</p>",
                ],
                "outcomes": [
                    "Lower surface and air temperatures on the chosen streets.",
                    "More people walking there on hot afternoons.",
                    "Solutions the city can maintain with its own teams.",
                ],
                "indicators": [
                    "Surface temperature at 4 pm on days above 35 °C.",
                    "Pedestrian counts in July and August.",
                    "Yearly maintenance cost per street.",
                ],
                "courses": [
                    "climate-readiness-for-mediterranean-cities",
                    "from-challenge-to-pilot",
                ],
                "resources": [
                    "climate-risk-and-adaptation-checklist-for-municipalities",
                    "case-study-shaded-routes-to-school-in-a-desert-city",
                ],
            },
            {
                "slug": "tourism-and-residents-in-the-historic-centre",
                "title": "Tourism and residents in the historic centre",
                "summary": (
                    "Understand and balance how visitors and residents use the "
                    "historic centre, so that the neighbourhood stays a place to "
                    "live."
                ),
                "category": "social",
                "stage": "identified",
                "topics": ["sustainable-development", "smart-city-solutions"],
                "description": [
                    "<p>Residents of the historic centre say that crowds, noise "
                    "and short-term rentals are pushing neighbours out. The city "
                    "has data on visitor numbers but little on where and when "
                    "pressure peaks, or on what residents need to stay.</p>",
                    "<p>It would like ideas for measuring pressure street by "
                    "street, respecting privacy, and for services that spread "
                    "visitors more evenly and support local shops.</p>",
                ],
                "outcomes": [
                    "A shared, regularly updated picture of pressure in the centre.",
                    "Measures that residents say improve daily life.",
                ],
                "indicators": [
                    "Resident population of the centre, year on year.",
                    "Peak crowding on the ten busiest streets.",
                    "Residents' satisfaction in a yearly survey.",
                ],
                "courses": ["designing-a-smart-city-solution"],
                "resources": [
                    "common-challenges-of-mediterranean-cities-overview",
                    "urban-challenge-statement-template",
                ],
            },
            {
                "slug": "less-waste-from-hospitality",
                "title": "Less food and packaging waste from hospitality",
                "summary": (
                    "Help bars, restaurants and hotels cut food and packaging "
                    "waste, and turn what remains into compost or new materials."
                ),
                "category": "environmental",
                "stage": "pilot",
                "topics": ["sustainable-development"],
                "description": [
                    "<p>Hospitality is one of the largest sources of waste in the "
                    "city, and most of it is collected mixed. A pilot is testing "
                    "separate collection of food waste in one district, with a small "
                    "number of restaurants.</p>",
                    "<p>The city wants to hear from companies offering reusable "
                    "packaging, tools to prevent food waste, or ways of using the "
                    "collected organic waste locally.</p>",
                ],
                "outcomes": [
                    "Less mixed waste from hospitality.",
                    "Organic waste treated close to where it is produced.",
                ],
                "indicators": [
                    "Tonnes of mixed waste per establishment per month.",
                    "Share of organic waste collected separately.",
                    "Number of establishments taking part.",
                ],
                "courses": ["circular-economy-and-green-procurement"],
                "resources": [
                    "green-public-procurement-and-circular-economy-introduction",
                    "caso-ilustrativo-compost-de-residuos-organicos-en-una-ciudad-portuaria",
                ],
            },
        ],
    },
    {
        "slug": "murcia",
        "title": "Murcia",
        "summary": (
            "A university city in the fertile valley of the Segura river, with a "
            "strong agri-food economy and a long tradition of sharing scarce water."
        ),
        "region": "Region of Murcia",
        "population": 460000,
        "partner": (
            "A business and innovation centre in Murcia (the programme's lead partner)"
        ),
        "profile": [
            "<p>Murcia lies in the valley of the Segura river, surrounded by the "
            "<em>huerta</em>, the irrigated farmland that has fed the city for "
            "centuries. The municipality is large and spread out: besides the "
            "centre it includes dozens of districts and villages. Two universities "
            "and a lively agri-food and logistics sector shape its economy.</p>",
            "<p>Water is the thread running through its challenges. The region is "
            "one of the driest in Europe, summers are very hot, and the way water "
            "is shared between farms, homes and green spaces is a constant public "
            "debate. Connecting the outlying districts and giving young people good "
            "jobs close to home are the other priorities in this portal.</p>",
        ],
        "innovation_strategy": (
            "<p>The summary used in this demo: use the city's universities and "
            "business support network to help local SMEs grow, and publish "
            "challenges as problems to solve so that companies can propose their "
            "own answers.</p>"
        ),
        "climate_strategy": (
            "<p>The summary used in this demo: every drop counts. Smarter irrigation "
            "of public green space, reuse of treated water, shade and cooling in "
            "public space, and cleaner transport between the centre and the "
            "districts.</p>"
        ),
        "challenges": [
            {
                "slug": "saving-water-in-parks",
                "title": "Saving water in parks and public gardens",
                "summary": (
                    "Irrigate the city's parks with less water, using sensors, "
                    "weather data and plants suited to a dry climate."
                ),
                "category": "environmental",
                "stage": "pilot",
                "topics": ["climate-readiness", "smart-city-solutions"],
                "description": [
                    "<p>Public green space matters more as summers get hotter, "
                    "but watering it uses a large share of the city's water. Most "
                    "parks are still watered on fixed timers, whatever the "
                    "weather.</p>",
                    "<p>A pilot in several parks is testing soil-moisture sensors "
                    "and weather-based control. The city wants solutions that "
                    "gardeners find easy to use and that work with the equipment "
                    "already installed.</p>",
                ],
                "outcomes": [
                    "Less water used per square metre of green space.",
                    "Healthy plants through the summer.",
                    "Gardeners trained and confident with the system.",
                ],
                "indicators": [
                    "Cubic metres of water per hectare per month.",
                    "Share of parks on weather-based control.",
                    "Plant losses after each summer.",
                ],
                "courses": ["climate-readiness-for-mediterranean-cities"],
                "resources": ["case-study-smart-irrigation-in-municipal-parks"],
            },
            {
                "slug": "clean-transport-to-the-districts",
                "title": "Clean transport between the centre and the districts",
                "summary": (
                    "Give people in the outlying districts a clean, reliable way "
                    "to reach the centre without a car."
                ),
                "category": "social",
                "stage": "identified",
                "topics": ["sustainable-development", "smart-city-solutions"],
                "description": [
                    "<p>Many residents live in districts several kilometres from "
                    "the centre, where buses are infrequent and most trips are made "
                    "by car. People without a car, often older or younger "
                    "residents, find it hard to reach work, study and services.</p>",
                    "<p>The city wants to understand travel needs better and to "
                    "explore on-demand services, safe cycling links and better "
                    "connections between modes.</p>",
                ],
                "outcomes": [
                    "More trips from the districts made without a private car.",
                    "Shorter, more predictable journeys to the centre.",
                ],
                "indicators": [
                    "Share of trips by public transport, bicycle or on foot.",
                    "Average journey time from five chosen districts.",
                ],
                "courses": ["from-challenge-to-pilot"],
                "resources": ["urban-challenge-statement-template"],
            },
            {
                "slug": "skilled-jobs-for-young-people",
                "title": "Skilled jobs for young people",
                "summary": (
                    "Help young people find skilled work in local companies, "
                    "especially in the green and digital economy."
                ),
                "category": "economic",
                "stage": "market_consultation",
                "topics": ["innovation", "public-private-collaboration"],
                "description": [
                    "<p>Youth unemployment is high and many graduates leave to "
                    "find work elsewhere, while local companies say they cannot find "
                    "people with the skills they need.</p>",
                    "<p>The city would like to hear from companies and training "
                    "providers with ideas for work placements, short courses and "
                    "matching services that connect young people with SMEs.</p>",
                ],
                "outcomes": [
                    "More young people in skilled jobs in local SMEs.",
                    "Companies able to fill technical posts locally.",
                ],
                "indicators": [
                    "Unemployment rate of residents aged 16 to 29.",
                    "Placements that lead to a job within six months.",
                ],
                "courses": ["designing-a-smart-city-solution"],
                "resources": ["smes-and-the-smart-city-market-barriers-and-enablers"],
            },
        ],
    },
    {
        "slug": "cartagena",
        "title": "Cartagena",
        "summary": (
            "A historic naval port on the Mediterranean with an industrial base, "
            "Roman heritage and low-lying districts exposed to sudden floods."
        ),
        "region": "Region of Murcia",
        "population": 215000,
        "partner": "Member of the programme's cities lead group",
        "profile": [
            "<p>Cartagena has been a port for more than two thousand years. Its "
            "natural harbour made it a naval base, its Roman theatre and walls "
            "draw visitors, and an industrial area near the port hosts energy and "
            "chemical plants. The city lies close to the Mar Menor, a coastal "
            "lagoon whose health is a major regional concern.</p>",
            "<p>Heavy autumn rains can turn dry riverbeds into torrents within "
            "hours, and parts of the city are low-lying. Cleaner air near the port "
            "and new uses for former industrial land are the other challenges it "
            "shares in this portal.</p>",
        ],
        "innovation_strategy": (
            "<p>The summary used in this demo: turn the port, the industrial area "
            "and the university's engineering schools into a testing ground for "
            "cleaner industry and logistics, working with regional business "
            "support.</p>"
        ),
        "climate_strategy": (
            "<p>The summary used in this demo: protect people and property from "
            "flash floods with early warning and nature-based drainage, improve "
            "air quality, and reduce pressure on the coast and the lagoon.</p>"
        ),
        "challenges": [
            {
                "slug": "flash-flood-protection",
                "title": "Protecting low-lying districts from flash floods",
                "summary": (
                    "Warn residents earlier and hold back storm water in the "
                    "districts most exposed to sudden floods."
                ),
                "category": "environmental",
                "stage": "market_consultation",
                "topics": ["climate-readiness"],
                "description": [
                    "<p>A few hours of intense rain can flood streets and ground "
                    "floors in the lowest districts. Warnings reach residents late, "
                    "and the drainage network was not designed for today's "
                    "storms.</p>",
                    "<p>The city is consulting the market on sensor networks, "
                    "warning systems and green infrastructure that stores water "
                    "where it falls.</p>",
                ],
                "outcomes": [
                    "Residents warned early enough to act.",
                    "Less water reaching the lowest streets during storms.",
                ],
                "indicators": [
                    "Minutes between an alert and the first flooding.",
                    "Properties flooded per major storm.",
                    "Storm water held by green infrastructure (cubic metres).",
                ],
                "courses": ["climate-readiness-for-mediterranean-cities"],
                "resources": [
                    "case-study-flash-flood-warning-in-a-hillside-city",
                    "climate-risk-and-adaptation-checklist-for-municipalities",
                ],
            },
            {
                "slug": "cleaner-air-around-the-port",
                "title": "Cleaner air around the port",
                "summary": (
                    "Measure and reduce air pollution from ships, lorries and "
                    "industry in the districts next to the port."
                ),
                "category": "environmental",
                "stage": "identified",
                "topics": ["sustainable-development", "smart-city-solutions"],
                "description": [
                    "<p>Residents near the port worry about emissions from ships at "
                    "berth, heavy traffic and industry. Official monitoring stations "
                    "are few, so the picture street by street is incomplete.</p>",
                    "<p>The city is interested in affordable sensors, open data "
                    "and measures such as cleaner logistics that could be tested "
                    "with the port and local companies.</p>",
                ],
                "outcomes": [
                    "A reliable, public picture of air quality near the port.",
                    "Measurable falls in the main pollutants.",
                ],
                "indicators": [
                    "Yearly average of nitrogen dioxide and fine particles.",
                    "Days above the health guideline values.",
                ],
                "courses": ["from-challenge-to-pilot"],
                "resources": [
                    "data-and-interoperability-in-smart-city-solutions-policy-brief"
                ],
            },
            {
                "slug": "new-uses-for-industrial-land",
                "title": "New uses for former industrial sites",
                "summary": (
                    "Bring empty industrial land back into use for green "
                    "businesses, with circular use of materials and energy."
                ),
                "category": "economic",
                "stage": "identified",
                "topics": ["sustainable-development", "public-private-collaboration"],
                "description": [
                    "<p>Several industrial sites near the city stand empty or "
                    "half-used. Reusing them would avoid building on open land and "
                    "could bring jobs, but soil, buildings and ownership all raise "
                    "questions.</p>",
                    "<p>The city wants ideas for temporary and permanent uses, "
                    "shared services for small firms and ways to reuse materials "
                    "from demolition.</p>",
                ],
                "outcomes": [
                    "Former industrial land back in productive use.",
                    "New firms and jobs in the circular economy.",
                ],
                "indicators": [
                    "Hectares of former industrial land in use.",
                    "Jobs created on the reused sites.",
                    "Share of demolition material reused.",
                ],
                "courses": ["circular-economy-and-green-procurement"],
                "resources": [
                    "green-public-procurement-and-circular-economy-introduction"
                ],
            },
        ],
    },
    {
        "slug": "molina-de-segura",
        "title": "Molina de Segura",
        "summary": (
            "An industrial town north of Murcia, known for its food industry, "
            "that wants its factories, water and services to work smarter."
        ),
        "region": "Region of Murcia",
        "population": 75000,
        "partner": "Member of the programme's cities lead group",
        "profile": [
            "<p>Molina de Segura grew around the canning and food-processing "
            "industry of the Segura valley, and industrial estates are still a large "
            "part of its economy. Many of its companies are small and family-owned, "
            "close to the farms that supply them.</p>",
            "<p>Energy costs, water and an ageing population are the themes of its "
            "challenges in this portal. As a medium-sized town it can move quickly "
            "on pilots, and it is keen to work with local SMEs.</p>",
        ],
        "innovation_strategy": (
            "<p>The summary used in this demo: support the modernisation of local "
            "industry, test solutions in municipal buildings and estates, and "
            "open procurement to small local firms.</p>"
        ),
        "climate_strategy": (
            "<p>The summary used in this demo: use less energy in industrial "
            "estates, reuse treated water and keep older residents safe during "
            "heatwaves.</p>"
        ),
        "challenges": [
            {
                "slug": "energy-efficient-industrial-estates",
                "title": "Energy efficiency in industrial estates",
                "summary": (
                    "Cut the energy bills and emissions of small factories by "
                    "sharing data, equipment and renewable energy on the estates."
                ),
                "category": "economic",
                "stage": "procurement_open",
                "topics": ["sustainable-development", "procurement-of-innovation"],
                "description": [
                    "<p>Small manufacturers on the town's estates pay high energy "
                    "bills, and few have the time or expertise to reduce them. "
                    "Roofs that could carry solar panels stand empty.</p>",
                    "<p>The town has opened a procurement for an energy service "
                    "that audits firms, proposes shared measures and monitors "
                    "savings. Consortia of SMEs are welcome to bid.</p>",
                ],
                "outcomes": [
                    "Lower energy use and bills for the participating firms.",
                    "More renewable energy produced on the estates.",
                ],
                "indicators": [
                    "Energy use per firm, before and after.",
                    "Kilowatt-hours of renewable energy produced on site.",
                ],
                "courses": [
                    "circular-economy-and-green-procurement",
                    "selling-innovation-to-cities",
                ],
                "resources": [
                    "market-engagement-information-day-toolkit",
                    "preparing-your-first-bid-to-a-city",
                ],
            },
            {
                "slug": "reusing-treated-wastewater",
                "title": "Reusing treated wastewater",
                "summary": (
                    "Use treated wastewater for parks, street cleaning and "
                    "industry instead of drinking water."
                ),
                "category": "environmental",
                "stage": "pilot",
                "topics": ["climate-readiness"],
                "description": [
                    "<p>Treated wastewater is a reliable source in a dry region, "
                    "but getting it to where it is needed, at the right quality, "
                    "takes pipes, storage and monitoring.</p>",
                    "<p>A pilot is supplying treated water to one park and to "
                    "street-cleaning vehicles. The town wants monitoring tools and "
                    "ideas for industrial users.</p>",
                ],
                "outcomes": [
                    "Less drinking water used for non-drinking purposes.",
                    "Water quality checked continuously and openly.",
                ],
                "indicators": [
                    "Cubic metres of treated water reused per year.",
                    "Quality tests passed, as a share of all tests.",
                ],
                "courses": ["climate-readiness-for-mediterranean-cities"],
                "resources": ["case-study-smart-irrigation-in-municipal-parks"],
            },
            {
                "slug": "older-people-at-home",
                "title": "Helping older people live independently at home",
                "summary": (
                    "Help older residents stay safe, connected and independent at "
                    "home, including during heatwaves."
                ),
                "category": "social",
                "stage": "market_consultation",
                "topics": ["smart-city-solutions", "innovation"],
                "description": [
                    "<p>The number of residents over 75 is growing, and many live "
                    "alone. Social services want to reach them before a crisis, "
                    "especially in extreme heat.</p>",
                    "<p>The town is consulting the market on simple, respectful "
                    "technology and services: check-in calls, home sensors and "
                    "community networks, designed with older people.</p>",
                ],
                "outcomes": [
                    "Fewer emergency admissions of older people living alone.",
                    "Older residents who feel safe and connected.",
                ],
                "indicators": [
                    "Heat-related emergency calls from people over 75.",
                    "Participants' satisfaction after six months.",
                ],
                "courses": ["designing-a-smart-city-solution"],
                "resources": ["video-from-pilot-to-scale"],
            },
        ],
    },
    {
        "slug": "genova",
        "title": "Genoa",
        "summary": (
            "A great port city squeezed between steep hills and the sea, facing "
            "flash floods, an ageing population and crowded narrow streets."
        ),
        "region": "Liguria",
        "population": 560000,
        "partner": (
            "A regional financial and innovation agency of Liguria (programme partner)"
        ),
        "profile": [
            "<p>Genoa stretches for kilometres along the Ligurian coast, climbing "
            "steep hills crossed by short rivers. Its port is one of the busiest in "
            "the Mediterranean, and its medieval centre, with its narrow "
            "<em>caruggi</em>, is one of the largest in Europe.</p>",
            "<p>The city's shape explains its challenges. Intense autumn rain can "
            "turn streams into floods in less than an hour; many residents are "
            "older and live on hillsides; and goods must reach shops along lanes "
            "where lorries cannot go. Liguria's regional agency supports local "
            "companies that want to solve these problems.</p>",
        ],
        "innovation_strategy": (
            "<p>The summary used in this demo: combine the port, research centres "
            "and regional support for SMEs, and use procurement of innovation to "
            "bring tested solutions into public services.</p>"
        ),
        "climate_strategy": (
            "<p>The summary used in this demo: early warning and prevention of "
            "floods and landslides, heat protection for older residents, and "
            "cleaner logistics in the historic centre.</p>"
        ),
        "challenges": [
            {
                "slug": "flood-early-warning",
                "title": "Early warning for floods in steep valleys",
                "summary": (
                    "Extend and improve the warning system that tells residents, "
                    "schools and businesses when a stream is about to flood."
                ),
                "category": "environmental",
                "stage": "scaled",
                "topics": ["climate-readiness", "smart-city-solutions"],
                "description": [
                    "<p>In this scenario, after damaging floods, the city built up a "
                    "network of "
                    "rain and river gauges and an alert system. It now covers the "
                    "main valleys and is part of everyday civil protection "
                    "work.</p>",
                    "<p>The next step is to reach more people, in more languages, "
                    "and to add small side valleys. The city welcomes proposals "
                    "that build on the existing system.</p>",
                ],
                "outcomes": [
                    "Everyone in a flood-prone area receives alerts they understand.",
                    "Schools and businesses with practised flood plans.",
                ],
                "indicators": [
                    "Residents registered for alerts in flood-prone areas.",
                    "Lead time of alerts before peak water levels.",
                ],
                "courses": ["climate-readiness-for-mediterranean-cities"],
                "resources": ["case-study-flash-flood-warning-in-a-hillside-city"],
            },
            {
                "slug": "services-for-an-ageing-population",
                "title": "Services for an ageing population",
                "summary": (
                    "Help older residents on the hillsides get around, stay "
                    "active and reach services."
                ),
                "category": "social",
                "stage": "market_consultation",
                "topics": ["smart-city-solutions", "innovation"],
                "description": [
                    "<p>Liguria has one of the oldest populations in Europe, and "
                    "many older people in Genoa live in hillside districts with "
                    "steps, lifts and steep streets. Getting to a doctor or a shop "
                    "can be an effort.</p>",
                    "<p>The city is consulting companies and social enterprises on "
                    "transport on demand, home services and digital tools that "
                    "older people actually want to use.</p>",
                ],
                "outcomes": [
                    "Older residents able to reach services easily.",
                    "Less isolation among people who live alone.",
                ],
                "indicators": [
                    "Trips made with the new services each month.",
                    "Share of participants who feel less isolated.",
                ],
                "courses": ["designing-a-smart-city-solution"],
                "resources": ["appalti-innovativi-e-pmi-indicazioni-per-i-comuni"],
            },
            {
                "slug": "last-mile-deliveries",
                "title": "Last-mile deliveries in narrow streets",
                "summary": (
                    "Deliver goods to shops in the historic centre without vans "
                    "blocking its narrow lanes."
                ),
                "category": "economic",
                "stage": "pilot",
                "topics": ["smart-city-solutions", "sustainable-development"],
                "description": [
                    "<p>Vans deliver to hundreds of small shops in the historic "
                    "centre, often in lanes too narrow for them, blocking the way "
                    "and adding noise and pollution.</p>",
                    "<p>A pilot is testing a micro-hub at the edge of the centre "
                    "with cargo bikes and electric trolleys, and shared booking of "
                    "loading spaces.</p>",
                ],
                "outcomes": [
                    "Fewer vans entering the historic centre.",
                    "Deliveries on time at no extra cost for shops.",
                ],
                "indicators": [
                    "Van entries into the centre per day.",
                    "Share of deliveries made by cargo bike or trolley.",
                ],
                "courses": ["from-challenge-to-pilot"],
                "resources": ["case-study-shared-data-for-delivery-loading-bays"],
            },
        ],
    },
    {
        "slug": "kfar-saba",
        "title": "Kfar Saba",
        "summary": (
            "A green city in the Sharon plain and a partner of the programme, "
            "which hosted the meetings of its cities lead group."
        ),
        "region": "Central District",
        "population": 100000,
        "partner": "The Municipality of Kfar Saba (programme partner)",
        "profile": [
            "<p>Kfar Saba lies in the Sharon plain, north-east of Tel Aviv, and is "
            "known for its parks and tree-lined streets. It is mostly residential, "
            "with many families and commuters, and a growing number of small "
            "companies in services and technology.</p>",
            "<p>The municipality is a partner of the programme and hosted the "
            "online meetings of its cities lead group in 2021, where cities "
            "discussed innovation, climate readiness and sustainable development. "
            "Its challenges in this portal deal with heat, water and opening "
            "municipal purchasing to local SMEs.</p>",
        ],
        "innovation_strategy": (
            "<p>The summary used in this demo: make municipal procurement easier "
            "for local SMEs, test new solutions in public spaces and schools, and "
            "learn together with other Mediterranean cities.</p>"
        ),
        "climate_strategy": (
            "<p>The summary used in this demo: shade and cooling for people on "
            "foot and on bicycles, rainwater capture and groundwater protection, "
            "and energy savings in public buildings.</p>"
        ),
        "challenges": [
            {
                "slug": "shade-for-pedestrians-and-cyclists",
                "title": "Shade and cooling for pedestrians and cyclists",
                "summary": (
                    "Make walking and cycling comfortable in summer along the "
                    "main routes to schools, stations and parks."
                ),
                "category": "environmental",
                "stage": "pilot",
                "topics": ["climate-readiness"],
                "description": [
                    "<p>The city wants more people to walk and cycle, but in "
                    "summer many routes lack shade. Trees take years to grow, and "
                    "some streets have little room for them.</p>",
                    "<p>A pilot is testing shade structures, cool surfaces and "
                    "drinking fountains on two routes, with sensors that measure "
                    "how hot it feels.</p>",
                ],
                "outcomes": [
                    "Shaded, cooler routes to schools and stations.",
                    "More walking and cycling in the summer months.",
                ],
                "indicators": [
                    "Felt temperature along the routes at midday.",
                    "Cyclist and pedestrian counts, summer against spring.",
                ],
                "courses": ["climate-readiness-for-mediterranean-cities"],
                "resources": [
                    "heat-resilience-policy-brief-for-local-authorities-hebrew"
                ],
            },
            {
                "slug": "procurement-open-to-local-smes",
                "title": "Opening municipal procurement to local SMEs",
                "summary": (
                    "Make it easier for small local companies to find, understand "
                    "and win the municipality's tenders."
                ),
                "category": "economic",
                "stage": "procurement_open",
                "topics": ["procurement-of-innovation", "public-private-collaboration"],
                "description": [
                    "<p>Few local SMEs bid for the municipality's contracts. They "
                    "say tenders are hard to find, written for large firms and "
                    "demanding in paperwork.</p>",
                    "<p>The municipality has opened a call for a service that "
                    "runs information days, simplifies tender templates and gives "
                    "feedback to bidders. It also wants SMEs to tell it what gets "
                    "in their way.</p>",
                ],
                "outcomes": [
                    "More bids from local SMEs.",
                    "Simpler, clearer tender documents.",
                ],
                "indicators": [
                    "Share of bids coming from local SMEs.",
                    "Share of contract value won by SMEs.",
                ],
                "courses": ["selling-innovation-to-cities"],
                "resources": [
                    "market-engagement-information-day-toolkit",
                    "opening-public-procurement-to-smes-policy-brief",
                ],
            },
            {
                "slug": "rainwater-and-groundwater",
                "title": "Rainwater capture and groundwater recharge",
                "summary": (
                    "Keep winter rain in the city, letting it soak into the ground "
                    "instead of running off to the drains."
                ),
                "category": "environmental",
                "stage": "identified",
                "topics": ["climate-readiness", "sustainable-development"],
                "description": [
                    "<p>Winter rain falls on roofs and roads and runs quickly into "
                    "drains, while the groundwater the region depends on needs "
                    "recharging.</p>",
                    "<p>The city is looking for ideas on permeable surfaces, "
                    "rain gardens and rainwater storage in schools and public "
                    "buildings.</p>",
                ],
                "outcomes": [
                    "More rain soaking into the ground in the city.",
                    "Less pressure on drains during storms.",
                ],
                "indicators": [
                    "Square metres of permeable surface added.",
                    "Rainwater stored and used in public buildings.",
                ],
                "courses": ["climate-readiness-for-mediterranean-cities"],
                "resources": [
                    "climate-risk-and-adaptation-checklist-for-municipalities"
                ],
            },
        ],
    },
    {
        "slug": "tel-aviv",
        "title": "Tel Aviv",
        "summary": (
            "A dense coastal city and technology hub, where the programme's "
            "university partner studied the challenges of the cities."
        ),
        "region": "Tel Aviv District",
        "population": 470000,
        "partner": (
            "Tel Aviv University, whose urban innovation and sustainability "
            "laboratory ran the programme's study of the cities' challenges"
        ),
        "profile": [
            "<p>Tel Aviv-Yafo is the economic and cultural centre of Israel's "
            "coastal plain, with a busy seafront, a large start-up community and "
            "an old port city, Jaffa, at its southern end. Many people commute "
            "into the city every day.</p>",
            "<p>Tel Aviv University's urban innovation and sustainability "
            "laboratory carried out the programme's study of the cities' main "
            "economic, social and environmental challenges. The city's own "
            "challenges in this portal are about street space, energy and keeping "
            "the city open to young residents and new businesses.</p>",
        ],
        "innovation_strategy": (
            "<p>The summary used in this demo: use the city as a testing ground "
            "for start-ups and SMEs, share data openly, and turn successful pilots "
            "into services.</p>"
        ),
        "climate_strategy": (
            "<p>The summary used in this demo: cut energy use in municipal "
            "buildings, share street space fairly between people, bicycles, "
            "deliveries and cars, and prepare the coast for rising seas.</p>"
        ),
        "challenges": [
            {
                "slug": "sharing-kerb-space",
                "title": "Sharing kerb space fairly",
                "summary": (
                    "Manage the kerb for deliveries, bicycles, taxis and buses "
                    "with real-time data instead of fixed rules."
                ),
                "category": "economic",
                "stage": "pilot",
                "topics": ["smart-city-solutions"],
                "description": [
                    "<p>Delivery vans, taxis, scooters and buses all need the same "
                    "few metres of kerb. Double parking slows buses and puts "
                    "cyclists at risk.</p>",
                    "<p>A pilot on several streets lets delivery companies book "
                    "loading slots, with sensors showing when spaces are free. The "
                    "city wants to learn what works before expanding it.</p>",
                ],
                "outcomes": [
                    "Less double parking on the pilot streets.",
                    "Faster buses and safer cycling.",
                ],
                "indicators": [
                    "Double-parking events per hour.",
                    "Bus travel time along the pilot streets.",
                ],
                "courses": ["from-challenge-to-pilot"],
                "resources": [
                    "case-study-shared-data-for-delivery-loading-bays",
                    "data-and-interoperability-in-smart-city-solutions-policy-brief",
                ],
            },
            {
                "slug": "young-residents-and-new-businesses",
                "title": "Keeping young residents and new businesses",
                "summary": (
                    "Help young people and small new companies afford to stay in "
                    "the city."
                ),
                "category": "social",
                "stage": "identified",
                "topics": ["innovation", "public-private-collaboration"],
                "description": [
                    "<p>High rents push young residents and small firms to the "
                    "suburbs, even though the city's economy depends on them.</p>",
                    "<p>The city is collecting ideas for shared workspaces in "
                    "municipal buildings, new forms of housing and services that "
                    "help young people start businesses.</p>",
                ],
                "outcomes": [
                    "More young residents staying in the city.",
                    "Affordable space for new small businesses.",
                ],
                "indicators": [
                    "Residents aged 25 to 35, year on year.",
                    "New businesses registered in the city.",
                ],
                "courses": ["designing-a-smart-city-solution"],
                "resources": ["smes-and-the-smart-city-market-barriers-and-enablers"],
            },
            {
                "slug": "energy-in-municipal-buildings",
                "title": "Cutting energy use in municipal buildings",
                "summary": (
                    "Reduce the energy schools, offices and sports halls use, and "
                    "produce more of it on their roofs."
                ),
                "category": "environmental",
                "stage": "procurement_open",
                "topics": ["sustainable-development", "procurement-of-innovation"],
                "description": [
                    "<p>Municipal buildings use a great deal of energy for air "
                    "conditioning, much of it wasted in empty rooms or through poor "
                    "insulation.</p>",
                    "<p>The city has opened a procurement for smart building "
                    "controls and energy services paid from the savings, and "
                    "encourages SMEs to bid together.</p>",
                ],
                "outcomes": [
                    "Lower energy use and bills in municipal buildings.",
                    "More solar energy produced on public roofs.",
                ],
                "indicators": [
                    "Kilowatt-hours per square metre per year.",
                    "Solar capacity installed on municipal roofs.",
                ],
                "courses": [
                    "circular-economy-and-green-procurement",
                    "selling-innovation-to-cities",
                ],
                "resources": [
                    "green-public-procurement-and-circular-economy-introduction",
                    "smart-city-pilot-evaluation-toolkit",
                ],
            },
        ],
    },
    {
        "slug": "herzliya",
        "title": "Herzliya",
        "summary": (
            "A coastal city north of Tel Aviv with a high-tech business district, "
            "a marina and cliffs that the sea is wearing away."
        ),
        "region": "Tel Aviv District",
        "population": 100000,
        "partner": "Member of the programme's cities lead group",
        "profile": [
            "<p>Herzliya combines quiet residential neighbourhoods with one of "
            "Israel's best-known high-tech business districts near the coast. Its "
            "beaches and marina attract visitors, and the cliffs above them are "
            "slowly eroding.</p>",
            "<p>With so many technology companies on its doorstep, the city is "
            "interested in testing new solutions in real streets. Its challenges "
            "in this portal deal with the coast, urban testing and traffic around "
            "schools.</p>",
        ],
        "innovation_strategy": (
            "<p>The summary used in this demo: open the city's streets and "
            "buildings to well-designed pilots with local companies, with clear "
            "agreements on data and evaluation.</p>"
        ),
        "climate_strategy": (
            "<p>The summary used in this demo: protect the coastline and its "
            "cliffs, reduce car trips, and plan for hotter summers.</p>"
        ),
        "challenges": [
            {
                "slug": "protecting-the-coastline",
                "title": "Protecting the coastline and its cliffs",
                "summary": (
                    "Monitor the eroding cliffs and protect the coast with "
                    "solutions that work with nature."
                ),
                "category": "environmental",
                "stage": "market_consultation",
                "topics": ["climate-readiness"],
                "description": [
                    "<p>Waves and storms are eating into the sandstone cliffs "
                    "along the coast, threatening paths, buildings and heritage "
                    "sites. Rising seas will make this worse.</p>",
                    "<p>The city is consulting the market on monitoring with "
                    "drones and sensors, and on nature-based protection that keeps "
                    "beaches open to the public.</p>",
                ],
                "outcomes": [
                    "Regular, precise data on cliff erosion.",
                    "Protection that keeps beaches open and natural.",
                ],
                "indicators": [
                    "Metres of cliff retreat per year at monitored points.",
                    "Length of coastline with a protection plan.",
                ],
                "courses": ["climate-readiness-for-mediterranean-cities"],
                "resources": [
                    "climate-risk-and-adaptation-checklist-for-municipalities"
                ],
            },
            {
                "slug": "testing-technology-in-real-streets",
                "title": "Testing urban technology in real streets",
                "summary": (
                    "Give local companies a simple, fair way to test their "
                    "solutions in the city's streets and buildings."
                ),
                "category": "economic",
                "stage": "pilot",
                "topics": ["innovation", "public-private-collaboration"],
                "description": [
                    "<p>Many companies ask to test sensors, vehicles or apps in "
                    "the city. Each request is handled differently and can take "
                    "months.</p>",
                    "<p>A pilot programme offers a standard agreement, chosen "
                    "test sites and an evaluation plan agreed in advance. The city "
                    "wants SMEs to try it and tell it what to improve.</p>",
                ],
                "outcomes": [
                    "A clear, quick route for companies to run pilots.",
                    "Pilots evaluated in the same way, so results compare.",
                ],
                "indicators": [
                    "Days from application to the start of a pilot.",
                    "Pilots completed with a published evaluation.",
                ],
                "courses": ["from-challenge-to-pilot"],
                "resources": [
                    "pilot-cooperation-agreement-outline",
                    "smart-city-pilot-evaluation-toolkit",
                ],
            },
            {
                "slug": "fewer-cars-on-the-school-run",
                "title": "Fewer cars on the school run",
                "summary": (
                    "Make it safe and easy for children to walk, cycle or share "
                    "rides to school."
                ),
                "category": "social",
                "stage": "identified",
                "topics": ["sustainable-development", "smart-city-solutions"],
                "description": [
                    "<p>In the morning, cars queue outside schools, making the "
                    "streets less safe for the children who walk or cycle.</p>",
                    "<p>The city would like ideas for safe routes, walking "
                    "buses, shared rides and information for parents, designed "
                    "together with schools.</p>",
                ],
                "outcomes": [
                    "More children walking or cycling to school.",
                    "Calmer, safer streets around schools.",
                ],
                "indicators": [
                    "Share of pupils arriving on foot or by bicycle.",
                    "Cars stopping outside schools between 7.30 and 8.30.",
                ],
                "courses": ["designing-a-smart-city-solution"],
                "resources": ["city-sme-co-creation-workshop-toolkit"],
            },
        ],
    },
    {
        "slug": "eilat",
        "title": "Eilat",
        "summary": (
            "A desert city on the Red Sea, where extreme heat, scarce water and "
            "a fragile coral reef shape daily life and the tourist economy."
        ),
        "region": "Southern District",
        "population": 55000,
        "partner": "Member of the programme's cities lead group",
        "profile": [
            "<p>Eilat is Israel's southernmost city, between the desert mountains "
            "and the Gulf of Aqaba on the Red Sea. Tourism, with its hotels, "
            "beaches and coral reef, is the heart of its economy.</p>",
            "<p>Summer temperatures regularly pass 40 °C, and almost all water "
            "comes from desalination. Keeping residents safe in the heat, securing "
            "water and protecting the reef that draws visitors are the challenges "
            "it shares in this portal.</p>",
        ],
        "innovation_strategy": (
            "<p>The summary used in this demo: use the city's extreme climate as a "
            "testing ground for heat and water solutions that other cities will "
            "need in the future.</p>"
        ),
        "climate_strategy": (
            "<p>The summary used in this demo: protect people from extreme heat, "
            "use every litre of water well, and make tourism gentler on the sea "
            "and the reef.</p>"
        ),
        "challenges": [
            {
                "slug": "safe-routes-to-school-in-the-heat",
                "title": "Safe routes to school in extreme heat",
                "summary": (
                    "Keep children safe and comfortable on the way to school in "
                    "a city where summer temperatures pass 40 °C."
                ),
                "category": "social",
                "stage": "scaled",
                "topics": ["climate-readiness", "smart-city-solutions"],
                "description": [
                    "<p>In this scenario, shaded walking routes, water points and heat "
                    "alerts for "
                    "parents were first tested around a few schools. They worked, "
                    "and the approach now covers most of the city's schools.</p>",
                    "<p>The city is now interested in maintenance, in better "
                    "heat forecasts at street level and in sharing what it learned "
                    "with other hot cities.</p>",
                ],
                "outcomes": [
                    "Every school with a shaded route and water points.",
                    "Parents warned in time on dangerous days.",
                ],
                "indicators": [
                    "Share of schools on a shaded route.",
                    "Felt temperature on the routes at 1 pm in July.",
                ],
                "courses": ["climate-readiness-for-mediterranean-cities"],
                "resources": ["case-study-shaded-routes-to-school-in-a-desert-city"],
            },
            {
                "slug": "water-security-in-the-desert",
                "title": "Water security in a desert city",
                "summary": (
                    "Use less water in hotels, homes and green spaces, and lose "
                    "less of it in the network."
                ),
                "category": "environmental",
                "stage": "market_consultation",
                "topics": ["climate-readiness", "sustainable-development"],
                "description": [
                    "<p>Almost all of the city's water is desalinated, which "
                    "costs energy and money. Hotels and irrigation use a large "
                    "share, and some is lost through leaks.</p>",
                    "<p>The city is consulting the market on leak detection, "
                    "water-saving equipment for hotels and reuse of treated "
                    "water.</p>",
                ],
                "outcomes": [
                    "Less water used per resident and per hotel guest.",
                    "Fewer losses in the distribution network.",
                ],
                "indicators": [
                    "Litres per resident per day.",
                    "Litres per hotel guest per night.",
                    "Share of water lost in the network.",
                ],
                "courses": ["climate-readiness-for-mediterranean-cities"],
                "resources": [
                    "climate-risk-and-adaptation-checklist-for-municipalities"
                ],
            },
            {
                "slug": "tourism-that-protects-the-reef",
                "title": "Tourism that protects the coral reef",
                "summary": (
                    "Welcome visitors to the reef while protecting it from "
                    "crowding, pollution and warming water."
                ),
                "category": "economic",
                "stage": "identified",
                "topics": ["sustainable-development", "innovation"],
                "description": [
                    "<p>The coral reef is one of the city's main attractions, and "
                    "also fragile. Crowds of snorkellers, sunscreen and runoff from "
                    "the shore add to the stress of warming water.</p>",
                    "<p>The city is collecting ideas on visitor management, "
                    "reef-safe products and services that help tourism businesses "
                    "cut their environmental footprint.</p>",
                ],
                "outcomes": [
                    "A healthy reef that visitors can still enjoy.",
                    "Tourism businesses with a smaller footprint.",
                ],
                "indicators": [
                    "Coral cover at monitored sites.",
                    "Visitors per day at the busiest entry points.",
                ],
                "courses": ["circular-economy-and-green-procurement"],
                "resources": [
                    "green-public-procurement-and-circular-economy-introduction"
                ],
            },
        ],
    },
]
