"""The page shown when allauth's rate limits refuse a request (HTTP 429).

allauth calls ``handler429`` of the root URLconf. It may be hit many times a
minute by whoever trips the limit, so it renders one small template with no
database query and no context processors, like the 500 page.
"""

import math

from allauth.account import app_settings as account_settings
from allauth.core.internal.ratelimit import parse_rates
from django.http import HttpResponse
from django.template import loader

# allauth's rate-limited views and the limit ("action") each one consumes.
ACTIONS = {
    "account_login": "login",
    "account_signup": "signup",
    "account_reset_password": "reset_password",
    "account_reset_password_from_key": "reset_password_from_key",
    "account_change_password": "change_password",
    "account_set_password": "change_password",
    "account_email": "manage_email",
    "account_reauthenticate": "reauthenticate",
    "mfa_reauthenticate": "reauthenticate",
    "delete_account": "reauthenticate",  # confirming deletion with the password
    "account_request_login_code": "request_login_code",
}


def limited_action(request):
    match = getattr(request, "resolver_match", None)
    return ACTIONS.get(match.url_name if match else None)


def retry_after(action):
    """Seconds after which every counter of ``action``'s limit has expired.

    Refused attempts are not counted, so waiting the longest window of the
    limit is always enough; None when the action is not one we know.
    """
    rates = parse_rates(account_settings.RATE_LIMITS.get(action)) if action else []
    if not rates:
        return None
    return math.ceil(max(rate.duration for rate in rates))


def too_many_requests(request):
    action = limited_action(request)
    seconds = retry_after(action)
    context = {
        "minutes": math.ceil(seconds / 60) if seconds else None,
        "signing_in": action == "login",
    }
    content = loader.get_template("429.html").render(context)
    response = HttpResponse(content, status=429)
    if seconds:
        response["Retry-After"] = str(seconds)
    return response
