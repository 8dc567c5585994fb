"""The cities section's pages run the same number of queries whatever the
number of challenges, linked pages, interests and assessment results."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cities.assessments import dimensions_of, save_result, score
from cities.interests import express_interest
from courses.models import CoursePage
from resources.models import ResourcePage
from tests.cities.builders import (
    answers_for,
    board,
    build_assessment,
    build_challenge,
    build_city,
    dimension,
)

# Rendering is measured, not the anonymous whole-page cache (which answers
# with no query at all; see tests/home/test_page_cache.py).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]

# The page itself; a signed-in request adds two for the session and the user.
ANONYMOUS_BUDGET = 12
SIGNED_IN_BUDGET = ANONYMOUS_BUDGET + 2


@pytest.fixture
def no_page_cache(settings):
    settings.PAGE_CACHE_TIMEOUT = 0


@pytest.fixture
def member(django_user_model):
    return django_user_model.objects.create_user(
        email="budget-cities@example.com",
        password="Budget-password-2026",
        organisation_type="sme",
        country="IT",
    )


def queries_for(client, url):
    client.get(url)  # warm per-process caches (site root paths, chrome)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def some_courses(count):
    return list(CoursePage.objects.live().filter(locale__language_code="en")[:count])


def some_resources(count):
    return list(ResourcePage.objects.live().filter(locale__language_code="en")[:count])


@pytest.mark.parametrize("signed_in", [False, True])
def test_city_page_and_board_are_flat_from_3_to_43_challenges(
    client, member, signed_in
):
    if signed_in:
        client.force_login(member)
    city = build_city(city_slug="cartagena")
    for _number in range(3):
        build_challenge(city, topics=["innovation"], courses=some_courses(2))
    urls = [city.url, board().url, board().url + "?city=cartagena&sort=stage"]
    small = [queries_for(client, url) for url in urls]
    for number in range(40):
        build_challenge(
            city,
            topics=["innovation", "climate-readiness"],
            stage="pilot" if number % 2 else "identified",
        )
    large = [queries_for(client, url) for url in urls]
    assert small == large
    assert max(large) <= (SIGNED_IN_BUDGET if signed_in else ANONYMOUS_BUDGET)


@pytest.mark.parametrize("signed_in", [False, True])
def test_challenge_page_is_flat_from_1_to_many_linked_pages(client, member, signed_in):
    if signed_in:
        client.force_login(member)
    city = build_city()
    few = build_challenge(
        city,
        courses=some_courses(1),
        resources=some_resources(1),
        topics=["innovation"],
    )
    many = build_challenge(
        city,
        courses=some_courses(5),
        resources=some_resources(20),
        topics=["innovation", "climate-readiness", "smart-city-solutions"],
    )
    if signed_in:
        express_interest(member, many, "We can help.")
    assert queries_for(client, few.url) == queries_for(client, many.url)
    budget = SIGNED_IN_BUDGET if signed_in else ANONYMOUS_BUDGET
    assert queries_for(client, many.url) <= budget


def take(user, assessment, scores):
    dimensions = dimensions_of(assessment)
    data = answers_for(assessment, scores)
    answers = {key.removeprefix("question-"): value for key, value in data.items()}
    results, total = score(dimensions, answers)
    return save_result(user, assessment, results, total, answers)


def test_assessment_and_result_pages_are_flat_from_1_to_30_results(client, member):
    client.force_login(member)
    courses, resources = some_courses(3), some_resources(3)
    assessment = build_assessment(
        dimensions=[
            dimension("d1", "Strategy", courses=courses, resources=resources),
            dimension("d2", "Data", courses=courses[:1]),
            dimension("d3", "Climate risk", resources=resources[:2]),
        ]
    )
    first = take(member, assessment, {"d1": 0, "d2": 2, "d3": 4})
    urls = [assessment.url, f"/en/dashboard/assessments/{first.pk}/"]
    latest = take(member, assessment, {"d1": 2, "d2": 2, "d3": 4})
    urls.append(f"/en/dashboard/assessments/{latest.pk}/")
    small = [queries_for(client, url) for url in urls]
    for number in range(28):
        latest = take(
            member, assessment, {"d1": 4 if number % 2 else 0, "d2": 2, "d3": 0}
        )
    urls[2] = f"/en/dashboard/assessments/{latest.pk}/"
    large = [queries_for(client, url) for url in urls]
    assert small == large
    assert max(large) <= SIGNED_IN_BUDGET


def test_dashboard_is_flat_from_1_to_30_interests_and_results(client, member, settings):
    settings.CITIES_INTEREST_RATE_LIMIT = 100
    client.force_login(member)
    city = build_city()
    assessment = build_assessment()
    express_interest(member, build_challenge(city), "We can help.")
    take(member, assessment, {"d1": 2, "d2": 4})
    small = queries_for(client, "/en/dashboard/")
    for _number in range(29):
        express_interest(member, build_challenge(city), "We can help too.")
        take(member, build_assessment(), {"d1": 4, "d2": 0})
    body = client.get("/en/dashboard/").content.decode()
    assert body.count("/en/dashboard/assessments/") >= 20
    large = queries_for(client, "/en/dashboard/")
    assert small == large
    # The courses part of the dashboard has its own budget
    # (tests/courses/test_query_budgets.py); the cities section adds four.
    assert large <= SIGNED_IN_BUDGET + 4
