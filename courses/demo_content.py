"""Demo course content loaded by `load_demo`: original teaching text for the
SME4SMARTCITIES-themed courses.
"""

COURSES = [
    # ------------------------------------------------------------------
    # Course 1: Selling innovation to cities
    # ------------------------------------------------------------------
    {
        "slug": "selling-innovation-to-cities",
        "title": "Selling innovation to cities",
        "summary": (
            "A practical guide for small and medium-sized enterprises on how cities "
            "buy innovative products and services, and how to read a tender, build a "
            "bid and deliver once you have won."
        ),
        "audience": "smes",
        "level": "intermediate",
        "access": "registered",
        "topics": [
            "procurement-of-innovation",
            "innovation",
            "public-private-collaboration",
        ],
        "learning_outcomes": [
            (
                "Explain how public buyers purchase goods and services and where "
                "innovation fits in their rules."
            ),
            (
                "Distinguish pre-commercial procurement, public procurement of "
                "innovative solutions and the innovation partnership."
            ),
            "Read a tender document and make a reasoned bid or no-bid decision.",
            (
                "Prepare a compliant, persuasive bid, alone or with SME partners, "
                "including a realistic pilot price."
            ),
            (
                "Manage a public contract after award and turn it into references for "
                "growth."
            ),
        ],
        "description": (
            "<p>Cities around the Mediterranean want new ways to cut energy use, "
            "manage water, move people and serve residents, and many of the best ideas "
            "come from small companies. Yet public purchasing can look like a closed "
            "world of forms, thresholds and deadlines.</p><p>This course opens that "
            "world up. It follows the journey of an SME from the first conversation "
            "with a city, through the tender and the bid, to delivering a pilot and "
            "using it to win the next contract. It draws on the aims of the "
            "<strong>SME4SMARTCITIES</strong> cooperation project, which set out to "
            "help cities become early buyers of innovation and to help SMEs build "
            "solutions that meet real urban needs.</p><h3>What you will "
            "need</h3><ul><li>About three hours, in short sessions if you "
            "prefer</li><li>A product or service you would like to sell to a public "
            "body</li><li>Ideally, a recent tender notice from your own country to "
            "practise on</li></ul>"
        ),
        "modules": [
            {
                "slug": "how-cities-buy",
                "title": "How cities buy",
                "introduction": (
                    "Before you can sell to a city you need to understand the rules it "
                    "works under and the choices its buyers can make. This module "
                    "explains the principles of public procurement, how market "
                    "consultation works and the three main routes for buying "
                    "innovation."
                ),
                "lessons": [
                    {
                        "slug": "the-public-buyers-world",
                        "title": "The public buyer's world",
                        "minutes": 12,
                        "body": [
                            ("heading", "Why public buying is different"),
                            (
                                "paragraph",
                                (
                                    "<p>A private company can phone a supplier it "
                                    "likes and place an order the same afternoon. A "
                                    "city usually cannot. It spends taxpayers' money, "
                                    "so the law asks it to show that every purchase "
                                    "was made fairly, openly and at a sensible price. "
                                    "Procurement officers are not being awkward when "
                                    "they ask for forms and evidence: they are "
                                    "protecting the process, and themselves, from "
                                    "challenge.</p><p>Across the European Union, "
                                    "public purchasing rests on a few core principles: "
                                    "<strong>transparency</strong>, <strong>equal "
                                    "treatment</strong>, "
                                    "<strong>non-discrimination</strong> and "
                                    "<strong>proportionality</strong>. In practice "
                                    "that means the city must tell every potential "
                                    "supplier the same thing at the same time, judge "
                                    "offers only against criteria it has published, "
                                    "and avoid demands that are out of scale with the "
                                    "contract. Countries outside the EU, including "
                                    "Israel, have their own national tender laws, but "
                                    "the same ideas of fairness and openness run "
                                    "through them.</p>"
                                ),
                            ),
                            ("heading", "Thresholds in plain terms"),
                            (
                                "paragraph",
                                (
                                    "<p>How much paperwork a purchase involves depends "
                                    "largely on its estimated value. EU rules set "
                                    "<strong>thresholds</strong>, revised every two "
                                    "years, above which a contract must be advertised "
                                    "across the whole Union using formal procedures. "
                                    "For local authorities buying supplies or "
                                    "services, the threshold sits in the low hundreds "
                                    "of thousands of euros; for building works it is "
                                    "several million. Below those figures national "
                                    "rules apply, and many countries allow simpler "
                                    "procedures for smaller contracts, such as "
                                    "requesting a few quotes or a short open "
                                    "call.</p><p>For an SME this matters in two ways. "
                                    "First, smaller contracts are often easier to win "
                                    "and are a good way to earn a first public "
                                    "reference. Second, a buyer must not split a large "
                                    "purchase into pieces just to stay below a "
                                    "threshold, so do not expect a city to bend the "
                                    "rules to give you a quick contract.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Common procedures and what they mean for "
                                        "suppliers"
                                    ),
                                    "header": [
                                        "Procedure",
                                        "How it works",
                                        "What it means for an SME",
                                    ],
                                    "rows": [
                                        [
                                            "Open procedure",
                                            (
                                                "Anyone may submit a full tender by "
                                                "the deadline."
                                            ),
                                            (
                                                "No pre-selection step; plan for a "
                                                "complete bid from the start."
                                            ),
                                        ],
                                        [
                                            "Restricted procedure",
                                            (
                                                "Suppliers first apply to be "
                                                "shortlisted; only those invited "
                                                "submit tenders."
                                            ),
                                            (
                                                "Your selection questionnaire must "
                                                "stand out, or you never reach the "
                                                "tender stage."
                                            ),
                                        ],
                                        [
                                            "Competitive procedure with negotiation",
                                            (
                                                "The buyer negotiates with shortlisted "
                                                "suppliers on initial offers."
                                            ),
                                            (
                                                "Room to refine your solution, but "
                                                "more meetings and rounds."
                                            ),
                                        ],
                                        [
                                            "Competitive dialogue",
                                            (
                                                "The buyer discusses possible "
                                                "solutions with suppliers before final "
                                                "tenders."
                                            ),
                                            (
                                                "Suits complex or novel needs; "
                                                "time-consuming but rewards good ideas."
                                            ),
                                        ],
                                        [
                                            "Low-value or simplified purchase",
                                            (
                                                "National rules, often a few quotes or "
                                                "a short call."
                                            ),
                                            (
                                                "Fast and light; an ideal first step "
                                                "into the public market."
                                            ),
                                        ],
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Most cities publish an annual or "
                                        "multi-year <strong>procurement plan</strong> "
                                        "and a list of contracts due for renewal. "
                                        "Reading it tells you what is coming months "
                                        "before a notice appears, which is exactly "
                                        "when you want to start talking to the "
                                        "buyer.</p>"
                                    ),
                                },
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "The suppliers we remember are the ones who "
                                        "understood our constraints before they told "
                                        "us about their product."
                                    ),
                                    "attribution": (
                                        "Head of procurement, a mid-sized Spanish "
                                        "municipality"
                                    ),
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Finally, remember that a city is not a single "
                                    "customer. The <em>budget holder</em> (for example "
                                    "the environment department), the <em>users</em> "
                                    "(staff or residents) and the <em>procurement "
                                    "team</em> all have a say. A successful supplier "
                                    "learns what each of them needs: a solved problem, "
                                    "a tool that is easy to use, and a process that "
                                    "will survive an audit.</p>"
                                ),
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "market-consultation",
                        "title": "Market consultation: being in the room early",
                        "minutes": 11,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Before launching a tender, a city may run a "
                                    "<strong>preliminary market consultation</strong>. "
                                    "The aim is to learn what the market can offer, "
                                    "test whether its needs are realistic and tell "
                                    "suppliers what is coming. EU rules explicitly "
                                    "allow this, as long as the buyer does not distort "
                                    "competition or give one company an unfair head "
                                    "start.</p><p>Consultation takes many forms: a "
                                    "published prior information notice, an online "
                                    "questionnaire, an open market day where suppliers "
                                    "present their ideas, or one-to-one meetings "
                                    "offered to every interested company on equal "
                                    "terms. For innovation purchases it is especially "
                                    "valuable, because the buyer may not know which "
                                    "technologies are mature enough to use.</p>"
                                ),
                            ),
                            ("heading", "How to make the most of it"),
                            (
                                "checklist",
                                {
                                    "title": "Preparing for a market consultation",
                                    "items": [
                                        (
                                            "Read the consultation document twice and "
                                            "note exactly which questions the city is "
                                            "asking."
                                        ),
                                        (
                                            "Answer in terms of the city's problem and "
                                            "outcomes, not your product catalogue."
                                        ),
                                        (
                                            "Give honest information on maturity, cost "
                                            "ranges and delivery times; unrealistic "
                                            "promises damage your credibility later."
                                        ),
                                        (
                                            "Point out requirements that would exclude "
                                            "SMEs without adding value, and suggest "
                                            "alternatives such as dividing the "
                                            "contract into lots."
                                        ),
                                        (
                                            "Mark genuinely confidential information "
                                            "clearly and keep it to a minimum."
                                        ),
                                        (
                                            "Ask when and how the tender is expected "
                                            "to be published."
                                        ),
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Taking part in a consultation does not "
                                        "guarantee you a contract, and it does not "
                                        "exclude you from bidding either. If you help "
                                        "shape the specification, the city may have to "
                                        "share the information you gave with all "
                                        "bidders to keep things fair. Do not hand over "
                                        "your core trade secrets.</p>"
                                    ),
                                },
                            ),
                            (
                                "case_study",
                                {
                                    "title": (
                                        "An open market day on urban mobility data"
                                    ),
                                    "city": "Malaga",
                                    "text": (
                                        "<p><em>An illustrative scenario based on "
                                        "challenges such cities face.</em> A city "
                                        "mobility department wants better information "
                                        "on how people move around its historic "
                                        "centre, but is unsure whether to buy sensors, "
                                        "use mobile data or rely on surveys. It "
                                        "publishes a short notice inviting companies "
                                        "to a half-day market session. Twelve firms "
                                        "attend, each given ten minutes and the same "
                                        "set of questions.</p><p>One small analytics "
                                        "company resists the temptation to demo its "
                                        "dashboard. Instead it explains what accuracy "
                                        "is achievable with each data source, what "
                                        "privacy safeguards each needs and roughly "
                                        "what each would cost per year. The department "
                                        "later divides its tender into two lots, data "
                                        "collection and analysis, partly because "
                                        "several SMEs said a single large contract "
                                        "would shut them out. The analytics firm bids "
                                        "for the analysis lot with a realistic "
                                        "proposal.</p>"
                                    ),
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Consultations are also a listening exercise "
                                    "for you. The questions a city asks reveal its "
                                    "worries: budget, data protection, staff workload, "
                                    "political visibility. Write those worries down. "
                                    "They are the points your eventual bid must "
                                    "answer, often more persuasively than a list of "
                                    "technical features.</p>"
                                ),
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "routes-to-buying-innovation",
                        "title": "PCP, PPI and the innovation partnership",
                        "minutes": 15,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>When a city wants something that does not yet "
                                    "exist off the shelf, it has three main tools. "
                                    "They differ in how close the solution is to "
                                    "market, who carries the risk and what the city "
                                    "buys at the end. Knowing which one you are facing "
                                    "tells you what kind of bid to prepare.</p>"
                                ),
                            ),
                            ("heading", "Three routes, three levels of maturity"),
                            (
                                "paragraph",
                                (
                                    "<p>In <strong>pre-commercial procurement "
                                    "(PCP)</strong> the city buys research and "
                                    "development services rather than a finished "
                                    "product. Several suppliers are typically "
                                    "contracted in parallel and compete through "
                                    "phases, such as solution design, prototyping and "
                                    "small-scale testing, with fewer suppliers going "
                                    "through at each stage. Risks and benefits are "
                                    "shared: suppliers usually keep the intellectual "
                                    "property, while the buyer gets rights to use the "
                                    "results. Because it concerns R&amp;D services, "
                                    "PCP falls outside the standard procurement "
                                    "directives, though it must still be run openly "
                                    "and fairly. It does not itself include buying the "
                                    "final solution at scale; that needs a separate "
                                    "procurement.</p><p>In <strong>public procurement "
                                    "of innovative solutions (PPI)</strong> the "
                                    "solution is close to market or newly available, "
                                    "and the city acts as an early or launch customer. "
                                    "It uses ordinary procedures, but writes its "
                                    "requirements in terms of functions and "
                                    "performance rather than a fixed technical design, "
                                    "leaving room for new approaches. Often several "
                                    "cities join forces to create a bigger, more "
                                    "attractive market.</p><p>The <strong>innovation "
                                    "partnership</strong> is a procedure in the EU "
                                    "procurement rules that combines development and "
                                    "purchase in a single process. The city selects "
                                    "one or more partners, the work proceeds in stages "
                                    "with agreed targets, and if the results meet the "
                                    "agreed performance and cost levels the city can "
                                    "buy the resulting product without a new "
                                    "tender.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": "Comparing the three routes",
                                    "header": [
                                        "",
                                        "PCP",
                                        "PPI",
                                        "Innovation partnership",
                                    ],
                                    "rows": [
                                        [
                                            "What is bought",
                                            "R&D services",
                                            "Innovative goods or services",
                                            "Development and the resulting product",
                                        ],
                                        [
                                            "Maturity of solution",
                                            "Idea to prototype",
                                            "Near or new to market",
                                            "Needs development",
                                        ],
                                        [
                                            "Number of suppliers",
                                            "Several, reduced by phase",
                                            "Usually one or a few",
                                            "One or more partners",
                                        ],
                                        [
                                            "Purchase at scale included?",
                                            "No, separate procurement",
                                            "Yes",
                                            "Yes, if targets are met",
                                        ],
                                    ],
                                },
                            ),
                            (
                                "accordion",
                                {
                                    "title": "Common questions from SMEs",
                                    "items": [
                                        {
                                            "heading": (
                                                "Which route is best for my company?"
                                            ),
                                            "text": (
                                                "<p>It depends on where your solution "
                                                "stands. An early-stage prototype fits "
                                                "PCP; a tested product with few "
                                                "customers fits PPI; an idea that "
                                                "needs development for one committed "
                                                "buyer may suit an innovation "
                                                "partnership.</p>"
                                            ),
                                        },
                                        {
                                            "heading": (
                                                "Do I lose my intellectual property?"
                                            ),
                                            "text": (
                                                "<p>Not necessarily. In PCP it is "
                                                "common for suppliers to keep "
                                                "ownership while the buyer gets "
                                                "licence rights. In every case, read "
                                                "the IP clauses in the tender "
                                                "documents carefully before you "
                                                "bid.</p>"
                                            ),
                                        },
                                        {
                                            "heading": (
                                                "Are these procedures only for large "
                                                "firms?"
                                            ),
                                            "text": (
                                                "<p>No. Phased approaches with smaller "
                                                "early contracts can be well suited to "
                                                "SMEs, especially those bidding with "
                                                "partners.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "What does a city buy in pre-commercial "
                                        "procurement?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Research and development services, "
                                                "usually from several competing "
                                                "suppliers"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "A finished product at full scale from "
                                                "a single supplier"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Consultancy advice on writing a tender"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "PCP covers R&D services; suppliers compete in "
                                        "phases and the purchase of the final solution "
                                        "at scale requires a separate procedure."
                                    ),
                                },
                                {
                                    "text": (
                                        "Which statements about preliminary market "
                                        "consultation are true? Select all that apply."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": (
                                                "It helps the city test whether its "
                                                "needs are realistic."
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Taking part guarantees the supplier a "
                                                "contract."
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Information given may need to be "
                                                "shared with other bidders to keep the "
                                                "process fair."
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "It is a chance to suggest dividing a "
                                                "contract into lots."
                                            ),
                                            "correct": True,
                                        },
                                    ],
                                    "explanation": (
                                        "Consultation informs the buyer and the "
                                        "market; it never guarantees a contract, and "
                                        "fairness may require the city to share "
                                        "information with all bidders."
                                    ),
                                },
                                {
                                    "text": (
                                        "Which procedure lets a city develop a "
                                        "solution and then buy it without a new tender "
                                        "if agreed targets are met?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": "The open procedure",
                                            "correct": False,
                                        },
                                        {
                                            "text": "The innovation partnership",
                                            "correct": True,
                                        },
                                        {
                                            "text": "Pre-commercial procurement",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "The innovation partnership combines "
                                        "development and purchase in one procedure, in "
                                        "stages with agreed performance and cost "
                                        "targets."
                                    ),
                                },
                                {
                                    "text": (
                                        "Why may a city not split a large purchase "
                                        "into several small contracts?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Because small contracts are always "
                                                "more expensive"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Because splitting to avoid a "
                                                "threshold would bypass the rules on "
                                                "advertising and competition"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Because SMEs are not allowed to win "
                                                "small contracts"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Thresholds decide how widely a contract must "
                                        "be advertised; splitting a purchase "
                                        "artificially to stay below them is not "
                                        "allowed. Dividing a contract into lots within "
                                        "one procedure is different and can help SMEs."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "from-tender-to-bid",
                "title": "From tender to bid",
                "introduction": (
                    "A tender is a set of instructions for winning a contract. This "
                    "module shows how to read one quickly, decide whether to bid, "
                    "write a response that scores well and team up with other SMEs "
                    "when you cannot do it alone."
                ),
                "lessons": [
                    {
                        "slug": "reading-a-tender",
                        "title": "Reading a tender and deciding to bid",
                        "minutes": 14,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Tender packs can run to hundreds of pages, but "
                                    "they follow a predictable structure. Learning "
                                    "where to look lets you judge in an hour whether "
                                    "an opportunity is worth a week of your team's "
                                    "time. The aim of a first read is not to start "
                                    "writing; it is to decide whether to bid at "
                                    "all.</p>"
                                ),
                            ),
                            (
                                "accordion",
                                {
                                    "title": "Anatomy of a typical tender pack",
                                    "items": [
                                        {
                                            "heading": "Contract notice",
                                            "text": (
                                                "<p>The public summary: who is buying, "
                                                "what, estimated value, duration, "
                                                "procedure, lots and deadlines. Read "
                                                "it first; it often settles the bid "
                                                "decision on its own.</p>"
                                            ),
                                        },
                                        {
                                            "heading": (
                                                "Specification or statement of "
                                                "requirements"
                                            ),
                                            "text": (
                                                "<p>What the city needs. Note whether "
                                                "requirements are written as fixed "
                                                "technical features or as functions "
                                                "and outcomes, which leave room for "
                                                "innovative answers. Mark every "
                                                "<em>must</em> and <em>shall</em>.</p>"
                                            ),
                                        },
                                        {
                                            "heading": (
                                                "Exclusion and selection criteria"
                                            ),
                                            "text": (
                                                "<p>Who may bid. Exclusion grounds "
                                                "cover matters such as unpaid taxes or "
                                                "certain convictions. Selection "
                                                "criteria test your economic and "
                                                "financial standing and technical "
                                                "ability, for example minimum "
                                                "turnover, insurance levels or similar "
                                                "past contracts.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Award criteria and weightings",
                                            "text": (
                                                "<p>How bids will be scored. Most "
                                                "contracts are awarded to the most "
                                                "economically advantageous tender, "
                                                "which balances price against quality. "
                                                "The weightings tell you where to "
                                                "spend your effort.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Contract terms",
                                            "text": (
                                                "<p>Payment terms, liability caps, "
                                                "intellectual property, service levels "
                                                "and penalties. These decide whether "
                                                "winning would actually be good for "
                                                "your business.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Instructions and forms",
                                            "text": (
                                                "<p>Page limits, formats, the "
                                                "submission portal and mandatory "
                                                "declarations. In EU procedures this "
                                                "often includes the European Single "
                                                "Procurement Document, a standard "
                                                "self-declaration.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            ("heading", "Making the bid or no-bid decision"),
                            (
                                "checklist",
                                {
                                    "title": (
                                        "Bid or no-bid: questions to answer honestly"
                                    ),
                                    "items": [
                                        (
                                            "Do we meet every selection criterion, "
                                            "alone or with partners?"
                                        ),
                                        (
                                            "Does our solution cover all mandatory "
                                            "requirements, or could it with reasonable "
                                            "effort?"
                                        ),
                                        (
                                            "Can we price it at a profit within the "
                                            "estimated budget?"
                                        ),
                                        (
                                            "Do we have the people to write the bid by "
                                            "the deadline without neglecting current "
                                            "clients?"
                                        ),
                                        (
                                            "Are the contract terms, especially "
                                            "liability and IP, acceptable?"
                                        ),
                                        (
                                            "Have we had any contact with this buyer, "
                                            "or are we a complete unknown?"
                                        ),
                                        (
                                            "Would winning lead to further "
                                            "opportunities with this or other cities?"
                                        ),
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Every tender has a window for "
                                        "<strong>clarification questions</strong>. Use "
                                        "it. If a requirement is unclear or seems to "
                                        "favour one technology, ask politely. Answers "
                                        "are usually published to all bidders, so "
                                        "phrase questions without revealing your "
                                        "approach.</p>"
                                    ),
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Saying no is a skill. Small firms that bid for "
                                    "everything tend to write generic, weak responses "
                                    "and burn out their best people. A disciplined "
                                    "company might bid for only a third of the tenders "
                                    "it reads, but put real effort into each. Keep a "
                                    "simple log of the opportunities you declined and "
                                    "why; over time it shows which buyers and contract "
                                    "types really suit you.</p>"
                                ),
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "building-a-bid",
                        "title": "Building a bid that scores",
                        "minutes": 16,
                        "body": [
                            ("heading", "Write for the evaluator"),
                            (
                                "paragraph",
                                (
                                    "<p>Your bid will be scored by a small panel, "
                                    "often a mix of technical staff and procurement "
                                    "officers, each reading several responses against "
                                    "a marking scheme. They can only award marks for "
                                    "what is written in front of them. They cannot "
                                    "assume that your company is good because it is "
                                    "well known locally, or fill gaps with their own "
                                    "knowledge. Your job is to make scoring "
                                    "easy.</p><ul><li><strong>Answer the question "
                                    "asked</strong>, in the order asked, using the "
                                    "buyer's own headings.</li><li><strong>Mirror the "
                                    "award criteria.</strong> If 20% of the quality "
                                    "marks go to implementation planning, give that "
                                    "section 20% of your "
                                    "effort.</li><li><strong>Prove, do not "
                                    "claim.</strong> Replace 'we are experienced' with "
                                    "a short example: who, what, when and the "
                                    "measurable result.</li><li><strong>Be specific to "
                                    "this city.</strong> Name its districts, its "
                                    "stated policies and the problems raised at the "
                                    "market consultation.</li></ul>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Extract from a compliance matrix for an "
                                        "environmental sensor tender"
                                    ),
                                    "header": [
                                        "Requirement",
                                        "Mandatory?",
                                        "Where answered",
                                        "Evidence",
                                    ],
                                    "rows": [
                                        [
                                            "Measure PM2.5 and NO2 every 15 minutes",
                                            "Yes",
                                            "Section 2.1",
                                            "Test report from an accredited laboratory",
                                        ],
                                        [
                                            "Open data export in a standard format",
                                            "Yes",
                                            "Section 2.4",
                                            "Sample data file and API documentation",
                                        ],
                                        [
                                            "Solar-powered units",
                                            "No (scored)",
                                            "Section 2.6",
                                            "Pilot results from a previous deployment",
                                        ],
                                        [
                                            "Staff training for three departments",
                                            "Yes",
                                            "Section 4.2",
                                            "Training plan and trainer profiles",
                                        ],
                                    ],
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>A <strong>compliance matrix</strong> like the "
                                    "one above is an internal tool: it lists every "
                                    "requirement and where you respond to it. It "
                                    "prevents the most common reason for rejection, "
                                    "which is simply missing something. Some buyers "
                                    "ask for one; even when they do not, build it "
                                    "before you write.</p>"
                                ),
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "Two bids had very similar technology. The one "
                                        "that won explained, step by step, how our "
                                        "staff would use it on a Monday morning."
                                    ),
                                    "attribution": (
                                        "Evaluation panel member, a municipal "
                                        "environment department"
                                    ),
                                },
                            ),
                            (
                                "heading",
                                "Presenting innovation without scaring the buyer",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Public buyers like innovation in principle but "
                                    "fear failure in practice. Balance ambition with "
                                    "reassurance: explain the risks openly and show "
                                    "how you will manage them, offer milestones where "
                                    "the city can check progress, and describe a "
                                    "fallback if a new component does not perform. "
                                    "Where the tender allows <em>variants</em> or is "
                                    "written in functional terms, you have room to "
                                    "propose something new, but always make sure your "
                                    "main offer meets the stated requirements.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>A winning bid is compliant first, "
                                        "persuasive second. Check every mandatory "
                                        "requirement, form and signature before "
                                        "polishing the prose, and submit well before "
                                        "the deadline: portals fail and late bids are "
                                        "rejected.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "bidding-with-partners",
                        "title": "Bidding with other SMEs",
                        "minutes": 13,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Many smart-city contracts need a mix of skills "
                                    "no single small company holds: hardware, "
                                    "software, installation, data analysis, user "
                                    "engagement. Teaming up lets SMEs compete for work "
                                    "that would otherwise go to large integrators. "
                                    "Cooperation among Mediterranean SMEs was a "
                                    "central idea of the SME4SMARTCITIES project, "
                                    "which ran a co-creation programme to help "
                                    "companies from different countries work "
                                    "together.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": "Three ways to team up",
                                    "header": [
                                        "Model",
                                        "How it works",
                                        "Watch out for",
                                    ],
                                    "rows": [
                                        [
                                            "Consortium or joint bid",
                                            (
                                                "Partners bid together; all are party "
                                                "to the contract or a lead partner "
                                                "signs on their behalf."
                                            ),
                                            (
                                                "Partners are often jointly liable for "
                                                "delivery; agree who does what in "
                                                "writing."
                                            ),
                                        ],
                                        [
                                            "Prime contractor and subcontractors",
                                            (
                                                "One company bids and contracts; "
                                                "others deliver parts of the work for "
                                                "it."
                                            ),
                                            (
                                                "The prime carries all the risk "
                                                "towards the city and must manage "
                                                "subcontractors."
                                            ),
                                        ],
                                        [
                                            "Relying on another firm's capacity",
                                            (
                                                "You use a partner's turnover, "
                                                "references or staff to meet selection "
                                                "criteria."
                                            ),
                                            (
                                                "The partner must commit the "
                                                "resources, and may share liability "
                                                "for the contract."
                                            ),
                                        ],
                                    ],
                                },
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Three small firms, one bid",
                                    "city": "Genova",
                                    "text": (
                                        "<p><em>An illustrative scenario based on "
                                        "challenges such cities face.</em> A port city "
                                        "seeks a system to monitor the condition of "
                                        "retaining walls on steep hillside streets "
                                        "after heavy rain. A local engineering firm "
                                        "knows the terrain, a sensor maker from "
                                        "another Mediterranean country has suitable "
                                        "low-cost devices, and a two-person software "
                                        "studio builds alert dashboards.</p><p>None "
                                        "meets the turnover requirement alone. "
                                        "Together they do. They appoint the "
                                        "engineering firm as lead because it will "
                                        "manage the relationship with the city, agree "
                                        "a short consortium agreement before writing "
                                        "the bid, and present one integrated team "
                                        "rather than three company brochures. Their "
                                        "bid scores highly on implementation because "
                                        "every task has a named owner.</p>"
                                    ),
                                },
                            ),
                            (
                                "checklist",
                                {
                                    "title": "What a consortium agreement should cover",
                                    "items": [
                                        (
                                            "The lead partner and who may speak for "
                                            "the group"
                                        ),
                                        (
                                            "Each partner's tasks, staff and share of "
                                            "the budget"
                                        ),
                                        "How decisions are made and disputes resolved",
                                        "Liability between partners and insurance",
                                        (
                                            "Ownership and use of intellectual "
                                            "property, existing and new"
                                        ),
                                        (
                                            "What happens if a partner leaves or fails "
                                            "to deliver"
                                        ),
                                        (
                                            "Confidentiality and whether partners may "
                                            "bid separately"
                                        ),
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Agree the essentials before you start "
                                        "writing. Partnerships that leave money and IP "
                                        "questions until after the award often fall "
                                        "apart at the worst moment, and a city will "
                                        "not be sympathetic if delivery suffers.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "What is the main purpose of a compliance "
                                        "matrix?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": "To calculate the bid price",
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "To make sure every requirement is "
                                                "answered and easy to find"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "To replace the city's own evaluation "
                                                "scheme"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "A compliance matrix maps each requirement to "
                                        "where and how you answer it, preventing the "
                                        "most common cause of rejection: missing "
                                        "something mandatory."
                                    ),
                                },
                                {
                                    "text": (
                                        "Which of these belong in a bid or no-bid "
                                        "decision? Select all that apply."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": (
                                                "Whether we meet the selection "
                                                "criteria, alone or with partners"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Whether the contract terms on "
                                                "liability and IP are acceptable"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Whether a competitor is also bidding, "
                                                "as that means we should always "
                                                "withdraw"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Whether we have the people to write a "
                                                "good bid in time"
                                            ),
                                            "correct": True,
                                        },
                                    ],
                                    "explanation": (
                                        "A sound decision checks eligibility, fit, "
                                        "price, capacity and terms. Competition alone "
                                        "is not a reason to withdraw."
                                    ),
                                },
                                {
                                    "text": (
                                        "In a prime contractor model, who carries the "
                                        "contractual risk towards the city?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": "The prime contractor",
                                            "correct": True,
                                        },
                                        {
                                            "text": "Each subcontractor equally",
                                            "correct": False,
                                        },
                                        {"text": "The city itself", "correct": False},
                                    ],
                                    "explanation": (
                                        "The prime contractor signs the contract and "
                                        "answers to the city for the whole service, "
                                        "including work done by subcontractors."
                                    ),
                                },
                                {
                                    "text": (
                                        "How should an SME present an innovative "
                                        "element in its bid?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Stress the novelty and avoid "
                                                "mentioning risks"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Meet the stated requirements, explain "
                                                "the risks openly and show how they "
                                                "will be managed"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Ignore the specification and propose "
                                                "only the new idea"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Buyers value innovation but fear failure. A "
                                        "compliant offer with honest risk management "
                                        "and checkpoints reassures the evaluators."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "pricing-delivery-and-growth",
                "title": "Pricing, delivery and life after award",
                "introduction": (
                    "Winning is only the start. This module covers how to price a "
                    "pilot so that it is fair to both sides, what happens between "
                    "award and contract, and how to turn a first public contract into "
                    "a platform for growth."
                ),
                "lessons": [
                    {
                        "slug": "pricing-a-pilot",
                        "title": "Pricing a pilot",
                        "minutes": 13,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Pilots are where many SMEs lose money. Eager "
                                    "to get a foot in the door, they offer a trial for "
                                    "free or at cost, then discover that installation, "
                                    "meetings, reporting and adjustments consumed "
                                    "months of unpaid effort. A well-priced pilot "
                                    "protects your company and signals to the city "
                                    "that you are a serious supplier.</p>"
                                ),
                            ),
                            ("heading", "Know your full cost"),
                            (
                                "paragraph",
                                (
                                    "<p>List every cost the pilot will generate, not "
                                    "only the obvious ones:</p><ul><li>equipment, "
                                    "licences and hosting for the pilot "
                                    "period;</li><li>installation, configuration and "
                                    "integration with the city's "
                                    "systems;</li><li>project management, meetings and "
                                    "progress reports;</li><li>training for city staff "
                                    "and support during the pilot;</li><li>data "
                                    "analysis and the final evaluation "
                                    "report;</li><li>removal or handover at the "
                                    "end;</li><li>a contingency for the unexpected, "
                                    "typically 10 to 15%.</li></ul>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": "Pricing models for pilots",
                                    "header": ["Model", "Suits", "Risk for the SME"],
                                    "rows": [
                                        [
                                            "Fixed price",
                                            "Well-defined scope and duration",
                                            "Overruns come out of your margin",
                                        ],
                                        [
                                            "Milestone payments",
                                            "Phased pilots with clear deliverables",
                                            "Moderate; cash arrives as you progress",
                                        ],
                                        [
                                            "Time and materials with a cap",
                                            "Uncertain integration work",
                                            "Low, but buyers may be wary",
                                        ],
                                        [
                                            "Outcome-based element",
                                            "Measurable results such as energy saved",
                                            (
                                                "Higher; depends on factors partly "
                                                "outside your control"
                                            ),
                                        ],
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "text": (
                                        "<p>A price far below everyone else's may be "
                                        "treated as an <strong>abnormally low "
                                        "tender</strong>. The buyer must then ask you "
                                        "to explain it and can reject the bid if the "
                                        "explanation does not convince. Cheap is not "
                                        "automatically attractive.</p>"
                                    ),
                                },
                            ),
                            ("heading", "Think beyond the pilot"),
                            (
                                "paragraph",
                                (
                                    "<p>Cities increasingly compare offers on "
                                    "<em>total cost of ownership</em> or life-cycle "
                                    "cost, not purchase price alone. Show what the "
                                    "solution would cost at full scale over several "
                                    "years, including maintenance, licences and staff "
                                    "time, and what it might save. If you discount the "
                                    "pilot, say so openly and state the normal price, "
                                    "so the city can budget realistically for the next "
                                    "step. Be clear about licensing too: who may use "
                                    "the software and data after the pilot, and at "
                                    "what price.</p>"
                                ),
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "We would rather pay a fair price for a pilot "
                                        "than receive a free one that nobody is "
                                        "accountable for."
                                    ),
                                    "attribution": (
                                        "Innovation manager, an Israeli municipality"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "after-the-award",
                        "title": "After the award",
                        "minutes": 12,
                        "body": [
                            ("heading", "Between decision and contract"),
                            (
                                "paragraph",
                                (
                                    "<p>In many procedures the buyer first announces "
                                    "its decision to all bidders and then waits for a "
                                    "short <strong>standstill period</strong>, often "
                                    "around ten days, before signing. This gives "
                                    "unsuccessful bidders time to question the "
                                    "decision. Use the interval to prepare: confirm "
                                    "your team, order long-lead items and draft a "
                                    "mobilisation plan. Do not start paid work until "
                                    "the contract is signed.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>If you did not win, ask for a "
                                    "<strong>debrief</strong>. Buyers must give "
                                    "reasons, and many will explain where you lost "
                                    "marks. It is the cheapest bid-writing lesson you "
                                    "will ever get. Ask calmly and specifically: which "
                                    "criteria, what would have scored higher, how your "
                                    "price compared.</p>"
                                ),
                            ),
                            (
                                "checklist",
                                {
                                    "title": "First 30 days of a public contract",
                                    "items": [
                                        (
                                            "Hold a kick-off meeting with the contract "
                                            "manager and the main users"
                                        ),
                                        (
                                            "Agree key performance indicators, "
                                            "reporting format and meeting rhythm"
                                        ),
                                        (
                                            "Confirm invoicing details, purchase order "
                                            "numbers and approval steps"
                                        ),
                                        (
                                            "Set up a risk and issue log shared with "
                                            "the city"
                                        ),
                                        (
                                            "Agree how changes to scope will be "
                                            "requested and approved"
                                        ),
                                        (
                                            "Plan communications: who may announce the "
                                            "project, and when"
                                        ),
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Invoices are often delayed by small "
                                        "administrative errors: a missing reference, "
                                        "the wrong department, an unsigned delivery "
                                        "note. In the EU, public authorities are "
                                        "generally required to pay within 30 days, or "
                                        "60 in justified cases, but only once they "
                                        "have a correct invoice. Get the paperwork "
                                        "right the first time.</p>"
                                    ),
                                },
                            ),
                            ("heading", "Managing the relationship"),
                            (
                                "paragraph",
                                (
                                    "<p>A public contract is managed by people, and "
                                    "the way you work with them shapes whether the "
                                    "city renews, extends or recommends you. Send "
                                    "short, regular progress notes even when nothing "
                                    "dramatic has happened; a contract manager who is "
                                    "never surprised is a contract manager who trusts "
                                    "you. Keep records of meetings, decisions and "
                                    "approvals, because staff change and audits happen "
                                    "long after the work is done.</p><p>Think also "
                                    "about the users. The staff who operate your "
                                    "system every day will be asked for their opinion "
                                    "when the contract comes up for renewal. Visit "
                                    "them, listen to their complaints and fix small "
                                    "irritations quickly. Satisfied users are the "
                                    "strongest argument you will ever have for a "
                                    "second contract.</p>"
                                ),
                            ),
                            (
                                "accordion",
                                {
                                    "title": "When things go wrong",
                                    "items": [
                                        {
                                            "heading": (
                                                "The city wants more than was agreed"
                                            ),
                                            "text": (
                                                "<p>Welcome the interest, then use the "
                                                "change procedure. Describe the extra "
                                                "work, its cost and its impact on the "
                                                "timetable, and wait for written "
                                                "approval.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "A milestone will slip",
                                            "text": (
                                                "<p>Tell the contract manager early, "
                                                "with a cause and a recovery plan. "
                                                "Surprises damage trust far more than "
                                                "delays.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Staff at the city change",
                                            "text": (
                                                "<p>Prepare a short briefing pack on "
                                                "the project's aims, progress and "
                                                "contacts, so a new manager can pick "
                                                "it up quickly.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "from-reference-to-growth",
                        "title": "From first contract to growth",
                        "minutes": 11,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Your first public contract is valuable far "
                                    "beyond its value in euros. It gives you a "
                                    "reference that other cities trust, real "
                                    "performance data and a better understanding of "
                                    "how public bodies work. Plan from the first day "
                                    "how you will use it.</p>"
                                ),
                            ),
                            ("heading", "Build your reference"),
                            (
                                "paragraph",
                                (
                                    "<p>Ask the city, early, whether it will act as a "
                                    "reference and whether you may publish a case "
                                    "study. Collect evidence as you go: baseline "
                                    "figures, results, photographs where permitted and "
                                    "feedback from users. A short, factual case study "
                                    "with numbers ('response times fell from four days "
                                    "to one') is worth more than any brochure. Respect "
                                    "the city's communication rules; some require "
                                    "approval for every public mention.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Replicating a water-leak pilot",
                                    "city": "Murcia",
                                    "text": (
                                        "<p><em>An illustrative scenario based on "
                                        "challenges such cities face.</em> A small "
                                        "company pilots acoustic leak detection in one "
                                        "district of a city's water network. Working "
                                        "closely with the utility's engineers, it "
                                        "documents how many leaks were found, how "
                                        "quickly and how much water was saved. With "
                                        "the city's permission it shares a two-page "
                                        "summary with peers in a network of "
                                        "Mediterranean cities.</p><p>Two other "
                                        "municipalities facing water scarcity ask for "
                                        "presentations. One is preparing a tender; the "
                                        "company takes part in its market consultation "
                                        "and later bids with a local installation "
                                        "partner. The first pilot did not guarantee "
                                        "these contracts, but it made the company "
                                        "credible.</p>"
                                    ),
                                },
                            ),
                            ("heading", "Scaling across borders"),
                            (
                                "paragraph",
                                (
                                    "<p>Cities around the Mediterranean share many "
                                    "challenges, from heat and water scarcity to "
                                    "tourism pressure and traffic, which makes "
                                    "solutions transferable. But each country has its "
                                    "own procurement rules, language and business "
                                    "culture. Work with local partners, translate key "
                                    "documents into the buyer's language (Spanish, "
                                    "Italian, Hebrew and Arabic are all widely used in "
                                    "the region) and check national requirements such "
                                    "as certifications and data protection. City "
                                    "networks and cooperation projects are good places "
                                    "to meet buyers from several countries at once.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Watch for <strong>framework "
                                    "agreements</strong> and dynamic purchasing "
                                    "systems. Many public bodies set up these "
                                    "arrangements so that several buyers can order "
                                    "from pre-approved suppliers over a period of "
                                    "years without running a full tender each time. "
                                    "Getting onto a relevant framework, alone or with "
                                    "partners, can open dozens of potential customers "
                                    "at once. Public procurement portals and business "
                                    "support organisations, such as business and "
                                    "innovation centres, often publish alerts about "
                                    "new frameworks and the calls that feed them.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Treat every contract as the start of a "
                                        "relationship and a source of evidence. "
                                        "Delivering well, documenting results and "
                                        "sharing them with permission is the most "
                                        "reliable route from one pilot to many.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "Which of these should be included when "
                                        "pricing a pilot? Select all that apply."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": (
                                                "Project management and reporting time"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Staff training and support during the "
                                                "pilot"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "A reasonable contingency",
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Only the hardware, since services are "
                                                "usually free in pilots"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Services, meetings, training and contingency "
                                        "are real costs. Leaving them out is the most "
                                        "common way SMEs lose money on pilots."
                                    ),
                                },
                                {
                                    "text": (
                                        "What may happen if your price is far below "
                                        "all other bids?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": "You automatically win",
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "The buyer may ask you to justify it "
                                                "and can reject the bid if the "
                                                "explanation is not convincing"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "The buyer must raise your price to "
                                                "the average"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Abnormally low tenders must be investigated, "
                                        "and can be rejected if the price cannot be "
                                        "justified."
                                    ),
                                },
                                {
                                    "text": (
                                        "What is the purpose of the standstill period "
                                        "after an award decision?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "To let the winner start work before "
                                                "signing"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "To give unsuccessful bidders time to "
                                                "question the decision before the "
                                                "contract is signed"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "To allow the city to renegotiate the "
                                                "price"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": "To translate the contract",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "The standstill period protects fair "
                                        "competition by allowing challenges before the "
                                        "contract is concluded."
                                    ),
                                },
                                {
                                    "text": (
                                        "What makes a reference case study most "
                                        "convincing to another city?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Measurable results agreed with the "
                                                "client and published with its "
                                                "permission"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "A long list of product features",
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Quotes invented to sound like the "
                                                "client"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Buyers trust factual, measurable results that "
                                        "the original client has approved."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Course 2: Climate readiness for Mediterranean cities
    # ------------------------------------------------------------------
    {
        "slug": "climate-readiness-for-mediterranean-cities",
        "title": "Climate readiness for Mediterranean cities",
        "summary": (
            "An introduction for municipal staff to the main climate risks facing "
            "Mediterranean cities and to practical ways of assessing them, planning "
            "adaptation, working with SMEs and tracking progress."
        ),
        "audience": "city_staff",
        "level": "introductory",
        "access": "open",
        "topics": [
            "climate-readiness",
            "sustainable-development",
            "smart-city-solutions",
        ],
        "learning_outcomes": [
            (
                "Describe the main climate hazards affecting Mediterranean cities: "
                "heat, water scarcity, flooding and sea-level rise."
            ),
            (
                "Carry out a simple climate risk assessment combining hazard, exposure "
                "and vulnerability."
            ),
            (
                "Outline the steps of a local adaptation plan and choose between grey, "
                "green and soft measures."
            ),
            (
                "Engage SMEs in developing and testing climate solutions in a fair and "
                "open way."
            ),
            (
                "Select indicators to monitor progress and report it to "
                "decision-makers and residents."
            ),
        ],
        "description": (
            "<p>Climate change readiness was one of the three themes chosen by the "
            "cities that met in the <strong>SME4SMARTCITIES</strong> cities lead "
            "group, alongside innovation and sustainable development. For cities "
            "around the Mediterranean it is no longer a distant concern: hotter "
            "summers, longer droughts, sudden floods and a rising sea already shape "
            "the work of planners, engineers, health and social services.</p><p>This "
            "open course is written for municipal staff in any department, not only "
            "climate specialists. It explains the risks in plain language and offers "
            "simple tools you can use straight away.</p><h3>Course "
            "structure</h3><ol><li>Understanding Mediterranean climate "
            "risks</li><li>Assessing risk and planning adaptation</li><li>Working with "
            "SMEs and tracking progress</li></ol>"
        ),
        "modules": [
            {
                "slug": "understanding-climate-risks",
                "title": "Understanding Mediterranean climate risks",
                "introduction": (
                    "This module introduces the climate hazards that matter most for "
                    "Mediterranean cities and explains why some places and people are "
                    "more affected than others."
                ),
                "lessons": [
                    {
                        "slug": "a-climate-hotspot",
                        "title": "A climate hotspot",
                        "minutes": 10,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Scientists often describe the Mediterranean "
                                    "basin as a <strong>climate change "
                                    "hotspot</strong>. The region is warming faster "
                                    "than the global average, rainfall is expected to "
                                    "decline in many areas while heavy downpours "
                                    "become more intense, and the sea itself is "
                                    "getting warmer and rising. Large parts of the "
                                    "population and economy sit on a narrow coastal "
                                    "strip, which concentrates the risks.</p><p>For a "
                                    "city, climate change does not arrive as an "
                                    "abstract trend. It arrives as a heatwave that "
                                    "fills hospital wards, a summer when reservoirs "
                                    "run low, a storm that floods underpasses in "
                                    "twenty minutes, or a beach that loses its sand. "
                                    "Each of these lands on a different department's "
                                    "desk, which is why climate readiness has to be a "
                                    "shared task.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Main climate hazards for Mediterranean cities"
                                    ),
                                    "header": [
                                        "Hazard",
                                        "Typical urban impacts",
                                        "Departments most involved",
                                    ],
                                    "rows": [
                                        [
                                            "Extreme heat",
                                            (
                                                "Health emergencies, higher energy "
                                                "demand, stress on workers and "
                                                "infrastructure"
                                            ),
                                            (
                                                "Health, social services, energy, "
                                                "urban planning"
                                            ),
                                        ],
                                        [
                                            "Drought and water scarcity",
                                            (
                                                "Supply restrictions, dying trees and "
                                                "parks, conflicts over water use"
                                            ),
                                            (
                                                "Water utility, parks, agriculture, "
                                                "economic development"
                                            ),
                                        ],
                                        [
                                            "Intense rainfall and flash floods",
                                            (
                                                "Flooded streets and basements, "
                                                "damage, pollution from overflowing "
                                                "sewers"
                                            ),
                                            "Civil protection, drainage, roads",
                                        ],
                                        [
                                            "Sea-level rise and storm surges",
                                            (
                                                "Coastal erosion, flooding of seafront "
                                                "areas, saltwater entering aquifers"
                                            ),
                                            "Coastal management, ports, tourism",
                                        ],
                                        [
                                            "Wildfire at the urban edge",
                                            "Smoke, evacuations, loss of green areas",
                                            "Civil protection, environment, planning",
                                        ],
                                    ],
                                },
                            ),
                            ("heading", "Hazard, exposure and vulnerability"),
                            (
                                "paragraph",
                                (
                                    "<p>Risk depends on three things. The "
                                    "<strong>hazard</strong> is the physical event, "
                                    "such as a heatwave. <strong>Exposure</strong> is "
                                    "what lies in its path: people, buildings, roads. "
                                    "<strong>Vulnerability</strong> is how badly those "
                                    "people or assets are affected, which depends on "
                                    "factors such as age, health, income, housing "
                                    "quality and access to help. A city cannot change "
                                    "the hazard, but it can do a great deal about "
                                    "exposure and vulnerability.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Hazards also interact. A long drought leaves "
                                    "soil hard and dry, so the first autumn storm runs "
                                    "off instead of soaking in. A heatwave raises "
                                    "electricity demand at the same time as it "
                                    "stresses power lines and reduces the cooling "
                                    "capacity of power stations. A storm surge on the "
                                    "coast can block rivers and drains from emptying, "
                                    "worsening inland flooding. Planners call these "
                                    "<strong>compound</strong> or "
                                    "<strong>cascading</strong> risks, and they "
                                    "explain why a city that prepares for each hazard "
                                    "separately may still be caught out. Looking at "
                                    "how systems depend on each other, for example "
                                    "which pumping stations need electricity, or which "
                                    "roads ambulances rely on, is an important part of "
                                    "being ready.</p>"
                                ),
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "We used to think of climate as an environment "
                                        "department topic. The first heatwave plan we "
                                        "wrote involved eleven departments."
                                    ),
                                    "attribution": (
                                        "Sustainability officer, a coastal city in "
                                        "southern Europe"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Climate readiness is about reducing "
                                        "exposure and vulnerability to hazards the "
                                        "city cannot control, and it involves almost "
                                        "every department.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "heat-and-water-scarcity",
                        "title": "Heat and water scarcity",
                        "minutes": 13,
                        "body": [
                            ("heading", "The urban heat island"),
                            (
                                "paragraph",
                                (
                                    "<p>Cities are hotter than the countryside around "
                                    "them. Asphalt, concrete and dark roofs absorb "
                                    "sunlight during the day and release heat at "
                                    "night; traffic and air conditioners add more; and "
                                    "a lack of trees and water removes natural "
                                    "cooling. The result, called the <strong>urban "
                                    "heat island</strong>, can make dense "
                                    "neighbourhoods several degrees warmer than nearby "
                                    "parks, especially at night. Hot nights matter for "
                                    "health because the body cannot recover.</p><p>The "
                                    "people most at risk include older residents "
                                    "living alone, young children, people with chronic "
                                    "illness, outdoor workers and those in poorly "
                                    "insulated housing without cooling. Heat is "
                                    "therefore a social issue as much as a technical "
                                    "one.</p>"
                                ),
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Elements of a heat action plan",
                                    "items": [
                                        (
                                            "An early warning system linked to weather "
                                            "forecasts, with clear alert levels"
                                        ),
                                        (
                                            "A register or outreach network for "
                                            "vulnerable residents"
                                        ),
                                        (
                                            "Cool refuges such as libraries and "
                                            "community centres with extended hours"
                                        ),
                                        (
                                            "Adjusted working hours and protection for "
                                            "outdoor municipal staff"
                                        ),
                                        (
                                            "Public information in all the main "
                                            "languages spoken locally"
                                        ),
                                        (
                                            "Longer-term measures: shade, trees, cool "
                                            "roofs and pavements, drinking fountains"
                                        ),
                                    ],
                                },
                            ),
                            ("heading", "Every drop counts"),
                            (
                                "paragraph",
                                (
                                    "<p>Many Mediterranean cities already live with "
                                    "limited water, and longer, hotter dry seasons "
                                    "increase demand just as supplies shrink. Options "
                                    "include reducing losses from leaking networks, "
                                    "reusing treated wastewater for parks and street "
                                    "cleaning, collecting rainwater, choosing "
                                    "drought-tolerant planting, and encouraging "
                                    "residents and businesses to save water. Some "
                                    "coastal places rely on desalination, which "
                                    "secures supply but uses considerable energy.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Keeping a desert resort liveable",
                                    "city": "Eilat",
                                    "text": (
                                        "<p><em>An illustrative scenario based on "
                                        "challenges such cities face.</em> A city in a "
                                        "hot, arid climate depends on tourism all "
                                        "year, but summer temperatures make outdoor "
                                        "spaces almost unusable in the afternoon. Its "
                                        "planners map where residents and visitors "
                                        "actually walk, then prioritise shade "
                                        "structures, trees irrigated with treated "
                                        "wastewater and light-coloured surfaces on "
                                        "those routes.</p><p>To check whether the "
                                        "changes work, the city invites local "
                                        "companies to install temperature sensors on a "
                                        "few streets before and after the works. The "
                                        "data help justify extending the programme, "
                                        "and a small firm that supplied the sensors "
                                        "gains its first public reference.</p>"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Combine heat and water measures. Trees and "
                                        "green spaces cool streets only if they can be "
                                        "watered in a drought, so plan irrigation from "
                                        "non-drinking sources at the same time as "
                                        "planting.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "floods-and-the-rising-sea",
                        "title": "Floods and the rising sea",
                        "minutes": 12,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>It may seem strange that dry regions flood, "
                                    "but the Mediterranean is known for short, violent "
                                    "rainstorms, particularly in autumn when the sea "
                                    "is still warm. When a large amount of rain falls "
                                    "on dry ground and sealed urban surfaces, it "
                                    "cannot soak in. Water rushes along streets and "
                                    "dry riverbeds, overwhelming drains built for a "
                                    "gentler climate. These <strong>flash "
                                    "floods</strong> give little warning and can be "
                                    "deadly.</p>"
                                ),
                            ),
                            ("heading", "Making room for water"),
                            (
                                "paragraph",
                                (
                                    "<p>Traditional drainage tries to move water away "
                                    "as fast as possible through pipes. Cities now "
                                    "combine this with <strong>sustainable "
                                    "drainage</strong> that slows, stores and absorbs "
                                    "water where it falls:</p><ul><li>permeable paving "
                                    "in car parks and squares;</li><li>rain gardens "
                                    "and planted swales along streets;</li><li>parks "
                                    "and sports fields designed to flood safely for a "
                                    "few hours;</li><li>green roofs and storage tanks "
                                    "on public buildings;</li><li>keeping natural "
                                    "watercourses free of buildings.</li></ul><p>These "
                                    "measures also cool the city and support nature, "
                                    "so they serve several goals at once.</p>"
                                ),
                            ),
                            ("heading", "The rising sea"),
                            (
                                "paragraph",
                                (
                                    "<p>Sea-level rise is slow but relentless, and it "
                                    "adds to the effect of storms. Higher water levels "
                                    "mean storm surges reach further inland, beaches "
                                    "erode, and salt water can seep into coastal "
                                    "aquifers. Responses range from protecting (sea "
                                    "walls, dune restoration), to accommodating "
                                    "(raising ground floors, flood-proof designs), to "
                                    "gradually retreating from the most exposed areas. "
                                    "Because coastal assets last for decades, "
                                    "decisions taken today should consider conditions "
                                    "expected in the second half of the century.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "A seafront under pressure",
                                    "city": "Cartagena",
                                    "text": (
                                        "<p><em>An illustrative scenario based on "
                                        "challenges such cities face.</em> A historic "
                                        "port city experiences both autumn flash "
                                        "floods running down from surrounding hills "
                                        "and occasional storm surges on its "
                                        "waterfront. Its engineers realise that the "
                                        "two problems meet at the same low-lying "
                                        "outfalls: when the sea is high, rainwater "
                                        "cannot drain out.</p><p>Rather than only "
                                        "enlarging pipes, the city studies upstream "
                                        "storage in parks, non-return valves at "
                                        "outfalls and a warning system that combines "
                                        "rainfall and sea-level forecasts. The study "
                                        "becomes the basis for a phased investment "
                                        "plan.</p>"
                                    ),
                                },
                            ),
                            (
                                "accordion",
                                {
                                    "title": "Key terms",
                                    "items": [
                                        {
                                            "heading": "Storm surge",
                                            "text": (
                                                "<p>A temporary rise in sea level "
                                                "caused by strong winds and low air "
                                                "pressure during a storm.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Sealed surface",
                                            "text": (
                                                "<p>Ground covered by buildings, "
                                                "asphalt or concrete so that water "
                                                "cannot soak in.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Nature-based solution",
                                            "text": (
                                                "<p>A measure that uses natural "
                                                "processes, such as vegetation or "
                                                "wetlands, to address a challenge like "
                                                "flooding or heat.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "Which three elements together determine "
                                        "climate risk?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Hazard, exposure and vulnerability"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "Temperature, rainfall and wind",
                                            "correct": False,
                                        },
                                        {
                                            "text": "Budget, staff and politics",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Risk arises when a hazard meets exposed "
                                        "people or assets that are vulnerable to it. "
                                        "Cities can reduce exposure and vulnerability "
                                        "even when they cannot change the hazard."
                                    ),
                                },
                                {
                                    "text": (
                                        "Which groups are usually most vulnerable to "
                                        "extreme heat? Select all that apply."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": "Older people living alone",
                                            "correct": True,
                                        },
                                        {"text": "Outdoor workers", "correct": True},
                                        {
                                            "text": "People with chronic illnesses",
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Office workers in air-conditioned "
                                                "buildings"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Age, health, isolation and working conditions "
                                        "strongly affect how much harm heat causes."
                                    ),
                                },
                                {
                                    "text": (
                                        "Why do flash floods occur in dry "
                                        "Mediterranean cities?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Because rainfall there is always heavy"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Because intense bursts of rain fall "
                                                "on dry ground and sealed surfaces "
                                                "that cannot absorb it"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "Because of sea-level rise alone",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Short, intense storms on hard or dry surfaces "
                                        "produce rapid runoff that overwhelms drains."
                                    ),
                                },
                                {
                                    "text": (
                                        "Which of these are examples of sustainable "
                                        "drainage? Select all that apply."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": "Rain gardens along streets",
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Parks designed to flood safely for a "
                                                "few hours"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "Replacing a lawn with asphalt",
                                            "correct": False,
                                        },
                                        {
                                            "text": "Permeable paving in car parks",
                                            "correct": True,
                                        },
                                    ],
                                    "explanation": (
                                        "Sustainable drainage slows, stores and "
                                        "absorbs rainwater where it falls. Adding "
                                        "asphalt does the opposite."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "assessing-risk-and-planning",
                "title": "Assessing risk and planning adaptation",
                "introduction": (
                    "With the hazards understood, the next step is to find out where "
                    "your city is most at risk and decide what to do about it. This "
                    "module walks through a simple risk assessment, the building "
                    "blocks of an adaptation plan, and how to organise and fund the "
                    "work."
                ),
                "lessons": [
                    {
                        "slug": "climate-risk-assessment",
                        "title": "A practical climate risk assessment",
                        "minutes": 14,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>A climate risk assessment answers three "
                                    "questions: what could happen, where, and who or "
                                    "what would suffer most. It does not need to be a "
                                    "large consultancy study to be useful. Many cities "
                                    "start with a workshop-based assessment using "
                                    "existing data and staff knowledge, then refine it "
                                    "over time.</p>"
                                ),
                            ),
                            ("heading", "Five steps"),
                            (
                                "paragraph",
                                (
                                    "<ol><li><strong>Gather climate "
                                    "information.</strong> National weather services "
                                    "and European services such as the Copernicus "
                                    "Climate Change Service publish projections for "
                                    "temperature, rainfall and sea level. Look at both "
                                    "recent extremes and future "
                                    "scenarios.</li><li><strong>Map exposure.</strong> "
                                    "Overlay hazard zones, such as flood-prone streets "
                                    "or the hottest neighbourhoods, with population, "
                                    "critical facilities and "
                                    "infrastructure.</li><li><strong>Assess "
                                    "vulnerability.</strong> Add social data: age, "
                                    "income, health, housing conditions. Ask "
                                    "front-line staff where problems occurred in past "
                                    "events.</li><li><strong>Score and rank "
                                    "risks.</strong> Combine likelihood and "
                                    "consequences for each hazard and "
                                    "area.</li><li><strong>Validate and "
                                    "share.</strong> Test the results with "
                                    "departments, emergency services and community "
                                    "groups before using them to set "
                                    "priorities.</li></ol>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "A simple risk scoring matrix (likelihood x "
                                        "consequence)"
                                    ),
                                    "header": [
                                        "Likelihood / Consequence",
                                        "Minor",
                                        "Moderate",
                                        "Severe",
                                    ],
                                    "rows": [
                                        ["Likely", "Medium", "High", "Very high"],
                                        ["Possible", "Low", "Medium", "High"],
                                        ["Unlikely", "Low", "Low", "Medium"],
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Past events are your best evidence. "
                                        "Emergency call records, insurance claims, "
                                        "hospital admissions during heatwaves and "
                                        "photographs of flooded streets often reveal "
                                        "hotspots more clearly than models.</p>"
                                    ),
                                },
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "Our bus drivers knew exactly which "
                                        "underpasses flooded first. Nobody had ever "
                                        "asked them."
                                    ),
                                    "attribution": (
                                        "Civil protection coordinator, a Spanish "
                                        "municipality"
                                    ),
                                },
                            ),
                            ("heading", "Presenting the results"),
                            (
                                "paragraph",
                                (
                                    "<p>The output of an assessment should be easy to "
                                    "use by people who were not in the room. A few "
                                    "clear maps showing where the highest risks are, a "
                                    "ranked list of priority risks, and a short "
                                    "summary of who is most vulnerable are usually "
                                    "more useful than a long technical report. Explain "
                                    "the sources and assumptions in an annex. Make "
                                    "sure the results reach the departments that plan "
                                    "roads, buildings, parks and social services, as "
                                    "they will need to act on them.</p>"
                                    "<p>Be honest about uncertainty. Projections give "
                                    "ranges, not single numbers, and local data may be "
                                    "patchy. The aim is to make reasonable decisions "
                                    "with the best information available, and to plan "
                                    "measures that work across a range of futures.</p>"
                                ),
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "building-an-adaptation-plan",
                        "title": "Building an adaptation plan",
                        "minutes": 14,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>An adaptation plan turns the risk assessment "
                                    "into action. It sets a vision, concrete "
                                    "objectives, a list of measures with owners, "
                                    "budgets and timelines, and a way to monitor "
                                    "progress. Many European cities prepare such plans "
                                    "as part of commitments like the Covenant of "
                                    "Mayors for Climate and Energy, which brings "
                                    "climate mitigation and adaptation together in a "
                                    "single action plan.</p>"
                                ),
                            ),
                            ("heading", "Three families of measures"),
                            (
                                "accordion",
                                {
                                    "title": "Grey, green and soft measures",
                                    "items": [
                                        {
                                            "heading": "Grey (engineered) measures",
                                            "text": (
                                                "<p>Physical infrastructure such as "
                                                "larger drains, sea walls, storage "
                                                "tanks or cooling systems. Often "
                                                "effective for a specific hazard, but "
                                                "can be costly and inflexible.</p>"
                                            ),
                                        },
                                        {
                                            "heading": (
                                                "Green and blue (nature-based) measures"
                                            ),
                                            "text": (
                                                "<p>Trees, parks, wetlands, green "
                                                "roofs, restored dunes and riverbanks. "
                                                "They usually deliver several benefits "
                                                "at once, such as cooling, flood "
                                                "control, biodiversity and wellbeing, "
                                                "but need space, water and "
                                                "maintenance.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Soft measures",
                                            "text": (
                                                "<p>Plans, rules, information and "
                                                "behaviour: early warning systems, "
                                                "building codes, land-use planning, "
                                                "insurance, training and public "
                                                "awareness. Often cheap and fast to "
                                                "introduce.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            ("heading", "Setting priorities"),
                            (
                                "paragraph",
                                (
                                    "<p>No city can do everything at once. Simple "
                                    "<em>multi-criteria analysis</em> helps: score "
                                    "each measure on risk reduction, cost, "
                                    "co-benefits, feasibility, and fairness (does it "
                                    "help the most vulnerable?). Look especially for "
                                    "<strong>no-regret measures</strong>, which pay "
                                    "off whatever the future climate brings, such as "
                                    "fixing leaks, planting shade trees on busy routes "
                                    "or improving early warnings. Avoid "
                                    "<em>maladaptation</em>: actions that solve one "
                                    "problem while creating another, like widespread "
                                    "air conditioning that raises energy use and "
                                    "pushes hot air into the street.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Because the future is uncertain, some cities "
                                    "use an <strong>adaptation pathways</strong> "
                                    "approach. Instead of committing now to one large "
                                    "solution, the plan sets out a sequence of "
                                    "measures and the signals that would trigger the "
                                    "next step. For example, a city might begin with "
                                    "sustainable drainage and warnings, monitor flood "
                                    "events, and move to larger storage works only if "
                                    "flooding passes an agreed threshold. This keeps "
                                    "options open and avoids spending heavily on "
                                    "infrastructure that may prove unnecessary, or too "
                                    "small.</p>"
                                ),
                            ),
                            (
                                "checklist",
                                {
                                    "title": (
                                        "What each measure in the plan should state"
                                    ),
                                    "items": [
                                        (
                                            "The risk it addresses and the area or "
                                            "group it protects"
                                        ),
                                        "The lead department and partners",
                                        "Estimated cost and funding source",
                                        "Timeline and key milestones",
                                        "The indicator used to track progress",
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "text": (
                                        "<p>A plan that sits outside the normal budget "
                                        "and planning cycle is easily forgotten. Build "
                                        "adaptation into existing processes: street "
                                        "renewal, building permits, park maintenance "
                                        "and capital investment programmes.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "governance-and-funding",
                        "title": "Governance and funding",
                        "minutes": 12,
                        "body": [
                            ("heading", "Who owns climate readiness?"),
                            (
                                "paragraph",
                                (
                                    "<p>Because climate risks cut across departments, "
                                    "successful cities create a small "
                                    "cross-departmental team with a clear mandate from "
                                    "political leaders. One department, often "
                                    "environment or urban planning, coordinates, but "
                                    "each department owns the measures in its own "
                                    "field. Regular meetings, a shared action tracker "
                                    "and a named senior sponsor keep the work moving "
                                    "when attention drifts between "
                                    "crises.</p><p>Cooperation beyond the city matters "
                                    "too. Regional governments control many relevant "
                                    "powers and funds, neighbouring municipalities "
                                    "share river basins and coastlines, and networks "
                                    "of cities allow staff to learn from peers. In the "
                                    "SME4SMARTCITIES project, cities from Spain, Italy "
                                    "and Israel, together with regional officials, "
                                    "discussed their climate, economic and social "
                                    "challenges side by side.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": "Typical funding sources for adaptation",
                                    "header": ["Source", "Good for", "Notes"],
                                    "rows": [
                                        [
                                            "Municipal budget",
                                            "Maintenance, small works, staff time",
                                            (
                                                "Most reliable; integrate into "
                                                "existing lines"
                                            ),
                                        ],
                                        [
                                            "Regional and national programmes",
                                            "Infrastructure, planning studies",
                                            "Check calls and co-financing rules",
                                        ],
                                        [
                                            "EU programmes",
                                            (
                                                "Innovative pilots, cooperation, "
                                                "larger investments"
                                            ),
                                            (
                                                "Competitive; often require partners "
                                                "in several countries"
                                            ),
                                        ],
                                        [
                                            "Utilities and private partners",
                                            "Water, energy and building measures",
                                            (
                                                "Requires clear agreements and fair "
                                                "procurement"
                                            ),
                                        ],
                                    ],
                                },
                            ),
                            ("heading", "Involving residents"),
                            (
                                "paragraph",
                                (
                                    "<p>Residents are not just recipients of "
                                    "protection. They know their streets, can look "
                                    "after neighbours during heatwaves, plant and "
                                    "water trees, and make their own homes safer. "
                                    "Involve them early through neighbourhood walks, "
                                    "simple surveys and open meetings, and make sure "
                                    "the voices of groups that rarely attend "
                                    "consultations, such as older people, migrants and "
                                    "young families, are heard.</p>"
                                ),
                            ),
                            ("heading", "Making the case for investment"),
                            (
                                "paragraph",
                                (
                                    "<p>Adaptation competes with many other demands on "
                                    "public money. Strengthen your case by quantifying "
                                    "the costs of inaction, such as damage from past "
                                    "floods, emergency overtime during heatwaves or "
                                    "lost tourism income, and comparing them with the "
                                    "costs of the measures proposed. Highlight the "
                                    "co-benefits: a tree-lined street is cooler, but "
                                    "also more attractive for shops and pedestrians. "
                                    "Where possible, bundle adaptation into projects "
                                    "that already have funding, such as street "
                                    "renovations, so that it becomes a modest addition "
                                    "rather than a new budget line.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Clear ownership, a senior sponsor, a mix "
                                        "of funding sources and engaged residents "
                                        "matter as much as technical measures for a "
                                        "plan to succeed.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": "What is a no-regret adaptation measure?",
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "A measure that brings benefits "
                                                "whatever the future climate turns out "
                                                "to be"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "A measure that nobody has criticised"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "A measure funded entirely by the EU"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "No-regret measures, such as fixing leaks or "
                                        "improving warnings, pay off under a wide "
                                        "range of scenarios."
                                    ),
                                },
                                {
                                    "text": (
                                        "Which of these are nature-based measures? "
                                        "Select all that apply."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": "Restoring coastal dunes",
                                            "correct": True,
                                        },
                                        {
                                            "text": "Planting street trees",
                                            "correct": True,
                                        },
                                        {
                                            "text": "Building a concrete sea wall",
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Creating green roofs on public "
                                                "buildings"
                                            ),
                                            "correct": True,
                                        },
                                    ],
                                    "explanation": (
                                        "Nature-based measures use vegetation and "
                                        "natural processes; a concrete sea wall is a "
                                        "grey measure."
                                    ),
                                },
                                {
                                    "text": (
                                        "Which is the best first source of evidence "
                                        "for a local risk assessment?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Records and staff experience of past "
                                                "extreme events, combined with climate "
                                                "projections"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Only global averages from "
                                                "international reports"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "The opinions of the most senior "
                                                "politician"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Local records and front-line knowledge reveal "
                                        "real hotspots; projections show how "
                                        "conditions may change."
                                    ),
                                },
                                {
                                    "text": (
                                        "Why should adaptation be built into existing "
                                        "budgets and planning processes?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "So that it is not forgotten when the "
                                                "plan is no longer new"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Because separate plans are illegal"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Because it removes the need for "
                                                "monitoring"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Mainstreaming adaptation into routine work "
                                        "keeps it funded and delivered over the long "
                                        "term."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "smes-and-monitoring",
                "title": "Working with SMEs and tracking progress",
                "introduction": (
                    "Many practical climate solutions come from small companies. This "
                    "module shows how city staff can work with SMEs openly and fairly, "
                    "and how to choose indicators that show whether the city is "
                    "becoming more climate-ready."
                ),
                "lessons": [
                    {
                        "slug": "working-with-smes",
                        "title": "Working with SMEs on climate solutions",
                        "minutes": 13,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Small and medium-sized enterprises make up "
                                    "around 99% of businesses in the EU and are a "
                                    "major source of new products and services. In the "
                                    "climate field they offer sensors and early "
                                    "warning tools, water-saving technology, cool "
                                    "materials, green roof systems, nature-based "
                                    "design, data analysis and community engagement. "
                                    "Working with them can bring fresh ideas and "
                                    "support the local economy, but it must be done in "
                                    "a way that is fair to all companies.</p>"
                                ),
                            ),
                            ("heading", "Ways to engage"),
                            (
                                "paragraph",
                                (
                                    "<ul><li><strong>Publish your challenges.</strong> "
                                    "Describe the problem you need to solve, not the "
                                    "product you think you need. This invites a wider "
                                    "range of answers.</li><li><strong>Hold open "
                                    "market consultations</strong> before buying, so "
                                    "companies can tell you what is possible and at "
                                    "what cost.</li><li><strong>Run pilots</strong> "
                                    "with clear goals, duration and evaluation, chosen "
                                    "through an open and documented "
                                    "process.</li><li><strong>Use innovation-friendly "
                                    "procurement</strong>: functional requirements, "
                                    "lots that suit smaller firms, and award criteria "
                                    "that value quality and life-cycle "
                                    "cost.</li><li><strong>Pay on time.</strong> Cash "
                                    "flow is critical for small firms, and a "
                                    "reputation for late payment drives good suppliers "
                                    "away.</li></ul>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": (
                                        "A cooling challenge for school playgrounds"
                                    ),
                                    "city": "Murcia",
                                    "text": (
                                        "<p><em>An illustrative scenario based on "
                                        "challenges such cities face.</em> In late "
                                        "spring and early autumn, school playgrounds "
                                        "in a hot inland city become too hot to use at "
                                        "midday. The education and environment "
                                        "departments publish a challenge asking how "
                                        "playgrounds could be kept at least a few "
                                        "degrees cooler, at low running cost and with "
                                        "no extra water from the drinking "
                                        "supply.</p><p>An information day attracts "
                                        "landscape designers, a shade-sail maker, a "
                                        "company producing reflective surface coatings "
                                        "and a start-up offering low-cost temperature "
                                        "sensors. After a short open call, two "
                                        "contrasting solutions are piloted at four "
                                        "schools, with sensors measuring results "
                                        "against two untreated playgrounds. The "
                                        "evaluation then informs a proper tender for "
                                        "the wider programme.</p>"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Accepting a free trial from one company "
                                        "can look like favouritism and may create "
                                        "expectations of a future contract. Document "
                                        "how pilot partners were chosen, offer the "
                                        "opportunity openly where possible and check "
                                        "with your procurement team first.</p>"
                                    ),
                                },
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "Once we started describing problems instead "
                                        "of products, we heard from companies we had "
                                        "never met before."
                                    ),
                                    "attribution": (
                                        "Innovation officer, a municipality in Israel"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "choosing-indicators",
                        "title": "Choosing indicators",
                        "minutes": 12,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>How will you know whether your city is "
                                    "becoming more climate-ready? Adaptation is harder "
                                    "to measure than emissions reduction, because "
                                    "success often means that something bad did "
                                    "<em>not</em> happen, or happened with less "
                                    "damage. A small set of well-chosen indicators "
                                    "helps you track progress, justify budgets and "
                                    "learn what works.</p>"
                                ),
                            ),
                            ("heading", "Types of indicator"),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Example indicators for a Mediterranean city"
                                    ),
                                    "header": ["Type", "What it tells you", "Example"],
                                    "rows": [
                                        [
                                            "Hazard",
                                            "How the climate is changing locally",
                                            (
                                                "Number of nights a year above 25 "
                                                "degrees Celsius"
                                            ),
                                        ],
                                        [
                                            "Exposure",
                                            (
                                                "How many people or assets are in "
                                                "harm's way"
                                            ),
                                            (
                                                "Residents living in mapped "
                                                "flood-prone areas"
                                            ),
                                        ],
                                        [
                                            "Vulnerability",
                                            "How sensitive those people or assets are",
                                            (
                                                "Share of people over 75 living alone "
                                                "in the hottest districts"
                                            ),
                                        ],
                                        [
                                            "Process",
                                            "Whether actions are being delivered",
                                            (
                                                "Trees planted; permeable surface "
                                                "added, in square metres"
                                            ),
                                        ],
                                        [
                                            "Outcome",
                                            "Whether risk is actually falling",
                                            (
                                                "Heat-related emergency calls during "
                                                "heatwaves; flood damage claims"
                                            ),
                                        ],
                                    ],
                                },
                            ),
                            (
                                "checklist",
                                {
                                    "title": "A good indicator is...",
                                    "items": [
                                        "Relevant to a specific objective in your plan",
                                        (
                                            "Based on data you can obtain regularly at "
                                            "reasonable cost"
                                        ),
                                        (
                                            "Clearly defined, so it is measured the "
                                            "same way each time"
                                        ),
                                        (
                                            "Understandable to decision-makers and "
                                            "residents"
                                        ),
                                        (
                                            "Linked to a baseline value and, where "
                                            "possible, a target"
                                        ),
                                    ],
                                },
                            ),
                            ("heading", "Baselines and targets"),
                            (
                                "paragraph",
                                (
                                    "<p>An indicator without a starting point tells "
                                    "you little. Record a <strong>baseline</strong> "
                                    "for each indicator, ideally averaged over several "
                                    "years to smooth out unusual seasons, and note "
                                    "exactly how it was measured. Then agree a target "
                                    "with the responsible department: for instance, "
                                    "raising tree canopy cover in the hottest "
                                    "districts by a set percentage within five years. "
                                    "Targets should be ambitious but realistic, and "
                                    "linked to specific measures in the plan, so that "
                                    "it is clear what will move the indicator.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Start small. Five to ten indicators that "
                                        "are actually updated each year are worth far "
                                        "more than fifty that are never measured. "
                                        "Where useful, borrow indicators used by "
                                        "networks of cities so you can compare with "
                                        "peers.</p>"
                                    ),
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Smart-city technologies can help: networks of "
                                    "low-cost sensors, satellite data on surface "
                                    "temperatures and green cover, and dashboards that "
                                    "bring data from several departments together. But "
                                    "data only matters if someone is responsible for "
                                    "reviewing it and acting on it.</p>"
                                ),
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "learning-and-reporting",
                        "title": "Learning, reporting and improving",
                        "minutes": 11,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Adaptation is a cycle, not a one-off project: "
                                    "assess, plan, act, monitor, learn and adjust. "
                                    "Climate conditions, scientific knowledge and city "
                                    "priorities all change, so plans should be "
                                    "reviewed regularly, typically every few years, "
                                    "and after any major extreme event.</p>"
                                ),
                            ),
                            ("heading", "Reporting that people read"),
                            (
                                "paragraph",
                                (
                                    "<p>A progress report should be short and honest. "
                                    "Show which measures are on track and which are "
                                    "delayed, what indicators say, and what was "
                                    "learned. Use maps and photographs: a "
                                    "before-and-after picture of a shaded street or a "
                                    "park that absorbed a storm speaks to councillors "
                                    "and residents more clearly than tables. Publish a "
                                    "summary openly, since transparency builds trust "
                                    "and invites ideas.</p>"
                                ),
                            ),
                            (
                                "accordion",
                                {
                                    "title": "Learning from an extreme event",
                                    "items": [
                                        {
                                            "heading": "Within days",
                                            "text": (
                                                "<p>Record what happened while "
                                                "memories are fresh: where, when, who "
                                                "was affected and how services "
                                                "responded.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Within weeks",
                                            "text": (
                                                "<p>Hold a review with all departments "
                                                "involved and, where possible, "
                                                "affected residents. Focus on "
                                                "learning, not blame.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Within months",
                                            "text": (
                                                "<p>Update the risk assessment and the "
                                                "action plan, and check whether new "
                                                "measures, or new suppliers, are "
                                                "needed.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            ("heading", "Adjusting course"),
                            (
                                "paragraph",
                                (
                                    "<p>Monitoring is only worth doing if it changes "
                                    "decisions. Build a regular moment, for example an "
                                    "annual review meeting, where the "
                                    "cross-departmental team looks at the indicators "
                                    "and asks three questions: what is working, what "
                                    "is not, and what should change? Measures that "
                                    "deliver little can be redesigned or dropped, and "
                                    "successful ones extended. Record these decisions "
                                    "in the plan so that the reasoning is visible to "
                                    "future staff and councillors.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Peer learning between cities",
                                    "city": "Kfar Saba",
                                    "text": (
                                        "<p>In 2021 the Municipality of Kfar Saba "
                                        "hosted online meetings of the SME4SMARTCITIES "
                                        "cities lead group, bringing together cities "
                                        "from Spain, Italy and Israel and senior "
                                        "regional officials. Climate change readiness "
                                        "was one of the themes discussed, alongside "
                                        "innovation and sustainable development, and "
                                        "the cities compared their main economic, "
                                        "social and environmental challenges and the "
                                        "kinds of solutions they wanted to "
                                        "apply.</p><p>Exchanges like this let staff "
                                        "see how peers facing similar hazards organise "
                                        "their work, which indicators they use and "
                                        "which solutions they have tested, saving time "
                                        "and avoiding repeated mistakes.</p>"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Monitor, learn and adjust. Sharing results "
                                        "openly, with residents and with other cities, "
                                        "turns individual projects into a growing body "
                                        "of practical knowledge.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "Which indicator tells you whether risk is "
                                        "actually falling, rather than whether actions "
                                        "are being delivered?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": "Number of trees planted",
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Heat-related emergency calls during "
                                                "heatwaves"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "Number of meetings held",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Trees planted is a process indicator. "
                                        "Emergency calls during heatwaves reflect the "
                                        "outcome: harm to people."
                                    ),
                                },
                                {
                                    "text": (
                                        "Which practices help a city work fairly with "
                                        "SMEs on climate solutions? Select all that "
                                        "apply."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": (
                                                "Publishing challenges that describe "
                                                "the problem rather than a product"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Documenting how pilot partners were "
                                                "chosen"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Quietly accepting a free trial from a "
                                                "friend's company"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": "Paying invoices on time",
                                            "correct": True,
                                        },
                                    ],
                                    "explanation": (
                                        "Openness, documented choices and reliable "
                                        "payment build a fair, attractive market for "
                                        "SMEs."
                                    ),
                                },
                                {
                                    "text": "What makes a good adaptation indicator?",
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "It is linked to an objective, clearly "
                                                "defined and measurable regularly"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "It is as technical as possible",
                                            "correct": False,
                                        },
                                        {
                                            "text": "It is measured only once",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Indicators are only useful if they connect to "
                                        "objectives and can be measured consistently "
                                        "over time."
                                    ),
                                },
                                {
                                    "text": (
                                        "When should an adaptation plan be reviewed?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": "Never, once it is approved",
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Regularly, every few years, and after "
                                                "major extreme events"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "Only when a new mayor is elected",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Adaptation is a cycle; plans should be "
                                        "updated as conditions, knowledge and "
                                        "priorities change."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Course 3: Public–private collaboration: from challenge to pilot
    # ------------------------------------------------------------------
    {
        "slug": "from-challenge-to-pilot",
        "title": "Public–private collaboration: from challenge to pilot",
        "summary": (
            "How cities and companies can work together to turn a well-framed urban "
            "challenge into a fair, well-run pilot, and a successful pilot into a "
            "solution used at scale."
        ),
        "audience": "both",
        "level": "intermediate",
        "access": "registered",
        "topics": [
            "public-private-collaboration",
            "innovation",
            "smart-city-solutions",
        ],
        "learning_outcomes": [
            (
                "Frame a city challenge in terms of needs and outcomes rather than a "
                "predetermined solution."
            ),
            (
                "Organise co-creation and matchmaking activities that are open and "
                "fair to all suppliers."
            ),
            (
                "Identify the key elements of a pilot agreement, including data "
                "sharing and intellectual property."
            ),
            "Design an evaluation that shows whether a pilot worked and why.",
            (
                "Plan the route from a successful pilot to procurement and replication "
                "in other cities."
            ),
        ],
        "description": (
            "<p>Cities have problems to solve and companies have ideas and technology. "
            "Bringing them together sounds simple, yet many collaborations stall: the "
            "challenge is vague, the pilot never ends, the data cannot be shared or "
            "nobody knows how to buy the solution afterwards.</p><p>This course is "
            "written for <strong>both sides of the table</strong>: city staff who "
            "manage innovation projects and SMEs who want to work with public bodies. "
            "It follows the path promoted by the SME4SMARTCITIES project, which aimed "
            "to build partnership agreements between cities and SMEs and to deliver "
            "smart-city solutions that respond to real urban needs.</p><h3>You will "
            "learn to</h3><ul><li>write a challenge statement that attracts good "
            "answers</li><li>run co-creation and matchmaking fairly</li><li>set up "
            "pilots with clear agreements and evaluation</li><li>plan for what happens "
            "after a pilot succeeds</li></ul>"
        ),
        "modules": [
            {
                "slug": "framing-the-challenge",
                "title": "Framing the challenge",
                "introduction": (
                    "Good collaboration starts with a good question. This module "
                    "explains why challenge-led approaches work, how to write a clear "
                    "challenge statement and how to involve users and suppliers in "
                    "shaping it."
                ),
                "lessons": [
                    {
                        "slug": "why-start-with-a-challenge",
                        "title": "Why start with a challenge?",
                        "minutes": 10,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Most public purchasing starts with a solution "
                                    "in mind: 'we need 200 new streetlights' or 'we "
                                    "need a parking app'. That works when the city "
                                    "knows exactly what it wants. But when the "
                                    "underlying problem is new or complex, fixing the "
                                    "answer too early shuts out better ideas. A "
                                    "<strong>challenge-led</strong> approach starts "
                                    "instead from the problem and the outcome: 'we "
                                    "want residents to feel safe walking at night "
                                    "while cutting lighting energy use by a third'.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Solution-led and challenge-led approaches"
                                    ),
                                    "header": [
                                        "Aspect",
                                        "Solution-led",
                                        "Challenge-led",
                                    ],
                                    "rows": [
                                        [
                                            "Starting point",
                                            "A product or technology",
                                            "A problem and a desired outcome",
                                        ],
                                        [
                                            "Who can respond",
                                            "Suppliers of that product",
                                            "Any company with a relevant idea",
                                        ],
                                        ["Room for innovation", "Limited", "Wide"],
                                        [
                                            "Risk for the city",
                                            (
                                                "Lower uncertainty, but may solve the "
                                                "wrong problem"
                                            ),
                                            (
                                                "More uncertainty, but better fit to "
                                                "real needs"
                                            ),
                                        ],
                                    ],
                                },
                            ),
                            ("heading", "Knowing what the challenges are"),
                            (
                                "paragraph",
                                (
                                    "<p>Before framing individual challenges, it helps "
                                    "to know the city's main problems. In the "
                                    "SME4SMARTCITIES project, an urban innovation and "
                                    "sustainability laboratory at Tel Aviv University "
                                    "led a study of the cities' challenges, and a "
                                    "survey of their main economic, social and "
                                    "environmental challenges was published in several "
                                    "languages. Such an overview helps cities choose "
                                    "priorities and helps companies understand where "
                                    "demand is likely to come from.</p>"
                                ),
                            ),
                            ("heading", "What it asks of both sides"),
                            (
                                "paragraph",
                                (
                                    "<p>A challenge-led approach asks something of "
                                    "each side. City staff have to accept some "
                                    "uncertainty: they will not know in advance "
                                    "exactly what they will receive, and they must be "
                                    "able to evaluate very different proposals against "
                                    "the outcome they want. Companies have to invest "
                                    "time in understanding a problem before selling "
                                    "anything, and be willing to adapt their offer, or "
                                    "team up with others, to meet the need.</p><p>In "
                                    "return, both gain. Cities get solutions that fit "
                                    "their real situation and often discover suppliers "
                                    "they did not know existed. Companies get clearer "
                                    "information about what a city values, which "
                                    "reduces the risk of developing products nobody "
                                    "will buy.</p>"
                                ),
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "We stopped asking for apps. We started asking "
                                        "why people were not using the services we "
                                        "already had."
                                    ),
                                    "attribution": (
                                        "Digital services manager, a city "
                                        "administration in southern Europe"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Describe the problem and the outcome you "
                                        "want, not the product you imagine. It widens "
                                        "the field of possible solutions and "
                                        "suppliers.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "writing-a-challenge-statement",
                        "title": "Writing a challenge statement",
                        "minutes": 14,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>A challenge statement is a short document, "
                                    "usually one or two pages, that explains the "
                                    "problem to potential solvers. It is read by "
                                    "companies deciding whether to invest their time, "
                                    "so it must be clear, honest and specific.</p>"
                                ),
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Elements of a strong challenge statement",
                                    "items": [
                                        (
                                            "Context: where the problem occurs and why "
                                            "it matters now"
                                        ),
                                        (
                                            "The problem, described with evidence and "
                                            "numbers where possible"
                                        ),
                                        (
                                            "Who is affected: residents, visitors, "
                                            "staff, businesses"
                                        ),
                                        (
                                            "The outcome sought and how success will "
                                            "be measured"
                                        ),
                                        (
                                            "Constraints: budget range, legal limits, "
                                            "existing systems, timing"
                                        ),
                                        (
                                            "Available resources: data, sites, staff "
                                            "time, test locations"
                                        ),
                                        (
                                            "What happens next: pilot, procurement, "
                                            "timetable"
                                        ),
                                    ],
                                },
                            ),
                            (
                                "table",
                                {
                                    "caption": "Weak and strong challenge statements",
                                    "header": ["Weak", "Stronger"],
                                    "rows": [
                                        [
                                            "We need a smart waste solution.",
                                            (
                                                "Overflowing bins in the old town "
                                                "generate about 300 complaints each "
                                                "summer. We want to reduce overflows "
                                                "by half without adding collection "
                                                "rounds."
                                            ),
                                        ],
                                        [
                                            "We want to use AI in traffic.",
                                            (
                                                "Buses on two main corridors lose an "
                                                "average of eight minutes at peak "
                                                "times. We want to improve reliability "
                                                "while keeping priority for "
                                                "pedestrians."
                                            ),
                                        ],
                                        [
                                            "Help us become greener.",
                                            (
                                                "Energy bills for our 40 public "
                                                "buildings rose sharply. We want to "
                                                "cut consumption by 20% within three "
                                                "years, with solutions our maintenance "
                                                "staff can operate."
                                            ),
                                        ],
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Avoid writing a challenge around one "
                                        "company's product, even unintentionally. "
                                        "Naming brands or very specific technical "
                                        "features excludes alternatives and may breach "
                                        "procurement principles if a purchase "
                                        "follows.</p>"
                                    ),
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>For SMEs reading a challenge, the statement is "
                                    "a gift: it tells you exactly what the city cares "
                                    "about. Reuse its language when you respond, "
                                    "address each constraint explicitly and explain "
                                    "how you would measure the outcome it describes. "
                                    "If something important is missing, such as the "
                                    "budget range, ask.</p>"
                                ),
                            ),
                            ("heading", "Publishing and promoting the challenge"),
                            (
                                "paragraph",
                                (
                                    "<p>A well-written challenge is wasted if the "
                                    "right companies never see it. Publish it on the "
                                    "city website and procurement portal, and share it "
                                    "through business associations, innovation "
                                    "centres, universities and networks of cities. "
                                    "Give a realistic deadline for responses, offer a "
                                    "question-and-answer session open to all, and "
                                    "publish the answers. Translate a summary into the "
                                    "main languages of the region if you want "
                                    "international interest. Finally, tell respondents "
                                    "what will happen to their ideas and when, and "
                                    "follow through: cities that go silent after a "
                                    "challenge call find fewer companies willing to "
                                    "answer the next one.</p>"
                                ),
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "co-creation",
                        "title": "Co-creation with users and suppliers",
                        "minutes": 13,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p><strong>Co-creation</strong> means designing a "
                                    "solution together with the people who will use it "
                                    "and the organisations who will provide it, "
                                    "instead of handing over a finished specification. "
                                    "It reduces the risk of building something nobody "
                                    "wants and helps city staff and companies "
                                    "understand each other's constraints.</p>"
                                ),
                            ),
                            ("heading", "Common co-creation formats"),
                            (
                                "accordion",
                                {
                                    "title": "Formats and when to use them",
                                    "items": [
                                        {
                                            "heading": (
                                                "User interviews and street observation"
                                            ),
                                            "text": (
                                                "<p>Short conversations with residents "
                                                "or staff where the problem happens. "
                                                "Cheap and revealing; use at the "
                                                "start.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Co-design workshops",
                                            "text": (
                                                "<p>Half-day sessions where users, "
                                                "city staff and companies sketch ideas "
                                                "together. Use them once the problem "
                                                "is clear but solutions are open.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Hackathons and challenge days",
                                            "text": (
                                                "<p>Intensive events where teams "
                                                "develop prototypes against a "
                                                "challenge. Good for energy and "
                                                "visibility; follow up properly or "
                                                "momentum is lost.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Living labs",
                                            "text": (
                                                "<p>Real neighbourhoods or buildings "
                                                "where solutions are tested with "
                                                "residents over months. Powerful but "
                                                "demanding to organise.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Whatever the format, preparation makes the "
                                    "difference. Agree beforehand what decisions the "
                                    "session should inform, invite a balanced mix of "
                                    "participants, and brief a neutral facilitator. "
                                    "Share background information in advance so that "
                                    "time together is spent on ideas, not "
                                    "explanations. Afterwards, send all participants a "
                                    "short summary of what was learned and what "
                                    "happens next. People who see that their input "
                                    "made a difference are much more likely to take "
                                    "part again.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": (
                                        "Redesigning a neighbourhood service with "
                                        "residents"
                                    ),
                                    "city": "Herzliya",
                                    "text": (
                                        "<p><em>An illustrative scenario based on "
                                        "challenges such cities face.</em> A city "
                                        "wants to encourage older residents in one "
                                        "neighbourhood to use a new digital booking "
                                        "system for community services, but uptake is "
                                        "very low. Instead of commissioning a new app, "
                                        "the social services team invites residents, "
                                        "volunteers and three small technology firms "
                                        "to two workshops.</p><p>Residents explain "
                                        "that the problem is not the app itself but "
                                        "trust and confidence. Together the group "
                                        "designs a mixed approach: a simplified "
                                        "interface, a phone line staffed by volunteers "
                                        "and short training sessions at the community "
                                        "centre. The firms gain insight they could not "
                                        "have got from a tender document, and the city "
                                        "later runs an open procedure for the adapted "
                                        "service.</p>"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>When companies take part in co-creation "
                                        "before a procurement, keep records of who "
                                        "attended and what was shared, and make key "
                                        "information available to all potential "
                                        "bidders. This protects both the city and the "
                                        "participating SMEs from claims of unfair "
                                        "advantage.</p>"
                                    ),
                                },
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "The workshop saved us six months. We would "
                                        "have built the wrong thing beautifully."
                                    ),
                                    "attribution": "Founder, a small software company",
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "What is the main advantage of a challenge-led "
                                        "approach?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "It guarantees the cheapest solution"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "It opens the door to a wider range of "
                                                "solutions and suppliers"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "It removes the need for procurement "
                                                "rules"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "By describing the problem and outcome rather "
                                        "than the product, the city invites ideas it "
                                        "may not have considered."
                                    ),
                                },
                                {
                                    "text": (
                                        "Which elements belong in a good challenge "
                                        "statement? Select all that apply."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": "Evidence of the problem",
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Constraints such as budget range and "
                                                "existing systems"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "The brand name of the preferred "
                                                "product"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": "How success will be measured",
                                            "correct": True,
                                        },
                                    ],
                                    "explanation": (
                                        "A good statement describes the problem, "
                                        "constraints and success measures, without "
                                        "pointing to a particular product."
                                    ),
                                },
                                {
                                    "text": (
                                        "Why should a city keep records of companies "
                                        "taking part in co-creation before a tender?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "To exclude them from the later tender"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "To show that the process was fair and "
                                                "to share key information with all "
                                                "bidders"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "To charge them a participation fee"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Transparency about early involvement protects "
                                        "against claims of unfair advantage while "
                                        "allowing participants to bid."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "matchmaking-and-agreements",
                "title": "Matchmaking and pilot agreements",
                "introduction": (
                    "Once a challenge is framed, the city needs to find the right "
                    "partners and agree how a pilot will work. This module covers fair "
                    "matchmaking, what a pilot agreement should contain and how to "
                    "share data responsibly."
                ),
                "lessons": [
                    {
                        "slug": "matchmaking-that-works",
                        "title": "Matchmaking that works",
                        "minutes": 12,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p><strong>Matchmaking</strong> connects city "
                                    "needs with companies that can address them, and "
                                    "companies with each other. It can be as simple as "
                                    "a well-advertised information day or as "
                                    "structured as an online platform where cities "
                                    "post challenges and SMEs submit short proposals. "
                                    "Cooperation projects often organise brokerage "
                                    "events where dozens of short, pre-booked meetings "
                                    "take place in a single day.</p>"
                                ),
                            ),
                            ("heading", "Making matchmaking fair and productive"),
                            (
                                "paragraph",
                                (
                                    "<ul><li><strong>Advertise widely</strong>, "
                                    "through business associations, innovation centres "
                                    "and online channels, so that newcomers and firms "
                                    "from other regions can take "
                                    "part.</li><li><strong>Give everyone the same "
                                    "information</strong> and the same time "
                                    "slots.</li><li><strong>Ask for short written "
                                    "proposals</strong> before meetings, so "
                                    "conversations focus on "
                                    "substance.</li><li><strong>Match companies with "
                                    "each other</strong>, not only with the city: many "
                                    "challenges need combined "
                                    "skills.</li><li><strong>Say clearly what happens "
                                    "next</strong>: a pilot call, a market "
                                    "consultation or simply a follow-up "
                                    "meeting.</li></ul>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": (
                                        "A brokerage day on energy in public buildings"
                                    ),
                                    "city": "Molina de Segura",
                                    "text": (
                                        "<p><em>An illustrative scenario based on "
                                        "challenges such cities face.</em> A "
                                        "medium-sized town wants to reduce energy use "
                                        "in its schools and sports centres. With a "
                                        "regional business and innovation centre, it "
                                        "publishes a challenge and invites SMEs to a "
                                        "brokerage day. Thirty companies register; "
                                        "each submits a one-page idea in "
                                        "advance.</p><p>In the morning, the town's "
                                        "engineers present the buildings and their "
                                        "data. In the afternoon, companies hold "
                                        "fifteen-minute meetings with the town and "
                                        "with each other. Two small firms, one "
                                        "offering building sensors and one "
                                        "specialising in control software, discover "
                                        "that their products fit together and decide "
                                        "to propose a joint pilot when the open call "
                                        "is published.</p>"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>For SMEs: prepare a one-minute "
                                        "introduction focused on the city's challenge, "
                                        "bring one concrete example of past results "
                                        "and leave with a named contact and an agreed "
                                        "next step.</p>"
                                    ),
                                },
                            ),
                            ("heading", "After the event"),
                            (
                                "paragraph",
                                (
                                    "<p>Most of the value of matchmaking is realised "
                                    "after the event, not during it. Cities should "
                                    "publish a short summary of the challenges "
                                    "discussed and any next steps, and make "
                                    "presentations available to all registered "
                                    "participants, including those who could not "
                                    "attend. Companies should follow up promptly with "
                                    "the contacts they made, confirm any agreements in "
                                    "writing and keep the city informed if they form "
                                    "partnerships. Organisers can help by circulating "
                                    "a list of participants and their interests, with "
                                    "their consent, so that new connections keep "
                                    "forming.</p>"
                                ),
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "The best meetings were the ones where the "
                                        "company asked us more questions than it "
                                        "answered."
                                    ),
                                    "attribution": (
                                        "Energy manager, a Spanish town council"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "pilot-agreements",
                        "title": "Pilot agreements",
                        "minutes": 15,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>A pilot is a limited, time-bound test of a "
                                    "solution in real conditions. Whether it is paid "
                                    "through a small contract, funded by a grant or "
                                    "offered at the company's own cost, it needs a "
                                    "written agreement. Without one, misunderstandings "
                                    "about scope, data, costs and what happens "
                                    "afterwards are almost guaranteed.</p>"
                                ),
                            ),
                            (
                                "accordion",
                                {
                                    "title": "What a pilot agreement should cover",
                                    "items": [
                                        {
                                            "heading": "Purpose and scope",
                                            "text": (
                                                "<p>The problem addressed, the "
                                                "location, the number of users or "
                                                "devices, and what is out of scope.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Duration and milestones",
                                            "text": (
                                                "<p>Start and end dates, key stages "
                                                "and review points. A pilot without an "
                                                "end date tends to drift.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Roles and responsibilities",
                                            "text": (
                                                "<p>Who provides equipment, permits, "
                                                "access to sites, staff time and user "
                                                "recruitment, and who the named "
                                                "contacts are on each side.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Costs and payment",
                                            "text": (
                                                "<p>What the city pays, if anything, "
                                                "and when; which costs each party "
                                                "bears.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Data and privacy",
                                            "text": (
                                                "<p>What data is collected, who "
                                                "controls it, where it is stored, who "
                                                "may use it afterwards and how "
                                                "personal data is protected.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Intellectual property",
                                            "text": (
                                                "<p>Who owns existing and new IP, and "
                                                "what rights each party has to use "
                                                "results.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Liability and insurance",
                                            "text": (
                                                "<p>Responsibility for damage, injury "
                                                "or service failures during the "
                                                "pilot.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Evaluation and communication",
                                            "text": (
                                                "<p>How success is measured, who "
                                                "writes the evaluation and how results "
                                                "may be published.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "End of pilot",
                                            "text": (
                                                "<p>Removal or handover of equipment, "
                                                "and a clear statement that the pilot "
                                                "does not by itself create a right to "
                                                "a future contract, unless the "
                                                "procedure used provides for one.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "text": (
                                        "<p>A free pilot is not free of rules. If a "
                                        "city accepts services of real value from one "
                                        "company without an open process, it may "
                                        "breach procurement or state aid principles, "
                                        "and the company may later be seen as having "
                                        "an unfair advantage. Check with legal and "
                                        "procurement colleagues before agreeing.</p>"
                                    ),
                                },
                            ),
                            ("heading", "Keeping it proportionate"),
                            (
                                "paragraph",
                                (
                                    "<p>A pilot agreement does not need to be fifty "
                                    "pages. Many cities use a standard template of a "
                                    "few pages for small pilots and add annexes for "
                                    "data protection and technical details. For SMEs, "
                                    "a short, clear template is a sign that the city "
                                    "is an experienced and reliable partner; ask "
                                    "whether one exists before drafting your own.</p>"
                                ),
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "data-sharing",
                        "title": "Data sharing and privacy",
                        "minutes": 14,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Almost every smart-city pilot involves data: "
                                    "sensor readings, service usage, images, "
                                    "locations. Data is often the most valuable output "
                                    "of a pilot, and the most sensitive. Agreeing "
                                    "early how it will be handled prevents conflict "
                                    "and protects residents.</p>"
                                ),
                            ),
                            ("heading", "Personal data"),
                            (
                                "paragraph",
                                (
                                    "<p>In EU countries, the General Data Protection "
                                    "Regulation (GDPR) applies whenever personal data "
                                    "is processed, meaning any information that can "
                                    "identify a person directly or indirectly, such as "
                                    "names, images, licence plates or precise location "
                                    "histories. Other countries around the "
                                    "Mediterranean have their own national data "
                                    "protection laws. In practice this "
                                    "means:</p><ul><li>collect only the data needed "
                                    "for the pilot's purpose (<em>data "
                                    "minimisation</em>);</li><li>be clear which party "
                                    "is the <em>controller</em> deciding why and how "
                                    "data is used, and which is the <em>processor</em> "
                                    "acting on its behalf;</li><li>inform people about "
                                    "what is collected and why, for example with clear "
                                    "signs and a privacy notice;</li><li>carry out a "
                                    "data protection impact assessment where "
                                    "processing is likely to create high risks, such "
                                    "as large-scale monitoring of public "
                                    "spaces;</li><li>anonymise or aggregate data "
                                    "wherever possible.</li></ul>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Who should have what rights to pilot data?"
                                    ),
                                    "header": ["Type of data", "Typical arrangement"],
                                    "rows": [
                                        [
                                            "Raw data collected in public space",
                                            (
                                                "City controls it; supplier uses it "
                                                "only to deliver the pilot"
                                            ),
                                        ],
                                        [
                                            "Aggregated, anonymised results",
                                            "Often published as open data, if agreed",
                                        ],
                                        [
                                            "Supplier's algorithms and models",
                                            "Remain the supplier's IP",
                                        ],
                                        [
                                            "Data needed to continue the service",
                                            (
                                                "Must be exportable in a standard "
                                                "format to avoid lock-in"
                                            ),
                                        ],
                                    ],
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Beyond privacy, think about "
                                    "<strong>interoperability</strong>. If pilot data "
                                    "is stored in a closed, proprietary format, the "
                                    "city may find it impossible to combine with other "
                                    "sources or to switch suppliers later. Ask for "
                                    "data to be available through documented "
                                    "interfaces and in common, open formats. For SMEs, "
                                    "supporting open standards is an advantage rather "
                                    "than a threat: it makes your solution easier to "
                                    "integrate and easier for other cities to "
                                    "adopt.</p>"
                                ),
                            ),
                            (
                                "checklist",
                                {
                                    "title": (
                                        "Data questions to settle before a pilot starts"
                                    ),
                                    "items": [
                                        (
                                            "What data will be collected, how often "
                                            "and where?"
                                        ),
                                        (
                                            "Does any of it identify people, and if "
                                            "so, what is the legal basis?"
                                        ),
                                        "Where will it be stored, and for how long?",
                                        "Who may access it during and after the pilot?",
                                        "In which format can the city export it?",
                                        "Can anonymised results be published?",
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Settle data ownership, access, privacy and "
                                        "export formats in writing before the pilot "
                                        "begins. Open standards and exportable data "
                                        "protect the city from lock-in and make "
                                        "solutions easier to scale.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "Which items should a pilot agreement cover? "
                                        "Select all that apply."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": "Duration and milestones",
                                            "correct": True,
                                        },
                                        {
                                            "text": "Data ownership and privacy",
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "A guarantee of a future contract in "
                                                "every case"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": "How success will be evaluated",
                                            "correct": True,
                                        },
                                    ],
                                    "explanation": (
                                        "Agreements should set scope, timing, data, "
                                        "IP, liability and evaluation. A pilot alone "
                                        "does not normally create a right to a future "
                                        "contract."
                                    ),
                                },
                                {
                                    "text": "What does data minimisation mean?",
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Collecting only the data needed for "
                                                "the stated purpose"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Compressing data files to save storage"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Deleting all data at the end of every "
                                                "day"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Data minimisation is a core data protection "
                                        "principle: collect no more personal data than "
                                        "the purpose requires."
                                    ),
                                },
                                {
                                    "text": (
                                        "Why can accepting a free pilot from one "
                                        "company cause problems for a city?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Free pilots are always of poor quality"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "It may breach principles of fair "
                                                "competition and give that company an "
                                                "unfair advantage"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Cities are not allowed to test "
                                                "anything"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Valuable services accepted without an open "
                                        "process can raise procurement and state aid "
                                        "concerns."
                                    ),
                                },
                                {
                                    "text": (
                                        "What is a good way to make matchmaking fair?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Inviting only companies the city "
                                                "already knows"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Advertising widely and giving all "
                                                "participants the same information"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Letting the largest company choose "
                                                "its partners first"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Wide advertising and equal information allow "
                                        "newcomers and SMEs from other regions to "
                                        "compete on equal terms."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "evaluating-and-scaling",
                "title": "Evaluating and scaling",
                "introduction": (
                    "A pilot is only useful if it produces evidence and leads "
                    "somewhere. This module shows how to design an evaluation, manage "
                    "a pilot while it runs and plan the move from pilot to full-scale "
                    "use."
                ),
                "lessons": [
                    {
                        "slug": "designing-the-evaluation",
                        "title": "Designing the evaluation",
                        "minutes": 13,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>The time to plan an evaluation is before the "
                                    "pilot starts, not after it ends. Once equipment "
                                    "is installed and users are involved, it is too "
                                    "late to measure the situation <em>before</em> the "
                                    "change, and without that baseline nobody can say "
                                    "what difference the solution made.</p>"
                                ),
                            ),
                            ("heading", "Four questions for every evaluation"),
                            (
                                "paragraph",
                                (
                                    "<ol><li><strong>Did it work technically?</strong> "
                                    "Reliability, accuracy, uptime, ease of "
                                    "installation.</li><li><strong>Did it achieve the "
                                    "outcome?</strong> The change in the indicator "
                                    "named in the challenge statement, compared with "
                                    "the baseline.</li><li><strong>Did people use it "
                                    "and like it?</strong> Uptake, satisfaction, the "
                                    "experience of staff who operate "
                                    "it.</li><li><strong>Is it worth scaling?</strong> "
                                    "Full costs, savings, risks, and what would need "
                                    "to change at larger scale.</li></ol>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Example evaluation plan for a smart "
                                        "irrigation pilot in two parks"
                                    ),
                                    "header": [
                                        "Question",
                                        "Indicator",
                                        "Method",
                                        "Baseline",
                                    ],
                                    "rows": [
                                        [
                                            "Technical performance",
                                            "Sensor uptime",
                                            "System logs",
                                            "Not applicable",
                                        ],
                                        [
                                            "Outcome",
                                            "Water used per square metre",
                                            (
                                                "Meter readings, compared with two "
                                                "similar parks without the system"
                                            ),
                                            "Previous summer's readings",
                                        ],
                                        [
                                            "User experience",
                                            "Gardeners' satisfaction",
                                            "Short interviews at mid-point and end",
                                            "Interviews before start",
                                        ],
                                        [
                                            "Value",
                                            "Cost per cubic metre saved",
                                            "Cost data and water savings",
                                            "Current water price",
                                        ],
                                    ],
                                },
                            ),
                            ("heading", "Numbers and stories"),
                            (
                                "paragraph",
                                (
                                    "<p>Quantitative indicators show <em>what</em> "
                                    "changed; qualitative evidence explains "
                                    "<em>why</em>. Short interviews with users, "
                                    "observation on site and open questions in surveys "
                                    "often reveal problems or benefits that numbers "
                                    "miss, such as a maintenance task that became "
                                    "easier or a group of residents who could not use "
                                    "the service. Combine both.</p><p>Decide also who "
                                    "will evaluate. A supplier evaluating its own "
                                    "pilot has an obvious interest in the outcome. "
                                    "Where budgets allow, ask a university, an "
                                    "innovation agency or at least a city team not "
                                    "involved in day-to-day delivery to review the "
                                    "method and results. Agree in advance that results "
                                    "will be reported honestly, whether positive or "
                                    "negative.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Where possible, compare the pilot site "
                                        "with a similar site that does not receive the "
                                        "solution. Weather, tourism and other changes "
                                        "affect results, and a comparison site helps "
                                        "separate the solution's effect from "
                                        "everything else.</p>"
                                    ),
                                },
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "Our first pilot report said the system was a "
                                        "success. When the council asked 'compared "
                                        "with what?', we had no answer."
                                    ),
                                    "attribution": (
                                        "Project manager, a municipal innovation unit"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "running-the-pilot",
                        "title": "Running the pilot and learning as you go",
                        "minutes": 12,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Pilots rarely go exactly to plan. Equipment "
                                    "arrives late, a permit takes longer than "
                                    "expected, users behave differently from what was "
                                    "assumed. Good pilot management does not avoid "
                                    "surprises; it spots them early and adapts while "
                                    "keeping the evaluation sound.</p>"
                                ),
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Simple pilot governance",
                                    "items": [
                                        (
                                            "A named lead on each side with authority "
                                            "to make day-to-day decisions"
                                        ),
                                        (
                                            "A short fortnightly check-in, with a "
                                            "written note of actions"
                                        ),
                                        "A shared log of risks, issues and changes",
                                        (
                                            "A mid-point review against the evaluation "
                                            "plan"
                                        ),
                                        (
                                            "An agreed process for stopping the pilot "
                                            "early if needed"
                                        ),
                                    ],
                                },
                            ),
                            ("heading", "Stop, adjust or continue"),
                            (
                                "paragraph",
                                (
                                    "<p>At the mid-point review, the partners should "
                                    "decide honestly whether to continue as planned, "
                                    "adjust the pilot or stop it. Stopping a pilot "
                                    "that is clearly not working is not a failure; it "
                                    "saves money and produces useful lessons. "
                                    "Adjustments are fine too, but record them, "
                                    "because they affect how results should be "
                                    "interpreted.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Do not forget the people affected by the "
                                    "pilot. Residents who notice new sensors on "
                                    "lampposts or changes in a service will have "
                                    "questions, and rumours spread quickly. Tell them "
                                    "in advance what is being tested, why, for how "
                                    "long and how their data is protected, and give "
                                    "them a way to comment. Front-line city staff need "
                                    "the same information, and often make excellent "
                                    "observers of how the solution works in "
                                    "practice.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Adjusting a parking sensor pilot",
                                    "city": "Tel Aviv",
                                    "text": (
                                        "<p><em>An illustrative scenario based on "
                                        "challenges such cities face.</em> A city "
                                        "tests on-street sensors that show drivers "
                                        "where parking spaces are free, hoping to "
                                        "reduce traffic from drivers circling the "
                                        "block. After a month, the data shows the "
                                        "sensors are accurate, but few drivers use the "
                                        "app.</p><p>At the mid-point review, the "
                                        "partners agree to display availability on "
                                        "existing electronic street signs as well. "
                                        "They log the change and extend the pilot by "
                                        "six weeks so that the new arrangement can be "
                                        "measured properly. The final report separates "
                                        "results from the two phases, which makes it "
                                        "far more useful to the city's transport "
                                        "planners.</p>"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Manage pilots actively: regular check-ins, "
                                        "a shared log and an honest mid-point review. "
                                        "Record every change so the evaluation remains "
                                        "credible.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "from-pilot-to-scale",
                        "title": "From pilot to scale",
                        "minutes": 14,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Many cities have experienced <em>pilot "
                                    "purgatory</em>: a series of promising trials that "
                                    "never turn into permanent services. The usual "
                                    "causes are predictable. Nobody planned a budget "
                                    "for the next step, the pilot was not procured in "
                                    "a way that allows a follow-on purchase, the "
                                    "solution does not fit existing systems, or the "
                                    "champion who started it moved on.</p>"
                                ),
                            ),
                            ("heading", "Plan the route before you start"),
                            (
                                "paragraph",
                                (
                                    "<p>A pilot usually does not entitle a company to "
                                    "a follow-on contract. If the city wants to buy "
                                    "the solution at scale, it will normally need a "
                                    "competitive procurement, and other suppliers may "
                                    "win it. There are two ways to handle this. The "
                                    "city can design the process from the outset to "
                                    "include a possible purchase, for example through "
                                    "an <strong>innovation partnership</strong>, or "
                                    "through a procedure that clearly states that a "
                                    "larger contract may follow. Alternatively, it can "
                                    "treat the pilot as learning and use the results "
                                    "to write a better, functional specification for "
                                    "an open tender.</p>"
                                ),
                            ),
                            (
                                "accordion",
                                {
                                    "title": "Preparing to scale",
                                    "items": [
                                        {
                                            "heading": "For the city",
                                            "text": (
                                                "<p>Secure a budget line early, "
                                                "involve procurement from the start, "
                                                "check integration with existing IT "
                                                "and maintenance teams, and assign a "
                                                "long-term owner for the service.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "For the SME",
                                            "text": (
                                                "<p>Prepare to deliver at larger "
                                                "volume, with pricing for scale, "
                                                "support arrangements, and "
                                                "certifications that a formal tender "
                                                "may require. Consider partners to "
                                                "fill capacity gaps.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "For both",
                                            "text": (
                                                "<p>Publish the evaluation so that "
                                                "other cities can learn from it, and "
                                                "use open standards so the solution "
                                                "can be replicated.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            ("heading", "Replication across cities"),
                            (
                                "paragraph",
                                (
                                    "<p>Scaling is not only about going bigger in one "
                                    "city; it is also about going wider. Cities around "
                                    "the Mediterranean face many similar challenges, "
                                    "so a solution proven in one place may fit another "
                                    "with some adaptation. Joint procurement between "
                                    "cities, shared challenge statements and networks "
                                    "of municipalities can create larger markets that "
                                    "make it worthwhile for SMEs to invest.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Do not assume a solution transfers "
                                        "unchanged. Climate, regulation, language, "
                                        "data systems and user habits differ between "
                                        "cities. A short adaptation phase is often "
                                        "needed.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "Why must a baseline be measured before a "
                                        "pilot starts?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Because without it the effect of the "
                                                "solution cannot be shown"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Because the law requires every pilot "
                                                "to last a year"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Because baselines replace the need "
                                                "for evaluation"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Results only mean something when compared "
                                        "with the situation before the change, or with "
                                        "a comparable site."
                                    ),
                                },
                                {
                                    "text": (
                                        "Which are common causes of pilot purgatory? "
                                        "Select all that apply."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": (
                                                "No budget planned for the next step"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "A procurement route that does not "
                                                "allow a follow-on purchase"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "The champion of the project leaving"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "Publishing the evaluation openly",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Lack of budget, procurement planning and "
                                        "ownership are the usual reasons pilots never "
                                        "scale. Publishing results helps rather than "
                                        "hinders."
                                    ),
                                },
                                {
                                    "text": (
                                        "What should partners do if a pilot is clearly "
                                        "not working at the mid-point review?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Continue unchanged to avoid "
                                                "embarrassment"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Adjust or stop it, recording the "
                                                "decision and the reasons"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Hide the results from decision-makers"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Stopping or adjusting early saves resources "
                                        "and still produces useful lessons, provided "
                                        "changes are documented."
                                    ),
                                },
                                {
                                    "text": (
                                        "Which procedure can combine developing a "
                                        "solution with buying it at scale?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": "The innovation partnership",
                                            "correct": True,
                                        },
                                        {
                                            "text": "A free pilot agreement",
                                            "correct": False,
                                        },
                                        {
                                            "text": "A matchmaking event",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "The innovation partnership is designed to "
                                        "cover development and subsequent purchase in "
                                        "one procedure."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Course 4: Designing a smart-city solution: from idea to pilot
    # ------------------------------------------------------------------
    {
        "slug": "designing-a-smart-city-solution",
        "title": "Designing a smart-city solution: from idea to pilot",
        # The elements of a European micro-credential (Annex I of Council
        # Recommendation 2022/C 243/02); the learning outcomes are below.
        "micro_credential": {
            "is_micro_credential": True,
            "notional_workload_hours": 25,
            "ects_credits": "1.0",
            "eqf_level": 5,
            "assessment_type": (
                "Online knowledge checks at the end of each module, graded "
                "automatically; each must be passed with its pass mark."
            ),
            "form_of_participation": "Online and self-paced, in English.",
            "quality_assurance": (
                "Written with the programme's partner business and innovation "
                "centres and reviewed by a second partner before publication; "
                "revised each year from learners' feedback."
            ),
            "prerequisites": (
                "None. Meant for staff of small and medium enterprises that want "
                "to offer solutions to cities."
            ),
        },
        "summary": (
            "A step-by-step introduction for SMEs entering the smart-city market, from "
            "generating ideas to defining a concept, understanding the wider "
            "environment and finding partners for a pilot."
        ),
        "audience": "smes",
        "level": "introductory",
        "access": "registered",
        "topics": [
            "smart-city-solutions",
            "innovation",
            "public-private-collaboration",
        ],
        "learning_outcomes": [
            (
                "Generate and screen ideas for solutions that respond to real city "
                "challenges."
            ),
            (
                "Define a solution concept and assess production capacity, possible "
                "alliances and demand."
            ),
            (
                "Analyse the social, economic and political environment of a target "
                "city or country."
            ),
            (
                "Choose a realistic route for internationalisation around the "
                "Mediterranean."
            ),
            "Find suitable partners and prepare a concept note and pitch for a pilot.",
        ],
        "description": (
            "<p>Many SMEs have technology or know-how that could help cities, but "
            "turning it into a solution that a city will actually test and buy is a "
            "journey of its own. This course follows the training stages designed for "
            "SMEs in the <strong>SME4SMARTCITIES</strong> project together with a "
            "forum of cities:</p><ol><li>idea generation;</li><li>concept definition "
            "and strategic analysis, covering production capacity, possible alliances "
            "and answering demand;</li><li>the social, economic and political "
            "environment and internationalisation;</li><li>matchmaking for cooperative "
            "work.</li></ol><p>Each module matches one stage. Work through them in "
            "order with a real idea in mind, and by the end you will have the outline "
            "of a concept note you could use for a pilot proposal or a funding "
            "application.</p>"
        ),
        "modules": [
            {
                "slug": "idea-generation",
                "title": "Stage 1: Idea generation",
                "introduction": (
                    "Good smart-city solutions start from real urban problems. This "
                    "module shows where to find them, how to generate many ideas "
                    "quickly and how to select the most promising ones."
                ),
                "lessons": [
                    {
                        "slug": "where-ideas-come-from",
                        "title": "Where good ideas come from",
                        "minutes": 9,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>A common mistake is to start with a technology "
                                    "and then look for a problem it might solve. "
                                    "Cities are wary of such offers, because they have "
                                    "seen many impressive demonstrations that did not "
                                    "fit their needs. The most successful SMEs begin "
                                    "with the city's problem and work backwards.</p>"
                                ),
                            ),
                            ("heading", "Sources of city challenges"),
                            (
                                "paragraph",
                                (
                                    "<ul><li><strong>Published strategies and "
                                    "plans</strong>: climate plans, mobility plans, "
                                    "digital strategies and annual budgets show what a "
                                    "city has committed to.</li><li><strong>Challenge "
                                    "surveys and studies</strong>: the SME4SMARTCITIES "
                                    "project published a survey of the main economic, "
                                    "social and environmental challenges of its "
                                    "partner cities.</li><li><strong>Market "
                                    "consultations and challenge calls</strong> issued "
                                    "by cities before "
                                    "buying.</li><li><strong>Front-line staff and "
                                    "residents</strong>: bus drivers, park keepers and "
                                    "social workers see problems "
                                    "daily.</li><li><strong>Your own "
                                    "customers</strong>: private clients often face "
                                    "similar issues to public ones, such as energy, "
                                    "waste or access.</li></ul>"
                                ),
                            ),
                            ("heading", "Listen before you sell"),
                            (
                                "paragraph",
                                (
                                    "<p>The most valuable conversations with a city "
                                    "often take place before any product is mentioned. "
                                    "Ask officials what keeps them busy, which "
                                    "complaints arrive most often, what they have "
                                    "already tried and why it did not work. Ask about "
                                    "constraints too: budgets, staff shortages, old "
                                    "systems that must keep running. Note the answers "
                                    "carefully and resist the urge to pitch.</p><p>You "
                                    "will often find that the real problem is "
                                    "different from the one you assumed. A city that "
                                    "complains about traffic data may actually "
                                    "struggle to share information between "
                                    "departments; a city worried about energy bills "
                                    "may lack staff to manage its buildings. Ideas "
                                    "that address these underlying issues are far more "
                                    "likely to lead to a pilot than ideas that only "
                                    "address the surface.</p>"
                                ),
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "Bring us a problem you understand, not a "
                                        "gadget you love."
                                    ),
                                    "attribution": (
                                        "Head of innovation, a Mediterranean city "
                                        "council"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Keep a simple challenge log. Each time you "
                                        "hear of a city problem, note the city, the "
                                        "department, the problem in one sentence and "
                                        "any numbers mentioned. Patterns across "
                                        "several cities point to the best "
                                        "opportunities.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "idea-generation-techniques",
                        "title": "Techniques for generating ideas",
                        "minutes": 11,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Once you have a challenge, generate many "
                                    "possible answers before choosing one. Quantity "
                                    "helps quality: the first ideas are usually the "
                                    "obvious ones, and better ideas often appear after "
                                    "the team has exhausted them. Involve people with "
                                    "different backgrounds, including someone who "
                                    "knows the city side if possible.</p>"
                                ),
                            ),
                            (
                                "accordion",
                                {
                                    "title": "Four simple techniques",
                                    "items": [
                                        {
                                            "heading": "How might we...?",
                                            "text": (
                                                "<p>Turn the challenge into several "
                                                "questions starting 'How might we...'. "
                                                "For example: 'How might we help "
                                                "residents find shade on hot "
                                                "afternoons?' Each question opens a "
                                                "different set of ideas.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Rapid sketching",
                                            "text": (
                                                "<p>Each person folds a sheet into "
                                                "eight boxes and sketches eight ideas "
                                                "in eight minutes. Speed stops people "
                                                "judging too early.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Reverse brainstorming",
                                            "text": (
                                                "<p>Ask 'How could we make this "
                                                "problem worse?' and then reverse the "
                                                "answers. It is a useful way to "
                                                "uncover hidden causes.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Borrowing from elsewhere",
                                            "text": (
                                                "<p>Ask how another sector, or another "
                                                "city, has solved a similar problem, "
                                                "and adapt the idea.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            ("heading", "Running a short ideation session"),
                            (
                                "paragraph",
                                (
                                    "<p>You do not need a professional facilitator to "
                                    "generate good ideas. Gather four to eight people "
                                    "for about an hour, including at least one person "
                                    "who does not normally work on product "
                                    "development, such as a sales or support "
                                    "colleague. Start by reading the challenge aloud "
                                    "and sharing any facts you have. Then use one or "
                                    "two of the techniques above, with strict time "
                                    "limits. Write each idea on its own note, avoid "
                                    "criticism during the generation phase, and only "
                                    "at the end group similar ideas into themes. "
                                    "Photograph the results and keep them: this is raw "
                                    "material for the screening step.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "From a waste problem to three ideas",
                                    "city": "Malaga",
                                    "text": (
                                        "<p><em>An illustrative scenario based on "
                                        "challenges such cities face.</em> A small "
                                        "logistics software company hears that bins in "
                                        "busy tourist streets overflow on summer "
                                        "weekends. Its team runs a one-hour session "
                                        "using 'How might we' questions and rapid "
                                        "sketching.</p><p>They produce over thirty "
                                        "ideas and group them into three directions: "
                                        "route optimisation for collection trucks "
                                        "using fill-level data; incentives for "
                                        "restaurants to compact packaging; and a map "
                                        "showing visitors the nearest bins with space. "
                                        "The team realises that its existing strengths "
                                        "fit the first direction best, but keeps the "
                                        "others on file for possible partners.</p>"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Generate widely before you choose. "
                                        "Separate idea generation from judgement, and "
                                        "involve people who see the problem from "
                                        "different angles.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "screening-ideas",
                        "title": "Screening your ideas",
                        "minutes": 10,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>After generating ideas you need to choose. A "
                                    "simple scoring exercise helps a team make that "
                                    "choice openly rather than following the loudest "
                                    "voice. Score each idea against a few criteria and "
                                    "discuss the results, rather than treating the "
                                    "numbers as final.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": "Example screening grid (score 1 to 5)",
                                    "header": [
                                        "Criterion",
                                        "Question",
                                        "Idea A",
                                        "Idea B",
                                        "Idea C",
                                    ],
                                    "rows": [
                                        [
                                            "Desirability",
                                            (
                                                "Does it solve a problem cities and "
                                                "users clearly have?"
                                            ),
                                            "5",
                                            "3",
                                            "4",
                                        ],
                                        [
                                            "Feasibility",
                                            (
                                                "Can we build and deliver it with our "
                                                "skills or with partners?"
                                            ),
                                            "4",
                                            "4",
                                            "2",
                                        ],
                                        [
                                            "Viability",
                                            "Could it be paid for and make a profit?",
                                            "4",
                                            "2",
                                            "3",
                                        ],
                                        [
                                            "Strategic fit",
                                            (
                                                "Does it match city priorities and our "
                                                "company's direction?"
                                            ),
                                            "5",
                                            "3",
                                            "3",
                                        ],
                                        ["Total", "", "18", "12", "12"],
                                    ],
                                },
                            ),
                            (
                                "checklist",
                                {
                                    "title": (
                                        "Before you move on, check that you can say..."
                                    ),
                                    "items": [
                                        (
                                            "Which city problem the idea addresses, in "
                                            "one sentence"
                                        ),
                                        "Who would use it and who would pay for it",
                                        "Why your company is well placed to deliver it",
                                        "What you do not yet know and must find out",
                                    ],
                                },
                            ),
                            ("heading", "Testing assumptions cheaply"),
                            (
                                "paragraph",
                                (
                                    "<p>Every idea rests on assumptions: that the "
                                    "problem is common, that users will change their "
                                    "habits, that a city has a budget for it, that the "
                                    "technology will work outdoors in summer heat. "
                                    "Before investing heavily, list the riskiest "
                                    "assumptions behind your chosen idea and find "
                                    "quick, cheap ways to test them. A few phone calls "
                                    "to officials in different cities, a paper mock-up "
                                    "shown to users or a bench test of a key component "
                                    "can save months of work on the wrong idea.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Write each assumption as a sentence that "
                                        "could be proved wrong, for example 'At least "
                                        "three cities in our region have a budget line "
                                        "for this problem'. Then decide what evidence "
                                        "would convince you.</p>"
                                    ),
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Keep the ideas you did not choose. An idea "
                                    "that scores poorly on feasibility today may "
                                    "become possible with a partner you meet later, "
                                    "which is exactly what the matchmaking stage of "
                                    "this course is about.</p>"
                                ),
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "Where should a smart-city solution ideally "
                                        "start?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "From a real city problem, working "
                                                "backwards to the solution"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "From the newest technology available"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": "From what competitors are selling",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Cities respond best to solutions that clearly "
                                        "address problems they have, rather than "
                                        "technology in search of a use."
                                    ),
                                },
                                {
                                    "text": (
                                        "Which are good sources of city challenges? "
                                        "Select all that apply."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": (
                                                "Published city strategies and plans"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Market consultations issued by cities"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "Front-line staff and residents",
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Guessing without talking to anyone"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Plans, consultations and people who "
                                        "experience problems daily all reveal real "
                                        "needs."
                                    ),
                                },
                                {
                                    "text": (
                                        "What is the purpose of reverse brainstorming?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "To uncover hidden causes by asking "
                                                "how the problem could be made worse"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "To reject all ideas from the first "
                                                "session"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": "To copy a competitor's product",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Reversing 'how to make it worse' answers "
                                        "reveals causes and opportunities that direct "
                                        "questions can miss."
                                    ),
                                },
                                {
                                    "text": (
                                        "In the screening grid, what does 'viability' "
                                        "test?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Whether the solution could be paid "
                                                "for and be profitable"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "Whether users would like it",
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Whether the team has the technical "
                                                "skills"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Desirability concerns users, feasibility "
                                        "concerns delivery, and viability concerns the "
                                        "business case."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "concept-and-strategy",
                "title": "Stage 2: Concept definition and strategic analysis",
                "introduction": (
                    "A promising idea must become a clear concept backed by a "
                    "realistic strategy. This module covers defining the concept, "
                    "checking your production capacity and possible alliances, and "
                    "showing that there is real demand."
                ),
                "lessons": [
                    {
                        "slug": "defining-the-concept",
                        "title": "Defining the concept",
                        "minutes": 12,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>A concept describes what your solution is, who "
                                    "it is for and why it is better than the "
                                    "alternatives, in terms that a city official can "
                                    "grasp in two minutes. Writing it down forces you "
                                    "to make choices that were easy to avoid while the "
                                    "idea was still vague.</p>"
                                ),
                            ),
                            ("heading", "Users, buyers and beneficiaries"),
                            (
                                "paragraph",
                                (
                                    "<p>In the public sector, these are often "
                                    "different people. The <strong>user</strong> might "
                                    "be a park gardener operating an irrigation "
                                    "system; the <strong>buyer</strong> is the "
                                    "procurement team spending the parks budget; the "
                                    "<strong>beneficiaries</strong> are residents "
                                    "enjoying greener parks and taxpayers saving on "
                                    "water bills. Your concept must make sense to all "
                                    "three: easy for the user, justifiable for the "
                                    "buyer, visible to the beneficiaries and their "
                                    "elected representatives.</p>"
                                ),
                            ),
                            (
                                "checklist",
                                {
                                    "title": "A one-page concept should state",
                                    "items": [
                                        "The problem, in the city's words",
                                        (
                                            "The solution, in two or three sentences "
                                            "without jargon"
                                        ),
                                        "Users, buyers and beneficiaries",
                                        "Expected results, with numbers where possible",
                                        "What makes it different from existing options",
                                        (
                                            "How it would be delivered, maintained and "
                                            "paid for"
                                        ),
                                        (
                                            "The current stage of development and what "
                                            "a pilot would test"
                                        ),
                                    ],
                                },
                            ),
                            ("heading", "What makes you different"),
                            (
                                "paragraph",
                                (
                                    "<p>Cities usually have alternatives: doing "
                                    "nothing, doing it themselves, or buying from an "
                                    "established supplier. Your concept must explain "
                                    "clearly why yours is better for this city. The "
                                    "difference might be lower running costs, faster "
                                    "installation, better fit with local conditions "
                                    "such as heat or narrow streets, easier use for "
                                    "staff, or stronger privacy protection. Be "
                                    "specific and, where you can, give numbers. Avoid "
                                    "vague claims like 'innovative' or 'intelligent'; "
                                    "every supplier uses those words.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Test your concept on someone outside your "
                                        "company, ideally a person who has worked in "
                                        "local government. If they cannot repeat back "
                                        "the problem and the benefit after reading it "
                                        "once, simplify.</p>"
                                    ),
                                },
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "The proposals that went forward fitted on one "
                                        "page. The ones that needed twenty pages to "
                                        "explain usually had not decided what they "
                                        "were."
                                    ),
                                    "attribution": (
                                        "Evaluator of SME proposals, a regional "
                                        "innovation agency"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "capacity-and-alliances",
                        "title": "Production capacity and alliances",
                        "minutes": 13,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Cities worry about whether a small company can "
                                    "deliver, support the solution for years and "
                                    "survive the loss of a key person. Before "
                                    "approaching them, assess your own capacity "
                                    "honestly and decide where partners could fill the "
                                    "gaps.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": "Capacity self-assessment",
                                    "header": [
                                        "Area",
                                        "Questions to ask",
                                        "If there is a gap",
                                    ],
                                    "rows": [
                                        [
                                            "Production",
                                            (
                                                "Can we produce or configure enough "
                                                "units for a pilot, and for a "
                                                "city-wide roll-out?"
                                            ),
                                            "Contract manufacturer or hardware partner",
                                        ],
                                        [
                                            "Installation and maintenance",
                                            (
                                                "Who will install, repair and replace "
                                                "equipment on site?"
                                            ),
                                            "Local installer or facility services firm",
                                        ],
                                        [
                                            "Software and data",
                                            (
                                                "Can we host, secure and support the "
                                                "system?"
                                            ),
                                            "Cloud or IT partner; certifications",
                                        ],
                                        [
                                            "Finance",
                                            "Can we fund the work until the city pays?",
                                            "Grants, bank finance, staged payments",
                                        ],
                                        [
                                            "People",
                                            (
                                                "Who leads, and who covers if they are "
                                                "away?"
                                            ),
                                            "Recruitment, partner staff",
                                        ],
                                    ],
                                },
                            ),
                            ("heading", "Choosing alliances"),
                            (
                                "paragraph",
                                (
                                    "<p>Alliances can be formal, such as a consortium "
                                    "for a particular bid, or looser, such as a "
                                    "reseller or installation agreement. Good partners "
                                    "bring something you lack, share your values on "
                                    "quality and delivery, and gain something real "
                                    "from the relationship. Start with a small, "
                                    "concrete project before committing to long-term "
                                    "exclusive arrangements.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "A sensor start-up finds its missing half",
                                    "city": "Genova",
                                    "text": (
                                        "<p><em>An illustrative scenario based on "
                                        "challenges such cities face.</em> A "
                                        "three-person start-up has developed a "
                                        "low-cost sensor that detects vibrations in "
                                        "old buildings. City engineers are interested, "
                                        "but ask who would install and maintain "
                                        "hundreds of devices across steep, narrow "
                                        "streets.</p><p>The start-up approaches a "
                                        "local electrical maintenance company that "
                                        "already holds a municipal service contract. "
                                        "The two agree that the maintenance firm will "
                                        "install and service the sensors in return for "
                                        "a share of each contract, while the start-up "
                                        "supplies hardware, software and data "
                                        "analysis. Their combined offer answers the "
                                        "city's main concern.</p>"
                                    ),
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Remember that capacity for a pilot and "
                                    "capacity for scale are different. A pilot with "
                                    "ten devices can be assembled by hand; a city-wide "
                                    "roll-out of a thousand needs reliable supply "
                                    "chains, documented installation procedures and a "
                                    "support desk. You do not need all of this on the "
                                    "first day, but you should be able to explain how "
                                    "you would get there, and which partners would "
                                    "help. Cities are reassured by a credible growth "
                                    "plan far more than by promises.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Agree roles, revenue shares and "
                                        "intellectual property in writing before "
                                        "presenting a joint offer to a city. Verbal "
                                        "understandings rarely survive the pressure of "
                                        "a real contract.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "answering-demand",
                        "title": "Answering demand",
                        "minutes": 12,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Interest is not the same as demand. A city "
                                    "official who says 'that's interesting, keep in "
                                    "touch' has not committed any budget. Real demand "
                                    "means a recognised need, someone responsible for "
                                    "meeting it and money that can be spent on it, now "
                                    "or in a planned future budget.</p>"
                                ),
                            ),
                            ("heading", "Evidence of demand"),
                            (
                                "paragraph",
                                (
                                    "<ul><li>The problem appears in an adopted plan or "
                                    "strategy with targets.</li><li>A department has a "
                                    "budget line, or is applying for funding, to "
                                    "address it.</li><li>The city has run a market "
                                    "consultation or challenge call on the "
                                    "topic.</li><li>Several cities report the same "
                                    "problem, suggesting a wider market.</li><li>Users "
                                    "have tested a prototype and want to keep using "
                                    "it.</li></ul>"
                                ),
                            ),
                            ("heading", "Fitting the public buying cycle"),
                            (
                                "paragraph",
                                (
                                    "<p>Public budgets are usually set once a year, "
                                    "and purchases above small amounts require a "
                                    "formal procedure that can take months. Plan your "
                                    "cash flow accordingly, and time your "
                                    "conversations so that the city can include your "
                                    "type of solution in next year's budget or in a "
                                    "funding application. Understanding this cycle is "
                                    "part of answering demand.</p>"
                                ),
                            ),
                            (
                                "accordion",
                                {
                                    "title": "Business models cities understand",
                                    "items": [
                                        {
                                            "heading": (
                                                "One-off purchase plus maintenance"
                                            ),
                                            "text": (
                                                "<p>Familiar and easy to budget, but "
                                                "the city bears the technology "
                                                "risk.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Subscription or service",
                                            "text": (
                                                "<p>The city pays a yearly fee for a "
                                                "working service. Spreads costs but "
                                                "requires multi-year commitments.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Savings-based",
                                            "text": (
                                                "<p>Payments linked to measured "
                                                "savings, for example in energy. "
                                                "Attractive, but needs reliable "
                                                "measurement and careful contracts.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Test demand directly. Present your concept to "
                                    "officials in several cities and ask concrete "
                                    "questions: would this be a priority in the next "
                                    "budget, which department would own it, what price "
                                    "range would be acceptable, and what would they "
                                    "need to see before agreeing to a pilot? Treat "
                                    "clear 'no' answers as valuable information. If "
                                    "several cities give similar answers, you have "
                                    "found either a genuine market or a reason to "
                                    "adjust your concept.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Look for budgets and commitments, not just "
                                        "interest. Match your business model and "
                                        "timing to how cities plan and pay.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "In a public-sector sale, who is the 'buyer'?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "The person who operates the solution "
                                                "every day"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "The part of the organisation that "
                                                "approves and spends the budget"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "The residents who benefit",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Users, buyers and beneficiaries are often "
                                        "different; the buyer controls the budget and "
                                        "the procurement."
                                    ),
                                },
                                {
                                    "text": (
                                        "Which of these are real evidence of demand? "
                                        "Select all that apply."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": (
                                                "A budget line to address the problem"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "An official saying the idea is "
                                                "interesting"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "A market consultation on the topic"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "Targets in an adopted city plan",
                                            "correct": True,
                                        },
                                    ],
                                    "explanation": (
                                        "Budgets, consultations and adopted targets "
                                        "indicate commitment; polite interest does not."
                                    ),
                                },
                                {
                                    "text": (
                                        "What is the best way to fill a capacity gap "
                                        "in installation and maintenance?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Hide it and hope the city does not ask"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Form an alliance with a partner that "
                                                "has local installation capacity"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Ask the city to do the installation "
                                                "for free"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Cities care about long-term support; a "
                                        "credible partner answers that concern "
                                        "directly."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "environment-and-internationalisation",
                "title": "Stage 3: The wider environment and internationalisation",
                "introduction": (
                    "Cities operate within social, economic and political realities "
                    "that shape what they buy and when. This module helps you read "
                    "that environment and plan a sensible path into other "
                    "Mediterranean markets."
                ),
                "lessons": [
                    {
                        "slug": "reading-the-environment",
                        "title": (
                            "Reading the social, economic and political environment"
                        ),
                        "minutes": 12,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>A solution that works perfectly in one city "
                                    "can fail in another because of factors that have "
                                    "nothing to do with technology: a change of "
                                    "government, a tight budget year, public concerns "
                                    "about surveillance, or a different way of "
                                    "organising services. Understanding the "
                                    "environment helps you anticipate these factors "
                                    "instead of being surprised by them.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": "Questions for an environment scan",
                                    "header": [
                                        "Dimension",
                                        "Key questions",
                                        "Where to look",
                                    ],
                                    "rows": [
                                        [
                                            "Social",
                                            (
                                                "Who lives here? What do residents "
                                                "worry about? How do they feel about "
                                                "data and technology?"
                                            ),
                                            (
                                                "Local surveys, news, community "
                                                "organisations"
                                            ),
                                        ],
                                        [
                                            "Economic",
                                            (
                                                "Is the city's budget growing or "
                                                "shrinking? Which sectors drive the "
                                                "local economy?"
                                            ),
                                            "Budget documents, regional statistics",
                                        ],
                                        [
                                            "Political",
                                            (
                                                "What are the current leadership's "
                                                "priorities? When are the next "
                                                "elections?"
                                            ),
                                            (
                                                "Manifestos, council decisions, city "
                                                "strategy"
                                            ),
                                        ],
                                        [
                                            "Legal and regulatory",
                                            (
                                                "Which national rules govern "
                                                "procurement, data protection and "
                                                "certification?"
                                            ),
                                            (
                                                "National authorities, business "
                                                "associations"
                                            ),
                                        ],
                                        [
                                            "Environmental",
                                            (
                                                "Which climate and environmental "
                                                "pressures are most acute?"
                                            ),
                                            "Climate plans, risk assessments",
                                        ],
                                    ],
                                },
                            ),
                            ("heading", "Timing and politics"),
                            (
                                "paragraph",
                                (
                                    "<p>Political cycles influence city decisions. In "
                                    "the months before local elections, new "
                                    "commitments may be postponed; after a new "
                                    "administration takes office, priorities can "
                                    "shift. This is not a reason to avoid the public "
                                    "market, but it is a reason to build relationships "
                                    "with officials at several levels and to link your "
                                    "solution to long-term goals, such as climate "
                                    "targets, that survive changes of leadership.</p>"
                                ),
                            ),
                            ("heading", "Stakeholders beyond city hall"),
                            (
                                "paragraph",
                                (
                                    "<p>Cities rarely decide alone. Regional "
                                    "governments may fund or regulate the service; "
                                    "utilities may own the infrastructure; trade "
                                    "unions may have views on changes to staff work; "
                                    "residents' associations and local media can "
                                    "support or oppose a project. Draw a simple map of "
                                    "these stakeholders, noting their interest in your "
                                    "solution and their influence. It will show you "
                                    "who to inform early, who might become an ally and "
                                    "where resistance could arise.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Read the local news of a target city for a "
                                        "few weeks before visiting. You will learn "
                                        "which issues are sensitive, which projects "
                                        "are celebrated and which have caused "
                                        "controversy.</p>"
                                    ),
                                },
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "The technology was fine. What we had "
                                        "misjudged was how residents felt about "
                                        "cameras in their street."
                                    ),
                                    "attribution": (
                                        "Managing director, a small video analytics "
                                        "company"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "going-international",
                        "title": "Going international in the Mediterranean",
                        "minutes": 12,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Cities around the Mediterranean share many "
                                    "challenges: heat, water scarcity, coastal "
                                    "pressure, tourism peaks, historic centres with "
                                    "narrow streets and growing populations. That "
                                    "makes the region a natural market for solutions "
                                    "proven in one of its cities. The SME4SMARTCITIES "
                                    "project itself brought together partners from "
                                    "Spain, Italy and Israel, with partners and "
                                    "associates also from Palestine and Jordan, around "
                                    "exactly this idea.</p>"
                                ),
                            ),
                            ("heading", "What changes across borders"),
                            (
                                "paragraph",
                                (
                                    "<ul><li><strong>Language</strong>: English may be "
                                    "the working language of projects, but city "
                                    "officials and residents expect materials in "
                                    "Spanish, Italian, Hebrew, Arabic or other local "
                                    "languages.</li><li><strong>Procurement "
                                    "rules</strong>: EU member states share common "
                                    "directives, while other countries apply their own "
                                    "national tender laws.</li><li><strong>Technical "
                                    "standards and certifications</strong>: "
                                    "electrical, radio, accessibility and data "
                                    "security requirements may "
                                    "differ.</li><li><strong>Business "
                                    "culture</strong>: the pace of decisions, the "
                                    "importance of personal relationships and "
                                    "expectations about formality "
                                    "vary.</li><li><strong>Institutions</strong>: "
                                    "responsibilities for water, transport or energy "
                                    "may sit with the city, a region, a national "
                                    "agency or a utility.</li></ul>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Adapting a heat alert service",
                                    "city": "Herzliya",
                                    "text": (
                                        "<p><em>An illustrative scenario based on "
                                        "challenges such cities face.</em> A Spanish "
                                        "SME has developed a text-message service that "
                                        "warns registered older residents about "
                                        "heatwaves and checks on them by phone. A "
                                        "coastal city in another country is "
                                        "interested.</p><p>The SME discovers that the "
                                        "service must run in several languages, "
                                        "connect to a different emergency information "
                                        "system and follow another country's data "
                                        "protection law. It partners with a local "
                                        "social care provider that already works with "
                                        "the municipality, translates all messages "
                                        "with native speakers and runs a three-month "
                                        "adaptation pilot before any wider offer.</p>"
                                    ),
                                },
                            ),
                            ("heading", "Preparing the ground"),
                            (
                                "paragraph",
                                (
                                    "<p>Before approaching a foreign city, build your "
                                    "knowledge and network. Attend events where cities "
                                    "from the target country present their plans, join "
                                    "cooperation projects or city networks, and ask "
                                    "business support organisations, such as chambers "
                                    "of commerce and business and innovation centres, "
                                    "for introductions. Check whether national or "
                                    "regional programmes support export activities for "
                                    "SMEs. Above all, find a trusted local partner "
                                    "early: someone who understands how decisions are "
                                    "made and can open doors that remain closed to "
                                    "outsiders.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Do not simply translate your brochure. "
                                        "Adapt the message to local priorities, use "
                                        "examples from comparable cities and check "
                                        "every claim against local regulations.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "choosing-an-entry-strategy",
                        "title": "Choosing an entry strategy",
                        "minutes": 11,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Internationalisation is expensive for a small "
                                    "firm. Choose your first foreign market carefully "
                                    "and pick an entry mode that matches your "
                                    "resources.</p>"
                                ),
                            ),
                            (
                                "accordion",
                                {
                                    "title": "Common entry modes",
                                    "items": [
                                        {
                                            "heading": "Direct bidding",
                                            "text": (
                                                "<p>Responding to tenders from your "
                                                "home base. Low set-up cost, but hard "
                                                "to win without local presence or "
                                                "references.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Local partner or reseller",
                                            "text": (
                                                "<p>A local company sells, installs or "
                                                "supports your solution. Faster access "
                                                "to buyers, but you share margin and "
                                                "control.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Joint bids and consortia",
                                            "text": (
                                                "<p>Partnering with local firms for "
                                                "specific opportunities. Combines your "
                                                "innovation with their knowledge and "
                                                "references.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Own subsidiary or office",
                                            "text": (
                                                "<p>Full presence in the market. Best "
                                                "for long-term commitment, but costly "
                                                "and slow to set up.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Cooperation projects",
                                            "text": (
                                                "<p>Taking part in cross-border "
                                                "projects and city networks to meet "
                                                "buyers and partners in several "
                                                "countries at once.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Selecting a first foreign market",
                                    "items": [
                                        (
                                            "Is the problem your solution addresses a "
                                            "recognised priority there?"
                                        ),
                                        (
                                            "Do you have contacts, a partner or a "
                                            "reference that is relevant there?"
                                        ),
                                        (
                                            "Can you meet local language and "
                                            "regulatory requirements?"
                                        ),
                                        (
                                            "Is the market large enough, or a gateway "
                                            "to others nearby?"
                                        ),
                                        (
                                            "Can you support customers there without "
                                            "neglecting home clients?"
                                        ),
                                    ],
                                },
                            ),
                            ("heading", "A simple market entry plan"),
                            (
                                "paragraph",
                                (
                                    "<p>Once you have chosen a market and an entry "
                                    "mode, write a short plan. It should name the "
                                    "target cities and departments, the partner you "
                                    "will work with, the adaptations your solution "
                                    "needs, a budget for travel, translation and "
                                    "certification, and milestones for the first "
                                    "eighteen months, such as a first meeting, a first "
                                    "pilot and a first paid contract. Review it every "
                                    "few months and be ready to change direction if "
                                    "the evidence tells you to. A plan that fits on "
                                    "two pages is more likely to be followed than a "
                                    "long report.</p>"
                                ),
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "Our first export was to the city where our "
                                        "partner already had a good reputation. "
                                        "Everything else followed from that reference."
                                    ),
                                    "attribution": (
                                        "Chief executive, a small water technology "
                                        "company"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Start with one well-chosen market and a "
                                        "local partner, learn quickly, then expand. A "
                                        "strong reference in one foreign city opens "
                                        "doors in others.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "Which factors belong in an environment scan "
                                        "of a target city? Select all that apply."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": (
                                                "Residents' attitudes to data and "
                                                "technology"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "The city's budget situation",
                                            "correct": True,
                                        },
                                        {
                                            "text": "The timing of local elections",
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Your company's favourite colour scheme"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Social, economic and political factors all "
                                        "influence whether and when a city buys."
                                    ),
                                },
                                {
                                    "text": (
                                        "Why link your solution to long-term goals "
                                        "such as climate targets?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Because such goals tend to survive "
                                                "changes of political leadership"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Because it removes the need for "
                                                "procurement"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Because cities only buy climate "
                                                "solutions"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Long-term commitments provide continuity when "
                                        "short-term political priorities shift."
                                    ),
                                },
                                {
                                    "text": (
                                        "Which entry mode usually offers the fastest "
                                        "access to local buyers with the lowest set-up "
                                        "cost?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": "Opening your own subsidiary",
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Working with a local partner or "
                                                "reseller"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "Waiting for cities to contact you",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "A local partner brings existing relationships "
                                        "and knowledge, at the price of sharing margin "
                                        "and control."
                                    ),
                                },
                                {
                                    "text": (
                                        "What is the right way to prepare materials "
                                        "for a city in another country?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Machine-translate your existing "
                                                "brochure"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Adapt the message to local priorities "
                                                "and language, and check claims "
                                                "against local rules"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Use only English, since it is the "
                                                "project language"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Local officials and residents respond to "
                                        "materials that reflect their language, "
                                        "priorities and regulations."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "matchmaking-for-cooperation",
                "title": "Stage 4: Matchmaking for cooperative work",
                "introduction": (
                    "Few SMEs can build a complete smart-city solution alone. This "
                    "final module shows how to find partners, make cooperation work "
                    "and present a joint proposal for a pilot or funding."
                ),
                "lessons": [
                    {
                        "slug": "finding-partners",
                        "title": "Finding the right partners",
                        "minutes": 10,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Matchmaking is the deliberate search for "
                                    "companies, research centres and public bodies "
                                    "whose strengths complement yours. It happens at "
                                    "brokerage events, through business and innovation "
                                    "centres, on online platforms and in cooperation "
                                    "programmes. The SME4SMARTCITIES project, for "
                                    "example, included a co-creation programme among "
                                    "Mediterranean SMEs alongside its training.</p>"
                                ),
                            ),
                            ("heading", "Know what you are looking for"),
                            (
                                "paragraph",
                                (
                                    "<p>Before any matchmaking event, write a short "
                                    "partner profile: the capability you need, the "
                                    "type of organisation, the countries of interest "
                                    "and what you offer in return. Partners are more "
                                    "likely to engage if you are clear about both "
                                    "sides of the exchange.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Typical partner types and what they bring"
                                    ),
                                    "header": ["Partner type", "What they bring"],
                                    "rows": [
                                        [
                                            "Complementary SME",
                                            (
                                                "A missing technology or service, "
                                                "shared bidding capacity"
                                            ),
                                        ],
                                        [
                                            "Local installer or service firm",
                                            (
                                                "Presence on the ground, maintenance, "
                                                "existing city contracts"
                                            ),
                                        ],
                                        [
                                            "University or research centre",
                                            (
                                                "Evaluation methods, scientific "
                                                "credibility, access to research "
                                                "funding"
                                            ),
                                        ],
                                        [
                                            "Business and innovation centre",
                                            (
                                                "Advice, networks, introductions to "
                                                "cities and investors"
                                            ),
                                        ],
                                        [
                                            "City or public agency",
                                            (
                                                "Real problems, test sites, data and "
                                                "eventually contracts"
                                            ),
                                        ],
                                    ],
                                },
                            ),
                            ("heading", "Checking a potential partner"),
                            (
                                "paragraph",
                                (
                                    "<p>A partner's reputation becomes your reputation "
                                    "once you bid together. Before committing, take "
                                    "time to check that the partnership is sound. "
                                    "Start with a small joint task, such as preparing "
                                    "a concept note, to see how you work together in "
                                    "practice.</p>"
                                ),
                            ),
                            (
                                "checklist",
                                {
                                    "title": (
                                        "Questions to ask about a potential partner"
                                    ),
                                    "items": [
                                        (
                                            "Have they delivered similar work, and can "
                                            "they provide references?"
                                        ),
                                        (
                                            "Are they financially stable enough to "
                                            "carry their share of the work?"
                                        ),
                                        (
                                            "Do they have the people they claim, and "
                                            "will those people work on the project?"
                                        ),
                                        (
                                            "Do they share your standards on quality, "
                                            "data protection and ethics?"
                                        ),
                                        (
                                            "What do they expect to gain, and is that "
                                            "compatible with your goals?"
                                        ),
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>At a brokerage event, aim for a few "
                                        "meaningful conversations rather than many "
                                        "business cards. Follow up within a week with "
                                        "a short note recalling what you discussed and "
                                        "a concrete next step.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "making-cooperation-work",
                        "title": "Making cooperation work",
                        "minutes": 11,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Cooperation among small firms fails for "
                                    "familiar reasons: unclear roles, unequal effort, "
                                    "disputes over money or intellectual property, and "
                                    "poor communication across distance and language. "
                                    "Most of these can be prevented with a little "
                                    "structure at the start.</p>"
                                ),
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Foundations of a working partnership",
                                    "items": [
                                        (
                                            "A shared, written description of the "
                                            "joint solution and the target customer"
                                        ),
                                        (
                                            "Clear roles and a single lead contact for "
                                            "each partner"
                                        ),
                                        (
                                            "A simple agreement on costs, revenues and "
                                            "intellectual property"
                                        ),
                                        (
                                            "A regular meeting rhythm and a shared "
                                            "document space"
                                        ),
                                        (
                                            "An agreed working language and who "
                                            "translates what"
                                        ),
                                        (
                                            "A way to resolve disagreements and to end "
                                            "the partnership fairly"
                                        ),
                                    ],
                                },
                            ),
                            (
                                "case_study",
                                {
                                    "title": (
                                        "A cross-border team for coastal monitoring"
                                    ),
                                    "city": "Eilat",
                                    "text": (
                                        "<p><em>An illustrative scenario based on "
                                        "challenges such cities face.</em> Three SMEs "
                                        "meet at a matchmaking session: an Italian "
                                        "firm making underwater sensors, a Spanish "
                                        "company with a data platform for beach "
                                        "management and an Israeli start-up "
                                        "specialising in image analysis. They see a "
                                        "chance to help coastal cities monitor water "
                                        "quality and visitor numbers at busy "
                                        "beaches.</p><p>Before approaching any city, "
                                        "they spend two weeks agreeing a one-page "
                                        "joint concept, a division of tasks and a "
                                        "short memorandum of understanding. They "
                                        "choose English as the working language and "
                                        "agree that local partners will handle all "
                                        "communication with each city in its own "
                                        "language.</p>"
                                    ),
                                },
                            ),
                            ("heading", "Working across distance and cultures"),
                            (
                                "paragraph",
                                (
                                    "<p>Mediterranean partnerships often bring "
                                    "together companies from different countries, "
                                    "languages and working cultures. Expectations "
                                    "about punctuality, hierarchy, the speed of "
                                    "replies and how directly disagreement is "
                                    "expressed can vary. Talk about these differences "
                                    "openly at the start rather than letting them "
                                    "cause friction later. Use short video calls "
                                    "rather than long email chains for difficult "
                                    "topics, summarise every decision in writing, and "
                                    "meet in person when you can, for instance around "
                                    "project events. Small gestures, such as learning "
                                    "a few words of your partners' languages, build "
                                    "goodwill that helps when problems arise.</p>"
                                ),
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "We argued about everything in the first "
                                        "fortnight, on paper. After that, we hardly "
                                        "argued at all."
                                    ),
                                    "attribution": (
                                        "Co-founder, a small environmental technology "
                                        "company"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Agree the basics of roles, money, IP and "
                                        "communication early and in writing. Structure "
                                        "is what lets small partners act like one "
                                        "reliable supplier.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "concept-note-and-pitch",
                        "title": "Preparing a concept note and pitch",
                        "minutes": 13,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Whether you are approaching a city for a pilot "
                                    "or applying for funding, you will usually start "
                                    "with a short <strong>concept note</strong>. Many "
                                    "funding schemes use a two-step process: first a "
                                    "brief concept note to select the most promising "
                                    "ideas, then a full application from those invited "
                                    "to continue. The sub-grant call planned for SMEs "
                                    "in the SME4SMARTCITIES project followed this "
                                    "pattern.</p>"
                                ),
                            ),
                            ("heading", "What a concept note contains"),
                            (
                                "paragraph",
                                (
                                    "<ol><li><strong>The challenge</strong>: the city "
                                    "problem and why it matters, with "
                                    "evidence.</li><li><strong>The solution</strong>: "
                                    "what it is and how it works, in plain "
                                    "language.</li><li><strong>The team</strong>: who "
                                    "the partners are and why together they can "
                                    "deliver.</li><li><strong>The pilot</strong>: "
                                    "where, for how long, with whom and what it will "
                                    "test.</li><li><strong>Expected results</strong>: "
                                    "measurable outcomes and how they will be "
                                    "evaluated.</li><li><strong>Budget and "
                                    "resources</strong>: an outline of costs and "
                                    "contributions.</li><li><strong>Beyond the "
                                    "pilot</strong>: how the solution could be scaled "
                                    "or replicated.</li></ol>"
                                ),
                            ),
                            (
                                "accordion",
                                {
                                    "title": (
                                        "Pitching to a city: the five-minute structure"
                                    ),
                                    "items": [
                                        {
                                            "heading": "Minute one: their problem",
                                            "text": (
                                                "<p>Show you understand the city's "
                                                "challenge, using its own data or "
                                                "words.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Minute two: your solution",
                                            "text": (
                                                "<p>Explain what it does and show it "
                                                "briefly. One clear image beats ten "
                                                "slides.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Minute three: evidence",
                                            "text": (
                                                "<p>Results from tests or previous "
                                                "clients, and why your team can "
                                                "deliver.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Minute four: the pilot",
                                            "text": (
                                                "<p>A concrete, modest proposal: "
                                                "scope, duration, what the city "
                                                "provides, how success is measured.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Minute five: next step",
                                            "text": (
                                                "<p>Ask for a specific action, such as "
                                                "a meeting with the technical team or "
                                                "a site visit.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            ("heading", "After the pitch"),
                            (
                                "paragraph",
                                (
                                    "<p>Send a short thank-you note within a day, with "
                                    "a one-page summary and any information you "
                                    "promised. If the city is interested, propose a "
                                    "concrete next step such as a technical meeting or "
                                    "a site visit, and be patient: public bodies move "
                                    "at the pace of their approval processes. If the "
                                    "answer is no, ask what would have made the "
                                    "proposal more attractive. Keep a record of every "
                                    "pitch and its outcome; over time it will show "
                                    "which messages and which types of pilot resonate "
                                    "with cities.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Never overstate results, partners or the "
                                        "stage of development. Evaluators and city "
                                        "staff talk to each other, and credibility "
                                        "lost in one city follows you to the next.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "In a two-step funding call, what is submitted "
                                        "first?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": "A short concept note",
                                            "correct": True,
                                        },
                                        {
                                            "text": "The final pilot report",
                                            "correct": False,
                                        },
                                        {
                                            "text": "A signed contract with a city",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "The first step is a brief concept note; only "
                                        "selected applicants are invited to submit a "
                                        "full application."
                                    ),
                                },
                                {
                                    "text": (
                                        "Which belong in the foundations of a working "
                                        "SME partnership? Select all that apply."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": (
                                                "A single lead contact for each partner"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "An agreement on costs, revenues and IP"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Leaving money questions until after "
                                                "the first contract"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": "An agreed working language",
                                            "correct": True,
                                        },
                                    ],
                                    "explanation": (
                                        "Clear roles, agreements and communication "
                                        "prevent the most common partnership failures."
                                    ),
                                },
                                {
                                    "text": (
                                        "What should the final minute of a pitch to a "
                                        "city do?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "List every feature not yet mentioned"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": "Ask for a specific next step",
                                            "correct": True,
                                        },
                                        {
                                            "text": "Discuss the company's history",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "A clear, specific request turns interest into "
                                        "action."
                                    ),
                                },
                                {
                                    "text": (
                                        "What should you do before a matchmaking event?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Write a short profile of the partner "
                                                "you need and what you offer in return"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Prepare to talk only about your own "
                                                "product"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Plan to collect as many business "
                                                "cards as possible"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Nothing; matchmaking works best "
                                                "unprepared"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Knowing what you seek and what you offer "
                                        "makes conversations focused and productive."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Course 5: Circular economy and green public procurement
    # ------------------------------------------------------------------
    {
        "slug": "circular-economy-and-green-procurement",
        "title": "Circular economy and green public procurement",
        "summary": (
            "A short, open introduction to circular economy principles and to green "
            "public procurement, for both city staff who buy and SMEs who supply."
        ),
        "audience": "both",
        "level": "introductory",
        "access": "open",
        "topics": [
            "sustainable-development",
            "procurement-of-innovation",
            "climate-readiness",
        ],
        "learning_outcomes": [
            (
                "Explain the difference between a linear and a circular economy and "
                "name the main circular strategies."
            ),
            "Recognise circular business models that SMEs can offer to cities.",
            (
                "Describe how green public procurement works, including life-cycle "
                "costing and labels."
            ),
            "Write or answer green requirements in a tender in a fair, verifiable way.",
        ],
        "description": (
            "<p>Cities consume large amounts of materials, energy and water, and they "
            "also buy a great deal: public procurement accounts for a significant "
            "share of the economy across Europe. Using that purchasing power to favour "
            "products and services that last longer, use fewer resources and produce "
            "less waste is one of the most direct ways a city can advance sustainable "
            "development.</p><p>This short course, inspired by the circular economy "
            "and green procurement training offered within the "
            "<strong>SME4SMARTCITIES</strong> project, introduces the key ideas for "
            "both <em>buyers</em> in city administrations and <em>suppliers</em> in "
            "small businesses.</p><ul><li>Module 1: circular economy basics and "
            "business models</li><li>Module 2: green public procurement in "
            "practice</li></ul>"
        ),
        "modules": [
            {
                "slug": "circular-economy-basics",
                "title": "Circular economy basics",
                "introduction": (
                    "This module explains what a circular economy is, which business "
                    "models put it into practice and where cities have the greatest "
                    "influence."
                ),
                "lessons": [
                    {
                        "slug": "from-linear-to-circular",
                        "title": "From linear to circular",
                        "minutes": 9,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Much of today's economy is "
                                    "<strong>linear</strong>: take raw materials, make "
                                    "products, use them, throw them away. It depends "
                                    "on cheap resources and places to dump waste, both "
                                    "of which are becoming scarcer and more expensive, "
                                    "and it contributes heavily to greenhouse gas "
                                    "emissions and pollution.</p><p>A <strong>circular "
                                    "economy</strong> aims to keep products, "
                                    "components and materials in use for as long as "
                                    "possible at their highest value, and to design "
                                    "waste out from the start. The European Union has "
                                    "made this a policy priority, notably through its "
                                    "Circular Economy Action Plan.</p>"
                                ),
                            ),
                            ("heading", "Why it matters for Mediterranean cities"),
                            (
                                "paragraph",
                                (
                                    "<p>For cities around the Mediterranean, "
                                    "circularity is closely linked to other pressures. "
                                    "Landfill space is limited and often contested, "
                                    "tourism creates sharp peaks in waste during the "
                                    "summer, and water scarcity makes reuse of treated "
                                    "wastewater increasingly important. Many cities "
                                    "import most of the materials they consume, so "
                                    "keeping them in use longer also reduces exposure "
                                    "to rising prices and supply disruptions. A "
                                    "circular approach can create local jobs too, in "
                                    "repair, refurbishment, sorting and recycling, "
                                    "many of them in small businesses.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Circular strategies, from most to least "
                                        "preferable"
                                    ),
                                    "header": ["Strategy", "Meaning", "City example"],
                                    "rows": [
                                        [
                                            "Refuse and rethink",
                                            (
                                                "Avoid unnecessary products or deliver "
                                                "the need differently"
                                            ),
                                            (
                                                "Replace bottled water at events with "
                                                "drinking fountains"
                                            ),
                                        ],
                                        [
                                            "Reduce",
                                            "Use fewer materials and less energy",
                                            (
                                                "Print-on-demand policies; efficient "
                                                "lighting"
                                            ),
                                        ],
                                        [
                                            "Reuse",
                                            "Use a product again for the same purpose",
                                            (
                                                "Furniture sharing between municipal "
                                                "offices"
                                            ),
                                        ],
                                        [
                                            "Repair and refurbish",
                                            "Extend the life of products",
                                            (
                                                "Maintenance contracts that include "
                                                "repairs"
                                            ),
                                        ],
                                        [
                                            "Remanufacture",
                                            "Rebuild products from used parts",
                                            "Refurbished IT equipment for schools",
                                        ],
                                        [
                                            "Recycle",
                                            "Turn materials into new raw materials",
                                            (
                                                "Separate collection of organic waste "
                                                "for compost"
                                            ),
                                        ],
                                        [
                                            "Recover",
                                            (
                                                "Extract energy from what cannot be "
                                                "recycled"
                                            ),
                                            (
                                                "Energy recovery as a last resort "
                                                "before landfill"
                                            ),
                                        ],
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Recycling is valuable, but it is near the "
                                        "bottom of the list. The biggest gains come "
                                        "from avoiding waste and keeping products in "
                                        "use longer.</p>"
                                    ),
                                },
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "The cheapest waste to manage is the waste we "
                                        "never create."
                                    ),
                                    "attribution": (
                                        "Waste services manager, a Mediterranean "
                                        "municipality"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "circular-business-models",
                        "title": "Circular business models",
                        "minutes": 10,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>A circular economy needs businesses that make "
                                    "money from keeping resources in use, not from "
                                    "selling ever more new products. Many of these "
                                    "models suit SMEs, because they rely on local "
                                    "services, repair skills and close customer "
                                    "relationships.</p>"
                                ),
                            ),
                            (
                                "accordion",
                                {
                                    "title": "Five models to know",
                                    "items": [
                                        {
                                            "heading": "Product as a service",
                                            "text": (
                                                "<p>The customer pays for the use or "
                                                "result rather than owning the "
                                                "product, for example paying per hour "
                                                "of lighting instead of buying lamps. "
                                                "The supplier has an incentive to make "
                                                "products durable and efficient.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Sharing platforms",
                                            "text": (
                                                "<p>Increasing the use of underused "
                                                "assets, such as shared vehicles, "
                                                "tools or meeting rooms.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Product life extension",
                                            "text": (
                                                "<p>Repair, upgrade and refurbishment "
                                                "services that keep products working "
                                                "longer.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Circular supplies",
                                            "text": (
                                                "<p>Replacing virgin materials with "
                                                "recycled or renewable ones, such as "
                                                "recycled aggregates in "
                                                "construction.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Resource recovery",
                                            "text": (
                                                "<p>Recovering valuable materials from "
                                                "waste streams, such as turning food "
                                                "waste into compost or biogas.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>These models change the relationship between "
                                    "buyer and supplier. When a city pays for a "
                                    "service instead of owning equipment, the supplier "
                                    "remains responsible for maintenance and for what "
                                    "happens at the end of the product's life. This "
                                    "can suit cities that lack maintenance staff, but "
                                    "it requires longer contracts, clear performance "
                                    "measures and trust on both sides. For SMEs, "
                                    "recurring service revenue can provide more stable "
                                    "income than one-off sales, though it also means "
                                    "financing the equipment up front.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Refurbished furniture for public offices",
                                    "city": "Molina de Segura",
                                    "text": (
                                        "<p><em>An illustrative scenario based on "
                                        "challenges such cities face.</em> A "
                                        "municipality plans to refurnish several "
                                        "offices. Instead of buying new, it asks the "
                                        "market whether refurbished or remanufactured "
                                        "furniture could meet its needs. A local "
                                        "social enterprise that repairs office "
                                        "furniture, together with a small upholstery "
                                        "business, offers a package of refurbished "
                                        "desks and chairs with a five-year maintenance "
                                        "service.</p><p>The offer costs less than new "
                                        "furniture, keeps items out of landfill and "
                                        "creates local jobs. The city later includes a "
                                        "requirement for reuse or refurbishment "
                                        "options in its standard furniture tender.</p>"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>For SMEs: if you offer a circular model, "
                                        "explain the total cost over the product's "
                                        "life and the environmental benefit in simple "
                                        "numbers. Buyers need both to justify a choice "
                                        "that differs from the usual purchase.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "circular-cities",
                        "title": "Where cities can make a difference",
                        "minutes": 10,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Cities influence the circular economy in three "
                                    "roles: as <strong>buyers</strong> of goods, works "
                                    "and services; as <strong>regulators and "
                                    "planners</strong> through land use, building "
                                    "permits and waste rules; and as "
                                    "<strong>enablers</strong> that support local "
                                    "businesses, repair networks and citizen "
                                    "initiatives.</p>"
                                ),
                            ),
                            ("heading", "Priority areas"),
                            (
                                "paragraph",
                                (
                                    "<ul><li><strong>Construction and "
                                    "demolition</strong>: one of the largest waste "
                                    "streams; reuse of materials, design for "
                                    "disassembly and recycled "
                                    "aggregates.</li><li><strong>Food and organic "
                                    "waste</strong>: prevention in school canteens, "
                                    "separate collection and "
                                    "composting.</li><li><strong>Textiles and "
                                    "furniture</strong>: reuse centres, repair cafes "
                                    "and procurement of durable "
                                    "items.</li><li><strong>Electronics</strong>: "
                                    "longer use, refurbishment and responsible "
                                    "end-of-life handling of IT "
                                    "equipment.</li><li><strong>Water</strong>: reuse "
                                    "of treated wastewater, especially relevant in dry "
                                    "Mediterranean climates.</li></ul>"
                                ),
                            ),
                            (
                                "checklist",
                                {
                                    "title": (
                                        "Quick start for a city circular economy plan"
                                    ),
                                    "items": [
                                        (
                                            "Map the main material and waste flows in "
                                            "the city's own operations"
                                        ),
                                        (
                                            "Pick two or three product groups where "
                                            "the city buys a lot"
                                        ),
                                        (
                                            "Talk to local businesses and social "
                                            "enterprises about circular alternatives"
                                        ),
                                        (
                                            "Set a few measurable targets, such as the "
                                            "share of reused furniture"
                                        ),
                                        "Report progress publicly each year",
                                    ],
                                },
                            ),
                            ("heading", "Working with local actors"),
                            (
                                "paragraph",
                                (
                                    "<p>Cities cannot build a circular economy alone. "
                                    "Local businesses, social enterprises, "
                                    "universities and community groups already run "
                                    "repair cafes, reuse shops, food-sharing schemes "
                                    "and composting projects. A city can support them "
                                    "by providing space, publicising their services, "
                                    "including them in public events and, where rules "
                                    "allow, buying from them. Bringing these actors "
                                    "together in a regular forum helps match waste "
                                    "from one organisation with needs in another.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Beware of 'circular' claims without "
                                        "evidence. Ask suppliers how long products "
                                        "last, whether spare parts are available and "
                                        "what happens at end of life, and request "
                                        "proof.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "Which circular strategy is generally most "
                                        "preferable?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {"text": "Recycling", "correct": False},
                                        {
                                            "text": (
                                                "Avoiding the need for the product or "
                                                "reducing use"
                                            ),
                                            "correct": True,
                                        },
                                        {"text": "Energy recovery", "correct": False},
                                    ],
                                    "explanation": (
                                        "Preventing waste and reducing resource use "
                                        "come before reuse, repair and recycling."
                                    ),
                                },
                                {
                                    "text": (
                                        "Which are circular business models? Select "
                                        "all that apply."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": "Product as a service",
                                            "correct": True,
                                        },
                                        {
                                            "text": "Repair and refurbishment services",
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Designing products to be replaced as "
                                                "soon as possible"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Sharing platforms for underused assets"
                                            ),
                                            "correct": True,
                                        },
                                    ],
                                    "explanation": (
                                        "Circular models earn value from keeping "
                                        "products and materials in use, not from rapid "
                                        "replacement."
                                    ),
                                },
                                {
                                    "text": (
                                        "In which three roles can cities influence the "
                                        "circular economy?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Buyer, regulator and planner, and "
                                                "enabler"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Manufacturer, retailer and recycler"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": "Investor, bank and insurer",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Cities buy, regulate and plan, and support "
                                        "local initiatives, giving them several levers "
                                        "for circularity."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "green-public-procurement",
                "title": "Green public procurement in practice",
                "introduction": (
                    "This module shows how public buyers can include environmental "
                    "criteria in tenders, and how SMEs can respond to them "
                    "successfully."
                ),
                "lessons": [
                    {
                        "slug": "what-is-green-procurement",
                        "title": "What is green public procurement?",
                        "minutes": 10,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p><strong>Green public procurement</strong> "
                                    "(GPP) means that public bodies seek goods, "
                                    "services and works with a reduced environmental "
                                    "impact throughout their life cycle, compared with "
                                    "alternatives that serve the same purpose. In the "
                                    "EU it is largely voluntary, although some sectors "
                                    "have mandatory requirements, and the European "
                                    "Commission publishes ready-made GPP criteria for "
                                    "many product groups, from cleaning services to "
                                    "road lighting. These are often offered at two "
                                    "levels: <em>core</em> criteria that are easy to "
                                    "apply, and <em>comprehensive</em> criteria for "
                                    "more ambitious buyers.</p>"
                                ),
                            ),
                            ("heading", "Why cities use it"),
                            (
                                "paragraph",
                                (
                                    "<p>Public authorities are among the largest "
                                    "buyers in the economy; across the EU, public "
                                    "procurement is estimated at around 14% of GDP. "
                                    "When cities ask for energy-efficient lighting, "
                                    "low-emission vehicles or recycled materials, they "
                                    "help create a market for these products, "
                                    "encourage suppliers to innovate and often reduce "
                                    "their own running costs. Green purchasing also "
                                    "supports a city's climate and waste targets "
                                    "directly, and shows residents and businesses that "
                                    "the administration practises what it asks of "
                                    "others.</p>"
                                ),
                            ),
                            ("heading", "Looking beyond the purchase price"),
                            (
                                "paragraph",
                                (
                                    "<p>The cheapest product to buy is not always the "
                                    "cheapest to own. <strong>Life-cycle "
                                    "costing</strong> compares offers on the total "
                                    "cost over their life: purchase, energy and water "
                                    "use, maintenance, and disposal, and where "
                                    "possible the cost of environmental effects such "
                                    "as emissions. EU procurement rules allow buyers "
                                    "to use life-cycle costing to award contracts, "
                                    "provided the method is set out in the tender "
                                    "documents.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Life-cycle cost of two street lamps over 12 "
                                        "years (illustrative figures)"
                                    ),
                                    "header": ["Cost element", "Lamp A", "Lamp B"],
                                    "rows": [
                                        [
                                            "Purchase and installation",
                                            "300 euros",
                                            "450 euros",
                                        ],
                                        ["Electricity", "900 euros", "450 euros"],
                                        [
                                            "Maintenance and replacement parts",
                                            "250 euros",
                                            "100 euros",
                                        ],
                                        ["End of life", "30 euros", "20 euros"],
                                        ["Total", "1,480 euros", "1,020 euros"],
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Green choices often save money over time. "
                                        "Life-cycle costing makes those savings "
                                        "visible in the tender evaluation.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "writing-and-answering-green-tenders",
                        "title": "Writing and answering green tenders",
                        "minutes": 12,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Environmental considerations can enter a "
                                    "tender at several points. Each has its own rules, "
                                    "and each must be linked to the subject of the "
                                    "contract and be verifiable.</p>"
                                ),
                            ),
                            (
                                "accordion",
                                {
                                    "title": "Where green criteria can appear",
                                    "items": [
                                        {
                                            "heading": "Technical specifications",
                                            "text": (
                                                "<p>Minimum requirements every offer "
                                                "must meet, such as maximum energy "
                                                "consumption or a minimum share of "
                                                "recycled content.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Selection criteria",
                                            "text": (
                                                "<p>Evidence that bidders have the "
                                                "capacity to apply environmental "
                                                "management measures, where relevant "
                                                "to the contract.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Award criteria",
                                            "text": (
                                                "<p>Extra points for better "
                                                "environmental performance, such as "
                                                "lower emissions or longer "
                                                "warranties.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Contract performance clauses",
                                            "text": (
                                                "<p>Conditions applying during "
                                                "delivery, such as using low-emission "
                                                "vehicles or taking back packaging.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            ("heading", "Labels and proof"),
                            (
                                "paragraph",
                                (
                                    "<p>Buyers may ask for a specific environmental "
                                    "label as proof that requirements are met, but "
                                    "they must also accept equivalent labels and, in "
                                    "certain cases, other suitable evidence, such as a "
                                    "technical dossier. For SMEs that cannot afford "
                                    "certification, this matters: read the tender "
                                    "carefully and provide strong alternative evidence "
                                    "where it is allowed.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Greening a cleaning services contract",
                                    "city": "Kfar Saba",
                                    "text": (
                                        "<p><em>An illustrative scenario based on "
                                        "challenges such cities face.</em> A "
                                        "municipality renewing its cleaning contract "
                                        "for public buildings wants to reduce harmful "
                                        "chemicals and plastic waste. It requires "
                                        "concentrated products with recognised "
                                        "environmental labels or equivalent, awards "
                                        "extra points for microfibre systems that "
                                        "reduce water and chemical use, and includes a "
                                        "contract clause on staff training.</p><p>A "
                                        "small local cleaning company, already using "
                                        "such methods with private clients, sets out "
                                        "its products, training plan and water savings "
                                        "clearly. It wins one of the lots, which the "
                                        "city had divided by district to make the "
                                        "contract accessible to smaller firms.</p>"
                                    ),
                                },
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "Our green criteria only worked once we asked "
                                        "how a bidder would prove each one."
                                    ),
                                    "attribution": (
                                        "Procurement officer, a municipality in Israel"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>For buyers: start from existing GPP "
                                        "criteria rather than writing your own, and "
                                        "hold a market consultation to check what "
                                        "local suppliers can offer. For suppliers: "
                                        "keep a ready file of product data sheets, "
                                        "labels and test reports.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "measuring-and-scaling-gpp",
                        "title": "Measuring and growing green procurement",
                        "minutes": 9,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>To move from occasional green tenders to a "
                                    "consistent practice, cities need a policy, "
                                    "trained staff and a way to measure results. Many "
                                    "begin with a few priority product groups where "
                                    "spending is high and good criteria exist, such as "
                                    "vehicles, electricity, lighting, food and "
                                    "catering, cleaning, and IT equipment.</p>"
                                ),
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Building a green procurement practice",
                                    "items": [
                                        (
                                            "Adopt a short policy with clear priority "
                                            "product groups"
                                        ),
                                        (
                                            "Train procurement officers and budget "
                                            "holders together"
                                        ),
                                        (
                                            "Use standard clauses and criteria, "
                                            "updated regularly"
                                        ),
                                        (
                                            "Record which contracts include green "
                                            "criteria and their value"
                                        ),
                                        (
                                            "Estimate results, such as energy saved or "
                                            "waste avoided"
                                        ),
                                        (
                                            "Share experience with other cities and "
                                            "with suppliers"
                                        ),
                                    ],
                                },
                            ),
                            ("heading", "Keeping monitoring simple"),
                            (
                                "paragraph",
                                (
                                    "<p>Monitoring does not need sophisticated "
                                    "software. A shared spreadsheet recording each "
                                    "contract, its value, the product group and "
                                    "whether green criteria were used already lets a "
                                    "city report the share of its spending that is "
                                    "green. For priority contracts, add a rough "
                                    "estimate of the benefits, such as electricity "
                                    "saved compared with a standard product. Review "
                                    "the figures once a year, celebrate successes and "
                                    "look at why green criteria were not used in other "
                                    "contracts: lack of time, lack of suitable "
                                    "criteria or concerns about cost.</p>"
                                ),
                            ),
                            ("heading", "Opportunities for SMEs"),
                            (
                                "paragraph",
                                (
                                    "<p>As green criteria become routine, suppliers "
                                    "with genuine environmental strengths gain an "
                                    "advantage. SMEs can prepare by documenting the "
                                    "environmental performance of their products, "
                                    "exploring relevant labels, offering repair and "
                                    "take-back services, and taking part in market "
                                    "consultations to explain what is possible. "
                                    "Cooperation with other firms can help meet "
                                    "criteria that one company could not cover "
                                    "alone.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Green procurement grows through steady "
                                        "practice: a clear policy, standard criteria, "
                                        "trained staff, simple monitoring and open "
                                        "dialogue with suppliers.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": "What does life-cycle costing compare?",
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": "Only the purchase price of offers",
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "The total cost of offers over their "
                                                "life, including use, maintenance and "
                                                "disposal"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "The age of the companies bidding",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Life-cycle costing captures running and "
                                        "end-of-life costs, which often favour greener "
                                        "options."
                                    ),
                                },
                                {
                                    "text": (
                                        "Where can environmental considerations appear "
                                        "in a tender? Select all that apply."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": "Technical specifications",
                                            "correct": True,
                                        },
                                        {"text": "Award criteria", "correct": True},
                                        {
                                            "text": "Contract performance clauses",
                                            "correct": True,
                                        },
                                        {
                                            "text": "Only in the city's press release",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Green criteria can be minimum requirements, "
                                        "scored criteria or conditions applied during "
                                        "delivery."
                                    ),
                                },
                                {
                                    "text": (
                                        "If a tender asks for a specific environmental "
                                        "label, what must the buyer also do?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Accept equivalent labels and, in some "
                                                "cases, other suitable evidence"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Reject all bidders without that exact "
                                                "label"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Pay for the bidders' certification"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Equivalent labels and, in certain cases, "
                                        "other evidence must be accepted, which keeps "
                                        "the process fair for smaller firms."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
        ],
    },
]
