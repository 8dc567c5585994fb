from io import StringIO

import pytest
from django.core.management import call_command

from courses.models import CoursePage, Enrollment, LessonCompletion, QuizAttempt
from tests.mfa import sign_in_with_mfa

pytestmark = pytest.mark.django_db


def test_seed_scale_small_creates_the_promised_volume_and_reports_answer(
    client, django_user_model
):
    call_command("seed_scale", "S", stdout=StringIO())
    seeded = django_user_model.objects.filter(email__endswith="@seed.example.invalid")
    assert seeded.count() == 1_000
    assert CoursePage.objects.filter(slug__startswith="seed-course-").count() == 10
    assert LessonCompletion.objects.filter(user__in=seeded).count() == 10_000
    assert QuizAttempt.objects.filter(user__in=seeded).count() == 1_000
    assert Enrollment.objects.filter(user__in=seeded).count() >= 1_000
    # Re-running adds nothing.
    call_command("seed_scale", "S", stdout=StringIO())
    assert LessonCompletion.objects.filter(user__in=seeded).count() == 10_000

    sign_in_with_mfa(client, django_user_model.objects.get(email="manager@example.com"))
    response = client.get("/admin/reports/programme-kpis/")
    assert response.status_code == 200
    assert response.context["summary"]["learners"] >= 1_000
