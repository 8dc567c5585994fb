"""Demo courses for `load_demo`: the catalogue in five languages, five courses,
and a demo learner with one course in progress and one completed."""

import re
import uuid
from importlib import import_module
from importlib.util import find_spec

from django.contrib.auth import get_user_model

from home.demo_images import demo_image
from home.demo_utils import (
    child_page,
    locales,
    section_index,
    translated_page,
)
from home.models import HomePage, Topic

from . import demo_content as content
from .models import CourseIndexPage, CoursePage, Enrollment, LessonPage, ModulePage
from .services import complete_lesson, enroll, submit_knowledge_check

CATALOGUE = {
    "en": (
        "Courses",
        "Practical online courses for SMEs and city staff: work with "
        "cities, prepare for climate change and turn ideas into pilots.",
    ),
    "es": (
        "Cursos",
        "Cursos prácticos en línea para pymes y personal municipal: "
        "trabajar con ciudades, prepararse para el cambio climático y convertir "
        "ideas en pilotos.",
    ),
    "it": (
        "Corsi",
        "Corsi online pratici per PMI e personale comunale: lavorare con "
        "le città, prepararsi al cambiamento climatico e trasformare le idee in "
        "progetti pilota.",
    ),
    "he": (
        "קורסים",
        "קורסים מקוונים מעשיים לעסקים קטנים ובינוניים ולעובדי רשויות: "
        "עבודה עם ערים, היערכות לשינויי האקלים והפיכת רעיונות לפיילוטים.",
    ),
    "ar": (
        "الدورات",
        "دورات عملية عبر الإنترنت للمؤسسات الصغيرة والمتوسطة وموظفي "
        "البلديات: العمل مع المدن، والاستعداد لتغير المناخ، وتحويل الأفكار إلى "
        "مشاريع تجريبية.",
    ),
}
# Stable ids for questions and answers keep submissions valid across reloads.
ID_NAMESPACE = uuid.UUID("6f1d3c1e-8a57-4b4e-9a53-5ec0c1a5e001")


def stable_id(*parts):
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(parts)))


def list_items(values, *id_parts):
    return [
        {"type": "item", "value": value, "id": stable_id(*id_parts, str(index))}
        for index, value in enumerate(values)
    ]


def block(block_type, value, *id_parts):
    """One demo (block_type, value) pair as StreamField raw data."""
    if block_type == "heading":
        value = {"text": value, "level": "h2"}
    elif block_type == "table":
        value = {
            "data": [value["header"], *value["rows"]],
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": value["caption"],
        }
    elif block_type == "checklist":
        value = {"title": value["title"], "items": value["items"]}
    return {"type": block_type, "value": value}


# The page adds its own translated "Select all that apply." hint to
# multiple-answer questions, so the demo text drops its copy.
SELECT_ALL_HINT = re.compile(
    r"\s*\(?(Select all that apply|Selecciona todas las respuestas correctas"
    r"|Seleziona tutte le risposte corrette|יש לסמן את כל התשובות המתאימות"
    r"|اختر كل الإجابات الصحيحة)\.?\)?\s*$"
)
CHECK_TITLES = {
    "en": "Check your knowledge",
    "es": "Comprueba lo que has aprendido",
    "it": "Verifica le tue conoscenze",
    "he": "בדקו את הידע שלכם",
    "ar": "اختبر معرفتك",
}


def knowledge_check(check, *id_parts, language="en"):
    questions = []
    for q_index, question in enumerate(check["questions"]):
        choices = [
            {"text": choice["text"], "correct": choice["correct"]}
            for choice in question["choices"]
        ]
        questions.append(
            {
                "text": SELECT_ALL_HINT.sub("", question["text"]),
                "multiple": question["multiple"],
                "choices": list_items(choices, *id_parts, str(q_index), "choices"),
                "explanation": question["explanation"],
            }
        )
    return {
        "type": "knowledge_check",
        "value": {
            "title": CHECK_TITLES[language],
            "questions": list_items(questions, *id_parts, "questions"),
        },
    }


def lesson_body(lesson, *id_parts, language="en"):
    body = [block(block_type, value) for block_type, value in lesson["body"]]
    if lesson["knowledge_check"]:
        body.append(
            knowledge_check(lesson["knowledge_check"], *id_parts, language=language)
        )
    return body


def load(stdout):
    by_code = locales()
    home = HomePage.objects.get(locale=by_code["en"])
    catalogue = section_index(home, CourseIndexPage, "courses", CATALOGUE, by_code)
    topics = {topic.slug: topic for topic in Topic.objects.filter(locale=by_code["en"])}
    for index, course_data in enumerate(content.COURSES):
        load_course(catalogue, course_data, topics, seed=index)
    for code, locale in by_code.items():
        translations = demo_translations(code)
        for slug, course_data in translations.items():
            english = CoursePage.objects.get(slug=slug, locale=by_code["en"])
            translate_course(english, course_data, locale)
    load_learner_progress(stdout)


def demo_translations(code):
    """{course slug: translated data} from courses/demo_translations/<code>.py."""
    module_name = f"courses.demo_translations.{code}"
    if code == "en" or find_spec(module_name) is None:
        return {}
    return import_module(module_name).COURSES


def translate_course(english, data, locale):
    """Translations of a course, its modules and lessons, made with Wagtail's
    copy-for-translation so they share the English pages' translation keys."""
    course, created = translated_page(
        english,
        locale,
        title=data["title"],
        summary=data["summary"],
        learning_outcomes=[
            {"type": "outcome", "value": outcome}
            for outcome in data["learning_outcomes"]
        ],
        description=[{"type": "paragraph", "value": data["description"]}],
    )
    if created:
        course.topics.set(
            Topic.objects.filter(
                locale=locale,
                translation_key__in=english.topics.values("translation_key"),
            )
        )
        course.save_revision().publish()
    for module_data in data["modules"]:
        module = english.get_children().get(slug=module_data["slug"]).specific
        translated_page(
            module,
            locale,
            title=module_data["title"],
            introduction=module_data["introduction"],
        )
        for lesson_data in module_data["lessons"]:
            lesson = module.get_children().get(slug=lesson_data["slug"]).specific
            translated_page(
                lesson,
                locale,
                title=lesson_data["title"],
                body=lesson_body(
                    lesson_data,
                    data["slug"],
                    module_data["slug"],
                    lesson_data["slug"],
                    language=locale.language_code,
                ),
            )


def load_course(catalogue, data, topics, seed):
    course, created = child_page(
        catalogue,
        CoursePage,
        data["slug"],
        title=data["title"],
        summary=data["summary"],
        audience=data["audience"],
        level=data["level"],
        access=data["access"],
        learning_outcomes=[
            {"type": "outcome", "value": outcome}
            for outcome in data["learning_outcomes"]
        ],
        description=[{"type": "paragraph", "value": data["description"]}],
        image=demo_image(data["title"], seed),
        **data.get("micro_credential", {}),
    )
    if created:
        course.topics.set(topics[slug] for slug in data["topics"])
        course.save_revision().publish()
    for module_data in data["modules"]:
        module, _created = child_page(
            course,
            ModulePage,
            module_data["slug"],
            title=module_data["title"],
            introduction=module_data["introduction"],
        )
        for lesson_data in module_data["lessons"]:
            child_page(
                module,
                LessonPage,
                lesson_data["slug"],
                title=lesson_data["title"],
                estimated_minutes=lesson_data["minutes"],
                body=lesson_body(
                    lesson_data,
                    data["slug"],
                    module_data["slug"],
                    lesson_data["slug"],
                ),
            )
    return course


class CorrectAnswers(dict):
    """POST-like data answering every question of a check correctly."""

    def getlist(self, key):
        return self.get(key, [])


def correct_answers(check):
    answers = CorrectAnswers()
    for question in check["questions"].bound_blocks:
        answers[f"question-{question.id}"] = [
            choice.id
            for choice in question.value["choices"].bound_blocks
            if choice.value["correct"]
        ]
    return answers


def take_lesson(user, lesson, course):
    if lesson.knowledge_check:
        submit_knowledge_check(
            user, lesson, course, correct_answers(lesson.knowledge_check)
        )
    else:
        complete_lesson(user, lesson, course)


def load_learner_progress(stdout):
    """The demo learner has finished one course and is half-way through another."""
    learner = get_user_model().objects.filter(email="learner@example.com").first()
    if learner is None:
        return
    completed = CoursePage.objects.get(
        slug="designing-a-smart-city-solution", locale__language_code="en"
    )
    started = CoursePage.objects.get(
        slug="selling-innovation-to-cities", locale__language_code="en"
    )
    if not Enrollment.objects.filter(
        user=learner, course_key=completed.translation_key
    ).exists():
        for lesson in completed.outline.lessons:
            take_lesson(learner, lesson.specific, completed)
    if not Enrollment.objects.filter(
        user=learner, course_key=started.translation_key
    ).exists():
        enroll(learner, started)
        for lesson in started.outline.lessons[:2]:
            take_lesson(learner, lesson.specific, started)
