"""Spanish translations of the cities demo, loaded by `load_demo`."""

ASSESSMENTS = {
    "sme-readiness-to-work-with-cities": {
        "title": "Preparación de las pymes para trabajar con ciudades",
        "introduction": (
            "Quince preguntas para pequeñas y medianas empresas que quieren vender "
            "a las ciudades o crear soluciones con ellas. Responde pensando en tu "
            "organización tal como es hoy. Obtendrás una puntuación en cada una de "
            "las cinco dimensiones y sugerencias sobre qué aprender primero. Se "
            "tarda unos diez minutos."
        ),
        "dimensions": [
            {
                "name": "Innovación",
                "description": (
                    "Cómo convierte tu organización las ideas en productos y "
                    "servicios que resuelven problemas reales."
                ),
                "questions": [
                    {
                        "text": (
                            "¿Cómo suelen nacer los nuevos productos o servicios en "
                            "tu organización?"
                        ),
                        "help_text": "",
                        "answers": [
                            "Casi nunca desarrollamos nada nuevo; vendemos lo que "
                            "tenemos.",
                            "Surgen ideas de vez en cuando, pero nadie se encarga "
                            "de ellas.",
                            "Recogemos ideas y las comentamos, sin un método.",
                            "Contrastamos las ideas con los problemas de los "
                            "clientes antes de invertir en ellas.",
                            "Seguimos un proceso habitual desde el problema hasta "
                            "el prototipo probado, y medimos los resultados.",
                        ],
                    },
                    {
                        "text": (
                            "¿Cuándo probasteis por última vez un prototipo o un "
                            "piloto con usuarios reales?"
                        ),
                        "help_text": "",
                        "answers": [
                            "Nunca.",
                            "Hace más de tres años.",
                            "En los últimos tres años, solo con clientes de confianza.",
                            "En el último año, con usuarios como aquellos a los que "
                            "queremos servir.",
                            "Probamos con usuarios reales varias veces al año.",
                        ],
                    },
                    {
                        "text": (
                            "¿Qué parte de vuestro presupuesto anual se dedica a "
                            "desarrollar ofertas nuevas o mejoradas?"
                        ),
                        "help_text": "Cuenta el tiempo del personal además del dinero.",
                        "answers": [
                            "No se reserva nada.",
                            "Un poco, cuando un proyecto lo paga.",
                            "Una parte pequeña y regular (menos del 5 %).",
                            "Una parte planificada de entre el 5 y el 10 %.",
                            "Más del 10 %, con un plan sobre cómo se gasta.",
                        ],
                    },
                ],
            },
            {
                "name": "Conocimiento del sector público",
                "description": (
                    "Hasta qué punto entiendes cómo deciden, planifican y gastan "
                    "las ciudades."
                ),
                "questions": [
                    {
                        "text": (
                            "¿Sabes qué departamentos de una ciudad usarían tu "
                            "solución o la pagarían?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Tenemos una idea general.",
                            "Conocemos los departamentos, pero a nadie en ellos.",
                            "Conocemos los departamentos y hemos hablado con parte "
                            "de su personal.",
                            "Estamos en contacto habitual con quienes tienen el "
                            "problema y el presupuesto.",
                        ],
                    },
                    {
                        "text": (
                            "¿Cómo te enteras de los planes y las necesidades "
                            "futuras de las ciudades?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No nos enteramos; conocemos las licitaciones cuando se "
                            "publican, si llegamos a conocerlas.",
                            "Por las noticias y el boca a boca.",
                            "Leemos estrategias y planes cuando los encontramos por "
                            "casualidad.",
                            "Seguimos las estrategias, los presupuestos y los planes "
                            "de contratación de las ciudades que nos interesan.",
                            "Los seguimos y participamos en consultas preliminares "
                            "al mercado y jornadas informativas.",
                        ],
                    },
                    {
                        "text": (
                            "¿Puedes explicar tu oferta en función de los objetivos "
                            "de una ciudad, como el clima, los servicios a la "
                            "ciudadanía o los costes?"
                        ),
                        "help_text": "",
                        "answers": [
                            "La verdad es que no; describimos nuestra tecnología.",
                            "Solo en términos generales.",
                            "Sí, para uno de esos objetivos.",
                            "Sí, con datos de lugares parecidos.",
                            "Sí, con datos y con indicadores que la ciudad ya utiliza.",
                        ],
                    },
                ],
            },
            {
                "name": "Contratación pública",
                "description": (
                    "Hasta qué punto está preparada tu organización para "
                    "encontrar, entender y ganar licitaciones públicas, incluida "
                    "la compra pública de innovación."
                ),
                "questions": [
                    {
                        "text": (
                            "¿Se ha presentado tu organización alguna vez a un "
                            "contrato público?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No, y no sabríamos por dónde empezar.",
                            "No, pero sabemos dónde se publican las licitaciones.",
                            "Sí, pero no ganamos.",
                            "Sí, y hemos ganado al menos un contrato.",
                            "Sí, con regularidad, y hemos ganado varios contratos.",
                        ],
                    },
                    {
                        "text": (
                            "¿Conoces los procedimientos que usan las ciudades para "
                            "comprar innovación, como la compra pública "
                            "precomercial o la asociación para la innovación?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No había oído hablar de ellos.",
                            "Me suenan los nombres.",
                            "Sé en qué se diferencian de una licitación ordinaria.",
                            "Hemos estudiado una convocatoria real de este tipo.",
                            "Hemos participado en una.",
                        ],
                    },
                    {
                        "text": (
                            "¿Podríais reunir en dos semanas los documentos que "
                            "suele pedir una licitación?"
                        ),
                        "help_text": (
                            "Por ejemplo, certificados de la empresa, referencias, "
                            "cuentas anuales y una descripción de vuestro método."
                        ),
                        "answers": [
                            "No.",
                            "Algunos, con mucho esfuerzo.",
                            "La mayoría.",
                            "Sí, los tenemos preparados y actualizados.",
                        ],
                    },
                ],
            },
            {
                "name": "Sostenibilidad",
                "description": (
                    "Cómo contribuyen tu oferta y tu organización a los objetivos "
                    "climáticos y ambientales."
                ),
                "questions": [
                    {
                        "text": (
                            "¿Medís los efectos ambientales de vuestros productos o "
                            "servicios (energía, emisiones, agua, residuos)?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Tenemos una idea aproximada.",
                            "Medimos algunos en nuestra propia actividad.",
                            "Los medimos para nuestra oferta y podemos compartir "
                            "las cifras.",
                            "Los medimos con un método reconocido y los usamos en "
                            "nuestras ofertas.",
                        ],
                    },
                    {
                        "text": (
                            "¿Ayuda tu oferta a una ciudad a adaptarse a riesgos "
                            "climáticos como el calor, la sequía o las inundaciones?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "De forma indirecta.",
                            "Sí, y sabemos explicar cómo.",
                            "Sí, con resultados de un piloto o de un cliente.",
                            "Sí, y está diseñada a partir del plan de adaptación o "
                            "climático de una ciudad.",
                        ],
                    },
                    {
                        "text": (
                            "¿Está diseñada tu oferta según los principios de la "
                            "economía circular: reparación, reutilización, "
                            "materiales reciclados, servicios en lugar de productos?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Lo hemos pensado.",
                            "Algunas partes de la oferta los siguen.",
                            "La mayor parte de la oferta los sigue.",
                            "Son el centro de nuestro modelo de negocio.",
                        ],
                    },
                ],
            },
            {
                "name": "Alianzas",
                "description": (
                    "Cómo trabajas con otros: ciudades, centros de investigación y "
                    "otras empresas."
                ),
                "questions": [
                    {
                        "text": (
                            "¿Habéis colaborado con otras empresas en una oferta o "
                            "una licitación conjunta?"
                        ),
                        "help_text": "",
                        "answers": [
                            "Nunca.",
                            "Una vez, de manera informal.",
                            "Sí, con un acuerdo por escrito.",
                            "Sí, varias veces, también con socios de otro país.",
                            "Tenemos alianzas estables y una forma clara de "
                            "repartir el trabajo y el riesgo.",
                        ],
                    },
                    {
                        "text": (
                            "¿Habéis trabajado con una universidad, un centro de "
                            "investigación o una entidad de apoyo empresarial?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Hemos conocido a algunos.",
                            "Hemos recibido asesoramiento o formación de alguno.",
                            "Hemos llevado a cabo un proyecto conjunto con alguno.",
                            "Colaboramos con regularidad y eso da forma a nuestra "
                            "oferta.",
                        ],
                    },
                    {
                        "text": (
                            "¿Diseñaríais un piloto junto con una ciudad, "
                            "compartiendo datos y resultados de forma abierta?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No, solo vendemos productos acabados.",
                            "Quizá, pero nos preocupa nuestra propiedad intelectual.",
                            "Sí, si las condiciones están claras.",
                            "Sí; ya lo hemos hecho y tenemos un acuerdo tipo que "
                            "utilizamos.",
                        ],
                    },
                ],
            },
        ],
    },
    "city-readiness-for-innovation-and-climate-action": {
        "title": "Preparación de la ciudad para la innovación y la acción climática",
        "introduction": (
            "Para personal municipal y equipos de la ciudad: quince preguntas sobre "
            "lo preparada que está tu ciudad para comprar innovación y actuar "
            "frente al cambio climático, en cinco dimensiones. Responde pensando en "
            "tu ciudad o tu departamento tal como es hoy. Los resultados te "
            "orientan hacia cursos y herramientas para los puntos más débiles."
        ),
        "dimensions": [
            {
                "name": "Estrategia",
                "description": (
                    "Si la ciudad tiene objetivos claros y compartidos de "
                    "innovación y acción climática."
                ),
                "questions": [
                    {
                        "text": (
                            "¿Tiene tu ciudad una estrategia de innovación o de "
                            "ciudad inteligente?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Se está debatiendo.",
                            "Sí, pero no se usa en las decisiones del día a día.",
                            "Sí, con prioridades y presupuesto.",
                            "Sí, con prioridades, presupuesto y un informe anual "
                            "de avances.",
                        ],
                    },
                    {
                        "text": (
                            "¿Se describen los retos de la ciudad como problemas "
                            "que resolver y no como soluciones que comprar?"
                        ),
                        "help_text": (
                            "Por ejemplo, «reducir el calor en el camino al colegio» "
                            "en lugar de «instalar toldos»."
                        ),
                        "answers": [
                            "No.",
                            "Rara vez.",
                            "En algunos proyectos.",
                            "En la mayoría de los proyectos nuevos.",
                            "Siempre, y se publican para que el mercado los lea.",
                        ],
                    },
                    {
                        "text": (
                            "¿Quién lidera la innovación entre los distintos "
                            "departamentos municipales?"
                        ),
                        "help_text": "",
                        "answers": [
                            "Nadie.",
                            "Cada departamento por su cuenta.",
                            "Una persona, entre otras tareas.",
                            "Un equipo con un mandato de la dirección de la ciudad.",
                            "Un equipo con mandato, presupuesto y reuniones "
                            "periódicas entre departamentos.",
                        ],
                    },
                ],
            },
            {
                "name": "Datos",
                "description": (
                    "Si la ciudad recoge, comparte y utiliza datos para decidir y "
                    "para medir resultados."
                ),
                "questions": [
                    {
                        "text": "¿Publica la ciudad datos abiertos?",
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Algunos conjuntos de datos, sin actualizar.",
                            "Varios conjuntos de datos, actualizados de vez en cuando.",
                            "Un portal de datos abiertos mantenido.",
                            "Un portal mantenido, en formatos estándar que usan las "
                            "empresas.",
                        ],
                    },
                    {
                        "text": "Cuando termina un piloto, ¿cómo se valora su éxito?",
                        "help_text": "",
                        "answers": [
                            "Por impresiones.",
                            "Por el informe del proveedor.",
                            "Con indicadores elegidos al final.",
                            "Con indicadores acordados antes de empezar el piloto.",
                            "Con indicadores acordados de antemano, una línea de "
                            "base y datos que recoge la propia ciudad.",
                        ],
                    },
                    {
                        "text": (
                            "¿Indican los nuevos contratos quién es el propietario "
                            "de los datos que genera una solución y quién puede "
                            "reutilizarlos?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "A veces.",
                            "Normalmente, con una redacción tipo.",
                            "Siempre, con cláusulas sobre acceso, formatos y "
                            "privacidad.",
                        ],
                    },
                ],
            },
            {
                "name": "Compra pública de innovación",
                "description": (
                    "Si la forma de comprar de la ciudad deja espacio para "
                    "soluciones nuevas y para proveedores pequeños."
                ),
                "questions": [
                    {
                        "text": "¿Consulta la ciudad al mercado antes de licitar?",
                        "help_text": "",
                        "answers": [
                            "Nunca.",
                            "De vez en cuando, de manera informal.",
                            "En las compras grandes.",
                            "Con regularidad, con consultas preliminares al mercado "
                            "publicadas.",
                            "Con regularidad, y lo que aprende se refleja en los "
                            "pliegos.",
                        ],
                    },
                    {
                        "text": (
                            "¿Ha utilizado la ciudad la compra pública precomercial, "
                            "una asociación para la innovación u otro procedimiento "
                            "similar?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No, y no sabríamos cómo hacerlo.",
                            "No, pero los hemos estudiado.",
                            "Estamos preparando uno.",
                            "Sí, una vez.",
                            "Sí, más de una vez, y compartimos lo aprendido.",
                        ],
                    },
                    {
                        "text": (
                            "¿Cómo tienen en cuenta las licitaciones de la ciudad a "
                            "las pequeñas y medianas empresas?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No las tienen especialmente en cuenta.",
                            "Algunas licitaciones se dividen en lotes.",
                            "Los lotes son habituales y los requisitos, "
                            "proporcionados.",
                            "Lotes, requisitos proporcionados y criterios de "
                            "adjudicación claros sobre la calidad.",
                            "Todo lo anterior, además de sesiones informativas y "
                            "explicaciones a quienes no ganan.",
                        ],
                    },
                ],
            },
            {
                "name": "Riesgo climático",
                "description": (
                    "Si la ciudad conoce sus riesgos climáticos y planifica cómo "
                    "adaptarse."
                ),
                "questions": [
                    {
                        "text": (
                            "¿Ha evaluado la ciudad sus riesgos climáticos: calor, "
                            "sequía, inundaciones, subida del nivel del mar?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Solo en términos generales.",
                            "Para algunos peligros o barrios.",
                            "Una evaluación completa, de hace menos de cinco años.",
                            "Una evaluación completa y reciente que se usa para "
                            "fijar prioridades.",
                        ],
                    },
                    {
                        "text": (
                            "¿Tiene la ciudad un plan de adaptación o de acción "
                            "climática?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Se está preparando.",
                            "Sí, aprobado.",
                            "Sí, con medidas, responsables y presupuesto.",
                            "Sí, con medidas, responsables, presupuesto y "
                            "seguimiento anual.",
                        ],
                    },
                    {
                        "text": (
                            "¿Forman parte los criterios climáticos de las compras y "
                            "de las decisiones sobre proyectos de la ciudad?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "En algunos proyectos.",
                            "En los proyectos de energía y de edificación.",
                            "En la mayoría de los proyectos, con criterios de "
                            "compra pública verde.",
                            "Siempre, con criterios y seguimiento de los resultados.",
                        ],
                    },
                ],
            },
            {
                "name": "Colaboración con pymes",
                "description": (
                    "Si la ciudad trabaja de forma abierta con las empresas locales "
                    "y regionales para resolver sus retos."
                ),
                "questions": [
                    {
                        "text": (
                            "¿Cómo se enteran las empresas de los retos de la ciudad?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No se enteran, salvo que se publique una licitación.",
                            "Por contactos personales.",
                            "En eventos ocasionales.",
                            "Por una lista publicada de retos.",
                            "Por una lista publicada, eventos periódicos y una "
                            "persona de contacto.",
                        ],
                    },
                    {
                        "text": (
                            "¿Ha organizado la ciudad un taller de cocreación, un "
                            "hackatón o una convocatoria abierta con pymes?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Una vez, sin seguimiento.",
                            "Sí, con algo de seguimiento.",
                            "Sí, y dio lugar a un piloto.",
                            "Sí, con regularidad, y algunos pilotos se han ampliado.",
                        ],
                    },
                    {
                        "text": (
                            "¿Existe un acuerdo tipo para realizar pilotos con "
                            "empresas?"
                        ),
                        "help_text": "",
                        "answers": [
                            "No.",
                            "Redactamos uno cada vez.",
                            "Existe una plantilla, pero casi no se usa.",
                            "Sí, una plantilla que cubre datos, propiedad "
                            "intelectual y evaluación.",
                            "Sí, y es pública, así que las empresas conocen las "
                            "condiciones de antemano.",
                        ],
                    },
                ],
            },
        ],
    },
}

CONTACT_LABEL = "Equipo del programa Smart Cities Academy"

CITIES = {
    "malaga": {
        "title": "Málaga",
        "summary": (
            "Una ciudad portuaria de la Costa del Sol que ha desarrollado un sector "
            "tecnológico junto al turismo y quiere que ambos prosperen en veranos "
            "cada vez más calurosos."
        ),
        "region": "Andalucía",
        "partner": "Un centro europeo de empresas e innovación de Málaga (socio del "
        "programa)",
        "profile": [
            "<p>Málaga se asienta entre las montañas y el mar, en la costa sur de "
            "España. Su puerto, su casco histórico y sus museos atraen visitantes "
            "durante todo el año, y su aeropuerto la conecta con buena parte de "
            "Europa. En las últimas décadas la ciudad también se ha ganado una "
            "reputación tecnológica, con un gran parque tecnológico, una "
            "universidad y un número creciente de empresas emergentes y pequeñas "
            "firmas de software e ingeniería.</p>",
            "<p>El éxito trae presión. Visitantes y nuevos residentes compiten por "
            "la vivienda y el espacio público del centro, los veranos son cada vez "
            "más calurosos y secos, y la hostelería genera muchos residuos. Los "
            "retos de la ciudad en este portal tratan de mantener Málaga habitable "
            "para quienes viven en ella mientras su economía sigue creciendo.</p>",
        ],
        "innovation_strategy": (
            "<p>El resumen utilizado en esta demostración: trabajar con el parque "
            "tecnológico, la universidad y las entidades locales de apoyo "
            "empresarial para probar soluciones en calles y edificios reales, y "
            "recurrir a la <strong>consulta preliminar al mercado</strong> para "
            "que las pequeñas empresas conozcan las necesidades antes de que se "
            "redacten los pliegos.</p>"
        ),
        "climate_strategy": (
            "<p>El resumen utilizado en esta demostración: reducir la exposición "
            "al calor en el espacio público, ahorrar agua en una región propensa a "
            "la sequía y recortar los residuos y las emisiones del turismo, con "
            "objetivos medibles de los que se informa cada año.</p>"
        ),
    },
    "murcia": {
        "title": "Murcia",
        "summary": (
            "Una ciudad universitaria en el fértil valle del río Segura, con una "
            "economía agroalimentaria fuerte y una larga tradición de compartir un "
            "agua escasa."
        ),
        "region": "Región de Murcia",
        "partner": "Un centro europeo de empresas e innovación de Murcia (socio "
        "principal del programa)",
        "profile": [
            "<p>Murcia se encuentra en el valle del río Segura, rodeada por la "
            "<em>huerta</em>, las tierras de regadío que alimentan a la ciudad "
            "desde hace siglos. El municipio es grande y disperso: además del "
            "centro incluye decenas de pedanías. Dos universidades y un sector "
            "agroalimentario y logístico muy activo dan forma a su economía.</p>",
            "<p>El agua es el hilo conductor de sus retos. La región es una de las "
            "más secas de Europa, los veranos son muy calurosos y el reparto del "
            "agua entre explotaciones agrícolas, hogares y zonas verdes es un "
            "debate público constante. Conectar las pedanías y ofrecer a los "
            "jóvenes buenos empleos cerca de casa son las otras prioridades en "
            "este portal.</p>",
        ],
        "innovation_strategy": (
            "<p>El resumen utilizado en esta demostración: aprovechar las "
            "universidades y la red de apoyo empresarial de la ciudad para ayudar "
            "a crecer a las pymes locales, y publicar los retos como problemas que "
            "resolver para que las empresas puedan proponer sus propias "
            "respuestas.</p>"
        ),
        "climate_strategy": (
            "<p>El resumen utilizado en esta demostración: cada gota cuenta. Riego "
            "más inteligente de las zonas verdes públicas, reutilización del agua "
            "depurada, sombra y frescor en el espacio público y un transporte más "
            "limpio entre el centro y las pedanías.</p>"
        ),
    },
    "cartagena": {
        "title": "Cartagena",
        "summary": (
            "Un histórico puerto militar del Mediterráneo con base industrial, "
            "patrimonio romano y barrios bajos expuestos a inundaciones repentinas."
        ),
        "region": "Región de Murcia",
        "partner": "Miembro del grupo de ciudades líderes del programa",
        "profile": [
            "<p>Cartagena es puerto desde hace más de dos mil años. Su bahía "
            "natural la convirtió en base naval, su teatro romano y sus murallas "
            "atraen visitantes, y una zona industrial próxima al puerto acoge "
            "plantas energéticas y químicas. La ciudad está cerca del Mar Menor, "
            "una laguna costera cuya salud es una gran preocupación regional.</p>",
            "<p>Las fuertes lluvias de otoño pueden convertir ramblas secas en "
            "torrentes en pocas horas, y parte de la ciudad está en zonas bajas. Un "
            "aire más limpio junto al puerto y nuevos usos para antiguos terrenos "
            "industriales son los otros retos que comparte en este portal.</p>",
        ],
        "innovation_strategy": (
            "<p>El resumen utilizado en esta demostración: convertir el puerto, la "
            "zona industrial y las escuelas de ingeniería de la universidad en un "
            "banco de pruebas para una industria y una logística más limpias, en "
            "colaboración con el apoyo empresarial regional.</p>"
        ),
        "climate_strategy": (
            "<p>El resumen utilizado en esta demostración: proteger a las personas "
            "y los bienes frente a las inundaciones repentinas con alerta temprana "
            "y drenaje basado en la naturaleza, mejorar la calidad del aire y "
            "reducir la presión sobre la costa y la laguna.</p>"
        ),
    },
    "molina-de-segura": {
        "title": "Molina de Segura",
        "summary": (
            "Una localidad industrial al norte de Murcia, conocida por su industria "
            "alimentaria, que quiere que sus fábricas, su agua y sus servicios "
            "funcionen de forma más inteligente."
        ),
        "region": "Región de Murcia",
        "partner": "Miembro del grupo de ciudades líderes del programa",
        "profile": [
            "<p>Molina de Segura creció en torno a la industria conservera y "
            "agroalimentaria del valle del Segura, y sus polígonos industriales "
            "siguen siendo una parte importante de su economía. Muchas de sus "
            "empresas son pequeñas y familiares, cercanas a las explotaciones "
            "agrícolas que las abastecen.</p>",
            "<p>El coste de la energía, el agua y el envejecimiento de la población "
            "son los temas de sus retos en este portal. Como municipio de tamaño "
            "medio puede poner en marcha pilotos con rapidez, y tiene interés en "
            "trabajar con las pymes locales.</p>",
        ],
        "innovation_strategy": (
            "<p>El resumen utilizado en esta demostración: apoyar la modernización "
            "de la industria local, probar soluciones en edificios municipales y "
            "polígonos y abrir la contratación a las pequeñas empresas locales.</p>"
        ),
        "climate_strategy": (
            "<p>El resumen utilizado en esta demostración: consumir menos energía "
            "en los polígonos industriales, reutilizar el agua depurada y proteger "
            "a las personas mayores durante las olas de calor.</p>"
        ),
    },
    "genova": {
        "title": "Génova",
        "summary": (
            "Una gran ciudad portuaria encajada entre colinas empinadas y el mar, "
            "que afronta inundaciones repentinas, una población envejecida y "
            "calles estrechas y abarrotadas."
        ),
        "region": "Liguria",
        "partner": "Una agencia regional de financiación e innovación de Liguria "
        "(socia del programa)",
        "profile": [
            "<p>Génova se extiende durante kilómetros a lo largo de la costa "
            "ligur, trepando por colinas empinadas surcadas por ríos cortos. Su "
            "puerto es uno de los más activos del Mediterráneo, y su centro "
            "medieval, con sus estrechos <em>caruggi</em>, es uno de los más "
            "grandes de Europa.</p>",
            "<p>La forma de la ciudad explica sus retos. Las intensas lluvias de "
            "otoño pueden desbordar los arroyos en menos de una hora; muchos "
            "residentes son mayores y viven en las laderas; y las mercancías deben "
            "llegar a las tiendas por callejones donde no entran los camiones. La "
            "agencia regional de Liguria apoya a las empresas locales que quieren "
            "resolver estos problemas.</p>",
        ],
        "innovation_strategy": (
            "<p>El resumen utilizado en esta demostración: combinar el puerto, los "
            "centros de investigación y el apoyo regional a las pymes, y usar la "
            "compra pública de innovación para incorporar soluciones probadas a "
            "los servicios públicos.</p>"
        ),
        "climate_strategy": (
            "<p>El resumen utilizado en esta demostración: alerta temprana y "
            "prevención de inundaciones y deslizamientos, protección frente al "
            "calor para los residentes mayores y una logística más limpia en el "
            "casco histórico.</p>"
        ),
    },
    "kfar-saba": {
        "title": "Kfar Saba",
        "summary": (
            "Una ciudad verde de la llanura de Sarón y socia del programa, que "
            "acogió las reuniones de su grupo de ciudades líderes."
        ),
        "region": "Distrito Central",
        "partner": "El Ayuntamiento de Kfar Saba (socio del programa)",
        "profile": [
            "<p>Kfar Saba está en la llanura de Sarón, al noreste de Tel Aviv, y "
            "es conocida por sus parques y sus calles arboladas. Es sobre todo "
            "residencial, con muchas familias y personas que se desplazan a "
            "diario, y un número creciente de pequeñas empresas de servicios y "
            "tecnología.</p>",
            "<p>El ayuntamiento es socio del programa y acogió en 2021 las "
            "reuniones en línea de su grupo de ciudades líderes, en las que las "
            "ciudades debatieron sobre innovación, preparación ante el cambio "
            "climático y desarrollo sostenible. Sus retos en este portal tratan "
            "del calor, el agua y la apertura de la contratación municipal a las "
            "pymes locales.</p>",
        ],
        "innovation_strategy": (
            "<p>El resumen utilizado en esta demostración: facilitar la "
            "contratación municipal a las pymes locales, probar soluciones nuevas "
            "en espacios públicos y colegios, y aprender junto con otras ciudades "
            "mediterráneas.</p>"
        ),
        "climate_strategy": (
            "<p>El resumen utilizado en esta demostración: sombra y frescor para "
            "quienes van a pie y en bicicleta, captación de agua de lluvia y "
            "protección de los acuíferos, y ahorro de energía en los edificios "
            "públicos.</p>"
        ),
    },
    "tel-aviv": {
        "title": "Tel Aviv",
        "summary": (
            "Una ciudad costera densa y un polo tecnológico, donde la universidad "
            "socia del programa estudió los retos de las ciudades."
        ),
        "region": "Distrito de Tel Aviv",
        "partner": "La Universidad de Tel Aviv, cuyo laboratorio de innovación "
        "urbana y sostenibilidad realizó el estudio del programa sobre los retos "
        "de las ciudades",
        "profile": [
            "<p>Tel Aviv-Yafo es el centro económico y cultural de la llanura "
            "costera de Israel, con un paseo marítimo animado, una gran comunidad "
            "de empresas emergentes y una antigua ciudad portuaria, Jaffa, en su "
            "extremo sur. Mucha gente entra cada día en la ciudad para "
            "trabajar.</p>",
            "<p>El laboratorio de innovación urbana y sostenibilidad de la "
            "Universidad de Tel Aviv realizó el estudio del programa sobre los "
            "principales retos económicos, sociales y ambientales de las ciudades. "
            "Los retos propios de la ciudad en este portal tratan del espacio en la "
            "calle, la energía y la manera de seguir abierta a los residentes "
            "jóvenes y a las nuevas empresas.</p>",
        ],
        "innovation_strategy": (
            "<p>El resumen utilizado en esta demostración: usar la ciudad como "
            "banco de pruebas para empresas emergentes y pymes, compartir datos de "
            "forma abierta y convertir los pilotos que funcionan en servicios.</p>"
        ),
        "climate_strategy": (
            "<p>El resumen utilizado en esta demostración: reducir el consumo de "
            "energía de los edificios municipales, repartir el espacio de la calle "
            "de forma justa entre peatones, bicicletas, repartos y coches, y "
            "preparar la costa para la subida del mar.</p>"
        ),
    },
    "herzliya": {
        "title": "Herzliya",
        "summary": (
            "Una ciudad costera al norte de Tel Aviv con un distrito empresarial de "
            "alta tecnología, un puerto deportivo y acantilados que el mar va "
            "erosionando."
        ),
        "region": "Distrito de Tel Aviv",
        "partner": "Miembro del grupo de ciudades líderes del programa",
        "profile": [
            "<p>Herzliya combina barrios residenciales tranquilos con uno de los "
            "distritos empresariales de alta tecnología más conocidos de Israel, "
            "cerca de la costa. Sus playas y su puerto deportivo atraen "
            "visitantes, y los acantilados que se alzan sobre ellos se erosionan "
            "poco a poco.</p>",
            "<p>Con tantas empresas tecnológicas a un paso, la ciudad tiene "
            "interés en probar soluciones nuevas en calles reales. Sus retos en "
            "este portal tratan de la costa, las pruebas urbanas y el tráfico "
            "alrededor de los colegios.</p>",
        ],
        "innovation_strategy": (
            "<p>El resumen utilizado en esta demostración: abrir las calles y los "
            "edificios de la ciudad a pilotos bien diseñados con empresas locales, "
            "con acuerdos claros sobre datos y evaluación.</p>"
        ),
        "climate_strategy": (
            "<p>El resumen utilizado en esta demostración: proteger la costa y sus "
            "acantilados, reducir los desplazamientos en coche y prepararse para "
            "veranos más calurosos.</p>"
        ),
    },
    "eilat": {
        "title": "Eilat",
        "summary": (
            "Una ciudad del desierto a orillas del mar Rojo, donde el calor "
            "extremo, la escasez de agua y un frágil arrecife de coral marcan la "
            "vida diaria y la economía turística."
        ),
        "region": "Distrito Sur",
        "partner": "Miembro del grupo de ciudades líderes del programa",
        "profile": [
            "<p>Eilat es la ciudad más meridional de Israel, entre las montañas del "
            "desierto y el golfo de Áqaba, en el mar Rojo. El turismo, con sus "
            "hoteles, sus playas y su arrecife de coral, es el corazón de su "
            "economía.</p>",
            "<p>En verano las temperaturas superan a menudo los 40 °C, y casi toda "
            "el agua procede de la desalinización. Proteger a los residentes del "
            "calor, garantizar el agua y cuidar el arrecife que atrae a los "
            "visitantes son los retos que comparte en este portal.</p>",
        ],
        "innovation_strategy": (
            "<p>El resumen utilizado en esta demostración: aprovechar el clima "
            "extremo de la ciudad como banco de pruebas para soluciones de calor y "
            "agua que otras ciudades necesitarán en el futuro.</p>"
        ),
        "climate_strategy": (
            "<p>El resumen utilizado en esta demostración: proteger a las personas "
            "del calor extremo, aprovechar bien cada litro de agua y lograr un "
            "turismo más respetuoso con el mar y el arrecife.</p>"
        ),
    },
}

CHALLENGES = {
    "malaga/cooler-streets-in-heatwaves": {
        "title": "Calles más frescas durante las olas de calor",
        "summary": (
            "Mantener transitables las calles peatonales más concurridas durante "
            "las olas de calor con sombra, agua y materiales que no se calienten."
        ),
        "description": [
            "<p>En las tardes más calurosas del verano, el pavimento de algunas "
            "calles del centro quema al pisarlo y las personas mayores evitan "
            "salir. No se pueden plantar árboles en todas partes: muchas calles "
            "son estrechas y tienen servicios bajo la acera.</p>",
            "<p>La ciudad busca combinaciones de sombra, superficies frescas, agua "
            "e información que puedan instalarse rápido, retirarse en invierno si "
            "hace falta y medirse. Quiere escuchar a las empresas antes de decidir "
            "qué comprar.</p>",
        ],
        "outcomes": [
            "Temperaturas del aire y del suelo más bajas en las calles elegidas.",
            "Más gente paseando por ellas en las tardes de calor.",
            "Soluciones que la ciudad pueda mantener con sus propios equipos.",
        ],
        "indicators": [
            "Temperatura del pavimento a las 16:00 en días de más de 35 °C.",
            "Recuentos de peatones en julio y agosto.",
            "Coste anual de mantenimiento por calle.",
        ],
    },
    "malaga/tourism-and-residents-in-the-historic-centre": {
        "title": "Turismo y vecinos en el centro histórico",
        "summary": (
            "Entender y equilibrar el uso que visitantes y vecinos hacen del "
            "centro histórico, para que el barrio siga siendo un lugar donde vivir."
        ),
        "description": [
            "<p>Los vecinos del centro histórico dicen que las aglomeraciones, el "
            "ruido y los alquileres de corta duración están expulsando a la "
            "población. La ciudad tiene datos sobre el número de visitantes, pero "
            "pocos sobre dónde y cuándo se concentra la presión o sobre lo que "
            "necesitan los vecinos para quedarse.</p>",
            "<p>Le gustaría recibir ideas para medir la presión calle a calle, "
            "respetando la privacidad, y servicios que repartan mejor a los "
            "visitantes y apoyen al comercio de proximidad.</p>",
        ],
        "outcomes": [
            "Una imagen compartida y actualizada de la presión sobre el centro.",
            "Medidas que, según los vecinos, mejoran su vida diaria.",
        ],
        "indicators": [
            "Población residente en el centro, año a año.",
            "Aglomeración máxima en las diez calles más concurridas.",
            "Satisfacción de los vecinos en una encuesta anual.",
        ],
    },
    "malaga/less-waste-from-hospitality": {
        "title": "Menos residuos de alimentos y envases en la hostelería",
        "summary": (
            "Ayudar a bares, restaurantes y hoteles a reducir los residuos de "
            "alimentos y envases, y a convertir lo que quede en compost o en "
            "nuevos materiales."
        ),
        "description": [
            "<p>La hostelería es una de las mayores fuentes de residuos de la "
            "ciudad, y la mayor parte se recoge mezclada. Un piloto está probando "
            "la recogida separada de restos de comida en un distrito, con un "
            "pequeño grupo de restaurantes.</p>",
            "<p>La ciudad quiere conocer empresas que ofrezcan envases "
            "reutilizables, herramientas para evitar el desperdicio de alimentos o "
            "formas de aprovechar localmente los residuos orgánicos recogidos.</p>",
        ],
        "outcomes": [
            "Menos residuos mezclados procedentes de la hostelería.",
            "Residuos orgánicos tratados cerca de donde se producen.",
        ],
        "indicators": [
            "Toneladas de residuos mezclados por establecimiento y mes.",
            "Porcentaje de residuos orgánicos recogidos por separado.",
            "Número de establecimientos participantes.",
        ],
    },
    "murcia/saving-water-in-parks": {
        "title": "Ahorro de agua en parques y jardines públicos",
        "summary": (
            "Regar los parques de la ciudad con menos agua, usando sensores, datos "
            "meteorológicos y plantas adaptadas a un clima seco."
        ),
        "description": [
            "<p>Las zonas verdes públicas importan más a medida que los veranos se "
            "vuelven más calurosos, pero regarlas consume buena parte del agua de "
            "la ciudad. La mayoría de los parques se siguen regando con "
            "programadores fijos, haga el tiempo que haga.</p>",
            "<p>Un piloto en varios parques está probando sensores de humedad del "
            "suelo y un control basado en la meteorología. La ciudad busca "
            "soluciones que el personal de jardinería encuentre fáciles de usar y "
            "que funcionen con los equipos ya instalados.</p>",
        ],
        "outcomes": [
            "Menos agua por metro cuadrado de zona verde.",
            "Plantas sanas durante todo el verano.",
            "Personal de jardinería formado y seguro con el sistema.",
        ],
        "indicators": [
            "Metros cúbicos de agua por hectárea y mes.",
            "Porcentaje de parques con control según la meteorología.",
            "Pérdidas de plantas al final de cada verano.",
        ],
    },
    "murcia/clean-transport-to-the-districts": {
        "title": "Transporte limpio entre el centro y las pedanías",
        "summary": (
            "Ofrecer a quienes viven en las pedanías una forma limpia y fiable de "
            "llegar al centro sin coche."
        ),
        "description": [
            "<p>Muchos vecinos viven en pedanías a varios kilómetros del centro, "
            "donde los autobuses pasan poco y la mayoría de los trayectos se hacen "
            "en coche. Quienes no tienen coche, a menudo personas mayores o "
            "jóvenes, tienen dificultades para llegar al trabajo, los estudios y "
            "los servicios.</p>",
            "<p>La ciudad quiere conocer mejor las necesidades de desplazamiento y "
            "explorar servicios a demanda, conexiones ciclistas seguras y mejores "
            "enlaces entre modos de transporte.</p>",
        ],
        "outcomes": [
            "Más trayectos desde las pedanías sin coche particular.",
            "Viajes al centro más cortos y previsibles.",
        ],
        "indicators": [
            "Porcentaje de trayectos en transporte público, bicicleta o a pie.",
            "Tiempo medio de viaje desde cinco pedanías elegidas.",
        ],
    },
    "murcia/skilled-jobs-for-young-people": {
        "title": "Empleo cualificado para jóvenes",
        "summary": (
            "Ayudar a los jóvenes a encontrar trabajo cualificado en empresas "
            "locales, sobre todo en la economía verde y digital."
        ),
        "description": [
            "<p>El desempleo juvenil es alto y muchos titulados se marchan a buscar "
            "trabajo fuera, mientras las empresas locales dicen que no encuentran "
            "personas con las competencias que necesitan.</p>",
            "<p>La ciudad quiere escuchar a empresas y centros de formación con "
            "ideas sobre prácticas, cursos cortos y servicios que pongan en "
            "contacto a los jóvenes con las pymes.</p>",
        ],
        "outcomes": [
            "Más jóvenes con empleo cualificado en pymes locales.",
            "Empresas capaces de cubrir puestos técnicos en la zona.",
        ],
        "indicators": [
            "Tasa de paro de los residentes de 16 a 29 años.",
            "Prácticas que terminan en un empleo en seis meses.",
        ],
    },
    "cartagena/flash-flood-protection": {
        "title": "Protección de los barrios bajos frente a las inundaciones repentinas",
        "summary": (
            "Avisar antes a los vecinos y retener el agua de lluvia en los barrios "
            "más expuestos a las inundaciones repentinas."
        ),
        "description": [
            "<p>Unas pocas horas de lluvia intensa pueden inundar calles y bajos "
            "en los barrios más bajos. Los avisos llegan tarde a los vecinos, y la "
            "red de drenaje no se diseñó para las tormentas de hoy.</p>",
            "<p>La ciudad está consultando al mercado sobre redes de sensores, "
            "sistemas de alerta e infraestructura verde que almacene el agua donde "
            "cae.</p>",
        ],
        "outcomes": [
            "Vecinos avisados con tiempo suficiente para actuar.",
            "Menos agua llegando a las calles más bajas durante las tormentas.",
        ],
        "indicators": [
            "Minutos entre la alerta y la primera inundación.",
            "Inmuebles inundados por cada gran tormenta.",
            "Agua de lluvia retenida por la infraestructura verde (metros cúbicos).",
        ],
    },
    "cartagena/cleaner-air-around-the-port": {
        "title": "Aire más limpio alrededor del puerto",
        "summary": (
            "Medir y reducir la contaminación del aire procedente de barcos, "
            "camiones e industria en los barrios junto al puerto."
        ),
        "description": [
            "<p>A los vecinos cercanos al puerto les preocupan las emisiones de los "
            "barcos atracados, el tráfico pesado y la industria. Hay pocas "
            "estaciones oficiales de medición, así que la imagen calle a calle es "
            "incompleta.</p>",
            "<p>La ciudad se interesa por sensores asequibles, datos abiertos y "
            "medidas como una logística más limpia que puedan probarse con el "
            "puerto y las empresas locales.</p>",
        ],
        "outcomes": [
            "Una imagen fiable y pública de la calidad del aire junto al puerto.",
            "Descensos medibles de los principales contaminantes.",
        ],
        "indicators": [
            "Media anual de dióxido de nitrógeno y partículas finas.",
            "Días por encima de los valores guía sanitarios.",
        ],
    },
    "cartagena/new-uses-for-industrial-land": {
        "title": "Nuevos usos para antiguos terrenos industriales",
        "summary": (
            "Recuperar suelo industrial vacío para empresas verdes, con un uso "
            "circular de materiales y energía."
        ),
        "description": [
            "<p>Varios terrenos industriales cerca de la ciudad están vacíos o "
            "infrautilizados. Reutilizarlos evitaría construir en suelo libre y "
            "podría traer empleo, pero el suelo, los edificios y la propiedad "
            "plantean interrogantes.</p>",
            "<p>La ciudad quiere ideas de usos temporales y permanentes, servicios "
            "compartidos para pequeñas empresas y formas de reutilizar materiales "
            "de demolición.</p>",
        ],
        "outcomes": [
            "Antiguo suelo industrial de nuevo en uso productivo.",
            "Nuevas empresas y empleos en la economía circular.",
        ],
        "indicators": [
            "Hectáreas de antiguo suelo industrial en uso.",
            "Empleos creados en los terrenos recuperados.",
            "Porcentaje de material de demolición reutilizado.",
        ],
    },
    "molina-de-segura/energy-efficient-industrial-estates": {
        "title": "Eficiencia energética en los polígonos industriales",
        "summary": (
            "Reducir las facturas de energía y las emisiones de las pequeñas "
            "fábricas compartiendo datos, equipos y energía renovable en los "
            "polígonos."
        ),
        "description": [
            "<p>Los pequeños fabricantes de los polígonos pagan facturas de energía "
            "elevadas, y pocos tienen tiempo o conocimientos para reducirlas. Hay "
            "tejados que podrían albergar paneles solares y siguen vacíos.</p>",
            "<p>El municipio ha abierto una licitación para un servicio energético "
            "que audite a las empresas, proponga medidas compartidas y haga el "
            "seguimiento de los ahorros. Se admiten ofertas de consorcios de "
            "pymes.</p>",
        ],
        "outcomes": [
            "Menor consumo y menores facturas de energía en las empresas "
            "participantes.",
            "Más energía renovable producida en los polígonos.",
        ],
        "indicators": [
            "Consumo de energía por empresa, antes y después.",
            "Kilovatios hora de energía renovable producidos in situ.",
        ],
    },
    "molina-de-segura/reusing-treated-wastewater": {
        "title": "Reutilización de aguas residuales depuradas",
        "summary": (
            "Usar agua depurada para parques, limpieza viaria e industria en lugar "
            "de agua potable."
        ),
        "description": [
            "<p>El agua depurada es una fuente fiable en una región seca, pero "
            "llevarla adonde hace falta, con la calidad adecuada, requiere "
            "tuberías, almacenamiento y control.</p>",
            "<p>Un piloto suministra agua depurada a un parque y a los vehículos de "
            "limpieza viaria. El municipio busca herramientas de control e ideas "
            "para usuarios industriales.</p>",
        ],
        "outcomes": [
            "Menos agua potable usada para fines que no la requieren.",
            "Calidad del agua controlada de forma continua y transparente.",
        ],
        "indicators": [
            "Metros cúbicos de agua depurada reutilizada al año.",
            "Análisis de calidad superados, sobre el total de análisis.",
        ],
    },
    "molina-de-segura/older-people-at-home": {
        "title": "Ayudar a las personas mayores a vivir de forma independiente en casa",
        "summary": (
            "Ayudar a los vecinos mayores a vivir seguros, conectados e "
            "independientes en casa, también durante las olas de calor."
        ),
        "description": [
            "<p>El número de vecinos de más de 75 años crece, y muchos viven solos. "
            "Los servicios sociales quieren llegar a ellos antes de que haya una "
            "crisis, sobre todo con calor extremo.</p>",
            "<p>El municipio está consultando al mercado sobre tecnología y "
            "servicios sencillos y respetuosos: llamadas de seguimiento, sensores "
            "en el hogar y redes comunitarias, diseñados con las personas "
            "mayores.</p>",
        ],
        "outcomes": [
            "Menos ingresos de urgencia de personas mayores que viven solas.",
            "Vecinos mayores que se sienten seguros y acompañados.",
        ],
        "indicators": [
            "Llamadas de urgencia relacionadas con el calor de mayores de 75 años.",
            "Satisfacción de los participantes a los seis meses.",
        ],
    },
    "genova/flood-early-warning": {
        "title": "Alerta temprana de inundaciones en valles empinados",
        "summary": (
            "Ampliar y mejorar el sistema que avisa a vecinos, colegios y empresas "
            "cuando un arroyo está a punto de desbordarse."
        ),
        "description": [
            "<p>En este escenario, tras inundaciones con grandes daños, la ciudad "
            "desplegó una red de pluviómetros y medidores de caudal y un sistema de "
            "alertas. Hoy cubre los valles principales y forma parte del trabajo "
            "diario de protección civil.</p>",
            "<p>El siguiente paso es llegar a más gente, en más idiomas, e incluir "
            "los valles secundarios pequeños. La ciudad recibe con interés "
            "propuestas que partan del sistema existente.</p>",
        ],
        "outcomes": [
            "Todas las personas de las zonas inundables reciben alertas que entienden.",
            "Colegios y empresas con planes de inundación ensayados.",
        ],
        "indicators": [
            "Vecinos de zonas inundables inscritos para recibir alertas.",
            "Antelación de las alertas respecto al nivel máximo del agua.",
        ],
    },
    "genova/services-for-an-ageing-population": {
        "title": "Servicios para una población que envejece",
        "summary": (
            "Ayudar a los vecinos mayores de las laderas a desplazarse, mantenerse "
            "activos y acceder a los servicios."
        ),
        "description": [
            "<p>Liguria tiene una de las poblaciones más envejecidas de Europa, y "
            "muchas personas mayores de Génova viven en barrios de ladera con "
            "escaleras, ascensores y calles empinadas. Ir al médico o a la tienda "
            "puede costar un esfuerzo.</p>",
            "<p>La ciudad consulta a empresas y entidades sociales sobre transporte "
            "a demanda, servicios a domicilio y herramientas digitales que las "
            "personas mayores quieran usar de verdad.</p>",
        ],
        "outcomes": [
            "Vecinos mayores que llegan con facilidad a los servicios.",
            "Menos aislamiento entre quienes viven solos.",
        ],
        "indicators": [
            "Desplazamientos realizados con los nuevos servicios cada mes.",
            "Porcentaje de participantes que se sienten menos aislados.",
        ],
    },
    "genova/last-mile-deliveries": {
        "title": "Repartos de última milla en calles estrechas",
        "summary": (
            "Llevar las mercancías a las tiendas del casco histórico sin que las "
            "furgonetas bloqueen sus callejones."
        ),
        "description": [
            "<p>Las furgonetas abastecen a cientos de pequeñas tiendas del casco "
            "histórico, a menudo por callejones demasiado estrechos para ellas, "
            "bloqueando el paso y añadiendo ruido y contaminación.</p>",
            "<p>Un piloto está probando un microcentro logístico en el borde del "
            "centro, con bicicletas de carga y carretillas eléctricas, y la reserva "
            "compartida de plazas de carga y descarga.</p>",
        ],
        "outcomes": [
            "Menos furgonetas entrando en el casco histórico.",
            "Entregas puntuales sin coste adicional para las tiendas.",
        ],
        "indicators": [
            "Entradas de furgonetas en el centro al día.",
            "Porcentaje de entregas en bicicleta de carga o carretilla.",
        ],
    },
    "kfar-saba/shade-for-pedestrians-and-cyclists": {
        "title": "Sombra y frescor para peatones y ciclistas",
        "summary": (
            "Hacer cómodos en verano los desplazamientos a pie y en bicicleta por "
            "las rutas principales hacia colegios, estaciones y parques."
        ),
        "description": [
            "<p>La ciudad quiere que más gente camine y vaya en bicicleta, pero en "
            "verano muchas rutas carecen de sombra. Los árboles tardan años en "
            "crecer, y en algunas calles hay poco sitio para ellos.</p>",
            "<p>Un piloto está probando estructuras de sombra, superficies frescas "
            "y fuentes en dos rutas, con sensores que miden la sensación "
            "térmica.</p>",
        ],
        "outcomes": [
            "Rutas sombreadas y más frescas hacia colegios y estaciones.",
            "Más desplazamientos a pie y en bicicleta en los meses de verano.",
        ],
        "indicators": [
            "Sensación térmica a lo largo de las rutas al mediodía.",
            "Recuentos de ciclistas y peatones, verano frente a primavera.",
        ],
    },
    "kfar-saba/procurement-open-to-local-smes": {
        "title": "Abrir la contratación municipal a las pymes locales",
        "summary": (
            "Facilitar que las pequeñas empresas locales encuentren, entiendan y "
            "ganen las licitaciones del municipio."
        ),
        "description": [
            "<p>Pocas pymes locales se presentan a los contratos del municipio. "
            "Dicen que las licitaciones son difíciles de encontrar, están pensadas "
            "para grandes empresas y exigen mucho papeleo.</p>",
            "<p>El municipio ha abierto una convocatoria para un servicio que "
            "organice jornadas informativas, simplifique los modelos de pliego y "
            "dé información a los licitadores. También quiere que las pymes le "
            "cuenten qué les pone trabas.</p>",
        ],
        "outcomes": [
            "Más ofertas de pymes locales.",
            "Pliegos más sencillos y claros.",
        ],
        "indicators": [
            "Porcentaje de ofertas presentadas por pymes locales.",
            "Porcentaje del importe de los contratos adjudicado a pymes.",
        ],
    },
    "kfar-saba/rainwater-and-groundwater": {
        "title": "Captación de agua de lluvia y recarga de acuíferos",
        "summary": (
            "Retener en la ciudad la lluvia del invierno, dejando que se filtre en "
            "el suelo en lugar de ir a parar a los desagües."
        ),
        "description": [
            "<p>La lluvia del invierno cae sobre tejados y calzadas y corre "
            "deprisa hacia los desagües, mientras que los acuíferos de los que "
            "depende la región necesitan recargarse.</p>",
            "<p>La ciudad busca ideas sobre pavimentos permeables, jardines de "
            "lluvia y almacenamiento de agua de lluvia en colegios y edificios "
            "públicos.</p>",
        ],
        "outcomes": [
            "Más lluvia que se filtra en el suelo de la ciudad.",
            "Menos presión sobre los desagües durante las tormentas.",
        ],
        "indicators": [
            "Metros cuadrados de superficie permeable añadidos.",
            "Agua de lluvia almacenada y utilizada en edificios públicos.",
        ],
    },
    "tel-aviv/sharing-kerb-space": {
        "title": "Un reparto justo del bordillo",
        "summary": (
            "Gestionar el bordillo para repartos, bicicletas, taxis y autobuses "
            "con datos en tiempo real en lugar de normas fijas."
        ),
        "description": [
            "<p>Furgonetas de reparto, taxis, patinetes y autobuses necesitan los "
            "mismos pocos metros de bordillo. El estacionamiento en doble fila "
            "ralentiza los autobuses y pone en riesgo a los ciclistas.</p>",
            "<p>Un piloto en varias calles permite a las empresas de reparto "
            "reservar franjas de carga y descarga, con sensores que muestran "
            "cuándo hay plazas libres. La ciudad quiere aprender qué funciona "
            "antes de ampliarlo.</p>",
        ],
        "outcomes": [
            "Menos estacionamiento en doble fila en las calles del piloto.",
            "Autobuses más rápidos y ciclismo más seguro.",
        ],
        "indicators": [
            "Casos de doble fila por hora.",
            "Tiempo de viaje de los autobuses por las calles del piloto.",
        ],
    },
    "tel-aviv/young-residents-and-new-businesses": {
        "title": "Retener a los residentes jóvenes y a las nuevas empresas",
        "summary": (
            "Ayudar a los jóvenes y a las pequeñas empresas nuevas a poder "
            "permitirse seguir en la ciudad."
        ),
        "description": [
            "<p>Los alquileres altos empujan a los residentes jóvenes y a las "
            "pequeñas empresas hacia las afueras, aunque la economía de la ciudad "
            "depende de ellos.</p>",
            "<p>La ciudad está recogiendo ideas sobre espacios de trabajo "
            "compartidos en edificios municipales, nuevas formas de vivienda y "
            "servicios que ayuden a los jóvenes a emprender.</p>",
        ],
        "outcomes": [
            "Más residentes jóvenes que se quedan en la ciudad.",
            "Espacio asequible para pequeñas empresas nuevas.",
        ],
        "indicators": [
            "Residentes de 25 a 35 años, año a año.",
            "Nuevas empresas registradas en la ciudad.",
        ],
    },
    "tel-aviv/energy-in-municipal-buildings": {
        "title": "Menos consumo de energía en los edificios municipales",
        "summary": (
            "Reducir la energía que consumen colegios, oficinas y polideportivos, "
            "y producir más en sus tejados."
        ),
        "description": [
            "<p>Los edificios municipales consumen mucha energía en aire "
            "acondicionado, y buena parte se pierde en salas vacías o por un mal "
            "aislamiento.</p>",
            "<p>La ciudad ha abierto una licitación de sistemas de control "
            "inteligente y de servicios energéticos pagados con los ahorros, y "
            "anima a las pymes a presentarse juntas.</p>",
        ],
        "outcomes": [
            "Menor consumo y menores facturas de energía en los edificios municipales.",
            "Más energía solar producida en tejados públicos.",
        ],
        "indicators": [
            "Kilovatios hora por metro cuadrado y año.",
            "Potencia solar instalada en tejados municipales.",
        ],
    },
    "herzliya/protecting-the-coastline": {
        "title": "Protección de la costa y sus acantilados",
        "summary": (
            "Vigilar los acantilados que se erosionan y proteger la costa con "
            "soluciones que trabajen con la naturaleza."
        ),
        "description": [
            "<p>Las olas y los temporales van desgastando los acantilados de "
            "arenisca de la costa, amenazando senderos, edificios y lugares "
            "patrimoniales. La subida del mar lo empeorará.</p>",
            "<p>La ciudad está consultando al mercado sobre vigilancia con drones y "
            "sensores, y sobre una protección basada en la naturaleza que mantenga "
            "las playas abiertas al público.</p>",
        ],
        "outcomes": [
            "Datos periódicos y precisos sobre la erosión de los acantilados.",
            "Una protección que mantenga las playas abiertas y naturales.",
        ],
        "indicators": [
            "Metros de retroceso del acantilado al año en los puntos vigilados.",
            "Longitud de costa con un plan de protección.",
        ],
    },
    "herzliya/testing-technology-in-real-streets": {
        "title": "Probar tecnología urbana en calles reales",
        "summary": (
            "Ofrecer a las empresas locales una forma sencilla y justa de probar "
            "sus soluciones en las calles y edificios de la ciudad."
        ),
        "description": [
            "<p>Muchas empresas piden probar sensores, vehículos o aplicaciones en "
            "la ciudad. Cada solicitud se tramita de una manera distinta y puede "
            "tardar meses.</p>",
            "<p>Un programa piloto ofrece un acuerdo tipo, lugares de prueba "
            "seleccionados y un plan de evaluación acordado de antemano. La ciudad "
            "quiere que las pymes lo prueben y le digan qué mejorar.</p>",
        ],
        "outcomes": [
            "Una vía clara y rápida para que las empresas realicen pilotos.",
            "Pilotos evaluados de la misma manera, para poder comparar resultados.",
        ],
        "indicators": [
            "Días entre la solicitud y el inicio de un piloto.",
            "Pilotos terminados con una evaluación publicada.",
        ],
    },
    "herzliya/fewer-cars-on-the-school-run": {
        "title": "Menos coches a la hora de ir al colegio",
        "summary": (
            "Hacer seguro y fácil que los niños vayan al colegio a pie, en "
            "bicicleta o en coche compartido."
        ),
        "description": [
            "<p>Por la mañana se forman colas de coches a la puerta de los "
            "colegios, y las calles son menos seguras para los niños que van a pie "
            "o en bicicleta.</p>",
            "<p>A la ciudad le gustaría recibir ideas sobre rutas seguras, "
            "caminos escolares acompañados, coche compartido e información para "
            "las familias, diseñadas junto con los colegios.</p>",
        ],
        "outcomes": [
            "Más niños que van al colegio a pie o en bicicleta.",
            "Calles más tranquilas y seguras alrededor de los colegios.",
        ],
        "indicators": [
            "Porcentaje de alumnos que llegan a pie o en bicicleta.",
            "Coches que paran ante los colegios entre las 7:30 y las 8:30.",
        ],
    },
    "eilat/safe-routes-to-school-in-the-heat": {
        "title": "Caminos escolares seguros con calor extremo",
        "summary": (
            "Que los niños vayan seguros y cómodos al colegio en una ciudad donde "
            "las temperaturas de verano superan los 40 °C."
        ),
        "description": [
            "<p>En este escenario, las rutas peatonales con sombra, los puntos de "
            "agua y los avisos de calor para las familias se probaron primero "
            "alrededor de unos pocos colegios. Funcionaron, y el enfoque cubre ya "
            "la mayoría de los colegios de la ciudad.</p>",
            "<p>Ahora la ciudad se interesa por el mantenimiento, por previsiones "
            "de calor más precisas a escala de calle y por compartir lo aprendido "
            "con otras ciudades calurosas.</p>",
        ],
        "outcomes": [
            "Todos los colegios con una ruta con sombra y puntos de agua.",
            "Familias avisadas a tiempo en los días peligrosos.",
        ],
        "indicators": [
            "Porcentaje de colegios con una ruta con sombra.",
            "Sensación térmica en las rutas a las 13:00 en julio.",
        ],
    },
    "eilat/water-security-in-the-desert": {
        "title": "Seguridad hídrica en una ciudad del desierto",
        "summary": (
            "Usar menos agua en hoteles, hogares y zonas verdes, y perder menos en "
            "la red."
        ),
        "description": [
            "<p>Casi toda el agua de la ciudad procede de la desalinización, que "
            "cuesta energía y dinero. Los hoteles y el riego consumen una gran "
            "parte, y otra se pierde por fugas.</p>",
            "<p>La ciudad está consultando al mercado sobre detección de fugas, "
            "equipos de ahorro de agua para hoteles y reutilización de agua "
            "depurada.</p>",
        ],
        "outcomes": [
            "Menos agua por residente y por huésped de hotel.",
            "Menos pérdidas en la red de distribución.",
        ],
        "indicators": [
            "Litros por residente y día.",
            "Litros por huésped de hotel y noche.",
            "Porcentaje de agua perdida en la red.",
        ],
    },
    "eilat/tourism-that-protects-the-reef": {
        "title": "Un turismo que proteja el arrecife de coral",
        "summary": (
            "Recibir visitantes en el arrecife protegiéndolo de la masificación, "
            "la contaminación y el calentamiento del agua."
        ),
        "description": [
            "<p>El arrecife de coral es uno de los principales atractivos de la "
            "ciudad y también es frágil. Las multitudes de buceadores, la crema "
            "solar y la escorrentía desde la costa se suman al estrés del agua "
            "cada vez más caliente.</p>",
            "<p>La ciudad está recogiendo ideas sobre gestión de visitantes, "
            "productos respetuosos con el arrecife y servicios que ayuden a las "
            "empresas turísticas a reducir su huella ambiental.</p>",
        ],
        "outcomes": [
            "Un arrecife sano del que los visitantes puedan seguir disfrutando.",
            "Empresas turísticas con una huella más pequeña.",
        ],
        "indicators": [
            "Cobertura de coral en los puntos vigilados.",
            "Visitantes al día en los accesos más concurridos.",
        ],
    },
}
