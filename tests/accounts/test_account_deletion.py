"""A learner deletes their account: personal data goes, anonymous counts stay."""

import logging

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.test import Client

from courses.models import (
    Certificate,
    Enrollment,
    LessonCompletion,
    QuestionAnswer,
    QuizAttempt,
)
from courses.reports import course_kpis, programme_summary, source_courses
from courses.services import complete_lesson, enroll
from tests.accounts.test_data_export import (
    PASSWORD,
    build_learning_records,
    make_learner,
)
from tests.courses.builders import lessons_of

pytestmark = pytest.mark.django_db
DELETE_URL = "/en/accounts/profile/delete/"
LEARNING_MODELS = [Enrollment, LessonCompletion, QuizAttempt, Certificate]


@pytest.fixture
def lucia(django_user_model):
    user = make_learner(django_user_model)
    build_learning_records(user)
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.RECOVERY_CODES, data={"seed": "x"}
    )
    return user


@pytest.fixture
def lucia_client(client, lucia):
    client.force_login(lucia)
    return client


def totals():
    """Every count the programme reports must keep after a deletion."""
    kpis = course_kpis(source_courses())
    return {
        "rows": {model.__name__: model.objects.count() for model in LEARNING_MODELS}
        | {"QuestionAnswer": QuestionAnswer.objects.count()},
        "enrollments": sum(course.enrollments for course in kpis),
        "completions": sum(course.completions for course in kpis),
        "certificates": sum(course.certificates for course in kpis),
        "certificates_issued": programme_summary()["certificates"],
    }


def personal_rows(user_id):
    return {
        model.__name__: model.objects.filter(user_id=user_id).count()
        for model in LEARNING_MODELS + [EmailAddress, Authenticator]
    }


def test_confirmation_page_explains_and_deletes_nothing(lucia_client, lucia):
    response = lucia_client.get(DELETE_URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert "What is removed" in body
    assert "What is kept, without any link to you" in body
    assert 'autocomplete="current-password"' in body
    assert 'href="/en/accounts/profile/export/"' in body
    assert type(lucia).objects.filter(pk=lucia.pk).exists()


def test_deletion_requires_sign_in(client):
    response = client.get(DELETE_URL)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert client.post(DELETE_URL, {"password": PASSWORD}).status_code == 302


def test_wrong_password_deletes_nothing(lucia_client, lucia):
    before = personal_rows(lucia.pk)
    response = lucia_client.post(DELETE_URL, {"password": "not-my-password"})
    assert response.status_code == 200
    assert "That is not your current password" in response.content.decode()
    assert type(lucia).objects.filter(pk=lucia.pk).exists()
    assert personal_rows(lucia.pk) == before
    assert Certificate.objects.get(user=lucia).name_at_issue == "Lucía Martínez"


def test_missing_password_deletes_nothing(lucia_client, lucia):
    response = lucia_client.post(DELETE_URL, {})
    assert response.status_code == 200
    assert "Enter your current password" in response.content.decode()
    assert type(lucia).objects.filter(pk=lucia.pk).exists()


def test_deletion_needs_the_csrf_token(lucia):
    client = Client(enforce_csrf_checks=True)
    client.force_login(lucia)
    assert client.post(DELETE_URL, {"password": PASSWORD}).status_code == 403
    assert type(lucia).objects.filter(pk=lucia.pk).exists()


def test_right_password_deletes_the_account_and_keeps_the_counts(lucia_client, lucia):
    before = totals()
    summary_before = programme_summary()
    assert all(personal_rows(lucia.pk).values())

    response = lucia_client.post(DELETE_URL, {"password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert not type(lucia).objects.filter(pk=lucia.pk).exists()
    # Email addresses and second factors went with the user; learning records
    # stayed, linked to nobody.
    assert not any(personal_rows(lucia.pk).values())
    assert totals() == before
    # Counts of people lose her: she is no longer a learner, nor an active one
    # (her anonymous records belong to nobody).
    summary = programme_summary()
    assert summary["learners"] == summary_before["learners"] - 1
    assert summary["active_learners"] == summary_before["active_learners"] - 1
    assert Enrollment.objects.filter(user__isnull=True).count() >= 1


def test_deleted_learners_certificate_is_no_longer_available(lucia_client, lucia):
    certificate = Certificate.objects.get(user=lucia)
    lucia_client.post(DELETE_URL, {"password": PASSWORD})

    certificate.refresh_from_db()
    assert certificate.user is None
    assert certificate.name_at_issue == ""
    response = Client().get(f"/en/certificates/{certificate.code}/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "This certificate is no longer available" in body
    assert "Lucía Martínez" not in body
    assert "This certificate is genuine." not in body


def test_after_deletion_the_learner_is_signed_out_everywhere(
    lucia_client, lucia, django_user_model
):
    other_device = Client()
    other_device.force_login(lucia)
    response = lucia_client.post(DELETE_URL, {"password": PASSWORD}, follow=True)
    assert "Your account has been deleted" in response.content.decode()
    assert "_auth_user_id" not in lucia_client.session
    for client in (lucia_client, other_device):
        profile = client.get("/en/accounts/profile/")
        assert profile.status_code == 302
        assert "/accounts/login/" in profile["Location"]
    assert not lucia_client.login(email="lucia@example.com", password=PASSWORD)


def test_get_never_deletes(lucia_client, lucia):
    lucia_client.get(DELETE_URL, {"password": PASSWORD})
    assert type(lucia).objects.filter(pk=lucia.pk).exists()


def test_two_deleted_learners_of_one_course_keep_both_records(
    client, django_user_model
):
    """Anonymised rows share user NULL: the unique constraints must allow it."""
    first = make_learner(django_user_model, email="first@example.com")
    second = make_learner(django_user_model, email="second@example.com")
    (course,) = build_learning_records(first, slug="shared")
    enroll(second, course)
    complete_lesson(second, lessons_of(course)[0], course)
    before = totals()
    for user in (first, second):
        client.force_login(user)
        assert client.post(DELETE_URL, {"password": PASSWORD}).status_code == 302
    assert totals() == before
    assert (
        Enrollment.objects.filter(
            user__isnull=True, course_key=course.translation_key
        ).count()
        == 2
    )


def test_an_administrator_deleting_a_user_erases_the_same_data(
    lucia, django_user_model
):
    certificate = Certificate.objects.get(user=lucia)
    before = totals()
    django_user_model.objects.filter(pk=lucia.pk).delete()
    certificate.refresh_from_db()
    assert (certificate.user, certificate.name_at_issue) == (None, "")
    assert totals() == before


def test_staff_accounts_are_removed_by_an_administrator(client, django_user_model):
    editor = django_user_model.objects.get(email="editor@example.com")
    editor.set_password(PASSWORD)
    editor.save()
    client.force_login(editor)
    page = client.get(DELETE_URL)
    assert page.status_code == 200
    assert "removed by an administrator" in page.content.decode()
    assert 'name="password"' not in page.content.decode()
    assert client.post(DELETE_URL, {"password": PASSWORD}).status_code == 403
    assert django_user_model.objects.filter(pk=editor.pk).exists()


def test_password_guessing_is_rate_limited(lucia_client, lucia, settings):
    settings.ACCOUNT_RATE_LIMITS = {"reauthenticate": "2/m/user"}
    for _attempt in range(2):
        assert lucia_client.post(DELETE_URL, {"password": "guess"}).status_code == 200
    assert lucia_client.post(DELETE_URL, {"password": PASSWORD}).status_code == 429
    assert type(lucia).objects.filter(pk=lucia.pk).exists()


def test_deletion_is_logged_by_account_number_only(lucia_client, lucia):
    """So that deletions can be applied again after restoring a backup."""
    records = []
    handler = logging.Handler()
    handler.emit = records.append
    logger = logging.getLogger("portal.accounts")
    logger.addHandler(handler)
    try:
        lucia_client.post(DELETE_URL, {"password": PASSWORD})
    finally:
        logger.removeHandler(handler)
    assert [record.getMessage() for record in records] == [
        f"Account {lucia.pk} deleted at its owner's request."
    ]
