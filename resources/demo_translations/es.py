"""Spanish translations of five demo resources, loaded by `load_demo`."""

RESOURCES = {
    "case-study-shaded-routes-to-school-in-a-desert-city": {
        "title": (
            "Estudio de caso: caminos escolares con sombra en una ciudad del desierto"
        ),
        "summary": (
            "Escenario ilustrativo ambientado en una ciudad desértica y calurosa como "
            "Eilat: cómo un ayuntamiento y dos pequeñas empresas podrían cartografiar "
            "el calor en el camino al colegio y usar sombra, vegetación y datos para "
            "hacerlo más seguro."
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "takeaway",
                    "text": (
                        "<p><strong>Un escenario ilustrativo</strong> basado en retos "
                        "a los que se enfrentan ciudades de este tipo. La situación, "
                        "las organizaciones y las cifras que aparecen a continuación "
                        "son inventadas con fines formativos y no describen un "
                        "proyecto real.</p>"
                    ),
                },
            ),
            ("heading", "El reto"),
            (
                "paragraph",
                (
                    "<p>En una ciudad desértica como Eilat, las temperaturas de verano "
                    "son extremas y el curso escolar empieza cuando el calor todavía "
                    "es intenso. En este escenario, las familias se quejan de que los "
                    "niños llegan agotados al colegio, y cada vez más padres y madres "
                    "optan por llevarlos en coche aunque el trayecto sea corto, lo que "
                    "añade tráfico y calor alrededor de las puertas de los centros. "
                    "Los departamentos de educación e ingeniería del ayuntamiento "
                    "quieren que más niños vayan andando con seguridad, pero no saben "
                    "qué tramos de los recorridos son los más calurosos.</p>"
                ),
            ),
            ("heading", "El enfoque"),
            (
                "paragraph",
                (
                    "<p>La ciudad publica una breve definición del reto y organiza una "
                    "jornada informativa en línea. Dos pymes locales se asocian: una "
                    "fabrica pequeños sensores meteorológicos y la otra analiza datos "
                    "geográficos. En el marco de un piloto remunerado de tres meses, "
                    "instalan sensores a lo largo de los recorridos hacia cuatro "
                    "colegios y combinan las lecturas con datos de satélite para "
                    "elaborar un mapa de calor de cada recorrido a las 7.30 de la "
                    "mañana y a las 13.30.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<ul><li>El mapa muestra que la mayor parte de la exposición al "
                    "calor se concentra en unos pocos tramos largos y sin sombra junto "
                    "a aparcamientos y avenidas anchas.</li><li>La ciudad instala "
                    "velas de sombra temporales en tres de esos tramos y adelanta un "
                    "programa de plantación de árboles que ya estaba "
                    "previsto.</li><li>Los colegios comparten con las familias los "
                    "recorridos con sombra recomendados a través de sus canales de "
                    "mensajería habituales.</li></ul>"
                ),
            ),
            ("heading", "Qué resultados observar"),
            (
                "table",
                {
                    "caption": "Indicadores acordados para el piloto (ilustrativos)",
                    "header": ["Indicador", "Cómo se mide"],
                    "rows": [
                        [
                            "Temperatura superficial en los tramos intervenidos",
                            (
                                "Sensores e imágenes térmicas antes y después de "
                                "instalar la sombra"
                            ),
                        ],
                        [
                            "Porcentaje de alumnos que van andando al colegio",
                            "Sencilla encuesta a mano alzada en clase cada mes",
                        ],
                        [
                            "Percepción de seguridad de las familias",
                            "Breve cuestionario al principio y al final del piloto",
                        ],
                    ],
                },
            ),
            ("heading", "Lecciones aprendidas"),
            (
                "paragraph",
                (
                    "<p>El escenario pone de manifiesto tres cosas. En primer lugar, "
                    "una pregunta precisa (¿qué tramos son los más calurosos en "
                    "horario escolar?) atrae soluciones precisas. En segundo lugar, "
                    "los datos solo son útiles cuando van ligados a una actuación "
                    "rápida y visible, como las velas de sombra. En tercer lugar, "
                    "varias pequeñas empresas que trabajan juntas pueden ofrecer un "
                    "servicio completo que ninguna de ellas podría prestar por sí "
                    "sola.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Creíamos que necesitábamos un gran estudio. Lo que "
                        "necesitábamos era un mapa de los doscientos metros más "
                        "calurosos."
                    ),
                    "attribution": (
                        "Ingeniero municipal del escenario (personaje ficticio)"
                    ),
                },
            ),
        ],
    },
    "urban-challenge-statement-template": {
        "title": "Plantilla: cómo redactar la definición de un reto urbano",
        "summary": (
            "Una estructura de una sola página para describir un problema de la ciudad "
            "de forma que las empresas puedan entenderlo y proponer soluciones, con "
            "orientaciones para cada apartado y un ejemplo práctico ilustrativo."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>La definición del reto es el punto de partida de casi "
                    "cualquier compra de innovación, taller de cocreación o "
                    "convocatoria de retos. Describe un problema, no un producto, y "
                    "debe ser lo bastante breve como para leerse en dos minutos. La "
                    "estructura que se propone a continuación está pensada para "
                    "personal municipal sin experiencia en contratación pública. Se "
                    "adjunta una versión descargable con preguntas que guían la "
                    "redacción.</p>"
                ),
            ),
            ("heading", "Los siete apartados"),
            (
                "table",
                {
                    "caption": "Estructura de la definición de un reto",
                    "header": ["Apartado", "Qué escribir"],
                    "rows": [
                        [
                            "Título",
                            "Una pregunta breve que empiece por «¿Cómo podríamos...?»",
                        ],
                        [
                            "Contexto",
                            (
                                "Dónde se produce el problema y por qué es importante "
                                "ahora para la ciudad"
                            ),
                        ],
                        [
                            "Personas afectadas",
                            (
                                "Residentes, visitantes, empresas o personal "
                                "municipal, con cifras si se conocen"
                            ),
                        ],
                        ["Situación actual", "Qué ocurre hoy y qué se ha intentado ya"],
                        [
                            "Resultado deseado",
                            (
                                "Qué cambiaría si se resolviera el problema, en "
                                "términos medibles"
                            ),
                        ],
                        [
                            "Limitaciones",
                            (
                                "Horquilla presupuestaria, límites legales, sistemas "
                                "existentes, plazos"
                            ),
                        ],
                        [
                            "Qué puede ofrecer la ciudad",
                            (
                                "Datos, espacios de prueba, tiempo del personal, "
                                "opiniones de los usuarios"
                            ),
                        ],
                    ],
                },
            ),
            ("heading", "Ejemplo práctico (ilustrativo)"),
            (
                "paragraph",
                (
                    "<p><strong>¿Cómo podríamos mantener más limpias las calles "
                    "históricas durante las escalas de cruceros?</strong> Este ejemplo "
                    "imagina una ciudad portuaria como Cartagena. Los días de mayor "
                    "afluencia, miles de visitantes recorren en pocas horas las mismas "
                    "calles del casco antiguo, y las papeleras se desbordan antes de "
                    "la recogida de la tarde. Los equipos de limpieza trabajan con "
                    "rutas fijas, no en función de la demanda. La ciudad quiere evitar "
                    "que las papeleras se desborden los días de escala sin aumentar el "
                    "presupuesto de limpieza, y puede ofrecer los horarios de los "
                    "cruceros, la ubicación de las papeleras, las rutas de recogida y "
                    "dos calles para una prueba en verano.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Pide a alguien de fuera de tu departamento que lea la "
                        "definición del reto. Si no es capaz de explicarte el problema "
                        "en una sola frase, simplifícala.</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Control de calidad",
                    "items": [
                        "No se menciona ninguna marca, producto ni tecnología.",
                        "El resultado deseado se puede medir.",
                        "Las personas afectadas están claramente identificadas.",
                        (
                            "Las limitaciones se exponen con franqueza, incluida la "
                            "horquilla presupuestaria."
                        ),
                        "La definición cabe en una página.",
                    ],
                },
            ),
        ],
    },
    "green-public-procurement-and-circular-economy-introduction": {
        "title": "Contratación pública ecológica y economía circular: una introducción",
        "summary": (
            "Introducción para el personal municipal a la compra de bienes, servicios "
            "y obras con menor impacto ambiental y a la contratación circular, con "
            "categorías prioritarias, pasos prácticos y el papel de las pymes locales."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Las administraciones públicas son grandes compradoras, de modo "
                    "que sus decisiones influyen en los mercados. La contratación "
                    "pública ecológica consiste en elegir bienes, servicios y obras "
                    "con un impacto ambiental reducido a lo largo de todo su ciclo de "
                    "vida. La contratación circular va un paso más allá: favorece los "
                    "productos duraderos, que se pueden reparar, reutilizar o "
                    "reciclar, y los modelos de negocio en los que la ciudad compra un "
                    "servicio en lugar de ser propietaria de los equipos. El proyecto "
                    "SME4SMARTCITIES elaboró un curso sobre economía circular y "
                    "contratación pública ecológica, y este informe ofrece una breve "
                    "introducción a esas mismas ideas.</p>"
                ),
            ),
            ("heading", "Dónde pueden marcar la diferencia las ciudades"),
            (
                "table",
                {
                    "caption": "Categorías prioritarias y ejemplos de enfoques",
                    "header": ["Categoría", "Ejemplos de enfoques"],
                    "rows": [
                        [
                            "Alimentación y restauración",
                            (
                                "Productos de temporada y de proximidad cuando la ley "
                                "lo permita, menos desperdicio alimentario, vajilla "
                                "reutilizable"
                            ),
                        ],
                        [
                            "Mobiliario y equipamiento",
                            (
                                "Artículos reacondicionados, servicios de reparación, "
                                "recogida al final de su vida útil"
                            ),
                        ],
                        [
                            "Ordenadores y teléfonos",
                            (
                                "Eficiencia energética, garantías más largas, "
                                "reacondicionamiento y reventa"
                            ),
                        ],
                        [
                            "Construcción y espacio público",
                            (
                                "Materiales reciclados, diseños que faciliten el "
                                "desmontaje, pavimentos permeables"
                            ),
                        ],
                        [
                            "Limpieza y mantenimiento",
                            (
                                "Productos de bajo impacto, recargas concentradas, "
                                "maquinaria eficiente"
                            ),
                        ],
                    ],
                },
            ),
            ("heading", "Pasos prácticos"),
            (
                "paragraph",
                (
                    "<ol><li>Revisa las próximas licitaciones y elige dos o tres en "
                    "las que el impacto ambiental y el gasto sean "
                    "elevados.</li><li>Utiliza el cálculo del coste del ciclo de vida "
                    "para comparar opciones, teniendo en cuenta la energía, el "
                    "mantenimiento y la eliminación, no solo el precio de "
                    "compra.</li><li>Consulta al mercado para saber qué opciones más "
                    "ecológicas existen y a qué coste.</li><li>Incluye criterios "
                    "ambientales claros y verificables y pide etiquetas o pruebas "
                    "equivalentes.</li><li>Supervisa el desempeño durante la ejecución "
                    "del contrato e informa de los resultados.</li></ol>"
                ),
            ),
            ("heading", "Oportunidades para las pymes locales"),
            (
                "paragraph",
                (
                    "<p>La contratación circular genera demanda de servicios que las "
                    "pequeñas empresas locales están en buena posición de prestar: "
                    "reparación, reacondicionamiento, reutilización, compostaje y "
                    "mantenimiento de proximidad. Por ejemplo, en una ciudad con un "
                    "sector hostelero y turístico importante, como Málaga, un "
                    "ayuntamiento podría aprovechar sus contratos de catering y "
                    "eventos para fomentar entre los proveedores locales el uso de "
                    "vajilla reutilizable y la reducción del desperdicio alimentario "
                    "(ejemplo ilustrativo).</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Empieza poco a poco. Una sola licitación ecológica bien "
                        "diseñada, con su seguimiento y la publicación de sus "
                        "resultados, enseña más que una política extensa que nunca "
                        "llega a aplicarse.</p>"
                    ),
                },
            ),
        ],
    },
    "opening-public-procurement-to-smes-policy-brief": {
        "title": (
            "Abrir la contratación pública a las pymes: cinco palancas para las "
            "ciudades"
        ),
        "summary": (
            "Breve nota de orientación política para concejales y altos cargos sobre "
            "cinco palancas prácticas que hacen los contratos municipales más "
            "accesibles a las pequeñas y medianas empresas sin rebajar el nivel de "
            "exigencia."
        ),
        "body": [
            ("heading", "Resumen"),
            (
                "paragraph",
                (
                    "<p>Las pequeñas y medianas empresas son la columna vertebral de "
                    "las economías locales del Mediterráneo, pero obtienen una parte "
                    "de los contratos públicos menor de lo que cabría esperar por su "
                    "peso en la economía. Las ciudades que abren su contratación a las "
                    "pymes ganan en competencia, en innovación y en un tejido "
                    "empresarial local más sólido. Esta nota presenta cinco palancas "
                    "que los ayuntamientos pueden adoptar como política, en la línea "
                    "del enfoque que promueve el proyecto SME4SMARTCITIES, cuyo socio "
                    "principal es un centro de empresas e innovación de Murcia.</p>"
                ),
            ),
            ("heading", "Cinco palancas"),
            (
                "paragraph",
                (
                    "<ol><li><strong>Publicar con antelación un plan de "
                    "contratación.</strong> Una lista anual de las licitaciones "
                    "previstas da a las pequeñas empresas tiempo para prepararse y "
                    "buscar socios.</li><li><strong>Consultar antes de "
                    "comprar.</strong> Hacer de la consulta preliminar del mercado una "
                    "práctica habitual en los contratos que impliquen soluciones "
                    "nuevas.</li><li><strong>Dividir en lotes por defecto.</strong> "
                    "Exigir a los departamentos que justifiquen por escrito cualquier "
                    "decisión de no dividir el contrato en "
                    "lotes.</li><li><strong>Mantener requisitos "
                    "proporcionados.</strong> Fijar los requisitos de volumen de "
                    "negocio, seguros y referencias en función del tamaño y el riesgo "
                    "de cada contrato, y aceptar declaraciones responsables en la fase "
                    "de presentación de ofertas.</li><li><strong>Pagar a "
                    "tiempo.</strong> Hacer un seguimiento público de los plazos de "
                    "pago y utilizar pagos por hitos en los pilotos y en los contratos "
                    "de mayor duración.</li></ol>"
                ),
            ),
            ("heading", "Qué hace falta para aplicarlas"),
            (
                "paragraph",
                (
                    "<p>Estas palancas apenas requieren nueva legislación. Dependen "
                    "del liderazgo, de normas internas sencillas y de la formación del "
                    "personal de contratación y de los responsables de los servicios. "
                    "Un acuerdo del pleno, un informe anual sobre la proporción de "
                    "contratos adjudicados a pymes y una persona de contacto designada "
                    "para las empresas son formas poco costosas de demostrar "
                    "compromiso.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Indicadores para un informe anual",
                    "header": ["Indicador", "Por qué es importante"],
                    "rows": [
                        [
                            "Proporción del valor de los contratos adjudicada a pymes",
                            "Muestra si el acceso está mejorando",
                        ],
                        [
                            "Número medio de ofertas por licitación",
                            "Mide la competencia",
                        ],
                        [
                            "Proporción de licitaciones divididas en lotes",
                            "Permite seguir el uso de la principal palanca estructural",
                        ],
                        [
                            "Plazo medio de pago",
                            "Afecta directamente a la liquidez de las pymes",
                        ],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>Abrir la contratación a las pymes no significa favorecer a "
                        "las empresas locales. El principio de igualdad de trato se "
                        "aplica a todos los licitadores, con independencia de dónde "
                        "tengan su sede.</p>"
                    ),
                },
            ),
        ],
    },
    "video-climate-briefing-for-city-staff": {
        "title": (
            "Vídeo: calor, sequía e inundaciones, una sesión informativa de cinco "
            "minutos sobre el clima para el personal municipal"
        ),
        "summary": (
            "Una sesión informativa de cinco minutos para el personal municipal de "
            "cualquier departamento sobre los principales peligros climáticos a los "
            "que se enfrentan las ciudades mediterráneas y lo que puede hacer cada "
            "servicio. Se presenta aquí como transcripción escrita."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p><em>Esta breve charla se grabó para la Academia. Aquí se "
                    "recoge la grabación en forma de transcripción, ligeramente "
                    "editada para facilitar su lectura.</em></p><p>Ponente: "
                    "especialista en adaptación al cambio climático que trabaja con "
                    "administraciones locales.</p>"
                ),
            ),
            ("heading", "Transcripción"),
            (
                "paragraph",
                (
                    "<p>Hola. En los próximos cinco minutos quiero convencerte de que "
                    "el cambio climático no es solo asunto del departamento de medio "
                    "ambiente. Afecta a casi todos los servicios de una ciudad, "
                    "también al tuyo.</p><p>Empecemos por el calor. En todo el "
                    "Mediterráneo, los veranos son cada vez más largos y calurosos. En "
                    "una ciudad desértica como Eilat, el calor extremo forma parte de "
                    "todos los veranos. En ciudades costeras como Málaga, las noches "
                    "calurosas en pleno verano son cada vez más frecuentes. El calor "
                    "es, ante todo, un problema de salud. Las personas mayores, los "
                    "niños pequeños y quienes trabajan al aire libre son los más "
                    "expuestos. Si trabajas en servicios sociales, puede que seas tú "
                    "quien sabe qué vecinos viven solos. Si gestionas parques, eres tú "
                    "quien decide dónde hay sombra. Si diriges una biblioteca, tu "
                    "edificio podría convertirse en un refugio climático.</p><p>En "
                    "segundo lugar, el agua. Los años secos son cada vez más "
                    "habituales y, cuando llegan, cada litro cuenta. Parques, fuentes, "
                    "limpieza viaria, instalaciones deportivas: todo eso consume agua. "
                    "Saber cuánta utiliza tu servicio y dónde se desperdicia es el "
                    "primer paso.</p><p>En tercer lugar, las inundaciones repentinas. "
                    "Una tormenta intensa puede descargar en una sola tarde la lluvia "
                    "de todo un mes. Imbornales atascados, pasos subterráneos que se "
                    "llenan de agua, sótanos que se inundan: son cuestiones cotidianas "
                    "de mantenimiento que en pocos minutos se convierten en "
                    "emergencias. Los equipos de vías públicas, de limpieza y de "
                    "protección civil tienen todos un papel que desempeñar.</p><p>En "
                    "cuarto lugar, la costa. Los temporales y la subida del nivel del "
                    "mar erosionan las playas y dañan paseos marítimos y puertos. Los "
                    "departamentos de urbanismo y de turismo tienen que pensar con "
                    "décadas de antelación.</p><p>Entonces, ¿qué puedes hacer el lunes "
                    "por la mañana? Tres cosas. Averigua si tu ciudad tiene una "
                    "evaluación del riesgo climático y qué dice sobre tu servicio. "
                    "Pregunta quién dirige la respuesta ante emergencias por calor e "
                    "inundaciones y qué se espera de tu equipo. Y cuando planifiques "
                    "una compra, ya sea pavimento, un vehículo o un edificio, "
                    "pregúntate cómo funcionará en un clima más cálido, más seco y, a "
                    "veces, más lluvioso.</p><p>La preparación ante el cambio "
                    "climático se construye a base de muchas pequeñas decisiones, y la "
                    "mayoría las toman personas como tú. Gracias por tu atención.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "title": "Después de ver el vídeo",
                    "items": [
                        (
                            "Busca la evaluación del riesgo climático o el plan de "
                            "adaptación de tu ciudad."
                        ),
                        (
                            "Averigua quién dirige la respuesta ante emergencias por "
                            "calor e inundaciones."
                        ),
                        (
                            "Anota una decisión de tu servicio que podría reducir el "
                            "riesgo climático."
                        ),
                    ],
                },
            ),
        ],
    },
}
