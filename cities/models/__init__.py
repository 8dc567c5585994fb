from .pages import (
    AssessmentIndexPage,
    AssessmentPage,
    Category,
    ChallengeBoardPage,
    ChallengeCourse,
    ChallengePage,
    ChallengeResource,
    CityIndexPage,
    CityPage,
    Stage,
)
from .records import AssessmentResult, DimensionScore, ExpressionOfInterest

__all__ = [
    "AssessmentIndexPage",
    "AssessmentPage",
    "AssessmentResult",
    "Category",
    "ChallengeBoardPage",
    "ChallengeCourse",
    "ChallengePage",
    "ChallengeResource",
    "CityIndexPage",
    "CityPage",
    "DimensionScore",
    "ExpressionOfInterest",
    "Stage",
]
