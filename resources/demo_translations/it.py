"""Italian translations of five demo resources, loaded by `load_demo`."""

RESOURCES = {
    "case-study-shaded-routes-to-school-in-a-desert-city": {
        "title": (
            "Caso di studio: percorsi ombreggiati casa-scuola in una città del deserto"
        ),
        "summary": (
            "Uno scenario illustrativo ambientato in una città desertica molto calda "
            "come Eilat: come un comune e due piccole imprese potrebbero mappare il "
            "calore lungo il tragitto verso la scuola e usare ombra, alberi e dati per "
            "renderlo più sicuro."
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "takeaway",
                    "text": (
                        "<p><strong>Uno scenario illustrativo</strong> basato sulle "
                        "sfide che città di questo tipo devono affrontare. La "
                        "situazione, le organizzazioni e i dati riportati di seguito "
                        "sono inventati a scopo formativo e non descrivono un progetto "
                        "reale.</p>"
                    ),
                },
            ),
            ("heading", "La sfida"),
            (
                "paragraph",
                (
                    "<p>In una città desertica come Eilat le temperature estive sono "
                    "estreme e l'anno scolastico inizia quando il caldo è ancora "
                    "intenso. In questo scenario i genitori lamentano che i bambini "
                    "arrivano a scuola sfiniti e sempre più famiglie cominciano a "
                    "usare l'auto anche per brevi distanze, aumentando traffico e "
                    "calore davanti agli ingressi delle scuole. I settori Istruzione e "
                    "Lavori pubblici del comune vogliono che più bambini vadano a "
                    "scuola a piedi in sicurezza, ma non sanno quali tratti dei "
                    "percorsi siano i più caldi.</p>"
                ),
            ),
            ("heading", "L'approccio"),
            (
                "paragraph",
                (
                    "<p>Il comune pubblica una breve descrizione della sfida e "
                    "organizza una giornata informativa online. Due PMI locali si "
                    "associano: una costruisce piccoli sensori meteorologici, l'altra "
                    "analizza dati geografici. Nell'ambito di un progetto pilota di "
                    "tre mesi pagato dal comune, installano sensori lungo i percorsi "
                    "che portano a quattro scuole e combinano le rilevazioni con dati "
                    "satellitari per produrre una mappa del calore di ciascun percorso "
                    "alle 7.30 del mattino e alle 13.30.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<ul><li>La mappa mostra che gran parte dell'esposizione al calore "
                    "si concentra in pochi tratti lunghi e privi d'ombra, accanto a "
                    "parcheggi e strade molto larghe.</li><li>Il comune installa vele "
                    "ombreggianti temporanee su tre di questi tratti e anticipa un "
                    "programma di piantumazione di alberi già previsto.</li><li>Le "
                    "scuole condividono con i genitori i percorsi ombreggiati "
                    "consigliati attraverso i consueti canali di "
                    "messaggistica.</li></ul>"
                ),
            ),
            ("heading", "Risultati da osservare"),
            (
                "table",
                {
                    "caption": (
                        "Indicatori concordati per il progetto pilota (illustrativi)"
                    ),
                    "header": ["Indicatore", "Come si misura"],
                    "rows": [
                        [
                            "Temperatura superficiale nei tratti oggetto di intervento",
                            "Sensori e immagini termiche prima e dopo l'ombreggiatura",
                        ],
                        [
                            "Quota di alunni che vanno a scuola a piedi",
                            "Semplice sondaggio per alzata di mano in classe ogni mese",
                        ],
                        [
                            "Percezione della sicurezza da parte dei genitori",
                            (
                                "Breve questionario all'inizio e alla fine del "
                                "progetto pilota"
                            ),
                        ],
                    ],
                },
            ),
            ("heading", "Lezioni apprese"),
            (
                "paragraph",
                (
                    "<p>Lo scenario mette in luce tre aspetti. Primo, una domanda "
                    "precisa (quali tratti sono i più caldi negli orari di entrata e "
                    "di uscita da scuola?) attira soluzioni precise. Secondo, i dati "
                    "sono utili solo se collegati a un'azione rapida e visibile, come "
                    "le vele ombreggianti. Terzo, piccole imprese che lavorano insieme "
                    "possono offrire un servizio completo che nessuna delle due "
                    "potrebbe fornire da sola.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Pensavamo di aver bisogno di un grande studio. In realtà ci "
                        "serviva una mappa dei duecento metri più caldi."
                    ),
                    "attribution": (
                        "Ingegnere comunale nello scenario (personaggio immaginario)"
                    ),
                },
            ),
        ],
    },
    "urban-challenge-statement-template": {
        "title": "Modello: come scrivere la descrizione di una sfida urbana",
        "summary": (
            "Una struttura di una pagina per descrivere un problema della città in "
            "modo che le imprese possano comprenderlo e proporre soluzioni, con "
            "indicazioni per ciascuna sezione e un esempio svolto a scopo illustrativo."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>La descrizione della sfida è il punto di partenza di quasi "
                    "ogni acquisto di innovazione, laboratorio di co-creazione o bando "
                    "a sfida. Descrive un problema, non un prodotto, e dovrebbe essere "
                    "abbastanza breve da potersi leggere in due minuti. La struttura "
                    "che segue è pensata per il personale comunale senza esperienza di "
                    "appalti. In allegato trovi una versione scaricabile con spunti "
                    "per la scrittura.</p>"
                ),
            ),
            ("heading", "Le sette sezioni"),
            (
                "table",
                {
                    "caption": "Struttura della descrizione di una sfida",
                    "header": ["Sezione", "Cosa scrivere"],
                    "rows": [
                        [
                            "Titolo",
                            "Una breve domanda che inizia con «Come potremmo...»",
                        ],
                        [
                            "Contesto",
                            (
                                "Dove si presenta il problema e perché oggi è "
                                "importante per la città"
                            ),
                        ],
                        [
                            "Chi è coinvolto",
                            (
                                "Residenti, visitatori, imprese o personale, con i "
                                "numeri se disponibili"
                            ),
                        ],
                        [
                            "Situazione attuale",
                            "Cosa succede oggi e cosa è già stato tentato",
                        ],
                        [
                            "Risultato atteso",
                            (
                                "Cosa cambierebbe se il problema fosse risolto, in "
                                "termini misurabili"
                            ),
                        ],
                        [
                            "Vincoli",
                            (
                                "Fascia di budget, limiti normativi, sistemi "
                                "esistenti, tempi"
                            ),
                        ],
                        [
                            "Cosa può offrire la città",
                            (
                                "Dati, siti di prova, tempo del personale, riscontri "
                                "degli utenti"
                            ),
                        ],
                    ],
                },
            ),
            ("heading", "Esempio svolto (illustrativo)"),
            (
                "paragraph",
                (
                    "<p><strong>Come potremmo mantenere più pulite le vie storiche "
                    "durante gli scali delle navi da crociera?</strong> Questo esempio "
                    "immagina una città portuale come Cartagena. Nei giorni di "
                    "maggiore affluenza migliaia di visitatori percorrono in poche ore "
                    "le stesse poche vie del centro storico e i cestini dei rifiuti "
                    "traboccano prima della raccolta pomeridiana. Le squadre di "
                    "pulizia seguono percorsi fissi, non la domanda effettiva. La "
                    "città vuole evitare che i cestini traboccino nei giorni degli "
                    "scali senza aumentare il budget per la pulizia e può mettere a "
                    "disposizione gli orari delle navi, la posizione dei cestini, i "
                    "percorsi di raccolta e due vie per una prova estiva.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Chiedi a qualcuno esterno al tuo ufficio di leggere la "
                        "descrizione. Se non riesce a rispiegarti il problema in una "
                        "sola frase, semplificala.</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Controllo di qualità",
                    "items": [
                        "Non viene citato alcun marchio, prodotto o tecnologia.",
                        "Il risultato atteso è misurabile.",
                        "Le persone coinvolte sono individuate con chiarezza.",
                        (
                            "I vincoli sono indicati con onestà, compresa la fascia di "
                            "budget."
                        ),
                        "La descrizione sta in una pagina.",
                    ],
                },
            ),
        ],
    },
    "green-public-procurement-and-circular-economy-introduction": {
        "title": "Appalti pubblici verdi ed economia circolare: un'introduzione",
        "summary": (
            "Un'introduzione per il personale comunale all'acquisto di beni, servizi e "
            "lavori a minore impatto ambientale e agli appalti circolari, con "
            "categorie prioritarie, passi pratici e il ruolo delle PMI locali."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Le amministrazioni pubbliche sono grandi acquirenti, quindi le "
                    "loro scelte orientano i mercati. Fare appalti pubblici verdi "
                    "significa scegliere beni, servizi e lavori con un impatto "
                    "ambientale ridotto lungo tutto il loro ciclo di vita. Gli appalti "
                    "circolari fanno un passo in più: privilegiano prodotti durevoli, "
                    "riparabili, riutilizzabili o riciclabili e modelli di business in "
                    "cui la città acquista un servizio invece di possedere le "
                    "attrezzature. Il progetto SME4SMARTCITIES ha realizzato un corso "
                    "su economia circolare e appalti pubblici verdi; questo rapporto "
                    "offre una breve introduzione agli stessi concetti.</p>"
                ),
            ),
            ("heading", "Dove le città possono fare la differenza"),
            (
                "table",
                {
                    "caption": "Categorie prioritarie ed esempi di approccio",
                    "header": ["Categoria", "Esempi di approccio"],
                    "rows": [
                        [
                            "Alimenti e ristorazione",
                            (
                                "Prodotti di stagione e locali, ove consentito dalla "
                                "legge, meno spreco alimentare, stoviglie "
                                "riutilizzabili"
                            ),
                        ],
                        [
                            "Arredi e attrezzature",
                            (
                                "Articoli ricondizionati, servizi di riparazione, "
                                "ritiro a fine vita"
                            ),
                        ],
                        [
                            "Computer e telefoni",
                            (
                                "Efficienza energetica, garanzie più lunghe, "
                                "ricondizionamento e rivendita"
                            ),
                        ],
                        [
                            "Edilizia e spazio pubblico",
                            (
                                "Materiali riciclati, progettazione per il "
                                "disassemblaggio, superfici permeabili"
                            ),
                        ],
                        [
                            "Pulizia e manutenzione",
                            (
                                "Prodotti a basso impatto, ricariche concentrate, "
                                "macchinari efficienti"
                            ),
                        ],
                    ],
                },
            ),
            ("heading", "Passi pratici"),
            (
                "paragraph",
                (
                    "<ol><li>Esamina le gare in programma e scegline due o tre con "
                    "impatto ambientale e spesa elevati.</li><li>Usa il calcolo dei "
                    "costi del ciclo di vita per confrontare le opzioni, includendo "
                    "energia, manutenzione e smaltimento, non solo il prezzo di "
                    "acquisto.</li><li>Consulta il mercato per capire quali "
                    "alternative più verdi esistono e a quale costo.</li><li>Inserisci "
                    "criteri ambientali chiari e verificabili e chiedi etichette o "
                    "prove equivalenti.</li><li>Monitora le prestazioni durante "
                    "l'esecuzione del contratto e rendi conto dei risultati.</li></ol>"
                ),
            ),
            ("heading", "Opportunità per le PMI locali"),
            (
                "paragraph",
                (
                    "<p>Gli appalti circolari creano domanda di servizi che le piccole "
                    "imprese locali sono nella posizione ideale per fornire: "
                    "riparazione, ricondizionamento, riutilizzo, compostaggio e "
                    "manutenzione di prossimità. In una città con un importante "
                    "settore turistico e alberghiero come Malaga, ad esempio, un "
                    "comune potrebbe usare i propri contratti di ristorazione e di "
                    "organizzazione di eventi per incoraggiare tra i fornitori locali "
                    "l'uso di stoviglie riutilizzabili e la riduzione dello spreco "
                    "alimentare (esempio illustrativo).</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Parti in piccolo. Una sola gara verde ben progettata, "
                        "monitorata e rendicontata insegna più di una lunga politica "
                        "che non viene mai applicata.</p>"
                    ),
                },
            ),
        ],
    },
    "opening-public-procurement-to-smes-policy-brief": {
        "title": "Aprire gli appalti pubblici alle PMI: cinque leve per le città",
        "summary": (
            "Una breve nota di indirizzo per amministratori locali e dirigenti "
            "comunali su cinque leve pratiche che rendono i contratti comunali più "
            "accessibili alle piccole e medie imprese senza abbassare gli standard."
        ),
        "body": [
            ("heading", "Sintesi"),
            (
                "paragraph",
                (
                    "<p>Le piccole e medie imprese sono la spina dorsale delle "
                    "economie locali del Mediterraneo, eppure si aggiudicano una quota "
                    "di contratti pubblici inferiore a quella che il loro peso "
                    "nell'economia lascerebbe supporre. Le città che aprono i propri "
                    "appalti alle PMI ottengono più concorrenza, più innovazione e "
                    "imprese locali più solide. Questa nota presenta cinque leve che i "
                    "consigli comunali possono adottare come indirizzo politico, "
                    "coerentemente con l'approccio promosso dal progetto "
                    "SME4SMARTCITIES, il cui capofila è un centro per le imprese e "
                    "l'innovazione di Murcia.</p>"
                ),
            ),
            ("heading", "Cinque leve"),
            (
                "paragraph",
                (
                    "<ol><li><strong>Pubblicare un programma degli acquisti.</strong> "
                    "Un elenco annuale delle gare previste dà alle piccole imprese il "
                    "tempo di prepararsi e di trovare "
                    "partner.</li><li><strong>Consultare prima di acquistare.</strong> "
                    "Rendere la consultazione preliminare di mercato una prassi "
                    "abituale per i contratti che riguardano soluzioni "
                    "nuove.</li><li><strong>Suddividere in lotti come regola.</strong> "
                    "Chiedere agli uffici di motivare per iscritto ogni decisione di "
                    "non ricorrere ai lotti.</li><li><strong>Mantenere requisiti "
                    "proporzionati.</strong> Fissare i requisiti di fatturato, "
                    "copertura assicurativa e referenze in base all'entità e al "
                    "rischio di ciascun contratto e accettare le autodichiarazioni in "
                    "fase di offerta.</li><li><strong>Pagare nei tempi.</strong> "
                    "Monitorare pubblicamente i tempi di pagamento e prevedere "
                    "pagamenti per stati di avanzamento nei progetti pilota e nei "
                    "contratti di maggiore durata.</li></ol>"
                ),
            ),
            ("heading", "Cosa serve per metterle in pratica"),
            (
                "paragraph",
                (
                    "<p>Queste leve richiedono poche norme nuove. Dipendono "
                    "dall'impulso dei vertici, da semplici regole interne e dalla "
                    "formazione dei funzionari addetti agli appalti e dei responsabili "
                    "dei servizi. Una delibera del consiglio comunale, una relazione "
                    "annuale sulla quota di contratti aggiudicati alle PMI e un "
                    "referente designato per le imprese sono modi poco costosi per "
                    "dimostrare il proprio impegno.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Indicatori per una relazione annuale",
                    "header": ["Indicatore", "Perché è importante"],
                    "rows": [
                        [
                            "Quota del valore dei contratti aggiudicata alle PMI",
                            "Mostra se l'accesso sta migliorando",
                        ],
                        ["Numero medio di offerte per gara", "Misura la concorrenza"],
                        [
                            "Quota di gare suddivise in lotti",
                            "Segue l'uso della principale leva strutturale",
                        ],
                        [
                            "Tempo medio di pagamento",
                            "Incide direttamente sulla liquidità delle PMI",
                        ],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>Aprire gli appalti alle PMI non significa favorire le "
                        "imprese locali. La parità di trattamento vale per tutti gli "
                        "offerenti, ovunque abbiano sede.</p>"
                    ),
                },
            ),
        ],
    },
    "video-climate-briefing-for-city-staff": {
        "title": (
            "Video: caldo, siccità e alluvioni, cinque minuti sul clima per il "
            "personale comunale"
        ),
        "summary": (
            "Un aggiornamento di cinque minuti per i dipendenti comunali di qualsiasi "
            "settore sui principali rischi climatici che interessano le città del "
            "Mediterraneo e su cosa può fare ciascun servizio. Qui è presentato sotto "
            "forma di trascrizione scritta."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p><em>Questo breve intervento è stato registrato per l'Academy. "
                    "La registrazione è qui riportata sotto forma di trascrizione, "
                    "leggermente rivista per la lettura.</em></p><p>Relatore: un "
                    "consulente per l'adattamento climatico che lavora con gli enti "
                    "locali.</p>"
                ),
            ),
            ("heading", "Trascrizione"),
            (
                "paragraph",
                (
                    "<p>Buongiorno. Nei prossimi cinque minuti voglio convincerti che "
                    "il cambiamento climatico non riguarda solo l'ufficio Ambiente. "
                    "Tocca quasi tutti i servizi di una città, compreso il "
                    "tuo.</p><p>Cominciamo dal caldo. Nel Mediterraneo le estati "
                    "diventano più lunghe e più calde. In una città desertica come "
                    "Eilat, il caldo estremo fa parte di ogni estate. In città "
                    "costiere come Malaga, le notti torride in piena estate sono "
                    "sempre più frequenti. Il caldo è prima di tutto una questione di "
                    "salute. Anziani, bambini piccoli e chi lavora all'aperto sono i "
                    "più a rischio. Se lavori nei servizi sociali, potresti essere "
                    "proprio tu a sapere quali residenti vivono da soli. Se gestisci i "
                    "parchi, sei tu a decidere dove c'è ombra. Se dirigi una "
                    "biblioteca, il tuo edificio potrebbe diventare un rifugio "
                    "climatico.</p><p>Secondo, l'acqua. Gli anni di siccità sono "
                    "sempre più frequenti e, quando arrivano, ogni litro conta. "
                    "Parchi, fontane, lavaggio delle strade, impianti sportivi: tutti "
                    "consumano acqua. Sapere quanta ne usa il tuo servizio, e dove "
                    "viene sprecata, è il primo passo.</p><p>Terzo, le alluvioni "
                    "improvvise. Temporali intensi possono scaricare in un pomeriggio "
                    "la pioggia di un mese. Caditoie ostruite, sottopassi che si "
                    "riempiono d'acqua, scantinati allagati: sono questioni di "
                    "manutenzione ordinaria che in pochi minuti diventano emergenze. "
                    "Le squadre della viabilità, della pulizia urbana e della "
                    "protezione civile hanno tutte un ruolo da svolgere.</p><p>Quarto, "
                    "la costa. Le mareggiate e l'innalzamento del livello del mare "
                    "erodono le spiagge e danneggiano lungomari e porti. Gli uffici "
                    "Urbanistica e Turismo devono ragionare con decenni di "
                    "anticipo.</p><p>Quindi cosa puoi fare lunedì mattina? Tre cose. "
                    "Verifica se la tua città ha una valutazione dei rischi climatici "
                    "e che cosa dice sul tuo servizio. Chiedi chi coordina le "
                    "emergenze per caldo e alluvioni e che cosa ci si aspetta dalla "
                    "tua squadra. E quando pianifichi un acquisto, che si tratti di "
                    "una pavimentazione, di un veicolo o di un edificio, chiediti come "
                    "si comporterà in un clima più caldo, più secco e a volte più "
                    "piovoso.</p><p>La preparazione al clima si costruisce con tante "
                    "piccole decisioni. La maggior parte viene presa da persone come "
                    "te. Grazie per l'ascolto.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Dopo la visione",
                    "items": [
                        (
                            "Trova la valutazione dei rischi climatici o il piano di "
                            "adattamento climatico della tua città."
                        ),
                        "Individua chi coordina le emergenze per caldo e alluvioni.",
                        (
                            "Annota una decisione del tuo servizio che potrebbe "
                            "ridurre il rischio climatico."
                        ),
                    ],
                },
            ),
        ],
    },
}
