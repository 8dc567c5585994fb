import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from courses.models import Certificate, Enrollment, LessonCompletion, QuizAttempt
from tests.courses.builders import build_course, catalogue, lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(django_user_model):
    """A learner with no progress yet (the demo learner has some)."""
    return django_user_model.objects.create_user(
        email="nadia@example.com",
        password="Nadia-password-2026",
        full_name="Nadia Haddad",
    )


@pytest.fixture
def course():
    return build_course(catalogue(), slug="pilots", modules=2, with_check=True)


def other_learner(email="omar@example.com"):
    return get_user_model().objects.create_user(
        email=email, password="Another-password-2026", full_name="Omar Khalil"
    )


def correct(prefix="pilots-0"):
    return {
        f"question-{prefix}-q1": f"{prefix}-1a",
        f"question-{prefix}-q2": [f"{prefix}-2a", f"{prefix}-2c"],
    }


def test_registered_course_sends_anonymous_readers_to_sign_in(client, course):
    lesson = lessons_of(course)[0]
    response = client.get(lesson.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")


def test_open_course_lessons_are_readable_without_an_account(client):
    course = build_course(catalogue(), slug="open-course", access="open")
    response = client.get(lessons_of(course)[0].url)
    assert response.status_code == 200
    assert "Sign in to track your progress." in response.content.decode()


def test_start_course_is_a_post(learner_client, learner, course):
    url = f"/en/learning/courses/{course.pk}/enroll/"
    assert learner_client.get(url).status_code == 405
    response = learner_client.post(url)
    assert response.status_code == 302
    assert response["Location"] == lessons_of(course)[0].url
    assert (
        Enrollment.objects.filter(
            user=learner, course_key=course.translation_key
        ).count()
        == 1
    )
    learner_client.post(url)
    assert (
        Enrollment.objects.filter(
            user=learner, course_key=course.translation_key
        ).count()
        == 1
    )


def test_repeated_completion_posts_leave_one_row(learner_client, learner, course):
    lesson = lessons_of(course)[0]
    for _ in range(3):
        response = learner_client.post(f"/en/learning/lessons/{lesson.pk}/complete/")
        assert response.status_code == 302
    assert (
        LessonCompletion.objects.filter(
            user=learner, lesson_key=lesson.translation_key
        ).count()
        == 1
    )


def test_completion_answers_json_for_javascript(learner_client, course):
    lesson = lessons_of(course)[0]
    response = learner_client.post(
        f"/en/learning/lessons/{lesson.pk}/complete/", HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 200
    assert response.json() == {
        "completed": True,
        "percent": 17,
        "completed_count": 1,
        "total": 6,
        "certificate": False,
    }


def test_lesson_with_a_check_cannot_be_marked_complete(learner_client, learner, course):
    lesson = lessons_of(course)[2]
    response = learner_client.post(f"/en/learning/lessons/{lesson.pk}/complete/")
    assert response.status_code == 400
    assert "pass its knowledge check" in response.content.decode()
    assert (
        not LessonCompletion.objects.filter(user=learner)
        .exclude(course_key__isnull=True)
        .filter(lesson_key=lesson.translation_key)
        .exists()
    )


def test_correct_answers_never_reach_the_browser_before_submission(
    learner_client, course
):
    lesson = lessons_of(course)[2]
    body = learner_client.get(lesson.url).content.decode()
    assert "Preliminary market consultation" in body
    assert "Consultation comes before the tender" not in body  # the explanation
    assert "correct" not in body.split('id="knowledge-check"')[1].split("</form>")[
        0
    ].lower().replace("check my answers", "")


def test_failed_then_passed_check_completes_the_lesson(learner_client, learner, course):
    lesson = lessons_of(course)[2]
    url = f"/en/learning/lessons/{lesson.pk}/check/"
    wrong = {
        "question-pilots-0-q1": "pilots-0-1b",
        "question-pilots-0-q2": ["pilots-0-2a"],
    }
    response = learner_client.post(url, wrong)
    assert response.status_code == 302
    failed = QuizAttempt.objects.get(user=learner)
    assert (failed.score, failed.passed) == (0, False)
    feedback = learner_client.get(response["Location"]).content.decode()
    assert "You scored 0%" in feedback
    assert "Consultation comes before the tender" in feedback
    assert not LessonCompletion.objects.filter(
        user=learner, lesson_key=lesson.translation_key
    ).exists()

    learner_client.post(url, correct())
    best = QuizAttempt.objects.filter(user=learner).order_by("-score").first()
    assert (best.score, best.passed) == (100, True)
    assert LessonCompletion.objects.filter(
        user=learner, lesson_key=lesson.translation_key
    ).exists()
    assert QuizAttempt.objects.filter(user=learner).count() == 2


@pytest.mark.parametrize(
    "data, message",
    [
        (
            {"question-pilots-0-q1": "nope", "question-pilots-0-q2": ["pilots-0-2a"]},
            "not a choice",
        ),
        (
            {
                "question-pilots-0-q1": "pilots-0-2a",
                "question-pilots-0-q2": ["pilots-0-2a"],
            },
            "not a choice",
        ),
        ({"question-pilots-0-q1": "pilots-0-1a"}, "answer every question"),
        (
            {
                "question-pilots-0-q1": ["pilots-0-1a", "pilots-0-1b"],
                "question-pilots-0-q2": ["pilots-0-2a"],
            },
            "exactly one",
        ),
        (
            {
                "question-pilots-0-q1": "pilots-0-1a",
                "question-pilots-0-q2": ["pilots-0-2a"],
                "question-other": "x",
            },
            "not in this check",
        ),
        (
            {
                "question-pilots-0-q1": "pilots-0-1a",
                "question-pilots-0-q2": ["pilots-0-2a", "pilots-0-2a"],
            },
            "twice",
        ),
        ({}, "answer every question"),
    ],
)
def test_tampered_submissions_are_rejected_and_nothing_is_stored(
    learner_client, learner, course, data, message
):
    lesson = lessons_of(course)[2]
    response = learner_client.post(f"/en/learning/lessons/{lesson.pk}/check/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not QuizAttempt.objects.filter(user=learner).exists()
    assert not Enrollment.objects.filter(
        user=learner, course_key=course.translation_key
    ).exists()


def test_submitting_to_a_lesson_without_a_check_is_a_bad_request(
    learner_client, course
):
    lesson = lessons_of(course)[0]
    response = learner_client.post(
        f"/en/learning/lessons/{lesson.pk}/check/", correct()
    )
    assert response.status_code == 400
    assert "no knowledge check" in response.content.decode()


def test_unknown_lesson_or_course_is_404(learner_client):
    assert (
        learner_client.post("/en/learning/lessons/999999/complete/").status_code == 404
    )
    assert learner_client.post("/en/learning/courses/999999/enroll/").status_code == 404


def test_actions_require_sign_in(client, course):
    lesson = lessons_of(course)[0]
    response = client.post(f"/en/learning/lessons/{lesson.pk}/complete/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not LessonCompletion.objects.filter(
        lesson_key=lesson.translation_key
    ).exists()


def test_learner_cannot_see_another_learners_attempt(client, learner, course):
    lesson = lessons_of(course)[2]
    client.force_login(learner)
    client.post(f"/en/learning/lessons/{lesson.pk}/check/", correct())
    attempt = QuizAttempt.objects.get(user=learner)
    other_client = Client()
    other_client.force_login(other_learner())
    body = other_client.get(f"{lesson.url}?attempt={attempt.pk}").content.decode()
    assert "You passed" not in body
    assert "Consultation comes before the tender" not in body


def test_certificate_is_issued_once_when_every_lesson_is_done(
    learner_client, learner, course
):
    lessons = lessons_of(course)
    for lesson in lessons:
        if lesson.knowledge_check:
            prefix = (
                "pilots-0" if lesson.get_parent().slug == "module-1" else "pilots-1"
            )
            learner_client.post(
                f"/en/learning/lessons/{lesson.pk}/check/", correct(prefix)
            )
        else:
            learner_client.post(f"/en/learning/lessons/{lesson.pk}/complete/")
    certificate = Certificate.objects.get(
        user=learner, course_key=course.translation_key
    )
    assert certificate.name_at_issue == learner.get_full_name()
    assert len(certificate.code) == 10
    enrollment = Enrollment.objects.get(user=learner, course_key=course.translation_key)
    assert enrollment.completed_at is not None
    # Completing again issues nothing new.
    learner_client.post(f"/en/learning/lessons/{lessons[0].pk}/complete/")
    assert Certificate.objects.filter(user=learner).count() == 1

    pdf = learner_client.get(f"/en/dashboard/certificates/{certificate.code}.pdf")
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")

    public = learner_client.get(f"/en/certificates/{certificate.code}/")
    assert public.status_code == 200
    assert "This certificate is genuine." in public.content.decode()


def test_certificate_pdf_is_only_for_its_owner(client):
    certificate = Certificate.objects.get(user__email="learner@example.com")
    client.force_login(other_learner())
    assert (
        client.get(f"/en/dashboard/certificates/{certificate.code}.pdf").status_code
        == 404
    )
    client.logout()
    assert (
        client.get(f"/en/dashboard/certificates/{certificate.code}.pdf").status_code
        == 302
    )
    # Anyone may verify it through its public code.
    assert client.get(f"/es/certificates/{certificate.code}/").status_code == 200


def test_unknown_certificate_code_gets_a_clear_not_found_page(client):
    response = client.get("/en/certificates/NOTAREALCODE/")
    assert response.status_code == 404
    assert "Certificate not found" in response.content.decode()


def test_progress_is_shared_across_translations(learner_client, learner, course):
    from wagtail.models import Locale

    spanish = Locale.objects.get(language_code="es")
    lesson = lessons_of(course)[0]
    copies = []
    for page in (course, lesson.get_parent(), lesson):
        copy = page.copy_for_translation(spanish)
        copy.save_revision().publish()
        copies.append(copy)
    lesson_es = copies[-1]

    learner_client.post(f"/es/learning/lessons/{lesson_es.pk}/complete/")
    body = learner_client.get(course.url).content.decode()
    assert "outline__lesson--done" in body
    assert (
        LessonCompletion.objects.get(
            user=learner, lesson_key=lesson.translation_key
        ).lesson_id
        == lesson_es.pk
    )


def test_certificate_email_goes_out_in_the_learners_language(
    learner_client, learner, course, django_capture_on_commit_callbacks, mailoutbox
):
    learner.preferred_language = "es"
    learner.save()
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons_of(course):
            if lesson.knowledge_check:
                prefix = (
                    "pilots-0" if lesson.get_parent().slug == "module-1" else "pilots-1"
                )
                learner_client.post(
                    f"/en/learning/lessons/{lesson.pk}/check/", correct(prefix)
                )
            else:
                learner_client.post(f"/en/learning/lessons/{lesson.pk}/complete/")
    certificate = Certificate.objects.get(user=learner)
    assert len(mailoutbox) == 1
    email = mailoutbox[0]
    assert email.to == [learner.email]
    assert f"/es/certificates/{certificate.code}/" in email.body
    assert "Enhorabuena" in email.body or "certificado" in email.subject.lower()
