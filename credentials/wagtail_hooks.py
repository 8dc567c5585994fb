"""The credentials' place in the admin, on certificates and on the dashboard."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.admin_access import PermissionMenuItem

from . import admin_views
from .sections import certificate_sections


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", admin_views.credential_list, name="list"),
        path("<int:pk>/revoke/", admin_views.revoke_credential, name="revoke"),
    ]
    return [path("credentials/", include((urls, "credentials_admin")))]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return PermissionMenuItem(
        _("Credentials"),
        reverse("credentials_admin:list"),
        icon_name="success",
        order=850,
        permission=admin_views.REVOKE_PERMISSION,
    )


hooks.register("portal_certificate_sections", certificate_sections)
