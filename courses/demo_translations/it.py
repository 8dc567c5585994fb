"""Italian translations of two demo courses, loaded by `load_demo`."""

COURSES = {
    "climate-readiness-for-mediterranean-cities": {
        "slug": "climate-readiness-for-mediterranean-cities",
        "title": "Preparazione ai cambiamenti climatici per le città mediterranee",
        "summary": (
            "Un'introduzione per il personale comunale ai principali rischi climatici "
            "che minacciano le città mediterranee e ai modi concreti per valutarli, "
            "pianificare l'adattamento, collaborare con le PMI e monitorare i "
            "progressi."
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
                "Descrivere i principali pericoli climatici che colpiscono le città "
                "mediterranee: calore, scarsità idrica, alluvioni e innalzamento del "
                "livello del mare."
            ),
            (
                "Svolgere una semplice valutazione del rischio climatico che combini "
                "pericolo, esposizione e vulnerabilità."
            ),
            (
                "Delineare le fasi di un piano locale di adattamento e scegliere tra "
                "misure grigie, verdi e soft."
            ),
            (
                "Coinvolgere le PMI nello sviluppo e nella sperimentazione di "
                "soluzioni per il clima in modo equo e trasparente."
            ),
            (
                "Selezionare indicatori per monitorare i progressi e comunicarli ai "
                "decisori e ai cittadini."
            ),
        ],
        "description": (
            "<p>La preparazione ai cambiamenti climatici è stata uno dei tre temi "
            "scelti dalle città riunite nel gruppo guida delle città di "
            "<strong>SME4SMARTCITIES</strong>, insieme all'innovazione e allo sviluppo "
            "sostenibile. Per le città del Mediterraneo non è più una preoccupazione "
            "lontana: estati più calde, siccità più lunghe, alluvioni improvvise e un "
            "mare che si alza condizionano già il lavoro di urbanisti, ingegneri, "
            "servizi sanitari e sociali.</p><p>Questo corso aperto è pensato per il "
            "personale comunale di qualsiasi settore, non solo per gli specialisti del "
            "clima. Spiega i rischi con un linguaggio semplice e offre strumenti "
            "facili che puoi usare da subito.</p><h3>Struttura del "
            "corso</h3><ol><li>Comprendere i rischi climatici del "
            "Mediterraneo</li><li>Valutare il rischio e pianificare "
            "l'adattamento</li><li>Collaborare con le PMI e monitorare i "
            "progressi</li></ol>"
        ),
        "modules": [
            {
                "slug": "understanding-climate-risks",
                "title": "Comprendere i rischi climatici del Mediterraneo",
                "introduction": (
                    "Questo modulo presenta i pericoli climatici più rilevanti per le "
                    "città mediterranee e spiega perché alcuni luoghi e alcune persone "
                    "ne sono colpiti più di altri."
                ),
                "lessons": [
                    {
                        "slug": "a-climate-hotspot",
                        "title": "Un hotspot climatico",
                        "minutes": 10,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Gli scienziati descrivono spesso il bacino del "
                                    "Mediterraneo come un <strong>hotspot del "
                                    "cambiamento climatico</strong>. La regione si sta "
                                    "riscaldando più rapidamente della media globale, "
                                    "in molte zone le precipitazioni dovrebbero "
                                    "diminuire mentre i rovesci diventano più intensi, "
                                    "e il mare stesso si sta scaldando e alzando. Gran "
                                    "parte della popolazione e dell'economia si "
                                    "concentra su una stretta fascia costiera, e con "
                                    "essa si concentrano i rischi.</p><p>Per una "
                                    "città, il cambiamento climatico non arriva come "
                                    "una tendenza astratta. Arriva come un'ondata di "
                                    "calore che riempie i reparti ospedalieri, "
                                    "un'estate in cui i bacini idrici si svuotano, un "
                                    "temporale che allaga i sottopassi in venti minuti "
                                    "o una spiaggia che perde la sabbia. Ognuno di "
                                    "questi eventi finisce sulla scrivania di un "
                                    "ufficio diverso: ecco perché la preparazione ai "
                                    "cambiamenti climatici deve essere un compito "
                                    "condiviso.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Principali pericoli climatici per le città "
                                        "mediterranee"
                                    ),
                                    "header": [
                                        "Pericolo",
                                        "Impatti urbani tipici",
                                        "Settori più coinvolti",
                                    ],
                                    "rows": [
                                        [
                                            "Caldo estremo",
                                            (
                                                "Emergenze sanitarie, maggiore domanda "
                                                "di energia, stress per lavoratori e "
                                                "infrastrutture"
                                            ),
                                            (
                                                "Sanità, servizi sociali, energia, "
                                                "urbanistica"
                                            ),
                                        ],
                                        [
                                            "Siccità e scarsità idrica",
                                            (
                                                "Restrizioni all'erogazione, alberi e "
                                                "parchi che muoiono, conflitti "
                                                "sull'uso dell'acqua"
                                            ),
                                            (
                                                "Gestore del servizio idrico, verde "
                                                "pubblico, agricoltura, sviluppo "
                                                "economico"
                                            ),
                                        ],
                                        [
                                            "Piogge intense e alluvioni lampo",
                                            (
                                                "Strade e scantinati allagati, danni, "
                                                "inquinamento da fognature che "
                                                "tracimano"
                                            ),
                                            "Protezione civile, drenaggio, viabilità",
                                        ],
                                        [
                                            (
                                                "Innalzamento del livello del mare e "
                                                "mareggiate"
                                            ),
                                            (
                                                "Erosione costiera, allagamento dei "
                                                "lungomare, intrusione di acqua salata "
                                                "nelle falde"
                                            ),
                                            "Gestione della costa, porti, turismo",
                                        ],
                                        [
                                            "Incendi boschivi ai margini urbani",
                                            "Fumo, evacuazioni, perdita di aree verdi",
                                            (
                                                "Protezione civile, ambiente, "
                                                "pianificazione"
                                            ),
                                        ],
                                    ],
                                },
                            ),
                            (
                                "heading",
                                "Pericolo, esposizione e vulnerabilità",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Il rischio dipende da tre fattori. Il "
                                    "<strong>pericolo</strong> è l'evento fisico, ad "
                                    "esempio un'ondata di calore. "
                                    "L'<strong>esposizione</strong> è ciò che si trova "
                                    "sul suo percorso: persone, edifici, strade. La "
                                    "<strong>vulnerabilità</strong> indica quanto "
                                    "gravemente quelle persone o quei beni vengono "
                                    "colpiti, e dipende da fattori come età, salute, "
                                    "reddito, qualità dell'abitazione e accesso "
                                    "all'assistenza. Una città non può cambiare il "
                                    "pericolo, ma può fare moltissimo su esposizione e "
                                    "vulnerabilità.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>I pericoli, inoltre, interagiscono tra loro. "
                                    "Una lunga siccità lascia il suolo duro e secco, "
                                    "così il primo temporale autunnale scorre via "
                                    "invece di infiltrarsi. Un'ondata di calore fa "
                                    "aumentare la domanda di elettricità proprio "
                                    "mentre mette sotto stress le linee elettriche e "
                                    "riduce la capacità di raffreddamento delle "
                                    "centrali. Una mareggiata sulla costa può impedire "
                                    "a fiumi e scarichi di defluire, aggravando gli "
                                    "allagamenti nell'entroterra. I pianificatori "
                                    "parlano di rischi <strong>composti</strong> o "
                                    "<strong>a cascata</strong>, e sono il motivo per "
                                    "cui una città che si prepara a ogni pericolo "
                                    "separatamente può comunque farsi trovare "
                                    "impreparata. Capire come i sistemi dipendono "
                                    "l'uno dall'altro, ad esempio quali stazioni di "
                                    "pompaggio hanno bisogno di elettricità o su quali "
                                    "strade contano le ambulanze, è una parte "
                                    "importante dell'essere pronti.</p>"
                                ),
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "Pensavamo che il clima fosse un tema "
                                        "dell'assessorato all'ambiente. Il primo piano "
                                        "per le ondate di calore che abbiamo scritto "
                                        "ha coinvolto undici settori."
                                    ),
                                    "attribution": (
                                        "Referente per la sostenibilità, una città "
                                        "costiera dell'Europa meridionale"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Prepararsi ai cambiamenti climatici "
                                        "significa ridurre l'esposizione e la "
                                        "vulnerabilità a pericoli che la città non può "
                                        "controllare, e coinvolge quasi tutti i "
                                        "settori dell'amministrazione.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "heat-and-water-scarcity",
                        "title": "Caldo e scarsità idrica",
                        "minutes": 13,
                        "body": [
                            (
                                "heading",
                                "L'isola di calore urbana",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Le città sono più calde delle campagne che le "
                                    "circondano. Asfalto, cemento e tetti scuri "
                                    "assorbono la luce solare durante il giorno e "
                                    "rilasciano calore di notte; il traffico e i "
                                    "condizionatori aggiungono altro calore; la "
                                    "mancanza di alberi e di acqua elimina il "
                                    "raffrescamento naturale. Il risultato, chiamato "
                                    "<strong>isola di calore urbana</strong>, può "
                                    "rendere i quartieri più densi più caldi di "
                                    "diversi gradi rispetto ai parchi vicini, "
                                    "soprattutto di notte. Le notti calde contano per "
                                    "la salute perché il corpo non riesce a "
                                    "recuperare.</p><p>Tra le persone più a rischio ci "
                                    "sono gli anziani che vivono da soli, i bambini "
                                    "piccoli, le persone con malattie croniche, chi "
                                    "lavora all'aperto e chi vive in abitazioni poco "
                                    "isolate e senza raffrescamento. Il caldo è quindi "
                                    "una questione sociale tanto quanto tecnica.</p>"
                                ),
                            ),
                            (
                                "checklist",
                                {
                                    "title": (
                                        "Elementi di un piano d'azione per il caldo"
                                    ),
                                    "items": [
                                        (
                                            "Un sistema di allerta precoce collegato "
                                            "alle previsioni meteo, con livelli di "
                                            "allerta chiari"
                                        ),
                                        (
                                            "Un registro o una rete di contatto per i "
                                            "residenti vulnerabili"
                                        ),
                                        (
                                            "Rifugi climatici, come biblioteche e "
                                            "centri civici con orari prolungati"
                                        ),
                                        (
                                            "Orari di lavoro adattati e tutele per il "
                                            "personale comunale che lavora all'aperto"
                                        ),
                                        (
                                            "Informazioni al pubblico in tutte le "
                                            "principali lingue parlate sul territorio"
                                        ),
                                        (
                                            "Misure a lungo termine: ombra, alberi, "
                                            "tetti e pavimentazioni riflettenti, "
                                            "fontanelle di acqua potabile"
                                        ),
                                    ],
                                },
                            ),
                            (
                                "heading",
                                "Ogni goccia conta",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Molte città mediterranee convivono già con "
                                    "risorse idriche limitate, e stagioni secche più "
                                    "lunghe e calde aumentano la domanda proprio "
                                    "mentre le disponibilità si riducono. Tra le "
                                    "opzioni ci sono la riduzione delle perdite nelle "
                                    "reti, il riutilizzo delle acque reflue depurate "
                                    "per l'irrigazione dei parchi e la pulizia delle "
                                    "strade, la raccolta dell'acqua piovana, la scelta "
                                    "di piante resistenti alla siccità e "
                                    "l'incoraggiamento al risparmio idrico per "
                                    "cittadini e imprese. Alcune località costiere "
                                    "ricorrono alla dissalazione, che garantisce "
                                    "l'approvvigionamento ma consuma molta energia.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": (
                                        "Mantenere vivibile una località turistica nel "
                                        "deserto"
                                    ),
                                    "city": "Eilat",
                                    "text": (
                                        "<p><em>Uno scenario illustrativo basato sulle "
                                        "sfide che città di questo tipo "
                                        "affrontano.</em> Una città dal clima caldo e "
                                        "arido vive di turismo tutto l'anno, ma in "
                                        "estate le temperature rendono gli spazi "
                                        "aperti quasi inutilizzabili nel pomeriggio. I "
                                        "suoi pianificatori mappano i percorsi che "
                                        "residenti e visitatori compiono davvero a "
                                        "piedi e su quei tragitti danno priorità a "
                                        "strutture ombreggianti, alberi irrigati con "
                                        "acque reflue depurate e superfici di colore "
                                        "chiaro.</p><p>Per verificare se gli "
                                        "interventi funzionano, la città invita le "
                                        "aziende locali a installare sensori di "
                                        "temperatura in alcune strade prima e dopo i "
                                        "lavori. I dati aiutano a giustificare "
                                        "l'estensione del programma, e una piccola "
                                        "impresa che ha fornito i sensori ottiene la "
                                        "sua prima referenza pubblica.</p>"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Combina le misure per il caldo e per "
                                        "l'acqua. Alberi e spazi verdi rinfrescano le "
                                        "strade solo se possono essere irrigati anche "
                                        "in caso di siccità: pianifica l'irrigazione "
                                        "da fonti non potabili contestualmente alla "
                                        "messa a dimora.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "floods-and-the-rising-sea",
                        "title": "Alluvioni e innalzamento del mare",
                        "minutes": 12,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Può sembrare strano che le regioni aride si "
                                    "allaghino, ma il Mediterraneo è noto per piogge "
                                    "brevi e violente, soprattutto in autunno, quando "
                                    "il mare è ancora caldo. Quando una grande "
                                    "quantità di pioggia cade su terreno secco e su "
                                    "superfici urbane impermeabilizzate, non riesce a "
                                    "infiltrarsi. L'acqua scorre impetuosa lungo le "
                                    "strade e i letti asciutti dei torrenti, "
                                    "sopraffacendo sistemi di drenaggio progettati per "
                                    "un clima più mite. Queste <strong>alluvioni "
                                    "lampo</strong> arrivano con poco preavviso e "
                                    "possono essere mortali.</p>"
                                ),
                            ),
                            (
                                "heading",
                                "Fare spazio all'acqua",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Il drenaggio tradizionale cerca di allontanare "
                                    "l'acqua il più velocemente possibile attraverso "
                                    "le tubazioni. Oggi le città lo combinano con il "
                                    "<strong>drenaggio urbano sostenibile</strong>, "
                                    "che rallenta, trattiene e assorbe l'acqua dove "
                                    "cade:</p><ul><li>pavimentazioni permeabili nei "
                                    "parcheggi e nelle piazze;</li><li>giardini della "
                                    "pioggia e canali vegetati lungo le "
                                    "strade;</li><li>parchi e campi sportivi "
                                    "progettati per allagarsi in sicurezza per qualche "
                                    "ora;</li><li>tetti verdi e vasche di accumulo "
                                    "negli edifici pubblici;</li><li>corsi d'acqua "
                                    "naturali mantenuti liberi da "
                                    "costruzioni.</li></ul><p>Queste misure "
                                    "rinfrescano anche la città e favoriscono la "
                                    "natura, quindi perseguono più obiettivi "
                                    "contemporaneamente.</p>"
                                ),
                            ),
                            (
                                "heading",
                                "Il mare che si alza",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>L'innalzamento del livello del mare è lento ma "
                                    "inesorabile, e si somma all'effetto delle "
                                    "tempeste. Con livelli dell'acqua più alti le "
                                    "mareggiate si spingono più nell'entroterra, le "
                                    "spiagge si erodono e l'acqua salata può "
                                    "infiltrarsi nelle falde costiere. Le risposte "
                                    "vanno dalla protezione (muri di difesa costiera, "
                                    "ripristino delle dune) all'adattamento degli "
                                    "edifici (piani terra rialzati, progettazione a "
                                    "prova di allagamento), fino al graduale "
                                    "arretramento dalle aree più esposte. Poiché le "
                                    "infrastrutture costiere durano decenni, le "
                                    "decisioni prese oggi dovrebbero tenere conto "
                                    "delle condizioni attese nella seconda metà del "
                                    "secolo.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Un lungomare sotto pressione",
                                    "city": "Cartagena",
                                    "text": (
                                        "<p><em>Uno scenario illustrativo basato sulle "
                                        "sfide che città di questo tipo "
                                        "affrontano.</em> Una storica città portuale "
                                        "subisce sia le alluvioni lampo autunnali che "
                                        "scendono dalle colline circostanti, sia "
                                        "mareggiate occasionali sul fronte mare. I "
                                        "suoi ingegneri si rendono conto che i due "
                                        "problemi si incontrano negli stessi punti di "
                                        "scarico a bassa quota: quando il mare è alto, "
                                        "l'acqua piovana non riesce a "
                                        "defluire.</p><p>Invece di limitarsi ad "
                                        "allargare le tubazioni, la città studia "
                                        "vasche di laminazione a monte nei parchi, "
                                        "valvole di non ritorno agli scarichi e un "
                                        "sistema di allerta che combina le previsioni "
                                        "di pioggia e di livello del mare. Lo studio "
                                        "diventa la base di un piano di investimenti "
                                        "per fasi.</p>"
                                    ),
                                },
                            ),
                            (
                                "accordion",
                                {
                                    "title": "Termini chiave",
                                    "items": [
                                        {
                                            "heading": "Mareggiata",
                                            "text": (
                                                "<p>Un innalzamento temporaneo del "
                                                "livello del mare causato da venti "
                                                "forti e bassa pressione atmosferica "
                                                "durante una tempesta.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Superficie impermeabilizzata",
                                            "text": (
                                                "<p>Terreno coperto da edifici, "
                                                "asfalto o cemento, in cui l'acqua non "
                                                "può infiltrarsi.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Soluzione basata sulla natura",
                                            "text": (
                                                "<p>Una misura che sfrutta processi "
                                                "naturali, come la vegetazione o le "
                                                "zone umide, per affrontare un "
                                                "problema come gli allagamenti o il "
                                                "caldo.</p>"
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
                                        "Quali tre elementi, insieme, determinano il "
                                        "rischio climatico?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Pericolo, esposizione e vulnerabilità"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Temperatura, precipitazioni e vento"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": "Bilancio, personale e politica",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Il rischio nasce quando un pericolo incontra "
                                        "persone o beni esposti e vulnerabili. Le "
                                        "città possono ridurre esposizione e "
                                        "vulnerabilità anche quando non possono "
                                        "cambiare il pericolo."
                                    ),
                                },
                                {
                                    "text": (
                                        "Quali gruppi sono di solito più vulnerabili "
                                        "al caldo estremo? Seleziona tutte le risposte "
                                        "corrette."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": "Anziani che vivono da soli",
                                            "correct": True,
                                        },
                                        {
                                            "text": "Chi lavora all'aperto",
                                            "correct": True,
                                        },
                                        {
                                            "text": "Persone con malattie croniche",
                                            "correct": True,
                                        },
                                        {
                                            "text": "Impiegati in uffici climatizzati",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Età, salute, isolamento e condizioni di "
                                        "lavoro influiscono fortemente sui danni "
                                        "causati dal caldo."
                                    ),
                                },
                                {
                                    "text": (
                                        "Perché si verificano alluvioni lampo nelle "
                                        "città mediterranee aride?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Perché lì le piogge sono sempre "
                                                "abbondanti"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Perché rovesci intensi cadono su "
                                                "terreno secco e su superfici "
                                                "impermeabilizzate che non riescono ad "
                                                "assorbirli"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Solo a causa dell'innalzamento del "
                                                "livello del mare"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Temporali brevi e intensi su superfici dure o "
                                        "secche producono un deflusso rapido che "
                                        "sovraccarica il sistema di drenaggio."
                                    ),
                                },
                                {
                                    "text": (
                                        "Quali di questi sono esempi di drenaggio "
                                        "urbano sostenibile? Seleziona tutte le "
                                        "risposte corrette."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": (
                                                "Giardini della pioggia lungo le strade"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Parchi progettati per allagarsi in "
                                                "sicurezza per qualche ora"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "Sostituire un prato con l'asfalto",
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Pavimentazioni permeabili nei "
                                                "parcheggi"
                                            ),
                                            "correct": True,
                                        },
                                    ],
                                    "explanation": (
                                        "Il drenaggio urbano sostenibile rallenta, "
                                        "trattiene e assorbe l'acqua piovana dove "
                                        "cade. Aggiungere asfalto produce l'effetto "
                                        "opposto."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "assessing-risk-and-planning",
                "title": "Valutare il rischio e pianificare l'adattamento",
                "introduction": (
                    "Una volta compresi i pericoli, il passo successivo è capire dove "
                    "la tua città è più a rischio e decidere cosa fare. Questo modulo "
                    "ti guida attraverso una semplice valutazione del rischio, gli "
                    "elementi costitutivi di un piano di adattamento e il modo di "
                    "organizzare e finanziare il lavoro."
                ),
                "lessons": [
                    {
                        "slug": "climate-risk-assessment",
                        "title": "Una valutazione pratica del rischio climatico",
                        "minutes": 14,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Una valutazione del rischio climatico risponde "
                                    "a tre domande: cosa potrebbe succedere, dove, e "
                                    "chi o cosa ne soffrirebbe di più. Per essere "
                                    "utile non deve per forza essere un grande studio "
                                    "affidato a consulenti. Molte città iniziano con "
                                    "una valutazione basata su workshop, che usa i "
                                    "dati esistenti e le conoscenze del personale, e "
                                    "poi la perfezionano nel tempo.</p>"
                                ),
                            ),
                            (
                                "heading",
                                "Cinque passaggi",
                            ),
                            (
                                "paragraph",
                                (
                                    "<ol><li><strong>Raccogli le informazioni "
                                    "climatiche.</strong> I servizi meteorologici "
                                    "nazionali e servizi europei come il Servizio "
                                    "Copernicus per i cambiamenti climatici pubblicano "
                                    "proiezioni su temperatura, precipitazioni e "
                                    "livello del mare. Considera sia gli estremi "
                                    "recenti sia gli scenari "
                                    "futuri.</li><li><strong>Mappa "
                                    "l'esposizione.</strong> Sovrapponi le zone di "
                                    "pericolo, come le strade soggette ad allagamento "
                                    "o i quartieri più caldi, a popolazione, strutture "
                                    "critiche e infrastrutture.</li><li><strong>Valuta "
                                    "la vulnerabilità.</strong> Aggiungi i dati "
                                    "sociali: età, reddito, salute, condizioni "
                                    "abitative. Chiedi al personale operativo dove si "
                                    "sono verificati problemi durante gli eventi "
                                    "passati.</li><li><strong>Assegna un punteggio ai "
                                    "rischi e ordinali.</strong> Combina probabilità e "
                                    "conseguenze per ciascun pericolo e ciascuna "
                                    "area.</li><li><strong>Verifica e "
                                    "condividi.</strong> Metti alla prova i risultati "
                                    "con i vari settori, i servizi di emergenza e i "
                                    "gruppi della comunità prima di usarli per "
                                    "definire le priorità.</li></ol>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Una semplice matrice di valutazione del "
                                        "rischio (probabilità x conseguenze)"
                                    ),
                                    "header": [
                                        "Probabilità / Conseguenze",
                                        "Lievi",
                                        "Moderate",
                                        "Gravi",
                                    ],
                                    "rows": [
                                        [
                                            "Probabile",
                                            "Medio",
                                            "Alto",
                                            "Molto alto",
                                        ],
                                        [
                                            "Possibile",
                                            "Basso",
                                            "Medio",
                                            "Alto",
                                        ],
                                        [
                                            "Improbabile",
                                            "Basso",
                                            "Basso",
                                            "Medio",
                                        ],
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Gli eventi passati sono la tua prova "
                                        "migliore. I registri delle chiamate di "
                                        "emergenza, le richieste di risarcimento alle "
                                        "assicurazioni, i ricoveri ospedalieri durante "
                                        "le ondate di calore e le foto delle strade "
                                        "allagate spesso rivelano i punti critici più "
                                        "chiaramente dei modelli.</p>"
                                    ),
                                },
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "I nostri autisti degli autobus sapevano "
                                        "esattamente quali sottopassi si allagavano "
                                        "per primi. Nessuno glielo aveva mai chiesto."
                                    ),
                                    "attribution": (
                                        "Coordinatore della protezione civile, un "
                                        "comune spagnolo"
                                    ),
                                },
                            ),
                            (
                                "heading",
                                "Presentare i risultati",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>I risultati di una valutazione devono essere "
                                    "facili da usare anche per chi non era presente. "
                                    "Poche mappe chiare che mostrano dove si trovano i "
                                    "rischi più alti, un elenco ordinato dei rischi "
                                    "prioritari e una breve sintesi su chi è più "
                                    "vulnerabile sono di solito più utili di un lungo "
                                    "rapporto tecnico. Spiega fonti e ipotesi in un "
                                    "allegato. Assicurati che i risultati arrivino ai "
                                    "settori che progettano strade, edifici, parchi e "
                                    "servizi sociali, perché saranno loro a doverli "
                                    "tradurre in azioni.</p><p>Sii onesto "
                                    "sull'incertezza. Le proiezioni forniscono "
                                    "intervalli, non valori unici, e i dati locali "
                                    "possono essere frammentari. L'obiettivo è "
                                    "prendere decisioni ragionevoli con le migliori "
                                    "informazioni disponibili e pianificare misure che "
                                    "funzionino in una varietà di scenari futuri.</p>"
                                ),
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "building-an-adaptation-plan",
                        "title": "Costruire un piano di adattamento",
                        "minutes": 14,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Un piano di adattamento trasforma la "
                                    "valutazione del rischio in azione. Definisce una "
                                    "visione, obiettivi concreti, un elenco di misure "
                                    "con responsabili, budget e tempistiche, e un modo "
                                    "per monitorare i progressi. Molte città europee "
                                    "preparano piani di questo tipo nell'ambito di "
                                    "impegni come il Patto dei Sindaci per il Clima e "
                                    "l'Energia, che riunisce mitigazione e adattamento "
                                    "climatico in un unico piano d'azione.</p>"
                                ),
                            ),
                            (
                                "heading",
                                "Tre famiglie di misure",
                            ),
                            (
                                "accordion",
                                {
                                    "title": "Misure grigie, verdi e soft",
                                    "items": [
                                        {
                                            "heading": (
                                                "Misure grigie (ingegneristiche)"
                                            ),
                                            "text": (
                                                "<p>Infrastrutture fisiche come "
                                                "condotte di drenaggio più grandi, "
                                                "muri di difesa costiera, vasche di "
                                                "accumulo o impianti di "
                                                "raffrescamento. Spesso efficaci "
                                                "contro un pericolo specifico, ma "
                                                "possono essere costose e poco "
                                                "flessibili.</p>"
                                            ),
                                        },
                                        {
                                            "heading": (
                                                "Misure verdi e blu (basate sulla "
                                                "natura)"
                                            ),
                                            "text": (
                                                "<p>Alberi, parchi, zone umide, tetti "
                                                "verdi, dune e sponde fluviali "
                                                "ripristinate. Di solito offrono più "
                                                "benefici contemporaneamente, come "
                                                "raffrescamento, controllo delle "
                                                "piene, biodiversità e benessere, ma "
                                                "richiedono spazio, acqua e "
                                                "manutenzione.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Misure soft",
                                            "text": (
                                                "<p>Piani, regole, informazione e "
                                                "comportamenti: sistemi di allerta "
                                                "precoce, norme edilizie, "
                                                "pianificazione dell'uso del suolo, "
                                                "assicurazioni, formazione e "
                                                "sensibilizzazione del pubblico. "
                                                "Spesso economiche e rapide da "
                                                "introdurre.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "heading",
                                "Definire le priorità",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Nessuna città può fare tutto in una volta. Una "
                                    "semplice <em>analisi multicriteri</em> aiuta: "
                                    "assegna a ogni misura un punteggio per riduzione "
                                    "del rischio, costo, benefici collaterali, "
                                    "fattibilità ed equità (aiuta le persone più "
                                    "vulnerabili?). Cerca soprattutto le "
                                    "<strong>misure no-regret</strong>, che danno "
                                    "frutti qualunque sia il clima futuro, come "
                                    "riparare le perdite, piantare alberi ombreggianti "
                                    "lungo i percorsi più frequentati o migliorare i "
                                    "sistemi di allerta. Evita il "
                                    "<em>maladattamento</em>: azioni che risolvono un "
                                    "problema creandone un altro, come la diffusione "
                                    "capillare dei condizionatori, che aumenta i "
                                    "consumi di energia e spinge aria calda nelle "
                                    "strade.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Poiché il futuro è incerto, alcune città "
                                    "adottano un approccio a <strong>percorsi di "
                                    "adattamento</strong>. Invece di impegnarsi subito "
                                    "in un'unica grande soluzione, il piano definisce "
                                    "una sequenza di misure e i segnali che faranno "
                                    "scattare il passo successivo. Ad esempio, una "
                                    "città potrebbe iniziare con il drenaggio urbano "
                                    "sostenibile e i sistemi di allerta, monitorare "
                                    "gli allagamenti e passare a opere di accumulo più "
                                    "grandi solo se gli allagamenti superano una "
                                    "soglia concordata. Così si mantengono aperte le "
                                    "opzioni e si evita di spendere molto in "
                                    "infrastrutture che potrebbero rivelarsi inutili, "
                                    "o insufficienti.</p>"
                                ),
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Cosa deve indicare ogni misura del piano",
                                    "items": [
                                        (
                                            "Il rischio che affronta e l'area o il "
                                            "gruppo che protegge"
                                        ),
                                        "Il settore capofila e i partner",
                                        "Costo stimato e fonte di finanziamento",
                                        "Tempistiche e tappe principali",
                                        "L'indicatore usato per monitorare i progressi",
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Un piano che resta fuori dal normale ciclo "
                                        "di bilancio e di programmazione viene "
                                        "facilmente dimenticato. Integra l'adattamento "
                                        "nei processi esistenti: rifacimento delle "
                                        "strade, permessi di costruire, manutenzione "
                                        "del verde e programmi di investimento in "
                                        "conto capitale.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "governance-and-funding",
                        "title": "Governance e finanziamenti",
                        "minutes": 12,
                        "body": [
                            (
                                "heading",
                                (
                                    "Di chi è la responsabilità della preparazione "
                                    "climatica?"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Poiché i rischi climatici attraversano tutti i "
                                    "settori, le città che ottengono risultati creano "
                                    "un piccolo gruppo di lavoro intersettoriale con "
                                    "un mandato chiaro da parte dei vertici politici. "
                                    "Un settore, spesso l'ambiente o l'urbanistica, "
                                    "coordina, ma ogni settore è responsabile delle "
                                    "misure nel proprio ambito. Riunioni periodiche, "
                                    "uno strumento condiviso per seguire le azioni e "
                                    "un referente di alto livello con nome e cognome "
                                    "mantengono il lavoro in movimento quando "
                                    "l'attenzione cala tra una crisi e "
                                    "l'altra.</p><p>Conta anche la cooperazione oltre "
                                    "i confini comunali. I governi regionali detengono "
                                    "molte competenze e risorse rilevanti, i comuni "
                                    "vicini condividono bacini fluviali e coste, e le "
                                    "reti di città permettono al personale di imparare "
                                    "dai colleghi. Nel progetto SME4SMARTCITIES, città "
                                    "di Spagna, Italia e Israele, insieme a funzionari "
                                    "regionali, hanno messo a confronto le rispettive "
                                    "sfide climatiche, economiche e sociali.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Fonti di finanziamento tipiche per "
                                        "l'adattamento"
                                    ),
                                    "header": [
                                        "Fonte",
                                        "Adatta per",
                                        "Note",
                                    ],
                                    "rows": [
                                        [
                                            "Bilancio comunale",
                                            (
                                                "Manutenzione, piccoli lavori, tempo "
                                                "del personale"
                                            ),
                                            (
                                                "La più affidabile; da integrare nei "
                                                "capitoli di spesa esistenti"
                                            ),
                                        ],
                                        [
                                            "Programmi regionali e nazionali",
                                            "Infrastrutture, studi di pianificazione",
                                            (
                                                "Verifica i bandi e le regole di "
                                                "cofinanziamento"
                                            ),
                                        ],
                                        [
                                            "Programmi UE",
                                            (
                                                "Progetti pilota innovativi, "
                                                "cooperazione, investimenti più "
                                                "consistenti"
                                            ),
                                            (
                                                "Competitivi; spesso richiedono "
                                                "partner in più Paesi"
                                            ),
                                        ],
                                        [
                                            (
                                                "Aziende di servizi pubblici e partner "
                                                "privati"
                                            ),
                                            "Misure su acqua, energia ed edifici",
                                            (
                                                "Richiedono accordi chiari e procedure "
                                                "di appalto eque"
                                            ),
                                        ],
                                    ],
                                },
                            ),
                            (
                                "heading",
                                "Coinvolgere i cittadini",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>I cittadini non sono solo destinatari di "
                                    "protezione. Conoscono le loro strade, possono "
                                    "occuparsi dei vicini durante le ondate di calore, "
                                    "piantare e annaffiare alberi e rendere più sicure "
                                    "le proprie case. Coinvolgili fin dall'inizio con "
                                    "passeggiate di quartiere, brevi sondaggi e "
                                    "incontri pubblici, e assicurati che si senta la "
                                    "voce dei gruppi che partecipano raramente alle "
                                    "consultazioni, come anziani, migranti e giovani "
                                    "famiglie.</p>"
                                ),
                            ),
                            (
                                "heading",
                                "Argomentare a favore degli investimenti",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>L'adattamento compete con molte altre "
                                    "richieste di fondi pubblici. Rafforza le tue "
                                    "argomentazioni quantificando i costi "
                                    "dell'inazione, come i danni delle alluvioni "
                                    "passate, gli straordinari di emergenza durante le "
                                    "ondate di calore o i mancati introiti turistici, "
                                    "e confrontandoli con i costi delle misure "
                                    "proposte. Metti in evidenza i benefici "
                                    "collaterali: una strada alberata è più fresca, ma "
                                    "anche più attraente per negozi e pedoni. Quando "
                                    "possibile, inserisci l'adattamento in progetti "
                                    "già finanziati, come i rifacimenti stradali, così "
                                    "che diventi un'aggiunta contenuta invece di una "
                                    "nuova voce di bilancio.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Responsabilità chiare, un referente di "
                                        "alto livello, un mix di fonti di "
                                        "finanziamento e cittadini coinvolti contano "
                                        "quanto le misure tecniche per il successo di "
                                        "un piano.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "Che cos'è una misura di adattamento no-regret?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Una misura che porta benefici "
                                                "qualunque sia il clima futuro"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Una misura che nessuno ha criticato"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Una misura finanziata interamente "
                                                "dall'UE"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Le misure no-regret, come riparare le perdite "
                                        "o migliorare i sistemi di allerta, danno "
                                        "frutti in un'ampia gamma di scenari."
                                    ),
                                },
                                {
                                    "text": (
                                        "Quali di queste sono misure basate sulla "
                                        "natura? Seleziona tutte le risposte corrette."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": "Ripristinare le dune costiere",
                                            "correct": True,
                                        },
                                        {
                                            "text": "Piantare alberi lungo le strade",
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Costruire un muro di difesa costiera "
                                                "in cemento"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Realizzare tetti verdi sugli edifici "
                                                "pubblici"
                                            ),
                                            "correct": True,
                                        },
                                    ],
                                    "explanation": (
                                        "Le misure basate sulla natura sfruttano la "
                                        "vegetazione e i processi naturali; un muro di "
                                        "difesa in cemento è una misura grigia."
                                    ),
                                },
                                {
                                    "text": (
                                        "Qual è la migliore fonte di dati da cui "
                                        "partire per una valutazione locale del "
                                        "rischio?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "I registri e l'esperienza del "
                                                "personale sugli eventi estremi "
                                                "passati, combinati con le proiezioni "
                                                "climatiche"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Solo le medie globali dei rapporti "
                                                "internazionali"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Le opinioni del politico di grado più "
                                                "alto"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "I registri locali e le conoscenze del "
                                        "personale operativo rivelano i veri punti "
                                        "critici; le proiezioni mostrano come "
                                        "potrebbero cambiare le condizioni."
                                    ),
                                },
                                {
                                    "text": (
                                        "Perché l'adattamento dovrebbe essere "
                                        "integrato nei bilanci e nei processi di "
                                        "pianificazione esistenti?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Perché non venga dimenticato quando "
                                                "il piano non è più una novità"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Perché i piani separati sono illegali"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Perché elimina la necessità di "
                                                "monitoraggio"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Integrare l'adattamento nel lavoro ordinario "
                                        "ne garantisce il finanziamento e l'attuazione "
                                        "nel lungo periodo."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "smes-and-monitoring",
                "title": "Collaborare con le PMI e monitorare i progressi",
                "introduction": (
                    "Molte soluzioni climatiche concrete nascono da piccole imprese. "
                    "Questo modulo mostra come il personale comunale può collaborare "
                    "con le PMI in modo trasparente ed equo e come scegliere "
                    "indicatori che dicano se la città sta diventando più preparata ai "
                    "cambiamenti climatici."
                ),
                "lessons": [
                    {
                        "slug": "working-with-smes",
                        "title": "Collaborare con le PMI sulle soluzioni per il clima",
                        "minutes": 13,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Le piccole e medie imprese rappresentano circa "
                                    "il 99% delle imprese dell'UE e sono una fonte "
                                    "importante di nuovi prodotti e servizi. In ambito "
                                    "climatico offrono sensori e strumenti di allerta "
                                    "precoce, tecnologie per il risparmio idrico, "
                                    "materiali rinfrescanti, sistemi per tetti verdi, "
                                    "progettazione basata sulla natura, analisi dei "
                                    "dati e coinvolgimento delle comunità. Lavorare "
                                    "con loro può portare idee nuove e sostenere "
                                    "l'economia locale, ma va fatto in modo equo nei "
                                    "confronti di tutte le imprese.</p>"
                                ),
                            ),
                            (
                                "heading",
                                "Modi per coinvolgerle",
                            ),
                            (
                                "paragraph",
                                (
                                    "<ul><li><strong>Pubblica le tue sfide.</strong> "
                                    "Descrivi il problema che devi risolvere, non il "
                                    "prodotto di cui pensi di aver bisogno. Così "
                                    "ricevi una gamma più ampia di "
                                    "risposte.</li><li><strong>Organizza consultazioni "
                                    "preliminari di mercato aperte</strong> prima di "
                                    "acquistare, così le imprese possono dirti cosa è "
                                    "possibile e a quale costo.</li><li><strong>Avvia "
                                    "progetti pilota</strong> con obiettivi, durata e "
                                    "valutazione chiari, scelti tramite un processo "
                                    "aperto e documentato.</li><li><strong>Usa "
                                    "procedure di appalto favorevoli "
                                    "all'innovazione</strong>: requisiti funzionali, "
                                    "lotti adatti alle imprese più piccole e criteri "
                                    "di aggiudicazione che premiano la qualità e il "
                                    "costo del ciclo di vita.</li><li><strong>Paga "
                                    "puntualmente.</strong> La liquidità è "
                                    "fondamentale per le piccole imprese, e la fama di "
                                    "pagatore in ritardo allontana i buoni "
                                    "fornitori.</li></ul>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": (
                                        "Una sfida per rinfrescare i cortili scolastici"
                                    ),
                                    "city": "Murcia",
                                    "text": (
                                        "<p><em>Uno scenario illustrativo basato sulle "
                                        "sfide che città di questo tipo "
                                        "affrontano.</em> A fine primavera e a inizio "
                                        "autunno, i cortili delle scuole di una città "
                                        "calda dell'entroterra diventano troppo caldi "
                                        "per essere usati a mezzogiorno. I settori "
                                        "istruzione e ambiente pubblicano una sfida "
                                        "per capire come mantenere i cortili più "
                                        "freschi di almeno qualche grado, con bassi "
                                        "costi di gestione e senza usare altra acqua "
                                        "della rete potabile.</p><p>Una giornata "
                                        "informativa attira paesaggisti, un produttore "
                                        "di vele ombreggianti, un'azienda che realizza "
                                        "rivestimenti riflettenti per superfici e una "
                                        "start-up che offre sensori di temperatura a "
                                        "basso costo. Dopo una breve procedura aperta, "
                                        "due soluzioni molto diverse vengono "
                                        "sperimentate in quattro scuole, con sensori "
                                        "che misurano i risultati rispetto a due "
                                        "cortili non trattati. La valutazione orienta "
                                        "poi una vera gara d'appalto per il programma "
                                        "più ampio.</p>"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Accettare una prova gratuita da una "
                                        "singola impresa può sembrare un favoritismo e "
                                        "creare aspettative di un contratto futuro. "
                                        "Documenta come sono stati scelti i partner "
                                        "del progetto pilota, offri l'opportunità in "
                                        "modo aperto quando possibile e consulta prima "
                                        "l'ufficio appalti.</p>"
                                    ),
                                },
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "Da quando abbiamo iniziato a descrivere "
                                        "problemi invece che prodotti, ci hanno "
                                        "contattato imprese che non avevamo mai "
                                        "incontrato prima."
                                    ),
                                    "attribution": (
                                        "Responsabile dell'innovazione, un comune "
                                        "israeliano"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "choosing-indicators",
                        "title": "Scegliere gli indicatori",
                        "minutes": 12,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Come farai a sapere se la tua città sta "
                                    "diventando più preparata ai cambiamenti "
                                    "climatici? L'adattamento è più difficile da "
                                    "misurare rispetto alla riduzione delle emissioni, "
                                    "perché il successo spesso significa che qualcosa "
                                    "di negativo <em>non</em> è accaduto, o è accaduto "
                                    "con meno danni. Un piccolo insieme di indicatori "
                                    "ben scelti ti aiuta a monitorare i progressi, "
                                    "giustificare i budget e capire cosa funziona.</p>"
                                ),
                            ),
                            (
                                "heading",
                                "Tipi di indicatore",
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Esempi di indicatori per una città "
                                        "mediterranea"
                                    ),
                                    "header": [
                                        "Tipo",
                                        "Cosa ti dice",
                                        "Esempio",
                                    ],
                                    "rows": [
                                        [
                                            "Pericolo",
                                            (
                                                "Come sta cambiando il clima a livello "
                                                "locale"
                                            ),
                                            (
                                                "Numero di notti all'anno sopra i 25 "
                                                "gradi Celsius"
                                            ),
                                        ],
                                        [
                                            "Esposizione",
                                            (
                                                "Quante persone o quanti beni sono a "
                                                "rischio"
                                            ),
                                            (
                                                "Residenti che vivono in aree mappate "
                                                "come soggette ad allagamento"
                                            ),
                                        ],
                                        [
                                            "Vulnerabilità",
                                            (
                                                "Quanto sono sensibili quelle persone "
                                                "o quei beni"
                                            ),
                                            (
                                                "Quota di persone over 75 che vivono "
                                                "da sole nei quartieri più caldi"
                                            ),
                                        ],
                                        [
                                            "Processo",
                                            "Se le azioni vengono realizzate",
                                            (
                                                "Alberi piantati; superficie "
                                                "permeabile aggiunta, in metri quadrati"
                                            ),
                                        ],
                                        [
                                            "Risultato",
                                            (
                                                "Se il rischio sta effettivamente "
                                                "diminuendo"
                                            ),
                                            (
                                                "Chiamate di emergenza legate al caldo "
                                                "durante le ondate di calore; "
                                                "richieste di risarcimento per danni "
                                                "da alluvione"
                                            ),
                                        ],
                                    ],
                                },
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Un buon indicatore è...",
                                    "items": [
                                        (
                                            "Pertinente rispetto a un obiettivo "
                                            "specifico del tuo piano"
                                        ),
                                        (
                                            "Basato su dati che puoi ottenere "
                                            "regolarmente a un costo ragionevole"
                                        ),
                                        (
                                            "Definito chiaramente, così da essere "
                                            "misurato ogni volta allo stesso modo"
                                        ),
                                        "Comprensibile per decisori e cittadini",
                                        (
                                            "Collegato a un valore di riferimento e, "
                                            "quando possibile, a un obiettivo"
                                        ),
                                    ],
                                },
                            ),
                            (
                                "heading",
                                "Valori di riferimento e obiettivi",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Un indicatore senza un punto di partenza dice "
                                    "poco. Registra un <strong>valore di "
                                    "riferimento</strong> (baseline) per ogni "
                                    "indicatore, idealmente come media di più anni per "
                                    "attenuare le stagioni anomale, e annota "
                                    "esattamente come è stato misurato. Poi concorda "
                                    "un obiettivo con il settore responsabile: ad "
                                    "esempio, aumentare la copertura arborea nei "
                                    "quartieri più caldi di una percentuale stabilita "
                                    "entro cinque anni. Gli obiettivi devono essere "
                                    "ambiziosi ma realistici e collegati a misure "
                                    "specifiche del piano, così che sia chiaro cosa "
                                    "farà muovere l'indicatore.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Parti in piccolo. Da cinque a dieci "
                                        "indicatori aggiornati davvero ogni anno "
                                        "valgono molto più di cinquanta che non "
                                        "vengono mai misurati. Quando è utile, adotta "
                                        "indicatori usati dalle reti di città, così "
                                        "puoi confrontarti con i colleghi.</p>"
                                    ),
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Le tecnologie smart city possono aiutare: reti "
                                    "di sensori a basso costo, dati satellitari sulle "
                                    "temperature superficiali e sulla copertura "
                                    "vegetale e cruscotti che riuniscono i dati di più "
                                    "settori. Ma i dati contano solo se qualcuno ha il "
                                    "compito di esaminarli e di agire di "
                                    "conseguenza.</p>"
                                ),
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "learning-and-reporting",
                        "title": "Imparare, rendicontare e migliorare",
                        "minutes": 11,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>L'adattamento è un ciclo, non un progetto una "
                                    "tantum: valutare, pianificare, agire, monitorare, "
                                    "imparare e correggere. Le condizioni climatiche, "
                                    "le conoscenze scientifiche e le priorità della "
                                    "città cambiano, quindi i piani vanno rivisti "
                                    "regolarmente, di solito ogni pochi anni, e dopo "
                                    "ogni evento estremo di rilievo.</p>"
                                ),
                            ),
                            (
                                "heading",
                                "Rapporti che la gente legge davvero",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Un rapporto sullo stato di avanzamento deve "
                                    "essere breve e onesto. Mostra quali misure sono "
                                    "in linea con i tempi e quali sono in ritardo, "
                                    "cosa dicono gli indicatori e cosa si è imparato. "
                                    "Usa mappe e fotografie: un'immagine prima e dopo "
                                    "di una strada ombreggiata o di un parco che ha "
                                    "assorbito un temporale parla a consiglieri e "
                                    "cittadini più chiaramente delle tabelle. Pubblica "
                                    "una sintesi in modo aperto, perché la trasparenza "
                                    "crea fiducia e stimola nuove idee.</p>"
                                ),
                            ),
                            (
                                "accordion",
                                {
                                    "title": "Imparare da un evento estremo",
                                    "items": [
                                        {
                                            "heading": "Entro pochi giorni",
                                            "text": (
                                                "<p>Registra cosa è successo finché i "
                                                "ricordi sono freschi: dove, quando, "
                                                "chi è stato colpito e come hanno "
                                                "risposto i servizi.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Entro poche settimane",
                                            "text": (
                                                "<p>Organizza una revisione con tutti "
                                                "i settori coinvolti e, quando "
                                                "possibile, con i residenti colpiti. "
                                                "Concentrati sull'apprendimento, non "
                                                "sulla ricerca di colpevoli.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Entro pochi mesi",
                                            "text": (
                                                "<p>Aggiorna la valutazione del "
                                                "rischio e il piano d'azione, e "
                                                "verifica se servono nuove misure o "
                                                "nuovi fornitori.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "heading",
                                "Correggere la rotta",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Il monitoraggio ha senso solo se cambia le "
                                    "decisioni. Prevedi un momento fisso, ad esempio "
                                    "una riunione di revisione annuale, in cui il "
                                    "gruppo intersettoriale esamina gli indicatori e "
                                    "si pone tre domande: cosa funziona, cosa non "
                                    "funziona e cosa va cambiato? Le misure che danno "
                                    "pochi risultati possono essere riprogettate o "
                                    "abbandonate, quelle di successo estese. Registra "
                                    "queste decisioni nel piano, così che il "
                                    "ragionamento sia visibile al personale e ai "
                                    "consiglieri futuri.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Apprendimento tra città",
                                    "city": "Kfar Saba",
                                    "text": (
                                        "<p>Nel 2021 il Comune di Kfar Saba ha "
                                        "ospitato gli incontri online del gruppo guida "
                                        "delle città di SME4SMARTCITIES, che ha "
                                        "riunito città di Spagna, Italia e Israele e "
                                        "alti funzionari regionali. La preparazione ai "
                                        "cambiamenti climatici è stata uno dei temi "
                                        "discussi, insieme all'innovazione e allo "
                                        "sviluppo sostenibile, e le città hanno messo "
                                        "a confronto le loro principali sfide "
                                        "economiche, sociali e ambientali e i tipi di "
                                        "soluzioni che intendevano "
                                        "adottare.</p><p>Scambi di questo tipo "
                                        "permettono al personale di vedere come i "
                                        "colleghi alle prese con pericoli simili "
                                        "organizzano il proprio lavoro, quali "
                                        "indicatori usano e quali soluzioni hanno "
                                        "sperimentato, risparmiando tempo ed evitando "
                                        "di ripetere gli stessi errori.</p>"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Monitora, impara e correggi. Condividere "
                                        "apertamente i risultati, con i cittadini e "
                                        "con altre città, trasforma i singoli progetti "
                                        "in un patrimonio crescente di conoscenze "
                                        "pratiche.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "Quale indicatore ti dice se il rischio sta "
                                        "effettivamente diminuendo, anziché se le "
                                        "azioni vengono realizzate?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": "Numero di alberi piantati",
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Chiamate di emergenza legate al caldo "
                                                "durante le ondate di calore"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "Numero di riunioni tenute",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Gli alberi piantati sono un indicatore di "
                                        "processo. Le chiamate di emergenza durante le "
                                        "ondate di calore riflettono il risultato: i "
                                        "danni alle persone."
                                    ),
                                },
                                {
                                    "text": (
                                        "Quali pratiche aiutano una città a "
                                        "collaborare in modo equo con le PMI sulle "
                                        "soluzioni per il clima? Seleziona tutte le "
                                        "risposte corrette."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": (
                                                "Pubblicare sfide che descrivono il "
                                                "problema anziché un prodotto"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Documentare come sono stati scelti i "
                                                "partner del progetto pilota"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Accettare di nascosto una prova "
                                                "gratuita dall'azienda di un amico"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": "Pagare le fatture puntualmente",
                                            "correct": True,
                                        },
                                    ],
                                    "explanation": (
                                        "Trasparenza, scelte documentate e pagamenti "
                                        "affidabili creano un mercato equo e attraente "
                                        "per le PMI."
                                    ),
                                },
                                {
                                    "text": (
                                        "Che cosa rende valido un indicatore di "
                                        "adattamento?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "È collegato a un obiettivo, definito "
                                                "chiaramente e misurabile regolarmente"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "È il più tecnico possibile",
                                            "correct": False,
                                        },
                                        {
                                            "text": "Viene misurato una sola volta",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Gli indicatori sono utili solo se sono "
                                        "collegati agli obiettivi e possono essere "
                                        "misurati in modo coerente nel tempo."
                                    ),
                                },
                                {
                                    "text": (
                                        "Quando andrebbe rivisto un piano di "
                                        "adattamento?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": "Mai, una volta approvato",
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Regolarmente, ogni pochi anni, e dopo "
                                                "eventi estremi di rilievo"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Solo quando viene eletto un nuovo "
                                                "sindaco"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "L'adattamento è un ciclo; i piani vanno "
                                        "aggiornati man mano che cambiano condizioni, "
                                        "conoscenze e priorità."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
        ],
    },
    "circular-economy-and-green-procurement": {
        "slug": "circular-economy-and-green-procurement",
        "title": "Economia circolare e appalti pubblici verdi",
        "summary": (
            "Una breve introduzione, aperta a tutti, ai principi dell'economia "
            "circolare e agli appalti pubblici verdi, sia per il personale comunale "
            "che acquista sia per le PMI che forniscono."
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
                "Spiegare la differenza tra economia lineare ed economia circolare e "
                "indicare le principali strategie circolari."
            ),
            (
                "Riconoscere i modelli di business circolari che le PMI possono "
                "offrire alle città."
            ),
            (
                "Descrivere come funzionano gli appalti pubblici verdi, compresi il "
                "calcolo del costo del ciclo di vita e le etichette ambientali."
            ),
            (
                "Scrivere requisiti ambientali in una gara d'appalto, o rispondervi, "
                "in modo equo e verificabile."
            ),
        ],
        "description": (
            "<p>Le città consumano grandi quantità di materiali, energia e acqua, e "
            "acquistano anche moltissimo: in tutta Europa gli appalti pubblici "
            "rappresentano una quota significativa dell'economia. Usare questo potere "
            "d'acquisto per privilegiare prodotti e servizi che durano di più, "
            "consumano meno risorse e producono meno rifiuti è uno dei modi più "
            "diretti con cui una città può promuovere lo sviluppo "
            "sostenibile.</p><p>Questo breve corso, ispirato alla formazione su "
            "economia circolare e appalti verdi offerta nell'ambito del progetto "
            "<strong>SME4SMARTCITIES</strong>, presenta i concetti chiave sia per chi "
            "<em>acquista</em> nelle amministrazioni comunali sia per chi "
            "<em>fornisce</em> nelle piccole imprese.</p><ul><li>Modulo 1: fondamenti "
            "di economia circolare e modelli di business</li><li>Modulo 2: gli appalti "
            "pubblici verdi nella pratica</li></ul>"
        ),
        "modules": [
            {
                "slug": "circular-economy-basics",
                "title": "Fondamenti di economia circolare",
                "introduction": (
                    "Questo modulo spiega che cos'è l'economia circolare, quali "
                    "modelli di business la mettono in pratica e dove le città hanno "
                    "la maggiore influenza."
                ),
                "lessons": [
                    {
                        "slug": "from-linear-to-circular",
                        "title": "Dal lineare al circolare",
                        "minutes": 9,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Gran parte dell'economia di oggi è "
                                    "<strong>lineare</strong>: si estraggono materie "
                                    "prime, si fabbricano prodotti, li si usa e li si "
                                    "butta via. Questo modello dipende da risorse a "
                                    "basso costo e da luoghi dove smaltire i rifiuti, "
                                    "due elementi sempre più scarsi e costosi, e "
                                    "contribuisce pesantemente alle emissioni di gas "
                                    "serra e "
                                    "all'inquinamento.</p><p>Un'<strong>economia "
                                    "circolare</strong> punta a mantenere prodotti, "
                                    "componenti e materiali in uso il più a lungo "
                                    "possibile e al loro massimo valore, eliminando i "
                                    "rifiuti fin dalla progettazione. L'Unione europea "
                                    "ne ha fatto una priorità politica, in particolare "
                                    "con il suo Piano d'azione per l'economia "
                                    "circolare.</p>"
                                ),
                            ),
                            (
                                "heading",
                                "Perché è importante per le città mediterranee",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Per le città del Mediterraneo la circolarità è "
                                    "strettamente legata ad altre pressioni. Lo spazio "
                                    "nelle discariche è limitato e spesso conteso, il "
                                    "turismo genera forti picchi di rifiuti in estate "
                                    "e la scarsità idrica rende sempre più importante "
                                    "il riutilizzo delle acque reflue depurate. Molte "
                                    "città importano la maggior parte dei materiali "
                                    "che consumano, quindi mantenerli in uso più a "
                                    "lungo riduce anche l'esposizione all'aumento dei "
                                    "prezzi e alle interruzioni delle forniture. Un "
                                    "approccio circolare può anche creare posti di "
                                    "lavoro locali nella riparazione, nel "
                                    "ricondizionamento, nella selezione e nel riciclo, "
                                    "molti dei quali in piccole imprese.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Strategie circolari, dalla più alla meno "
                                        "preferibile"
                                    ),
                                    "header": [
                                        "Strategia",
                                        "Significato",
                                        "Esempio in città",
                                    ],
                                    "rows": [
                                        [
                                            "Rifiutare e ripensare",
                                            (
                                                "Evitare i prodotti non necessari o "
                                                "soddisfare il bisogno in modo diverso"
                                            ),
                                            (
                                                "Sostituire l'acqua in bottiglia agli "
                                                "eventi con fontanelle di acqua "
                                                "potabile"
                                            ),
                                        ],
                                        [
                                            "Ridurre",
                                            "Usare meno materiali e meno energia",
                                            (
                                                "Regole di stampa solo su richiesta; "
                                                "illuminazione efficiente"
                                            ),
                                        ],
                                        [
                                            "Riutilizzare",
                                            (
                                                "Usare di nuovo un prodotto per lo "
                                                "stesso scopo"
                                            ),
                                            (
                                                "Condivisione degli arredi tra gli "
                                                "uffici comunali"
                                            ),
                                        ],
                                        [
                                            "Riparare e ricondizionare",
                                            "Allungare la vita dei prodotti",
                                            (
                                                "Contratti di manutenzione che "
                                                "includono le riparazioni"
                                            ),
                                        ],
                                        [
                                            "Rigenerare",
                                            (
                                                "Ricostruire prodotti a partire da "
                                                "componenti usati"
                                            ),
                                            (
                                                "Apparecchiature informatiche "
                                                "ricondizionate per le scuole"
                                            ),
                                        ],
                                        [
                                            "Riciclare",
                                            (
                                                "Trasformare i materiali in nuove "
                                                "materie prime"
                                            ),
                                            (
                                                "Raccolta differenziata dei rifiuti "
                                                "organici per il compostaggio"
                                            ),
                                        ],
                                        [
                                            "Recuperare",
                                            (
                                                "Ricavare energia da ciò che non può "
                                                "essere riciclato"
                                            ),
                                            (
                                                "Recupero energetico come ultima "
                                                "opzione prima della discarica"
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
                                        "<p>Il riciclo è prezioso, ma si trova in "
                                        "fondo alla lista. I vantaggi maggiori "
                                        "derivano dall'evitare i rifiuti e dal "
                                        "mantenere i prodotti in uso più a lungo.</p>"
                                    ),
                                },
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "Il rifiuto più economico da gestire è quello "
                                        "che non produciamo mai."
                                    ),
                                    "attribution": (
                                        "Responsabile dei servizi di igiene urbana, un "
                                        "comune del Mediterraneo"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "circular-business-models",
                        "title": "Modelli di business circolari",
                        "minutes": 10,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Un'economia circolare ha bisogno di imprese "
                                    "che guadagnino mantenendo le risorse in uso, non "
                                    "vendendo sempre più prodotti nuovi. Molti di "
                                    "questi modelli sono adatti alle PMI, perché si "
                                    "basano su servizi locali, competenze di "
                                    "riparazione e rapporti stretti con i clienti.</p>"
                                ),
                            ),
                            (
                                "accordion",
                                {
                                    "title": "Cinque modelli da conoscere",
                                    "items": [
                                        {
                                            "heading": "Prodotto come servizio",
                                            "text": (
                                                "<p>Il cliente paga per l'uso o per il "
                                                "risultato invece di possedere il "
                                                "prodotto, ad esempio paga per ora di "
                                                "illuminazione invece di acquistare le "
                                                "lampade. Il fornitore ha così un "
                                                "incentivo a rendere i prodotti "
                                                "durevoli ed efficienti.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Piattaforme di condivisione",
                                            "text": (
                                                "<p>Aumentare l'utilizzo di beni "
                                                "sottoutilizzati, come veicoli, "
                                                "attrezzi o sale riunioni "
                                                "condivisi.</p>"
                                            ),
                                        },
                                        {
                                            "heading": (
                                                "Estensione della vita del prodotto"
                                            ),
                                            "text": (
                                                "<p>Servizi di riparazione, "
                                                "aggiornamento e ricondizionamento che "
                                                "mantengono i prodotti funzionanti più "
                                                "a lungo.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Forniture circolari",
                                            "text": (
                                                "<p>Sostituire le materie prime "
                                                "vergini con materiali riciclati o "
                                                "rinnovabili, come gli aggregati "
                                                "riciclati nell'edilizia.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Recupero delle risorse",
                                            "text": (
                                                "<p>Recuperare materiali di valore dai "
                                                "flussi di rifiuti, ad esempio "
                                                "trasformando gli scarti alimentari in "
                                                "compost o biogas.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Questi modelli cambiano il rapporto tra "
                                    "acquirente e fornitore. Quando una città paga un "
                                    "servizio invece di possedere le attrezzature, il "
                                    "fornitore resta responsabile della manutenzione e "
                                    "di ciò che accade a fine vita del prodotto. "
                                    "Questo può essere adatto alle città che non "
                                    "dispongono di personale per la manutenzione, ma "
                                    "richiede contratti più lunghi, indicatori di "
                                    "prestazione chiari e fiducia da entrambe le "
                                    "parti. Per le PMI, i ricavi ricorrenti da servizi "
                                    "possono garantire entrate più stabili rispetto "
                                    "alle vendite una tantum, anche se significano "
                                    "dover finanziare le attrezzature in anticipo.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": (
                                        "Arredi ricondizionati per gli uffici pubblici"
                                    ),
                                    "city": "Molina de Segura",
                                    "text": (
                                        "<p><em>Uno scenario illustrativo basato sulle "
                                        "sfide che città di questo tipo "
                                        "affrontano.</em> Un comune deve riarredare "
                                        "diversi uffici. Invece di comprare arredi "
                                        "nuovi, chiede al mercato se mobili "
                                        "ricondizionati o rigenerati possano "
                                        "soddisfare le sue esigenze. Un'impresa "
                                        "sociale locale che ripara mobili da ufficio, "
                                        "insieme a una piccola tappezzeria, propone un "
                                        "pacchetto di scrivanie e sedie ricondizionate "
                                        "con un servizio di manutenzione di cinque "
                                        "anni.</p><p>L'offerta costa meno degli arredi "
                                        "nuovi, evita che i mobili finiscano in "
                                        "discarica e crea posti di lavoro locali. In "
                                        "seguito il comune inserisce nel suo "
                                        "capitolato standard per gli arredi un "
                                        "requisito che prevede opzioni di riutilizzo o "
                                        "ricondizionamento.</p>"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Per le PMI: se proponi un modello "
                                        "circolare, spiega il costo totale lungo la "
                                        "vita del prodotto e il beneficio ambientale "
                                        "con numeri semplici. Chi acquista ha bisogno "
                                        "di entrambi per giustificare una scelta "
                                        "diversa dal solito acquisto.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "circular-cities",
                        "title": "Dove le città possono fare la differenza",
                        "minutes": 10,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Le città influenzano l'economia circolare in "
                                    "tre ruoli: come <strong>acquirenti</strong> di "
                                    "beni, lavori e servizi; come <strong>regolatori e "
                                    "pianificatori</strong> attraverso l'uso del "
                                    "suolo, i permessi di costruire e le norme sui "
                                    "rifiuti; e come <strong>facilitatori</strong> che "
                                    "sostengono le imprese locali, le reti di "
                                    "riparazione e le iniziative dei cittadini.</p>"
                                ),
                            ),
                            (
                                "heading",
                                "Aree prioritarie",
                            ),
                            (
                                "paragraph",
                                (
                                    "<ul><li><strong>Costruzione e "
                                    "demolizione</strong>: uno dei flussi di rifiuti "
                                    "più consistenti; riutilizzo dei materiali, "
                                    "progettazione per il disassemblaggio e aggregati "
                                    "riciclati.</li><li><strong>Alimenti e rifiuti "
                                    "organici</strong>: prevenzione nelle mense "
                                    "scolastiche, raccolta differenziata e "
                                    "compostaggio.</li><li><strong>Tessili e "
                                    "arredi</strong>: centri del riuso, repair café e "
                                    "acquisto di articoli "
                                    "durevoli.</li><li><strong>Elettronica</strong>: "
                                    "uso più prolungato, ricondizionamento e gestione "
                                    "responsabile a fine vita delle apparecchiature "
                                    "informatiche.</li><li><strong>Acqua</strong>: "
                                    "riutilizzo delle acque reflue depurate, "
                                    "particolarmente importante nei climi mediterranei "
                                    "aridi.</li></ul>"
                                ),
                            ),
                            (
                                "checklist",
                                {
                                    "title": (
                                        "Per iniziare subito un piano comunale per "
                                        "l'economia circolare"
                                    ),
                                    "items": [
                                        (
                                            "Mappa i principali flussi di materiali e "
                                            "rifiuti nelle attività dirette del comune"
                                        ),
                                        (
                                            "Scegli due o tre categorie di prodotti "
                                            "che il comune acquista in grandi quantità"
                                        ),
                                        (
                                            "Parla con le imprese locali e le imprese "
                                            "sociali delle alternative circolari"
                                        ),
                                        (
                                            "Fissa alcuni obiettivi misurabili, come "
                                            "la quota di arredi riutilizzati"
                                        ),
                                        (
                                            "Rendi conto pubblicamente dei progressi "
                                            "ogni anno"
                                        ),
                                    ],
                                },
                            ),
                            (
                                "heading",
                                "Lavorare con gli attori locali",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Le città non possono costruire da sole "
                                    "un'economia circolare. Imprese locali, imprese "
                                    "sociali, università e associazioni gestiscono già "
                                    "repair café, negozi dell'usato, iniziative di "
                                    "condivisione del cibo e progetti di compostaggio. "
                                    "Una città può sostenerle mettendo a disposizione "
                                    "spazi, facendo conoscere i loro servizi, "
                                    "coinvolgendole negli eventi pubblici e, dove le "
                                    "regole lo consentono, acquistando da loro. "
                                    "Riunire questi attori in un forum periodico aiuta "
                                    "a far incontrare gli scarti di un'organizzazione "
                                    "con i bisogni di un'altra.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Diffida delle dichiarazioni «circolari» "
                                        "prive di prove. Chiedi ai fornitori quanto "
                                        "durano i prodotti, se sono disponibili pezzi "
                                        "di ricambio e cosa succede a fine vita, e "
                                        "pretendi documentazione a supporto.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "Quale strategia circolare è generalmente la "
                                        "più preferibile?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": "Riciclare",
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Evitare la necessità del prodotto o "
                                                "ridurne l'uso"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "Recupero energetico",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Prevenire i rifiuti e ridurre l'uso delle "
                                        "risorse viene prima del riutilizzo, della "
                                        "riparazione e del riciclo."
                                    ),
                                },
                                {
                                    "text": (
                                        "Quali sono modelli di business circolari? "
                                        "Seleziona tutte le risposte corrette."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": "Prodotto come servizio",
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Servizi di riparazione e "
                                                "ricondizionamento"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Progettare prodotti da sostituire il "
                                                "prima possibile"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Piattaforme di condivisione per beni "
                                                "sottoutilizzati"
                                            ),
                                            "correct": True,
                                        },
                                    ],
                                    "explanation": (
                                        "I modelli circolari creano valore mantenendo "
                                        "in uso prodotti e materiali, non "
                                        "sostituendoli rapidamente."
                                    ),
                                },
                                {
                                    "text": (
                                        "In quali tre ruoli le città possono "
                                        "influenzare l'economia circolare?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Acquirente, regolatore e "
                                                "pianificatore, facilitatore"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Produttore, rivenditore e riciclatore"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": "Investitore, banca e assicuratore",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Le città acquistano, regolano e pianificano, "
                                        "e sostengono le iniziative locali: questo dà "
                                        "loro diverse leve per la circolarità."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "green-public-procurement",
                "title": "Gli appalti pubblici verdi nella pratica",
                "introduction": (
                    "Questo modulo mostra come gli acquirenti pubblici possono "
                    "inserire criteri ambientali nelle gare d'appalto e come le PMI "
                    "possono rispondervi con successo."
                ),
                "lessons": [
                    {
                        "slug": "what-is-green-procurement",
                        "title": "Che cosa sono gli appalti pubblici verdi?",
                        "minutes": 10,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Con <strong>appalti pubblici verdi</strong> "
                                    "(Green Public Procurement, GPP) si intende che "
                                    "gli enti pubblici cercano beni, servizi e lavori "
                                    "con un impatto ambientale ridotto lungo l'intero "
                                    "ciclo di vita, rispetto ad alternative che "
                                    "svolgono la stessa funzione. Nell'UE sono in gran "
                                    "parte volontari, anche se alcuni settori "
                                    "prevedono requisiti obbligatori, e la Commissione "
                                    "europea pubblica criteri GPP pronti all'uso per "
                                    "molte categorie di prodotti, dai servizi di "
                                    "pulizia all'illuminazione stradale. Spesso sono "
                                    "proposti su due livelli: criteri <em>di "
                                    "base</em>, facili da applicare, e criteri "
                                    "<em>completi</em> per gli acquirenti più "
                                    "ambiziosi.</p>"
                                ),
                            ),
                            (
                                "heading",
                                "Perché le città li utilizzano",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Le autorità pubbliche sono tra i maggiori "
                                    "acquirenti dell'economia: nell'UE si stima che "
                                    "gli appalti pubblici valgano circa il 14% del "
                                    "PIL. Quando le città chiedono illuminazione "
                                    "efficiente, veicoli a basse emissioni o materiali "
                                    "riciclati, contribuiscono a creare un mercato per "
                                    "questi prodotti, incoraggiano i fornitori a "
                                    "innovare e spesso riducono i propri costi di "
                                    "gestione. Gli acquisti verdi sostengono inoltre "
                                    "direttamente gli obiettivi della città su clima e "
                                    "rifiuti, e dimostrano a cittadini e imprese che "
                                    "l'amministrazione mette in pratica ciò che chiede "
                                    "agli altri.</p>"
                                ),
                            ),
                            (
                                "heading",
                                "Guardare oltre il prezzo d'acquisto",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Il prodotto più economico da acquistare non è "
                                    "sempre il più economico da possedere. Il "
                                    "<strong>costo del ciclo di vita</strong> (LCC) "
                                    "confronta le offerte in base al costo totale "
                                    "lungo la loro vita: acquisto, consumi di energia "
                                    "e acqua, manutenzione e smaltimento e, quando "
                                    "possibile, il costo degli effetti ambientali come "
                                    "le emissioni. Le norme UE sugli appalti "
                                    "consentono agli acquirenti di usare il costo del "
                                    "ciclo di vita per aggiudicare i contratti, a "
                                    "condizione che il metodo sia indicato nei "
                                    "documenti di gara.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Costo del ciclo di vita di due lampioni in 12 "
                                        "anni (cifre illustrative)"
                                    ),
                                    "header": [
                                        "Voce di costo",
                                        "Lampione A",
                                        "Lampione B",
                                    ],
                                    "rows": [
                                        [
                                            "Acquisto e installazione",
                                            "300 euro",
                                            "450 euro",
                                        ],
                                        [
                                            "Elettricità",
                                            "900 euro",
                                            "450 euro",
                                        ],
                                        [
                                            "Manutenzione e ricambi",
                                            "250 euro",
                                            "100 euro",
                                        ],
                                        [
                                            "Fine vita",
                                            "30 euro",
                                            "20 euro",
                                        ],
                                        [
                                            "Totale",
                                            "1.480 euro",
                                            "1.020 euro",
                                        ],
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Le scelte verdi spesso fanno risparmiare "
                                        "nel tempo. Il calcolo del costo del ciclo di "
                                        "vita rende visibili questi risparmi nella "
                                        "valutazione delle offerte.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "writing-and-answering-green-tenders",
                        "title": "Scrivere e rispondere a gare verdi",
                        "minutes": 12,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Le considerazioni ambientali possono entrare "
                                    "in una gara d'appalto in diversi punti. Ognuno ha "
                                    "le sue regole, e in ogni caso devono essere "
                                    "collegate all'oggetto del contratto ed essere "
                                    "verificabili.</p>"
                                ),
                            ),
                            (
                                "accordion",
                                {
                                    "title": (
                                        "Dove possono comparire i criteri ambientali"
                                    ),
                                    "items": [
                                        {
                                            "heading": "Specifiche tecniche",
                                            "text": (
                                                "<p>Requisiti minimi che ogni offerta "
                                                "deve soddisfare, come un consumo "
                                                "energetico massimo o una quota minima "
                                                "di contenuto riciclato.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Criteri di selezione",
                                            "text": (
                                                "<p>Prove che gli offerenti sono in "
                                                "grado di applicare misure di gestione "
                                                "ambientale, quando pertinenti per il "
                                                "contratto.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Criteri di aggiudicazione",
                                            "text": (
                                                "<p>Punti aggiuntivi per prestazioni "
                                                "ambientali migliori, come emissioni "
                                                "più basse o garanzie più lunghe.</p>"
                                            ),
                                        },
                                        {
                                            "heading": (
                                                "Clausole di esecuzione del contratto"
                                            ),
                                            "text": (
                                                "<p>Condizioni che si applicano "
                                                "durante l'esecuzione, come l'uso di "
                                                "veicoli a basse emissioni o il ritiro "
                                                "degli imballaggi.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "heading",
                                "Etichette e prove",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Gli acquirenti possono chiedere una specifica "
                                    "etichetta ambientale come prova del rispetto dei "
                                    "requisiti, ma devono accettare anche etichette "
                                    "equivalenti e, in alcuni casi, altri mezzi di "
                                    "prova adeguati, come un fascicolo tecnico. Per le "
                                    "PMI che non possono permettersi la certificazione "
                                    "è un aspetto importante: leggi con attenzione il "
                                    "bando e fornisci prove alternative solide quando "
                                    "è consentito.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": (
                                        "Rendere più verde un contratto di servizi di "
                                        "pulizia"
                                    ),
                                    "city": "Kfar Saba",
                                    "text": (
                                        "<p><em>Uno scenario illustrativo basato sulle "
                                        "sfide che città di questo tipo "
                                        "affrontano.</em> Un comune che rinnova il "
                                        "contratto di pulizia degli edifici pubblici "
                                        "vuole ridurre le sostanze chimiche nocive e i "
                                        "rifiuti di plastica. Richiede prodotti "
                                        "concentrati con etichette ambientali "
                                        "riconosciute o equivalenti, assegna punti "
                                        "aggiuntivi ai sistemi in microfibra che "
                                        "riducono il consumo di acqua e di detergenti "
                                        "e inserisce una clausola contrattuale sulla "
                                        "formazione del personale.</p><p>Una piccola "
                                        "impresa di pulizie locale, che usa già questi "
                                        "metodi con clienti privati, presenta con "
                                        "chiarezza i suoi prodotti, il piano di "
                                        "formazione e il risparmio idrico. Si "
                                        "aggiudica uno dei lotti, che il comune aveva "
                                        "suddiviso per quartiere per rendere il "
                                        "contratto accessibile alle imprese più "
                                        "piccole.</p>"
                                    ),
                                },
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "I nostri criteri ambientali hanno funzionato "
                                        "solo quando ci siamo chiesti come un "
                                        "offerente avrebbe dimostrato di rispettarli, "
                                        "uno per uno."
                                    ),
                                    "attribution": (
                                        "Responsabile degli appalti, un comune "
                                        "israeliano"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Per chi acquista: parti dai criteri GPP "
                                        "esistenti invece di scriverne di nuovi, e "
                                        "organizza una consultazione preliminare di "
                                        "mercato per verificare cosa possono offrire i "
                                        "fornitori locali. Per chi fornisce: tieni "
                                        "pronto un fascicolo con schede tecniche dei "
                                        "prodotti, etichette e rapporti di prova.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "measuring-and-scaling-gpp",
                        "title": "Misurare e far crescere gli appalti verdi",
                        "minutes": 9,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Per passare da gare verdi occasionali a una "
                                    "pratica costante, le città hanno bisogno di una "
                                    "politica, di personale formato e di un modo per "
                                    "misurare i risultati. Molte iniziano da poche "
                                    "categorie di prodotti prioritarie, in cui la "
                                    "spesa è elevata ed esistono buoni criteri, come "
                                    "veicoli, elettricità, illuminazione, alimenti e "
                                    "ristorazione, pulizie e apparecchiature "
                                    "informatiche.</p>"
                                ),
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Costruire una pratica di appalti verdi",
                                    "items": [
                                        (
                                            "Adotta una breve politica con categorie "
                                            "di prodotti prioritarie chiare"
                                        ),
                                        (
                                            "Forma insieme i responsabili degli "
                                            "appalti e i titolari dei capitoli di spesa"
                                        ),
                                        (
                                            "Usa clausole e criteri standard, "
                                            "aggiornati regolarmente"
                                        ),
                                        (
                                            "Registra quali contratti includono "
                                            "criteri ambientali e il loro valore"
                                        ),
                                        (
                                            "Stima i risultati, come l'energia "
                                            "risparmiata o i rifiuti evitati"
                                        ),
                                        (
                                            "Condividi l'esperienza con altre città e "
                                            "con i fornitori"
                                        ),
                                    ],
                                },
                            ),
                            (
                                "heading",
                                "Un monitoraggio semplice",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Il monitoraggio non richiede software "
                                    "sofisticati. Un foglio di calcolo condiviso che "
                                    "registra ogni contratto, il suo valore, la "
                                    "categoria di prodotto e l'eventuale uso di "
                                    "criteri ambientali permette già a una città di "
                                    "comunicare quale quota della sua spesa è verde. "
                                    "Per i contratti prioritari, aggiungi una stima "
                                    "approssimativa dei benefici, come l'elettricità "
                                    "risparmiata rispetto a un prodotto standard. "
                                    "Rivedi i dati una volta all'anno, celebra i "
                                    "successi e analizza perché in altri contratti non "
                                    "sono stati usati criteri ambientali: mancanza di "
                                    "tempo, assenza di criteri adatti o timori sui "
                                    "costi.</p>"
                                ),
                            ),
                            (
                                "heading",
                                "Opportunità per le PMI",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Man mano che i criteri ambientali diventano la "
                                    "norma, i fornitori con punti di forza ambientali "
                                    "reali ottengono un vantaggio. Le PMI possono "
                                    "prepararsi documentando le prestazioni ambientali "
                                    "dei propri prodotti, valutando le etichette "
                                    "pertinenti, offrendo servizi di riparazione e "
                                    "ritiro e partecipando alle consultazioni "
                                    "preliminari di mercato per spiegare cosa è "
                                    "possibile fare. La collaborazione con altre "
                                    "imprese può aiutare a soddisfare criteri che una "
                                    "sola azienda non riuscirebbe a coprire da "
                                    "sola.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Gli appalti verdi crescono con una pratica "
                                        "costante: una politica chiara, criteri "
                                        "standard, personale formato, un monitoraggio "
                                        "semplice e un dialogo aperto con i "
                                        "fornitori.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "Che cosa confronta il calcolo del costo del "
                                        "ciclo di vita?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Solo il prezzo d'acquisto delle "
                                                "offerte"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Il costo totale delle offerte lungo "
                                                "la loro vita, compresi uso, "
                                                "manutenzione e smaltimento"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "L'età delle imprese che partecipano "
                                                "alla gara"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Il costo del ciclo di vita tiene conto dei "
                                        "costi di gestione e di fine vita, che spesso "
                                        "favoriscono le opzioni più verdi."
                                    ),
                                },
                                {
                                    "text": (
                                        "In quali punti di una gara d'appalto possono "
                                        "comparire considerazioni ambientali? "
                                        "Seleziona tutte le risposte corrette."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": "Specifiche tecniche",
                                            "correct": True,
                                        },
                                        {
                                            "text": "Criteri di aggiudicazione",
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Clausole di esecuzione del contratto"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Solo nel comunicato stampa del comune"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "I criteri ambientali possono essere requisiti "
                                        "minimi, criteri a punteggio o condizioni "
                                        "applicate durante l'esecuzione."
                                    ),
                                },
                                {
                                    "text": (
                                        "Se una gara richiede una specifica etichetta "
                                        "ambientale, cos'altro deve fare l'acquirente?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Accettare etichette equivalenti e, in "
                                                "alcuni casi, altri mezzi di prova "
                                                "adeguati"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Escludere tutti gli offerenti che non "
                                                "hanno esattamente quell'etichetta"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Pagare la certificazione degli "
                                                "offerenti"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Devono essere accettate etichette equivalenti "
                                        "e, in alcuni casi, altri mezzi di prova: così "
                                        "la procedura resta equa per le imprese più "
                                        "piccole."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
        ],
    },
}
