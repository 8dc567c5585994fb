import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from home.models import StandardPage
from search.models import UnansweredQuery
from tests.mfa import sign_in_with_mfa
from tests.resources.builders import build_resource, empty_library

pytestmark = pytest.mark.django_db


def result_titles(response):
    return [item["page"].title for item in response.context["results"]]


def test_search_finds_lessons_and_resources_in_the_current_language(client):
    response = client.get("/en/search/", {"q": "procurement"})
    assert response.status_code == 200
    types = {str(item["type"]) for item in response.context["results"]}
    assert {"lesson", "resource"} & types
    assert all(
        item["page"].locale.language_code == "en"
        for item in response.context["results"]
    )
    assert "<mark>" in response.content.decode()


def test_search_stays_in_its_language(client):
    about_es = StandardPage.objects.get(slug="about", locale__language_code="es")
    word = about_es.title.split()[0]
    spanish = client.get("/es/search/", {"q": about_es.title})
    assert about_es.title in result_titles(spanish)
    english = client.get("/en/search/", {"q": about_es.title})
    assert about_es.title not in result_titles(english), word


def test_promoted_result_comes_first(client):
    terms = StandardPage.objects.get(slug="terms", locale__language_code="en")
    SearchPromotion.objects.create(
        query=Query.get("procurement"),
        page=terms,
        sort_order=0,
        description="Read this first.",
    )
    response = client.get("/en/search/", {"q": "Procurement"})
    body = response.content.decode()
    assert body.index(terms.title) < body.index(result_titles(response)[0])
    assert "Read this first." in body


def test_empty_query_shows_a_helpful_start(client):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert "/en/courses/" in response.content.decode()


def test_search_without_results_is_recorded_for_editors(client):
    for _ in range(2):
        response = client.get("/it/search/", {"q": "  Zeppelin   Parking "})
        assert response.context["result_count"] == 0
        assert "/it/resources/" in response.content.decode()
    row = UnansweredQuery.objects.get()
    assert (row.query_string, row.language, row.hits) == ("zeppelin parking", "it", 2)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(q=st.text(max_size=400), page=st.text(max_size=10))
@example(q='"', page="")
@example(q="NOT", page="")
@example(q="heat OR", page="1")
@example(q="water* (drought", page="")
@example(q="title:heat ^ +x", page="")
@example(q="\x00\u202e", page="-1")
def test_random_queries_never_break_search(client, q, page):
    response = client.get("/en/search/", {"q": q, "page": page})
    assert response.status_code == 200


@override_settings(PAGE_CACHE_TIMEOUT=0)  # measure the rendering, not a cache hit
def test_search_query_count_does_not_grow_with_hits(client):
    def queries(q):
        client.get("/en/search/", {"q": q})
        with CaptureQueriesContext(connection) as context:
            response = client.get("/en/search/", {"q": q})
        assert response.status_code == 200
        return len(context.captured_queries), response.context["result_count"]

    library = empty_library()
    for number in range(3):
        build_resource(library, f"Seagrass restoration {number}")
    few, few_hits = queries("seagrass")
    for number in range(60):
        build_resource(library, f"Seagrass monitoring {number}")
    many, many_hits = queries("seagrass")
    assert (few_hits, many_hits) == (3, 63)
    assert few == many <= 16


def test_unanswered_searches_report_is_for_permitted_staff(client, django_user_model):
    UnansweredQuery.objects.create(query_string="drones", language="en", hits=3)
    sign_in_with_mfa(client, django_user_model.objects.get(email="admin@example.com"))
    response = client.get("/admin/reports/unanswered-searches/")
    assert response.status_code == 200
    assert "drones" in response.content.decode()
    export = client.get("/admin/reports/unanswered-searches/?export=csv")
    assert b"drones,en,3" in b"".join(export.streaming_content)
    sign_in_with_mfa(client, django_user_model.objects.get(email="editor@example.com"))
    assert client.get("/admin/reports/unanswered-searches/").status_code in (302, 403)
