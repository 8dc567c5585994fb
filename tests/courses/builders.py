"""Build course trees for tests quickly, without revisions."""

import uuid

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from home.models import Topic


def knowledge_check_body(prefix="q"):
    """A two-question check: q1 single choice (a correct), q2 multiple (a and c)."""

    def item(value, name):
        return {"type": "item", "value": value, "id": f"{prefix}-{name}"}

    single = {
        "text": "Which procedure lets a city talk to the market before a tender?",
        "multiple": False,
        "choices": [
            item({"text": "Preliminary market consultation", "correct": True}, "1a"),
            item({"text": "A direct award", "correct": False}, "1b"),
        ],
        "explanation": "Consultation comes before the tender and is open to all.",
    }
    multiple = {
        "text": "Which help an SME win a first pilot?",
        "multiple": True,
        "choices": [
            item({"text": "Evidence of impact", "correct": True}, "2a"),
            item({"text": "A long brochure", "correct": False}, "2b"),
            item({"text": "A clear price for the pilot", "correct": True}, "2c"),
        ],
        "explanation": "Cities buy evidence and clarity.",
    }
    return [
        {"type": "paragraph", "value": "<p>Read this before the check.</p>"},
        {
            "type": "knowledge_check",
            "value": {
                "title": "Check your knowledge",
                "questions": [item(single, "q1"), item(multiple, "q2")],
            },
        },
    ]


def catalogue(locale_code="en"):
    return CourseIndexPage.objects.get(locale__language_code=locale_code)


def build_course(
    index,
    slug=None,
    modules=1,
    lessons_per_module=3,
    with_check=False,
    access="registered",
    audience="smes",
    level="introductory",
    topics=(),
    title=None,
):
    slug = slug or f"course-{uuid.uuid4().hex[:8]}"
    course = index.add_child(
        instance=CoursePage(
            title=title or f"Course {slug}",
            slug=slug,
            summary="A course built for a test.",
            access=access,
            audience=audience,
            level=level,
        )
    )
    if topics:
        course.topics.set(Topic.objects.filter(slug__in=topics, locale=course.locale))
        course.save()
    for m in range(modules):
        module = course.add_child(
            instance=ModulePage(title=f"Module {m + 1}", slug=f"module-{m + 1}")
        )
        for n in range(lessons_per_module):
            last = n == lessons_per_module - 1
            body = (
                knowledge_check_body(f"{slug}-{m}")
                if with_check and last
                else [{"type": "paragraph", "value": f"<p>Lesson {n + 1} text.</p>"}]
            )
            module.add_child(
                instance=LessonPage(
                    title=f"Lesson {m + 1}.{n + 1}",
                    slug=f"lesson-{n + 1}",
                    estimated_minutes=10,
                    body=body,
                )
            )
    return course


def lessons_of(course):
    return list(LessonPage.objects.descendant_of(course).live().order_by("path"))
