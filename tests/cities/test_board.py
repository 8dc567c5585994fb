"""The challenge board, the city index and a city page."""

import pytest

from cities.models import ChallengePage, CityPage
from courses.models import CoursePage
from home.models import City
from tests.cities.builders import board, build_challenge, build_city
from tests.resources.builders import build_resource, empty_library

pytestmark = pytest.mark.django_db


def titles(response):
    return [item["page"].title for item in response.context["challenges"]]


def live_english(**filters):
    return ChallengePage.objects.live().filter(locale__language_code="en", **filters)


def test_board_lists_every_english_challenge(client):
    response = client.get(board().url)
    assert response.status_code == 200
    assert response.context["result_count"] == live_english().count() >= 27


@pytest.mark.parametrize(
    "query, expected",
    [
        ("city=genova", {"path__startswith": "genova"}),
        ("category=social", {"category": "social"}),
        ("stage=pilot", {"stage": "pilot"}),
        ("topic=climate-readiness", {"topics__slug": "climate-readiness"}),
    ],
)
def test_each_filter_narrows_the_board(client, query, expected):
    response = client.get(f"{board().url}?{query}")
    if "path__startswith" in expected:
        city = CityPage.objects.get(
            slug=expected["path__startswith"], locale__language_code="en"
        )
        wanted = live_english().child_of(city)
    else:
        wanted = live_english(**expected)
    assert response.context["result_count"] == wanted.count() > 0
    assert not response.context["filter_form"].errors


def test_filters_combine(client):
    response = client.get(f"{board().url}?city=eilat&category=social")
    assert titles(response) == ["Safe routes to school in extreme heat"]


@pytest.mark.parametrize(
    "query", ["stage=bogus", "city=atlantis", "topic=%3Cscript%3E", "sort=price"]
)
def test_invalid_values_are_reported_beside_the_filter_and_ignored(client, query):
    response = client.get(f"{board().url}?{query}&category=environmental")
    assert response.status_code == 200
    name = query.split("=")[0]
    assert name in response.context["filter_form"].errors
    assert "Select a valid choice." in response.content.decode()
    assert (
        response.context["result_count"]
        == live_english(category="environmental").count()
    )


def test_sorting_by_stage_puts_identified_challenges_first(client):
    response = client.get(f"{board().url}?sort=stage")
    stages = [item["page"].stage for item in response.context["challenges"]]
    assert stages[0] == "identified"
    assert stages == sorted(
        stages,
        key=[
            "identified",
            "market_consultation",
            "procurement_open",
            "pilot",
            "scaled",
        ].index,
    )


def test_pagination_keeps_the_filters(client):
    city = build_city(city_slug="murcia")
    for _number in range(13):
        build_challenge(city, category="economic")
    response = client.get(f"{board().url}?category=economic")
    assert response.context["page_obj"].has_next()
    assert 'href="?category=economic&amp;page=2"' in response.content.decode()


def test_other_languages_show_untranslated_challenges_labelled(client):
    challenge = build_challenge(
        build_city(city_slug="eilat"), title="Desert shade test"
    )
    response = client.get("/es/challenges/?city=eilat")
    listed = {item["page"].pk: item["page"] for item in response.context["challenges"]}
    assert challenge.pk in listed
    assert listed[challenge.pk].is_fallback == 1
    assert 'class="not-translated"' in response.content.decode()


def test_challenge_page_shows_the_stage_as_an_ordered_list(client):
    challenge = build_challenge(build_city(), stage="procurement_open")
    body = client.get(challenge.url).content.decode()
    indicator = body[body.index('class="stage-indicator"') :]
    indicator = indicator[: indicator.index("</ol>")]
    assert indicator.count("<li") == 5
    assert indicator.count('aria-current="step"') == 1
    current = indicator[indicator.index('aria-current="step"') :]
    assert "Procurement open" in current[:300] and "(current stage)" in current[:400]
    assert indicator.count("(completed)") == 2


def test_city_page_lists_its_challenges_and_learning_tagged_with_its_city(client):
    city_page = build_city(city_slug="herzliya", title="Herzliya test page")
    challenge = build_challenge(city_page, title="Coastal test challenge")
    resource = build_resource(
        empty_library(), "Herzliya resource", "toolkit", cities=["herzliya"]
    )
    course = CoursePage.objects.get(
        slug="selling-innovation-to-cities", locale__language_code="en"
    )
    course.cities.add(City.objects.get(slug="herzliya", locale__language_code="en"))
    course.save()
    body = client.get(city_page.url).content.decode()
    assert challenge.title in body
    assert resource.title in body
    assert course.title in body
    assert "Israel" in body


def test_city_index_counts_each_citys_challenges(client):
    response = client.get("/en/cities/")
    counts = {
        item["page"].slug: item["challenge_count"]
        for item in response.context["cities"]
    }
    assert len(counts) == 9
    assert all(count >= 3 for count in counts.values())


def test_city_page_gives_population_as_an_approximation(client):
    body = client.get("/en/cities/malaga/").content.decode()
    assert "about 580,000" in body
    assert "cities@example.org" in body


def test_challenges_of_an_unpublished_city_are_left_out(client):
    city = build_city(city_slug="murcia")
    challenge = build_challenge(city, title="Behind an unpublished city")
    city.unpublish(set_expired=False, commit=True, user=None, log_action=False)
    assert ChallengePage.objects.get(pk=challenge.pk).live
    response = client.get(board().url)
    assert challenge.title not in titles(response)
    assert response.context["result_count"] == live_english().count() - 1
