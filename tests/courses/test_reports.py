"""The programme's reports: who may see them, and that their figures are right."""

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from courses.models import Certificate, Enrollment, LessonCompletion
from courses.services import complete_lesson, enroll
from tests.courses.builders import build_course, catalogue, lessons_of
from tests.mfa import sign_in_with_mfa

pytestmark = pytest.mark.django_db

REPORT_URLS = [
    "/admin/reports/programme-kpis/",
    "/admin/reports/programme-kpis/?export=csv",
    "/admin/reports/programme-kpis/?export=xlsx",
    "/admin/reports/course-funnel/",
    "/admin/reports/course-funnel/?export=csv",
    "/admin/reports/learners/",
    "/admin/reports/learners/?export=csv",
    "/admin/reports/unanswered-searches/",
]
LEARNER_DATA_URLS = {"/admin/reports/learners/", "/admin/reports/learners/?export=csv"}
ALLOWED = {
    "anonymous": set(),
    "learner@example.com": set(),
    "editor@example.com": set(),
    "moderator@example.com": set(),
    "manager@example.com": set(REPORT_URLS),
    "admin@example.com": set(REPORT_URLS),
}


def body_of(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


@pytest.mark.parametrize("who", list(ALLOWED))
@pytest.mark.parametrize("url", REPORT_URLS)
def test_report_permission_matrix(client, who, url):
    if who != "anonymous":
        sign_in_with_mfa(client, get_user_model().objects.get(email=who))
    response = client.get(url)
    if url in ALLOWED[who]:
        assert response.status_code == 200, (who, url)
    else:
        assert response.status_code in (302, 403), (who, url)
        assert b"learner@example.com" not in body_of(response)


def test_administrators_group_sees_reports_without_being_superuser(
    client, django_user_model
):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        email="ops@example.com", password="x" * 12
    )
    user.groups.add(Group.objects.get(name="Administrators"))
    sign_in_with_mfa(client, user)
    assert client.get("/admin/reports/learners/").status_code == 200


@pytest.fixture
def known_dataset(django_user_model):
    """Two courses and three learners, all active in March 2020 only."""
    index = catalogue()
    heat = build_course(
        index, slug="report-heat", title="AAA Heat report course", lessons_per_module=2
    )
    bids = build_course(
        index, slug="report-bids", title="AAB Bids report course", lessons_per_module=2
    )
    users = [
        django_user_model.objects.create_user(
            email=f"kpi{n}@example.com",
            password="x" * 12,
            full_name=f"KPI {n}",
            organisation_type=kind,
            country="ES",
        )
        for n, kind in enumerate(["sme", "sme", "public_authority"])
    ]
    for user in users:
        enroll(user, heat)
    enroll(users[0], bids)
    for user in users[:2]:  # two of three complete the heat course
        for lesson in lessons_of(heat):
            complete_lesson(user, lesson, heat)
    complete_lesson(users[2], lessons_of(heat)[0], heat)
    march = timezone.make_aware(datetime.datetime(2020, 3, 10, 12))
    for model, field in [
        (Enrollment, "enrolled_at"),
        (LessonCompletion, "completed_at"),
        (Certificate, "issued_at"),
    ]:
        model.objects.filter(user__in=users).update(**{field: march})
    Enrollment.objects.filter(user__in=users, completed_at__isnull=False).update(
        completed_at=march
    )
    return heat, bids


def csv_rows(response):
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_kpi_export_matches_hand_computed_figures(client, known_dataset):
    sign_in_with_mfa(client, get_user_model().objects.get(email="manager@example.com"))
    response = client.get(
        "/admin/reports/programme-kpis/",
        {"export": "csv", "period_from": "2020-03-01", "period_to": "2020-03-31"},
    )
    rows = csv_rows(response)
    assert rows[0] == [
        "Course",
        "Enrollments",
        "Completions",
        "Completion rate (%)",
        "Certificates",
    ]
    by_title = {row[0]: row[1:] for row in rows[1:]}
    assert by_title["AAA Heat report course"] == ["3", "2", "66.7", "2"]
    assert by_title["AAB Bids report course"] == ["1", "0", "0.0", "0"]
    # Nothing else happened in March 2020.
    others = [
        values for title, values in by_title.items() if not title.startswith("AA")
    ]
    assert others and all(values == ["0", "0", "0.0", "0"] for values in others)


def test_kpi_page_shows_learners_by_organisation_type(client, known_dataset):
    sign_in_with_mfa(client, get_user_model().objects.get(email="manager@example.com"))
    response = client.get("/admin/reports/programme-kpis/")
    summary = response.context["summary"]
    by_type = {
        row["organisation_type"]: row["n"] for row in summary["by_organisation_type"]
    }
    assert by_type["sme"] >= 3 and by_type["public_authority"] >= 1
    assert summary["smes_trained"] >= 2


def test_course_funnel_counts_reached_and_completed(client, known_dataset):
    heat, _bids = known_dataset
    sign_in_with_mfa(client, get_user_model().objects.get(email="manager@example.com"))
    response = client.get(
        "/admin/reports/course-funnel/", {"course": heat.pk, "export": "csv"}
    )
    rows = csv_rows(response)
    assert [row[2:4] for row in rows[1:]] == [["3", "3"], ["2", "2"]]


def test_learners_report_lists_progress(client, known_dataset):
    sign_in_with_mfa(client, get_user_model().objects.get(email="manager@example.com"))
    response = client.get("/admin/reports/learners/", {"q": "kpi0@example.com"})
    assert response.status_code == 200
    learner = next(iter(response.context["object_list"]))
    assert (
        learner.enrollment_count,
        learner.lessons_completed,
        learner.certificate_count,
    ) == (2, 2, 1)


def test_admin_home_shows_headline_numbers_to_programme_managers(client):
    sign_in_with_mfa(client, get_user_model().objects.get(email="manager@example.com"))
    assert "The programme in figures" in client.get("/admin/").content.decode()
    sign_in_with_mfa(client, get_user_model().objects.get(email="editor@example.com"))
    assert "The programme in figures" not in client.get("/admin/").content.decode()
