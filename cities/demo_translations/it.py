"""Italian translations of the cities demo, loaded by `load_demo`."""

ASSESSMENTS = {
    "sme-readiness-to-work-with-cities": {
        "title": "Prontezza delle PMI a lavorare con le città",
        "introduction": (
            "Quindici domande per le piccole e medie imprese che vogliono vendere "
            "alle città o costruire soluzioni insieme a loro. Rispondi pensando "
            "alla tua organizzazione così com'è oggi. Otterrai un punteggio per "
            "ciascuna delle cinque dimensioni e suggerimenti su che cosa imparare "
            "per primo. Servono circa dieci minuti."
        ),
        "dimensions": [
            {
                "name": "Innovazione",
                "description": (
                    "Come la tua organizzazione trasforma le idee in prodotti e "
                    "servizi che risolvono problemi reali."
                ),
                "questions": [
                    {
                        "text": (
                            "Come nascono di solito i nuovi prodotti o servizi nella "
                            "tua organizzazione?"
                        ),
                        "help_text": "",
                        "answers": [
                            "Non sviluppiamo quasi mai nulla di nuovo; vendiamo "
                            "quello che abbiamo.",
                            "Ogni tanto nascono idee, ma nessuno se ne occupa.",
                            "Raccogliamo le idee e ne discutiamo, senza un metodo.",
                            "Verifichiamo le idee rispetto ai problemi dei clienti "
                            "prima di investirci.",
                            "Seguiamo un processo regolare dal problema al "
                            "prototipo collaudato, e ne misuriamo i risultati.",
                        ],
                    },
                    {
                        "text": (
                            "Quando avete collaudato l'ultima volta un prototipo o "
                            "un progetto pilota con utenti reali?"
                        ),
                        "help_text": "",
                        "answers": [
                            "Mai.",
                            "Più di tre anni fa.",
                            "Negli ultimi tre anni, solo con clienti fidati.",
                            "Nell'ultimo anno, con utenti simili a quelli a cui ci "
                            "rivolgiamo.",
                            "Facciamo prove con utenti reali più volte all'anno.",
                        ],
                    },
                    {
                        "text": (
                            "Quanta parte del vostro budget annuale va allo sviluppo "
                            "di offerte nuove o migliorate?"
                        ),
                        "help_text": "Conta il tempo del personale oltre al denaro.",
                        "answers": [
                            "Non viene accantonato nulla.",
                            "Un po', quando un progetto lo finanzia.",
                            "Una quota piccola e regolare (meno del 5%).",
                            "Una quota pianificata tra il 5 e il 10%.",
                            "Più del 10%, con un piano su come spenderlo.",
                        ],
                    },
                ],
            },
            {
                "name": "Conoscenza del settore pubblico",
                "description": (
                    "Quanto conosci il modo in cui le città decidono, pianificano e "
                    "spendono."
                ),
                "questions": [
                    {
                        "text": (
                            "Sai quali uffici di una città userebbero la tua "
                            "soluzione o la pagherebbero?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Ne abbiamo un'idea generale.",
                            "Conosciamo gli uffici, ma nessuno al loro interno.",
                            "Conosciamo gli uffici e abbiamo parlato con parte del "
                            "personale.",
                            "Siamo in contatto regolare con chi ha il problema e il "
                            "budget.",
                        ],
                    },
                    {
                        "text": (
                            "Come vieni a sapere dei piani e dei bisogni futuri "
                            "delle città?"
                        ),
                        "help_text": "",
                        "answers": [
                            "Non lo sappiamo; veniamo a conoscenza delle gare quando "
                            "sono pubblicate, se va bene.",
                            "Dalle notizie e dal passaparola.",
                            "Leggiamo strategie e piani quando ci capitano sotto mano.",
                            "Seguiamo strategie, bilanci e programmi degli acquisti "
                            "delle città che ci interessano.",
                            "Li seguiamo e partecipiamo a consultazioni preliminari "
                            "di mercato e giornate informative.",
                        ],
                    },
                    {
                        "text": (
                            "Sai spiegare la tua offerta in rapporto agli obiettivi "
                            "di una città, come il clima, i servizi ai cittadini o "
                            "i costi?"
                        ),
                        "help_text": "",
                        "answers": [
                            "Non proprio; descriviamo la nostra tecnologia.",
                            "Solo in termini generali.",
                            "Sì, per uno di questi obiettivi.",
                            "Sì, con dati raccolti in luoghi simili.",
                            "Sì, con dati e con indicatori che la città usa già.",
                        ],
                    },
                ],
            },
            {
                "name": "Appalti pubblici",
                "description": (
                    "Quanto la tua organizzazione è pronta a trovare, capire e "
                    "vincere gare pubbliche, compresi gli appalti di innovazione."
                ),
                "questions": [
                    {
                        "text": (
                            "La tua organizzazione ha mai partecipato a una gara "
                            "pubblica?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No, e non sapremmo da dove cominciare.",
                            "No, ma sappiamo dove vengono pubblicate le gare.",
                            "Sì, ma non abbiamo vinto.",
                            "Sì, e abbiamo vinto almeno un contratto.",
                            "Sì, regolarmente, e abbiamo vinto diversi contratti.",
                        ],
                    },
                    {
                        "text": (
                            "Quanto conosci le procedure con cui le città acquistano "
                            "innovazione, come gli appalti pre-commerciali o il "
                            "partenariato per l'innovazione?"
                        ),
                        "help_text": "",
                        "answers": [
                            "Non ne ho mai sentito parlare.",
                            "Ne ho sentito i nomi.",
                            "So in che cosa differiscono da una gara ordinaria.",
                            "Abbiamo studiato un bando reale di questo tipo.",
                            "Abbiamo partecipato a uno di questi bandi.",
                        ],
                    },
                    {
                        "text": (
                            "Riuscireste a raccogliere in due settimane i documenti "
                            "che una gara chiede di solito?"
                        ),
                        "help_text": (
                            "Per esempio certificati dell'impresa, referenze, "
                            "bilanci e una descrizione del vostro metodo di lavoro."
                        ),
                        "answers": [
                            "No.",
                            "Alcuni, con molta fatica.",
                            "La maggior parte.",
                            "Sì, li teniamo pronti e aggiornati.",
                        ],
                    },
                ],
            },
            {
                "name": "Sostenibilità",
                "description": (
                    "Come la tua offerta e la tua organizzazione contribuiscono agli "
                    "obiettivi climatici e ambientali."
                ),
                "questions": [
                    {
                        "text": (
                            "Misurate gli effetti ambientali dei vostri prodotti o "
                            "servizi (energia, emissioni, acqua, rifiuti)?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Ne abbiamo un'idea approssimativa.",
                            "Ne misuriamo alcuni per le nostre attività.",
                            "Li misuriamo per la nostra offerta e possiamo "
                            "condividere i dati.",
                            "Li misuriamo con un metodo riconosciuto e li usiamo "
                            "nelle nostre offerte.",
                        ],
                    },
                    {
                        "text": (
                            "La tua offerta aiuta una città ad adattarsi a rischi "
                            "climatici come il caldo, la siccità o le alluvioni?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Indirettamente.",
                            "Sì, e sappiamo spiegare come.",
                            "Sì, con i risultati di un progetto pilota o di un "
                            "cliente.",
                            "Sì, ed è pensata a partire dal piano di adattamento o "
                            "per il clima di una città.",
                        ],
                    },
                    {
                        "text": (
                            "La tua offerta segue i principi dell'economia "
                            "circolare: riparazione, riuso, materiali riciclati, "
                            "servizi al posto dei prodotti?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Ci abbiamo pensato.",
                            "Alcune parti dell'offerta li seguono.",
                            "La maggior parte dell'offerta li segue.",
                            "Sono al centro del nostro modello di business.",
                        ],
                    },
                ],
            },
            {
                "name": "Partenariati",
                "description": (
                    "Come lavori con gli altri: città, centri di ricerca e altre "
                    "imprese."
                ),
                "questions": [
                    {
                        "text": (
                            "Avete lavorato con altre imprese a un'offerta o a una "
                            "gara congiunta?"
                        ),
                        "help_text": "",
                        "answers": [
                            "Mai.",
                            "Una volta, in modo informale.",
                            "Sì, con un accordo scritto.",
                            "Sì, più volte, anche con partner di un altro paese.",
                            "Abbiamo partenariati stabili e un modo chiaro di "
                            "dividere lavoro e rischi.",
                        ],
                    },
                    {
                        "text": (
                            "Avete collaborato con un'università, un centro di "
                            "ricerca o un ente di supporto alle imprese?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Ne abbiamo incontrati alcuni.",
                            "Abbiamo ricevuto consulenza o formazione da uno di loro.",
                            "Abbiamo realizzato un progetto comune con uno di loro.",
                            "Collaboriamo regolarmente e questo orienta la nostra "
                            "offerta.",
                        ],
                    },
                    {
                        "text": (
                            "Progettereste un pilota insieme a una città, "
                            "condividendo apertamente dati e risultati?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No, vendiamo solo prodotti finiti.",
                            "Forse, ma ci preoccupa la nostra proprietà intellettuale.",
                            "Sì, se le condizioni sono chiare.",
                            "Sì; l'abbiamo già fatto e usiamo un accordo standard.",
                        ],
                    },
                ],
            },
        ],
    },
    "city-readiness-for-innovation-and-climate-action": {
        "title": "Prontezza della città all'innovazione e all'azione per il clima",
        "introduction": (
            "Per il personale comunale e i gruppi di lavoro delle città: quindici "
            "domande su quanto la tua città è pronta ad acquistare innovazione e ad "
            "agire contro il cambiamento climatico, in cinque dimensioni. Rispondi "
            "pensando alla tua città o al tuo ufficio così com'è oggi. I risultati "
            "indicano corsi e strumenti per i punti più deboli."
        ),
        "dimensions": [
            {
                "name": "Strategia",
                "description": (
                    "Se la città ha obiettivi chiari e condivisi per l'innovazione "
                    "e l'azione per il clima."
                ),
                "questions": [
                    {
                        "text": (
                            "La tua città ha una strategia per l'innovazione o per "
                            "la città intelligente?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Se ne sta discutendo.",
                            "Sì, ma non viene usata nelle decisioni quotidiane.",
                            "Sì, con priorità e un budget.",
                            "Sì, con priorità, un budget e una relazione annuale "
                            "sui progressi.",
                        ],
                    },
                    {
                        "text": (
                            "Le sfide della città sono descritte come problemi da "
                            "risolvere anziché come soluzioni da acquistare?"
                        ),
                        "help_text": (
                            "Per esempio «ridurre il caldo sul percorso casa-scuola» "
                            "anziché «installare vele ombreggianti»."
                        ),
                        "answers": [
                            "No.",
                            "Raramente.",
                            "Per alcuni progetti.",
                            "Per la maggior parte dei nuovi progetti.",
                            "Sempre, e vengono pubblicate perché il mercato possa "
                            "leggerle.",
                        ],
                    },
                    {
                        "text": (
                            "Chi guida l'innovazione tra i diversi uffici comunali?"
                        ),
                        "help_text": "",
                        "answers": [
                            "Nessuno.",
                            "Ogni ufficio per conto proprio.",
                            "Una persona, tra altri compiti.",
                            "Un gruppo con un mandato dei vertici della città.",
                            "Un gruppo con mandato, budget e riunioni regolari tra "
                            "gli uffici.",
                        ],
                    },
                ],
            },
            {
                "name": "Dati",
                "description": (
                    "Se la città raccoglie, condivide e usa i dati per decidere e "
                    "misurare i risultati."
                ),
                "questions": [
                    {
                        "text": "La città pubblica dati aperti?",
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Pochi insiemi di dati, non aggiornati.",
                            "Diversi insiemi di dati, aggiornati di tanto in tanto.",
                            "Un portale di dati aperti curato nel tempo.",
                            "Un portale curato, in formati standard usati dalle "
                            "imprese.",
                        ],
                    },
                    {
                        "text": (
                            "Quando un progetto pilota finisce, come se ne valuta il "
                            "successo?"
                        ),
                        "help_text": "",
                        "answers": [
                            "A impressione.",
                            "Con la relazione del fornitore.",
                            "Con indicatori scelti alla fine.",
                            "Con indicatori concordati prima dell'avvio del pilota.",
                            "Con indicatori concordati prima, una situazione di "
                            "partenza e dati raccolti dalla città stessa.",
                        ],
                    },
                    {
                        "text": (
                            "I nuovi contratti stabiliscono di chi sono i dati "
                            "prodotti da una soluzione e chi può riutilizzarli?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "A volte.",
                            "Di solito, con clausole standard.",
                            "Sempre, con clausole su accesso, formati e privacy.",
                        ],
                    },
                ],
            },
            {
                "name": "Appalti di innovazione",
                "description": (
                    "Se il modo di acquistare della città lascia spazio a soluzioni "
                    "nuove e a fornitori piccoli."
                ),
                "questions": [
                    {
                        "text": "La città consulta il mercato prima di una gara?",
                        "help_text": "",
                        "answers": [
                            "Mai.",
                            "Ogni tanto, in modo informale.",
                            "Per gli acquisti più grandi.",
                            "Regolarmente, con consultazioni preliminari di "
                            "mercato pubblicate.",
                            "Regolarmente, e ciò che emerge orienta i documenti di "
                            "gara.",
                        ],
                    },
                    {
                        "text": (
                            "La città ha usato un appalto pre-commerciale, un "
                            "partenariato per l'innovazione o una procedura simile?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No, e non sapremmo come fare.",
                            "No, ma li abbiamo studiati.",
                            "Ne stiamo preparando uno.",
                            "Sì, una volta.",
                            "Sì, più di una volta, e condividiamo ciò che abbiamo "
                            "imparato.",
                        ],
                    },
                    {
                        "text": (
                            "In che modo le gare della città tengono conto delle "
                            "piccole e medie imprese?"
                        ),
                        "help_text": "",
                        "answers": [
                            "Non in modo particolare.",
                            "Alcune gare sono suddivise in lotti.",
                            "I lotti sono frequenti e i requisiti proporzionati.",
                            "Lotti, requisiti proporzionati e criteri di "
                            "aggiudicazione chiari sulla qualità.",
                            "Tutto questo, più incontri informativi e un riscontro "
                            "a chi non vince.",
                        ],
                    },
                ],
            },
            {
                "name": "Rischio climatico",
                "description": (
                    "Se la città conosce i propri rischi climatici e pianifica come "
                    "adattarsi."
                ),
                "questions": [
                    {
                        "text": (
                            "La città ha valutato i propri rischi climatici: caldo, "
                            "siccità, alluvioni, innalzamento del mare?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Solo in termini generali.",
                            "Per alcuni pericoli o quartieri.",
                            "Una valutazione completa, di meno di cinque anni fa.",
                            "Una valutazione completa e recente, usata per fissare "
                            "le priorità.",
                        ],
                    },
                    {
                        "text": (
                            "La città ha un piano di adattamento o di azione per il "
                            "clima?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "È in preparazione.",
                            "Sì, approvato.",
                            "Sì, con misure, responsabili e budget.",
                            "Sì, con misure, responsabili, budget e monitoraggio "
                            "annuale.",
                        ],
                    },
                    {
                        "text": (
                            "I criteri climatici fanno parte degli acquisti e delle "
                            "decisioni sui progetti della città?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "In pochi progetti.",
                            "Nei progetti sull'energia e sugli edifici.",
                            "Nella maggior parte dei progetti, con criteri di "
                            "acquisti verdi.",
                            "Sempre, con criteri e monitoraggio dei risultati.",
                        ],
                    },
                ],
            },
            {
                "name": "Collaborazione con le PMI",
                "description": (
                    "Se la città lavora apertamente con le imprese locali e "
                    "regionali per affrontare le proprie sfide."
                ),
                "questions": [
                    {
                        "text": (
                            "Come vengono a sapere le imprese delle sfide della città?"
                        ),
                        "help_text": "",
                        "answers": [
                            "Non lo sanno, a meno che non venga pubblicata una gara.",
                            "Tramite contatti personali.",
                            "In eventi occasionali.",
                            "Da un elenco pubblico delle sfide.",
                            "Da un elenco pubblico, eventi regolari e un referente "
                            "indicato.",
                        ],
                    },
                    {
                        "text": (
                            "La città ha organizzato un laboratorio di co-creazione, "
                            "un hackathon o un bando aperto con le PMI?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Una volta, senza seguito.",
                            "Sì, con un certo seguito.",
                            "Sì, e ne è nato un progetto pilota.",
                            "Sì, regolarmente, e alcuni progetti pilota sono stati "
                            "estesi.",
                        ],
                    },
                    {
                        "text": (
                            "Esiste un accordo standard per realizzare progetti "
                            "pilota con le imprese?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Ne scriviamo uno ogni volta.",
                            "Esiste un modello, ma si usa di rado.",
                            "Sì, un modello che tratta dati, proprietà "
                            "intellettuale e valutazione.",
                            "Sì, ed è pubblico, così le imprese conoscono le "
                            "condizioni in anticipo.",
                        ],
                    },
                ],
            },
        ],
    },
}

CONTACT_LABEL = "Gruppo del programma Smart Cities Academy"

CITIES = {
    "malaga": {
        "title": "Malaga",
        "summary": (
            "Una città portuale della Costa del Sol che ha sviluppato un settore "
            "tecnologico accanto al turismo e vuole che entrambi prosperino in "
            "estati sempre più calde."
        ),
        "region": "Andalusia",
        "partner": (
            "Un centro per le imprese e l'innovazione di Malaga (partner del programma)"
        ),
        "profile": [
            "<p>Malaga si trova tra le montagne e il mare, sulla costa meridionale "
            "della Spagna. Il porto, il centro storico e i musei attirano "
            "visitatori tutto l'anno, e l'aeroporto la collega a gran parte "
            "d'Europa. Negli ultimi decenni la città si è fatta anche un nome "
            "nella tecnologia, con un grande parco tecnologico, un'università e un "
            "numero crescente di start-up e di piccole imprese di software e "
            "ingegneria.</p>",
            "<p>Il successo porta pressione. Visitatori e nuovi residenti si "
            "contendono le case e lo spazio pubblico del centro, le estati sono "
            "sempre più calde e secche e il settore della ristorazione e "
            "dell'ospitalità produce molti rifiuti. Le sfide della città in questo "
            "portale riguardano come mantenere Malaga vivibile per chi ci abita "
            "mentre la sua economia continua a crescere.</p>",
        ],
        "innovation_strategy": (
            "<p>La sintesi usata in questa demo: lavorare con il parco "
            "tecnologico, l'università e il sostegno locale alle imprese per "
            "sperimentare soluzioni in strade ed edifici reali, e ricorrere alla "
            "<strong>consultazione preliminare di mercato</strong> perché le "
            "piccole imprese conoscano i bisogni prima che vengano scritti i "
            "bandi.</p>"
        ),
        "climate_strategy": (
            "<p>La sintesi usata in questa demo: ridurre l'esposizione al caldo "
            "negli spazi pubblici, risparmiare acqua in una regione soggetta a "
            "siccità e tagliare rifiuti ed emissioni del turismo, con obiettivi "
            "misurabili rendicontati ogni anno.</p>"
        ),
    },
    "murcia": {
        "title": "Murcia",
        "summary": (
            "Una città universitaria nella fertile valle del fiume Segura, con una "
            "forte economia agroalimentare e una lunga tradizione di condivisione "
            "di un'acqua scarsa."
        ),
        "region": "Regione di Murcia",
        "partner": (
            "Un centro per le imprese e l'innovazione di Murcia (capofila del "
            "programma)"
        ),
        "profile": [
            "<p>Murcia sorge nella valle del fiume Segura, circondata dalla "
            "<em>huerta</em>, la campagna irrigata che nutre la città da secoli. "
            "Il comune è grande e diffuso: oltre al centro comprende decine di "
            "frazioni. Due università e un vivace settore agroalimentare e "
            "logistico ne plasmano l'economia.</p>",
            "<p>L'acqua è il filo conduttore delle sue sfide. La regione è una "
            "delle più aride d'Europa, le estati sono molto calde e la "
            "ripartizione dell'acqua tra aziende agricole, case e aree verdi è "
            "oggetto di un dibattito pubblico costante. Collegare le frazioni e "
            "offrire ai giovani buoni posti di lavoro vicino a casa sono le altre "
            "priorità in questo portale.</p>",
        ],
        "innovation_strategy": (
            "<p>La sintesi usata in questa demo: sfruttare le università e la rete "
            "di sostegno alle imprese per aiutare le PMI locali a crescere, e "
            "pubblicare le sfide come problemi da risolvere perché le imprese "
            "possano proporre le proprie risposte.</p>"
        ),
        "climate_strategy": (
            "<p>La sintesi usata in questa demo: ogni goccia conta. Irrigazione "
            "più intelligente del verde pubblico, riuso delle acque depurate, "
            "ombra e fresco negli spazi pubblici e trasporti più puliti tra il "
            "centro e le frazioni.</p>"
        ),
    },
    "cartagena": {
        "title": "Cartagena",
        "summary": (
            "Uno storico porto militare del Mediterraneo con una base industriale, "
            "un patrimonio romano e quartieri bassi esposti a inondazioni "
            "improvvise."
        ),
        "region": "Regione di Murcia",
        "partner": "Membro del gruppo delle città guida del programma",
        "profile": [
            "<p>Cartagena è un porto da oltre duemila anni. La sua baia naturale "
            "ne ha fatto una base navale, il teatro romano e le mura attirano "
            "visitatori e un'area industriale vicino al porto ospita impianti "
            "energetici e chimici. La città è vicina al Mar Menor, una laguna "
            "costiera la cui salute è una grande preoccupazione regionale.</p>",
            "<p>Le forti piogge autunnali possono trasformare in poche ore i letti "
            "asciutti dei torrenti in corsi impetuosi, e parte della città è in "
            "zone basse. Un'aria più pulita vicino al porto e nuovi usi per le "
            "ex aree industriali sono le altre sfide che condivide in questo "
            "portale.</p>",
        ],
        "innovation_strategy": (
            "<p>La sintesi usata in questa demo: trasformare il porto, l'area "
            "industriale e le scuole di ingegneria dell'università in un banco di "
            "prova per un'industria e una logistica più pulite, insieme al sostegno "
            "regionale alle imprese.</p>"
        ),
        "climate_strategy": (
            "<p>La sintesi usata in questa demo: proteggere persone e beni dalle "
            "inondazioni improvvise con l'allerta precoce e un drenaggio basato "
            "sulla natura, migliorare la qualità dell'aria e ridurre la pressione "
            "sulla costa e sulla laguna.</p>"
        ),
    },
    "molina-de-segura": {
        "title": "Molina de Segura",
        "summary": (
            "Una cittadina industriale a nord di Murcia, nota per l'industria "
            "alimentare, che vuole fabbriche, acqua e servizi più intelligenti."
        ),
        "region": "Regione di Murcia",
        "partner": "Membro del gruppo delle città guida del programma",
        "profile": [
            "<p>Molina de Segura è cresciuta attorno all'industria conserviera e "
            "agroalimentare della valle del Segura, e le zone industriali sono "
            "ancora una parte importante della sua economia. Molte imprese sono "
            "piccole e a conduzione familiare, vicine alle aziende agricole che le "
            "riforniscono.</p>",
            "<p>Il costo dell'energia, l'acqua e l'invecchiamento della "
            "popolazione sono i temi delle sue sfide in questo portale. Come "
            "comune di medie dimensioni può avviare rapidamente progetti pilota ed "
            "è interessato a lavorare con le PMI locali.</p>",
        ],
        "innovation_strategy": (
            "<p>La sintesi usata in questa demo: sostenere l'ammodernamento "
            "dell'industria locale, sperimentare soluzioni negli edifici comunali e "
            "nelle zone industriali e aprire gli appalti alle piccole imprese "
            "locali.</p>"
        ),
        "climate_strategy": (
            "<p>La sintesi usata in questa demo: consumare meno energia nelle zone "
            "industriali, riutilizzare le acque depurate e proteggere gli anziani "
            "durante le ondate di calore.</p>"
        ),
    },
    "genova": {
        "title": "Genova",
        "summary": (
            "Una grande città portuale stretta tra colline ripide e il mare, alle "
            "prese con alluvioni improvvise, una popolazione che invecchia e "
            "strade strette e affollate."
        ),
        "region": "Liguria",
        "partner": (
            "Un'agenzia regionale ligure per la finanza e l'innovazione (partner "
            "del programma)"
        ),
        "profile": [
            "<p>Genova si allunga per chilometri sulla costa ligure, arrampicandosi "
            "su colline ripide attraversate da brevi torrenti. Il suo porto è tra i "
            "più attivi del Mediterraneo e il centro medievale, con i suoi stretti "
            "<em>caruggi</em>, è tra i più grandi d'Europa.</p>",
            "<p>La forma della città spiega le sue sfide. Le intense piogge "
            "autunnali possono far esondare i torrenti in meno di un'ora; molti "
            "abitanti sono anziani e vivono sulle alture; e le merci devono "
            "raggiungere i negozi lungo vicoli dove i camion non passano. "
            "L'agenzia regionale ligure sostiene le imprese locali che vogliono "
            "risolvere questi problemi.</p>",
        ],
        "innovation_strategy": (
            "<p>La sintesi usata in questa demo: mettere insieme il porto, i "
            "centri di ricerca e il sostegno regionale alle PMI, e usare gli "
            "appalti di innovazione per portare soluzioni collaudate nei servizi "
            "pubblici.</p>"
        ),
        "climate_strategy": (
            "<p>La sintesi usata in questa demo: allerta precoce e prevenzione di "
            "alluvioni e frane, protezione dal caldo per gli abitanti anziani e "
            "una logistica più pulita nel centro storico.</p>"
        ),
    },
    "kfar-saba": {
        "title": "Kfar Saba",
        "summary": (
            "Una città verde nella pianura di Sharon e partner del programma, che "
            "ha ospitato gli incontri del suo gruppo delle città guida."
        ),
        "region": "Distretto Centrale",
        "partner": "Il Comune di Kfar Saba (partner del programma)",
        "profile": [
            "<p>Kfar Saba si trova nella pianura di Sharon, a nord-est di Tel Aviv, "
            "ed è nota per i parchi e i viali alberati. È soprattutto "
            "residenziale, con molte famiglie e pendolari, e un numero crescente "
            "di piccole imprese di servizi e tecnologia.</p>",
            "<p>Il comune è partner del programma e nel 2021 ha ospitato gli "
            "incontri online del suo gruppo delle città guida, in cui le città "
            "hanno discusso di innovazione, preparazione al cambiamento climatico "
            "e sviluppo sostenibile. Le sue sfide in questo portale riguardano il "
            "caldo, l'acqua e l'apertura degli appalti comunali alle PMI "
            "locali.</p>",
        ],
        "innovation_strategy": (
            "<p>La sintesi usata in questa demo: rendere più facili gli appalti "
            "comunali per le PMI locali, sperimentare nuove soluzioni negli spazi "
            "pubblici e nelle scuole e imparare insieme ad altre città del "
            "Mediterraneo.</p>"
        ),
        "climate_strategy": (
            "<p>La sintesi usata in questa demo: ombra e fresco per chi va a piedi "
            "e in bicicletta, raccolta dell'acqua piovana e tutela delle falde, e "
            "risparmio energetico negli edifici pubblici.</p>"
        ),
    },
    "tel-aviv": {
        "title": "Tel Aviv",
        "summary": (
            "Una città costiera densa e un polo tecnologico, dove l'università "
            "partner del programma ha studiato le sfide delle città."
        ),
        "region": "Distretto di Tel Aviv",
        "partner": (
            "L'Università di Tel Aviv, il cui laboratorio di innovazione urbana e "
            "sostenibilità ha condotto lo studio del programma sulle sfide delle "
            "città"
        ),
        "profile": [
            "<p>Tel Aviv-Giaffa è il centro economico e culturale della pianura "
            "costiera di Israele, con un lungomare animato, una grande comunità di "
            "start-up e un'antica città portuale, Giaffa, all'estremità sud. Ogni "
            "giorno molte persone entrano in città per lavorare.</p>",
            "<p>Il laboratorio di innovazione urbana e sostenibilità "
            "dell'Università di Tel Aviv ha condotto lo studio del programma sulle "
            "principali sfide economiche, sociali e ambientali delle città. Le "
            "sfide della città in questo portale riguardano lo spazio stradale, "
            "l'energia e il modo di restare aperta ai giovani residenti e alle "
            "nuove imprese.</p>",
        ],
        "innovation_strategy": (
            "<p>La sintesi usata in questa demo: usare la città come banco di prova "
            "per start-up e PMI, condividere apertamente i dati e trasformare in "
            "servizi i progetti pilota riusciti.</p>"
        ),
        "climate_strategy": (
            "<p>La sintesi usata in questa demo: ridurre i consumi energetici degli "
            "edifici comunali, dividere equamente lo spazio stradale tra pedoni, "
            "biciclette, consegne e auto, e preparare la costa all'innalzamento "
            "del mare.</p>"
        ),
    },
    "herzliya": {
        "title": "Herzliya",
        "summary": (
            "Una città costiera a nord di Tel Aviv con un distretto high-tech, un "
            "porto turistico e scogliere che il mare sta erodendo."
        ),
        "region": "Distretto di Tel Aviv",
        "partner": "Membro del gruppo delle città guida del programma",
        "profile": [
            "<p>Herzliya unisce tranquilli quartieri residenziali a uno dei "
            "distretti high-tech più noti di Israele, vicino alla costa. Le "
            "spiagge e il porto turistico attirano visitatori, e le scogliere che "
            "li sovrastano si erodono lentamente.</p>",
            "<p>Con tante imprese tecnologiche a due passi, la città è interessata "
            "a sperimentare nuove soluzioni in strade reali. Le sue sfide in "
            "questo portale riguardano la costa, le sperimentazioni urbane e il "
            "traffico intorno alle scuole.</p>",
        ],
        "innovation_strategy": (
            "<p>La sintesi usata in questa demo: aprire strade ed edifici della "
            "città a progetti pilota ben progettati con imprese locali, con "
            "accordi chiari su dati e valutazione.</p>"
        ),
        "climate_strategy": (
            "<p>La sintesi usata in questa demo: proteggere la costa e le sue "
            "scogliere, ridurre gli spostamenti in auto e prepararsi a estati più "
            "calde.</p>"
        ),
    },
    "eilat": {
        "title": "Eilat",
        "summary": (
            "Una città del deserto sul Mar Rosso, dove il caldo estremo, la "
            "scarsità d'acqua e una fragile barriera corallina segnano la vita "
            "quotidiana e l'economia turistica."
        ),
        "region": "Distretto Meridionale",
        "partner": "Membro del gruppo delle città guida del programma",
        "profile": [
            "<p>Eilat è la città più meridionale di Israele, tra le montagne del "
            "deserto e il golfo di Aqaba, sul Mar Rosso. Il turismo, con i suoi "
            "alberghi, le spiagge e la barriera corallina, è il cuore della sua "
            "economia.</p>",
            "<p>D'estate le temperature superano spesso i 40 °C e quasi tutta "
            "l'acqua proviene dalla dissalazione. Proteggere gli abitanti dal "
            "caldo, garantire l'acqua e tutelare la barriera che attira i "
            "visitatori sono le sfide che condivide in questo portale.</p>",
        ],
        "innovation_strategy": (
            "<p>La sintesi usata in questa demo: usare il clima estremo della città "
            "come banco di prova per soluzioni contro il caldo e per l'acqua di cui "
            "altre città avranno bisogno in futuro.</p>"
        ),
        "climate_strategy": (
            "<p>La sintesi usata in questa demo: proteggere le persone dal caldo "
            "estremo, usare bene ogni litro d'acqua e rendere il turismo più "
            "rispettoso del mare e della barriera corallina.</p>"
        ),
    },
}

CHALLENGES = {
    "malaga/cooler-streets-in-heatwaves": {
        "title": "Strade più fresche durante le ondate di calore",
        "summary": (
            "Rendere percorribili le strade pedonali più frequentate durante le "
            "ondate di calore, con ombra, acqua e materiali che restano freschi."
        ),
        "description": [
            "<p>Nei pomeriggi estivi più caldi il selciato di alcune strade del "
            "centro diventa rovente e gli anziani evitano di uscire. Non si possono "
            "piantare alberi ovunque: molte strade sono strette e hanno sottoservizi "
            "sotto il marciapiede.</p>",
            "<p>La città cerca combinazioni di ombra, superfici fresche, acqua e "
            "informazioni che si possano installare in fretta, togliere d'inverno "
            "se serve e misurare. Vuole sentire le imprese prima di decidere che "
            "cosa acquistare.</p>",
        ],
        "outcomes": [
            "Temperature dell'aria e delle superfici più basse nelle strade scelte.",
            "Più persone a piedi nei pomeriggi caldi.",
            "Soluzioni che la città può mantenere con le proprie squadre.",
        ],
        "indicators": [
            "Temperatura della pavimentazione alle 16 nei giorni sopra i 35 °C.",
            "Conteggi dei pedoni a luglio e agosto.",
            "Costo annuo di manutenzione per strada.",
        ],
    },
    "malaga/tourism-and-residents-in-the-historic-centre": {
        "title": "Turismo e residenti nel centro storico",
        "summary": (
            "Capire ed equilibrare il modo in cui visitatori e residenti usano il "
            "centro storico, perché il quartiere resti un luogo dove vivere."
        ),
        "description": [
            "<p>Gli abitanti del centro storico dicono che folle, rumore e affitti "
            "brevi stanno allontanando i residenti. La città ha dati sul numero di "
            "visitatori, ma pochi su dove e quando la pressione è massima o su che "
            "cosa serve ai residenti per restare.</p>",
            "<p>Vorrebbe idee per misurare la pressione strada per strada, nel "
            "rispetto della privacy, e servizi che distribuiscano meglio i "
            "visitatori e sostengano i negozi di vicinato.</p>",
        ],
        "outcomes": [
            "Un quadro condiviso e aggiornato della pressione sul centro.",
            "Misure che, secondo i residenti, migliorano la vita quotidiana.",
        ],
        "indicators": [
            "Popolazione residente nel centro, anno per anno.",
            "Affollamento massimo nelle dieci strade più frequentate.",
            "Soddisfazione dei residenti in un sondaggio annuale.",
        ],
    },
    "malaga/less-waste-from-hospitality": {
        "title": "Meno rifiuti alimentari e da imballaggio dall'ospitalità",
        "summary": (
            "Aiutare bar, ristoranti e alberghi a ridurre i rifiuti alimentari e "
            "gli imballaggi, e a trasformare il resto in compost o nuovi materiali."
        ),
        "description": [
            "<p>L'ospitalità è una delle principali fonti di rifiuti della città e "
            "la maggior parte viene raccolta indifferenziata. Un progetto pilota "
            "sta sperimentando la raccolta separata degli scarti alimentari in un "
            "quartiere, con un piccolo gruppo di ristoranti.</p>",
            "<p>La città vuole conoscere imprese che offrano imballaggi "
            "riutilizzabili, strumenti contro lo spreco alimentare o modi per "
            "valorizzare sul posto i rifiuti organici raccolti.</p>",
        ],
        "outcomes": [
            "Meno rifiuti indifferenziati dall'ospitalità.",
            "Rifiuti organici trattati vicino a dove vengono prodotti.",
        ],
        "indicators": [
            "Tonnellate di indifferenziato per esercizio al mese.",
            "Quota di rifiuti organici raccolti separatamente.",
            "Numero di esercizi partecipanti.",
        ],
    },
    "murcia/saving-water-in-parks": {
        "title": "Risparmiare acqua nei parchi e nei giardini pubblici",
        "summary": (
            "Irrigare i parchi della città con meno acqua, usando sensori, dati "
            "meteo e piante adatte a un clima secco."
        ),
        "description": [
            "<p>Il verde pubblico conta sempre di più con estati più calde, ma "
            "innaffiarlo consuma una grande parte dell'acqua della città. Quasi "
            "tutti i parchi sono ancora irrigati con timer fissi, qualunque sia il "
            "tempo.</p>",
            "<p>Un progetto pilota in diversi parchi sta sperimentando sensori di "
            "umidità del suolo e un controllo basato sul meteo. La città cerca "
            "soluzioni facili da usare per i giardinieri e compatibili con gli "
            "impianti già installati.</p>",
        ],
        "outcomes": [
            "Meno acqua per metro quadrato di verde.",
            "Piante sane per tutta l'estate.",
            "Giardinieri formati e sicuri nell'uso del sistema.",
        ],
        "indicators": [
            "Metri cubi d'acqua per ettaro al mese.",
            "Quota di parchi con controllo basato sul meteo.",
            "Piante perse dopo ogni estate.",
        ],
    },
    "murcia/clean-transport-to-the-districts": {
        "title": "Trasporti puliti tra il centro e le frazioni",
        "summary": (
            "Offrire a chi vive nelle frazioni un modo pulito e affidabile per "
            "raggiungere il centro senza auto."
        ),
        "description": [
            "<p>Molti abitanti vivono in frazioni a diversi chilometri dal centro, "
            "dove gli autobus passano di rado e quasi tutti gli spostamenti si "
            "fanno in auto. Chi non ha l'auto, spesso anziani o giovani, fatica a "
            "raggiungere lavoro, studio e servizi.</p>",
            "<p>La città vuole capire meglio i bisogni di mobilità ed esplorare "
            "servizi a chiamata, collegamenti ciclabili sicuri e migliori "
            "connessioni tra i diversi mezzi.</p>",
        ],
        "outcomes": [
            "Più spostamenti dalle frazioni senza auto privata.",
            "Viaggi verso il centro più brevi e prevedibili.",
        ],
        "indicators": [
            "Quota di spostamenti con mezzi pubblici, in bicicletta o a piedi.",
            "Tempo medio di viaggio da cinque frazioni scelte.",
        ],
    },
    "murcia/skilled-jobs-for-young-people": {
        "title": "Lavoro qualificato per i giovani",
        "summary": (
            "Aiutare i giovani a trovare lavoro qualificato nelle imprese locali, "
            "soprattutto nell'economia verde e digitale."
        ),
        "description": [
            "<p>La disoccupazione giovanile è alta e molti laureati se ne vanno "
            "per trovare lavoro altrove, mentre le imprese locali dicono di non "
            "trovare persone con le competenze che servono.</p>",
            "<p>La città vorrebbe sentire imprese ed enti di formazione con idee "
            "per tirocini, corsi brevi e servizi che mettano in contatto i giovani "
            "con le PMI.</p>",
        ],
        "outcomes": [
            "Più giovani con un lavoro qualificato nelle PMI locali.",
            "Imprese in grado di coprire sul posto i ruoli tecnici.",
        ],
        "indicators": [
            "Tasso di disoccupazione dei residenti tra 16 e 29 anni.",
            "Tirocini che portano a un lavoro entro sei mesi.",
        ],
    },
    "cartagena/flash-flood-protection": {
        "title": "Proteggere i quartieri bassi dalle inondazioni improvvise",
        "summary": (
            "Avvisare prima gli abitanti e trattenere l'acqua piovana nei quartieri "
            "più esposti alle inondazioni improvvise."
        ),
        "description": [
            "<p>Poche ore di pioggia intensa possono allagare strade e piani terra "
            "nei quartieri più bassi. Gli avvisi arrivano tardi agli abitanti e la "
            "rete di drenaggio non è stata progettata per i temporali di oggi.</p>",
            "<p>La città sta consultando il mercato su reti di sensori, sistemi di "
            "allerta e infrastrutture verdi che trattengano l'acqua dove cade.</p>",
        ],
        "outcomes": [
            "Abitanti avvisati in tempo per agire.",
            "Meno acqua che raggiunge le strade più basse durante i temporali.",
        ],
        "indicators": [
            "Minuti tra l'allerta e il primo allagamento.",
            "Immobili allagati per ogni grande temporale.",
            "Acqua piovana trattenuta dalle infrastrutture verdi (metri cubi).",
        ],
    },
    "cartagena/cleaner-air-around-the-port": {
        "title": "Aria più pulita intorno al porto",
        "summary": (
            "Misurare e ridurre l'inquinamento dell'aria prodotto da navi, camion "
            "e industria nei quartieri accanto al porto."
        ),
        "description": [
            "<p>Gli abitanti vicini al porto sono preoccupati per le emissioni "
            "delle navi in banchina, il traffico pesante e l'industria. Le stazioni "
            "ufficiali di monitoraggio sono poche, quindi il quadro strada per "
            "strada è incompleto.</p>",
            "<p>La città è interessata a sensori a basso costo, dati aperti e "
            "misure come una logistica più pulita da sperimentare con il porto e le "
            "imprese locali.</p>",
        ],
        "outcomes": [
            "Un quadro affidabile e pubblico della qualità dell'aria vicino al porto.",
            "Riduzioni misurabili dei principali inquinanti.",
        ],
        "indicators": [
            "Media annua di biossido di azoto e polveri sottili.",
            "Giorni oltre i valori guida per la salute.",
        ],
    },
    "cartagena/new-uses-for-industrial-land": {
        "title": "Nuovi usi per le ex aree industriali",
        "summary": (
            "Riportare in uso le aree industriali vuote per imprese verdi, con un "
            "uso circolare di materiali ed energia."
        ),
        "description": [
            "<p>Diverse aree industriali vicino alla città sono vuote o "
            "sottoutilizzate. Riusarle eviterebbe di costruire su terreni liberi e "
            "potrebbe portare lavoro, ma suolo, edifici e proprietà sollevano "
            "domande.</p>",
            "<p>La città vuole idee per usi temporanei e permanenti, servizi "
            "condivisi per piccole imprese e modi per riutilizzare i materiali da "
            "demolizione.</p>",
        ],
        "outcomes": [
            "Ex aree industriali di nuovo in uso produttivo.",
            "Nuove imprese e posti di lavoro nell'economia circolare.",
        ],
        "indicators": [
            "Ettari di ex aree industriali in uso.",
            "Posti di lavoro creati nelle aree recuperate.",
            "Quota di materiale da demolizione riutilizzato.",
        ],
    },
    "molina-de-segura/energy-efficient-industrial-estates": {
        "title": "Efficienza energetica nelle zone industriali",
        "summary": (
            "Tagliare bollette ed emissioni delle piccole fabbriche condividendo "
            "dati, impianti ed energia rinnovabile nelle zone industriali."
        ),
        "description": [
            "<p>I piccoli produttori delle zone industriali pagano bollette alte e "
            "pochi hanno tempo o competenze per ridurle. Tetti che potrebbero "
            "ospitare pannelli solari restano vuoti.</p>",
            "<p>Il comune ha aperto una gara per un servizio energetico che "
            "analizzi le imprese, proponga misure condivise e monitori i risparmi. "
            "Sono ammesse offerte di raggruppamenti di PMI.</p>",
        ],
        "outcomes": [
            "Consumi e bollette più bassi per le imprese partecipanti.",
            "Più energia rinnovabile prodotta nelle zone industriali.",
        ],
        "indicators": [
            "Consumo di energia per impresa, prima e dopo.",
            "Chilowattora di energia rinnovabile prodotti in loco.",
        ],
    },
    "molina-de-segura/reusing-treated-wastewater": {
        "title": "Riutilizzare le acque reflue depurate",
        "summary": (
            "Usare acqua depurata per parchi, pulizia delle strade e industria al "
            "posto dell'acqua potabile."
        ),
        "description": [
            "<p>L'acqua depurata è una risorsa affidabile in una regione arida, ma "
            "portarla dove serve, con la qualità giusta, richiede tubazioni, "
            "serbatoi e controlli.</p>",
            "<p>Un progetto pilota fornisce acqua depurata a un parco e ai mezzi "
            "per la pulizia delle strade. Il comune cerca strumenti di monitoraggio "
            "e idee per gli utenti industriali.</p>",
        ],
        "outcomes": [
            "Meno acqua potabile usata per scopi che non la richiedono.",
            "Qualità dell'acqua controllata in modo continuo e trasparente.",
        ],
        "indicators": [
            "Metri cubi di acqua depurata riutilizzata all'anno.",
            "Analisi di qualità superate, sul totale delle analisi.",
        ],
    },
    "molina-de-segura/older-people-at-home": {
        "title": "Aiutare gli anziani a vivere in autonomia a casa",
        "summary": (
            "Aiutare gli abitanti anziani a restare sicuri, in contatto e autonomi "
            "a casa, anche durante le ondate di calore."
        ),
        "description": [
            "<p>Il numero di abitanti oltre i 75 anni cresce e molti vivono soli. I "
            "servizi sociali vogliono raggiungerli prima che ci sia una crisi, "
            "soprattutto con il caldo estremo.</p>",
            "<p>Il comune sta consultando il mercato su tecnologie e servizi "
            "semplici e rispettosi: telefonate di controllo, sensori in casa e reti "
            "di vicinato, progettati insieme agli anziani.</p>",
        ],
        "outcomes": [
            "Meno ricoveri d'urgenza di anziani che vivono soli.",
            "Abitanti anziani che si sentono sicuri e in contatto.",
        ],
        "indicators": [
            "Chiamate d'emergenza legate al caldo da persone oltre i 75 anni.",
            "Soddisfazione dei partecipanti dopo sei mesi.",
        ],
    },
    "genova/flood-early-warning": {
        "title": "Allerta precoce per le alluvioni nelle valli ripide",
        "summary": (
            "Estendere e migliorare il sistema che avvisa abitanti, scuole e "
            "imprese quando un torrente sta per esondare."
        ),
        "description": [
            "<p>In questo scenario, dopo alluvioni molto dannose, la città ha "
            "costruito una rete di pluviometri e idrometri e un sistema di "
            "allerta. Oggi copre le valli principali e fa parte del lavoro "
            "quotidiano della protezione civile.</p>",
            "<p>Il passo successivo è raggiungere più persone, in più lingue, e "
            "includere le piccole valli laterali. La città accoglie proposte che "
            "partano dal sistema esistente.</p>",
        ],
        "outcomes": [
            "Tutti gli abitanti delle zone a rischio ricevono allerte comprensibili.",
            "Scuole e imprese con piani per le alluvioni già provati.",
        ],
        "indicators": [
            "Abitanti delle zone a rischio iscritti alle allerte.",
            "Anticipo delle allerte rispetto al colmo di piena.",
        ],
    },
    "genova/services-for-an-ageing-population": {
        "title": "Servizi per una popolazione che invecchia",
        "summary": (
            "Aiutare gli anziani che vivono sulle alture a spostarsi, restare "
            "attivi e raggiungere i servizi."
        ),
        "description": [
            "<p>La Liguria ha una delle popolazioni più anziane d'Europa e molti "
            "anziani genovesi vivono in quartieri collinari fatti di scalinate, "
            "ascensori e salite. Andare dal medico o a fare la spesa può essere "
            "faticoso.</p>",
            "<p>La città consulta imprese e imprese sociali su trasporti a "
            "chiamata, servizi a domicilio e strumenti digitali che gli anziani "
            "vogliano davvero usare.</p>",
        ],
        "outcomes": [
            "Anziani in grado di raggiungere facilmente i servizi.",
            "Meno isolamento tra chi vive solo.",
        ],
        "indicators": [
            "Spostamenti effettuati ogni mese con i nuovi servizi.",
            "Quota di partecipanti che si sentono meno isolati.",
        ],
    },
    "genova/last-mile-deliveries": {
        "title": "Consegne dell'ultimo miglio nei vicoli",
        "summary": (
            "Portare le merci ai negozi del centro storico senza furgoni che "
            "bloccano i suoi vicoli stretti."
        ),
        "description": [
            "<p>I furgoni riforniscono centinaia di piccoli negozi del centro "
            "storico, spesso in vicoli troppo stretti per loro, bloccando il "
            "passaggio e aggiungendo rumore e inquinamento.</p>",
            "<p>Un progetto pilota sta sperimentando un micro-hub ai margini del "
            "centro con cargo bike e carrelli elettrici, e la prenotazione "
            "condivisa delle aree di carico e scarico.</p>",
        ],
        "outcomes": [
            "Meno furgoni che entrano nel centro storico.",
            "Consegne puntuali senza costi in più per i negozi.",
        ],
        "indicators": [
            "Ingressi di furgoni nel centro al giorno.",
            "Quota di consegne effettuate con cargo bike o carrello.",
        ],
    },
    "kfar-saba/shade-for-pedestrians-and-cyclists": {
        "title": "Ombra e fresco per pedoni e ciclisti",
        "summary": (
            "Rendere piacevoli d'estate gli spostamenti a piedi e in bicicletta sui "
            "percorsi principali verso scuole, stazioni e parchi."
        ),
        "description": [
            "<p>La città vuole che più persone camminino e vadano in bicicletta, "
            "ma d'estate molti percorsi sono senza ombra. Gli alberi impiegano anni "
            "a crescere e in alcune strade c'è poco spazio per loro.</p>",
            "<p>Un progetto pilota sta sperimentando strutture ombreggianti, "
            "superfici fresche e fontanelle su due percorsi, con sensori che "
            "misurano la temperatura percepita.</p>",
        ],
        "outcomes": [
            "Percorsi ombreggiati e più freschi verso scuole e stazioni.",
            "Più spostamenti a piedi e in bicicletta nei mesi estivi.",
        ],
        "indicators": [
            "Temperatura percepita lungo i percorsi a mezzogiorno.",
            "Conteggi di ciclisti e pedoni, estate rispetto a primavera.",
        ],
    },
    "kfar-saba/procurement-open-to-local-smes": {
        "title": "Aprire gli appalti comunali alle PMI locali",
        "summary": (
            "Rendere più facile per le piccole imprese locali trovare, capire e "
            "vincere le gare del comune."
        ),
        "description": [
            "<p>Poche PMI locali partecipano alle gare del comune. Dicono che i "
            "bandi sono difficili da trovare, pensati per le grandi imprese e "
            "pesanti dal punto di vista burocratico.</p>",
            "<p>Il comune ha aperto un bando per un servizio che organizzi giornate "
            "informative, semplifichi i modelli di gara e dia un riscontro ai "
            "partecipanti. Vuole anche che le PMI gli dicano che cosa le "
            "ostacola.</p>",
        ],
        "outcomes": [
            "Più offerte dalle PMI locali.",
            "Documenti di gara più semplici e chiari.",
        ],
        "indicators": [
            "Quota di offerte presentate da PMI locali.",
            "Quota del valore dei contratti aggiudicata a PMI.",
        ],
    },
    "kfar-saba/rainwater-and-groundwater": {
        "title": "Raccolta dell'acqua piovana e ricarica delle falde",
        "summary": (
            "Trattenere in città la pioggia invernale, lasciandola infiltrare nel "
            "terreno invece di finire negli scarichi."
        ),
        "description": [
            "<p>La pioggia invernale cade su tetti e strade e scorre in fretta "
            "negli scarichi, mentre le falde da cui dipende la regione hanno "
            "bisogno di essere ricaricate.</p>",
            "<p>La città cerca idee su pavimentazioni permeabili, giardini della "
            "pioggia e raccolta dell'acqua piovana in scuole ed edifici "
            "pubblici.</p>",
        ],
        "outcomes": [
            "Più pioggia che si infiltra nel terreno in città.",
            "Meno pressione sugli scarichi durante i temporali.",
        ],
        "indicators": [
            "Metri quadrati di superficie permeabile aggiunti.",
            "Acqua piovana raccolta e usata negli edifici pubblici.",
        ],
    },
    "tel-aviv/sharing-kerb-space": {
        "title": "Condividere equamente il bordo strada",
        "summary": (
            "Gestire il bordo strada per consegne, biciclette, taxi e autobus con "
            "dati in tempo reale invece che con regole fisse."
        ),
        "description": [
            "<p>Furgoni delle consegne, taxi, monopattini e autobus hanno bisogno "
            "degli stessi pochi metri di bordo strada. La sosta in doppia fila "
            "rallenta gli autobus e mette a rischio i ciclisti.</p>",
            "<p>Un progetto pilota in alcune strade permette alle imprese di "
            "consegna di prenotare le finestre di carico e scarico, con sensori che "
            "mostrano quando gli spazi sono liberi. La città vuole capire che cosa "
            "funziona prima di estenderlo.</p>",
        ],
        "outcomes": [
            "Meno soste in doppia fila nelle strade del pilota.",
            "Autobus più veloci e ciclisti più sicuri.",
        ],
        "indicators": [
            "Soste in doppia fila all'ora.",
            "Tempo di percorrenza degli autobus nelle strade del pilota.",
        ],
    },
    "tel-aviv/young-residents-and-new-businesses": {
        "title": "Trattenere i giovani residenti e le nuove imprese",
        "summary": (
            "Aiutare i giovani e le nuove piccole imprese a potersi permettere di "
            "restare in città."
        ),
        "description": [
            "<p>Gli affitti alti spingono i giovani residenti e le piccole imprese "
            "verso la periferia, anche se l'economia della città dipende da "
            "loro.</p>",
            "<p>La città sta raccogliendo idee su spazi di lavoro condivisi negli "
            "edifici comunali, nuove forme di abitare e servizi che aiutino i "
            "giovani ad avviare un'impresa.</p>",
        ],
        "outcomes": [
            "Più giovani residenti che restano in città.",
            "Spazi accessibili per nuove piccole imprese.",
        ],
        "indicators": [
            "Residenti tra 25 e 35 anni, anno per anno.",
            "Nuove imprese registrate in città.",
        ],
    },
    "tel-aviv/energy-in-municipal-buildings": {
        "title": "Ridurre i consumi energetici degli edifici comunali",
        "summary": (
            "Ridurre l'energia usata da scuole, uffici e palestre, e produrne di "
            "più sui loro tetti."
        ),
        "description": [
            "<p>Gli edifici comunali consumano molta energia per l'aria "
            "condizionata, e gran parte va sprecata in stanze vuote o per un cattivo "
            "isolamento.</p>",
            "<p>La città ha aperto una gara per sistemi di controllo intelligenti e "
            "servizi energetici pagati con i risparmi, e incoraggia le PMI a "
            "partecipare insieme.</p>",
        ],
        "outcomes": [
            "Consumi e bollette più bassi negli edifici comunali.",
            "Più energia solare prodotta sui tetti pubblici.",
        ],
        "indicators": [
            "Chilowattora per metro quadrato all'anno.",
            "Potenza solare installata sui tetti comunali.",
        ],
    },
    "herzliya/protecting-the-coastline": {
        "title": "Proteggere la costa e le sue scogliere",
        "summary": (
            "Monitorare le scogliere in erosione e proteggere la costa con "
            "soluzioni che lavorano con la natura."
        ),
        "description": [
            "<p>Onde e mareggiate stanno erodendo le scogliere di arenaria lungo la "
            "costa, minacciando sentieri, edifici e siti storici. L'innalzamento "
            "del mare peggiorerà la situazione.</p>",
            "<p>La città sta consultando il mercato sul monitoraggio con droni e "
            "sensori e su una protezione basata sulla natura che lasci le spiagge "
            "aperte al pubblico.</p>",
        ],
        "outcomes": [
            "Dati regolari e precisi sull'erosione delle scogliere.",
            "Una protezione che mantenga le spiagge aperte e naturali.",
        ],
        "indicators": [
            "Metri di arretramento della scogliera all'anno nei punti monitorati.",
            "Lunghezza della costa coperta da un piano di protezione.",
        ],
    },
    "herzliya/testing-technology-in-real-streets": {
        "title": "Sperimentare tecnologie urbane in strade reali",
        "summary": (
            "Offrire alle imprese locali un modo semplice ed equo per sperimentare "
            "le proprie soluzioni nelle strade e negli edifici della città."
        ),
        "description": [
            "<p>Molte imprese chiedono di provare in città sensori, veicoli o app. "
            "Ogni richiesta viene gestita in modo diverso e può richiedere "
            "mesi.</p>",
            "<p>Un programma pilota offre un accordo standard, siti di prova "
            "selezionati e un piano di valutazione concordato in anticipo. La città "
            "vuole che le PMI lo provino e le dicano che cosa migliorare.</p>",
        ],
        "outcomes": [
            "Una strada chiara e rapida per i progetti pilota delle imprese.",
            "Progetti pilota valutati allo stesso modo, con risultati confrontabili.",
        ],
        "indicators": [
            "Giorni tra la domanda e l'avvio di un pilota.",
            "Progetti pilota conclusi con una valutazione pubblicata.",
        ],
    },
    "herzliya/fewer-cars-on-the-school-run": {
        "title": "Meno auto davanti alle scuole",
        "summary": (
            "Rendere sicuro e facile andare a scuola a piedi, in bicicletta o con "
            "passaggi condivisi."
        ),
        "description": [
            "<p>Al mattino le auto fanno la coda davanti alle scuole, rendendo le "
            "strade meno sicure per i bambini che vanno a piedi o in "
            "bicicletta.</p>",
            "<p>La città vorrebbe idee su percorsi sicuri, pedibus, passaggi "
            "condivisi e informazioni per i genitori, progettati insieme alle "
            "scuole.</p>",
        ],
        "outcomes": [
            "Più bambini che vanno a scuola a piedi o in bicicletta.",
            "Strade più tranquille e sicure intorno alle scuole.",
        ],
        "indicators": [
            "Quota di alunni che arrivano a piedi o in bicicletta.",
            "Auto che si fermano davanti alle scuole tra le 7.30 e le 8.30.",
        ],
    },
    "eilat/safe-routes-to-school-in-the-heat": {
        "title": "Percorsi sicuri verso la scuola nel caldo estremo",
        "summary": (
            "Proteggere i bambini sulla strada per la scuola in una città dove "
            "d'estate si superano i 40 °C."
        ),
        "description": [
            "<p>In questo scenario, percorsi pedonali ombreggiati, punti acqua e "
            "avvisi di caldo per i genitori sono stati provati prima intorno a "
            "poche scuole. Hanno funzionato, e ora l'approccio copre la maggior "
            "parte delle scuole della città.</p>",
            "<p>Ora la città è interessata alla manutenzione, a previsioni del "
            "caldo più precise a livello di strada e a condividere ciò che ha "
            "imparato con altre città calde.</p>",
        ],
        "outcomes": [
            "Ogni scuola con un percorso ombreggiato e punti acqua.",
            "Genitori avvisati in tempo nei giorni pericolosi.",
        ],
        "indicators": [
            "Quota di scuole servite da un percorso ombreggiato.",
            "Temperatura percepita sui percorsi alle 13 di luglio.",
        ],
    },
    "eilat/water-security-in-the-desert": {
        "title": "Sicurezza idrica in una città del deserto",
        "summary": (
            "Usare meno acqua in alberghi, case e aree verdi, e perderne meno "
            "nella rete."
        ),
        "description": [
            "<p>Quasi tutta l'acqua della città è dissalata, e questo costa energia "
            "e denaro. Alberghi e irrigazione ne usano una grande parte, e una "
            "quota si perde per le perdite della rete.</p>",
            "<p>La città sta consultando il mercato sulla ricerca delle perdite, "
            "su dispositivi di risparmio idrico per gli alberghi e sul riuso delle "
            "acque depurate.</p>",
        ],
        "outcomes": [
            "Meno acqua per abitante e per ospite d'albergo.",
            "Meno perdite nella rete di distribuzione.",
        ],
        "indicators": [
            "Litri per abitante al giorno.",
            "Litri per ospite d'albergo per notte.",
            "Quota di acqua persa nella rete.",
        ],
    },
    "eilat/tourism-that-protects-the-reef": {
        "title": "Un turismo che protegge la barriera corallina",
        "summary": (
            "Accogliere i visitatori alla barriera corallina proteggendola da "
            "sovraffollamento, inquinamento e acque sempre più calde."
        ),
        "description": [
            "<p>La barriera corallina è una delle principali attrazioni della città "
            "ed è anche fragile. Folle di persone con maschera e boccaglio, creme "
            "solari e scarichi dalla costa si aggiungono allo stress delle acque "
            "che si riscaldano.</p>",
            "<p>La città sta raccogliendo idee sulla gestione dei visitatori, su "
            "prodotti rispettosi della barriera e su servizi che aiutino le imprese "
            "turistiche a ridurre la propria impronta ambientale.</p>",
        ],
        "outcomes": [
            "Una barriera in salute di cui i visitatori possano ancora godere.",
            "Imprese turistiche con un'impronta più leggera.",
        ],
        "indicators": [
            "Copertura corallina nei siti monitorati.",
            "Visitatori al giorno nei punti di accesso più frequentati.",
        ],
    },
}
