"""Each page runs the same number of queries whatever the amount of content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import Enrollment, LessonCompletion
from courses.services import complete_lesson
from tests.courses.builders import build_course, catalogue, lessons_of

# These budgets are for rendering a page; the anonymous whole-page cache
# (tested in tests/home/test_page_cache.py) would otherwise answer with none.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


@pytest.fixture
def no_page_cache(settings):
    settings.PAGE_CACHE_TIMEOUT = 0


# Twelve queries for the page itself; a signed-in request adds two for the
# session and the user.
ANONYMOUS_BUDGET = 12
SIGNED_IN_BUDGET = ANONYMOUS_BUDGET + 2


def queries_for(client, url):
    client.get(url)  # warm per-process caches (site root paths, settings)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


@pytest.fixture
def learner(django_user_model):
    return django_user_model.objects.create_user(
        email="budget@example.com", password="Budget-password-2026", full_name="Ana"
    )


@pytest.mark.parametrize("signed_in", [False, True])
def test_catalogue_queries_are_flat_from_5_to_100_courses(client, learner, signed_in):
    if signed_in:
        client.force_login(learner)
    index = catalogue()
    url = index.url + "?topic=innovation&sort=newest"
    small = queries_for(client, index.url), queries_for(client, url)
    for number in range(95):
        course = build_course(
            index, modules=1, lessons_per_module=2, topics=["innovation"]
        )
        if signed_in and number % 3 == 0:
            lesson = lessons_of(course)[0]
            complete_lesson(learner, lesson, course)
    large = queries_for(client, index.url), queries_for(client, url)
    assert small == large
    assert max(large) <= (SIGNED_IN_BUDGET if signed_in else ANONYMOUS_BUDGET)


def test_course_and_lesson_queries_are_flat_from_5_to_200_lessons(client, learner):
    client.force_login(learner)
    index = catalogue()
    small = build_course(
        index, slug="small", modules=1, lessons_per_module=5, with_check=True
    )
    large = build_course(
        index, slug="large", modules=4, lessons_per_module=50, with_check=True
    )
    for course in (small, large):
        for lesson in lessons_of(course)[:3]:
            complete_lesson(learner, lesson, course)
    counts = {}
    for course in (small, large):
        lessons = lessons_of(course)
        checked = next(lesson for lesson in lessons if lesson.knowledge_check)
        counts[course.slug] = (
            queries_for(client, course.url),
            queries_for(client, lessons[1].url),
            queries_for(client, checked.url),
        )
    assert counts["small"] == counts["large"]
    course_queries, lesson_queries, check_queries = counts["large"]
    assert max(course_queries, lesson_queries, check_queries) <= SIGNED_IN_BUDGET


def test_dashboard_queries_are_flat_from_1_to_50_enrollments(client, learner):
    client.force_login(learner)
    index = catalogue()
    courses = [build_course(index, modules=1, lessons_per_module=2) for _ in range(50)]

    def enroll_with_progress(course):
        Enrollment.objects.create(
            user=learner, course_key=course.translation_key, course=course
        )
        lesson = lessons_of(course)[0]
        LessonCompletion.objects.create(
            user=learner,
            lesson=lesson,
            lesson_key=lesson.translation_key,
            course_key=course.translation_key,
        )

    enroll_with_progress(courses[0])
    small = queries_for(client, "/en/dashboard/")
    for course in courses[1:]:
        enroll_with_progress(course)
    large = queries_for(client, "/en/dashboard/")
    assert small == large <= SIGNED_IN_BUDGET
