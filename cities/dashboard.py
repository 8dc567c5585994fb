"""The cities section of the learner's dashboard: their expressions of interest
and readiness results, in four queries whatever their number."""

from home.chrome import active_locale, cities_for_locale

from .localise import prefer_locale
from .models import (
    AssessmentPage,
    AssessmentResult,
    ChallengePage,
    ExpressionOfInterest,
)

SHOWN = 20


def dashboard_section(user, request):
    """The dashboard section (see courses.dashboard.extra_sections)."""
    locale = active_locale()
    interests = list(
        ExpressionOfInterest.objects.filter(user=user)
        .select_related("city")
        .order_by("-created_at")[:SHOWN]
    )
    results = list(
        AssessmentResult.objects.filter(user=user).order_by("-created_at", "-pk")[
            :SHOWN
        ]
    )
    challenges = prefer_locale(
        ChallengePage.objects.live()
        .filter(translation_key__in={i.challenge_key for i in interests})
        .select_related("locale")
        .defer_streamfields(),
        locale.pk,
    )
    assessments = prefer_locale(
        AssessmentPage.objects.live()
        .filter(translation_key__in={r.assessment_key for r in results})
        .select_related("locale")
        .defer_streamfields(),
        locale.pk,
    )
    city_names = {city["slug"]: city["name"] for city in cities_for_locale(locale.pk)}
    return {
        "template": "cities/dashboard_section.html",
        "interests": [
            {
                "interest": interest,
                "challenge": challenges.get(interest.challenge_key),
                "city_name": city_names.get(interest.city.slug, interest.city.name)
                if interest.city
                else "",
            }
            for interest in interests
        ],
        "results": [
            {"result": result, "assessment": assessments.get(result.assessment_key)}
            for result in results
        ],
    }
