"""The learner's expressions of interest and readiness results in their data
export.

Registered from CitiesConfig.ready(): `cities` imports `accounts`, never the
reverse. Each section is one or two queries, however many records there are.

Deleting the account deletes the expressions of interest (personal messages,
their foreign key cascades) and keeps the readiness results without their
owner (SET_NULL): scores with a country and an organisation type, for the
programme's anonymous aggregates.
"""

from django.db.models import F

from accounts.data_export import register_section

from .models import AssessmentResult, DimensionScore, ExpressionOfInterest


def interests_for(user):
    return list(
        ExpressionOfInterest.objects.filter(user=user)
        .order_by("created_at", "pk")
        .values(
            "challenge_key",
            "created_at",
            "message",
            "organisation_name",
            "organisation_type",
            "language",
            challenge_title=F("challenge__title"),
            city_name=F("city__name"),
        )
    )


def assessment_results_for(user):
    """Results with their score per dimension and the answers chosen: two
    queries."""
    results = list(
        AssessmentResult.objects.filter(user=user)
        .order_by("created_at", "pk")
        .values(
            "pk",
            "assessment_key",
            "created_at",
            "total",
            "answers",
            "language",
            "country",
            "organisation_type",
            assessment_title=F("assessment__title"),
        )
    )
    scores = {}
    for row in (
        DimensionScore.objects.filter(result__user=user)
        .order_by("result_id", "position")
        .values("result_id", "dimension_id", "label", "score")
    ):
        scores.setdefault(row.pop("result_id"), []).append(row)
    for result in results:
        result["dimension_scores"] = scores.get(result.pop("pk"), [])
    return results


def register_export_sections():
    register_section("expressions_of_interest", interests_for)
    register_section("assessment_results", assessment_results_for)
