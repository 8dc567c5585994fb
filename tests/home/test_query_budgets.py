"""Home, guide and certificate verification render in a fixed number of queries,
whatever the amount of content (the anonymous page cache is off here so the
rendering itself is measured)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import Certificate
from tests.courses.builders import build_course, catalogue
from tests.resources.builders import build_resource, empty_library

pytestmark = pytest.mark.django_db
BUDGET = 12


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_TIMEOUT = 0


def queries_for(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def test_home_queries_do_not_grow_with_courses_and_guides(client):
    small = queries_for(client, "/en/")
    library = empty_library()
    for number in range(40):
        build_course(catalogue(), modules=1, lessons_per_module=1)
        build_resource(library, f"Guide {number}", "guide")
    assert queries_for(client, "/en/") == small <= BUDGET


def test_guide_queries_do_not_grow_with_its_length_or_related_items(client):
    library = empty_library()

    def guide(sections):
        body = []
        for number in range(sections):
            body.append(
                {"type": "heading", "value": {"text": f"Part {number}", "level": "h2"}}
            )
            body.append({"type": "paragraph", "value": "<p>Advice.</p>"})
        return build_resource(
            library,
            f"Guide with {sections} parts",
            "guide",
            topics=["innovation"],
            body=body,
        )

    short, long = guide(3), guide(120)
    for number in range(30):
        build_resource(library, f"Related {number}", "toolkit", topics=["innovation"])
    assert queries_for(client, short.url) == queries_for(client, long.url) <= BUDGET


def test_certificate_verification_queries_are_constant(client, learner):
    course = build_course(catalogue(), modules=1, lessons_per_module=1)
    certificate = Certificate.objects.create(
        user=learner,
        course=course,
        course_key=course.translation_key,
        name_at_issue="Lucía Learner",
        course_title_at_issue=course.title,
    )
    first = queries_for(client, f"/en/certificates/{certificate.code}/")
    for _number in range(50):
        other = build_course(catalogue(), modules=1, lessons_per_module=1)
        Certificate.objects.create(
            user=learner,
            course=other,
            course_key=other.translation_key,
            name_at_issue="Lucía Learner",
            course_title_at_issue=other.title,
        )
    assert (
        queries_for(client, f"/en/certificates/{certificate.code}/") == first <= BUDGET
    )
