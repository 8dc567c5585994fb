"""The learner's learning records in their data export.

Registered from CoursesConfig.ready(): `courses` imports `accounts`, never the
reverse. Each export section is one or two queries, however many records the
learner has.
"""

from django.conf import settings
from django.db.models import F
from django.urls import reverse

from accounts.data_export import register_section

from .models import (
    Certificate,
    Enrollment,
    LessonCompletion,
    QuestionAnswer,
    QuizAttempt,
)


def enrollments_for(user):
    return list(
        Enrollment.objects.filter(user=user)
        .order_by("enrolled_at", "pk")
        .values(
            "course_key",
            "enrolled_at",
            "completed_at",
            course_title=F("course__title"),
            course_language=F("course__locale__language_code"),
            last_lesson_title=F("last_lesson__title"),
        )
    )


def lesson_completions_for(user):
    return list(
        LessonCompletion.objects.filter(user=user)
        .order_by("completed_at", "pk")
        .values(
            "lesson_key",
            "course_key",
            "completed_at",
            lesson_title=F("lesson__title"),
        )
    )


def quiz_attempts_for(user):
    """Attempts with the answers chosen and which questions were right: two
    queries."""
    attempts = list(
        QuizAttempt.objects.filter(user=user)
        .order_by("submitted_at", "pk")
        .values(
            "pk",
            "lesson_key",
            "course_key",
            "submitted_at",
            "score",
            "passed",
            "answers",
            lesson_title=F("lesson__title"),
        )
    )
    questions = {}
    for row in (
        QuestionAnswer.objects.filter(attempt__user=user)
        .order_by("pk")
        .values("attempt_id", "question_id", "correct")
    ):
        questions.setdefault(row["attempt_id"], []).append(
            {"question_id": row["question_id"], "correct": row["correct"]}
        )
    for attempt in attempts:
        attempt["questions"] = questions.get(attempt.pop("pk"), [])
    return attempts


def certificates_for(user):
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    certificates = list(
        Certificate.objects.filter(user=user)
        .order_by("issued_at", "pk")
        .values(
            "code",
            "course_key",
            "course_title_at_issue",
            "name_at_issue",
            "issued_at",
        )
    )
    for certificate in certificates:
        certificate["verification_url"] = base_url + reverse(
            "courses:verify", args=[certificate["code"]]
        )
    return certificates


def register_export_sections():
    register_section("enrollments", enrollments_for)
    register_section("lesson_completions", lesson_completions_for)
    register_section("quiz_attempts", quiz_attempts_for)
    register_section("certificates", certificates_for)
