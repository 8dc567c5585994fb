from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("profile/export/", views.data_export, name="data_export"),
    path("profile/delete/", views.delete_account_view, name="delete_account"),
]
