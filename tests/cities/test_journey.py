"""The whole journey in the test client: a newcomer takes the SME readiness
assessment, follows its recommendation into a course, opens a city challenge
that course prepares for, and tells the city they can help; editors and
programme managers see it in the admin."""

import csv
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Locale

from cities.models import (
    AssessmentPage,
    AssessmentResult,
    ChallengePage,
    ExpressionOfInterest,
)
from courses.models import CoursePage
from tests.mfa import sign_in_with_mfa

pytestmark = pytest.mark.django_db
SME_ASSESSMENT = "sme-readiness-to-work-with-cities"
WEAK = {"Knowledge of the public sector", "Public procurement"}


def sme_assessment(language="en"):
    return AssessmentPage.objects.get(
        slug=SME_ASSESSMENT, locale__language_code=language
    )


def answers_weak_in(assessment, weak_names):
    """The lowest answer to the questions of the named dimensions, the highest
    to every other question."""
    data = {}
    for block in assessment.dimensions:
        pick = min if block.value["name"] in weak_names else max
        for question in block.value["questions"].bound_blocks:
            answer = pick(
                question.value["answers"].bound_blocks,
                key=lambda item: item.value["score"],
            )
            data[f"question-{question.id}"] = answer.id
    return data


def links_in(html):
    return set(re.findall(r'href="([^"]+)"', html))


@pytest.fixture
def newcomer(django_user_model):
    return django_user_model.objects.create_user(
        email="newcomer@example.com",
        password="Newcomer-password-2026",
        full_name="Nadia Newcomer",
        organisation_type="sme",
        organisation_name="Sol y Datos S.L.",
        country="ES",
    )


def test_newcomer_assesses_learns_and_expresses_interest(client, newcomer):
    assessment = sme_assessment()
    answers = answers_weak_in(assessment, WEAK)

    # 1. Anonymous: the cached page's form needs no CSRF token; nothing is stored.
    anonymous = Client(enforce_csrf_checks=True)
    page = anonymous.get(assessment.url)
    assert page.status_code == 200
    assert "csrfmiddlewaretoken" not in page.content.decode()
    response = anonymous.post(f"/en/learning/assessments/{assessment.pk}/", answers)
    assert response.status_code == 200
    assert AssessmentResult.objects.count() == 0
    body = response.content.decode()
    assert "Knowledge of the public sector (0%)" in body
    assert "Public procurement (0%)" in body
    assert "These results are not stored." in body

    # 2. Signed in: the result is stored and shown on its own page.
    client.force_login(newcomer)
    response = client.post(f"/en/learning/assessments/{assessment.pk}/", answers)
    result = AssessmentResult.objects.get(user=newcomer)
    assert response.status_code == 302
    assert response["Location"] == f"/en/dashboard/assessments/{result.pk}/"
    assert result.assessment_key == assessment.translation_key
    assert (result.country.code, result.organisation_type) == ("ES", "sme")
    page = client.get(response["Location"])
    html = page.content.decode()
    assert page.status_code == 200
    assert 'role="img"' in html and "<table" in html
    weakest = [item["dimension"].name for item in page.context["recommendations"]]
    assert set(weakest) == WEAK

    # 3. The recommendation leads to a course...
    course = CoursePage.objects.get(
        slug="selling-innovation-to-cities", locale__language_code="en"
    )
    assert course.url in links_in(html)
    assert client.get(course.url).status_code == 200

    # 4. ...and to the city challenges that course prepares for.
    offered = next(
        item["challenges"]
        for recommendation in page.context["recommendations"]
        for item in recommendation["courses"]
        if item["page"].pk == course.pk
    )
    assert offered
    challenge = offered[0]
    assert challenge.url in links_in(html)
    assert course.pk in [item.course_id for item in challenge.related_courses.all()]
    challenge_page = client.get(challenge.url).content.decode()
    assert course.url in links_in(challenge_page)
    assert 'aria-current="step"' in challenge_page

    # 5. The learner tells the city they can help.
    response = client.post(
        f"/en/learning/challenges/{challenge.pk}/interest/",
        {"message": "  We run information days for SMEs and can help.  "},
    )
    assert response.status_code == 302
    interest = ExpressionOfInterest.objects.get(user=newcomer)
    assert interest.message == "We run information days for SMEs and can help."
    assert interest.organisation_name == "Sol y Datos S.L."
    assert interest.city == challenge.city_page.city

    # 6. The dashboard lists the interest and the result.
    dashboard = client.get("/en/dashboard/").content.decode()
    assert "Your expressions of interest" in dashboard
    assert challenge.title in dashboard
    assert f"/en/dashboard/assessments/{result.pk}/" in dashboard

    # 7. An editor and a programme manager see it in the admin and export it.
    User = get_user_model()
    for email in ("editor@example.com", "manager@example.com"):
        staff = Client()
        sign_in_with_mfa(staff, User.objects.get(email=email))
        report = staff.get("/admin/reports/expressions-of-interest/")
        assert report.status_code == 200, email
        assert "Sol y Datos S.L." in report.content.decode()
        export = staff.get("/admin/reports/expressions-of-interest/?export=csv")
        rows = list(
            csv.reader(
                io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))
            )
        )
        assert any(
            "We run information days for SMEs and can help." in row for row in rows
        )

    # 8. A learner cannot see the report.
    response = client.get("/admin/reports/expressions-of-interest/")
    assert response.status_code in (302, 403)
    assert b"Sol y Datos" not in response.content


def test_demo_assessments_and_sections_exist_in_five_languages():
    for slug in (SME_ASSESSMENT, "city-readiness-for-innovation-and-climate-action"):
        english = AssessmentPage.objects.get(slug=slug, locale__language_code="en")
        translations = {
            page.locale.language_code: page.specific
            for page in english.get_translations(inclusive=True).live()
        }
        assert sorted(translations) == ["ar", "en", "es", "he", "it"]
        english_ids = [block.id for block in english.dimensions]
        for code, page in translations.items():
            assert [block.id for block in page.dimensions] == english_ids, code
            if code != "en":
                assert page.title != english.title, code
                assert (
                    page.dimensions[0].value["name"]
                    != english.dimensions[0].value["name"]
                ), code


def test_demo_has_nine_cities_with_at_least_three_challenges_each():
    from cities.models import CityPage

    cities = CityPage.objects.live().filter(locale__language_code="en")
    assert cities.count() == 9
    for city in cities:
        assert ChallengePage.objects.child_of(city).live().count() >= 3, city.slug


def test_demo_cities_and_challenges_are_translated_into_every_language():
    from cities.models import CityPage

    for model, count in ((CityPage, 9), (ChallengePage, 27)):
        for code in ("en", "es", "it", "he", "ar"):
            pages = model.objects.live().filter(locale__language_code=code)
            assert pages.count() == count, (model.__name__, code)
    english = ChallengePage.objects.get(
        slug="water-security-in-the-desert", locale__language_code="en"
    )
    hebrew = english.get_translation(Locale.objects.get(language_code="he"))
    assert hebrew.title != english.title
    # Translated challenges carry the topics and the city of their language.
    assert hebrew.topics.get(slug="climate-readiness").locale_id == hebrew.locale_id
    assert hebrew.city_page.city.locale_id == hebrew.locale_id
