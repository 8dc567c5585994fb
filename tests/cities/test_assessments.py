"""Taking a readiness self-assessment: scoring, bad input, CSRF, the anonymous
page cache, owner-only results, change over retakes and the chart."""

import re

import pytest
from django.test import Client
from wagtail.models import Locale

from cities.models import AssessmentResult
from courses.models import CoursePage
from resources.models import ResourcePage
from tests.cities.builders import answers_for, build_assessment, dimension

pytestmark = pytest.mark.django_db


def score_url(assessment, language="en"):
    return f"/{language}/learning/assessments/{assessment.pk}/"


def question_ids(assessment):
    return [
        question.id
        for block in assessment.dimensions
        for question in block.value["questions"].bound_blocks
    ]


@pytest.fixture
def assessment():
    return build_assessment()


@pytest.fixture
def three_dimensions():
    course = CoursePage.objects.get(
        slug="climate-readiness-for-mediterranean-cities", locale__language_code="en"
    )
    resource = ResourcePage.objects.get(
        slug="urban-challenge-statement-template", locale__language_code="en"
    )
    return build_assessment(
        dimensions=[
            dimension("d1", "Strategy", courses=[course]),
            dimension("d2", "Data", resources=[resource]),
            dimension("d3", "Climate risk"),
        ]
    )


# The form ------------------------------------------------------------------


def test_anonymous_page_is_cached_and_carries_no_csrf_token(client, assessment):
    first = client.get(assessment.url)
    assert first["X-Page-Cache"] == "miss"
    assert "csrfmiddlewaretoken" not in first.content.decode()
    assert client.get(assessment.url)["X-Page-Cache"] == "hit"


def test_questions_are_radio_groups_in_fieldsets_with_legends(client, assessment):
    body = client.get(assessment.url).content.decode()
    assert body.count("<fieldset") == 4
    assert body.count("<legend>") == 4
    assert body.count('type="radio"') == 12
    assert 'for="id_question-d1-q1_0"' in body


def test_anonymous_answers_are_scored_without_a_token_and_not_stored(assessment):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        score_url(assessment), answers_for(assessment, {"d1": 4, "d2": 0})
    )
    assert response.status_code == 200
    assert not AssessmentResult.objects.exists()
    scores = {item.dimension_id: item.score for item in response.context["scores"]}
    assert scores == {"d1": 100, "d2": 0}
    assert response.context["total"] == 50


def test_signed_in_page_carries_a_token_and_a_post_without_it_is_refused(
    learner, assessment
):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    assert "csrfmiddlewaretoken" in client.get(assessment.url).content.decode()
    response = client.post(
        score_url(assessment), answers_for(assessment, {"d1": 4, "d2": 4})
    )
    assert response.status_code == 403
    assert not AssessmentResult.objects.exists()


def test_signed_in_result_is_stored_per_dimension(learner_client, learner, assessment):
    response = learner_client.post(
        score_url(assessment), answers_for(assessment, {"d1": 2, "d2": 4})
    )
    result = AssessmentResult.objects.get(user=learner)
    assert response.status_code == 302
    assert result.total == 75
    assert [(row.dimension_id, row.score) for row in result.dimension_scores.all()] == [
        ("d1", 50),
        ("d2", 100),
    ]
    assert result.answers == {
        "d1-q1": "d1-q1-a2",
        "d1-q2": "d1-q2-a2",
        "d2-q1": "d2-q1-a4",
        "d2-q2": "d2-q2-a4",
    }


# Bad input --------------------------------------------------------------------


def test_missing_answers_are_reported_at_each_question_and_in_a_summary(
    learner_client, assessment
):
    data = answers_for(assessment, {"d1": 4, "d2": 4})
    del data["question-d1-q2"], data["question-d2-q1"]
    response = learner_client.post(score_url(assessment), data)
    body = response.content.decode()
    assert response.status_code == 400
    assert "Some answers need your attention" in body
    assert '<a href="#question-d1-q2">Question 2</a>' in body
    assert '<a href="#question-d2-q1">Question 3</a>' in body
    assert body.count("Choose an answer to this question.") == 4  # summary + field
    assert re.search(r'aria-describedby="\s*errors-d1-q2"', body)
    # The answers given are kept.
    assert re.search(r'value="d1-q1-a4" checked', body)
    assert not AssessmentResult.objects.exists()


@pytest.mark.parametrize(
    "answer",
    ["d2-q1-a4", "no-such-answer", ""],
    ids=["answer-of-another-question", "unknown-answer", "empty"],
)
def test_answers_that_do_not_belong_to_the_question_are_refused(
    learner_client, assessment, answer
):
    data = answers_for(assessment, {"d1": 4, "d2": 4})
    data["question-d1-q1"] = answer
    response = learner_client.post(score_url(assessment), data)
    assert response.status_code == 400
    body = response.content.decode()
    assert "That is not one of this question&#x27;s answers" in body or (
        answer == "" and "Choose an answer to this question." in body
    )
    assert not AssessmentResult.objects.exists()


def test_an_unknown_question_is_refused(client, assessment):
    data = answers_for(assessment, {"d1": 4, "d2": 4})
    data["question-not-in-this-assessment"] = "d1-q1-a4"
    response = client.post(score_url(assessment), data)
    assert response.status_code == 400
    assert "refer to a question that is not in this assessment" in (
        response.content.decode()
    )


def test_unpublished_assessments_cannot_be_scored(client, assessment):
    assessment.unpublish()
    response = client.post(
        score_url(assessment), answers_for(assessment, {"d1": 4, "d2": 4})
    )
    assert response.status_code == 404


# Results -------------------------------------------------------------------------


def take(client, assessment, scores):
    response = client.post(score_url(assessment), answers_for(assessment, scores))
    assert response.status_code == 302, response.content[:500]
    return response["Location"]


def test_results_are_for_their_owner_only(
    client, learner_client, assessment, django_user_model
):
    url = take(learner_client, assessment, {"d1": 4, "d2": 2})
    assert learner_client.get(url).status_code == 200
    client.logout()
    assert client.get(url).status_code == 302  # anonymous: sign in first
    other = django_user_model.objects.create_user(
        email="other@example.com", password="Other-password-2026"
    )
    client.force_login(other)
    assert client.get(url).status_code == 404
    assert client.get("/en/dashboard/assessments/999999/").status_code == 404


def test_the_result_page_shows_the_change_since_the_previous_attempt(
    learner_client, assessment
):
    first = take(learner_client, assessment, {"d1": 0, "d2": 4})
    assert "Change since your previous attempt" not in (
        learner_client.get(first).content.decode()
    )
    second = take(learner_client, assessment, {"d1": 4, "d2": 2})
    response = learner_client.get(second)
    changes = {item.dimension_id: item.change for item in response.context["scores"]}
    assert changes == {"d1": 100, "d2": -50}
    body = response.content.decode()
    assert "up 100 points" in body and "down 50 points" in body
    # The first result still compares with nothing before it.
    assert learner_client.get(first).context["has_previous"] is False
    # Both attempts are listed on the assessment page.
    assert (
        learner_client.get(assessment.url)
        .content.decode()
        .count("/en/dashboard/assessments/")
        == 2
    )


def test_recommendations_come_from_the_two_weakest_dimensions(
    learner_client, three_dimensions
):
    url = take(learner_client, three_dimensions, {"d1": 0, "d2": 2, "d3": 4})
    response = learner_client.get(url)
    weakest = [item["dimension"].id for item in response.context["recommendations"]]
    assert weakest == ["d1", "d2"]
    body = response.content.decode()
    course = CoursePage.objects.get(
        slug="climate-readiness-for-mediterranean-cities", locale__language_code="en"
    )
    assert f'href="{course.url}"' in body
    # The challenges that course prepares for are offered with it.
    assert "Prepares you for these city challenges:" in body


def test_full_marks_need_no_recommendation(learner_client, three_dimensions):
    url = take(learner_client, three_dimensions, {"d1": 4, "d2": 4, "d3": 4})
    response = learner_client.get(url)
    assert response.context["recommendations"] == []
    assert "nothing we would add" in response.content.decode()


def test_recommendations_link_courses_in_the_visitors_language(
    learner_client, three_dimensions
):
    url = take(learner_client, three_dimensions, {"d1": 0, "d2": 0, "d3": 4})
    spanish_course = CoursePage.objects.get(
        slug="climate-readiness-for-mediterranean-cities", locale__language_code="es"
    )
    body = learner_client.get(url.replace("/en/", "/es/")).content.decode()
    assert f'href="{spanish_course.url}"' in body


def test_the_chart_is_an_accessible_svg_with_a_table_of_the_same_numbers(
    learner_client, assessment
):
    url = take(learner_client, assessment, {"d1": 2, "d2": 4})
    body = learner_client.get(url).content.decode()
    svg = body[body.index("<svg") : body.index("</svg>")]
    assert 'role="img"' in svg and 'aria-labelledby="chart-title chart-desc"' in svg
    assert "<title" in svg and "<desc" in svg and "Strategy: 50%" in svg
    assert "style=" not in svg
    assert re.search(r'class="readiness-chart__bar" x="0" y="\d+" width="300"', svg)
    table = body[body.index('<table class="readiness-table"') :]
    assert '<th scope="row">Strategy</th>' in table and "<td>50</td>" in table


def test_the_chart_is_drawn_from_the_right_in_right_to_left_languages(
    learner_client, assessment
):
    url = take(learner_client, assessment, {"d1": 2, "d2": 4})
    body = learner_client.get(url.replace("/en/", "/he/")).content.decode()
    assert '<html lang="he" dir="rtl">' in body
    assert re.search(r'class="readiness-chart__bar" x="300" y="\d+" width="300"', body)
    assert 'direction="rtl"' in body


def test_a_translation_shares_results_with_its_source(
    learner_client, learner, assessment
):
    spanish = assessment.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.title = "Evaluación de prueba"
    spanish.save_revision().publish()
    take(learner_client, spanish.specific, {"d1": 4, "d2": 4})
    result = AssessmentResult.objects.get(user=learner)
    assert result.assessment_key == assessment.translation_key
    page = learner_client.get(f"/en/dashboard/assessments/{result.pk}/")
    assert page.context["assessment"].pk == assessment.pk
