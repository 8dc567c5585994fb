"""Nobody enters the admin without a second factor.

Every account that can open the Wagtail admin (``wagtailadmin.access_admin``)
or the Django admin (``is_staff``) must have a TOTP authenticator, and the
session must have passed the TOTP (or recovery code) step. Otherwise the
request goes to allauth: to set up the authenticator app, or to confirm a code
when the account has one but this session never proved it. Accounts without
admin access pass through, so Wagtail and Django refuse them as before.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from .mfa import ADMIN_PREFIXES, can_enter_admin, has_totp, session_passed_mfa

# Signing out must always work; the login pages only redirect to allauth.
ALWAYS_OPEN = (
    "/admin/login/",
    "/admin/logout/",
    "/django-admin/login/",
    "/django-admin/logout/",
)


class AdminMFARequiredMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if (
            path.startswith(ADMIN_PREFIXES)
            and not path.startswith(ALWAYS_OPEN)
            and request.user.is_authenticated
        ):
            response = self.check(request, path)
            if response is not None:
                return response
        return self.get_response(request)

    def check(self, request, path):
        user = request.user
        if not can_enter_admin(user, path):
            return None
        if not has_totp(user):
            messages.warning(
                request,
                _(
                    "Accounts that can open the admin must use two-factor "
                    "authentication. Set up an authenticator app to continue; "
                    "you will then see your recovery codes."
                ),
            )
            return redirect("mfa_activate_totp")
        if session_passed_mfa(request, user):
            return None
        messages.info(
            request,
            _("Enter a code from your authenticator app to open the admin."),
        )
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse('mfa_reauthenticate')}?{query}")
