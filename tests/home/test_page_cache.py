"""Anonymous pages come from the cache; nothing personal ever does."""

import pytest
from django.contrib.auth import get_user_model

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def test_second_anonymous_visit_is_served_from_the_cache_without_queries(
    client, django_assert_num_queries
):
    first = client.get("/es/courses/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/es/courses/")
    assert second.status_code == 200
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "s-maxage=60" in second["Cache-Control"]
    assert "Cookie" in second["Vary"]


def test_publishing_a_page_retires_cached_pages(client):
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    client.get(about.url)
    about.title = "About the SME4SMARTCITIES programme"
    about.save_revision().publish()
    response = client.get(about.url)
    assert "About the SME4SMARTCITIES programme" in response.content.decode()
    assert response["X-Page-Cache"] == "miss"


def test_signed_in_visitors_never_get_or_fill_the_cache(client):
    client.get("/en/")  # an anonymous copy is now cached
    client.force_login(get_user_model().objects.get(email="learner@example.com"))
    response = client.get("/en/")
    assert "X-Page-Cache" not in response
    assert "My learning" in response.content.decode()
    client.logout()
    anonymous = client.get("/en/")
    assert "My learning" not in anonymous.content.decode()


def test_pending_messages_bypass_the_cache(client):
    client.get("/en/")
    client.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in client.get("/en/")


def test_non_page_views_are_not_cached(client):
    client.get("/en/dashboard/")
    assert "X-Page-Cache" not in client.get("/en/dashboard/")


def test_search_results_are_cached_but_searches_without_results_are_not(
    client, django_assert_num_queries
):
    from search.models import UnansweredQuery

    assert client.get("/en/search/?q=heat")["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        assert client.get("/en/search/?q=heat")["X-Page-Cache"] == "hit"
    for _attempt in range(2):
        response = client.get("/en/search/?q=zzyzxnothinghere")
        assert "X-Page-Cache" not in response
    assert UnansweredQuery.objects.get(query_string="zzyzxnothinghere").hits == 2


def test_cached_anonymous_lessons_carry_no_csrf_token(client):
    from courses.models import CoursePage, LessonPage

    course = CoursePage.objects.filter(
        access="open", locale__language_code="en"
    ).first()
    lesson = next(
        lesson
        for lesson in LessonPage.objects.live().descendant_of(course)
        if lesson.knowledge_check
    )
    body = client.get(lesson.url).content.decode()
    assert "csrfmiddlewaretoken" not in body
