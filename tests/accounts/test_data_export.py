"""A learner downloads everything the portal holds about them, as JSON."""

import json
import re

import pytest
from allauth.account.models import EmailAddress
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.datastructures import MultiValueDict

from accounts import data_export
from accounts.data_export import export_user_data, register_section
from courses.models import Certificate
from courses.services import complete_lesson, submit_knowledge_check
from tests.courses.builders import build_course, catalogue, lessons_of

pytestmark = pytest.mark.django_db
EXPORT_URL = "/en/accounts/profile/export/"
PASSWORD = "Export-password-2026"


def answers(prefix, right=True):
    """POST data for the two-question check of tests.courses.builders."""
    if right:
        return MultiValueDict(
            {
                f"question-{prefix}-q1": [f"{prefix}-1a"],
                f"question-{prefix}-q2": [f"{prefix}-2a", f"{prefix}-2c"],
            }
        )
    return MultiValueDict(
        {
            f"question-{prefix}-q1": [f"{prefix}-1b"],
            f"question-{prefix}-q2": [f"{prefix}-2a"],
        }
    )


def build_learning_records(user, courses=1, lessons_per_module=2, slug="gdpr"):
    """Per course: an enrollment, every lesson completed (the last one through
    its check, failed once then passed), hence a certificate."""
    built = []
    for number in range(courses):
        course = build_course(
            catalogue(),
            slug=f"{slug}-{number}",
            title=f"Export course {slug} {number}",
            lessons_per_module=lessons_per_module,
            with_check=True,
        )
        prefix = f"{course.slug}-0"
        for lesson in lessons_of(course):
            if lesson.knowledge_check:
                submit_knowledge_check(user, lesson, course, answers(prefix, False))
                submit_knowledge_check(user, lesson, course, answers(prefix))
            else:
                complete_lesson(user, lesson, course)
        built.append(course)
    return built


def make_learner(django_user_model, email="lucia@example.com", **extra):
    user = django_user_model.objects.create_user(
        email=email,
        password=PASSWORD,
        full_name="Lucía Martínez",
        organisation_type="sme",
        organisation_name="Costa Verde Sensors S.L.",
        country="ES",
        city="Cartagena",
        preferred_language="es",
        **extra,
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


@pytest.fixture
def lucia(django_user_model):
    return make_learner(django_user_model)


def download(client):
    response = client.get(EXPORT_URL)
    assert response.status_code == 200
    return json.loads(response.content)


def test_export_is_a_json_attachment_that_no_cache_keeps(client, lucia):
    client.force_login(lucia)
    response = client.get(EXPORT_URL)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="smart-cities-academy-data-{today}.json"'
    )
    assert response["Cache-Control"] == "no-store"
    json.loads(response.content)


def test_export_holds_the_profile(client, lucia):
    client.force_login(lucia)
    data = download(client)
    profile = data["profile"]
    assert profile["email"] == "lucia@example.com"
    assert profile["full_name"] == "Lucía Martínez"
    assert profile["organisation_type"] == "sme"
    assert profile["organisation_name"] == "Costa Verde Sensors S.L."
    assert profile["country"] == "ES"
    assert profile["city"] == "Cartagena"
    assert profile["preferred_language"] == "es"
    assert profile["email_addresses"] == [
        {"email": "lucia@example.com", "verified": True, "primary": True}
    ]
    assert profile["two_factor_authenticators"] == []
    assert data["export"]["site"] == "Smart Cities Academy"
    # Nothing secret leaves the portal, not even the password hash.
    assert "password" not in json.dumps(profile).lower()


def test_export_holds_every_learning_record_with_its_values(client, lucia):
    (course,) = build_learning_records(lucia)
    lessons = lessons_of(course)
    certificate = Certificate.objects.get(user=lucia)
    client.force_login(lucia)
    data = download(client)

    (enrollment,) = data["enrollments"]
    assert enrollment["course_key"] == str(course.translation_key)
    assert enrollment["course_title"] == "Export course gdpr 0"
    assert enrollment["course_language"] == "en"
    assert enrollment["completed_at"] is not None
    assert enrollment["last_lesson_title"] == lessons[-1].title

    completions = data["lesson_completions"]
    assert [row["lesson_title"] for row in completions] == [
        lesson.title for lesson in lessons
    ]
    assert {row["lesson_key"] for row in completions} == {
        str(lesson.translation_key) for lesson in lessons
    }

    failed, passed = data["quiz_attempts"]
    prefix = f"{course.slug}-0"
    assert (failed["score"], failed["passed"]) == (0, False)
    assert (passed["score"], passed["passed"]) == (100, True)
    assert passed["lesson_title"] == lessons[-1].title
    assert passed["answers"] == {
        f"{prefix}-q1": [f"{prefix}-1a"],
        f"{prefix}-q2": [f"{prefix}-2a", f"{prefix}-2c"],
    }
    assert failed["questions"] == [
        {"question_id": f"{prefix}-q1", "correct": False},
        {"question_id": f"{prefix}-q2", "correct": False},
    ]
    assert [q["correct"] for q in passed["questions"]] == [True, True]

    (exported,) = data["certificates"]
    assert exported["code"] == certificate.code
    assert exported["name_at_issue"] == "Lucía Martínez"
    assert exported["course_title_at_issue"] == "Export course gdpr 0"
    assert exported["verification_url"].endswith(
        f"/en/certificates/{certificate.code}/"
    )
    assert re.match(r"\d{4}-\d\d-\d\dT", exported["issued_at"])


def test_export_only_ever_holds_the_signed_in_learner(client, lucia, learner):
    """There is no parameter naming a user: whatever is asked, it is yours."""
    demo_code = Certificate.objects.get(user=learner).code
    client.force_login(lucia)
    response = client.get(
        EXPORT_URL, {"user": learner.pk, "email": learner.email, "id": learner.pk}
    )
    body = response.content.decode()
    assert json.loads(body)["profile"]["email"] == "lucia@example.com"
    assert learner.email not in body
    assert demo_code not in body
    assert json.loads(body)["enrollments"] == []


def test_the_demo_learner_sees_their_certificate_in_their_export(
    learner_client, learner
):
    data = download(learner_client)
    assert data["profile"]["email"] == learner.email
    assert [c["code"] for c in data["certificates"]] == list(
        Certificate.objects.filter(user=learner).values_list("code", flat=True)
    )
    assert data["enrollments"] and data["lesson_completions"]


def test_export_requires_sign_in(client):
    response = client.get(EXPORT_URL)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_export_is_read_only(client, lucia):
    client.force_login(lucia)
    assert client.post(EXPORT_URL).status_code == 405


def test_export_runs_the_same_queries_for_one_record_or_many(client, django_user_model):
    few = make_learner(django_user_model, email="few@example.com")
    many = make_learner(django_user_model, email="many@example.com")
    build_learning_records(few, courses=1, lessons_per_module=2, slug="few")
    build_learning_records(many, courses=3, lessons_per_module=6, slug="many")
    counts = []
    for user in (few, many):
        client.force_login(user)
        with CaptureQueriesContext(connection) as context:
            data = download(client)
        counts.append(len(context.captured_queries))
    sections = ["enrollments", "lesson_completions", "quiz_attempts", "certificates"]
    # The last learner's records: 3 courses of 6 lessons, two attempts per check.
    assert [len(data[name]) for name in sections] == [3, 18, 6, 3]
    assert counts[0] == counts[1], counts


def test_another_app_adds_a_section(client, lucia, monkeypatch):
    monkeypatch.setattr(data_export, "_providers", dict(data_export._providers))
    register_section(
        "interests", lambda user: [{"topic": "Climate readiness", "user": user.pk}]
    )
    data = export_user_data(lucia)
    assert data["interests"] == [{"topic": "Climate readiness", "user": lucia.pk}]
    assert list(data)[:2] == ["export", "profile"]


@pytest.mark.parametrize("name", ["profile", "export"])
def test_reserved_section_names_are_refused(name):
    with pytest.raises(ValueError):
        register_section(name, lambda user: {})


def test_profile_page_links_to_export_and_deletion(client, lucia):
    client.force_login(lucia)
    body = client.get("/en/accounts/profile/").content.decode()
    assert "Your data" in body
    assert 'href="/en/accounts/profile/export/"' in body
    assert 'href="/en/accounts/profile/delete/"' in body


@pytest.mark.parametrize("language", ["en", "es", "it", "he", "ar"])
def test_privacy_notice_names_the_cookies_and_the_way_to_your_data(client, language):
    body = client.get(f"/{language}/privacy/").content.decode()
    assert "portal_language" in body  # the language cookie, by name
    assert "CSRF" in body
    assert "JSON" in body  # how to export
    assert body.count("<em>") >= 3  # the profile's "Your data" links, named
