"""Spanish translations of two demo courses, loaded by `load_demo`."""

COURSES = {
    "climate-readiness-for-mediterranean-cities": {
        "slug": "climate-readiness-for-mediterranean-cities",
        "title": "Preparación ante el cambio climático para ciudades mediterráneas",
        "summary": (
            "Introducción para el personal municipal a los principales riesgos "
            "climáticos de las ciudades mediterráneas y a formas prácticas de "
            "evaluarlos, planificar la adaptación, trabajar con pymes y seguir los "
            "avances."
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
                "Describir los principales peligros climáticos que afectan a las "
                "ciudades mediterráneas: calor, escasez de agua, inundaciones y subida "
                "del nivel del mar."
            ),
            (
                "Realizar una evaluación sencilla del riesgo climático que combine "
                "peligro, exposición y vulnerabilidad."
            ),
            (
                "Esbozar las etapas de un plan local de adaptación y elegir entre "
                "medidas grises, verdes y blandas."
            ),
            (
                "Implicar a las pymes en el desarrollo y la prueba de soluciones "
                "climáticas de forma justa y abierta."
            ),
            (
                "Seleccionar indicadores para seguir los avances e informar de ellos a "
                "los responsables de la toma de decisiones y a la ciudadanía."
            ),
        ],
        "description": (
            "<p>La preparación ante el cambio climático fue uno de los tres temas "
            "elegidos por las ciudades que se reunieron en el grupo de ciudades "
            "líderes de <strong>SME4SMARTCITIES</strong>, junto con la innovación y el "
            "desarrollo sostenible. Para las ciudades del Mediterráneo ya no es una "
            "preocupación lejana: veranos más calurosos, sequías más largas, "
            "inundaciones repentinas y la subida del mar condicionan ya el trabajo de "
            "urbanistas, ingenieros y servicios sanitarios y sociales.</p><p>Este "
            "curso abierto está pensado para el personal municipal de cualquier "
            "departamento, no solo para especialistas en clima. Explica los riesgos "
            "con un lenguaje claro y ofrece herramientas sencillas que puedes usar de "
            "inmediato.</p><h3>Estructura del curso</h3><ol><li>Comprender los riesgos "
            "climáticos del Mediterráneo</li><li>Evaluar el riesgo y planificar la "
            "adaptación</li><li>Trabajar con pymes y seguir los avances</li></ol>"
        ),
        "modules": [
            {
                "slug": "understanding-climate-risks",
                "title": "Comprender los riesgos climáticos del Mediterráneo",
                "introduction": (
                    "Este módulo presenta los peligros climáticos más relevantes para "
                    "las ciudades mediterráneas y explica por qué algunos lugares y "
                    "personas se ven más afectados que otros."
                ),
                "lessons": [
                    {
                        "slug": "a-climate-hotspot",
                        "title": "Un punto caliente del cambio climático",
                        "minutes": 10,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Los científicos suelen describir la cuenca "
                                    "mediterránea como un <strong>punto caliente del "
                                    "cambio climático</strong>. La región se calienta "
                                    "más rápido que la media mundial, se prevé que las "
                                    "lluvias disminuyan en muchas zonas mientras los "
                                    "aguaceros se vuelven más intensos, y el propio "
                                    "mar se está calentando y subiendo. Gran parte de "
                                    "la población y de la economía se asienta en una "
                                    "estrecha franja costera, lo que concentra los "
                                    "riesgos.</p><p>Para una ciudad, el cambio "
                                    "climático no llega como una tendencia abstracta. "
                                    "Llega como una ola de calor que llena las plantas "
                                    "de los hospitales, un verano en que los embalses "
                                    "bajan, una tormenta que inunda los pasos "
                                    "subterráneos en veinte minutos o una playa que "
                                    "pierde su arena. Cada uno de estos problemas "
                                    "acaba en la mesa de un departamento distinto, y "
                                    "por eso la preparación ante el cambio climático "
                                    "tiene que ser una tarea compartida.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Principales peligros climáticos para las "
                                        "ciudades mediterráneas"
                                    ),
                                    "header": [
                                        "Peligro",
                                        "Impactos urbanos habituales",
                                        "Departamentos más implicados",
                                    ],
                                    "rows": [
                                        [
                                            "Calor extremo",
                                            (
                                                "Emergencias sanitarias, mayor demanda "
                                                "de energía, estrés para trabajadores "
                                                "e infraestructuras"
                                            ),
                                            (
                                                "Salud, servicios sociales, energía, "
                                                "urbanismo"
                                            ),
                                        ],
                                        [
                                            "Sequía y escasez de agua",
                                            (
                                                "Restricciones de suministro, árboles "
                                                "y parques que mueren, conflictos por "
                                                "el uso del agua"
                                            ),
                                            (
                                                "Empresa de aguas, parques, "
                                                "agricultura, desarrollo económico"
                                            ),
                                        ],
                                        [
                                            (
                                                "Lluvias intensas e inundaciones "
                                                "repentinas"
                                            ),
                                            (
                                                "Calles y sótanos inundados, daños, "
                                                "contaminación por desbordamiento del "
                                                "alcantarillado"
                                            ),
                                            "Protección civil, drenaje, vías públicas",
                                        ],
                                        [
                                            (
                                                "Subida del nivel del mar y mareas de "
                                                "tormenta"
                                            ),
                                            (
                                                "Erosión costera, inundación del "
                                                "frente marítimo, intrusión de agua "
                                                "salada en los acuíferos"
                                            ),
                                            "Gestión del litoral, puertos, turismo",
                                        ],
                                        [
                                            "Incendios en la interfaz urbano-forestal",
                                            (
                                                "Humo, evacuaciones, pérdida de zonas "
                                                "verdes"
                                            ),
                                            (
                                                "Protección civil, medio ambiente, "
                                                "urbanismo"
                                            ),
                                        ],
                                    ],
                                },
                            ),
                            ("heading", "Peligro, exposición y vulnerabilidad"),
                            (
                                "paragraph",
                                (
                                    "<p>El riesgo depende de tres factores. El "
                                    "<strong>peligro</strong> es el fenómeno físico, "
                                    "como una ola de calor. La "
                                    "<strong>exposición</strong> es lo que se "
                                    "encuentra en su camino: personas, edificios, "
                                    "carreteras. La <strong>vulnerabilidad</strong> es "
                                    "el grado en que esas personas o bienes se ven "
                                    "afectados, que depende de factores como la edad, "
                                    "la salud, los ingresos, la calidad de la vivienda "
                                    "y el acceso a ayuda. Una ciudad no puede cambiar "
                                    "el peligro, pero sí puede hacer mucho respecto a "
                                    "la exposición y la vulnerabilidad.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Los peligros también interactúan. Una sequía "
                                    "prolongada deja el suelo duro y seco, de modo que "
                                    "el agua de la primera tormenta de otoño escurre "
                                    "en lugar de infiltrarse. Una ola de calor dispara "
                                    "la demanda de electricidad al mismo tiempo que "
                                    "somete a tensión las líneas eléctricas y reduce "
                                    "la capacidad de refrigeración de las centrales. "
                                    "Una marea de tormenta en la costa puede impedir "
                                    "que ríos y desagües se vacíen, lo que agrava las "
                                    "inundaciones tierra adentro. Los planificadores "
                                    "llaman a estos riesgos "
                                    "<strong>compuestos</strong> o <strong>en "
                                    "cascada</strong>, y explican por qué una ciudad "
                                    "que se prepara para cada peligro por separado "
                                    "puede verse sorprendida igualmente. Analizar cómo "
                                    "dependen unos sistemas de otros, por ejemplo qué "
                                    "estaciones de bombeo necesitan electricidad o de "
                                    "qué carreteras dependen las ambulancias, es una "
                                    "parte importante de estar preparados.</p>"
                                ),
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "Antes pensábamos que el clima era un asunto "
                                        "del departamento de medio ambiente. En el "
                                        "primer plan contra las olas de calor que "
                                        "redactamos participaron once departamentos."
                                    ),
                                    "attribution": (
                                        "Responsable de sostenibilidad de una ciudad "
                                        "costera del sur de Europa"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>La preparación ante el cambio climático "
                                        "consiste en reducir la exposición y la "
                                        "vulnerabilidad frente a peligros que la "
                                        "ciudad no puede controlar, e implica a casi "
                                        "todos los departamentos.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "heat-and-water-scarcity",
                        "title": "Calor y escasez de agua",
                        "minutes": 13,
                        "body": [
                            ("heading", "La isla de calor urbana"),
                            (
                                "paragraph",
                                (
                                    "<p>Las ciudades son más calurosas que el campo "
                                    "que las rodea. El asfalto, el hormigón y las "
                                    "cubiertas oscuras absorben la luz solar durante "
                                    "el día y liberan calor por la noche; el tráfico y "
                                    "los aparatos de aire acondicionado añaden más, y "
                                    "la falta de árboles y de agua elimina la "
                                    "refrigeración natural. El resultado, llamado "
                                    "<strong>isla de calor urbana</strong>, puede "
                                    "hacer que los barrios densos estén varios grados "
                                    "más calientes que los parques cercanos, sobre "
                                    "todo de noche. Las noches calurosas son "
                                    "importantes para la salud porque el cuerpo no "
                                    "puede recuperarse.</p><p>Entre las personas con "
                                    "mayor riesgo están las personas mayores que viven "
                                    "solas, los niños pequeños, las personas con "
                                    "enfermedades crónicas, quienes trabajan al aire "
                                    "libre y quienes viven en viviendas mal aisladas y "
                                    "sin refrigeración. Por tanto, el calor es un "
                                    "problema tanto social como técnico.</p>"
                                ),
                            ),
                            (
                                "checklist",
                                {
                                    "title": (
                                        "Elementos de un plan de acción contra el calor"
                                    ),
                                    "items": [
                                        (
                                            "Un sistema de alerta temprana vinculado a "
                                            "las previsiones meteorológicas, con "
                                            "niveles de alerta claros"
                                        ),
                                        (
                                            "Un registro o una red de proximidad para "
                                            "atender a los residentes vulnerables"
                                        ),
                                        (
                                            "Refugios climáticos, como bibliotecas y "
                                            "centros cívicos, con horario ampliado"
                                        ),
                                        (
                                            "Adaptación de horarios y protección del "
                                            "personal municipal que trabaja al aire "
                                            "libre"
                                        ),
                                        (
                                            "Información pública en todas las lenguas "
                                            "principales que se hablan en la localidad"
                                        ),
                                        (
                                            "Medidas a largo plazo: sombra, árboles, "
                                            "cubiertas y pavimentos frescos, fuentes "
                                            "de agua potable"
                                        ),
                                    ],
                                },
                            ),
                            ("heading", "Cada gota cuenta"),
                            (
                                "paragraph",
                                (
                                    "<p>Muchas ciudades mediterráneas ya conviven con "
                                    "la escasez de agua, y unas estaciones secas más "
                                    "largas y calurosas aumentan la demanda justo "
                                    "cuando los recursos disminuyen. Entre las "
                                    "opciones están reducir las pérdidas por fugas en "
                                    "la red, reutilizar aguas residuales depuradas "
                                    "para el riego de parques y la limpieza viaria, "
                                    "recoger agua de lluvia, elegir vegetación "
                                    "resistente a la sequía y animar a residentes y "
                                    "empresas a ahorrar agua. Algunas localidades "
                                    "costeras dependen de la desalinización, que "
                                    "garantiza el suministro pero consume mucha "
                                    "energía.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": (
                                        "Mantener habitable un destino turístico en el "
                                        "desierto"
                                    ),
                                    "city": "Eilat",
                                    "text": (
                                        "<p><em>Un escenario ilustrativo basado en "
                                        "retos a los que se enfrentan ciudades como "
                                        "esta.</em> Una ciudad de clima cálido y árido "
                                        "vive del turismo todo el año, pero las "
                                        "temperaturas del verano hacen que los "
                                        "espacios exteriores sean casi inutilizables "
                                        "por la tarde. Su equipo de planificación "
                                        "cartografía por dónde caminan realmente "
                                        "residentes y visitantes y, a continuación, da "
                                        "prioridad en esos recorridos a estructuras de "
                                        "sombra, árboles regados con aguas residuales "
                                        "depuradas y superficies de colores "
                                        "claros.</p><p>Para comprobar si los cambios "
                                        "funcionan, la ciudad invita a empresas "
                                        "locales a instalar sensores de temperatura en "
                                        "algunas calles antes y después de las obras. "
                                        "Los datos ayudan a justificar la ampliación "
                                        "del programa, y una pequeña empresa que "
                                        "suministró los sensores consigue su primera "
                                        "referencia pública.</p>"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Combina las medidas contra el calor con "
                                        "las de gestión del agua. Los árboles y las "
                                        "zonas verdes solo refrescan las calles si "
                                        "pueden regarse durante una sequía, así que "
                                        "planifica el riego con fuentes de agua no "
                                        "potable al mismo tiempo que la plantación.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "floods-and-the-rising-sea",
                        "title": "Inundaciones y subida del nivel del mar",
                        "minutes": 12,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Puede parecer extraño que las regiones secas "
                                    "se inunden, pero el Mediterráneo es conocido por "
                                    "sus tormentas breves y violentas, sobre todo en "
                                    "otoño, cuando el mar sigue caliente. Cuando cae "
                                    "mucha lluvia sobre suelo seco y superficies "
                                    "urbanas selladas, el agua no puede infiltrarse. "
                                    "Corre por calles y ramblas y desborda unos "
                                    "sistemas de drenaje construidos para un clima más "
                                    "benigno. Estas <strong>inundaciones "
                                    "repentinas</strong> apenas dan tiempo de aviso y "
                                    "pueden ser mortales.</p>"
                                ),
                            ),
                            ("heading", "Dejar espacio al agua"),
                            (
                                "paragraph",
                                (
                                    "<p>El drenaje tradicional intenta evacuar el agua "
                                    "lo más rápido posible mediante tuberías. Hoy las "
                                    "ciudades lo combinan con el <strong>drenaje "
                                    "urbano sostenible</strong>, que ralentiza, "
                                    "almacena y absorbe el agua allí donde "
                                    "cae:</p><ul><li>pavimentos permeables en "
                                    "aparcamientos y plazas;</li><li>jardines de "
                                    "lluvia y cunetas vegetadas a lo largo de las "
                                    "calles;</li><li>parques y campos deportivos "
                                    "diseñados para inundarse de forma segura durante "
                                    "unas horas;</li><li>cubiertas verdes y depósitos "
                                    "de almacenamiento en edificios "
                                    "públicos;</li><li>mantener los cauces naturales "
                                    "libres de construcciones.</li></ul><p>Estas "
                                    "medidas también refrescan la ciudad y favorecen "
                                    "la naturaleza, por lo que cumplen varios "
                                    "objetivos a la vez.</p>"
                                ),
                            ),
                            ("heading", "La subida del mar"),
                            (
                                "paragraph",
                                (
                                    "<p>La subida del nivel del mar es lenta pero "
                                    "implacable, y se suma al efecto de los "
                                    "temporales. Un nivel del agua más alto significa "
                                    "que las mareas de tormenta llegan más tierra "
                                    "adentro, las playas se erosionan y el agua salada "
                                    "puede filtrarse en los acuíferos costeros. Las "
                                    "respuestas van desde proteger (diques, "
                                    "restauración de dunas) hasta adaptarse (elevar "
                                    "las plantas bajas, diseños resistentes a "
                                    "inundaciones) o retirarse gradualmente de las "
                                    "zonas más expuestas. Como los bienes costeros "
                                    "duran décadas, las decisiones que se tomen hoy "
                                    "deben tener en cuenta las condiciones previstas "
                                    "para la segunda mitad del siglo.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Un frente marítimo bajo presión",
                                    "city": "Cartagena",
                                    "text": (
                                        "<p><em>Un escenario ilustrativo basado en "
                                        "retos a los que se enfrentan ciudades como "
                                        "esta.</em> Una histórica ciudad portuaria "
                                        "sufre tanto inundaciones repentinas en otoño, "
                                        "que bajan desde las colinas circundantes, "
                                        "como mareas de tormenta ocasionales en su "
                                        "frente marítimo. Sus ingenieros se dan cuenta "
                                        "de que ambos problemas confluyen en los "
                                        "mismos puntos de desagüe situados en zonas "
                                        "bajas: cuando el mar está alto, el agua de "
                                        "lluvia no puede salir.</p><p>En lugar de "
                                        "limitarse a ampliar las tuberías, la ciudad "
                                        "estudia el almacenamiento aguas arriba en "
                                        "parques, la instalación de válvulas "
                                        "antirretorno en los desagües y un sistema de "
                                        "alerta que combine las previsiones de lluvia "
                                        "y de nivel del mar. El estudio se convierte "
                                        "en la base de un plan de inversiones por "
                                        "fases.</p>"
                                    ),
                                },
                            ),
                            (
                                "accordion",
                                {
                                    "title": "Términos clave",
                                    "items": [
                                        {
                                            "heading": "Marea de tormenta",
                                            "text": (
                                                "<p>Subida temporal del nivel del mar "
                                                "causada por vientos fuertes y baja "
                                                "presión atmosférica durante una "
                                                "tormenta.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Superficie sellada",
                                            "text": (
                                                "<p>Terreno cubierto por edificios, "
                                                "asfalto u hormigón, de modo que el "
                                                "agua no puede infiltrarse.</p>"
                                            ),
                                        },
                                        {
                                            "heading": (
                                                "Solución basada en la naturaleza"
                                            ),
                                            "text": (
                                                "<p>Medida que utiliza procesos "
                                                "naturales, como la vegetación o los "
                                                "humedales, para afrontar un reto como "
                                                "las inundaciones o el calor.</p>"
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
                                        "¿Qué tres elementos determinan conjuntamente "
                                        "el riesgo climático?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Peligro, exposición y vulnerabilidad"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "Temperatura, lluvia y viento",
                                            "correct": False,
                                        },
                                        {
                                            "text": "Presupuesto, personal y política",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "El riesgo surge cuando un peligro alcanza a "
                                        "personas o bienes expuestos que son "
                                        "vulnerables a él. Las ciudades pueden reducir "
                                        "la exposición y la vulnerabilidad aunque no "
                                        "puedan cambiar el peligro."
                                    ),
                                },
                                {
                                    "text": (
                                        "¿Qué grupos suelen ser más vulnerables al "
                                        "calor extremo? Selecciona todas las "
                                        "respuestas correctas."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": "Personas mayores que viven solas",
                                            "correct": True,
                                        },
                                        {
                                            "text": "Trabajadores al aire libre",
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Personas con enfermedades crónicas"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Personal de oficina en edificios con "
                                                "aire acondicionado"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "La edad, la salud, el aislamiento y las "
                                        "condiciones de trabajo influyen mucho en el "
                                        "daño que causa el calor."
                                    ),
                                },
                                {
                                    "text": (
                                        "¿Por qué se producen inundaciones repentinas "
                                        "en ciudades mediterráneas secas?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": "Porque allí siempre llueve mucho",
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Porque caen chaparrones intensos "
                                                "sobre suelo seco y superficies "
                                                "selladas que no pueden absorber el "
                                                "agua"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Solo por la subida del nivel del mar"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Las tormentas breves e intensas sobre "
                                        "superficies duras o secas generan una "
                                        "escorrentía rápida que desborda los desagües."
                                    ),
                                },
                                {
                                    "text": (
                                        "¿Cuáles de estos son ejemplos de drenaje "
                                        "urbano sostenible? Selecciona todas las "
                                        "respuestas correctas."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": (
                                                "Jardines de lluvia a lo largo de las "
                                                "calles"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Parques diseñados para inundarse de "
                                                "forma segura durante unas horas"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "Sustituir un césped por asfalto",
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Pavimento permeable en aparcamientos"
                                            ),
                                            "correct": True,
                                        },
                                    ],
                                    "explanation": (
                                        "El drenaje urbano sostenible ralentiza, "
                                        "almacena y absorbe el agua de lluvia allí "
                                        "donde cae. Añadir asfalto produce el efecto "
                                        "contrario."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "assessing-risk-and-planning",
                "title": "Evaluar el riesgo y planificar la adaptación",
                "introduction": (
                    "Una vez comprendidos los peligros, el siguiente paso es averiguar "
                    "dónde corre más riesgo tu ciudad y decidir qué hacer al respecto. "
                    "Este módulo recorre una evaluación de riesgos sencilla, los "
                    "componentes básicos de un plan de adaptación y la forma de "
                    "organizar y financiar el trabajo."
                ),
                "lessons": [
                    {
                        "slug": "climate-risk-assessment",
                        "title": "Una evaluación práctica del riesgo climático",
                        "minutes": 14,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Una evaluación del riesgo climático responde a "
                                    "tres preguntas: qué podría ocurrir, dónde, y "
                                    "quién o qué sufriría más. No hace falta un gran "
                                    "estudio de consultoría para que sea útil. Muchas "
                                    "ciudades empiezan con una evaluación basada en "
                                    "talleres que aprovecha los datos existentes y el "
                                    "conocimiento del personal, y después la van "
                                    "afinando con el tiempo.</p>"
                                ),
                            ),
                            ("heading", "Cinco pasos"),
                            (
                                "paragraph",
                                (
                                    "<ol><li><strong>Reúne información "
                                    "climática.</strong> Los servicios meteorológicos "
                                    "nacionales y servicios europeos como el Servicio "
                                    "de Cambio Climático de Copernicus publican "
                                    "proyecciones de temperatura, precipitación y "
                                    "nivel del mar. Examina tanto los extremos "
                                    "recientes como los escenarios "
                                    "futuros.</li><li><strong>Cartografía la "
                                    "exposición.</strong> Superpón las zonas de "
                                    "peligro, como las calles propensas a inundarse o "
                                    "los barrios más calurosos, con la población, las "
                                    "instalaciones críticas y las "
                                    "infraestructuras.</li><li><strong>Evalúa la "
                                    "vulnerabilidad.</strong> Añade datos sociales: "
                                    "edad, ingresos, salud, condiciones de la "
                                    "vivienda. Pregunta al personal de primera línea "
                                    "dónde surgieron problemas en episodios "
                                    "anteriores.</li><li><strong>Puntúa y prioriza los "
                                    "riesgos.</strong> Combina la probabilidad y las "
                                    "consecuencias para cada peligro y "
                                    "zona.</li><li><strong>Valida y comparte.</strong> "
                                    "Contrasta los resultados con los departamentos, "
                                    "los servicios de emergencia y los colectivos "
                                    "vecinales antes de usarlos para fijar "
                                    "prioridades.</li></ol>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Una matriz sencilla de puntuación de riesgos "
                                        "(probabilidad x consecuencias)"
                                    ),
                                    "header": [
                                        "Probabilidad / Consecuencias",
                                        "Leves",
                                        "Moderadas",
                                        "Graves",
                                    ],
                                    "rows": [
                                        ["Probable", "Medio", "Alto", "Muy alto"],
                                        ["Posible", "Bajo", "Medio", "Alto"],
                                        ["Improbable", "Bajo", "Bajo", "Medio"],
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Los episodios pasados son tu mejor prueba. "
                                        "Los registros de llamadas de emergencia, las "
                                        "reclamaciones a los seguros, los ingresos "
                                        "hospitalarios durante las olas de calor y las "
                                        "fotografías de calles inundadas suelen "
                                        "revelar los puntos críticos con más claridad "
                                        "que los modelos.</p>"
                                    ),
                                },
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "Nuestros conductores de autobús sabían "
                                        "exactamente qué pasos subterráneos se "
                                        "inundaban primero. Nadie les había preguntado "
                                        "nunca."
                                    ),
                                    "attribution": (
                                        "Coordinador de protección civil de un "
                                        "municipio español"
                                    ),
                                },
                            ),
                            ("heading", "Presentar los resultados"),
                            (
                                "paragraph",
                                (
                                    "<p>Los resultados de una evaluación deben ser "
                                    "fáciles de usar para quienes no estuvieron en la "
                                    "sala. Unos pocos mapas claros que muestren dónde "
                                    "están los riesgos más altos, una lista priorizada "
                                    "de los riesgos principales y un breve resumen de "
                                    "quiénes son más vulnerables suelen ser más útiles "
                                    "que un largo informe técnico. Explica las fuentes "
                                    "y los supuestos en un anexo. Asegúrate de que los "
                                    "resultados llegan a los departamentos que "
                                    "planifican calles, edificios, parques y servicios "
                                    "sociales, ya que serán ellos quienes tengan que "
                                    "actuar.</p><p>Sé honesto sobre la incertidumbre. "
                                    "Las proyecciones ofrecen rangos, no cifras "
                                    "únicas, y los datos locales pueden ser "
                                    "incompletos. El objetivo es tomar decisiones "
                                    "razonables con la mejor información disponible y "
                                    "planificar medidas que funcionen en distintos "
                                    "escenarios futuros.</p>"
                                ),
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "building-an-adaptation-plan",
                        "title": "Elaborar un plan de adaptación",
                        "minutes": 14,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Un plan de adaptación convierte la evaluación "
                                    "de riesgos en acción. Establece una visión, "
                                    "objetivos concretos, una lista de medidas con "
                                    "responsables, presupuestos y plazos, y una forma "
                                    "de seguir los avances. Muchas ciudades europeas "
                                    "elaboran estos planes en el marco de compromisos "
                                    "como el Pacto de los Alcaldes para el Clima y la "
                                    "Energía, que reúne la mitigación del cambio "
                                    "climático y la adaptación en un único plan de "
                                    "acción.</p>"
                                ),
                            ),
                            ("heading", "Tres familias de medidas"),
                            (
                                "accordion",
                                {
                                    "title": "Medidas grises, verdes y blandas",
                                    "items": [
                                        {
                                            "heading": "Medidas grises (de ingeniería)",
                                            "text": (
                                                "<p>Infraestructuras físicas como "
                                                "colectores de mayor tamaño, diques, "
                                                "depósitos de almacenamiento o "
                                                "sistemas de refrigeración. Suelen ser "
                                                "eficaces frente a un peligro "
                                                "concreto, pero pueden ser costosas y "
                                                "poco flexibles.</p>"
                                            ),
                                        },
                                        {
                                            "heading": (
                                                "Medidas verdes y azules (basadas en "
                                                "la naturaleza)"
                                            ),
                                            "text": (
                                                "<p>Árboles, parques, humedales, "
                                                "cubiertas verdes, dunas y riberas "
                                                "restauradas. Suelen aportar varios "
                                                "beneficios a la vez, como "
                                                "refrigeración, control de "
                                                "inundaciones, biodiversidad y "
                                                "bienestar, pero necesitan espacio, "
                                                "agua y mantenimiento.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Medidas blandas",
                                            "text": (
                                                "<p>Planes, normas, información y "
                                                "comportamientos: sistemas de alerta "
                                                "temprana, códigos de edificación, "
                                                "ordenación del territorio, seguros, "
                                                "formación y sensibilización "
                                                "ciudadana. Suelen ser baratas y "
                                                "rápidas de poner en marcha.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            ("heading", "Fijar prioridades"),
                            (
                                "paragraph",
                                (
                                    "<p>Ninguna ciudad puede hacerlo todo a la vez. Un "
                                    "sencillo <em>análisis multicriterio</em> ayuda: "
                                    "puntúa cada medida según la reducción del riesgo, "
                                    "el coste, los beneficios añadidos, la viabilidad "
                                    "y la equidad (¿ayuda a las personas más "
                                    "vulnerables?). Busca especialmente "
                                    "<strong>medidas sin arrepentimiento</strong>, que "
                                    "compensan sea cual sea el clima futuro, como "
                                    "reparar fugas, plantar árboles de sombra en "
                                    "recorridos concurridos o mejorar las alertas "
                                    "tempranas. Evita la <em>mala adaptación</em>: "
                                    "acciones que resuelven un problema pero crean "
                                    "otro, como generalizar el aire acondicionado, que "
                                    "aumenta el consumo de energía y expulsa aire "
                                    "caliente a la calle.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Como el futuro es incierto, algunas ciudades "
                                    "utilizan un enfoque de <strong>itinerarios de "
                                    "adaptación</strong>. En lugar de comprometerse ya "
                                    "con una gran solución, el plan establece una "
                                    "secuencia de medidas y las señales que activarían "
                                    "el paso siguiente. Por ejemplo, una ciudad podría "
                                    "empezar con drenaje urbano sostenible y alertas, "
                                    "hacer un seguimiento de las inundaciones y pasar "
                                    "a obras de almacenamiento mayores solo si las "
                                    "inundaciones superan un umbral acordado. Así se "
                                    "mantienen abiertas las opciones y se evita gastar "
                                    "mucho en infraestructuras que podrían resultar "
                                    "innecesarias o quedarse cortas.</p>"
                                ),
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Qué debe indicar cada medida del plan",
                                    "items": [
                                        (
                                            "El riesgo que aborda y la zona o el grupo "
                                            "que protege"
                                        ),
                                        "El departamento responsable y los socios",
                                        "El coste estimado y la fuente de financiación",
                                        "El calendario y los hitos principales",
                                        (
                                            "El indicador utilizado para seguir los "
                                            "avances"
                                        ),
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Un plan que queda fuera del ciclo habitual "
                                        "de presupuestos y planificación se olvida con "
                                        "facilidad. Integra la adaptación en los "
                                        "procesos existentes: renovación de calles, "
                                        "licencias de obra, mantenimiento de parques y "
                                        "programas de inversión.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "governance-and-funding",
                        "title": "Gobernanza y financiación",
                        "minutes": 12,
                        "body": [
                            (
                                "heading",
                                (
                                    "¿Quién lidera la preparación ante el cambio "
                                    "climático?"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Como los riesgos climáticos afectan a varios "
                                    "departamentos, las ciudades que lo consiguen "
                                    "crean un pequeño equipo interdepartamental con un "
                                    "mandato claro de los responsables políticos. Un "
                                    "departamento, a menudo el de medio ambiente o el "
                                    "de urbanismo, coordina, pero cada departamento es "
                                    "responsable de las medidas de su propio ámbito. "
                                    "Las reuniones periódicas, un registro compartido "
                                    "de acciones y un patrocinador de alto nivel con "
                                    "nombre y apellidos mantienen el trabajo en marcha "
                                    "cuando la atención se dispersa entre una crisis y "
                                    "otra.</p><p>La cooperación más allá de la ciudad "
                                    "también importa. Los gobiernos regionales tienen "
                                    "muchas competencias y fondos relevantes, los "
                                    "municipios vecinos comparten cuencas fluviales y "
                                    "costas, y las redes de ciudades permiten al "
                                    "personal aprender de sus homólogos. En el "
                                    "proyecto SME4SMARTCITIES, ciudades de España, "
                                    "Italia e Israel, junto con responsables "
                                    "regionales, debatieron en común sus retos "
                                    "climáticos, económicos y sociales.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Fuentes habituales de financiación para la "
                                        "adaptación"
                                    ),
                                    "header": [
                                        "Fuente",
                                        "Adecuada para",
                                        "Observaciones",
                                    ],
                                    "rows": [
                                        [
                                            "Presupuesto municipal",
                                            (
                                                "Mantenimiento, pequeñas obras, tiempo "
                                                "del personal"
                                            ),
                                            (
                                                "La más fiable; intégrala en las "
                                                "partidas existentes"
                                            ),
                                        ],
                                        [
                                            "Programas regionales y nacionales",
                                            (
                                                "Infraestructuras, estudios de "
                                                "planificación"
                                            ),
                                            (
                                                "Revisa las convocatorias y las normas "
                                                "de cofinanciación"
                                            ),
                                        ],
                                        [
                                            "Programas de la UE",
                                            (
                                                "Pilotos innovadores, cooperación, "
                                                "inversiones mayores"
                                            ),
                                            (
                                                "Competitivos; a menudo exigen socios "
                                                "de varios países"
                                            ),
                                        ],
                                        [
                                            (
                                                "Empresas de servicios públicos y "
                                                "socios privados"
                                            ),
                                            "Medidas de agua, energía y edificación",
                                            (
                                                "Requieren acuerdos claros y una "
                                                "contratación justa"
                                            ),
                                        ],
                                    ],
                                },
                            ),
                            ("heading", "Implicar a la ciudadanía"),
                            (
                                "paragraph",
                                (
                                    "<p>Los residentes no son solo receptores de "
                                    "protección. Conocen sus calles, pueden cuidar de "
                                    "sus vecinos durante las olas de calor, plantar y "
                                    "regar árboles y hacer más seguras sus propias "
                                    "viviendas. Implícalos desde el principio mediante "
                                    "paseos por el barrio, encuestas sencillas y "
                                    "reuniones abiertas, y asegúrate de que se "
                                    "escuchan las voces de los grupos que rara vez "
                                    "acuden a las consultas, como las personas "
                                    "mayores, las personas migrantes y las familias "
                                    "jóvenes.</p>"
                                ),
                            ),
                            ("heading", "Argumentar a favor de la inversión"),
                            (
                                "paragraph",
                                (
                                    "<p>La adaptación compite con muchas otras "
                                    "demandas de dinero público. Refuerza tus "
                                    "argumentos cuantificando los costes de no actuar, "
                                    "como los daños de inundaciones pasadas, las horas "
                                    "extraordinarias de emergencia durante las olas de "
                                    "calor o la pérdida de ingresos turísticos, y "
                                    "comparándolos con los costes de las medidas "
                                    "propuestas. Destaca los beneficios añadidos: una "
                                    "calle arbolada es más fresca, pero también más "
                                    "atractiva para comercios y peatones. Siempre que "
                                    "sea posible, integra la adaptación en proyectos "
                                    "que ya cuenten con financiación, como la "
                                    "renovación de calles, para que sea un complemento "
                                    "modesto y no una nueva partida presupuestaria.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Para que un plan tenga éxito, una "
                                        "responsabilidad clara, un patrocinador de "
                                        "alto nivel, una combinación de fuentes de "
                                        "financiación y una ciudadanía implicada "
                                        "importan tanto como las medidas técnicas.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "¿Qué es una medida de adaptación sin "
                                        "arrepentimiento?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Una medida que aporta beneficios sea "
                                                "cual sea el clima futuro"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "Una medida que nadie ha criticado",
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Una medida financiada íntegramente "
                                                "por la UE"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Las medidas sin arrepentimiento, como reparar "
                                        "fugas o mejorar las alertas, compensan en una "
                                        "amplia variedad de escenarios."
                                    ),
                                },
                                {
                                    "text": (
                                        "¿Cuáles de estas son medidas basadas en la "
                                        "naturaleza? Selecciona todas las respuestas "
                                        "correctas."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": "Restaurar dunas costeras",
                                            "correct": True,
                                        },
                                        {
                                            "text": "Plantar árboles en las calles",
                                            "correct": True,
                                        },
                                        {
                                            "text": "Construir un dique de hormigón",
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Crear cubiertas verdes en edificios "
                                                "públicos"
                                            ),
                                            "correct": True,
                                        },
                                    ],
                                    "explanation": (
                                        "Las medidas basadas en la naturaleza utilizan "
                                        "la vegetación y procesos naturales; un dique "
                                        "de hormigón es una medida gris."
                                    ),
                                },
                                {
                                    "text": (
                                        "¿Cuál es la mejor fuente inicial de "
                                        "información para una evaluación local de "
                                        "riesgos?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Los registros y la experiencia del "
                                                "personal sobre episodios extremos "
                                                "pasados, combinados con proyecciones "
                                                "climáticas"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Solo las medias mundiales de los "
                                                "informes internacionales"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "La opinión del cargo político de "
                                                "mayor rango"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Los registros locales y el conocimiento del "
                                        "personal de primera línea revelan los puntos "
                                        "críticos reales; las proyecciones muestran "
                                        "cómo pueden cambiar las condiciones."
                                    ),
                                },
                                {
                                    "text": (
                                        "¿Por qué debe integrarse la adaptación en los "
                                        "presupuestos y procesos de planificación "
                                        "existentes?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Para que no se olvide cuando el plan "
                                                "deje de ser una novedad"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Porque los planes independientes son "
                                                "ilegales"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Porque así ya no hace falta el "
                                                "seguimiento"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Integrar la adaptación en el trabajo habitual "
                                        "garantiza que siga financiándose y "
                                        "ejecutándose a largo plazo."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "smes-and-monitoring",
                "title": "Trabajar con pymes y seguir los avances",
                "introduction": (
                    "Muchas soluciones climáticas prácticas proceden de pequeñas "
                    "empresas. Este módulo muestra cómo el personal municipal puede "
                    "trabajar con las pymes de forma abierta y justa, y cómo elegir "
                    "indicadores que muestren si la ciudad está cada vez más preparada "
                    "frente al cambio climático."
                ),
                "lessons": [
                    {
                        "slug": "working-with-smes",
                        "title": "Trabajar con pymes en soluciones climáticas",
                        "minutes": 13,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Las pequeñas y medianas empresas (pymes) "
                                    "representan alrededor del 99 % de las empresas de "
                                    "la UE y son una fuente importante de nuevos "
                                    "productos y servicios. En el ámbito climático "
                                    "ofrecen sensores y herramientas de alerta "
                                    "temprana, tecnología de ahorro de agua, "
                                    "materiales frescos, sistemas de cubiertas verdes, "
                                    "diseño basado en la naturaleza, análisis de datos "
                                    "y participación ciudadana. Trabajar con ellas "
                                    "puede aportar ideas nuevas y apoyar la economía "
                                    "local, pero debe hacerse de forma justa para "
                                    "todas las empresas.</p>"
                                ),
                            ),
                            ("heading", "Formas de colaborar"),
                            (
                                "paragraph",
                                (
                                    "<ul><li><strong>Publica tus retos.</strong> "
                                    "Describe el problema que necesitas resolver, no "
                                    "el producto que crees necesitar. Así recibirás "
                                    "una gama más amplia de "
                                    "respuestas.</li><li><strong>Organiza consultas "
                                    "preliminares del mercado abiertas</strong> antes "
                                    "de comprar, para que las empresas te digan qué es "
                                    "posible y a qué coste.</li><li><strong>Pon en "
                                    "marcha pilotos</strong> con objetivos, duración y "
                                    "evaluación claros, elegidos mediante un proceso "
                                    "abierto y documentado.</li><li><strong>Utiliza "
                                    "una contratación favorable a la "
                                    "innovación</strong>: requisitos funcionales, "
                                    "lotes adaptados a empresas pequeñas y criterios "
                                    "de adjudicación que valoren la calidad y el coste "
                                    "del ciclo de vida.</li><li><strong>Paga a "
                                    "tiempo.</strong> La liquidez es fundamental para "
                                    "las pequeñas empresas, y la fama de pagar tarde "
                                    "ahuyenta a los buenos proveedores.</li></ul>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": (
                                        "Un reto para refrescar los patios escolares"
                                    ),
                                    "city": "Murcia",
                                    "text": (
                                        "<p><em>Un escenario ilustrativo basado en "
                                        "retos a los que se enfrentan ciudades como "
                                        "esta.</em> A finales de primavera y "
                                        "principios de otoño, los patios de las "
                                        "escuelas de una calurosa ciudad del interior "
                                        "se calientan tanto que no pueden usarse a "
                                        "mediodía. Los departamentos de educación y de "
                                        "medio ambiente publican un reto en el que "
                                        "preguntan cómo mantener los patios al menos "
                                        "unos grados más frescos, con bajos costes de "
                                        "funcionamiento y sin consumir más agua de la "
                                        "red de abastecimiento.</p><p>Una jornada "
                                        "informativa atrae a paisajistas, un "
                                        "fabricante de velas de sombra, una empresa "
                                        "que produce revestimientos reflectantes y una "
                                        "empresa emergente que ofrece sensores de "
                                        "temperatura de bajo coste. Tras una breve "
                                        "convocatoria abierta, se prueban dos "
                                        "soluciones muy distintas en cuatro escuelas, "
                                        "con sensores que comparan los resultados con "
                                        "dos patios sin intervenir. La evaluación "
                                        "sirve después de base para una licitación en "
                                        "toda regla del programa completo.</p>"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Aceptar una prueba gratuita de una empresa "
                                        "puede parecer favoritismo y crear "
                                        "expectativas de un contrato futuro. Documenta "
                                        "cómo se eligieron los socios del piloto, "
                                        "ofrece la oportunidad de forma abierta "
                                        "siempre que sea posible y consulta antes con "
                                        "tu equipo de contratación.</p>"
                                    ),
                                },
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "Desde que empezamos a describir problemas en "
                                        "lugar de productos, se pusieron en contacto "
                                        "con nosotros empresas que no conocíamos."
                                    ),
                                    "attribution": (
                                        "Responsable de innovación de un municipio de "
                                        "Israel"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "choosing-indicators",
                        "title": "Elegir indicadores",
                        "minutes": 12,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>¿Cómo sabrás si tu ciudad está cada vez más "
                                    "preparada frente al cambio climático? La "
                                    "adaptación es más difícil de medir que la "
                                    "reducción de emisiones, porque el éxito suele "
                                    "significar que algo malo <em>no</em> ocurrió, o "
                                    "que ocurrió con menos daños. Un pequeño conjunto "
                                    "de indicadores bien elegidos te ayuda a seguir "
                                    "los avances, justificar presupuestos y aprender "
                                    "qué funciona.</p>"
                                ),
                            ),
                            ("heading", "Tipos de indicadores"),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Ejemplos de indicadores para una ciudad "
                                        "mediterránea"
                                    ),
                                    "header": ["Tipo", "Qué te indica", "Ejemplo"],
                                    "rows": [
                                        [
                                            "Peligro",
                                            (
                                                "Cómo está cambiando el clima a escala "
                                                "local"
                                            ),
                                            (
                                                "Número de noches al año por encima de "
                                                "25 grados Celsius"
                                            ),
                                        ],
                                        [
                                            "Exposición",
                                            (
                                                "Cuántas personas o bienes están "
                                                "expuestos al peligro"
                                            ),
                                            (
                                                "Residentes en zonas inundables "
                                                "cartografiadas"
                                            ),
                                        ],
                                        [
                                            "Vulnerabilidad",
                                            (
                                                "Qué grado de sensibilidad tienen esas "
                                                "personas o bienes"
                                            ),
                                            (
                                                "Porcentaje de personas mayores de 75 "
                                                "años que viven solas en los distritos "
                                                "más calurosos"
                                            ),
                                        ],
                                        [
                                            "Proceso",
                                            "Si se están ejecutando las acciones",
                                            (
                                                "Árboles plantados; superficie "
                                                "permeable añadida, en metros cuadrados"
                                            ),
                                        ],
                                        [
                                            "Resultado",
                                            "Si el riesgo está disminuyendo realmente",
                                            (
                                                "Llamadas de emergencia relacionadas "
                                                "con el calor durante las olas de "
                                                "calor; reclamaciones por daños de "
                                                "inundaciones"
                                            ),
                                        ],
                                    ],
                                },
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Un buen indicador es...",
                                    "items": [
                                        (
                                            "Pertinente para un objetivo concreto de "
                                            "tu plan"
                                        ),
                                        (
                                            "Basado en datos que puedes obtener "
                                            "periódicamente a un coste razonable"
                                        ),
                                        (
                                            "Definido con claridad, para que se mida "
                                            "siempre de la misma manera"
                                        ),
                                        (
                                            "Comprensible para los responsables de la "
                                            "toma de decisiones y la ciudadanía"
                                        ),
                                        (
                                            "Vinculado a un valor de referencia y, "
                                            "cuando sea posible, a una meta"
                                        ),
                                    ],
                                },
                            ),
                            ("heading", "Valores de referencia y metas"),
                            (
                                "paragraph",
                                (
                                    "<p>Un indicador sin punto de partida dice poco. "
                                    "Registra un <strong>valor de referencia</strong> "
                                    "para cada indicador, idealmente como media de "
                                    "varios años para suavizar las temporadas "
                                    "atípicas, y anota exactamente cómo se midió. "
                                    "Después acuerda una meta con el departamento "
                                    "responsable: por ejemplo, aumentar la cobertura "
                                    "arbórea en los distritos más calurosos en un "
                                    "porcentaje determinado en cinco años. Las metas "
                                    "deben ser ambiciosas pero realistas y estar "
                                    "vinculadas a medidas concretas del plan, de modo "
                                    "que quede claro qué hará cambiar el indicador.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Empieza poco a poco. Entre cinco y diez "
                                        "indicadores que se actualicen de verdad cada "
                                        "año valen mucho más que cincuenta que nunca "
                                        "se miden. Cuando sea útil, toma prestados "
                                        "indicadores de redes de ciudades para poder "
                                        "compararte con tus homólogos.</p>"
                                    ),
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Las tecnologías de ciudad inteligente pueden "
                                    "ayudar: redes de sensores de bajo coste, datos "
                                    "por satélite sobre temperaturas superficiales y "
                                    "cobertura vegetal, y cuadros de mando que reúnen "
                                    "datos de varios departamentos. Pero los datos "
                                    "solo sirven si alguien se encarga de revisarlos y "
                                    "de actuar en consecuencia.</p>"
                                ),
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "learning-and-reporting",
                        "title": "Aprender, informar y mejorar",
                        "minutes": 11,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>La adaptación es un ciclo, no un proyecto "
                                    "puntual: evaluar, planificar, actuar, hacer "
                                    "seguimiento, aprender y ajustar. Las condiciones "
                                    "climáticas, el conocimiento científico y las "
                                    "prioridades de la ciudad cambian, por lo que los "
                                    "planes deben revisarse periódicamente, "
                                    "normalmente cada pocos años, y después de "
                                    "cualquier episodio extremo importante.</p>"
                                ),
                            ),
                            ("heading", "Informes que la gente lee"),
                            (
                                "paragraph",
                                (
                                    "<p>Un informe de avance debe ser breve y honesto. "
                                    "Muestra qué medidas avanzan según lo previsto y "
                                    "cuáles van con retraso, qué dicen los indicadores "
                                    "y qué se ha aprendido. Usa mapas y fotografías: "
                                    "una imagen del antes y el después de una calle "
                                    "con sombra o de un parque que absorbió una "
                                    "tormenta dice más a concejales y residentes que "
                                    "cualquier tabla. Publica un resumen en abierto, "
                                    "ya que la transparencia genera confianza y atrae "
                                    "ideas.</p>"
                                ),
                            ),
                            (
                                "accordion",
                                {
                                    "title": "Aprender de un episodio extremo",
                                    "items": [
                                        {
                                            "heading": "En los días siguientes",
                                            "text": (
                                                "<p>Registra lo ocurrido mientras los "
                                                "recuerdos están frescos: dónde, "
                                                "cuándo, a quién afectó y cómo "
                                                "respondieron los servicios.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "En las semanas siguientes",
                                            "text": (
                                                "<p>Organiza una revisión con todos "
                                                "los departamentos implicados y, "
                                                "cuando sea posible, con los "
                                                "residentes afectados. Céntrate en "
                                                "aprender, no en buscar culpables.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "En los meses siguientes",
                                            "text": (
                                                "<p>Actualiza la evaluación de riesgos "
                                                "y el plan de acción, y comprueba si "
                                                "hacen falta nuevas medidas o nuevos "
                                                "proveedores.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            ("heading", "Corregir el rumbo"),
                            (
                                "paragraph",
                                (
                                    "<p>El seguimiento solo merece la pena si cambia "
                                    "las decisiones. Establece un momento fijo, por "
                                    "ejemplo una reunión anual de revisión, en el que "
                                    "el equipo interdepartamental analice los "
                                    "indicadores y se haga tres preguntas: qué "
                                    "funciona, qué no y qué debería cambiar. Las "
                                    "medidas que aportan poco pueden rediseñarse o "
                                    "abandonarse, y las que tienen éxito, ampliarse. "
                                    "Deja constancia de estas decisiones en el plan "
                                    "para que el razonamiento quede a la vista del "
                                    "personal y los concejales futuros.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Aprendizaje entre ciudades",
                                    "city": "Kfar Saba",
                                    "text": (
                                        "<p>En 2021, el municipio de Kfar Saba acogió "
                                        "reuniones en línea del grupo de ciudades "
                                        "líderes de SME4SMARTCITIES, que reunieron a "
                                        "ciudades de España, Italia e Israel y a altos "
                                        "cargos regionales. La preparación ante el "
                                        "cambio climático fue uno de los temas "
                                        "debatidos, junto con la innovación y el "
                                        "desarrollo sostenible, y las ciudades "
                                        "compararon sus principales retos económicos, "
                                        "sociales y ambientales y el tipo de "
                                        "soluciones que querían "
                                        "aplicar.</p><p>Intercambios como este "
                                        "permiten al personal ver cómo organizan su "
                                        "trabajo otras ciudades que afrontan peligros "
                                        "similares, qué indicadores utilizan y qué "
                                        "soluciones han probado, lo que ahorra tiempo "
                                        "y evita repetir errores.</p>"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Haz seguimiento, aprende y ajusta. "
                                        "Compartir los resultados abiertamente, con "
                                        "los residentes y con otras ciudades, "
                                        "convierte los proyectos individuales en un "
                                        "conjunto creciente de conocimiento "
                                        "práctico.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "¿Qué indicador te dice si el riesgo está "
                                        "disminuyendo realmente, y no si se están "
                                        "ejecutando las acciones?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": "Número de árboles plantados",
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Llamadas de emergencia relacionadas "
                                                "con el calor durante las olas de calor"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "Número de reuniones celebradas",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Los árboles plantados son un indicador de "
                                        "proceso. Las llamadas de emergencia durante "
                                        "las olas de calor reflejan el resultado: el "
                                        "daño a las personas."
                                    ),
                                },
                                {
                                    "text": (
                                        "¿Qué prácticas ayudan a una ciudad a trabajar "
                                        "de forma justa con las pymes en soluciones "
                                        "climáticas? Selecciona todas las respuestas "
                                        "correctas."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": (
                                                "Publicar retos que describan el "
                                                "problema y no un producto"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Documentar cómo se eligieron los "
                                                "socios del piloto"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Aceptar discretamente una prueba "
                                                "gratuita de la empresa de un amigo"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": "Pagar las facturas a tiempo",
                                            "correct": True,
                                        },
                                    ],
                                    "explanation": (
                                        "La transparencia, las decisiones documentadas "
                                        "y los pagos puntuales crean un mercado justo "
                                        "y atractivo para las pymes."
                                    ),
                                },
                                {
                                    "text": (
                                        "¿Qué hace que un indicador de adaptación sea "
                                        "bueno?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Está vinculado a un objetivo, está "
                                                "definido con claridad y puede medirse "
                                                "periódicamente"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "Es lo más técnico posible",
                                            "correct": False,
                                        },
                                        {
                                            "text": "Se mide una sola vez",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Los indicadores solo son útiles si se "
                                        "vinculan a objetivos y pueden medirse de "
                                        "forma coherente a lo largo del tiempo."
                                    ),
                                },
                                {
                                    "text": (
                                        "¿Cuándo debe revisarse un plan de adaptación?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": "Nunca, una vez aprobado",
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Periódicamente, cada pocos años, y "
                                                "después de episodios extremos "
                                                "importantes"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Solo cuando se elige un nuevo alcalde"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "La adaptación es un ciclo; los planes deben "
                                        "actualizarse a medida que cambian las "
                                        "condiciones, el conocimiento y las "
                                        "prioridades."
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
        "title": "Economía circular y contratación pública ecológica",
        "summary": (
            "Una introducción breve y abierta a los principios de la economía circular "
            "y a la contratación pública ecológica, tanto para el personal municipal "
            "que compra como para las pymes que suministran."
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
                "Explicar la diferencia entre una economía lineal y una circular y "
                "citar las principales estrategias circulares."
            ),
            (
                "Reconocer los modelos de negocio circulares que las pymes pueden "
                "ofrecer a las ciudades."
            ),
            (
                "Describir cómo funciona la contratación pública ecológica, incluidos "
                "el cálculo del coste del ciclo de vida y las etiquetas ecológicas."
            ),
            (
                "Redactar requisitos ecológicos en una licitación, o responder a "
                "ellos, de forma justa y verificable."
            ),
        ],
        "description": (
            "<p>Las ciudades consumen grandes cantidades de materiales, energía y "
            "agua, y también compran mucho: la contratación pública representa una "
            "parte importante de la economía en toda Europa. Usar ese poder de compra "
            "para favorecer productos y servicios que duren más, utilicen menos "
            "recursos y generen menos residuos es una de las formas más directas de "
            "que dispone una ciudad para impulsar el desarrollo sostenible.</p><p>Este "
            "breve curso, inspirado en la formación sobre economía circular y "
            "contratación ecológica ofrecida en el marco del proyecto "
            "<strong>SME4SMARTCITIES</strong>, presenta las ideas clave tanto para los "
            "<em>compradores</em> de las administraciones municipales como para los "
            "<em>proveedores</em> de las pequeñas empresas.</p><ul><li>Módulo 1: "
            "fundamentos de la economía circular y modelos de negocio</li><li>Módulo "
            "2: la contratación pública ecológica en la práctica</li></ul>"
        ),
        "modules": [
            {
                "slug": "circular-economy-basics",
                "title": "Fundamentos de la economía circular",
                "introduction": (
                    "Este módulo explica qué es la economía circular, qué modelos de "
                    "negocio la llevan a la práctica y dónde tienen las ciudades mayor "
                    "capacidad de influencia."
                ),
                "lessons": [
                    {
                        "slug": "from-linear-to-circular",
                        "title": "De lo lineal a lo circular",
                        "minutes": 9,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Gran parte de la economía actual es "
                                    "<strong>lineal</strong>: extraer materias primas, "
                                    "fabricar productos, usarlos y tirarlos. Depende "
                                    "de recursos baratos y de lugares donde verter los "
                                    "residuos, dos cosas cada vez más escasas y caras, "
                                    "y contribuye en gran medida a las emisiones de "
                                    "gases de efecto invernadero y a la "
                                    "contaminación.</p><p>Una <strong>economía "
                                    "circular</strong> busca mantener los productos, "
                                    "componentes y materiales en uso el mayor tiempo "
                                    "posible y con su máximo valor, y eliminar los "
                                    "residuos desde la fase de diseño. La Unión "
                                    "Europea ha convertido este objetivo en una "
                                    "prioridad política, en particular a través de su "
                                    "Plan de Acción para la Economía Circular.</p>"
                                ),
                            ),
                            (
                                "heading",
                                "Por qué es importante para las ciudades mediterráneas",
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Para las ciudades del Mediterráneo, la "
                                    "circularidad está estrechamente ligada a otras "
                                    "presiones. El espacio en los vertederos es "
                                    "limitado y a menudo motivo de conflicto, el "
                                    "turismo provoca fuertes picos de residuos en "
                                    "verano y la escasez de agua hace cada vez más "
                                    "importante la reutilización de las aguas "
                                    "residuales depuradas. Muchas ciudades importan la "
                                    "mayor parte de los materiales que consumen, por "
                                    "lo que mantenerlos en uso durante más tiempo "
                                    "también reduce su exposición a la subida de los "
                                    "precios y a las interrupciones del suministro. Un "
                                    "enfoque circular puede crear además empleo local "
                                    "en reparación, reacondicionamiento, clasificación "
                                    "y reciclaje, en buena parte en pequeñas "
                                    "empresas.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Estrategias circulares, de la más a la menos "
                                        "recomendable"
                                    ),
                                    "header": [
                                        "Estrategia",
                                        "Significado",
                                        "Ejemplo municipal",
                                    ],
                                    "rows": [
                                        [
                                            "Rechazar y repensar",
                                            (
                                                "Evitar productos innecesarios o "
                                                "satisfacer la necesidad de otra manera"
                                            ),
                                            (
                                                "Sustituir el agua embotellada en los "
                                                "actos por fuentes de agua potable"
                                            ),
                                        ],
                                        [
                                            "Reducir",
                                            "Usar menos materiales y menos energía",
                                            (
                                                "Políticas de impresión solo bajo "
                                                "demanda; iluminación eficiente"
                                            ),
                                        ],
                                        [
                                            "Reutilizar",
                                            (
                                                "Volver a usar un producto con la "
                                                "misma finalidad"
                                            ),
                                            (
                                                "Mobiliario compartido entre oficinas "
                                                "municipales"
                                            ),
                                        ],
                                        [
                                            "Reparar y reacondicionar",
                                            "Alargar la vida útil de los productos",
                                            (
                                                "Contratos de mantenimiento que "
                                                "incluyen reparaciones"
                                            ),
                                        ],
                                        [
                                            "Refabricar",
                                            (
                                                "Reconstruir productos a partir de "
                                                "piezas usadas"
                                            ),
                                            (
                                                "Equipos informáticos reacondicionados "
                                                "para escuelas"
                                            ),
                                        ],
                                        [
                                            "Reciclar",
                                            (
                                                "Convertir los materiales en nuevas "
                                                "materias primas"
                                            ),
                                            (
                                                "Recogida separada de residuos "
                                                "orgánicos para compostaje"
                                            ),
                                        ],
                                        [
                                            "Valorizar",
                                            (
                                                "Obtener energía de lo que no puede "
                                                "reciclarse"
                                            ),
                                            (
                                                "Valorización energética como último "
                                                "recurso antes del vertedero"
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
                                        "<p>El reciclaje es valioso, pero está cerca "
                                        "del final de la lista. Los mayores beneficios "
                                        "se obtienen evitando residuos y manteniendo "
                                        "los productos en uso durante más tiempo.</p>"
                                    ),
                                },
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "El residuo más barato de gestionar es el que "
                                        "nunca generamos."
                                    ),
                                    "attribution": (
                                        "Responsable de servicios de residuos de un "
                                        "municipio mediterráneo"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "circular-business-models",
                        "title": "Modelos de negocio circulares",
                        "minutes": 10,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Una economía circular necesita empresas que "
                                    "ganen dinero manteniendo los recursos en uso, no "
                                    "vendiendo cada vez más productos nuevos. Muchos "
                                    "de estos modelos se adaptan bien a las pymes, "
                                    "porque se basan en servicios locales, "
                                    "conocimientos de reparación y una relación "
                                    "estrecha con la clientela.</p>"
                                ),
                            ),
                            (
                                "accordion",
                                {
                                    "title": "Cinco modelos que conviene conocer",
                                    "items": [
                                        {
                                            "heading": "Producto como servicio",
                                            "text": (
                                                "<p>El cliente paga por el uso o el "
                                                "resultado en lugar de ser propietario "
                                                "del producto; por ejemplo, paga por "
                                                "hora de iluminación en vez de comprar "
                                                "lámparas. Así, el proveedor tiene un "
                                                "incentivo para que los productos sean "
                                                "duraderos y eficientes.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Plataformas para compartir",
                                            "text": (
                                                "<p>Aumentan el uso de bienes "
                                                "infrautilizados, como vehículos, "
                                                "herramientas o salas de reuniones "
                                                "compartidos.</p>"
                                            ),
                                        },
                                        {
                                            "heading": (
                                                "Prolongación de la vida útil del "
                                                "producto"
                                            ),
                                            "text": (
                                                "<p>Servicios de reparación, mejora y "
                                                "reacondicionamiento que mantienen los "
                                                "productos en funcionamiento durante "
                                                "más tiempo.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Suministros circulares",
                                            "text": (
                                                "<p>Sustituyen las materias primas "
                                                "vírgenes por materiales reciclados o "
                                                "renovables, como los áridos "
                                                "reciclados en la construcción.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Recuperación de recursos",
                                            "text": (
                                                "<p>Recupera materiales valiosos de "
                                                "los flujos de residuos, por ejemplo "
                                                "transformando los residuos "
                                                "alimentarios en compost o biogás.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Estos modelos cambian la relación entre "
                                    "comprador y proveedor. Cuando una ciudad paga por "
                                    "un servicio en lugar de ser propietaria de los "
                                    "equipos, el proveedor sigue siendo responsable "
                                    "del mantenimiento y de lo que ocurre al final de "
                                    "la vida útil del producto. Esto puede convenir a "
                                    "ciudades que carecen de personal de "
                                    "mantenimiento, pero exige contratos más largos, "
                                    "indicadores de rendimiento claros y confianza por "
                                    "ambas partes. Para las pymes, los ingresos "
                                    "recurrentes por servicios pueden ser más estables "
                                    "que las ventas puntuales, aunque también implican "
                                    "financiar los equipos por adelantado.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": (
                                        "Mobiliario reacondicionado para oficinas "
                                        "públicas"
                                    ),
                                    "city": "Molina de Segura",
                                    "text": (
                                        "<p><em>Un escenario ilustrativo basado en "
                                        "retos a los que se enfrentan ciudades como "
                                        "esta.</em> Un municipio tiene previsto "
                                        "renovar el mobiliario de varias oficinas. En "
                                        "lugar de comprar muebles nuevos, pregunta al "
                                        "mercado si el mobiliario reacondicionado o "
                                        "refabricado podría cubrir sus necesidades. "
                                        "Una empresa social local que repara "
                                        "mobiliario de oficina, junto con un pequeño "
                                        "taller de tapicería, ofrece un paquete de "
                                        "mesas y sillas reacondicionadas con un "
                                        "servicio de mantenimiento de cinco "
                                        "años.</p><p>La oferta cuesta menos que el "
                                        "mobiliario nuevo, evita que los muebles "
                                        "acaben en el vertedero y crea empleo local. "
                                        "Más adelante, la ciudad incluye en su "
                                        "licitación estándar de mobiliario un "
                                        "requisito de opciones de reutilización o "
                                        "reacondicionamiento.</p>"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Para las pymes: si ofreces un modelo "
                                        "circular, explica con cifras sencillas el "
                                        "coste total a lo largo de la vida del "
                                        "producto y el beneficio ambiental. Los "
                                        "compradores necesitan ambos datos para "
                                        "justificar una elección distinta de la compra "
                                        "habitual.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "circular-cities",
                        "title": "Dónde pueden marcar la diferencia las ciudades",
                        "minutes": 10,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Las ciudades influyen en la economía circular "
                                    "desde tres papeles: como "
                                    "<strong>compradoras</strong> de bienes, obras y "
                                    "servicios; como <strong>reguladoras y "
                                    "planificadoras</strong> a través de los usos del "
                                    "suelo, las licencias de obra y las normas sobre "
                                    "residuos, y como <strong>facilitadoras</strong> "
                                    "que apoyan a las empresas locales, las redes de "
                                    "reparación y las iniciativas ciudadanas.</p>"
                                ),
                            ),
                            ("heading", "Ámbitos prioritarios"),
                            (
                                "paragraph",
                                (
                                    "<ul><li><strong>Construcción y "
                                    "demolición</strong>: uno de los mayores flujos de "
                                    "residuos; reutilización de materiales, diseño "
                                    "para el desmontaje y áridos "
                                    "reciclados.</li><li><strong>Alimentos y residuos "
                                    "orgánicos</strong>: prevención en los comedores "
                                    "escolares, recogida separada y "
                                    "compostaje.</li><li><strong>Textiles y "
                                    "mobiliario</strong>: centros de reutilización, "
                                    "cafés de reparación y compra de artículos "
                                    "duraderos.</li><li><strong>Electrónica</strong>: "
                                    "uso más prolongado, reacondicionamiento y gestión "
                                    "responsable del final de vida de los equipos "
                                    "informáticos.</li><li><strong>Agua</strong>: "
                                    "reutilización de aguas residuales depuradas, "
                                    "especialmente relevante en los climas secos del "
                                    "Mediterráneo.</li></ul>"
                                ),
                            ),
                            (
                                "checklist",
                                {
                                    "title": (
                                        "Primeros pasos para un plan municipal de "
                                        "economía circular"
                                    ),
                                    "items": [
                                        (
                                            "Cartografiar los principales flujos de "
                                            "materiales y residuos de las propias "
                                            "operaciones municipales"
                                        ),
                                        (
                                            "Elegir dos o tres grupos de productos en "
                                            "los que la ciudad compre mucho"
                                        ),
                                        (
                                            "Hablar con empresas locales y empresas "
                                            "sociales sobre alternativas circulares"
                                        ),
                                        (
                                            "Fijar unas pocas metas medibles, como el "
                                            "porcentaje de mobiliario reutilizado"
                                        ),
                                        "Informar públicamente de los avances cada año",
                                    ],
                                },
                            ),
                            ("heading", "Trabajar con los agentes locales"),
                            (
                                "paragraph",
                                (
                                    "<p>Las ciudades no pueden construir solas una "
                                    "economía circular. Empresas locales, empresas "
                                    "sociales, universidades y colectivos vecinales ya "
                                    "gestionan cafés de reparación, tiendas de segunda "
                                    "mano, iniciativas para compartir alimentos y "
                                    "proyectos de compostaje. Una ciudad puede "
                                    "apoyarlos cediendo espacios, dando a conocer sus "
                                    "servicios, incluyéndolos en actos públicos y, "
                                    "cuando las normas lo permitan, comprándoles. "
                                    "Reunir a estos agentes en un foro periódico ayuda "
                                    "a conectar los residuos de una organización con "
                                    "las necesidades de otra.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Desconfía de las afirmaciones «circulares» "
                                        "sin pruebas. Pregunta a los proveedores "
                                        "cuánto duran los productos, si hay piezas de "
                                        "repuesto disponibles y qué ocurre al final de "
                                        "su vida útil, y pide que lo acrediten.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "¿Qué estrategia circular es, en general, la "
                                        "más recomendable?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {"text": "El reciclaje", "correct": False},
                                        {
                                            "text": (
                                                "Evitar la necesidad del producto o "
                                                "reducir su uso"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": "La valorización energética",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Prevenir los residuos y reducir el uso de "
                                        "recursos va antes que la reutilización, la "
                                        "reparación y el reciclaje."
                                    ),
                                },
                                {
                                    "text": (
                                        "¿Cuáles son modelos de negocio circulares? "
                                        "Selecciona todas las respuestas correctas."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": "Producto como servicio",
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Servicios de reparación y "
                                                "reacondicionamiento"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Diseñar productos para que se "
                                                "sustituyan lo antes posible"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Plataformas para compartir bienes "
                                                "infrautilizados"
                                            ),
                                            "correct": True,
                                        },
                                    ],
                                    "explanation": (
                                        "Los modelos circulares obtienen valor de "
                                        "mantener en uso los productos y materiales, "
                                        "no de sustituirlos rápidamente."
                                    ),
                                },
                                {
                                    "text": (
                                        "¿Desde qué tres papeles pueden influir las "
                                        "ciudades en la economía circular?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Compradora, reguladora y "
                                                "planificadora, y facilitadora"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Fabricante, minorista y recicladora"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": "Inversora, banco y aseguradora",
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Las ciudades compran, regulan y planifican, y "
                                        "apoyan las iniciativas locales, lo que les da "
                                        "varias palancas para avanzar hacia la "
                                        "circularidad."
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "green-public-procurement",
                "title": "La contratación pública ecológica en la práctica",
                "introduction": (
                    "Este módulo muestra cómo los compradores públicos pueden incluir "
                    "criterios ambientales en las licitaciones y cómo las pymes pueden "
                    "responder a ellos con éxito."
                ),
                "lessons": [
                    {
                        "slug": "what-is-green-procurement",
                        "title": "¿Qué es la contratación pública ecológica?",
                        "minutes": 10,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>La <strong>contratación pública "
                                    "ecológica</strong> (CPE) consiste en que los "
                                    "organismos públicos buscan bienes, servicios y "
                                    "obras con un impacto ambiental reducido durante "
                                    "todo su ciclo de vida, en comparación con "
                                    "alternativas que cumplen la misma función. En la "
                                    "UE es en gran medida voluntaria, aunque algunos "
                                    "sectores tienen requisitos obligatorios, y la "
                                    "Comisión Europea publica criterios de CPE listos "
                                    "para usar para muchos grupos de productos, desde "
                                    "los servicios de limpieza hasta el alumbrado "
                                    "público. Suelen ofrecerse en dos niveles: "
                                    "criterios <em>básicos</em>, fáciles de aplicar, y "
                                    "criterios <em>generales</em>, para compradores "
                                    "más ambiciosos.</p>"
                                ),
                            ),
                            ("heading", "Por qué la utilizan las ciudades"),
                            (
                                "paragraph",
                                (
                                    "<p>Las administraciones públicas figuran entre "
                                    "los mayores compradores de la economía; en el "
                                    "conjunto de la UE, se calcula que la contratación "
                                    "pública representa alrededor del 14 % del PIB. "
                                    "Cuando las ciudades piden alumbrado eficiente, "
                                    "vehículos de bajas emisiones o materiales "
                                    "reciclados, contribuyen a crear un mercado para "
                                    "estos productos, animan a los proveedores a "
                                    "innovar y a menudo reducen sus propios costes de "
                                    "funcionamiento. La compra ecológica también "
                                    "contribuye directamente a los objetivos "
                                    "climáticos y de residuos de la ciudad, y "
                                    "demuestra a residentes y empresas que la "
                                    "administración aplica lo que pide a los demás.</p>"
                                ),
                            ),
                            ("heading", "Mirar más allá del precio de compra"),
                            (
                                "paragraph",
                                (
                                    "<p>El producto más barato de comprar no siempre "
                                    "es el más barato de mantener. El <strong>cálculo "
                                    "del coste del ciclo de vida</strong> compara las "
                                    "ofertas según su coste total a lo largo de su "
                                    "vida útil: compra, consumo de energía y agua, "
                                    "mantenimiento y eliminación y, cuando es posible, "
                                    "el coste de efectos ambientales como las "
                                    "emisiones. Las normas de contratación de la UE "
                                    "permiten a los compradores utilizar el cálculo "
                                    "del coste del ciclo de vida para adjudicar "
                                    "contratos, siempre que el método se indique en "
                                    "los pliegos de la licitación.</p>"
                                ),
                            ),
                            (
                                "table",
                                {
                                    "caption": (
                                        "Coste del ciclo de vida de dos farolas "
                                        "durante 12 años (cifras ilustrativas)"
                                    ),
                                    "header": [
                                        "Partida de coste",
                                        "Farola A",
                                        "Farola B",
                                    ],
                                    "rows": [
                                        [
                                            "Compra e instalación",
                                            "300 euros",
                                            "450 euros",
                                        ],
                                        ["Electricidad", "900 euros", "450 euros"],
                                        [
                                            "Mantenimiento y piezas de recambio",
                                            "250 euros",
                                            "100 euros",
                                        ],
                                        [
                                            "Final de la vida útil",
                                            "30 euros",
                                            "20 euros",
                                        ],
                                        ["Total", "1480 euros", "1020 euros"],
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>Las opciones ecológicas suelen ahorrar "
                                        "dinero con el tiempo. El cálculo del coste "
                                        "del ciclo de vida hace visibles esos ahorros "
                                        "en la evaluación de las ofertas.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "writing-and-answering-green-tenders",
                        "title": "Redactar licitaciones ecológicas y responder a ellas",
                        "minutes": 12,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Las consideraciones ambientales pueden "
                                    "incorporarse a una licitación en varios puntos. "
                                    "Cada uno tiene sus propias normas, y en todos los "
                                    "casos deben estar vinculadas al objeto del "
                                    "contrato y ser verificables.</p>"
                                ),
                            ),
                            (
                                "accordion",
                                {
                                    "title": (
                                        "Dónde pueden aparecer los criterios ecológicos"
                                    ),
                                    "items": [
                                        {
                                            "heading": "Especificaciones técnicas",
                                            "text": (
                                                "<p>Requisitos mínimos que toda oferta "
                                                "debe cumplir, como un consumo máximo "
                                                "de energía o un porcentaje mínimo de "
                                                "contenido reciclado.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Criterios de selección",
                                            "text": (
                                                "<p>Pruebas de que los licitadores "
                                                "tienen capacidad para aplicar medidas "
                                                "de gestión ambiental, cuando sea "
                                                "pertinente para el contrato.</p>"
                                            ),
                                        },
                                        {
                                            "heading": "Criterios de adjudicación",
                                            "text": (
                                                "<p>Puntos adicionales por un mejor "
                                                "comportamiento ambiental, como "
                                                "menores emisiones o garantías más "
                                                "largas.</p>"
                                            ),
                                        },
                                        {
                                            "heading": (
                                                "Condiciones de ejecución del contrato"
                                            ),
                                            "text": (
                                                "<p>Condiciones que se aplican durante "
                                                "la ejecución, como utilizar vehículos "
                                                "de bajas emisiones o retirar los "
                                                "envases.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            ("heading", "Etiquetas y pruebas"),
                            (
                                "paragraph",
                                (
                                    "<p>Los compradores pueden exigir una etiqueta "
                                    "ecológica concreta como prueba de que se cumplen "
                                    "los requisitos, pero también deben aceptar "
                                    "etiquetas equivalentes y, en determinados casos, "
                                    "otros medios de prueba adecuados, como un "
                                    "expediente técnico. Esto es importante para las "
                                    "pymes que no pueden costearse una certificación: "
                                    "lee atentamente la licitación y aporta pruebas "
                                    "alternativas sólidas cuando estén permitidas.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Un contrato de limpieza más ecológico",
                                    "city": "Kfar Saba",
                                    "text": (
                                        "<p><em>Un escenario ilustrativo basado en "
                                        "retos a los que se enfrentan ciudades como "
                                        "esta.</em> Un municipio que renueva el "
                                        "contrato de limpieza de sus edificios "
                                        "públicos quiere reducir los productos "
                                        "químicos nocivos y los residuos plásticos. "
                                        "Exige productos concentrados con etiquetas "
                                        "ecológicas reconocidas o equivalentes, otorga "
                                        "puntos adicionales a los sistemas de "
                                        "microfibra que reducen el consumo de agua y "
                                        "de productos químicos, e incluye una cláusula "
                                        "contractual sobre la formación del "
                                        "personal.</p><p>Una pequeña empresa local de "
                                        "limpieza, que ya aplica estos métodos con "
                                        "clientes privados, expone con claridad sus "
                                        "productos, su plan de formación y el ahorro "
                                        "de agua. Gana uno de los lotes, que la ciudad "
                                        "había dividido por distritos para que el "
                                        "contrato fuera accesible a las empresas más "
                                        "pequeñas.</p>"
                                    ),
                                },
                            ),
                            (
                                "quote",
                                {
                                    "text": (
                                        "Nuestros criterios ecológicos solo "
                                        "funcionaron cuando empezamos a preguntarnos "
                                        "cómo acreditaría cada uno un licitador."
                                    ),
                                    "attribution": (
                                        "Responsable de contratación de un municipio "
                                        "de Israel"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Para compradores: parte de los criterios "
                                        "de CPE existentes en lugar de redactar los "
                                        "tuyos propios, y organiza una consulta "
                                        "preliminar del mercado para comprobar qué "
                                        "pueden ofrecer los proveedores locales. Para "
                                        "proveedores: ten preparado un expediente con "
                                        "fichas técnicas de los productos, etiquetas e "
                                        "informes de ensayo.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": None,
                    },
                    {
                        "slug": "measuring-and-scaling-gpp",
                        "title": "Medir y ampliar la contratación pública ecológica",
                        "minutes": 9,
                        "body": [
                            (
                                "paragraph",
                                (
                                    "<p>Para pasar de licitaciones ecológicas "
                                    "ocasionales a una práctica sistemática, las "
                                    "ciudades necesitan una política, personal formado "
                                    "y una forma de medir los resultados. Muchas "
                                    "empiezan con unos pocos grupos de productos "
                                    "prioritarios en los que el gasto es elevado y "
                                    "existen buenos criterios, como vehículos, "
                                    "electricidad, alumbrado, alimentación y "
                                    "restauración, limpieza y equipos informáticos.</p>"
                                ),
                            ),
                            (
                                "checklist",
                                {
                                    "title": (
                                        "Crear una práctica de contratación ecológica"
                                    ),
                                    "items": [
                                        (
                                            "Adoptar una política breve con grupos de "
                                            "productos prioritarios claros"
                                        ),
                                        (
                                            "Formar conjuntamente al personal de "
                                            "contratación y a los responsables "
                                            "presupuestarios"
                                        ),
                                        (
                                            "Utilizar cláusulas y criterios estándar, "
                                            "actualizados periódicamente"
                                        ),
                                        (
                                            "Registrar qué contratos incluyen "
                                            "criterios ecológicos y su importe"
                                        ),
                                        (
                                            "Estimar los resultados, como la energía "
                                            "ahorrada o los residuos evitados"
                                        ),
                                        (
                                            "Compartir la experiencia con otras "
                                            "ciudades y con los proveedores"
                                        ),
                                    ],
                                },
                            ),
                            ("heading", "Un seguimiento sencillo"),
                            (
                                "paragraph",
                                (
                                    "<p>El seguimiento no requiere programas "
                                    "informáticos sofisticados. Una hoja de cálculo "
                                    "compartida en la que se registre cada contrato, "
                                    "su importe, el grupo de productos y si se "
                                    "aplicaron criterios ecológicos ya permite a una "
                                    "ciudad informar del porcentaje de su gasto que es "
                                    "ecológico. Para los contratos prioritarios, añade "
                                    "una estimación aproximada de los beneficios, como "
                                    "la electricidad ahorrada en comparación con un "
                                    "producto estándar. Revisa las cifras una vez al "
                                    "año, celebra los éxitos y analiza por qué no se "
                                    "aplicaron criterios ecológicos en otros "
                                    "contratos: falta de tiempo, falta de criterios "
                                    "adecuados o dudas sobre el coste.</p>"
                                ),
                            ),
                            ("heading", "Oportunidades para las pymes"),
                            (
                                "paragraph",
                                (
                                    "<p>A medida que los criterios ecológicos se "
                                    "vuelven habituales, los proveedores con "
                                    "verdaderas fortalezas ambientales obtienen "
                                    "ventaja. Las pymes pueden prepararse documentando "
                                    "el comportamiento ambiental de sus productos, "
                                    "estudiando las etiquetas pertinentes, ofreciendo "
                                    "servicios de reparación y de recogida de "
                                    "productos usados y participando en consultas "
                                    "preliminares del mercado para explicar lo que es "
                                    "posible. Cooperar con otras empresas puede ayudar "
                                    "a cumplir criterios que una sola empresa no "
                                    "podría cubrir.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "takeaway",
                                    "text": (
                                        "<p>La contratación ecológica crece con una "
                                        "práctica constante: una política clara, "
                                        "criterios estándar, personal formado, un "
                                        "seguimiento sencillo y un diálogo abierto con "
                                        "los proveedores.</p>"
                                    ),
                                },
                            ),
                        ],
                        "knowledge_check": {
                            "pass_mark": 70,
                            "questions": [
                                {
                                    "text": (
                                        "¿Qué compara el cálculo del coste del ciclo "
                                        "de vida?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Solo el precio de compra de las "
                                                "ofertas"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "El coste total de las ofertas a lo "
                                                "largo de su vida útil, incluidos el "
                                                "uso, el mantenimiento y la eliminación"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "La antigüedad de las empresas "
                                                "licitadoras"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "El cálculo del coste del ciclo de vida recoge "
                                        "los costes de funcionamiento y de final de "
                                        "vida, que a menudo favorecen las opciones más "
                                        "ecológicas."
                                    ),
                                },
                                {
                                    "text": (
                                        "¿Dónde pueden aparecer las consideraciones "
                                        "ambientales en una licitación? Selecciona "
                                        "todas las respuestas correctas."
                                    ),
                                    "multiple": True,
                                    "choices": [
                                        {
                                            "text": "Especificaciones técnicas",
                                            "correct": True,
                                        },
                                        {
                                            "text": "Criterios de adjudicación",
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Condiciones de ejecución del contrato"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Solo en el comunicado de prensa de la "
                                                "ciudad"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Los criterios ecológicos pueden ser "
                                        "requisitos mínimos, criterios puntuables o "
                                        "condiciones que se aplican durante la "
                                        "ejecución."
                                    ),
                                },
                                {
                                    "text": (
                                        "Si una licitación exige una etiqueta "
                                        "ecológica concreta, ¿qué más debe hacer el "
                                        "comprador?"
                                    ),
                                    "multiple": False,
                                    "choices": [
                                        {
                                            "text": (
                                                "Aceptar etiquetas equivalentes y, en "
                                                "algunos casos, otros medios de prueba "
                                                "adecuados"
                                            ),
                                            "correct": True,
                                        },
                                        {
                                            "text": (
                                                "Rechazar a todos los licitadores que "
                                                "no tengan exactamente esa etiqueta"
                                            ),
                                            "correct": False,
                                        },
                                        {
                                            "text": (
                                                "Pagar la certificación de los "
                                                "licitadores"
                                            ),
                                            "correct": False,
                                        },
                                    ],
                                    "explanation": (
                                        "Deben aceptarse etiquetas equivalentes y, en "
                                        "determinados casos, otros medios de prueba, "
                                        "lo que mantiene un proceso justo para las "
                                        "empresas más pequeñas."
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
