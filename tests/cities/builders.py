"""Build cities, challenges and assessments for tests quickly, without revisions."""

import itertools
import uuid

from cities.models import (
    AssessmentIndexPage,
    AssessmentPage,
    ChallengeBoardPage,
    ChallengeCourse,
    ChallengePage,
    ChallengeResource,
    CityIndexPage,
    CityPage,
)
from home.models import City, Topic

_counter = itertools.count()


def city_index(language="en"):
    return CityIndexPage.objects.get(locale__language_code=language)


def board(language="en"):
    return ChallengeBoardPage.objects.get(locale__language_code=language)


def assessment_index(language="en"):
    return AssessmentIndexPage.objects.get(locale__language_code=language)


def build_city(index=None, city_slug="malaga", slug=None, title=None):
    index = index or city_index()
    number = next(_counter)
    return index.add_child(
        instance=CityPage(
            title=title or f"Test city {number}",
            slug=slug or f"test-city-{number}",
            city=City.objects.get(slug=city_slug, locale=index.locale),
            summary="A city built for a test.",
            contact_email="cities@example.org",
        )
    )


def build_challenge(
    city_page,
    title=None,
    category="environmental",
    stage="identified",
    topics=(),
    courses=(),
    resources=(),
):
    number = next(_counter)
    challenge = city_page.add_child(
        instance=ChallengePage(
            title=title or f"Challenge {number}",
            slug=f"challenge-{number}",
            summary="A challenge built for a test.",
            category=category,
            stage=stage,
            description=[{"type": "paragraph", "value": "<p>The problem.</p>"}],
            desired_outcomes=[{"type": "outcome", "value": "Cooler streets"}],
            indicators=[{"type": "indicator", "value": "Degrees at 4 pm"}],
            related_courses=[
                ChallengeCourse(course=course, sort_order=order)
                for order, course in enumerate(courses)
            ],
            related_resources=[
                ChallengeResource(resource=resource, sort_order=order)
                for order, resource in enumerate(resources)
            ],
        )
    )
    if topics:
        challenge.topics.set(
            Topic.objects.filter(slug__in=topics, locale=city_page.locale)
        )
        challenge.save()
    return challenge


def item(value, item_id):
    return {"type": "item", "value": value, "id": item_id}


def dimension(prefix, name, questions=2, courses=(), resources=()):
    """A dimension whose questions each have answers scored 0, 2 and 4; ids are
    "<prefix>", "<prefix>-q<n>" and "<prefix>-q<n>-a<m>"."""
    return {
        "type": "dimension",
        "id": prefix,
        "value": {
            "name": name,
            "description": f"About {name.lower()}.",
            "questions": [
                item(
                    {
                        "text": f"{name} question {number}?",
                        "help_text": "",
                        "answers": [
                            item(
                                {"text": f"Answer worth {score}", "score": score},
                                f"{prefix}-q{number}-a{score}",
                            )
                            for score in (0, 2, 4)
                        ],
                    },
                    f"{prefix}-q{number}",
                )
                for number in range(1, questions + 1)
            ],
            "recommended_courses": [
                item(course.pk, f"{prefix}-c{index}")
                for index, course in enumerate(courses)
            ],
            "recommended_resources": [
                item(resource.pk, f"{prefix}-r{index}")
                for index, resource in enumerate(resources)
            ],
        },
    }


def build_assessment(index=None, dimensions=None, title=None):
    """An assessment with the given dimension blocks (default: two dimensions,
    "d1" Strategy and "d2" Data, of two questions each)."""
    index = index or assessment_index()
    suffix = uuid.uuid4().hex[:8]
    return index.add_child(
        instance=AssessmentPage(
            title=title or f"Assessment {suffix}",
            slug=f"assessment-{suffix}",
            introduction="An assessment built for a test.",
            dimensions=dimensions
            or [dimension("d1", "Strategy"), dimension("d2", "Data")],
        )
    )


def answers_for(assessment, scores):
    """POST data answering every question of every dimension with the answer
    worth `scores[dimension id]` (0, 2 or 4)."""
    data = {}
    for block in assessment.dimensions:
        for question in block.value["questions"].bound_blocks:
            chosen = next(
                answer.id
                for answer in question.value["answers"].bound_blocks
                if answer.value["score"] == scores[block.id]
            )
            data[f"question-{question.id}"] = chosen
    return data
