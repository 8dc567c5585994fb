"""Credentials add a fixed number of queries to the pages that show them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.courses.test_query_budgets import SIGNED_IN_BUDGET

from .helpers import download, finish_course

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_TIMEOUT = 0


@pytest.fixture
def learner(django_user_model):
    return django_user_model.objects.create_user(
        email="budget@example.com", password="Budget-password-2026", full_name="Ana"
    )


def queries_for(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def test_dashboard_queries_are_flat_from_1_to_12_certificates(client, learner):
    client.force_login(learner)
    first = finish_course(learner, modules=1, lessons_per_module=1)
    download(client, first)
    small = queries_for(client, "/en/dashboard/")
    for _ in range(11):
        download(client, finish_course(learner, modules=1, lessons_per_module=1))
    large = queries_for(client, "/en/dashboard/")
    page = client.get("/en/dashboard/").content.decode()
    assert page.count("Verifiable credential: valid") == 12
    assert small == large
    # The credentials' section is one query over the dashboard's budget.
    assert large <= SIGNED_IN_BUDGET + 1


def test_owners_certificate_page_queries_are_constant(client, learner):
    client.force_login(learner)
    certificate = finish_course(learner, modules=1, lessons_per_module=1)
    download(client, certificate)
    first = queries_for(client, f"/en/certificates/{certificate.code}/")
    for _ in range(10):
        download(client, finish_course(learner, modules=1, lessons_per_module=1))
    assert queries_for(client, f"/en/certificates/{certificate.code}/") == first
    assert first <= SIGNED_IN_BUDGET


@pytest.mark.parametrize("language", ["en", "ar"])
def test_issuer_page_queries(client, language):
    assert queries_for(client, f"/{language}/credentials/issuer/") <= 12
