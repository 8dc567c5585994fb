"""Demo cities section for `load_demo`: the city index, the challenge board and
the assessment index in five languages, the nine programme cities with three
challenges each, and the two readiness self-assessments.

Everything is looked up before it is created, so loading twice changes
nothing. Translations are made with Wagtail's copy-for-translation (they share
the English pages' translation keys) from cities/demo_translations/<code>.py.
"""

import uuid
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps as django_apps

from courses.models import CoursePage
from home.demo_utils import child_page, locales, section_index, translated_page
from home.models import City, HomePage, Topic
from resources.models import ResourcePage

from . import demo_content as content
from .models import (
    AssessmentIndexPage,
    AssessmentPage,
    ChallengeBoardPage,
    ChallengeCourse,
    ChallengePage,
    ChallengeResource,
    CityIndexPage,
    CityPage,
)
from .roles import ensure_interest_permission

SECTIONS = {
    "cities": {
        "en": (
            "Cities",
            "The programme's cities: who they are, their strategies and the "
            "challenges they want SMEs to help with. The challenges in this demo "
            "are illustrative, written for training.",
        ),
        "es": (
            "Ciudades",
            "Las ciudades del programa: quiénes son, sus estrategias y los retos "
            "en los que quieren la ayuda de las pymes. Los retos de esta "
            "demostración son ilustrativos y están escritos con fines formativos.",
        ),
        "it": (
            "Città",
            "Le città del programma: chi sono, le loro strategie e le sfide per cui "
            "cercano l'aiuto delle PMI. Le sfide di questa demo sono illustrative, "
            "scritte a scopo formativo.",
        ),
        "he": (
            "ערים",
            "הערים של התוכנית: מי הן, מה האסטרטגיות שלהן ובאילו אתגרים הן מבקשות "
            "את עזרתם של עסקים קטנים ובינוניים. האתגרים בהדגמה זו הם להמחשה "
            "ונכתבו לצורכי הדרכה.",
        ),
        "ar": (
            "المدن",
            "مدن البرنامج: من هي، واستراتيجياتها، والتحديات التي تريد أن تساعدها "
            "فيها المؤسسات الصغيرة والمتوسطة. التحديات في هذا العرض توضيحية "
            "كُتبت لأغراض التدريب.",
        ),
    },
    "challenges": {
        "en": (
            "Urban challenges",
            "Real needs of Mediterranean cities, from heat and water to mobility "
            "and jobs. Find a challenge your company can help with, learn what it "
            "takes, and tell the city.",
        ),
        "es": (
            "Retos urbanos",
            "Necesidades reales de las ciudades mediterráneas, del calor y el agua "
            "a la movilidad y el empleo. Encuentra un reto en el que tu empresa "
            "pueda ayudar, aprende lo necesario y díselo a la ciudad.",
        ),
        "it": (
            "Sfide urbane",
            "Bisogni reali delle città del Mediterraneo, dal caldo e dall'acqua "
            "alla mobilità e al lavoro. Trova una sfida in cui la tua impresa può "
            "aiutare, impara ciò che serve e fallo sapere alla città.",
        ),
        "he": (
            "אתגרים עירוניים",
            "צרכים אמיתיים של ערי הים התיכון, מחום ומים ועד תחבורה ותעסוקה. מצאו "
            "אתגר שהעסק שלכם יכול לעזור בו, למדו מה נדרש וספרו על כך לעירייה.",
        ),
        "ar": (
            "التحديات الحضرية",
            "احتياجات حقيقية لمدن البحر المتوسط، من الحرّ والمياه إلى التنقل "
            "وفرص العمل. ابحث عن تحدٍّ تستطيع شركتك المساعدة فيه، وتعلّم ما "
            "يتطلبه، وأخبر المدينة بذلك.",
        ),
    },
    "assessments": {
        "en": (
            "Readiness self-assessments",
            "Measure how ready your company or your city is to work together on "
            "innovation and climate action, and get a learning path for your "
            "weakest areas.",
        ),
        "es": (
            "Autoevaluaciones de preparación",
            "Mide lo preparada que está tu empresa o tu ciudad para colaborar en "
            "innovación y acción climática, y recibe un itinerario de aprendizaje "
            "para tus puntos más débiles.",
        ),
        "it": (
            "Autovalutazioni di prontezza",
            "Misura quanto la tua impresa o la tua città è pronta a collaborare su "
            "innovazione e azione per il clima, e ricevi un percorso di "
            "apprendimento per i punti più deboli.",
        ),
        "he": (
            "שאלוני מוכנות להערכה עצמית",
            "בדקו עד כמה העסק או העירייה שלכם מוכנים לשתף פעולה בחדשנות ובפעולה "
            "אקלימית, וקבלו מסלול למידה לתחומים החלשים ביותר.",
        ),
        "ar": (
            "التقييمات الذاتية للجاهزية",
            "قِس مدى جاهزية شركتك أو مدينتك للتعاون في الابتكار والعمل المناخي، "
            "واحصل على مسار تعلّم لأضعف الجوانب لديك.",
        ),
    },
}
# The challenges are invented for training; each says so in its first line.
ILLUSTRATIVE = {
    "en": (
        "<p><em>An illustrative challenge written for training, "
        "inspired by issues Mediterranean cities share. It does not describe the "
        "city's official plans or projects.</em></p>"
    ),
    "es": (
        "<p><em>Un reto ilustrativo escrito con fines formativos, "
        "inspirado en problemas comunes de las ciudades mediterráneas. No describe "
        "los planes ni los proyectos oficiales de la ciudad.</em></p>"
    ),
    "it": (
        "<p><em>Una sfida illustrativa scritta a scopo formativo, "
        "ispirata a problemi comuni alle città del Mediterraneo. Non descrive i "
        "piani né i progetti ufficiali della città.</em></p>"
    ),
    "he": (
        "<p><em>אתגר להמחשה שנכתב לצורכי הדרכה, בהשראת בעיות "
        "המשותפות לערי הים התיכון. הוא אינו מתאר את התוכניות או הפרויקטים "
        "הרשמיים של העירייה.</em></p>"
    ),
    "ar": (
        "<p><em>تحدٍّ توضيحي كُتب لأغراض التدريب، مستوحى من قضايا "
        "تشترك فيها مدن البحر المتوسط. ولا يصف خطط المدينة أو مشاريعها "
        "الرسمية.</em></p>"
    ),
}
# Stable ids for dimensions, questions and answers: every language shares them.
ID_NAMESPACE = uuid.UUID("0c1f5d8e-3b2a-4c6d-9e7f-5a4b3c2d1e0f")


def stable_id(*parts):
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(parts)))


def load(stdout):
    by_code = locales()
    english = by_code["en"]
    home = HomePage.objects.get(locale=english)
    city_index = section_index(
        home, CityIndexPage, "cities", SECTIONS["cities"], by_code
    )
    section_index(
        home, ChallengeBoardPage, "challenges", SECTIONS["challenges"], by_code
    )
    assessment_index = section_index(
        home,
        AssessmentIndexPage,
        "assessments",
        SECTIONS["assessments"],
        by_code,
    )
    links = Links(english)
    for data in content.CITIES:
        load_city(city_index, data, links)
    for data in content.ASSESSMENTS:
        load_assessment(assessment_index, data, links)
    for code, locale in by_code.items():
        translations = demo_translations(code)
        if not translations:
            continue
        for slug, data in translations.get("ASSESSMENTS", {}).items():
            translate_assessment(slug, data, locale, links)
        contact_label = translations.get("CONTACT_LABEL", content.CONTACT_LABEL)
        for slug, data in translations.get("CITIES", {}).items():
            translate_city(city_index, slug, data, locale, contact_label)
        for path, data in translations.get("CHALLENGES", {}).items():
            translate_challenge(city_index, path, data, locale)
    ensure_interest_permission(django_apps)


class Links:
    """English topics, cities, courses and resources by slug, looked up once."""

    def __init__(self, english):
        self.topics = {t.slug: t for t in Topic.objects.filter(locale=english)}
        self.cities = {c.slug: c for c in City.objects.filter(locale=english)}
        self.courses = {
            page.slug: page for page in CoursePage.objects.filter(locale=english)
        }
        self.resources = {
            page.slug: page for page in ResourcePage.objects.filter(locale=english)
        }


def demo_translations(code):
    """The module cities/demo_translations/<code>.py as a dict, or {}."""
    module_name = f"cities.demo_translations.{code}"
    if code == "en" or find_spec(module_name) is None:
        return {}
    module = import_module(module_name)
    return {
        name: getattr(module, name)
        for name in ("ASSESSMENTS", "CITIES", "CHALLENGES", "CONTACT_LABEL")
        if hasattr(module, name)
    }


# Cities and challenges ------------------------------------------------------


def load_city(city_index, data, links):
    city_page, _created = child_page(
        city_index,
        CityPage,
        data["slug"],
        title=data["title"],
        city=links.cities[data["slug"]],
        summary=data["summary"],
        region=data["region"],
        population=data["population"],
        partner_organisation=data["partner"],
        profile=paragraphs(data["profile"]),
        innovation_strategy=data["innovation_strategy"],
        climate_strategy=data["climate_strategy"],
        contact_label=content.CONTACT_LABEL,
        contact_email=content.CONTACT_EMAIL,
    )
    for challenge in data["challenges"]:
        load_challenge(city_page, challenge, links)
    return city_page


def load_challenge(city_page, data, links):
    return child_page(
        city_page,
        ChallengePage,
        data["slug"],
        title=data["title"],
        summary=data["summary"],
        category=data["category"],
        stage=data["stage"],
        topics=[links.topics[slug] for slug in data["topics"]],
        description=challenge_description(data["description"], "en"),
        desired_outcomes=[{"type": "outcome", "value": v} for v in data["outcomes"]],
        indicators=[{"type": "indicator", "value": v} for v in data["indicators"]],
        related_courses=[
            ChallengeCourse(course=links.courses[slug], sort_order=order)
            for order, slug in enumerate(data["courses"])
        ],
        related_resources=[
            ChallengeResource(resource=links.resources[slug], sort_order=order)
            for order, slug in enumerate(data["resources"])
        ],
    )[0]


def paragraphs(texts):
    return [{"type": "paragraph", "value": text} for text in texts]


def challenge_description(texts, code):
    return paragraphs([ILLUSTRATIVE[code], *texts])


def translate_city(city_index, slug, data, locale, contact_label):
    english = city_index.get_children().get(slug=slug).specific
    translated_page(
        english,
        locale,
        title=data["title"],
        city=english.city.get_translation(locale),
        summary=data["summary"],
        region=data["region"],
        partner_organisation=data["partner"],
        profile=paragraphs(data["profile"]),
        innovation_strategy=data["innovation_strategy"],
        climate_strategy=data["climate_strategy"],
        contact_label=contact_label,
    )


def translate_challenge(city_index, path, data, locale):
    """`path` is "<city slug>/<challenge slug>"."""
    city_slug, challenge_slug = path.split("/")
    city = city_index.get_children().get(slug=city_slug)
    if city.get_translation_or_none(locale) is None:
        return  # a challenge is translated only below its translated city
    english = city.get_children().get(slug=challenge_slug).specific
    translated_page(
        english,
        locale,
        title=data["title"],
        summary=data["summary"],
        topics=list(
            Topic.objects.filter(
                locale=locale,
                translation_key__in=english.topics.values("translation_key"),
            )
        ),
        description=challenge_description(data["description"], locale.language_code),
        desired_outcomes=[{"type": "outcome", "value": v} for v in data["outcomes"]],
        indicators=[{"type": "indicator", "value": v} for v in data["indicators"]],
    )


# Assessments ------------------------------------------------------------------


def load_assessment(assessment_index, data, links):
    return child_page(
        assessment_index,
        AssessmentPage,
        data["slug"],
        title=data["title"],
        introduction=data["introduction"],
        audience=data["audience"],
        dimensions=dimension_blocks(data, data["dimensions"], links),
    )[0]


def dimension_blocks(source, texts, links):
    """StreamField data of an assessment. `source` is the English data (ids,
    scores, links); `texts` the dimensions in the language being written."""
    slug = source["slug"]
    blocks = []
    for dimension, text in zip(source["dimensions"], texts, strict=True):
        key = dimension["key"]
        questions = []
        for q_index, (question, q_text) in enumerate(
            zip(dimension["questions"], text["questions"], strict=True)
        ):
            answers = [
                {
                    "type": "item",
                    "id": stable_id(slug, key, str(q_index), str(a_index)),
                    "value": {"text": answer_text, "score": score},
                }
                for a_index, ((_en, score), answer_text) in enumerate(
                    zip(question["answers"], _answer_texts(q_text), strict=True)
                )
            ]
            questions.append(
                {
                    "type": "item",
                    "id": stable_id(slug, key, str(q_index)),
                    "value": {
                        "text": q_text["text"],
                        "help_text": q_text["help_text"],
                        "answers": answers,
                    },
                }
            )
        blocks.append(
            {
                "type": "dimension",
                "id": stable_id(slug, key),
                "value": {
                    "name": text["name"],
                    "description": text["description"],
                    "questions": questions,
                    "recommended_courses": [
                        {
                            "type": "item",
                            "id": stable_id(slug, key, "courses", course),
                            "value": links.courses[course].pk,
                        }
                        for course in dimension["courses"]
                    ],
                    "recommended_resources": [
                        {
                            "type": "item",
                            "id": stable_id(slug, key, "resources", resource),
                            "value": links.resources[resource].pk,
                        }
                        for resource in dimension["resources"]
                    ],
                },
            }
        )
    return blocks


def _answer_texts(question):
    """Answer texts of a question: English data holds (text, score) pairs,
    translations the texts alone."""
    return [
        answer[0] if isinstance(answer, tuple) else answer
        for answer in question["answers"]
    ]


def translate_assessment(slug, data, locale, links):
    english = AssessmentPage.objects.get(slug=slug, locale__language_code="en")
    source = next(item for item in content.ASSESSMENTS if item["slug"] == slug)
    translated_page(
        english,
        locale,
        title=data["title"],
        introduction=data["introduction"],
        dimensions=dimension_blocks(source, data["dimensions"], links),
    )
