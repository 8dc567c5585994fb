"""What the city index, a city and a challenge show, in a fixed number of
queries whatever the number of cities, challenges and linked pages."""

from collections import defaultdict

from django.apps import apps
from django.db.models.functions import Substr

from home.fallback import with_untranslated

from .localise import localised_pages, prefer_locale
from .models import ChallengePage, CityPage, ExpressionOfInterest, Stage


def city_index_context(index):
    cities = list(
        with_untranslated(CityPage, index)
        .select_related("city", "locale")
        .order_by("is_fallback", "title")
    )
    counts = challenge_counts(cities)
    return {
        "cities": [
            {"page": city, "challenge_count": counts.get(city.translation_key, 0)}
            for city in cities
        ]
    }


def challenge_counts(cities):
    """{city translation key: number of live challenges} in any language,
    counting each challenge once whatever its translations: two queries."""
    if not cities:
        return {}
    depth = cities[0].depth
    parent_length = depth * CityPage.steplen
    city_keys = dict(
        CityPage.objects.filter(depth=depth).values_list("path", "translation_key")
    )
    rows = (
        ChallengePage.objects.live()
        .filter(depth=depth + 1)
        .annotate(parent_path=Substr("path", 1, parent_length))
        .values_list("parent_path", "translation_key")
    )
    keys = defaultdict(set)
    for parent_path, challenge_key in rows:
        keys[city_keys.get(parent_path)].add(challenge_key)
    return {city_key: len(challenges) for city_key, challenges in keys.items()}


def tagged_with_city(model, city, locale_id):
    """Live pages of `model` tagged with `city` (in any language), each shown in
    the best language, sorted by title: one query."""
    tagged_keys = model.objects.filter(
        cities__translation_key=city.translation_key
    ).values("translation_key")
    pages = (
        model.objects.live()
        .filter(translation_key__in=tagged_keys)
        .select_related("locale")
    )
    return sorted(
        prefer_locale(pages, locale_id).values(), key=lambda page: page.title.lower()
    )


def city_context(city_page):
    CoursePage = apps.get_model("courses", "CoursePage")
    ResourcePage = apps.get_model("resources", "ResourcePage")
    challenges = (
        with_untranslated(ChallengePage, city_page)
        .select_related("locale")
        .prefetch_related("topics")
        .order_by("is_fallback", "path")
    )
    city = city_page.city
    return {
        "city": city,
        "challenges": challenges,
        "city_courses": tagged_with_city(CoursePage, city, city_page.locale_id),
        "city_resources": tagged_with_city(ResourcePage, city, city_page.locale_id),
    }


def stage_steps(current):
    """The stages in order, each marked done, current or to come."""
    position = Stage.values.index(current)
    return [
        {
            "value": value,
            "label": label,
            "number": index + 1,
            "state": (
                "done"
                if index < position
                else "current"
                if index == position
                else "todo"
            ),
        }
        for index, (value, label) in enumerate(Stage.choices)
    ]


def challenge_context(challenge, request, form=None):
    from .interests import InterestForm

    CoursePage = apps.get_model("courses", "CoursePage")
    ResourcePage = apps.get_model("resources", "ResourcePage")
    user = request.user
    interest = None
    if user.is_authenticated:
        interest = ExpressionOfInterest.objects.filter(
            user=user, challenge_key=challenge.translation_key
        ).first()
    course_ids = [item.course_id for item in challenge.related_courses.all()]
    resource_ids = [item.resource_id for item in challenge.related_resources.all()]
    return {
        "city_page": challenge.city_page,
        "topics": challenge.topics.all(),
        "stages": stage_steps(challenge.stage),
        "courses": localised_pages(CoursePage, course_ids, challenge.locale_id),
        "resources": localised_pages(ResourcePage, resource_ids, challenge.locale_id),
        "interest": interest,
        "interest_form": form or (InterestForm() if user.is_authenticated else None),
    }
