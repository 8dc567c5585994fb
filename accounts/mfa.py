"""Two-factor state of a user and of a session, for the admin's MFA rule.

allauth keeps a log of the authentication steps taken in each session
(`get_authentication_records`); its login flow adds an "mfa" entry when the
TOTP or recovery code step is passed, and so does its reauthentication. A
session that holds no such entry never proved the second factor, whatever the
account has set up, so the admin checks the session, not only the account.
"""

import time

from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from allauth.core import context
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from allauth.mfa.utils import decrypt, is_mfa_enabled
from django.db.models.signals import post_save
from django.dispatch import receiver

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


def can_enter_admin(user, path):
    """Whether ``user`` may open the admin that ``path`` belongs to."""
    if path.startswith("/django-admin/"):
        return user.is_active and user.is_staff
    return user.has_perm("wagtailadmin.access_admin")


def session_passed_mfa(request, user):
    """Whether this session's sign-in (or a later check) included a second factor."""
    return any(
        record.get("method") == "mfa"
        for record in get_authentication_records(request, user)
    )


def has_totp(user):
    return is_mfa_enabled(user, [Authenticator.Type.TOTP])


def record_mfa(request, authenticator):
    """Note in the session that ``authenticator`` was just used, as allauth does."""
    record_authentication(
        request,
        authenticator.user,
        "mfa",
        id=authenticator.pk,
        type=authenticator.type,
    )


@receiver(post_save, sender=Authenticator)
def count_activation_as_mfa(sender, instance, created, **kwargs):
    """Activating TOTP takes a valid code: the session has proved the factor.

    Without this, a member of staff who has just set up their app would be
    asked for a second code before the admin opens. This runs in the request
    that activates it (allauth's own ``authenticator_added`` signal waits for
    the commit); only the account's own session counts it.
    """
    request = context.request
    if (
        created
        and instance.type == Authenticator.Type.TOTP
        and request is not None
        and getattr(request, "user", None) is not None
        and request.user.pk == instance.user_id
    ):
        record_mfa(request, instance)


def current_totp_code(user):
    """The 6-digit code ``user``'s authenticator app shows right now, or None."""
    authenticator = Authenticator.objects.filter(
        user=user, type=Authenticator.Type.TOTP
    ).first()
    if authenticator is None:
        return None
    secret = decrypt(authenticator.data["secret"])
    counter = int(time.time()) // mfa_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(secret, counter))


def seconds_until_next_code():
    period = mfa_settings.TOTP_PERIOD
    return period - int(time.time()) % period
