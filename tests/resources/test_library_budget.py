"""The library runs the same number of queries for 10 and 300 resources,
facet counts included."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.resources.builders import build_resource, empty_library

pytestmark = pytest.mark.django_db
LIBRARY_BUDGET = 16  # routing and chrome, five facet GROUP BYs, count, page, prefetches
TYPES = [
    "guide",
    "toolkit",
    "template",
    "case_study",
    "report",
    "policy_brief",
    "video",
]
TOPICS = ["innovation", "climate-readiness", "smart-city-solutions"]
CITIES = ["malaga", "genova", "eilat", "tel-aviv"]


def queries_for(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def add_resources(library, start, count):
    for number in range(start, start + count):
        build_resource(
            library,
            f"Resource {number}",
            TYPES[number % len(TYPES)],
            ["smes", "city_staff", "both"][number % 3],
            [TOPICS[number % len(TOPICS)]],
            [CITIES[number % len(CITIES)]],
            language=["en", "es"][number % 2],
        )


def test_library_queries_are_flat_from_10_to_300_resources(client, settings):
    settings.PAGE_CACHE_TIMEOUT = 0  # measure rendering, not the page cache
    library = empty_library()
    add_resources(library, 0, 10)
    urls = [library.url, library.url + "?topic=innovation&city=malaga&type=guide&q=res"]
    small = [queries_for(client, url) for url in urls]
    add_resources(library, 10, 290)
    large = [queries_for(client, url) for url in urls]
    assert small == large
    assert max(large) <= LIBRARY_BUDGET
