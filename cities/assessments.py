"""Taking a readiness self-assessment: the form, scoring, storing a result and
what the result page shows.

Questions and answers are identified by the stable ids Wagtail gives list
items, so a submission names answers, never their text or score. A dimension's
score is the share (in %) of the points its questions could give.
"""

from dataclasses import dataclass, field

from django import forms
from django.apps import apps
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .localise import localised_by_id, prefer_locale, unique_pages
from .models import AssessmentPage, AssessmentResult, DimensionScore

FIELD_PREFIX = "question-"
WEAKEST_COUNT = 2
HISTORY_LENGTH = 10
CHALLENGES_PER_COURSE = 3


@dataclass
class Question:
    id: str
    number: int
    text: str
    help_text: str
    answers: list  # [(answer id, text, score)]

    @property
    def max_score(self):
        return max((score for _id, _text, score in self.answers), default=0)


@dataclass
class Dimension:
    id: str
    position: int
    name: str
    description: str
    questions: list = field(default_factory=list)
    course_ids: list = field(default_factory=list)
    resource_ids: list = field(default_factory=list)


def dimensions_of(assessment):
    """The assessment's dimensions with their questions, numbered in order."""
    dimensions, number = [], 0
    for position, block in enumerate(assessment.dimensions):
        value = block.value
        dimension = Dimension(
            id=block.id,
            position=position,
            name=value["name"],
            description=value["description"],
            course_ids=[page.pk for page in value["recommended_courses"] if page],
            resource_ids=[page.pk for page in value["recommended_resources"] if page],
        )
        for item in value["questions"].bound_blocks:
            number += 1
            dimension.questions.append(
                Question(
                    id=item.id,
                    number=number,
                    text=item.value["text"],
                    help_text=item.value["help_text"],
                    answers=[
                        (answer.id, answer.value["text"], answer.value["score"])
                        for answer in item.value["answers"].bound_blocks
                    ],
                )
            )
        dimensions.append(dimension)
    return dimensions


class AssessmentForm(forms.Form):
    """One required choice per question, named after the question's id."""

    def __init__(self, *args, dimensions, **kwargs):
        super().__init__(*args, **kwargs)
        self.dimensions = dimensions
        for dimension in dimensions:
            for question in dimension.questions:
                self.fields[FIELD_PREFIX + question.id] = forms.ChoiceField(
                    label=question.text,
                    choices=[
                        (answer_id, text) for answer_id, text, _s in question.answers
                    ],
                    widget=forms.RadioSelect,
                    error_messages={
                        "required": _("Choose an answer to this question."),
                        "invalid_choice": _(
                            "That is not one of this question's answers. Choose "
                            "one of the answers shown."
                        ),
                    },
                )

    def clean(self):
        cleaned = super().clean()
        if any(
            key.startswith(FIELD_PREFIX) and key not in self.fields for key in self.data
        ):
            raise forms.ValidationError(
                _(
                    "The answers refer to a question that is not in this assessment. "
                    "Reload the page and answer the questions shown."
                ),
                code="unknown_question",
            )
        return cleaned

    def sections(self):
        """[(dimension, [(question, bound field)])] for the template."""
        return [
            (
                dimension,
                [
                    (question, self[FIELD_PREFIX + question.id])
                    for question in dimension.questions
                ],
            )
            for dimension in self.dimensions
        ]

    def error_summary(self):
        """[(anchor, question number, message)] for the summary above the form."""
        summary = []
        for dimension in self.dimensions:
            for question in dimension.questions:
                for error in self.errors.get(FIELD_PREFIX + question.id, []):
                    summary.append((f"question-{question.id}", question.number, error))
        return summary

    def answers(self):
        """{question id: answer id} of a valid form."""
        return {
            name[len(FIELD_PREFIX) :]: value
            for name, value in self.cleaned_data.items()
            if name.startswith(FIELD_PREFIX)
        }


@dataclass
class Score:
    dimension_id: str
    position: int
    name: str
    score: int
    change: int | None = None

    @property
    def change_size(self):
        return abs(self.change or 0)


def score(dimensions, answers):
    """([Score] per dimension, overall %) for validated answers."""
    scores, total_points, total_max = [], 0, 0
    for dimension in dimensions:
        points = maximum = 0
        for question in dimension.questions:
            chosen = answers.get(question.id)
            points += next(
                (
                    value
                    for answer_id, _t, value in question.answers
                    if answer_id == chosen
                ),
                0,
            )
            maximum += question.max_score
        total_points += points
        total_max += maximum
        scores.append(
            Score(
                dimension_id=dimension.id,
                position=dimension.position,
                name=dimension.name,
                score=round(100 * points / maximum) if maximum else 0,
            )
        )
    total = round(100 * total_points / total_max) if total_max else 0
    return scores, total


def save_result(user, assessment, scores, total, answers):
    """Store a signed-in learner's result with one row per dimension."""
    with transaction.atomic():
        result = AssessmentResult.objects.create(
            user=user,
            assessment_key=assessment.translation_key,
            assessment=assessment,
            total=total,
            answers=answers,
            language=translation.get_language() or "",
            country=user.country,
            organisation_type=user.organisation_type,
        )
        DimensionScore.objects.bulk_create(
            DimensionScore(
                result=result,
                dimension_id=item.dimension_id,
                label=item.name[:100],
                position=item.position,
                score=item.score,
            )
            for item in scores
        )
    return result


def past_results(user, assessment_key, limit=HISTORY_LENGTH):
    if not user.is_authenticated:
        return []
    return list(
        AssessmentResult.objects.filter(
            user=user, assessment_key=assessment_key
        ).order_by("-created_at", "-pk")[:limit]
    )


def assessment_context(assessment, request, form=None):
    dimensions = dimensions_of(assessment)
    return {
        "form": form or AssessmentForm(dimensions=dimensions),
        "past_results": past_results(request.user, assessment.translation_key),
    }


def weakest(scores, count=WEAKEST_COUNT):
    """The lowest-scoring dimensions (below 100%), lowest first."""
    below_full = [item for item in scores if item.score < 100]
    return sorted(below_full, key=lambda item: (item.score, item.position))[:count]


def recommendations(dimensions, scores, locale_id):
    """For each of the weakest dimensions: its courses and resources in the
    visitor's language, and the city challenges those courses prepare for."""
    CoursePage = apps.get_model("courses", "CoursePage")
    ResourcePage = apps.get_model("resources", "ResourcePage")
    by_id = {dimension.id: dimension for dimension in dimensions}
    chosen = [
        (item, by_id[item.dimension_id])
        for item in weakest(scores)
        if item.dimension_id in by_id
    ]
    courses = localised_by_id(
        CoursePage, [pk for _item, dim in chosen for pk in dim.course_ids], locale_id
    )
    resources = localised_by_id(
        ResourcePage,
        [pk for _item, dim in chosen for pk in dim.resource_ids],
        locale_id,
    )
    challenges = challenges_for_courses(
        {course.translation_key for course in courses.values()}, locale_id
    )
    return [
        {
            "score": item,
            "dimension": dimension,
            "courses": [
                {
                    "page": course,
                    "challenges": challenges.get(course.translation_key, []),
                }
                for course in unique_pages(
                    courses.get(pk) for pk in dimension.course_ids
                )
            ],
            "resources": unique_pages(
                resources.get(pk) for pk in dimension.resource_ids
            ),
        }
        for item, dimension in chosen
    ]


def challenges_for_courses(course_keys, locale_id):
    """{course translation key: [challenges]}: the challenges that list those
    courses as preparation, in the visitor's language where translated. Two
    queries, whatever the number of courses and challenges."""
    ChallengePage = apps.get_model("cities", "ChallengePage")
    if not course_keys:
        return {}
    pairs = list(
        ChallengePage.objects.live()
        .filter(related_courses__course__translation_key__in=course_keys)
        .values_list("translation_key", "related_courses__course__translation_key")
        .distinct()
    )
    pages = prefer_locale(
        ChallengePage.objects.live()
        .filter(translation_key__in={challenge_key for challenge_key, _c in pairs})
        .select_related("locale")
        .defer_streamfields(),
        locale_id,
    )
    result = {}
    for challenge_key, course_key in pairs:
        if challenge_key in pages:
            result.setdefault(course_key, []).append(pages[challenge_key])
    return {
        course_key: sorted(listed, key=lambda page: page.title.lower())[
            :CHALLENGES_PER_COURSE
        ]
        for course_key, listed in result.items()
    }


def result_context(assessment, scores, total, locale_id, previous=None):
    """Everything the result page shows, for a stored or an anonymous result."""
    if previous is not None:
        before = {item.dimension_id: item.score for item in previous}
        for item in scores:
            if item.dimension_id in before:
                item.change = item.score - before[item.dimension_id]
    dimensions = dimensions_of(assessment) if assessment else []
    return {
        "assessment": assessment,
        "scores": scores,
        "total": total,
        "has_previous": previous is not None,
        "chart": chart(scores),
        "recommendations": recommendations(dimensions, scores, locale_id),
    }


# The chart is drawn in a 600-unit-wide box; the stylesheet scales it.
CHART_WIDTH = 600
ROW_HEIGHT = 56
BAR_HEIGHT = 20


def chart(scores):
    """Geometry of a horizontal bar chart of the scores, drawn with SVG
    attributes only (the content security policy forbids inline styles).
    Right-to-left pages draw the bars from the right."""
    rtl = translation.get_language_bidi()
    rows = []
    for index, item in enumerate(scores):
        width = round(CHART_WIDTH * item.score / 100)
        top = index * ROW_HEIGHT
        rows.append(
            {
                "score": item,
                "label_x": CHART_WIDTH if rtl else 0,
                "label_y": top + 18,
                "bar_y": top + 26,
                "bar_x": CHART_WIDTH - width if rtl else 0,
                "bar_width": width,
            }
        )
    return {
        "rows": rows,
        "width": CHART_WIDTH,
        "height": max(len(scores) * ROW_HEIGHT, ROW_HEIGHT),
        "bar_height": BAR_HEIGHT,
        "rtl": rtl,
    }


def scores_of(result):
    """[Score] of a stored result, from its prefetched dimension scores."""
    return [
        Score(
            dimension_id=row.dimension_id,
            position=row.position,
            name=row.label,
            score=row.score,
        )
        for row in result.dimension_scores.all()
    ]


def localised_assessment(result, locale_id):
    """The result's assessment in the visitor's language, if still live."""
    return prefer_locale(
        AssessmentPage.objects.live()
        .filter(translation_key=result.assessment_key)
        .select_related("locale"),
        locale_id,
    ).get(result.assessment_key)


def rename_to_current(scores, assessment):
    """Show each dimension under its current name in the page's language."""
    if assessment is None:
        return scores
    names = {block.id: block.value["name"] for block in assessment.dimensions}
    for item in scores:
        item.name = names.get(item.dimension_id, item.name)
    return scores
