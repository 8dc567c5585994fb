"""Fixtures of the security tests: the seven roles and their data."""

import pytest
from django.contrib.auth import get_user_model

from courses.models import Certificate, QuizAttempt
from courses.services import complete_lesson, submit_knowledge_check
from tests.courses.builders import build_course, catalogue, lessons_of

from .helpers import (
    DEMO_EMAILS,
    LEARNER_B_EMAIL,
    LEARNER_B_PASSWORD,
    correct_answers,
)


@pytest.fixture
def course():
    """A registered-only course: lesson 1 is read, lesson 2 ends with a check."""
    return build_course(
        catalogue(),
        slug="security-course",
        title="Security course",
        lessons_per_module=2,
        with_check=True,
    )


@pytest.fixture
def learner_b(django_user_model, course):
    """A second learner who finished `course`: an attempt and a certificate."""
    user = django_user_model.objects.create_user(
        email=LEARNER_B_EMAIL,
        password=LEARNER_B_PASSWORD,
        full_name="Bruno Second",
        organisation_type="sme",
    )
    first, second = lessons_of(course)
    complete_lesson(user, first, course)
    submit_knowledge_check(user, second, course, correct_answers(second))
    return user


@pytest.fixture
def people(learner_b):
    """Role name → user (None for the anonymous visitor)."""
    users = {
        role: get_user_model().objects.get(email=email)
        for role, email in DEMO_EMAILS.items()
    }
    return {"anonymous": None, "learner_b": learner_b, **users}


@pytest.fixture
def records(people, course):
    """The private records the matrix is about: certificates and an attempt."""
    certificate_a = Certificate.objects.filter(user=people["learner_a"]).first()
    assert certificate_a is not None, "the demo learner has a certificate"
    return {
        "certificate_a": certificate_a,
        "certificate_b": Certificate.objects.get(user=people["learner_b"]),
        "attempt_b": QuizAttempt.objects.get(user=people["learner_b"]),
    }
