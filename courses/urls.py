from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path(
        "dashboard/certificates/<str:code>.pdf",
        views.download_certificate,
        name="certificate_pdf",
    ),
    path("certificates/<str:code>/", views.verify_certificate, name="verify"),
    path("learning/courses/<int:course_id>/enroll/", views.enroll_view, name="enroll"),
    path(
        "learning/lessons/<int:lesson_id>/complete/",
        views.complete_view,
        name="complete",
    ),
    path("learning/lessons/<int:lesson_id>/check/", views.check_view, name="check"),
]
