"""The whole learner journey through the test client, and certificate PDFs."""

import io
from html import escape

import pypdf
import pytest
from django.core import mail

from courses.certificates import certificate_pdf
from courses.models import Certificate, CoursePage, LessonPage
from tests.courses.builders import build_course, catalogue, lessons_of

pytestmark = pytest.mark.django_db


def correct_answers(lesson):
    check = lesson.knowledge_check
    return {
        f"question-{question.id}": [
            choice.id
            for choice in question.value["choices"].bound_blocks
            if choice.value["correct"]
        ]
        for question in check["questions"].bound_blocks
    }


def wrong_answers(lesson):
    check = lesson.knowledge_check
    return {
        f"question-{question.id}": [
            next(
                choice.id
                for choice in question.value["choices"].bound_blocks
                if not choice.value["correct"]
            )
        ]
        for question in check["questions"].bound_blocks
    }


def test_newcomer_signs_up_takes_a_demo_course_and_verifies_the_certificate(client):
    response = client.post(
        "/en/accounts/signup/",
        {
            "email": "marco@genova-sensors.example",
            "password1": "Porto-antico-2026",
            "password2": "Porto-antico-2026",
            "full_name": "Marco Rossi",
            "organisation_type": "sme",
            "organisation_name": "Genova Sensors",
            "country": "IT",
            "city": "Genova",
            "preferred_language": "it",
            "privacy_consent": "on",
        },
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 1  # the verification email

    course = CoursePage.objects.get(
        slug="circular-economy-and-green-procurement", locale__language_code="en"
    )
    lessons = lessons_of(course)
    first = client.post(f"/en/learning/courses/{course.pk}/enroll/")
    assert first["Location"] == lessons[0].url

    for lesson in lessons:
        assert client.get(lesson.url).status_code == 200
        if lesson.knowledge_check:
            failed = client.post(
                f"/en/learning/lessons/{lesson.pk}/check/", wrong_answers(lesson)
            )
            assert "You scored" in client.get(failed["Location"]).content.decode()
            client.post(
                f"/en/learning/lessons/{lesson.pk}/check/", correct_answers(lesson)
            )
        else:
            client.post(f"/en/learning/lessons/{lesson.pk}/complete/")

    dashboard = client.get("/en/dashboard/").content.decode()
    assert "Completed courses" in dashboard
    certificate = Certificate.objects.get(user__email="marco@genova-sensors.example")
    assert certificate.course_title_at_issue == course.title
    assert certificate.code in dashboard

    pdf = client.get(f"/en/dashboard/certificates/{certificate.code}.pdf")
    text = pypdf.PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert "Marco Rossi" in text
    assert certificate.code in text

    client.logout()
    verification = client.get(f"/it/certificates/{certificate.code.lower()}/")
    assert verification.status_code == 200
    assert "Marco Rossi" in verification.content.decode()


@pytest.mark.parametrize(
    "language, name",
    [("he", "נועה כהן"), ("ar", "ليلى حداد"), ("en", "Lucía Martínez")],
)
def test_certificate_pdf_keeps_hebrew_and_arabic_names(learner, language, name):
    from django.utils import translation

    course = build_course(
        catalogue(), slug="pdf-course", modules=1, lessons_per_module=1
    )
    certificate = Certificate.objects.create(
        user=learner,
        course=course,
        course_key=course.translation_key,
        name_at_issue=name,
        course_title_at_issue=course.title,
    )
    with translation.override(language):
        pdf = certificate_pdf(certificate, "https://academy.example.org/v/")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    text = reader.pages[0].extract_text()
    assert name in text
    assert certificate.code in text


def test_module_page_lists_its_lessons(learner_client):
    lesson = LessonPage.objects.filter(locale__language_code="en").first()
    module = lesson.get_parent()
    body = learner_client.get(module.url).content.decode()
    assert escape(lesson.title) in body
