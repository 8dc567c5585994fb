"""Sign a user in so that the admin's MFA enforcement lets them through.

The admin (accounts/mfa_required.py) wants an account with a TOTP
authenticator and a session in which allauth recorded the second-factor step.
`sign_in_with_mfa` builds exactly that: a TOTP authenticator (kept if the user
has one, such as the demo staff accounts) and the session record allauth
writes when a code is accepted. Browser tests sign in through the real forms
instead (tests/browser/conftest.py).
"""

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.test import RequestFactory

from accounts.mfa import record_mfa


def give_totp(user):
    """The user's TOTP authenticator, created with a fresh secret if missing."""
    authenticator = Authenticator.objects.filter(
        user=user, type=Authenticator.Type.TOTP
    ).first()
    if authenticator is None:
        authenticator = TOTP.activate(user, generate_totp_secret()).instance
    return authenticator


def sign_in_with_mfa(client, user):
    """Log ``user`` in on ``client`` as if they had passed allauth's MFA step."""
    authenticator = give_totp(user)
    client.force_login(user)
    request = RequestFactory().get("/")
    request.session = client.session
    record_mfa(request, authenticator)
    request.session.save()
    return client
