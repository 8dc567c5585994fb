"""Addresses of the credentials app: the issuer's public documents outside
the language prefix (verifiers fetch them), the rest inside it."""

from django.urls import path

from . import views

app_name = "credentials"

public_urlpatterns = [
    path(".well-known/did.json", views.did_json, name="did"),
    path("credentials/status/<int:number>", views.status_list, name="status_list"),
    path("credentials/vocabulary", views.vocabulary, name="vocabulary"),
]

urlpatterns = [
    path("credentials/issuer/", views.issuer_page, name="issuer"),
    path(
        "dashboard/credentials/<str:code>.json",
        views.download_credential,
        name="download",
    ),
    path(
        "dashboard/credentials/<str:code>-europass.jsonld",
        views.download_europass,
        name="europass",
    ),
]
