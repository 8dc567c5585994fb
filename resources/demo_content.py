"""Demo resources loaded by `load_demo`: guides, toolkits, templates, case studies,
reports, policy briefs and videos for the resource library.
"""

RESOURCES = [
    # ------------------------------------------------------------------
    # Guides
    # ------------------------------------------------------------------
    {
        "slug": "procurement-of-innovation-guide-for-city-staff",
        "title": (
            "Buying innovation: a guide to public procurement of innovation for city "
            "staff"
        ),
        "resource_type": "guide",
        "audience": "city_staff",
        "topics": [
            "procurement-of-innovation",
            "public-private-collaboration",
            "innovation",
        ],
        "cities": ["Murcia", "Genova"],
        "language": "en",
        "published": "2022-03-15",
        "summary": (
            "A step-by-step guide for municipal teams who want to buy new solutions: "
            "from defining the need and consulting the market to choosing a procedure, "
            "writing outcome-based specifications, opening the door to SMEs and "
            "scaling a pilot."
        ),
        "body": [
            ("heading", "Why cities buy innovation"),
            (
                "paragraph",
                (
                    "<p>Every year, cities spend a large share of their budgets on "
                    "goods, works and services. Most of that spending buys things the "
                    "market already offers: vehicles, cleaning, software licences, "
                    "street lighting. Buying innovation is different. The city "
                    "describes a problem it has not yet been able to solve well, and "
                    "invites companies to propose solutions that may be new to the "
                    "market, or at least new to the public sector.</p><p>Done well, "
                    "public procurement of innovation gives residents better services, "
                    "helps the city meet its climate and budget goals, and gives young "
                    "companies a first demanding customer. That is why the "
                    "<strong>SME4SMARTCITIES</strong> cooperation project, funded by "
                    "the EU under the ENI CBC Mediterranean Sea Basin programme, set "
                    "out to help cities become front-runners of innovation through "
                    "procurement, while helping small and medium-sized enterprises "
                    "shape products and services that answer real urban "
                    "needs.</p><p>This guide follows a typical innovation purchase in "
                    "seven steps. It describes EU procurement concepts in general "
                    "terms. Rules differ between countries, and cities outside the "
                    "European Union, such as the Israeli municipalities that took part "
                    "in the project's cities lead group, work under their own national "
                    "law. Involve your legal and procurement colleagues from the very "
                    "beginning.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "takeaway",
                    "text": (
                        "<p>Innovation procurement is less a special procedure than a "
                        "different attitude: describe the problem, talk to the market, "
                        "buy results rather than features, and learn from every "
                        "pilot.</p>"
                    ),
                },
            ),
            ("heading", "Step 1: Start from the need, not the product"),
            ("subheading", "Describe the problem in plain words"),
            (
                "paragraph",
                (
                    "<p>Many innovation projects fail before the tender is written, "
                    "because the team starts from a product seen at a trade fair "
                    "rather than from a problem the city owns. Begin with a short "
                    "challenge statement that anyone in the council could understand. "
                    "It should say who is affected, what happens today, why it matters "
                    "and what a better situation would look "
                    "like.</p><ul><li><strong>Weak:</strong> 'We want to buy smart "
                    "sensors for the parks.'</li><li><strong>Stronger:</strong> "
                    "'Irrigation in our parks uses more water than the plants need in "
                    "summer, and staff only find broken pipes when residents complain. "
                    "We want to cut water use and detect leaks within a day.'</li></ul>"
                ),
            ),
            ("subheading", "Gather evidence and find an owner"),
            (
                "paragraph",
                (
                    "<p>Collect the data you already have: complaints, maintenance "
                    "logs, energy or water bills, survey results. Identify the service "
                    "that owns the problem and will own the solution afterwards. A "
                    "purchase championed only by the innovation office tends to stall "
                    "when the pilot ends and nobody in the operational department "
                    "feels responsible for it.</p>"
                ),
            ),
            ("subheading", "Build a small cross-functional team"),
            (
                "paragraph",
                (
                    "<p>An effective team usually brings together the service manager "
                    "who lives with the problem, a procurement officer, someone from "
                    "legal or finance and, where data or connected devices are "
                    "involved, an IT or data specialist. Agree from the outset who "
                    "takes decisions and how much time each person can give.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Is the need ready?",
                    "items": [
                        (
                            "The problem is written down in two or three sentences "
                            "without naming a technology."
                        ),
                        (
                            "We know who is affected and have evidence of the scale of "
                            "the problem."
                        ),
                        (
                            "An operational department has agreed to own the solution "
                            "after the pilot."
                        ),
                        "We have an indicative budget, even if only for a first phase.",
                        (
                            "We have checked whether another city has already tackled "
                            "a similar problem."
                        ),
                    ],
                },
            ),
            ("heading", "Step 2: Talk to the market before you buy"),
            ("subheading", "What a preliminary market consultation is for"),
            (
                "paragraph",
                (
                    "<p>EU procurement rules expressly allow public buyers to consult "
                    "the market before launching a procedure, both to prepare the "
                    "procurement and to inform companies of their plans and "
                    "requirements. A consultation helps you learn what is possible, "
                    "what it might cost and how long it would take. It also tells "
                    "companies, especially SMEs that do not watch tender portals every "
                    "day, that an opportunity is coming.</p><p>Common formats include "
                    "a prior information notice, an open information day, an online "
                    "questionnaire and one-to-one meetings offered on equal terms to "
                    "any company that asks. Many cities combine several: a written "
                    "request for information followed by an open event where the "
                    "challenge is presented and questions are answered publicly.</p>"
                ),
            ),
            ("subheading", "Keeping it fair"),
            (
                "paragraph",
                (
                    "<p>Consultation must not distort competition. Give everyone the "
                    "same information, keep a record of meetings and share the main "
                    "answers with all interested parties. If a company has helped you "
                    "prepare the tender, make sure that what it learned is available "
                    "to other bidders too, and allow enough time for responses. "
                    "Excluding a company is a last resort, only where no other measure "
                    "can guarantee equal treatment.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Ask the market questions you genuinely cannot answer "
                        "yourself. Which outcomes are realistic within a year? What "
                        "data would suppliers need from the city? What would make it "
                        "hard for a small company to bid? The answers often change the "
                        "shape of the tender.</p>"
                    ),
                },
            ),
            ("heading", "Step 3: Choose the right route"),
            (
                "paragraph",
                (
                    "<p>Once you understand the market, decide how far the solution is "
                    "from being ready. The answer points to one of three broad "
                    "approaches that are widely used in Europe.</p>"
                ),
            ),
            ("subheading", "Public procurement of innovative solutions (PPI)"),
            (
                "paragraph",
                (
                    "<p>PPI is used when solutions are close to the market or already "
                    "available in small quantities, but are not yet widely bought by "
                    "the public sector. The city acts as an early adopter, often "
                    "together with other buyers, and uses a standard procedure, such "
                    "as an open procedure or a competitive procedure with negotiation, "
                    "built around performance requirements.</p>"
                ),
            ),
            ("subheading", "Pre-commercial procurement (PCP)"),
            (
                "paragraph",
                (
                    "<p>PCP is used when research and development is still needed. The "
                    "city buys research and development services from several "
                    "competing suppliers in phases, typically solution design, "
                    "prototyping and a small test series, and narrows the field after "
                    "each phase. Suppliers usually keep ownership of the intellectual "
                    "property, while the public buyer obtains rights to use the "
                    "results. Because benefits are shared in this way, PCP is normally "
                    "organised under the exemption for research and development "
                    "services in the EU directives, while still respecting the "
                    "principles of transparency, equal treatment and "
                    "non-discrimination. PCP stops before commercial roll-out: buying "
                    "the finished product at scale needs a separate procurement.</p>"
                ),
            ),
            ("subheading", "Innovation partnership"),
            (
                "paragraph",
                (
                    "<p>The innovation partnership is a procedure introduced by the "
                    "2014 EU procurement directives. It combines development and "
                    "purchase in one procedure: the city selects one or more partners, "
                    "works with them through agreed development stages and can then "
                    "buy the resulting products or services without a new tender, "
                    "provided the agreed performance levels and maximum costs are "
                    "met.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Comparing the three routes",
                    "header": [
                        "Aspect",
                        "PPI",
                        "Pre-commercial procurement",
                        "Innovation partnership",
                    ],
                    "rows": [
                        [
                            "Solution maturity",
                            "Near market or newly available",
                            "Research and development still needed",
                            "Development needed, then purchase",
                        ],
                        [
                            "What the city buys",
                            "Goods or services",
                            "Research and development services only",
                            "Development and the resulting products or services",
                        ],
                        [
                            "Competition",
                            "Standard competitive procedure",
                            "Several suppliers in parallel phases",
                            "One or more partners selected at the start",
                        ],
                        [
                            "Typical duration",
                            "Months",
                            "One to three years",
                            "Several years",
                        ],
                        [
                            "Main risk for the city",
                            "Being the first to adopt",
                            "No market-ready product at the end",
                            "Committing to a partner too early",
                        ],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>Do not choose a complex route because it sounds "
                        "innovative. If a solution already exists and simply has not "
                        "been tried in your city, a well-designed open procedure with "
                        "outcome-based requirements may be the fastest and safest "
                        "option.</p>"
                    ),
                },
            ),
            ("heading", "Step 4: Write outcome-based specifications"),
            ("subheading", "From features to results"),
            (
                "paragraph",
                (
                    "<p>Traditional specifications describe the product: dimensions, "
                    "materials, brands or technologies. Outcome-based specifications "
                    "describe what the solution must achieve and leave suppliers free "
                    "to propose how. This is what opens the door to innovation, "
                    "because a supplier with a better idea is not shut out by a "
                    "requirement written around an older one.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Rewriting requirements as outcomes",
                    "header": ["Prescriptive requirement", "Outcome-based alternative"],
                    "rows": [
                        [
                            "Install 200 soil moisture sensors of a named model",
                            (
                                "Reduce irrigation water use in the selected parks by "
                                "at least 20% compared with the last three summers, "
                                "with no loss of plant health"
                            ),
                        ],
                        [
                            "Supply 40 W LED luminaires",
                            (
                                "Light each street to the applicable standard while "
                                "cutting energy use by at least half"
                            ),
                        ],
                        [
                            "Deliver a mobile app for reporting faults",
                            (
                                "Allow residents to report a fault in under two "
                                "minutes, in at least three languages, with updates "
                                "until the issue is closed"
                            ),
                        ],
                    ],
                },
            ),
            ("subheading", "What to keep prescriptive"),
            (
                "paragraph",
                (
                    "<p>Some requirements should stay firm: safety, accessibility, "
                    "data protection, interoperability with city systems and the "
                    "city's right to access its own data. State these as minimum "
                    "conditions. Say clearly how performance will be measured, over "
                    "what period and what happens if targets are missed. Where the "
                    "rules allow, accept variants, so that bidders can propose "
                    "alternative solutions that still meet the minimum "
                    "requirements.</p>"
                ),
            ),
            ("heading", "Step 5: Evaluate offers and make room for SMEs"),
            ("subheading", "Award criteria that reward value"),
            (
                "paragraph",
                (
                    "<p>Under the EU directives, contracts are awarded to the most "
                    "economically advantageous tender, which can be assessed on the "
                    "best price-quality ratio or on costs over the whole life of the "
                    "solution. For innovation, quality deserves substantial weight. "
                    "Typical criteria include expected performance against the "
                    "outcomes, the credibility of the delivery plan, the approach to "
                    "data and interoperability, life-cycle costs and environmental "
                    "impact. Publish the weightings and scoring method, and brief "
                    "evaluators so that scores are consistent.</p>"
                ),
            ),
            ("subheading", "Lots and proportionate requirements"),
            (
                "paragraph",
                (
                    "<p>Small and medium-sized enterprises make up about 99% of "
                    "businesses in the EU, yet many find public contracts hard to win. "
                    "A few simple choices make a real "
                    "difference:</p><ul><li><strong>Divide contracts into "
                    "lots</strong> by area or function. Under the EU directives, a "
                    "buyer that decides not to divide a contract into lots must give "
                    "its reasons.</li><li><strong>Keep selection criteria "
                    "proportionate.</strong> In the EU, a required minimum yearly "
                    "turnover should not normally exceed twice the estimated contract "
                    "value.</li><li><strong>Accept self-declarations</strong>, such as "
                    "the European Single Procurement Document, and ask only the winner "
                    "for full evidence.</li><li><strong>Allow consortia and "
                    "subcontracting</strong>, so that SMEs can combine their "
                    "capacity.</li><li><strong>Pay promptly</strong> and consider "
                    "milestone payments during pilots.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>After each tender, ask a few companies that did not bid, "
                        "or did not win, what discouraged them or what they found "
                        "unclear. Their answers are the cheapest improvement plan you "
                        "will ever get.</p>"
                    ),
                },
            ),
            ("heading", "Step 6: Run and evaluate the pilot"),
            ("subheading", "Set up the pilot for learning"),
            (
                "paragraph",
                (
                    "<p>A pilot is a controlled test of a solution in real conditions. "
                    "Agree in writing what will be tested, where, for how long, with "
                    "which data and who pays for what. Record a baseline before the "
                    "pilot starts, otherwise you will not be able to show improvement. "
                    "Keep the pilot large enough to be meaningful and small enough to "
                    "stop without harm if it does not work.</p>"
                ),
            ),
            ("subheading", "Measure what matters"),
            (
                "paragraph",
                (
                    "<p>Track the outcomes named in the specification, but also the "
                    "practical questions that decide whether the solution can be "
                    "adopted: how much staff time it takes, how residents react, "
                    "whether it works with existing systems and what it would cost at "
                    "full scale. Hold short reviews with the supplier at fixed "
                    "intervals and record decisions.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The pilot that taught us most was the one that half failed. "
                        "We learned exactly what to ask for in the next tender."
                    ),
                    "attribution": (
                        "Head of a municipal innovation office (illustrative)"
                    ),
                },
            ),
            ("heading", "Step 7: Scale what works"),
            (
                "paragraph",
                (
                    "<p>A successful pilot is not the end of the journey. Unless the "
                    "procedure already provides for it, as an innovation partnership "
                    "does, scaling up will usually require a new procurement, informed "
                    "by what the pilot taught you. Plan the budget early: operational "
                    "departments need the money in their own plans, not only in a "
                    "one-off innovation fund.</p><p>Share your results with other "
                    "cities. Joint procurement, or simply publishing your "
                    "specifications and evaluation reports, makes life easier for the "
                    "next buyer and widens the market for the supplier. Networks of "
                    "cities, such as the cities lead group brought together by "
                    "SME4SMARTCITIES, exist precisely to make this kind of exchange "
                    "routine.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Before you publish the tender",
                    "items": [
                        (
                            "The challenge statement and expected outcomes are agreed "
                            "with the owning department."
                        ),
                        (
                            "A preliminary market consultation has been held and its "
                            "results shared with all participants."
                        ),
                        (
                            "The chosen route (PPI, pre-commercial procurement or "
                            "innovation partnership) matches the maturity of the "
                            "market."
                        ),
                        (
                            "Specifications describe results and how they will be "
                            "measured, with firm minimum requirements."
                        ),
                        (
                            "The contract is divided into lots, or the reasons for not "
                            "doing so are recorded."
                        ),
                        (
                            "Selection criteria are proportionate to the size and risk "
                            "of the contract."
                        ),
                        (
                            "Award criteria and weightings are published and "
                            "evaluators are briefed."
                        ),
                        (
                            "The pilot baseline, duration, data arrangements and exit "
                            "conditions are defined."
                        ),
                        (
                            "Funding for scaling up has been discussed with the owning "
                            "department."
                        ),
                    ],
                },
            ),
        ],
        "attachment": {
            "title": "Checklist: preparing a preliminary market consultation (PDF)",
            "pages": [
                [
                    "Preparing a preliminary market consultation",
                    (
                        "This checklist accompanies the guide 'Buying innovation'. It "
                        "helps a municipal team plan a preliminary market consultation "
                        "that is useful, fair and proportionate. Adapt it to your "
                        "national rules and to the size of the purchase."
                    ),
                    (
                        "1. Define the purpose. Write down what you want to learn from "
                        "the market: the range of possible solutions, realistic "
                        "performance levels, indicative costs and timescales, the data "
                        "or access suppliers would need, and any barriers that might "
                        "stop smaller companies from bidding. A consultation without "
                        "clear questions produces polite presentations rather than "
                        "useful information."
                    ),
                    (
                        "2. Choose the format. Options include a prior information "
                        "notice, a written request for information, an open "
                        "information day, online sessions and individual meetings. "
                        "Combine a written step, which leaves a record and is easy to "
                        "share, with a live event where suppliers can ask questions. "
                        "Offer an online option for companies from other regions or "
                        "countries."
                    ),
                    (
                        "3. Reach the right companies. Publish on your usual tender "
                        "portal, but also ask business and innovation centres, "
                        "clusters and chambers of commerce to pass on the invitation. "
                        "SMEs rarely monitor every portal, and a direct message "
                        "through a network they trust often makes the difference."
                    ),
                    (
                        "4. Prepare the material. Provide a short challenge statement, "
                        "the context and any available data, the provisional timetable "
                        "and the questions you want answered. State clearly that the "
                        "consultation is not a procurement procedure and that taking "
                        "part gives no advantage in any later tender."
                    ),
                ],
                [
                    (
                        "5. Protect fair competition. Keep minutes of every meeting "
                        "and use the same agenda with each company. Publish a summary "
                        "of questions and answers. Do not pass one supplier's "
                        "confidential information to another, and ask participants to "
                        "mark anything commercially sensitive."
                    ),
                    (
                        "6. Analyse the responses. Group the answers by theme: types "
                        "of solution, maturity, costs, risks and conditions. Note "
                        "where suppliers disagree, because that often shows where the "
                        "real uncertainty lies. Check whether your budget and "
                        "timetable are realistic."
                    ),
                    (
                        "7. Decide and report back. Use the findings to choose a "
                        "procurement route and draft the specifications. Send a short "
                        "report to all participants explaining what you learned and "
                        "what happens next. This builds trust and encourages companies "
                        "to take part next time."
                    ),
                    (
                        "Quick check before closing the consultation: purpose and "
                        "questions written down; format agreed; invitation published "
                        "and shared through business networks; information pack ready; "
                        "statement that the consultation creates no obligation; "
                        "meeting records kept; summary of questions and answers "
                        "published; findings report sent to participants; decision on "
                        "the procurement route recorded."
                    ),
                ],
            ],
        },
        "links": [
            {
                "title": "European Commission: public procurement",
                "url": (
                    "https://single-market-economy.ec.europa.eu/single-market/"
                    "public-procurement_en"
                ),
            },
            {
                "title": "EUR-Lex: Directive 2014/24/EU on public procurement",
                "url": "https://eur-lex.europa.eu/eli/dir/2014/24/oj",
            },
        ],
    },
    {
        "slug": "climate-risk-and-adaptation-checklist-for-municipalities",
        "title": (
            "Climate risk and adaptation: a checklist for Mediterranean municipalities"
        ),
        "resource_type": "guide",
        "audience": "city_staff",
        "topics": ["climate-readiness", "sustainable-development"],
        "cities": ["Malaga", "Cartagena", "Eilat"],
        "language": "en",
        "published": "2022-06-21",
        "summary": (
            "A practical checklist for municipal teams facing heat, drought, flash "
            "floods and coastal risks: how to assess climate risk, choose adaptation "
            "options, work with SMEs and track progress with a few simple indicators."
        ),
        "body": [
            ("heading", "How to use this checklist"),
            (
                "paragraph",
                (
                    "<p>The Mediterranean is warming faster than the global average, "
                    "and its cities already live with long hot summers, irregular "
                    "rainfall and busy, exposed coastlines. Climate change readiness "
                    "was one of the three themes chosen by the cities lead group of "
                    "the SME4SMARTCITIES project, alongside innovation and sustainable "
                    "development. This guide turns that theme into practical steps for "
                    "municipal teams.</p><p>It is organised around four hazards that "
                    "matter across the region, followed by a risk assessment method, a "
                    "menu of adaptation options, advice on working with small and "
                    "medium-sized enterprises and a set of indicators for monitoring. "
                    "Most sections end with a checklist you can copy into your own "
                    "planning documents. You do not need to do everything at once: "
                    "many cities start with the hazard that hurts them most and build "
                    "from there.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Give each checklist an owner and a date. A list with no "
                        "name against it is a wish list, not a plan.</p>"
                    ),
                },
            ),
            ("heading", "Know your hazards"),
            (
                "paragraph",
                (
                    "<p>Risk comes from the combination of a hazard, the people and "
                    "assets exposed to it and their vulnerability. The same heatwave "
                    "is a nuisance for a young office worker and a serious danger for "
                    "an elderly person living alone in a top-floor flat without "
                    "cooling. Start by describing each hazard in terms of who and what "
                    "it affects in your city.</p>"
                ),
            ),
            ("subheading", "Extreme heat"),
            (
                "paragraph",
                (
                    "<p>Heatwaves are becoming longer, hotter and more frequent. Dense "
                    "urban areas heat up more than their surroundings because of paved "
                    "surfaces, dark roofs, little greenery and waste heat from traffic "
                    "and air conditioning, and nights that stay hot stop the body from "
                    "recovering. The effects fall hardest on older people, small "
                    "children, outdoor workers, people with chronic illnesses and "
                    "people in poor housing. A desert city such as Eilat lives with "
                    "extreme summer temperatures every year; coastal and inland cities "
                    "elsewhere in the region are seeing more frequent heat "
                    "episodes.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Heat: first steps",
                    "items": [
                        (
                            "Map heat exposure using satellite surface temperature "
                            "data or simple street measurements."
                        ),
                        (
                            "Overlay the map with the locations of vulnerable "
                            "residents, schools, care homes and clinics."
                        ),
                        (
                            "Agree a heat alert protocol with health and social "
                            "services, including who calls whom."
                        ),
                        (
                            "Identify public buildings that can serve as cool refuges, "
                            "with opening hours and access arrangements."
                        ),
                        (
                            "Review working hours and drinking water provision for "
                            "outdoor municipal staff."
                        ),
                    ],
                },
            ),
            ("subheading", "Drought and water scarcity"),
            (
                "paragraph",
                (
                    "<p>Longer dry periods and higher evaporation put pressure on "
                    "drinking water, parks, farming around the city and the local "
                    "economy. Water scarcity is a chronic stress rather than a single "
                    "event, and it interacts with tourist peaks and population growth. "
                    "Cities in semi-arid areas such as south-eastern Spain have long "
                    "experience of managing scarce water and reusing treated "
                    "wastewater, and their practices are a useful reference for "
                    "others.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Drought and water: first steps",
                    "items": [
                        (
                            "Know where the city's water comes from and how each "
                            "source behaves in dry years."
                        ),
                        (
                            "Measure municipal water use by building and by park, not "
                            "only as a total."
                        ),
                        (
                            "Estimate losses in the distribution network and set a "
                            "reduction target."
                        ),
                        (
                            "Identify uses that could switch to reclaimed water or "
                            "rainwater."
                        ),
                        (
                            "Prepare a drought communication plan for residents and "
                            "businesses."
                        ),
                    ],
                },
            ),
            ("subheading", "Flash floods"),
            (
                "paragraph",
                (
                    "<p>Short, intense storms can drop large volumes of rain in a few "
                    "hours, overwhelming drains and turning streets and dry riverbeds "
                    "into fast-flowing channels. Steep catchments, sealed surfaces and "
                    "buildings in old streambeds increase the danger. Genova, where "
                    "short, steep streams run through dense neighbourhoods, is a "
                    "well-known example of how quickly water can rise, and many "
                    "Spanish Mediterranean cities face similar episodes, often in "
                    "autumn.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Flash floods: first steps",
                    "items": [
                        (
                            "Map flood-prone streets, underpasses, car parks and "
                            "basements."
                        ),
                        (
                            "Check that drains and culverts are inspected and cleared "
                            "before the rainy season."
                        ),
                        (
                            "Link local rainfall and water level data to a clear "
                            "warning and road-closure procedure."
                        ),
                        (
                            "Make sure residents in exposed areas know what to do when "
                            "a warning is issued."
                        ),
                        (
                            "Identify places where permeable surfaces or retention "
                            "areas could slow run-off."
                        ),
                    ],
                },
            ),
            ("subheading", "Coastal risks"),
            (
                "paragraph",
                (
                    "<p>Sea level rise, storm surges and erosion threaten beaches, "
                    "promenades, ports and low-lying districts, and seawater can reach "
                    "coastal aquifers. For cities whose economy depends on the coast, "
                    "such as Malaga or Cartagena, these risks affect tourism, port "
                    "activity and property values as well as safety.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Coastal risks: first steps",
                    "items": [
                        (
                            "Identify assets and neighbourhoods in low-lying coastal "
                            "zones."
                        ),
                        (
                            "Record storm damage after each event, with photographs "
                            "and costs."
                        ),
                        (
                            "Check how beach and dune management affects natural "
                            "protection."
                        ),
                        (
                            "Include sea level projections when planning new coastal "
                            "infrastructure."
                        ),
                    ],
                },
            ),
            ("heading", "Assess the risk step by step"),
            (
                "paragraph",
                (
                    "<p>A climate risk assessment does not need to be a long academic "
                    "study. What matters is that it is systematic, uses the best "
                    "information available, involves the services that will act on it "
                    "and is updated regularly.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Five steps of a municipal climate risk assessment",
                    "header": ["Step", "Key question", "Typical output"],
                    "rows": [
                        [
                            "1. Scope",
                            (
                                "Which hazards, areas and services are we looking at, "
                                "and over what time horizon?"
                            ),
                            "Short scoping note agreed by management",
                        ],
                        [
                            "2. Hazards",
                            (
                                "How often do these events happen now, and how are "
                                "they expected to change?"
                            ),
                            "Summary of past events and climate projections",
                        ],
                        [
                            "3. Exposure and vulnerability",
                            (
                                "Who and what is in harm's way, and how well can they "
                                "cope?"
                            ),
                            "Maps and lists of exposed people, assets and services",
                        ],
                        [
                            "4. Risk evaluation",
                            "Which combinations of hazard and impact are most serious?",
                            "Ranked risk register",
                        ],
                        [
                            "5. Priorities",
                            "Where should we act first, and who is responsible?",
                            "Action list with owners, costs and dates",
                        ],
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Risk assessment quality check",
                    "items": [
                        (
                            "Planning, water, civil protection, health, social "
                            "services and economic development departments were "
                            "involved."
                        ),
                        (
                            "Past events and their costs were collected, not only "
                            "model projections."
                        ),
                        (
                            "Vulnerable groups were identified with the help of social "
                            "services and community organisations."
                        ),
                        (
                            "Each risk in the register has a likelihood, an impact "
                            "rating and an owner."
                        ),
                        (
                            "The assessment has a review date, at least every few "
                            "years and after any major event."
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>Do not wait for perfect data. A rough assessment that "
                        "leads to action this year is worth more than a detailed one "
                        "that arrives after the next heatwave.</p>"
                    ),
                },
            ),
            ("heading", "Choose adaptation options"),
            (
                "paragraph",
                (
                    "<p>Adaptation works best as a mix of measures. Grey measures are "
                    "engineered structures; green and blue measures use vegetation, "
                    "soil and water; soft measures change rules, behaviour and "
                    "information. Nature-based options often deliver several benefits "
                    "at once, such as shade, cooler air, rainwater retention and "
                    "better public space.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Examples of adaptation options by hazard",
                    "header": ["Hazard", "Grey", "Green and blue", "Soft"],
                    "rows": [
                        [
                            "Heat",
                            (
                                "Cool or reflective roofs and pavements, shading "
                                "structures"
                            ),
                            (
                                "Street trees, green corridors, fountains and water "
                                "features"
                            ),
                            "Heat alerts, cool refuges, adjusted working hours",
                        ],
                        [
                            "Drought",
                            (
                                "Leak detection, water reuse networks, efficient "
                                "irrigation"
                            ),
                            "Drought-tolerant planting, rainwater harvesting",
                            "Water-saving tariffs and campaigns, drought plans",
                        ],
                        [
                            "Flash floods",
                            "Larger drains, storage tanks, protected underpasses",
                            "Permeable paving, rain gardens, restored streambeds",
                            "Warnings, closure plans, building rules for flood zones",
                        ],
                        [
                            "Coastal",
                            "Sea walls, raised quays, flood barriers",
                            "Dune and beach restoration, coastal wetlands",
                            "Setback zones, insurance, long-term relocation planning",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>When comparing options, look at cost, speed of delivery, "
                    "benefits for other city goals, who benefits and the risk of "
                    "maladaptation: air conditioning, for instance, cools one building "
                    "while adding heat to the street and load to the power grid. Give "
                    "priority to neighbourhoods where exposure and vulnerability are "
                    "both high.</p>"
                ),
            ),
            ("heading", "Work with SMEs"),
            ("subheading", "Where SMEs add value"),
            (
                "paragraph",
                (
                    "<p>Many adaptation solutions come from small specialised "
                    "companies: sensor networks for soil moisture and water leaks, "
                    "heat mapping and forecasting services, green roof and green wall "
                    "installers, permeable materials, warning apps, data platforms and "
                    "engineering consultancies. Working with them can bring fresh "
                    "ideas and local jobs, and allows the city to act as an early "
                    "adopter of solutions it can later scale up.</p>"
                ),
            ),
            ("subheading", "Practical ways to involve them"),
            (
                "paragraph",
                (
                    "<p>Present your climate risks as challenges rather than product "
                    "lists, hold open information days, use small pilots with clear "
                    "success criteria and divide larger contracts into lots. Ask for "
                    "measurable results, such as a reduction in surface temperature or "
                    "water use, and make data-sharing arrangements clear from the "
                    "start.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Engaging SMEs on adaptation",
                    "items": [
                        (
                            "Our priority climate risks are published as short "
                            "challenge statements."
                        ),
                        (
                            "We have held at least one open market dialogue on an "
                            "adaptation challenge."
                        ),
                        (
                            "Pilot agreements set out baselines, measurement methods "
                            "and data ownership."
                        ),
                        (
                            "Tenders for adaptation works and services are split into "
                            "lots where possible."
                        ),
                        (
                            "Local business support organisations know about our "
                            "adaptation priorities."
                        ),
                    ],
                },
            ),
            ("heading", "Monitor progress with indicators"),
            (
                "paragraph",
                (
                    "<p>Indicators tell you whether actions are being delivered and "
                    "whether risk is actually falling. Choose a small set that relies "
                    "on data you can collect every year, and report them publicly.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Suggested monitoring indicators",
                    "header": ["Area", "Indicator", "Typical source"],
                    "rows": [
                        [
                            "Heat",
                            (
                                "Share of residents within a five-minute walk of shade "
                                "or a cool refuge"
                            ),
                            "Mapping analysis",
                        ],
                        [
                            "Heat",
                            "Tree canopy cover by neighbourhood",
                            "Aerial imagery or tree inventory",
                        ],
                        [
                            "Water",
                            "Litres of drinking water used per resident per day",
                            "Water utility",
                        ],
                        [
                            "Water",
                            "Share of municipal irrigation supplied by reclaimed water",
                            "Parks department",
                        ],
                        [
                            "Floods",
                            "Flood-related road closures and emergency calls per year",
                            "Civil protection",
                        ],
                        [
                            "Coast",
                            "Beach width at fixed measuring points",
                            "Coastal surveys",
                        ],
                        [
                            "Governance",
                            "Share of planned adaptation actions completed on time",
                            "Action plan tracking",
                        ],
                    ],
                },
            ),
            ("heading", "Putting it all together"),
            (
                "paragraph",
                (
                    "<p>Adaptation is a cycle: assess, plan, act, monitor and learn. "
                    "Cities around the Mediterranean share many of the same hazards, "
                    "so there is much to gain from exchanging experience, comparing "
                    "indicators and, where the rules allow, buying together. The final "
                    "checklist summarises the essentials.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Climate readiness essentials",
                    "items": [
                        (
                            "A named lead and a cross-department working group for "
                            "adaptation."
                        ),
                        (
                            "A current risk assessment covering heat, water, floods "
                            "and, where relevant, the coast."
                        ),
                        "A prioritised action plan with budgets and owners.",
                        (
                            "Emergency protocols for heatwaves and flash floods, "
                            "tested at least once a year."
                        ),
                        (
                            "A channel for working with SMEs and research centres on "
                            "adaptation solutions."
                        ),
                        "A short set of indicators reported publicly every year.",
                    ],
                },
            ),
        ],
        "attachment": {
            "title": "Template: municipal climate risk register (PDF)",
            "pages": [
                [
                    "Municipal climate risk register: template and guidance",
                    (
                        "A risk register is a simple table that lists each significant "
                        "climate risk, rates it and assigns responsibility for action. "
                        "It turns a risk assessment into something that can be "
                        "managed, reviewed and reported. This template accompanies the "
                        "checklist 'Climate risk and adaptation' and can be copied "
                        "into a spreadsheet."
                    ),
                    (
                        "Columns to include. Risk code: a short reference, for example "
                        "H-01 for the first heat risk. Hazard: heat, drought, flash "
                        "flood, coastal or other. Description: one sentence linking "
                        "the hazard to an impact. Exposed people and assets: the "
                        "areas, groups, buildings or services affected. Likelihood: "
                        "rated from 1 (rare) to 5 (almost certain) under today's "
                        "climate, with a note on expected change. Impact: rated from 1 "
                        "(minor) to 5 (severe), considering health, services, economy "
                        "and environment. Risk score: likelihood multiplied by impact. "
                        "Existing measures: what already reduces the risk. Planned "
                        "actions: what will be done, and by when. Owner: the "
                        "department and role responsible. Review date."
                    ),
                    (
                        "Rating guidance. Agree the meaning of each rating in advance, "
                        "so that different departments score consistently. For impact, "
                        "a 5 might mean loss of life, prolonged failure of an "
                        "essential service or damage above an agreed amount; a 1 might "
                        "mean minor disruption resolved within a day."
                    ),
                ],
                [
                    (
                        "Worked example (illustrative). Risk H-01: heatwaves lasting "
                        "more than three days affect older residents living alone in "
                        "dense central districts with little tree cover. Likelihood 4, "
                        "impact 4, score 16. Existing measures: regional heat alerts "
                        "and two cooled libraries open in the afternoon. Planned "
                        "actions: identify residents over 75 living alone, together "
                        "with social services, by May; extend the opening hours of "
                        "cool refuges during alerts; plant shade trees along the five "
                        "hottest walking routes within three years. Owner: social "
                        "services, with parks and civil protection. Review: every "
                        "October, after the summer."
                    ),
                    (
                        "Risk F-02 (illustrative): intense autumn storms flood an "
                        "underpass on a main commuting route. Likelihood 3, impact 4, "
                        "score 12. Existing measures: manual closure by local police. "
                        "Planned actions: install water level sensors linked to "
                        "automatic warning signs; redesign the drainage in the next "
                        "road maintenance cycle. Owner: mobility and public works. "
                        "Review: after each flood and every spring."
                    ),
                    (
                        "Using the register. Sort risks by score to agree priorities, "
                        "but also consider urgency, cost and chances to combine "
                        "actions. Review the register at least once a year and after "
                        "any major event. Present a summary to the council and publish "
                        "it, so that residents and businesses understand the city's "
                        "priorities and can help to solve them."
                    ),
                ],
            ],
        },
        "links": [
            {
                "title": "Climate-ADAPT: European Climate Adaptation Platform",
                "url": "https://climate-adapt.eea.europa.eu/",
            },
            {
                "title": (
                    "MedECC: Mediterranean Experts on Climate and environmental Change"
                ),
                "url": "https://www.medecc.org/",
            },
        ],
    },
    {
        "slug": "preparing-your-first-bid-to-a-city",
        "title": "Preparing your first bid to a city: a guide for SMEs",
        "resource_type": "guide",
        "audience": "smes",
        "topics": ["procurement-of-innovation", "public-private-collaboration"],
        "cities": [],
        "language": "en",
        "published": "2022-10-04",
        "summary": (
            "How a small or medium-sized company can find public tenders, decide "
            "whether to bid, read the documents, write a response that scores well and "
            "learn from the result, whether it wins or not."
        ),
        "body": [
            ("heading", "Why cities are worth the effort"),
            (
                "paragraph",
                (
                    "<p>Public buyers are demanding customers, but they are also "
                    "stable ones. They pay, they rarely disappear overnight, and a "
                    "successful contract with one city is a powerful reference for the "
                    "next. For a small company with an innovative product, a first "
                    "public contract can turn a promising idea into a proven solution. "
                    "This guide walks you through a first bid, from spotting an "
                    "opportunity to learning from the result.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "takeaway",
                    "text": (
                        "<p>Your first bid is as much about learning how public buying "
                        "works as about winning. Plan to bid more than once.</p>"
                    ),
                },
            ),
            ("heading", "Finding opportunities"),
            (
                "paragraph",
                (
                    "<p>Above certain value thresholds, contracts in the EU must be "
                    "advertised across the Union on Tenders Electronic Daily (TED). "
                    "Smaller contracts appear on national, regional or municipal "
                    "portals, and countries outside the EU run their own systems. Set "
                    "up alerts using keywords and classification codes that match what "
                    "you sell, and follow the city's own announcements: many cities "
                    "publish yearly procurement plans, hold market consultations and "
                    "run challenge calls before the formal tender.</p><ul><li>Register "
                    "on the portals used by the cities you want to work "
                    "with.</li><li>Attend information days and market consultations, "
                    "even when no tender is open yet.</li><li>Ask your business and "
                    "innovation centre, chamber of commerce or cluster to include you "
                    "in their opportunity mailings.</li></ul>"
                ),
            ),
            ("heading", "Bid or no bid?"),
            (
                "paragraph",
                (
                    "<p>Bidding takes time, often several days of work even for a "
                    "modest contract. Before you start, read the whole tender package "
                    "once and decide honestly whether you can win. Look at the "
                    "selection criteria first, because they are pass or fail.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Questions for a bid decision",
                    "header": ["Question", "Why it matters"],
                    "rows": [
                        [
                            (
                                "Do we meet every selection criterion, alone or with "
                                "partners?"
                            ),
                            (
                                "Failing one criterion excludes the bid, however good "
                                "the solution."
                            ),
                        ],
                        [
                            "Does the scope match what we really do well?",
                            (
                                "Stretching into unfamiliar work raises the risk of "
                                "poor delivery."
                            ),
                        ],
                        [
                            (
                                "Can we deliver at a price the city can pay and still "
                                "make a margin?"
                            ),
                            (
                                "A contract that loses money can seriously damage a "
                                "small company."
                            ),
                        ],
                        [
                            (
                                "Do we have time to write a strong bid before the "
                                "deadline?"
                            ),
                            "A rushed bid rarely scores well on quality.",
                        ],
                        [
                            (
                                "Is there a realistic chance of future work or a "
                                "useful reference?"
                            ),
                            (
                                "Strategic value can justify a thin margin on a first "
                                "contract."
                            ),
                        ],
                    ],
                },
            ),
            ("heading", "Reading the documents"),
            ("subheading", "The parts that matter most"),
            (
                "paragraph",
                (
                    "<p>A tender package usually contains a contract notice, "
                    "instructions to bidders, the technical specification, the award "
                    "criteria, the draft contract and forms to complete. Read the "
                    "award criteria alongside the specification: together they tell "
                    "you exactly what the evaluators will score and how much each "
                    "element is worth. Check the draft contract for payment terms, "
                    "penalties, liability, intellectual property and data "
                    "ownership.</p>"
                ),
            ),
            ("subheading", "Asking clarification questions"),
            (
                "paragraph",
                (
                    "<p>Almost every procedure allows written questions up to a set "
                    "date. Use this. Ask about anything ambiguous, remembering that "
                    "answers are normally published to all bidders. A good question "
                    "can also reveal an opportunity, for instance whether variants or "
                    "alternative technical solutions are accepted.</p>"
                ),
            ),
            ("heading", "Writing a response that scores well"),
            (
                "paragraph",
                (
                    "<p>Evaluators work through a scoring grid, often under time "
                    "pressure. Make their job easy.</p><ol><li><strong>Mirror the "
                    "structure</strong> of the award criteria, using the same headings "
                    "and order.</li><li><strong>Answer the question asked</strong>, "
                    "then back it up with evidence: results from earlier projects, "
                    "test data, references, named team members and their "
                    "experience.</li><li><strong>Talk about outcomes</strong>: what "
                    "will improve for the city and its residents, and how you will "
                    "measure it.</li><li><strong>Be concrete about delivery</strong>: "
                    "a realistic timetable, milestones, risks and how you will manage "
                    "them.</li><li><strong>Price clearly</strong>, in exactly the "
                    "format requested and without hidden conditions.</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>A missing signature or form, or a deadline missed by a few "
                        "minutes, can exclude an otherwise excellent bid. Submit "
                        "electronically at least a day early, because portals can slow "
                        "down at the last moment.</p>"
                    ),
                },
            ),
            ("heading", "Teaming up"),
            (
                "paragraph",
                (
                    "<p>If a tender is too large or too broad for you alone, consider "
                    "a consortium or a subcontracting arrangement. Complementary SMEs "
                    "can together meet turnover or experience requirements that none "
                    "meets alone. Agree roles, shares of work and liabilities in "
                    "writing before you bid. Matchmaking events and cooperation "
                    "programmes, such as the co-creation programme among Mediterranean "
                    "SMEs promoted by SME4SMARTCITIES, are good places to find "
                    "partners.</p>"
                ),
            ),
            ("heading", "After the decision"),
            (
                "paragraph",
                (
                    "<p>Whether you win or lose, ask for feedback. Public buyers must "
                    "normally tell bidders the outcome and the reasons for it, and "
                    "many are willing to explain the scores in more detail. If you "
                    "win, plan the start of the contract carefully, agree reporting "
                    "and invoicing routines, and collect evidence of results from the "
                    "first month: it will become your next reference.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "First bid checklist",
                    "items": [
                        (
                            "Registered on the relevant tender portals, with alerts "
                            "set up."
                        ),
                        "Read the full tender package, including the draft contract.",
                        (
                            "Confirmed that every selection criterion is met, alone or "
                            "with partners."
                        ),
                        "Sent clarification questions before the deadline.",
                        "Structured the response around the award criteria.",
                        "Included evidence, references and a realistic delivery plan.",
                        "Checked forms, signatures and the price format.",
                        "Submitted at least one day before the deadline.",
                        "Asked for feedback after the result.",
                    ],
                },
            ),
        ],
        "attachment": {
            "title": "Bid or no-bid decision sheet (PDF)",
            "pages": [
                [
                    "Bid or no-bid decision sheet",
                    (
                        "Use this sheet within two days of first reading a tender. "
                        "Score each statement from 0 (not at all) to 2 (fully) and add "
                        "up the total. Discuss the result with everyone who would work "
                        "on the bid."
                    ),
                    (
                        "Fit. We have delivered similar work or products before. The "
                        "outcomes the city wants match what our solution does best. "
                        "The size of the contract is manageable for our team."
                    ),
                    (
                        "Eligibility. We meet every selection criterion, alone or with "
                        "identified partners. We can provide the required "
                        "certificates, insurance and financial information on time."
                    ),
                    (
                        "Competitiveness. We understand the award criteria and can "
                        "score well on quality. Our price is realistic for the city's "
                        "budget and still profitable for us. We know, or can estimate, "
                        "who else is likely to bid."
                    ),
                    (
                        "Capacity. We have the people and the time to write a strong "
                        "bid before the deadline. We could start delivery on the date "
                        "the city expects."
                    ),
                    (
                        "Strategy. Winning would give us a valuable reference or open "
                        "a new market. The relationship with this city is worth "
                        "investing in even if we do not win this time."
                    ),
                    (
                        "Reading the score. With twelve statements, the maximum is 24 "
                        "points. A total of 18 or more suggests a clear bid. Between "
                        "12 and 17, bid only if the gaps can be closed, for instance "
                        "by partnering or by asking clarification questions. Below 12, "
                        "consider passing and use the time to prepare for a "
                        "better-suited opportunity. A zero on either eligibility "
                        "statement means no bid, unless a partner can fill the gap."
                    ),
                ],
            ],
        },
        "links": [
            {"title": "TED: Tenders Electronic Daily", "url": "https://ted.europa.eu/"},
        ],
    },
    # ------------------------------------------------------------------
    # Toolkits
    # ------------------------------------------------------------------
    {
        "slug": "market-engagement-information-day-toolkit",
        "title": (
            "Running an information day on an urban challenge: a toolkit for city teams"
        ),
        "resource_type": "toolkit",
        "audience": "city_staff",
        "topics": ["procurement-of-innovation", "public-private-collaboration"],
        "cities": ["Molina de Segura", "Kfar Saba"],
        "language": "en",
        "published": "2021-11-09",
        "summary": (
            "Everything a municipal team needs to organise a fair and useful "
            "information day for companies before a tender: a planning timeline, a "
            "model agenda, tips for running the session and a follow-up checklist."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>An open information day is often the first real conversation "
                    "between a city and the companies that might solve one of its "
                    "problems. Done well, it attracts suppliers who would never have "
                    "noticed the tender, especially small firms, and gives the city a "
                    "realistic picture of what the market can offer. This toolkit "
                    "works for a medium-sized town such as Molina de Segura as well as "
                    "for a large city, and the format can run in person or online, "
                    "much as the SME4SMARTCITIES cities lead group met online in 2021, "
                    "with Kfar Saba as host.</p>"
                ),
            ),
            ("heading", "Planning timeline"),
            (
                "table",
                {
                    "caption": "From decision to follow-up",
                    "header": ["When", "Task"],
                    "rows": [
                        [
                            "Six weeks before",
                            (
                                "Agree the challenge statement and the questions for "
                                "the market with the department that owns the problem."
                            ),
                        ],
                        [
                            "Five weeks before",
                            (
                                "Publish the invitation on the procurement portal and "
                                "the city website, and send it to business networks."
                            ),
                        ],
                        [
                            "Three weeks before",
                            (
                                "Prepare the information pack: context, available data "
                                "and the provisional timetable."
                            ),
                        ],
                        [
                            "One week before",
                            (
                                "Confirm speakers, registrations and technical set-up; "
                                "collect questions sent in advance."
                            ),
                        ],
                        [
                            "Two weeks after",
                            (
                                "Publish all questions and answers and a short summary "
                                "for every participant."
                            ),
                        ],
                    ],
                },
            ),
            ("heading", "A two-hour model agenda"),
            (
                "paragraph",
                (
                    "<ol><li>Welcome and purpose of the day, including a clear "
                    "statement that this is not a procurement procedure (10 "
                    "minutes).</li><li>The challenge presented by the service manager "
                    "who lives with it, with facts and figures (20 "
                    "minutes).</li><li>What the city already knows: data, past "
                    "attempts and constraints (15 minutes).</li><li>Provisional "
                    "timetable and likely procurement route (10 minutes).</li><li>Open "
                    "questions and answers (40 minutes).</li><li>Short break-out "
                    "discussions on specific questions, if time allows (20 "
                    "minutes).</li><li>Next steps and how to stay informed (5 "
                    "minutes).</li></ol>"
                ),
            ),
            ("heading", "Running the session fairly"),
            (
                "paragraph",
                (
                    "<p>Treat every company in the same way. Answer questions in "
                    "plenary rather than in corridor conversations, record the session "
                    "or take detailed notes, and publish the answers for those who "
                    "could not attend. If a company asks for a bilateral meeting, "
                    "offer the same opportunity to all participants and use the same "
                    "agenda each time.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>If you expect companies from other countries, offer the "
                        "presentation in English as well as the local language, and "
                        "accept written questions in either.</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "After the information day",
                    "items": [
                        (
                            "Questions and answers published on the portal and the "
                            "city website."
                        ),
                        "Attendance list and notes filed with the procurement record.",
                        (
                            "Main lessons shared with the department that owns the "
                            "challenge."
                        ),
                        (
                            "Specification draft updated in the light of what the "
                            "market said."
                        ),
                        (
                            "Participants told when and where the tender will be "
                            "published."
                        ),
                    ],
                },
            ),
        ],
        "attachment": {
            "title": "Information day pack: model invitation and question log (PDF)",
            "pages": [
                [
                    "Information day pack: model invitation",
                    (
                        "The invitation is published on the procurement portal and the "
                        "city website and sent through business networks. It should "
                        "state the challenge in plain words, the date, place and "
                        "online option, who should attend, how to register, the "
                        "languages in which questions can be sent and a clear "
                        "statement that the event creates no obligation."
                    ),
                    (
                        "Example wording (illustrative). The city is looking for new "
                        "ways to reduce the water lost through leaks and over-watering "
                        "in its parks and gardens, and would like to hear from "
                        "companies, research centres and other organisations that may "
                        "be able to help. We are holding an open information day, in "
                        "person and online, to present the challenge, the data we hold "
                        "and our provisional plans, and to hear participants' "
                        "questions and views. The date, venue and joining details are "
                        "given in the notice on the procurement portal."
                    ),
                    (
                        "Please note. This information day is part of a preliminary "
                        "market consultation. It is not a call for tenders and does "
                        "not commit the city to any purchase. Taking part, or not "
                        "taking part, will give no advantage or disadvantage in any "
                        "later procedure. All questions and answers will be published "
                        "for the benefit of every interested party."
                    ),
                    (
                        "Who should attend. Companies of any size, including small and "
                        "medium-sized enterprises and start-ups, as well as "
                        "universities and business support organisations. Consortia "
                        "and partnerships are welcome. Questions may be sent in "
                        "advance, in the local language or in English, through the "
                        "messaging function of the procurement portal."
                    ),
                ],
                [
                    "Question log: how to keep it",
                    (
                        "Keep one log for every question received, whether it arrives "
                        "in writing, during the session or in a bilateral meeting. The "
                        "log protects the city by showing that all companies received "
                        "the same information, and it becomes the basis of the "
                        "published questions and answers."
                    ),
                    (
                        "Suggested columns. Number. Date received. Channel: written, "
                        "plenary or meeting. Question, reworded if necessary to remove "
                        "any information that could identify the company or reveal its "
                        "commercial secrets. Answer. Person who approved the answer. "
                        "Date published."
                    ),
                    (
                        "Good practice. Answer factual questions quickly, but take "
                        "time over questions that touch on the future specification or "
                        "the budget, and check them with procurement and legal "
                        "colleagues. Where the city does not yet know the answer, say "
                        "so and explain when a decision will be made. Group similar "
                        "questions so that the published list is easy to read."
                    ),
                    (
                        "Closing the log. When the consultation ends, publish the "
                        "final list, note the date on which it was closed and file it "
                        "with the procurement record. If the tender is published "
                        "later, refer to the list in the tender documents so that new "
                        "bidders can read it too."
                    ),
                ],
            ],
        },
        "links": [],
    },
    {
        "slug": "city-sme-co-creation-workshop-toolkit",
        "title": "Co-creation workshops: a toolkit for cities and SMEs",
        "resource_type": "toolkit",
        "audience": "both",
        "topics": ["innovation", "public-private-collaboration"],
        "cities": ["Herzliya", "Malaga"],
        "language": "en",
        "published": "2021-06-14",
        "summary": (
            "A half-day workshop format that brings city staff and small companies "
            "together to explore an urban challenge, generate ideas and shape them "
            "into concepts worth testing, with timings, roles and facilitation tips."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Co-creation means designing a solution with the people who "
                    "will use it, pay for it and deliver it, rather than for them. For "
                    "a city and a group of SMEs, a well-run workshop can do in one "
                    "morning what months of emails cannot: build a shared "
                    "understanding of the problem and a handful of ideas that both "
                    "sides believe in. The format below follows the same logic as the "
                    "SME training path designed in SME4SMARTCITIES, which moves from "
                    "idea generation to concept definition and then to matchmaking.</p>"
                ),
            ),
            ("heading", "Before the workshop"),
            (
                "paragraph",
                (
                    "<ul><li><strong>Choose one challenge.</strong> For example, a "
                    "question such as 'How might we help residents find shaded walking "
                    "routes on hot days?', the kind of question a city like Herzliya "
                    "or Malaga might bring (illustrative).</li><li><strong>Invite a "
                    "balanced group</strong> of 15 to 30 people: service staff, "
                    "procurement, residents' representatives and companies of "
                    "different sizes and specialities.</li><li><strong>Assign "
                    "roles</strong>: a neutral facilitator, a challenge owner from the "
                    "city and a note-taker.</li><li><strong>Send a one-page "
                    "briefing</strong> a week ahead, with the challenge, key facts and "
                    "the rules of the day.</li></ul>"
                ),
            ),
            ("heading", "A half-day format"),
            (
                "table",
                {
                    "caption": "Workshop running order",
                    "header": ["Time", "Activity", "Output"],
                    "rows": [
                        [
                            "30 min",
                            "Challenge briefing and questions from participants",
                            "Shared understanding of the problem",
                        ],
                        [
                            "45 min",
                            "Mixed tables explore causes and user needs",
                            "Two or three problem statements per table",
                        ],
                        [
                            "45 min",
                            "Idea generation, quantity before quality",
                            "Twenty or more rough ideas",
                        ],
                        ["15 min", "Break and informal networking", "New contacts"],
                        [
                            "45 min",
                            "Selected ideas developed on a concept canvas",
                            "Three to five concept sketches",
                        ],
                        [
                            "30 min",
                            "Short pitches and feedback from the challenge owner",
                            "Agreed next steps",
                        ],
                    ],
                },
            ),
            ("heading", "Facilitation tips"),
            (
                "paragraph",
                (
                    "<p>Mix tables so that each has at least one city employee and "
                    "companies that do not normally work together. Ban product "
                    "presentations during the first two hours: the aim is to "
                    "understand the problem, not to sell. Keep time strictly, and "
                    "capture everything on paper or a shared board so that ideas are "
                    "not lost.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>A workshop is not a procurement procedure. If it leads to "
                        "a tender, publish the workshop outputs so that companies that "
                        "were not in the room are not disadvantaged.</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "After the workshop",
                    "items": [
                        (
                            "Outputs written up and sent to all participants within a "
                            "week."
                        ),
                        (
                            "Challenge owner has chosen which concepts, if any, to "
                            "explore further."
                        ),
                        "Companies told how they can stay involved.",
                        "Lessons on the format recorded for next time.",
                    ],
                },
            ),
        ],
        "attachment": {
            "title": "Concept canvas and facilitator notes (PDF)",
            "pages": [
                [
                    "Concept canvas for co-creation workshops",
                    (
                        "Print this canvas in a large format, one per table. Each "
                        "table fills it in for one idea selected during the idea "
                        "generation session. Answers should be short: a few words or a "
                        "sentence in each box."
                    ),
                    "1. The problem we address. Who is affected, where and when?",
                    (
                        "2. Our idea in one sentence. What would change for residents "
                        "or city staff?"
                    ),
                    (
                        "3. How it works. The main elements of the solution: "
                        "technology, service, people and processes."
                    ),
                    (
                        "4. What the city would need to provide. Data, access to "
                        "sites, staff time, permissions or changes to rules."
                    ),
                    (
                        "5. What companies would need to provide. Skills, products, "
                        "partners and investment."
                    ),
                    (
                        "6. How we would know it works. Two or three measurable "
                        "results and how they would be collected."
                    ),
                    (
                        "7. Biggest risks. What could make the idea fail, and how it "
                        "could be tested cheaply first."
                    ),
                    (
                        "8. A first step. The smallest realistic test that could start "
                        "within three months."
                    ),
                    (
                        "Completed canvases are photographed at the end of the session "
                        "and included in the written outputs sent to all participants."
                    ),
                ],
                [
                    "Facilitator notes",
                    (
                        "Opening. Explain the purpose of the day and its limits: the "
                        "workshop explores a challenge and generates ideas, and it "
                        "does not lead directly to a contract. Ask participants to "
                        "introduce themselves in one sentence: name, organisation and "
                        "what they hope to learn."
                    ),
                    (
                        "Keeping energy up. Change activity at least every 45 minutes. "
                        "Ask people to stand during idea generation and move between "
                        "tables. Use a visible timer. If one person dominates a table, "
                        "give everyone two minutes of silent writing before discussion "
                        "resumes."
                    ),
                    (
                        "Handling sales pitches. Some company representatives will "
                        "want to present their product. Acknowledge the offer, note it "
                        "on a separate sheet for later, and bring the table back to "
                        "the problem."
                    ),
                    (
                        "Involving the city. Ask the challenge owner to move between "
                        "tables and answer factual questions, but not to judge ideas "
                        "before the final session. City staff at each table should "
                        "explain how things work in practice, including constraints "
                        "that outsiders cannot see."
                    ),
                    (
                        "Closing. Thank everyone, explain exactly what will happen "
                        "next and when they will hear from the city, and ask for quick "
                        "written feedback on the format."
                    ),
                ],
            ],
        },
        "links": [],
    },
    {
        "slug": "smart-city-pilot-evaluation-toolkit",
        "title": "Measuring a smart-city pilot: an evaluation toolkit",
        "resource_type": "toolkit",
        "audience": "both",
        "topics": ["smart-city-solutions", "innovation"],
        "cities": ["Tel Aviv"],
        "language": "en",
        "published": "2023-02-07",
        "summary": (
            "A toolkit for cities and suppliers who want to know whether a pilot "
            "really worked: five evaluation questions, indicators, baselines, data "
            "collection and a structured go or no-go decision."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Pilots are the meeting point between a city's need and a "
                    "company's innovation. Too often they end with a pleasant "
                    "presentation and no decision. This toolkit helps both sides "
                    "agree, before the pilot starts, how success will be judged. "
                    "Imagine, as an illustration, a large city such as Tel Aviv "
                    "testing a service that shows drivers free parking spaces in a few "
                    "streets: without a baseline and clear indicators, nobody could "
                    "say afterwards whether traffic searching for parking actually "
                    "fell.</p>"
                ),
            ),
            ("heading", "Five questions every evaluation should answer"),
            (
                "table",
                {
                    "caption": "Evaluation questions and example indicators",
                    "header": ["Question", "Example indicators"],
                    "rows": [
                        [
                            "Did it achieve the intended outcome?",
                            (
                                "Change against the baseline in the target measure, "
                                "such as energy use, waiting time or water losses"
                            ),
                        ],
                        [
                            "Did it work reliably?",
                            (
                                "Availability of the service, error rates, data "
                                "completeness"
                            ),
                        ],
                        [
                            "Did people use and accept it?",
                            "Number of active users, satisfaction scores, complaints",
                        ],
                        [
                            "Does it fit the city's systems?",
                            "Integration effort, data formats, staff time needed",
                        ],
                        [
                            "Would it be worth it at scale?",
                            "Estimated full-scale cost, savings and wider benefits",
                        ],
                    ],
                },
            ),
            ("heading", "Setting the baseline"),
            (
                "paragraph",
                (
                    "<p>Measure the situation before the pilot, in the same place and "
                    "in the same way you will measure it during the pilot. Where "
                    "seasons matter, as with heat or water use, compare like with "
                    "like, or use a similar area without the solution as a comparison. "
                    "Agree who owns the baseline data and how it will be shared.</p>"
                ),
            ),
            ("heading", "Collecting data during the pilot"),
            (
                "paragraph",
                (
                    "<ul><li>Automate data collection wherever possible, but check it "
                    "by hand from time to time.</li><li>Keep a simple log of "
                    "incidents, changes and decisions.</li><li>Ask users for feedback "
                    "at the start, the middle and the end.</li><li>Hold a short review "
                    "every month with the city and the supplier.</li></ul>"
                ),
            ),
            ("heading", "The go or no-go decision"),
            (
                "paragraph",
                (
                    "<p>At the end of the pilot, bring the evidence together in a "
                    "short report and take a clear decision: scale up, adjust and test "
                    "again, or stop. Stopping is a legitimate result if it is based on "
                    "evidence, and the lessons should be shared.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Decision meeting checklist",
                    "items": [
                        "Results compared with the baseline and the agreed targets.",
                        "Reliability and user acceptance reviewed.",
                        "Full-scale costs and benefits estimated.",
                        "Procurement route for scaling up identified.",
                        "Decision and reasons recorded and shared with the supplier.",
                    ],
                },
            ),
        ],
        "attachment": {
            "title": "Pilot evaluation plan template (PDF)",
            "pages": [
                [
                    "Pilot evaluation plan",
                    (
                        "Complete this plan jointly with the supplier before the pilot "
                        "begins, and attach it to the pilot agreement. Keep it short: "
                        "two pages are usually enough."
                    ),
                    (
                        "1. Pilot summary. The challenge, the solution being tested, "
                        "the location, the start and end dates and the people "
                        "responsible on each side."
                    ),
                    (
                        "2. Intended outcomes. No more than three outcomes the city "
                        "wants, each with an indicator, a baseline value, a target "
                        "value and the source of the data."
                    ),
                    (
                        "3. Technical performance. How availability, accuracy and "
                        "reliability will be measured, and the minimum levels that "
                        "must be met."
                    ),
                    (
                        "4. Users. Who will use the solution, how their feedback will "
                        "be collected and what level of satisfaction would count as "
                        "success."
                    ),
                    (
                        "5. Integration. Which city systems the solution must work "
                        "with, what data will be exchanged and in what format, and who "
                        "owns the data."
                    ),
                    (
                        "6. Costs. The costs of the pilot for each party and the "
                        "information the supplier will provide to estimate costs at "
                        "full scale."
                    ),
                    (
                        "7. Reviews. Dates of monthly review meetings and of the final "
                        "decision meeting."
                    ),
                    (
                        "8. Exit. What happens to equipment, data and access rights if "
                        "the pilot stops early or is not followed by a contract."
                    ),
                    (
                        "Signed on behalf of the city and on behalf of the supplier, "
                        "with dates."
                    ),
                ],
            ],
        },
        "links": [],
    },
    {
        "slug": "from-idea-to-offer-toolkit-for-smes-arabic",
        "title": (
            "من الفكرة إلى العرض: أدوات عملية للشركات الصغيرة والمتوسطة في سوق المدن "
            "الذكية"
        ),
        "resource_type": "toolkit",
        "audience": "smes",
        "topics": ["innovation", "smart-city-solutions"],
        "cities": [],
        "language": "ar",
        "published": "2022-12-05",
        "summary": (
            "دليل عملي يساعد الشركات الصغيرة والمتوسطة على تحويل فكرة مبتكرة إلى عرض "
            "مقنع للبلديات، عبر أربع مراحل: توليد الأفكار، وتعريف المفهوم، وفهم البيئة "
            "المحيطة والتدويل، والبحث عن شركاء."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>تواجه مدن حوض البحر الأبيض المتوسط تحديات متزايدة في مجالات "
                    "الطاقة والمياه والنقل والتكيف مع تغير المناخ، وتبحث عن حلول جديدة "
                    "تستطيع الشركات الصغيرة والمتوسطة أن تقدمها. غير أن الانتقال من "
                    "فكرة واعدة إلى عرض تقبله بلدية ما يتطلب منهجية واضحة. تستند هذه "
                    "الأدوات إلى المراحل التدريبية التي صُممت للشركات في إطار مشروع "
                    "التعاون <strong>SME4SMARTCITIES</strong> الممول من الاتحاد "
                    "الأوروبي.</p>"
                ),
            ),
            ("heading", "المرحلة الأولى: توليد الأفكار"),
            (
                "paragraph",
                (
                    "<p>ابدأ من مشكلة حقيقية تواجهها المدينة، لا من المنتج الذي تملكه. "
                    "اقرأ الخطط البلدية المنشورة، وتابع الاستشارات السوقية وأيام "
                    "المعلومات، وتحدث مع الموظفين المسؤولين عن الخدمات. اكتب كل مشكلة "
                    "في جملة أو جملتين، ثم اسأل: من المتضرر؟ وما حجم المشكلة؟ وكيف "
                    "يمكن لحلّنا أن يحسّن الوضع بطريقة قابلة للقياس؟</p>"
                ),
            ),
            ("heading", "المرحلة الثانية: تعريف المفهوم والتحليل الاستراتيجي"),
            (
                "paragraph",
                (
                    "<p>حوّل الفكرة المختارة إلى مفهوم واضح: ماذا يقدم الحل، ولمن، "
                    "وبأي تكلفة تقريبية. قيّم قدرتك الإنتاجية بصدق: هل تستطيع تلبية "
                    "طلب مدينة كاملة أم مشروع تجريبي فقط؟ حدد التحالفات الممكنة مع "
                    "شركات أخرى أو مراكز بحثية تكمل ما ينقصك، وفكّر في كيفية الاستجابة "
                    "لطلب البلديات من حيث الشروط الفنية وحماية البيانات والصيانة.</p>"
                ),
            ),
            ("heading", "المرحلة الثالثة: البيئة المحيطة والتدويل"),
            (
                "paragraph",
                (
                    "<p>لكل بلد قواعده الخاصة في الشراء العام، ولكل مدينة أولوياتها "
                    "الاجتماعية والاقتصادية والسياسية. ادرس الإطار القانوني وفرص "
                    "التمويل في السوق المستهدفة، واللغات المستخدمة في المناقصات، "
                    "والعوامل التي قد تؤثر في قبول السكان للحل. وإذا كنت تفكر في دخول "
                    "سوق في بلد آخر، فابدأ بمدينة واحدة وشريك محلي موثوق.</p>"
                ),
            ),
            ("heading", "المرحلة الرابعة: التوفيق بين الشركاء"),
            (
                "paragraph",
                (
                    "<p>نادراً ما تستطيع شركة صغيرة واحدة أن تقدم حلاً متكاملاً "
                    "لمدينة. شارك في لقاءات التوفيق بين الشركات وبرامج الابتكار "
                    "المشترك، وحضّر عرضاً قصيراً عن شركتك وما تبحث عنه لدى الشريك. "
                    "واتفقوا كتابياً على الأدوار وتقاسم العمل والمسؤوليات قبل التقدم "
                    "بأي عرض مشترك.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>جرّب أن تشرح حلك لموظف بلدي غير متخصص في دقيقتين. إذا لم "
                        "تتضح له الفائدة، فأعد صياغة العرض قبل تقديمه.</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "قائمة تحقق قبل تقديم العرض",
                    "items": [
                        "المشكلة التي نعالجها موصوفة بلغة البلدية ومدعومة بالبيانات.",
                        "لدينا تقدير واقعي للتكلفة ولقدرتنا على التنفيذ.",
                        "نعرف القواعد الأساسية للشراء العام في البلد المستهدف.",
                        "حددنا شركاء محتملين لسد الثغرات في خبرتنا أو قدرتنا.",
                        "لدينا مؤشرات واضحة لقياس نجاح مشروع تجريبي.",
                    ],
                },
            ),
        ],
        "attachment": None,
        "links": [],
    },
    # ------------------------------------------------------------------
    # Templates
    # ------------------------------------------------------------------
    {
        "slug": "urban-challenge-statement-template",
        "title": "Template: writing an urban challenge statement",
        "resource_type": "template",
        "audience": "city_staff",
        "topics": ["innovation", "procurement-of-innovation"],
        "cities": ["Cartagena"],
        "language": "en",
        "published": "2021-09-20",
        "summary": (
            "A one-page structure for describing a city problem so that companies can "
            "understand it and propose solutions, with guidance for each section and "
            "an illustrative worked example."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>A challenge statement is the starting point of almost every "
                    "innovation purchase, co-creation workshop or challenge call. It "
                    "describes a problem, not a product, and it should be short enough "
                    "to read in two minutes. The structure below has been designed for "
                    "city staff with no procurement background. A downloadable version "
                    "with writing prompts is attached.</p>"
                ),
            ),
            ("heading", "The seven sections"),
            (
                "table",
                {
                    "caption": "Structure of a challenge statement",
                    "header": ["Section", "What to write"],
                    "rows": [
                        ["Title", "A short question beginning 'How might we...'"],
                        [
                            "Context",
                            (
                                "Where the problem occurs and why it matters to the "
                                "city now"
                            ),
                        ],
                        [
                            "Who is affected",
                            (
                                "Residents, visitors, businesses or staff, with "
                                "numbers if known"
                            ),
                        ],
                        [
                            "Current situation",
                            "What happens today and what has already been tried",
                        ],
                        [
                            "Desired outcome",
                            (
                                "What would be different if the problem were solved, "
                                "in measurable terms"
                            ),
                        ],
                        [
                            "Constraints",
                            "Budget range, legal limits, existing systems, timing",
                        ],
                        [
                            "What the city can offer",
                            "Data, test sites, staff time, feedback from users",
                        ],
                    ],
                },
            ),
            ("heading", "Worked example (illustrative)"),
            (
                "paragraph",
                (
                    "<p><strong>How might we keep historic streets cleaner during "
                    "cruise ship visits?</strong> This example imagines a port city "
                    "such as Cartagena. On busy days, thousands of visitors walk the "
                    "same few streets of the old town within a few hours, and litter "
                    "bins overflow before the afternoon collection. Cleaning crews are "
                    "scheduled by fixed routes, not by demand. The city wants to keep "
                    "bins from overflowing on visit days without increasing the "
                    "cleaning budget, and can offer ship schedules, bin locations, "
                    "collection routes and two streets for a summer test.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Ask someone outside your department to read the statement. "
                        "If they cannot explain the problem back to you in one "
                        "sentence, simplify it.</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Quality check",
                    "items": [
                        "No brand, product or technology is named.",
                        "The desired outcome can be measured.",
                        "The people affected are clearly identified.",
                        "Constraints are stated honestly, including budget range.",
                        "The statement fits on one page.",
                    ],
                },
            ),
        ],
        "attachment": {
            "title": "Urban challenge statement: template with writing prompts (PDF)",
            "pages": [
                [
                    "Urban challenge statement: template with writing prompts",
                    (
                        "Use one template per challenge. Write in plain language and "
                        "avoid internal abbreviations. Aim for a total of 300 to 500 "
                        "words."
                    ),
                    (
                        "Title. Phrase the challenge as a question beginning 'How "
                        "might we'. Prompt: what change do we want to see, and for "
                        "whom?"
                    ),
                    (
                        "Context. Two or three sentences. Prompts: where does the "
                        "problem occur? Why does it matter now? Which city strategy or "
                        "plan does it relate to?"
                    ),
                    (
                        "Who is affected. Prompts: which groups of people experience "
                        "the problem? How many, how often and in which areas? Are some "
                        "groups more affected than others?"
                    ),
                    (
                        "Current situation. Prompts: what happens today? What has the "
                        "city already tried, and what did it learn? Which data "
                        "confirms the problem?"
                    ),
                    (
                        "Desired outcome. Prompts: what would success look like in one "
                        "to three years? Which indicator would show it? What is the "
                        "current value of that indicator?"
                    ),
                    (
                        "Constraints. Prompts: what budget range is realistic? Which "
                        "legal, technical or heritage limits apply? Which existing "
                        "systems must any solution work with? Are there deadlines?"
                    ),
                    (
                        "What the city can offer. Prompts: which data can be shared, "
                        "and on what terms? Are test sites available? Which staff can "
                        "give time to a pilot?"
                    ),
                    (
                        "Contact and next steps. The department responsible, and how "
                        "companies will be able to respond: an information day, a "
                        "consultation or a future tender."
                    ),
                ],
            ],
        },
        "links": [],
    },
    {
        "slug": "concept-note-template-for-smart-city-solutions",
        "title": "Template: concept note for a smart-city solution",
        "resource_type": "template",
        "audience": "smes",
        "topics": ["innovation", "smart-city-solutions"],
        "cities": [],
        "language": "en",
        "published": "2022-01-24",
        "summary": (
            "A short concept note structure for SMEs applying to funding calls or "
            "proposing a pilot to a city, with section-by-section guidance and tips on "
            "what evaluators look for."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Many funding schemes and challenge calls use a two-step "
                    "process: a short concept note first, then a full application for "
                    "the proposals that are pre-selected. The call for sub-grants run "
                    "by the SME4SMARTCITIES project followed this pattern. A concept "
                    "note is also a useful way to introduce an idea to a city before "
                    "any formal procedure. Its purpose is to show, in a few pages, "
                    "that the problem is real, the solution is credible and your team "
                    "can deliver.</p>"
                ),
            ),
            ("heading", "Sections of the concept note"),
            (
                "table",
                {
                    "caption": "What to write and how long",
                    "header": ["Section", "Content", "Suggested length"],
                    "rows": [
                        [
                            "1. Summary",
                            (
                                "The problem, the solution and the expected result in "
                                "plain words"
                            ),
                            "Five sentences",
                        ],
                        [
                            "2. The urban challenge",
                            "Which city problem you address, with evidence",
                            "Half a page",
                        ],
                        [
                            "3. The solution",
                            "How it works and what is new about it",
                            "One page",
                        ],
                        [
                            "4. Expected results",
                            "Measurable outcomes for the city and its residents",
                            "Half a page",
                        ],
                        [
                            "5. Team and partners",
                            "Who does what, and relevant experience",
                            "Half a page",
                        ],
                        [
                            "6. Work plan and budget",
                            "Main steps, timing and an indicative cost",
                            "Half a page",
                        ],
                        [
                            "7. Risks",
                            "Main risks and how they will be managed",
                            "A short list",
                        ],
                    ],
                },
            ),
            ("heading", "What evaluators look for"),
            (
                "paragraph",
                (
                    "<ul><li>A clear link between a real city challenge and the "
                    "proposed solution.</li><li>Evidence that the solution can work, "
                    "such as tests, prototypes or earlier projects.</li><li>Results "
                    "that can be measured within the project period.</li><li>A team "
                    "with the right skills, or partners who fill the gaps.</li><li>A "
                    "budget that matches the work plan.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>Always follow the call's own template and page limits when "
                        "one is provided. Evaluators may ignore text beyond the limit "
                        "or reject the application.</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Before you submit",
                    "items": [
                        (
                            "Eligibility rules of the call checked, including company "
                            "size and location."
                        ),
                        "Summary understandable by a non-specialist.",
                        "Every claim about results backed by a figure or source.",
                        "Budget totals checked and consistent with the work plan.",
                        "Partners have confirmed their participation in writing.",
                    ],
                },
            ),
        ],
        "attachment": {
            "title": "Concept note template with guidance (PDF)",
            "pages": [
                [
                    "Concept note for a smart-city solution",
                    (
                        "Section 1. Summary. In no more than five sentences, state the "
                        "urban problem, the solution, the city or cities where it "
                        "would be tested, the expected result and the total cost. "
                        "Write this section last, once the rest is finished."
                    ),
                    (
                        "Section 2. The urban challenge. Describe the problem from the "
                        "point of view of the city and its residents. Use figures "
                        "where you can: how many people are affected, how much the "
                        "problem costs, how often it occurs. If a city has published a "
                        "challenge statement or a strategy that mentions the problem, "
                        "refer to it."
                    ),
                    (
                        "Section 3. The solution. Explain how the solution works, "
                        "avoiding jargon. State what is new compared with existing "
                        "approaches, and how mature it is: idea, prototype, tested "
                        "product or product already on the market. Mention any data, "
                        "equipment or permissions the city would need to provide."
                    ),
                    (
                        "Section 4. Expected results. List two to four measurable "
                        "results, each with the indicator, the starting value if known "
                        "and the target. Distinguish results for the city, for "
                        "residents and for your company."
                    ),
                ],
                [
                    (
                        "Section 5. Team and partners. For each organisation, give its "
                        "role, size and relevant experience. Name the key people and "
                        "summarise their skills in one line each. Explain why this "
                        "combination of partners is the right one."
                    ),
                    (
                        "Section 6. Work plan and budget. Present the main steps in a "
                        "simple table with start and end months. Give an indicative "
                        "budget by partner and by type of cost, such as staff, "
                        "equipment, subcontracting and travel. Show any co-financing "
                        "from your own resources."
                    ),
                    (
                        "Section 7. Risks. List the three to five most important "
                        "risks, technical, financial, legal or related to user "
                        "acceptance, together with the measure that reduces each one."
                    ),
                    (
                        "Final checks. Read the call text again and tick every "
                        "eligibility condition. Ask a colleague who was not involved "
                        "to read the summary and explain the idea back to you. Check "
                        "that figures are the same in every section. Convert the "
                        "document to the file format requested and submit before the "
                        "deadline, keeping proof of submission."
                    ),
                ],
            ],
        },
        "links": [],
    },
    {
        "slug": "pilot-cooperation-agreement-outline",
        "title": (
            "Template: outline of a pilot cooperation agreement between a city and an "
            "SME"
        ),
        "resource_type": "template",
        "audience": "both",
        "topics": ["public-private-collaboration", "smart-city-solutions"],
        "cities": ["Herzliya"],
        "language": "en",
        "published": "2022-05-10",
        "summary": (
            "The main headings of a written agreement for testing a solution in a "
            "city, covering objectives, roles, data, intellectual property, costs, "
            "liability and what happens when the pilot ends."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>When a city and a company agree to test a solution together, a "
                    "short written agreement prevents most of the misunderstandings "
                    "that spoil pilots. It sets out what will be tested, who does "
                    "what, who owns the data and what happens at the end. The outline "
                    "below lists the clauses most pilot agreements need. It would "
                    "suit, for instance, a coastal city such as Herzliya testing "
                    "sensors on a beach promenade (illustrative).</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>This outline is not legal advice. Have the final agreement "
                        "checked by the city's legal service. A pilot arranged outside "
                        "a procurement procedure must not give the company an unfair "
                        "advantage in any later tender.</p>"
                    ),
                },
            ),
            ("heading", "Clauses to include"),
            (
                "table",
                {
                    "caption": "Outline of a pilot cooperation agreement",
                    "header": ["Clause", "Key points"],
                    "rows": [
                        [
                            "Parties and purpose",
                            "Who signs, and the challenge being addressed",
                        ],
                        [
                            "Scope of the pilot",
                            (
                                "What is tested, where, from when to when, and what is "
                                "excluded"
                            ),
                        ],
                        [
                            "Roles and responsibilities",
                            "Tasks of each party, named contacts, decision-making",
                        ],
                        [
                            "Success criteria",
                            (
                                "Indicators, baseline and targets, taken from the "
                                "evaluation plan"
                            ),
                        ],
                        [
                            "Data",
                            (
                                "What is collected, who owns it, access rights, "
                                "personal data rules"
                            ),
                        ],
                        [
                            "Intellectual property",
                            (
                                "Existing rights stay with their owners; rules for new "
                                "results"
                            ),
                        ],
                        [
                            "Costs and payments",
                            (
                                "Who pays for what; whether the pilot is free, paid or "
                                "shared"
                            ),
                        ],
                        [
                            "Liability and insurance",
                            "Damage to property or people, required insurance cover",
                        ],
                        [
                            "Communication",
                            "How results may be used in publicity by each party",
                        ],
                        [
                            "End of the pilot",
                            (
                                "Removal of equipment, return or deletion of data, "
                                "final report"
                            ),
                        ],
                    ],
                },
            ),
            ("heading", "Tips for both sides"),
            (
                "paragraph",
                (
                    "<ul><li><strong>For the city:</strong> make sure the operational "
                    "department that would use the solution signs off the scope and "
                    "success criteria.</li><li><strong>For the company:</strong> be "
                    "realistic about what you can deliver within the pilot budget, and "
                    "state what you will need from the city.</li><li><strong>For "
                    "both:</strong> agree how the results will be published, including "
                    "results that are disappointing.</li></ul>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Before signing",
                    "items": [
                        "Evaluation plan attached to the agreement.",
                        (
                            "Data protection assessment completed where personal data "
                            "is involved."
                        ),
                        "Insurance certificates received.",
                        "End date and exit arrangements agreed.",
                    ],
                },
            ),
        ],
        "attachment": {
            "title": "Pilot cooperation agreement: clause-by-clause notes (PDF)",
            "pages": [
                [
                    "Pilot cooperation agreement: clause-by-clause notes",
                    (
                        "These notes explain the purpose of each clause in a typical "
                        "pilot agreement between a municipality and a company. They "
                        "are intended to help both parties prepare for a discussion "
                        "with their legal advisers."
                    ),
                    (
                        "Parties and purpose. Identify the legal entities that sign "
                        "and the people authorised to sign for them. Describe the "
                        "urban challenge in one paragraph and refer to the challenge "
                        "statement if there is one."
                    ),
                    (
                        "Scope. State exactly what will be installed or provided, at "
                        "which locations and for how long. List what is not included, "
                        "such as maintenance of city infrastructure or support outside "
                        "office hours, to avoid later disputes."
                    ),
                    (
                        "Roles. Give each party a list of tasks and name a contact "
                        "person. Describe how decisions are taken during the pilot, "
                        "for instance at a monthly review meeting, and how changes to "
                        "the scope are agreed."
                    ),
                    (
                        "Success criteria. Copy the indicators, baselines and targets "
                        "from the evaluation plan so that both parties are bound by "
                        "the same definition of success."
                    ),
                    (
                        "Data. List the data to be collected. State who owns it, who "
                        "may access it during and after the pilot, and in what format "
                        "it will be provided to the city. Where personal data is "
                        "involved, identify the controller and processor and the legal "
                        "basis for processing."
                    ),
                ],
                [
                    (
                        "Intellectual property. Usually each party keeps the rights it "
                        "held before the pilot. The agreement should say who owns "
                        "improvements developed during the pilot and what rights the "
                        "city has to use the results, including reports and data, for "
                        "its own purposes."
                    ),
                    (
                        "Costs. State whether the pilot is provided free of charge, "
                        "paid for by the city or funded by a third party such as a "
                        "grant. If the pilot is free, the agreement should make clear "
                        "that it creates no obligation to buy."
                    ),
                    (
                        "Liability and insurance. Define responsibility for damage to "
                        "property or injury to people caused by equipment or "
                        "activities, and the insurance each party must hold."
                    ),
                    (
                        "Communication. Agree how each party may refer to the pilot in "
                        "public, whether the city's name or logo may be used, and how "
                        "results, good or bad, will be published."
                    ),
                    (
                        "End of the pilot. Set the date and conditions for removing "
                        "equipment, restoring sites, returning or deleting data and "
                        "delivering a final report. Include the right for either party "
                        "to end the pilot early with reasonable notice."
                    ),
                ],
            ],
        },
        "links": [],
    },
    # ------------------------------------------------------------------
    # Case studies
    # ------------------------------------------------------------------
    {
        "slug": "case-study-shaded-routes-to-school-in-a-desert-city",
        "title": "Case study: shaded routes to school in a desert city",
        "resource_type": "case_study",
        "audience": "both",
        "topics": ["climate-readiness", "smart-city-solutions"],
        "cities": ["Eilat"],
        "language": "en",
        "published": "2022-08-01",
        "summary": (
            "An illustrative scenario set in a hot desert city like Eilat: how a "
            "municipality and two small companies could map heat on the walk to school "
            "and use shade, planting and data to make it safer."
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "takeaway",
                    "text": (
                        "<p><strong>An illustrative scenario</strong> based on "
                        "challenges such cities face. The situation, the organisations "
                        "and the figures below are invented for training purposes and "
                        "do not describe a real project.</p>"
                    ),
                },
            ),
            ("heading", "The challenge"),
            (
                "paragraph",
                (
                    "<p>In a desert city such as Eilat, summer temperatures are "
                    "extreme and the school year begins while the heat is still "
                    "intense. In this scenario, parents complain that children arrive "
                    "at school exhausted, and more families start driving short "
                    "distances, which adds traffic and heat around school gates. The "
                    "municipality's education and engineering departments want more "
                    "children to walk safely, but do not know which stretches of the "
                    "routes are the hottest.</p>"
                ),
            ),
            ("heading", "The approach"),
            (
                "paragraph",
                (
                    "<p>The city publishes a short challenge statement and holds an "
                    "online information day. Two local SMEs form a partnership: one "
                    "builds small weather sensors, the other analyses geographic data. "
                    "Under a paid three-month pilot, they fit sensors along the routes "
                    "to four schools and combine the readings with satellite data to "
                    "produce a heat map of each route at 7.30 in the morning and 1.30 "
                    "in the afternoon.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<ul><li>The map shows that most of the heat exposure comes from a "
                    "few long, unshaded stretches next to car parks and wide "
                    "roads.</li><li>The city installs temporary shade sails on three "
                    "of these stretches and moves a planned tree-planting programme "
                    "forward.</li><li>Schools share recommended shaded routes with "
                    "parents through their usual messaging channels.</li></ul>"
                ),
            ),
            ("heading", "Results to look for"),
            (
                "table",
                {
                    "caption": "Indicators agreed for the pilot (illustrative)",
                    "header": ["Indicator", "How it is measured"],
                    "rows": [
                        [
                            "Surface temperature on the treated stretches",
                            "Sensors and thermal images before and after shading",
                        ],
                        [
                            "Share of pupils walking to school",
                            "Simple hands-up survey in class each month",
                        ],
                        [
                            "Parents' perception of safety",
                            "Short questionnaire at the start and end of the pilot",
                        ],
                    ],
                },
            ),
            ("heading", "Lessons"),
            (
                "paragraph",
                (
                    "<p>The scenario shows three things. First, a precise question "
                    "(which stretches are hottest at school times?) attracts precise "
                    "solutions. Second, data is only useful when linked to a quick, "
                    "visible action such as shade sails. Third, small companies "
                    "working together can offer a complete service that neither could "
                    "provide alone.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We thought we needed a big study. What we needed was a map of "
                        "the hottest two hundred metres."
                    ),
                    "attribution": "Municipal engineer in the scenario (fictional)",
                },
            ),
        ],
        "attachment": None,
        "links": [],
    },
    {
        "slug": "case-study-smart-irrigation-in-municipal-parks",
        "title": "Case study: smarter irrigation for parks in a dry region",
        "resource_type": "case_study",
        "audience": "city_staff",
        "topics": [
            "climate-readiness",
            "sustainable-development",
            "smart-city-solutions",
        ],
        "cities": ["Murcia", "Molina de Segura"],
        "language": "en",
        "published": "2021-12-13",
        "summary": (
            "An illustrative scenario in a semi-arid region such as the area around "
            "Murcia and Molina de Segura: two neighbouring municipalities test soil "
            "sensors and leak detection to cut the water their parks use."
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "takeaway",
                    "text": (
                        "<p><strong>An illustrative scenario</strong> based on "
                        "challenges such cities face. The situation, the organisations "
                        "and the figures below are invented for training purposes and "
                        "do not describe a real project.</p>"
                    ),
                },
            ),
            ("heading", "The challenge"),
            (
                "paragraph",
                (
                    "<p>South-eastern Spain is one of the driest parts of Europe, and "
                    "water is a constant concern for residents, farmers and councils. "
                    "In this scenario, a regional capital and a smaller neighbouring "
                    "town, such as Murcia and Molina de Segura, both spend a large "
                    "part of their parks budget on water. Irrigation runs on fixed "
                    "timers, regardless of recent rain or the needs of each plant, and "
                    "leaks are found only when a gardener notices a wet patch.</p>"
                ),
            ),
            ("heading", "The approach"),
            (
                "paragraph",
                (
                    "<p>The two councils decide to run a joint preliminary market "
                    "consultation and then a small shared tender, divided into two "
                    "lots: one for soil moisture sensing and irrigation control, the "
                    "other for leak detection in the pipe network. Splitting the work "
                    "allows specialist SMEs to bid for the lot that fits them. The "
                    "specification sets outcomes rather than technologies: a measured "
                    "reduction in water use in the pilot parks over one summer, with "
                    "no loss of plant health, and alerts for major leaks within 24 "
                    "hours.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>A regional SME wins the first lot with a system that adjusts "
                    "watering to soil moisture and weather forecasts. A start-up wins "
                    "the second with acoustic sensors fitted to main pipes. Gardeners "
                    "receive training and a simple mobile dashboard.</p>"
                ),
            ),
            ("heading", "What the scenario shows"),
            (
                "table",
                {
                    "caption": "Pilot results in the scenario (illustrative figures)",
                    "header": ["Measure", "Before", "After one summer"],
                    "rows": [
                        [
                            "Water used in pilot parks",
                            "Baseline",
                            "About a quarter lower",
                        ],
                        [
                            "Time to detect a major leak",
                            "Several days",
                            "Under one day",
                        ],
                        [
                            "Gardener hours spent checking timers",
                            "Weekly rounds",
                            "By exception",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Joint buying gives the two councils a larger, more attractive "
                    "contract while keeping each lot within reach of small companies. "
                    "Involving gardeners from the start is decisive: they know which "
                    "areas are always too wet or too dry, and their trust in the "
                    "dashboard determines whether the savings last.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Questions for your own city",
                    "items": [
                        "Do we know how much water each park uses?",
                        (
                            "Could a neighbouring municipality join us to create a "
                            "larger pilot?"
                        ),
                        "Who would use the data every day, and have they been asked?",
                    ],
                },
            ),
        ],
        "attachment": None,
        "links": [],
    },
    {
        "slug": "case-study-flash-flood-warning-in-a-hillside-city",
        "title": "Case study: a flash flood warning pilot in a hillside city",
        "resource_type": "case_study",
        "audience": "city_staff",
        "topics": ["climate-readiness", "smart-city-solutions"],
        "cities": ["Genova"],
        "language": "en",
        "published": "2023-04-18",
        "summary": (
            "An illustrative scenario inspired by cities like Genova, where steep "
            "streams cross dense districts: how low-cost water level sensors and clear "
            "procedures could give residents and services more warning."
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "takeaway",
                    "text": (
                        "<p><strong>An illustrative scenario</strong> based on "
                        "challenges such cities face. The situation, the organisations "
                        "and the figures below are invented for training purposes and "
                        "do not describe a real project.</p>"
                    ),
                },
            ),
            ("heading", "The challenge"),
            (
                "paragraph",
                (
                    "<p>Genova is built on a narrow strip between mountains and sea, "
                    "and short, steep streams run through its neighbourhoods, often in "
                    "culverts under roads. Cities with this geography can see water "
                    "rise within minutes during intense autumn storms. In this "
                    "scenario, the city's civil protection service already receives "
                    "regional weather alerts, but has little real-time information "
                    "about what is happening in the smaller streams and the "
                    "underpasses that flood first.</p>"
                ),
            ),
            ("heading", "The approach"),
            (
                "paragraph",
                (
                    "<p>The city invites companies to a market consultation on "
                    "'street-level flood awareness'. It then commissions a one-year "
                    "pilot from a consortium of a small electronics firm and a "
                    "software company. Low-cost water level sensors are installed at "
                    "ten points on minor streams and in three underpasses. Readings "
                    "are sent every minute to a dashboard in the civil protection "
                    "operations room, with thresholds agreed in advance for each "
                    "site.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<ul><li>At the first threshold, duty officers are alerted and "
                    "road teams are put on standby.</li><li>At the second, underpasses "
                    "are closed using remotely controlled warning "
                    "signs.</li><li>Residents who have signed up receive a text "
                    "message in plain language about the affected streets.</li></ul>"
                ),
            ),
            ("heading", "Lessons from the scenario"),
            (
                "paragraph",
                (
                    "<p>The technology is the easy part. The harder work is agreeing "
                    "thresholds, deciding who acts on each alert, maintaining sensors "
                    "that get covered in debris and testing the procedure before the "
                    "storm season. The pilot agreement therefore includes a "
                    "maintenance schedule and two exercises a year. Open data formats "
                    "mean that readings can later be shared with regional services and "
                    "researchers.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Before installing flood sensors",
                    "items": [
                        "Thresholds and responsibilities agreed for every site.",
                        "Maintenance and cleaning schedule included in the contract.",
                        "Alert messages tested with residents for clarity.",
                        "Data format compatible with regional systems.",
                    ],
                },
            ),
        ],
        "attachment": {
            "title": "Discussion sheet: flash flood warning scenario (PDF)",
            "pages": [
                [
                    "Discussion sheet: the flash flood warning scenario",
                    (
                        "This sheet supports a one-hour training session based on the "
                        "illustrative case study about a flash flood warning pilot in "
                        "a hillside city. It can be used with city staff, with SMEs, "
                        "or with a mixed group. Divide participants into tables of "
                        "four to six and give each table one block of questions. Allow "
                        "twenty minutes for discussion and five minutes per table for "
                        "feedback."
                    ),
                    (
                        "Block A: the need. Which information did the city lack before "
                        "the pilot? Who in your own organisation would notice that gap "
                        "first? How would you describe the problem in a challenge "
                        "statement without naming sensors?"
                    ),
                    (
                        "Block B: the procurement. Why might a market consultation be "
                        "useful here? Would you use a standard procedure, "
                        "pre-commercial procurement or an innovation partnership, and "
                        "why? How could the contract be made accessible to small "
                        "companies?"
                    ),
                    (
                        "Block C: operations. Who decides the thresholds for each "
                        "site? What should happen at each threshold, and who is "
                        "responsible? How would you test the procedure before the "
                        "storm season?"
                    ),
                    (
                        "Block D: sustainability. Who pays for maintenance after the "
                        "pilot? Which open data formats would make the readings useful "
                        "to other organisations? How would you know whether the system "
                        "had reduced risk?"
                    ),
                    (
                        "Closing question for all tables: what is the single most "
                        "important decision the city must take before installing the "
                        "first sensor?"
                    ),
                ],
            ],
        },
        "links": [],
    },
    {
        "slug": (
            "caso-ilustrativo-compost-de-residuos-organicos-en-una-ciudad-portuaria"
        ),
        "title": (
            "Caso práctico: del residuo orgánico al compost en una ciudad portuaria"
        ),
        "resource_type": "case_study",
        "audience": "both",
        "topics": ["sustainable-development", "public-private-collaboration"],
        "cities": ["Cartagena"],
        "language": "es",
        "published": "2023-01-16",
        "summary": (
            "Un escenario ilustrativo inspirado en ciudades como Cartagena: el "
            "ayuntamiento, los mercados, la hostelería y una pyme local colaboran para "
            "convertir los residuos orgánicos en compost para parques y huertos."
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "takeaway",
                    "text": (
                        "<p><strong>Escenario ilustrativo</strong> basado en retos a "
                        "los que se enfrentan ciudades como esta. La situación, las "
                        "organizaciones y las cifras son ficticias y tienen una "
                        "finalidad formativa; no describen un proyecto real.</p>"
                    ),
                },
            ),
            ("heading", "El reto"),
            (
                "paragraph",
                (
                    "<p>En una ciudad portuaria y turística como Cartagena, los "
                    "mercados municipales, los restaurantes y los hoteles generan cada "
                    "día una gran cantidad de restos de comida. En este escenario, la "
                    "mayor parte acaba mezclada con el resto de la basura, lo que "
                    "encarece el tratamiento y desperdicia un recurso valioso. Al "
                    "mismo tiempo, el servicio de parques compra fertilizantes y "
                    "sustrato para sus zonas verdes.</p>"
                ),
            ),
            ("heading", "El enfoque"),
            (
                "paragraph",
                (
                    "<p>El ayuntamiento organiza una jornada informativa con la "
                    "asociación de hostelería, los comerciantes del mercado y empresas "
                    "del sector. De ahí surge una colaboración público-privada en tres "
                    "partes:</p><ol><li>Los establecimientos participantes separan la "
                    "fracción orgánica en contenedores propios, con formación breve "
                    "para el personal de cocina.</li><li>Una pyme local de gestión "
                    "ambiental se encarga de la recogida en horario nocturno y del "
                    "compostaje en una parcela cedida por el ayuntamiento, mediante un "
                    "contrato adjudicado con criterios de calidad y de impacto "
                    "ambiental.</li><li>El compost resultante se utiliza en parques, "
                    "jardines escolares y huertos urbanos, y una parte se ofrece a los "
                    "agricultores de la zona.</li></ol>"
                ),
            ),
            ("heading", "Qué muestra el escenario"),
            (
                "table",
                {
                    "caption": "Indicadores de seguimiento (ilustrativos)",
                    "header": ["Indicador", "Fuente"],
                    "rows": [
                        [
                            "Toneladas de residuo orgánico recogidas por separado",
                            "Registros de la empresa",
                        ],
                        ["Calidad del compost (impurezas)", "Análisis periódicos"],
                        [
                            (
                                "Sustrato y fertilizante comprados por el servicio de "
                                "parques"
                            ),
                            "Facturas municipales",
                        ],
                        ["Establecimientos participantes", "Registro del ayuntamiento"],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>La clave del escenario no es la tecnología, sino la "
                    "coordinación: horarios de recogida adaptados a la hostelería, un "
                    "contrato que premia la calidad del compost y no solo el precio, y "
                    "una comunicación clara con los establecimientos. El modelo "
                    "conecta la economía circular con la compra pública verde y crea "
                    "empleo local.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Preguntas para su municipio",
                    "items": [
                        (
                            "¿Sabemos cuánto residuo orgánico generan nuestros grandes "
                            "productores?"
                        ),
                        "¿Qué servicios municipales podrían utilizar compost?",
                        "¿Podría dividirse el contrato en lotes accesibles para pymes?",
                    ],
                },
            ),
        ],
        "attachment": None,
        "links": [],
    },
    {
        "slug": "case-study-shared-data-for-delivery-loading-bays",
        "title": "Case study: shared data for delivery loading bays",
        "resource_type": "case_study",
        "audience": "both",
        "topics": ["smart-city-solutions", "innovation"],
        "cities": ["Tel Aviv", "Herzliya"],
        "language": "en",
        "published": "2023-06-12",
        "summary": (
            "An illustrative scenario for busy cities such as Tel Aviv and Herzliya: "
            "two neighbouring municipalities test a booking and occupancy service for "
            "loading bays to reduce double parking by delivery vans."
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "takeaway",
                    "text": (
                        "<p><strong>An illustrative scenario</strong> based on "
                        "challenges such cities face. The situation, the organisations "
                        "and the figures below are invented for training purposes and "
                        "do not describe a real project.</p>"
                    ),
                },
            ),
            ("heading", "The challenge"),
            (
                "paragraph",
                (
                    "<p>Online shopping has multiplied the number of delivery vans in "
                    "dense city centres. In this scenario, a large city such as Tel "
                    "Aviv and its neighbour Herzliya both see vans double-parked "
                    "outside shops and offices, blocking buses and cycle lanes, while "
                    "loading bays are taken by private cars. Both cities want to use "
                    "kerb space better without simply adding more enforcement.</p>"
                ),
            ),
            ("heading", "The approach"),
            (
                "paragraph",
                (
                    "<p>The cities agree a common challenge statement and run a joint "
                    "information day for mobility companies. They then launch a "
                    "six-month pilot with a small software company and a sensor "
                    "supplier working together. Sensors show whether each of forty "
                    "loading bays is free; delivery drivers can see availability and "
                    "book a twenty-minute slot through an app; and enforcement "
                    "officers see which vehicles are overstaying.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Crucially, the cities require the supplier to publish bay "
                    "locations and real-time occupancy in an open, documented format. "
                    "This allows logistics companies to connect their own "
                    "route-planning tools and avoids tying either city to a single "
                    "app.</p>"
                ),
            ),
            ("heading", "What the scenario teaches"),
            (
                "table",
                {
                    "caption": "Design choices and their effect (illustrative)",
                    "header": ["Design choice", "Why it matters"],
                    "rows": [
                        [
                            "Joint challenge across two cities",
                            (
                                "Drivers cross the boundary; rules and apps should "
                                "feel the same"
                            ),
                        ],
                        [
                            "Open data requirement",
                            "Other services can build on the data; less lock-in",
                        ],
                        [
                            "Small, time-limited pilot",
                            (
                                "Lets the cities test demand before investing in every "
                                "street"
                            ),
                        ],
                        [
                            "Involving delivery firms early",
                            "Booking only works if drivers actually use it",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>The scenario also raises hard questions: how to treat small "
                    "shops that receive their own deliveries, how to protect drivers' "
                    "personal data, and who pays for the service if it is extended. "
                    "These belong in the evaluation plan from the start, not at the "
                    "end.</p>"
                ),
            ),
        ],
        "attachment": None,
        "links": [],
    },
    # ------------------------------------------------------------------
    # Reports
    # ------------------------------------------------------------------
    {
        "slug": "common-challenges-of-mediterranean-cities-overview",
        "title": "Common challenges of Mediterranean cities: an introductory overview",
        "resource_type": "report",
        "audience": "both",
        "topics": ["innovation", "climate-readiness", "sustainable-development"],
        "cities": ["Kfar Saba", "Genova"],
        "language": "en",
        "published": "2021-07-05",
        "summary": (
            "An introduction to the economic, social and environmental pressures that "
            "Mediterranean cities share, and to the kinds of solutions that cities and "
            "small companies can develop together."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>This overview was written for the Academy as a starting point "
                    "for learners. It is organised around the themes that the cities "
                    "lead group of the SME4SMARTCITIES project chose for its meetings "
                    "in February and April 2021, hosted online by the Municipality of "
                    "Kfar Saba: innovation, climate change readiness and sustainable "
                    "development. It draws on widely documented regional trends. It "
                    "does not reproduce the project's own survey of the cities' "
                    "challenges, which is a separate output.</p>"
                ),
            ),
            ("heading", "Economic pressures"),
            (
                "paragraph",
                (
                    "<p>Many Mediterranean cities depend heavily on tourism, ports and "
                    "services, which makes them sensitive to seasonal peaks and to "
                    "shocks such as the COVID-19 pandemic. Local economies are "
                    "dominated by small firms, many of which struggle to grow, "
                    "digitalise or sell to public buyers. Cities want to diversify, "
                    "attract knowledge-based activity and keep young graduates from "
                    "leaving.</p>"
                ),
            ),
            ("heading", "Social pressures"),
            (
                "paragraph",
                (
                    "<p>Populations are ageing, housing is becoming less affordable in "
                    "attractive central districts, and the benefits of growth are not "
                    "shared evenly between neighbourhoods. Public services must adapt "
                    "to more diverse communities and to residents who expect to deal "
                    "with the city online, while not leaving behind those who "
                    "cannot.</p>"
                ),
            ),
            ("heading", "Environmental pressures"),
            (
                "paragraph",
                (
                    "<p>The region is warming faster than the global average. Cities "
                    "face longer heatwaves, scarce water, intense rainfall and coastal "
                    "erosion, on top of familiar problems of traffic, air quality and "
                    "waste. Port and coastal cities such as Genova must combine "
                    "economic activity with protection of the shoreline and of "
                    "residents.</p>"
                ),
            ),
            ("heading", "From challenges to solutions"),
            (
                "table",
                {
                    "caption": "Typical challenges and the role of SMEs",
                    "header": [
                        "Challenge",
                        "Types of solution",
                        "Where SMEs contribute",
                    ],
                    "rows": [
                        [
                            "Heat and water scarcity",
                            "Urban greening, water reuse, monitoring",
                            (
                                "Sensors, data analysis, landscape and engineering "
                                "services"
                            ),
                        ],
                        [
                            "Congestion and emissions",
                            "Shared and active mobility, logistics management",
                            "Apps, booking systems, electric fleets and charging",
                        ],
                        [
                            "Waste and resource use",
                            "Separate collection, reuse, circular supply chains",
                            "Collection services, repair and refurbishment, composting",
                        ],
                        [
                            "Public services and inclusion",
                            "Digital services designed with residents",
                            "Software, accessibility, community engagement",
                        ],
                    ],
                },
            ),
            ("heading", "What this means for cooperation"),
            (
                "paragraph",
                (
                    "<p>None of these challenges can be solved by a city alone or by a "
                    "single company. They call for new ways of working: clear "
                    "challenge statements, early dialogue with the market, pilots and "
                    "procurement designed to be open to small firms. The rest of the "
                    "resource library explains how.</p>"
                ),
            ),
        ],
        "attachment": {
            "title": "Overview in brief: challenges and responses (PDF)",
            "pages": [
                [
                    "Common challenges of Mediterranean cities: the overview in brief",
                    (
                        "Mediterranean cities differ in size, history and governance, "
                        "but many of their pressures are shared. This two-page summary "
                        "accompanies the introductory overview in the resource library "
                        "and can be used as a handout in training sessions."
                    ),
                    (
                        "Economic. Reliance on tourism, ports and services brings "
                        "seasonal peaks and vulnerability to shocks. Most local "
                        "businesses are small, and many find it difficult to innovate, "
                        "digitalise or win public contracts. Cities seek to diversify "
                        "their economies, attract knowledge-based activity and retain "
                        "young talent."
                    ),
                    (
                        "Social. Ageing populations, rising housing costs in central "
                        "areas and unequal neighbourhoods put pressure on public "
                        "services. Digital services must be designed so that residents "
                        "without digital skills are not excluded."
                    ),
                    (
                        "Environmental. A warming climate brings longer and more "
                        "intense heatwaves, water scarcity, flash floods and coastal "
                        "erosion. These combine with long-standing problems of "
                        "traffic, air quality and waste management."
                    ),
                    (
                        "Why these pressures are connected. A heatwave strains health "
                        "services and hits older residents hardest; water scarcity "
                        "affects tourism and farming around the city; congestion "
                        "worsens air quality and slows deliveries to small shops. "
                        "Treating each problem separately often moves it elsewhere, "
                        "which is why the cities lead group discussed innovation, "
                        "climate change readiness and sustainable development together "
                        "rather than as separate themes."
                    ),
                ],
                [
                    "Responses that work across the region",
                    (
                        "Describe problems as challenges. A clear statement of a city "
                        "problem, without naming a technology, invites a wider range "
                        "of solutions and makes it easier for small companies to "
                        "respond."
                    ),
                    (
                        "Talk to the market early. Information days and preliminary "
                        "market consultations help cities understand what is possible "
                        "and help companies prepare."
                    ),
                    (
                        "Test before scaling. Small, well-measured pilots reduce risk "
                        "for both sides and build evidence for larger purchases."
                    ),
                    (
                        "Open procurement to SMEs. Lots, proportionate requirements, "
                        "outcome-based specifications and prompt payment all widen "
                        "competition."
                    ),
                    (
                        "Cooperate between cities. Cities that share challenges can "
                        "share specifications, results and sometimes contracts, "
                        "creating larger markets for innovative firms."
                    ),
                    (
                        "Measure and share results. A small set of indicators, "
                        "reported every year, shows whether actions are working and "
                        "helps other cities learn."
                    ),
                    (
                        "Questions for discussion. Which of these pressures matters "
                        "most in your city today, and which will matter most in ten "
                        "years? Which responses has your organisation already tried, "
                        "and what did it learn? Where could a partnership with small "
                        "companies, or with another city, help you go further?"
                    ),
                ],
            ],
        },
        "links": [],
    },
    {
        "slug": "smes-and-the-smart-city-market-barriers-and-enablers",
        "title": "SMEs and the smart-city market: barriers and enablers",
        "resource_type": "report",
        "audience": "smes",
        "topics": ["innovation", "smart-city-solutions", "procurement-of-innovation"],
        "cities": [],
        "language": "en",
        "published": "2021-03-22",
        "summary": (
            "Why small and medium-sized enterprises matter for smart cities, what "
            "stops them from selling to municipalities, and which support measures and "
            "procurement practices help them succeed."
        ),
        "body": [
            ("heading", "Why SMEs matter"),
            (
                "paragraph",
                (
                    "<p>Small and medium-sized enterprises are about 99% of all "
                    "businesses in the European Union. They employ more than 100 "
                    "million people and generate more than half of the EU's gross "
                    "domestic product. Many of the most creative urban technologies "
                    "and services, from sensor networks to mobility apps and green "
                    "building techniques, are developed by small firms. Yet their "
                    "share of public contracts is lower than their weight in the "
                    "economy suggests.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "EU definition of SMEs",
                    "header": [
                        "Category",
                        "Staff headcount",
                        "Turnover or balance sheet total",
                    ],
                    "rows": [
                        [
                            "Medium-sized",
                            "Fewer than 250",
                            (
                                "Turnover up to €50 million or balance sheet up to €43 "
                                "million"
                            ),
                        ],
                        [
                            "Small",
                            "Fewer than 50",
                            "Turnover or balance sheet up to €10 million",
                        ],
                        [
                            "Micro",
                            "Fewer than 10",
                            "Turnover or balance sheet up to €2 million",
                        ],
                    ],
                },
            ),
            ("heading", "Common barriers"),
            (
                "paragraph",
                (
                    "<ul><li><strong>Visibility:</strong> SMEs often do not know about "
                    "opportunities, or learn about them too "
                    "late.</li><li><strong>Contract size:</strong> large, bundled "
                    "contracts exceed their "
                    "capacity.</li><li><strong>Requirements:</strong> high turnover "
                    "thresholds, long lists of references and heavy paperwork exclude "
                    "young firms.</li><li><strong>Cash flow:</strong> late payment and "
                    "long pilots without payment strain small "
                    "budgets.</li><li><strong>Knowledge of the customer:</strong> "
                    "companies may not understand how cities decide, budget and "
                    "buy.</li></ul>"
                ),
            ),
            ("heading", "What helps"),
            (
                "paragraph",
                (
                    "<p>On the city side, the most effective measures are preliminary "
                    "market consultation, division of contracts into lots, "
                    "proportionate selection criteria, outcome-based specifications "
                    "and prompt payment. On the company side, support services make a "
                    "difference. SME4SMARTCITIES, for example, planned to support 50 "
                    "SMEs through a training programme for companies entering the "
                    "smart-city market and a consultancy platform covering idea "
                    "generation, concept definition, development, market testing and "
                    "access to new markets, together with a co-creation programme "
                    "among Mediterranean SMEs.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "takeaway",
                    "text": (
                        "<p>Barriers on both sides are mostly about information and "
                        "proportion. Better dialogue and smaller, clearer "
                        "opportunities do more than any single rule change.</p>"
                    ),
                },
            ),
        ],
        "attachment": {
            "title": "Fact sheet: SMEs and public buyers (PDF)",
            "pages": [
                [
                    "Fact sheet: SMEs and public buyers",
                    (
                        "Small and medium-sized enterprises make up about 99% of "
                        "businesses in the European Union, employ more than 100 "
                        "million people and produce more than half of the EU's gross "
                        "domestic product. Under the EU definition, an SME has fewer "
                        "than 250 staff; a small enterprise has fewer than 50 and a "
                        "micro-enterprise fewer than 10, with financial ceilings for "
                        "each category."
                    ),
                    (
                        "What SMEs bring to cities. Specialised know-how, speed, "
                        "willingness to adapt a product to local needs, local jobs and "
                        "a presence close to the customer. In the smart-city field, "
                        "many new solutions first appear in small firms and start-ups."
                    ),
                    (
                        "What holds them back. Limited awareness of opportunities, "
                        "contracts that are too large or too broad, disproportionate "
                        "requirements, administrative burden, cash-flow pressure and "
                        "little experience of how public bodies buy."
                    ),
                    (
                        "What cities can do. Announce plans early and consult the "
                        "market. Divide contracts into lots. Set turnover and "
                        "reference requirements in proportion to the contract. Accept "
                        "self-declarations at the bidding stage. Describe outcomes "
                        "instead of products. Pay on time and consider milestone "
                        "payments."
                    ),
                    (
                        "What SMEs can do. Follow city strategies and tender portals, "
                        "attend market consultations, build partnerships with "
                        "complementary firms, collect evidence from every project and "
                        "ask for feedback after every bid."
                    ),
                ],
            ],
        },
        "links": [],
    },
    {
        "slug": "green-public-procurement-and-circular-economy-introduction",
        "title": "Green public procurement and the circular economy: an introduction",
        "resource_type": "report",
        "audience": "city_staff",
        "topics": ["sustainable-development", "procurement-of-innovation"],
        "cities": ["Malaga"],
        "language": "en",
        "published": "2022-11-14",
        "summary": (
            "An introduction for municipal staff to buying goods, services and works "
            "with a lower environmental impact and to circular procurement, with "
            "priority categories, practical steps and the role of local SMEs."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Public authorities are major buyers, so their choices shape "
                    "markets. Green public procurement means choosing goods, services "
                    "and works with a reduced environmental impact throughout their "
                    "life cycle. Circular procurement goes a step further: it favours "
                    "products that last, can be repaired, reused or recycled, and "
                    "business models in which the city buys a service rather than "
                    "owning equipment. The SME4SMARTCITIES project produced a course "
                    "on circular economy and green procurement, and this report offers "
                    "a short introduction to the same ideas.</p>"
                ),
            ),
            ("heading", "Where cities can make a difference"),
            (
                "table",
                {
                    "caption": "Priority categories and example approaches",
                    "header": ["Category", "Example approaches"],
                    "rows": [
                        [
                            "Food and catering",
                            (
                                "Seasonal and local produce where lawful, less food "
                                "waste, reusable tableware"
                            ),
                        ],
                        [
                            "Furniture and equipment",
                            (
                                "Refurbished items, repair services, take-back at end "
                                "of life"
                            ),
                        ],
                        [
                            "Computers and phones",
                            (
                                "Energy efficiency, longer warranties, refurbishment "
                                "and resale"
                            ),
                        ],
                        [
                            "Construction and public space",
                            (
                                "Recycled materials, designs for disassembly, "
                                "permeable surfaces"
                            ),
                        ],
                        [
                            "Cleaning and maintenance",
                            (
                                "Low-impact products, concentrated refills, efficient "
                                "machines"
                            ),
                        ],
                    ],
                },
            ),
            ("heading", "Practical steps"),
            (
                "paragraph",
                (
                    "<ol><li>Review upcoming tenders and pick two or three where "
                    "environmental impact and spending are high.</li><li>Use "
                    "life-cycle costing to compare options, including energy, "
                    "maintenance and disposal, not only purchase "
                    "price.</li><li>Consult the market to see what greener options "
                    "exist and at what cost.</li><li>Include clear, verifiable "
                    "environmental criteria and ask for labels or equivalent "
                    "evidence.</li><li>Monitor performance during the contract and "
                    "report the results.</li></ol>"
                ),
            ),
            ("heading", "Opportunities for local SMEs"),
            (
                "paragraph",
                (
                    "<p>Circular procurement creates demand for services that small "
                    "local firms are well placed to provide: repair, refurbishment, "
                    "reuse, composting and local maintenance. In a city with a large "
                    "hospitality and tourism sector, such as Malaga, for example, a "
                    "municipality could use its catering and event contracts to "
                    "encourage reusable tableware and food waste reduction among local "
                    "suppliers (illustrative example).</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Start small. One well-designed green tender that is "
                        "monitored and reported teaches more than a long policy that "
                        "is never applied.</p>"
                    ),
                },
            ),
        ],
        "attachment": None,
        "links": [],
    },
    # ------------------------------------------------------------------
    # Policy briefs
    # ------------------------------------------------------------------
    {
        "slug": "opening-public-procurement-to-smes-policy-brief",
        "title": "Opening public procurement to SMEs: five levers for cities",
        "resource_type": "policy_brief",
        "audience": "city_staff",
        "topics": ["procurement-of-innovation", "public-private-collaboration"],
        "cities": ["Murcia"],
        "language": "en",
        "published": "2022-02-28",
        "summary": (
            "A short policy brief for councillors and senior officials on five "
            "practical levers that make municipal contracts more accessible to small "
            "and medium-sized enterprises without lowering standards."
        ),
        "body": [
            ("heading", "Summary"),
            (
                "paragraph",
                (
                    "<p>Small and medium-sized enterprises are the backbone of "
                    "Mediterranean local economies, yet they win a smaller share of "
                    "public contracts than their weight in the economy would suggest. "
                    "Cities that open their procurement to SMEs gain more competition, "
                    "more innovation and stronger local businesses. This brief sets "
                    "out five levers that councils can adopt as policy, in line with "
                    "the approach promoted by the SME4SMARTCITIES project, whose lead "
                    "partner is a business and innovation centre in Murcia.</p>"
                ),
            ),
            ("heading", "Five levers"),
            (
                "paragraph",
                (
                    "<ol><li><strong>Publish a forward procurement plan.</strong> A "
                    "yearly list of planned tenders gives small firms time to prepare "
                    "and find partners.</li><li><strong>Consult before "
                    "buying.</strong> Make preliminary market consultation standard "
                    "practice for contracts involving new "
                    "solutions.</li><li><strong>Divide into lots by default.</strong> "
                    "Require departments to justify in writing any decision not to use "
                    "lots.</li><li><strong>Keep requirements proportionate.</strong> "
                    "Set turnover, insurance and reference requirements according to "
                    "the size and risk of each contract, and accept self-declarations "
                    "at the bidding stage.</li><li><strong>Pay on time.</strong> "
                    "Monitor payment times publicly and use milestone payments in "
                    "pilots and longer contracts.</li></ol>"
                ),
            ),
            ("heading", "What it takes to implement"),
            (
                "paragraph",
                (
                    "<p>These levers need little new legislation. They depend on "
                    "leadership, simple internal rules and training for procurement "
                    "officers and service managers. A council resolution, an annual "
                    "report on the share of contracts won by SMEs and a named contact "
                    "for businesses are low-cost ways to show commitment.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Indicators for an annual report",
                    "header": ["Indicator", "Why it matters"],
                    "rows": [
                        [
                            "Share of contract value awarded to SMEs",
                            "Shows whether access is improving",
                        ],
                        ["Average number of bids per tender", "Measures competition"],
                        [
                            "Share of tenders divided into lots",
                            "Tracks use of the main structural lever",
                        ],
                        ["Average payment time", "Affects SMEs' cash flow directly"],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>Opening procurement to SMEs does not mean favouring local "
                        "firms. Equal treatment applies to all bidders, wherever they "
                        "are based.</p>"
                    ),
                },
            ),
        ],
        "attachment": {
            "title": "Policy brief summary for decision-makers (PDF)",
            "pages": [
                [
                    "Opening public procurement to SMEs: summary for decision-makers",
                    (
                        "Why act. Small and medium-sized enterprises account for about "
                        "99% of businesses in the European Union and for more than "
                        "half of its economic output, but many rarely bid for public "
                        "contracts. When they do not take part, cities lose "
                        "competition, new ideas and the chance to support local growth."
                    ),
                    (
                        "What to decide. The council can adopt five simple "
                        "commitments: publish a forward procurement plan each year; "
                        "make preliminary market consultation normal practice for "
                        "contracts involving new solutions; divide contracts into lots "
                        "unless there is a recorded reason not to; set selection "
                        "requirements in proportion to each contract; and pay "
                        "suppliers on time, with milestone payments where appropriate."
                    ),
                    (
                        "What it costs. The measures mainly require staff time for "
                        "planning, consultation and training. Experience suggests that "
                        "wider competition and better-designed contracts can offset "
                        "that time through better value."
                    ),
                    (
                        "How to follow up. Ask for an annual report with four "
                        "indicators: the share of contract value awarded to SMEs, the "
                        "average number of bids per tender, the share of tenders "
                        "divided into lots and the average payment time. Publish the "
                        "report and discuss it with business organisations."
                    ),
                    (
                        "A reminder. Fair access is not preference. Every bidder must "
                        "be treated equally, and contracts must still be awarded to "
                        "the offer that gives the best value under the published "
                        "criteria."
                    ),
                ],
            ],
        },
        "links": [],
    },
    {
        "slug": "appalti-innovativi-e-pmi-indicazioni-per-i-comuni",
        "title": "Appalti innovativi e PMI: cinque indicazioni per i comuni",
        "resource_type": "policy_brief",
        "audience": "both",
        "topics": ["procurement-of-innovation", "innovation"],
        "cities": ["Genova"],
        "language": "it",
        "published": "2022-04-26",
        "summary": (
            "Una nota di indirizzo per amministratori e funzionari comunali: come "
            "usare gli appalti pubblici per favorire l'innovazione e aprire le gare "
            "alle piccole e medie imprese, con cinque indicazioni pratiche."
        ),
        "body": [
            ("heading", "Premessa"),
            (
                "paragraph",
                (
                    "<p>I comuni acquistano ogni anno beni, servizi e lavori per "
                    "importi rilevanti. Se usata con intelligenza, questa domanda "
                    "pubblica può stimolare soluzioni nuove ai problemi urbani e "
                    "offrire alle piccole e medie imprese un primo cliente esigente. È "
                    "uno degli obiettivi del progetto di cooperazione "
                    "<strong>SME4SMARTCITIES</strong>, finanziato dall'Unione europea "
                    "nell'ambito del programma ENI CBC Bacino del Mediterraneo, al "
                    "quale ha partecipato, con sede a Genova, un'agenzia finanziaria e "
                    "per l'innovazione della Regione Liguria.</p>"
                ),
            ),
            ("heading", "Cinque indicazioni"),
            (
                "paragraph",
                (
                    "<ol><li><strong>Partire dal bisogno.</strong> Descrivere il "
                    "problema da risolvere, non il prodotto da comprare, e individuare "
                    "il servizio che ne sarà responsabile dopo la "
                    "sperimentazione.</li><li><strong>Consultare il mercato prima "
                    "della gara.</strong> Le direttive europee del 2014 consentono le "
                    "consultazioni preliminari di mercato, purché svolte in modo "
                    "trasparente e senza falsare la "
                    "concorrenza.</li><li><strong>Chiedere risultati, non "
                    "caratteristiche.</strong> Specifiche funzionali e basate sulle "
                    "prestazioni lasciano spazio a idee "
                    "diverse.</li><li><strong>Scegliere lo strumento adatto.</strong> "
                    "Appalti pre-commerciali quando serve ricerca e sviluppo; "
                    "partenariato per l'innovazione quando si vogliono sviluppare e "
                    "poi acquistare le soluzioni con un'unica procedura; procedure "
                    "ordinarie quando la soluzione esiste già.</li><li><strong>Aprire "
                    "le gare alle PMI.</strong> Suddividere in lotti, fissare "
                    "requisiti proporzionati, ammettere raggruppamenti di imprese e "
                    "pagare nei tempi previsti.</li></ol>"
                ),
            ),
            ("heading", "Il ruolo della collaborazione tra comuni"),
            (
                "paragraph",
                (
                    "<p>Molte città del Mediterraneo affrontano problemi simili: "
                    "calore, scarsità d'acqua, alluvioni improvvise, traffico. "
                    "Condividere capitolati, risultati delle sperimentazioni e, dove "
                    "possibile, acquistare insieme permette di creare mercati più ampi "
                    "per le soluzioni innovative e di ridurre i rischi per ciascun "
                    "ente.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Per le imprese: seguite i piani di acquisto dei comuni, "
                        "partecipate alle consultazioni di mercato e chiedete sempre "
                        "un riscontro dopo ogni gara, anche quando non la vincete.</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Verifiche prima di pubblicare una gara innovativa",
                    "items": [
                        "Il bisogno è descritto senza indicare una tecnologia.",
                        "È stata svolta una consultazione preliminare di mercato.",
                        (
                            "La procedura scelta è coerente con la maturità delle "
                            "soluzioni."
                        ),
                        (
                            "La gara è suddivisa in lotti, o la scelta contraria è "
                            "motivata."
                        ),
                        (
                            "I requisiti di partecipazione sono proporzionati al "
                            "contratto."
                        ),
                    ],
                },
            ),
        ],
        "attachment": None,
        "links": [],
    },
    {
        "slug": "heat-resilience-policy-brief-for-local-authorities-hebrew",
        "title": "היערכות לגלי חום: המלצות מדיניות לרשויות מקומיות",
        "resource_type": "policy_brief",
        "audience": "city_staff",
        "topics": ["climate-readiness", "sustainable-development"],
        "cities": ["Kfar Saba", "Herzliya"],
        "language": "he",
        "published": "2022-07-11",
        "summary": (
            "נייר מדיניות קצר לנבחרי ציבור ולמנהלים ברשויות המקומיות: מדוע גלי חום הם "
            "סיכון מרכזי לבריאות ולשירותים העירוניים, ואילו צעדים מעשיים אפשר לנקוט "
            "כבר עכשיו, בשיתוף עסקים קטנים ובינוניים."
        ),
        "body": [
            ("heading", "רקע"),
            (
                "paragraph",
                (
                    "<p>אגן הים התיכון מתחמם מהר יותר מהממוצע העולמי, וגלי החום נעשים "
                    "ארוכים ותכופים יותר. בערים צפופות החום מורגש במיוחד בגלל משטחים "
                    "סלולים, מיעוט צל ופליטת חום מתנועה וממזגנים. היערכות לשינויי "
                    "האקלים הייתה אחד משלושת הנושאים שנדונו בקבוצת הערים המובילות של "
                    "פרויקט <strong>SME4SMARTCITIES</strong>, שהתכנסה באופן מקוון בשנת "
                    "2021 בהנחיית עיריית כפר סבא.</p>"
                ),
            ),
            ("heading", "מדוע זה חשוב"),
            (
                "paragraph",
                (
                    "<p>חום קיצוני פוגע בעיקר בקשישים, בילדים קטנים, בעובדים בחוץ "
                    "ובתושבים החולים במחלות כרוניות או המתגוררים בדירות ללא קירור "
                    "מספק. הוא מעמיס על שירותי הבריאות והרווחה, מגדיל את צריכת החשמל "
                    "ופוגע בפעילות הכלכלית במרחב הציבורי. לרשות המקומית יש כלים רבים "
                    "להפחתת הסיכון, גם בלי השקעות עתק.</p>"
                ),
            ),
            ("heading", "המלצות"),
            (
                "paragraph",
                (
                    "<ol><li><strong>מיפוי:</strong> לזהות את הרחובות והשכונות החמים "
                    "ביותר ואת מקומות הריכוז של אוכלוסיות פגיעות.</li><li><strong>צל "
                    "ועצים:</strong> לתעדף נטיעות והצללה לאורך מסלולי הליכה לבתי ספר, "
                    "לתחנות אוטובוס ולמרכזי שירות.</li><li><strong>מרחבים "
                    "מקוררים:</strong> להגדיר מבני ציבור שישמשו מקלט מחום בשעות הקשות, "
                    "ולפרסם את מיקומם ושעות הפתיחה.</li><li><strong>נוהל "
                    "התרעה:</strong> לקבוע מראש מי מתקשר למי בזמן גל חום, כולל פנייה "
                    "יזומה לתושבים קשישים החיים לבדם.</li><li><strong>שיתוף "
                    "עסקים:</strong> להציג את אתגרי החום כקריאה לפתרונות, ולאפשר "
                    "לעסקים קטנים ובינוניים לבחון פתרונות בפיילוטים מדודים.</li></ol>"
                ),
            ),
            ("heading", "תפקידם של עסקים קטנים ובינוניים"),
            (
                "paragraph",
                (
                    "<p>חלק גדול מהפתרונות להתמודדות עם חום מגיע מחברות קטנות: חיישנים "
                    "למדידת טמפרטורה בגובה הרחוב, מיפוי תרמי, גגות ירוקים וקירות "
                    "מוצלים, חומרי ציפוי מחזירי אור ושירותי ניתוח נתונים. כדי לאפשר "
                    "להן להשתתף, כדאי לנסח את האתגר במונחים של תוצאה מדידה, למשל הפחתת "
                    "הטמפרטורה לאורך מסלול הליכה, לחלק מכרזים גדולים למנות קטנות יותר "
                    "ולהגדיר מראש כיצד תימדד הצלחת הפיילוט.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "מדדים מוצעים למעקב",
                    "header": ["מדד", "מקור הנתונים"],
                    "rows": [
                        ["שיעור כיסוי הצמרות לפי שכונה", "סקר עצים או צילומי אוויר"],
                        ["שיעור התושבים במרחק הליכה קצר ממרחב מקורר", "ניתוח מרחבי"],
                        ["מספר הפניות למוקד העירוני בימי שרב", "מוקד עירוני"],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "takeaway",
                    "text": (
                        "<p>ההיערכות לחום מתחילה במידע: לדעת היכן חם, מי נפגע ומי "
                        "אחראי לפעול. רשויות סמוכות, כמו כפר סבא והרצליה, יכולות ללמוד "
                        "זו מזו ולשתף נתונים ופתרונות.</p>"
                    ),
                },
            ),
        ],
        "attachment": None,
        "links": [],
    },
    {
        "slug": "data-and-interoperability-in-smart-city-solutions-policy-brief",
        "title": "Data and interoperability: keeping smart-city solutions open",
        "resource_type": "policy_brief",
        "audience": "city_staff",
        "topics": ["smart-city-solutions", "innovation"],
        "cities": ["Tel Aviv"],
        "language": "en",
        "published": "2023-09-19",
        "summary": (
            "A policy brief on how cities can avoid lock-in and keep control of their "
            "data when they buy smart-city solutions, with recommended contract "
            "clauses and a checklist for procurement teams."
        ),
        "body": [
            ("heading", "The issue"),
            (
                "paragraph",
                (
                    "<p>Smart-city solutions produce data: readings from sensors, "
                    "records of bookings, reports from residents. When each system "
                    "stores its data in its own closed format, the city cannot combine "
                    "information from different services, cannot easily change "
                    "supplier and may even have to pay to access data about its own "
                    "streets. Large cities such as Tel Aviv, which run many digital "
                    "services, and small towns buying their first connected system "
                    "face the same risk.</p>"
                ),
            ),
            ("heading", "Recommendations"),
            (
                "paragraph",
                (
                    "<ol><li><strong>Keep ownership of city data.</strong> Contracts "
                    "should state that data generated in delivering a public service "
                    "belongs to the city, or that the city has full and free rights to "
                    "use it.</li><li><strong>Ask for open interfaces.</strong> Require "
                    "documented interfaces and widely used, open formats, so that "
                    "other systems can read the data.</li><li><strong>Publish what can "
                    "be published.</strong> Non-personal data, such as occupancy of "
                    "loading bays or water levels, can be released as open data for "
                    "companies and researchers to use.</li><li><strong>Protect privacy "
                    "by design.</strong> Collect only the personal data that is "
                    "needed, anonymise where possible and assess risks before the "
                    "pilot starts.</li><li><strong>Plan the exit.</strong> Agree how "
                    "data will be handed over and in what format if the contract ends "
                    "or the supplier changes.</li></ol>"
                ),
            ),
            ("heading", "Why this helps SMEs too"),
            (
                "paragraph",
                (
                    "<p>Open interfaces lower the barrier for small companies, which "
                    "can build a service on top of existing city data instead of "
                    "replacing a whole system. They also allow a city to buy in "
                    "smaller pieces, which suits SMEs better than one large, "
                    "all-in-one contract.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Data clauses checklist for procurement teams",
                    "items": [
                        "Data ownership and usage rights are defined.",
                        "Interfaces and data formats are documented and open.",
                        (
                            "Personal data is identified and a privacy assessment is "
                            "planned."
                        ),
                        "Data handover at the end of the contract is described.",
                        (
                            "Publication of non-personal data as open data has been "
                            "considered."
                        ),
                    ],
                },
            ),
        ],
        "attachment": None,
        "links": [
            {
                "title": "data.europa.eu: the official portal for European data",
                "url": "https://data.europa.eu/",
            },
        ],
    },
    # ------------------------------------------------------------------
    # Videos (written transcripts)
    # ------------------------------------------------------------------
    {
        "slug": "video-what-cities-look-for-in-an-sme-partner",
        "title": "Video: what cities look for in an SME partner",
        "resource_type": "video",
        "audience": "smes",
        "topics": ["public-private-collaboration", "innovation"],
        "cities": ["Murcia"],
        "language": "en",
        "published": "2021-10-18",
        "summary": (
            "A short talk for small companies on how municipal teams judge potential "
            "partners, and on the habits that build trust before, during and after a "
            "first project. Presented here as a written transcript."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p><em>This short talk was recorded for the Academy. The "
                    "recording is summarised here as a transcript, lightly edited for "
                    "reading.</em></p><p>Speaker: an innovation adviser who supports "
                    "small companies working with public bodies.</p>"
                ),
            ),
            ("heading", "Transcript"),
            (
                "paragraph",
                (
                    "<p>Good morning, everyone. I want to talk for a few minutes about "
                    "the other side of the table. When you meet a city, you are "
                    "thinking about your product. The people opposite you are thinking "
                    "about something else: their residents, their budget, their boss "
                    "and the risk of something going wrong in public. If you "
                    "understand that, most of what I am going to say follows "
                    "naturally.</p><p>The first thing cities look for is "
                    "understanding. Not of your technology, but of their problem. "
                    "Imagine a municipal team in a city like Murcia that is worried "
                    "about water use in its parks. The company that opens with 'here "
                    "is our sensor' is less interesting than the one that asks how "
                    "irrigation is scheduled today, who does it and what went wrong "
                    "last summer. Ask questions before you present.</p><p>The second "
                    "thing is reliability. Public officials are accountable. If a "
                    "pilot fails because the supplier did not turn up, it is the "
                    "official who explains it to the council. So show that you keep "
                    "your promises: answer emails, send what you said you would send, "
                    "and be honest about what your solution cannot do.</p><p>Third, "
                    "cities value partners who understand the rules. You do not need "
                    "to be a procurement lawyer, but you should know that a city "
                    "cannot simply hand you a contract because it likes you. Respect "
                    "the process. Take part in market consultations, read tender "
                    "documents carefully and never ask for special "
                    "treatment.</p><p>Fourth, evidence. Bring figures from earlier "
                    "work, even small projects. Propose how your results will be "
                    "measured. A city that can show measured results to its council is "
                    "a city that will buy again.</p><p>And finally, think beyond the "
                    "first contract. Cities talk to each other. A well-run project "
                    "with one municipality becomes your best introduction to the next "
                    "one, in your own country and across the Mediterranean.</p><p>So, "
                    "to sum up: understand the problem, be reliable, respect the "
                    "rules, bring evidence and think long term. Thank you.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "takeaway",
                    "text": (
                        "<p>Understanding, reliability, respect for the rules and "
                        "evidence matter more to a city than a polished product "
                        "demonstration.</p>"
                    ),
                },
            ),
        ],
        "attachment": None,
        "links": [],
    },
    {
        "slug": "video-climate-briefing-for-city-staff",
        "title": (
            "Video: heat, drought and floods, a five-minute climate briefing for city "
            "staff"
        ),
        "resource_type": "video",
        "audience": "city_staff",
        "topics": ["climate-readiness"],
        "cities": ["Eilat", "Malaga"],
        "language": "en",
        "published": "2022-05-23",
        "summary": (
            "A five-minute briefing for municipal employees in any department on the "
            "main climate hazards facing Mediterranean cities and what each service "
            "can do. Presented here as a written transcript."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p><em>This short talk was recorded for the Academy. The "
                    "recording is summarised here as a transcript, lightly edited for "
                    "reading.</em></p><p>Speaker: a climate adaptation adviser working "
                    "with local authorities.</p>"
                ),
            ),
            ("heading", "Transcript"),
            (
                "paragraph",
                (
                    "<p>Hello. In the next five minutes I want to convince you that "
                    "climate change is not only the business of the environment "
                    "department. It touches almost every service in a city, including "
                    "yours.</p><p>Let me start with heat. Around the Mediterranean, "
                    "summers are getting longer and hotter. In a desert city such as "
                    "Eilat, extreme heat is part of every summer. In coastal cities "
                    "such as Malaga, hot nights in the middle of summer are becoming "
                    "more frequent. Heat is a health issue first of all. Older people, "
                    "young children and outdoor workers are most at risk. If you work "
                    "in social services, you may be the person who knows which "
                    "residents live alone. If you manage parks, you decide where the "
                    "shade is. If you run a library, your building might become a cool "
                    "refuge.</p><p>Second, water. Dry years are becoming more common, "
                    "and when they come, every litre counts. Parks, fountains, street "
                    "cleaning, sports facilities: all of these use water. Knowing how "
                    "much your service uses, and where it is wasted, is the first "
                    "step.</p><p>Third, sudden floods. Intense storms can drop a month "
                    "of rain in an afternoon. Drains that are blocked, underpasses "
                    "that fill up, basements that flood: these are everyday "
                    "maintenance questions that become emergencies in a few minutes. "
                    "Road, cleaning and civil protection teams all have a part to "
                    "play.</p><p>Fourth, the coast. Storms and rising seas wear away "
                    "beaches and damage promenades and ports. Planning and tourism "
                    "departments need to think decades ahead.</p><p>So what can you do "
                    "on Monday morning? Three things. Find out whether your city has a "
                    "climate risk assessment and what it says about your service. Ask "
                    "who leads on heat and flood emergencies, and what your team is "
                    "expected to do. And when you plan a purchase, whether it is "
                    "paving, a vehicle or a building, ask how it will perform in a "
                    "hotter, drier and sometimes wetter climate.</p><p>Climate "
                    "readiness is built from many small decisions. Most of them are "
                    "made by people like you. Thank you for listening.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "After watching",
                    "items": [
                        "Find your city's climate risk assessment or adaptation plan.",
                        "Identify who leads on heat and flood emergencies.",
                        (
                            "List one decision in your service that could reduce "
                            "climate risk."
                        ),
                    ],
                },
            ),
        ],
        "attachment": None,
        "links": [],
    },
    {
        "slug": "video-from-pilot-to-scale",
        "title": (
            "Video: from pilot to scale, turning a successful test into a contract"
        ),
        "resource_type": "video",
        "audience": "both",
        "topics": ["smart-city-solutions", "procurement-of-innovation"],
        "cities": ["Molina de Segura"],
        "language": "en",
        "published": "2024-05-20",
        "summary": (
            "A short talk for cities and companies on why many successful pilots never "
            "become contracts, and on the planning, evidence and procurement steps "
            "that help them scale. Presented here as a written transcript."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p><em>This short talk was recorded for the Academy. The "
                    "recording is summarised here as a transcript, lightly edited for "
                    "reading.</em></p><p>Speaker: a procurement adviser who works with "
                    "municipalities and technology companies.</p>"
                ),
            ),
            ("heading", "Transcript"),
            (
                "paragraph",
                (
                    "<p>Thank you for joining. Today's topic has a slightly sad name "
                    "among people who work in this field: 'pilot purgatory'. It "
                    "describes the many smart-city pilots that go well, produce a nice "
                    "report, and then stop. Nobody decided to stop them. They simply "
                    "had nowhere to go.</p><p>Why does this happen? I see three "
                    "reasons again and again. First, the pilot was paid from a special "
                    "innovation budget, and nobody put money for the full service into "
                    "the department's regular budget. Second, the pilot was set up "
                    "informally, so when the city wants to buy at scale, it has to run "
                    "a full tender and the pilot company has no guarantee of winning. "
                    "Third, nobody defined in advance what success meant, so the "
                    "results are open to interpretation.</p><p>The good news is that "
                    "all three can be solved at the beginning. Imagine a medium-sized "
                    "town such as Molina de Segura testing a new system for reporting "
                    "faults in street lighting. Before the pilot starts, the team "
                    "agrees with the lighting department what results would justify "
                    "rolling the system out across the town. The lighting department "
                    "puts an estimate for the full service into next year's budget "
                    "request, to be confirmed only if the pilot succeeds. And the "
                    "procurement officer explains how the town would buy at scale: "
                    "through a new open procedure, informed by the pilot, or, if the "
                    "pilot was itself part of an innovation partnership, by moving to "
                    "the purchase phase.</p><p>For companies, my advice is this. Ask "
                    "these questions before you agree to a pilot. What happens if it "
                    "works? Who will pay for the full service? How will the city buy "
                    "it? If nobody can answer, the pilot may still be worth doing, but "
                    "go in with your eyes open.</p><p>And for cities: be honest with "
                    "suppliers. A free pilot does not oblige you to buy, and it should "
                    "not, because other companies must be able to compete. But say "
                    "clearly what the path to scale looks like, and publish the "
                    "results so that the whole market can learn.</p><p>Pilots are "
                    "valuable. But the aim is not a good pilot. The aim is a better "
                    "service for residents. Thank you.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Agree three things before any pilot starts: what success "
                        "means, who would pay for the full service and how the city "
                        "would buy it.</p>"
                    ),
                },
            ),
        ],
        "attachment": None,
        "links": [],
    },
]
