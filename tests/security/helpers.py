"""Helpers shared by the security tests: sign-in per role, answers, snapshots."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils.datastructures import MultiValueDict

from courses.models import (
    Certificate,
    Enrollment,
    LessonCompletion,
    QuestionAnswer,
    QuizAttempt,
)
from tests.mfa import sign_in_with_mfa

ROLES = (
    "anonymous",
    "learner_a",
    "learner_b",
    "editor",
    "moderator",
    "manager",
    "admin",
)
DEMO_EMAILS = {
    "learner_a": "learner@example.com",
    "editor": "editor@example.com",
    "moderator": "moderator@example.com",
    "manager": "manager@example.com",
    "admin": "admin@example.com",
}
LEARNER_B_EMAIL = "learner-b@example.com"
LEARNER_B_PASSWORD = "Learner-B-password-2026"


def sign_in(client, user):
    """Staff pass the admin's MFA step (tests/mfa.py); learners simply sign in."""
    if user is None:
        return client
    if user.is_staff:
        sign_in_with_mfa(client, user)
    else:
        client.force_login(user)
    return client


def correct_answers(lesson):
    """POST data answering every question of the lesson's check correctly."""
    data = MultiValueDict()
    for question in lesson.knowledge_check["questions"].bound_blocks:
        data.setlist(
            f"question-{question.id}",
            [
                choice.id
                for choice in question.value["choices"].bound_blocks
                if choice.value["correct"]
            ],
        )
    return data


def learning_state():
    """Everything a learner action or an account action could change.

    Two equal snapshots mean nothing was written: no row added, removed or
    edited in the learner records, the users and their email addresses.
    """
    user_fields = [
        "pk",
        "email",
        "password",
        "full_name",
        "organisation_type",
        "organisation_name",
        "country",
        "city",
        "preferred_language",
        "is_active",
        "privacy_consent_at",
    ]
    return {
        "users": list(
            get_user_model().objects.order_by("pk").values_list(*user_fields)
        ),
        "emails": list(
            EmailAddress.objects.order_by("pk").values_list(
                "pk", "user_id", "email", "verified", "primary"
            )
        ),
        "enrollments": list(
            Enrollment.objects.order_by("pk").values_list(
                "pk", "user_id", "course_key", "completed_at", "last_lesson_id"
            )
        ),
        "completions": list(
            LessonCompletion.objects.order_by("pk").values_list(
                "pk", "user_id", "lesson_key"
            )
        ),
        "attempts": list(
            QuizAttempt.objects.order_by("pk").values_list("pk", "user_id", "score")
        ),
        "answers": QuestionAnswer.objects.count(),
        "certificates": list(
            Certificate.objects.order_by("pk").values_list("pk", "user_id", "code")
        ),
    }


def body_of(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content
