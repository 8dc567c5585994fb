"""The Wagtail and Django admins sign in and out through allauth.

Their own login forms would be a second way in without allauth's rate limits
or its two-factor step, so both URLs only redirect (whatever the method; a
posted password is never looked at). Signing out keeps the method, so the
admin's "Sign out" button posts to allauth's logout view.
"""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from .mfa import can_enter_admin


def login_redirect(default_next):
    """A view sending every request to allauth's login, keeping ``next``."""

    @csrf_exempt  # Nothing is read or changed: a posted form is only redirected.
    def view(request):
        next_url = request.GET.get("next") or default_next
        user = request.user
        if user.is_authenticated and not can_enter_admin(user, default_next):
            # allauth then sends them to their dashboard (AccountAdapter).
            messages.error(request, _("Your account cannot open the admin."))
        query = urlencode({"next": next_url})
        return HttpResponseRedirect(f"{reverse('account_login')}?{query}")

    return view


def logout_redirect(request):
    """Send the admin's sign-out (a POST with its CSRF token) to allauth."""
    return HttpResponseRedirect(
        reverse("account_logout"), preserve_request=request.method == "POST"
    )
