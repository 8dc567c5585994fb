from django.urls import path

from . import views

app_name = "cities"

urlpatterns = [
    path(
        "learning/challenges/<int:challenge_id>/interest/",
        views.express_interest_view,
        name="express_interest",
    ),
    path(
        "learning/assessments/<int:assessment_id>/",
        views.score_assessment_view,
        name="score_assessment",
    ),
    path(
        "dashboard/assessments/<int:result_id>/",
        views.result_view,
        name="result",
    ),
]
