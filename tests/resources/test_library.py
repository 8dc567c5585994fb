import pytest
from django.core.files.base import ContentFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.documents import get_document_model

from resources.models import ResourcePage
from tests.resources.builders import build_resource, empty_library

pytestmark = pytest.mark.django_db


@pytest.fixture
def library():
    library = empty_library()
    build_resource(
        library,
        "Heat plan",
        "guide",
        "city_staff",
        ["climate-readiness"],
        ["malaga", "murcia"],
        published="2024-05-01",
    )
    build_resource(
        library,
        "Bid template",
        "template",
        "smes",
        ["procurement-of-innovation"],
        ["murcia"],
        published="2023-02-01",
    )
    build_resource(
        library,
        "Pilot story",
        "case_study",
        "both",
        ["procurement-of-innovation", "innovation"],
        ["genova"],
        language="it",
        published="2025-01-01",
    )
    build_resource(
        library,
        "Water brief",
        "policy_brief",
        "city_staff",
        ["climate-readiness"],
        ["eilat"],
        language="he",
        published="2022-07-01",
    )
    return library


def titles(response):
    return [resource.title for resource in response.context["resources"]]


def counts(response, facet):
    """{value: count} parsed back from the option labels, e.g. "Guide (1)"."""
    found = {}
    for value, label in response.context["filter_form"].fields[facet].choices:
        if value:
            found[value] = int(str(label).rsplit("(", 1)[1].rstrip(")"))
    return found


def test_library_lists_newest_first_with_counts(client, library):
    response = client.get(library.url)
    assert response.status_code == 200
    assert titles(response) == [
        "Pilot story",
        "Heat plan",
        "Bid template",
        "Water brief",
    ]
    assert counts(response, "type") == {
        "guide": 1,
        "toolkit": 0,
        "template": 1,
        "case_study": 1,
        "report": 0,
        "policy_brief": 1,
        "video": 0,
    }
    assert counts(response, "city")["murcia"] == 2
    assert counts(response, "audience") == {"smes": 2, "city_staff": 3, "both": 1}
    assert counts(response, "language") == {"en": 2, "es": 0, "it": 1, "he": 1, "ar": 0}


@pytest.mark.parametrize(
    "query, expected",
    [
        ("?type=guide", ["Heat plan"]),
        ("?topic=procurement-of-innovation", ["Pilot story", "Bid template"]),
        ("?city=murcia", ["Heat plan", "Bid template"]),
        ("?city=murcia&topic=climate-readiness", ["Heat plan"]),
        ("?audience=smes", ["Pilot story", "Bid template"]),
        ("?language=he", ["Water brief"]),
        ("?q=water", ["Water brief"]),
        ("?topic=climate-readiness&sort=title", ["Heat plan", "Water brief"]),
        ("?type=video", []),
    ],
)
def test_filters_combine(client, library, query, expected):
    assert titles(client.get(library.url + query)) == expected


def test_facet_counts_follow_the_other_filters(client, library):
    response = client.get(library.url + "?topic=climate-readiness")
    # Types among the climate resources; the topic facet ignores its own filter.
    assert counts(response, "type")["guide"] == 1
    assert counts(response, "type")["template"] == 0
    assert counts(response, "topic")["procurement-of-innovation"] == 2
    assert counts(response, "city") == {
        "cartagena": 0,
        "eilat": 1,
        "genova": 0,
        "herzliya": 0,
        "kfar-saba": 0,
        "malaga": 1,
        "molina-de-segura": 0,
        "murcia": 1,
        "tel-aviv": 0,
    }


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    params=st.dictionaries(
        st.sampled_from(
            ["q", "type", "topic", "audience", "city", "language", "sort", "page", "x"]
        ),
        st.text(max_size=300),
        max_size=6,
    )
)
def test_random_query_strings_never_break_the_library(client, params):
    response = client.get("/en/resources/", params)
    assert response.status_code == 200


def test_guide_has_table_of_contents_and_reading_time(client, library):
    guide = build_resource(
        library,
        "Long guide",
        body=[
            {"type": "heading", "value": {"text": "Why buy innovation", "level": "h2"}},
            {"type": "paragraph", "value": "<p>" + "word " * 450 + "</p>"},
            {
                "type": "heading",
                "value": {"text": "Market consultation", "level": "h3"},
            },
        ],
    )
    body = client.get(guide.url).content.decode()
    assert 'href="#why-buy-innovation"' in body and 'id="why-buy-innovation"' in body
    assert 'href="#market-consultation"' in body
    assert "3 minutes read" in body


def test_resource_lists_courses_sharing_its_topics(client):
    guide = ResourcePage.objects.get(
        slug="procurement-of-innovation-guide-for-city-staff",
        locale__language_code="en",
    )
    body = client.get(guide.url).content.decode()
    assert "Related learning" in body
    assert "Selling innovation to cities" in body


def test_documents_download_as_attachments_with_nosniff(client):
    document = get_document_model().objects.create(
        title="Consultation checklist",
        file=ContentFile(b"%PDF-1.4 test", name="checklist.pdf"),
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_document_types_are_an_explicit_allowlist(settings):
    assert "pdf" in settings.WAGTAILDOCS_EXTENSIONS
    for dangerous in ["html", "svg", "js", "exe"]:
        assert dangerous not in settings.WAGTAILDOCS_EXTENSIONS
