"""The admin reports of the cities section: who sees them, their filters, their
exports, and the readiness figures checked by hand."""

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cities.assessments import dimensions_of, save_result, score
from cities.interests import express_interest
from cities.models import AssessmentResult, ExpressionOfInterest
from cities.reports import readiness_rows
from tests.cities.builders import build_assessment, build_challenge, build_city
from tests.mfa import sign_in_with_mfa

pytestmark = pytest.mark.django_db

INTEREST_URLS = [
    "/admin/reports/expressions-of-interest/",
    "/admin/reports/expressions-of-interest/?export=csv",
    "/admin/reports/expressions-of-interest/?export=xlsx",
]
READINESS_URLS = [
    "/admin/reports/readiness/",
    "/admin/reports/readiness/?export=csv",
    "/admin/reports/readiness/?export=xlsx",
]
ALLOWED = {
    "anonymous": set(),
    "learner@example.com": set(),
    "editor@example.com": set(INTEREST_URLS),
    "moderator@example.com": set(INTEREST_URLS),
    "manager@example.com": set(INTEREST_URLS + READINESS_URLS),
    "admin@example.com": set(INTEREST_URLS + READINESS_URLS),
}


def sign_in(client, email):
    user = get_user_model().objects.get(email=email)
    if user.is_staff:
        sign_in_with_mfa(client, user)
    else:
        client.force_login(user)
    return user


def body_of(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def csv_rows(response):
    return list(csv.reader(io.StringIO(body_of(response).decode("utf-8-sig"))))


@pytest.fixture
def interest(learner):
    challenge = build_challenge(build_city(city_slug="genova"), title="Report test")
    return express_interest(learner, challenge, "Secret-ish message from Lucía.")


@pytest.mark.parametrize("who", list(ALLOWED))
@pytest.mark.parametrize("url", INTEREST_URLS + READINESS_URLS)
def test_report_permission_matrix(client, interest, who, url):
    if who != "anonymous":
        sign_in(client, who)
    response = client.get(url)
    if url in ALLOWED[who]:
        assert response.status_code == 200, (who, url)
    else:
        assert response.status_code in (302, 403), (who, url)
        assert b"Secret-ish message" not in body_of(response)


def test_interest_report_filters_by_city_challenge_and_period(client, interest):
    from home.models import City

    sign_in(client, "editor@example.com")
    url = "/admin/reports/expressions-of-interest/"
    genova = City.objects.get(slug="genova", locale__language_code="en")
    eilat = City.objects.get(slug="eilat", locale__language_code="en")

    def listed(**params):
        response = client.get(url, params)
        assert response.status_code == 200
        return [row.pk for row in response.context["object_list"]]

    assert listed(city=genova.pk) == [interest.pk]
    assert listed(city=eilat.pk) == []
    assert listed(challenge=interest.challenge.pk) == [interest.pk]
    today = timezone.localdate()
    assert listed(period_from="2020-01-01", period_to="2020-12-31") == []
    assert listed(
        period_from=str(today - datetime.timedelta(days=1)),
        period_to=str(today),
    ) == [interest.pk]


def test_interest_export_has_one_row_per_interest(client, interest, learner):
    sign_in(client, "manager@example.com")
    rows = csv_rows(client.get(INTEREST_URLS[1]))
    assert rows[0][:5] == ["Sent", "Challenge", "City", "Name", "Email"]
    row = next(row for row in rows if "Report test" in row)
    assert learner.email in row and "Genoa" in row
    assert "Secret-ish message from Lucía." in row
    xlsx = client.get(INTEREST_URLS[2])
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


@pytest.fixture
def readiness_dataset(django_user_model):
    """Three learners take a two-dimension assessment; one takes it twice."""
    assessment = build_assessment(title="AAA Readiness report test")
    dimensions = dimensions_of(assessment)

    def take(user, points):
        answers = {}
        for dimension, value in zip(dimensions, points, strict=True):
            for question in dimension.questions:
                answers[question.id] = next(
                    answer_id
                    for answer_id, _text, answer_score in question.answers
                    if answer_score == value
                )
        scores, total = score(dimensions, answers)
        return save_result(user, assessment, scores, total, answers)

    def learner(number, country, kind):
        return django_user_model.objects.create_user(
            email=f"ready{number}@example.com",
            password="x" * 12,
            country=country,
            organisation_type=kind,
        )

    spanish_sme_a = learner(1, "ES", "sme")
    spanish_sme_b = learner(2, "ES", "sme")
    italian_city = learner(3, "IT", "public_authority")
    old = take(spanish_sme_a, (0, 0))  # superseded by the retake below
    AssessmentResult.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=30)
    )
    take(spanish_sme_a, (4, 2))  # 100, 50
    take(spanish_sme_b, (2, 2))  # 50, 50
    take(italian_city, (0, 4))  # 0, 100
    return assessment


def test_readiness_rows_average_each_learners_latest_result(readiness_dataset):
    dims = [(block.id, block.value["name"]) for block in readiness_dataset.dimensions]
    with CaptureQueriesContext(connection) as queries:
        rows = readiness_rows(readiness_dataset, dims)
    assert len(queries) == 1
    table = {
        (row.country_name, row.organisation_type_label): (
            row.learners,
            row.dimension_0,
            row.dimension_1,
            row.average,
        )
        for row in rows
    }
    assert table == {
        ("All countries", "All organisation types"): (3, 50.0, 66.7, 58.3),
        ("Italy", "City or public authority"): (1, 0.0, 100.0, 50.0),
        ("Spain", "SME"): (2, 75.0, 50.0, 62.5),
    }


def test_readiness_export_and_period(client, readiness_dataset):
    sign_in(client, "manager@example.com")
    response = client.get(
        "/admin/reports/readiness/",
        {"assessment": readiness_dataset.pk, "export": "csv"},
    )
    rows = csv_rows(response)
    assert rows[0] == [
        "Country",
        "Organisation type",
        "Learners",
        "Strategy",
        "Data",
        "Average of the dimensions",
    ]
    assert ["Spain", "SME", "2", "75.0", "50.0", "62.5"] in rows
    # Thirty days ago only the first attempt of one learner counts.
    old_day = str(timezone.localdate() - datetime.timedelta(days=30))
    response = client.get(
        "/admin/reports/readiness/",
        {
            "assessment": readiness_dataset.pk,
            "period_from": old_day,
            "period_to": old_day,
            "export": "csv",
        },
    )
    assert csv_rows(response)[1:] == [
        ["All countries", "All organisation types", "1", "0.0", "0.0", "0.0"],
        ["Spain", "SME", "1", "0.0", "0.0", "0.0"],
    ]


def test_interest_report_menu_items_follow_permissions(client):
    sign_in(client, "editor@example.com")
    body = client.get("/admin/").content.decode()
    assert "Expressions of interest" in body
    assert "Readiness by country and organisation type" not in body
    client.logout()
    sign_in(client, "manager@example.com")
    body = client.get("/admin/").content.decode()
    assert "Readiness by country and organisation type" in body


def test_deleting_an_account_removes_its_interests_and_keeps_results_anonymous(
    interest, learner, readiness_dataset
):
    from cities.privacy import assessment_results_for, interests_for

    assert interests_for(learner)[0]["message"] == "Secret-ish message from Lucía."
    user = get_user_model().objects.get(email="ready1@example.com")
    exported = assessment_results_for(user)
    assert [item["total"] for item in exported] == [0, 75]
    assert [row["score"] for row in exported[1]["dimension_scores"]] == [100, 50]
    learner.delete()
    user.delete()
    assert not ExpressionOfInterest.objects.filter(pk=interest.pk).exists()
    assert AssessmentResult.objects.filter(user__isnull=True).count() == 2
