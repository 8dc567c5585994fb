"""Everything the portal holds about one person, as JSON (GDPR access/portability).

`accounts` owns the profile section. Other apps add their own sections by
registering a provider in their `AppConfig.ready()`:

    from accounts.data_export import register_section
    register_section("enrollments", enrollments_for)

so imports point one way: `courses` (and later `cities`) import `accounts`,
never the reverse. A provider takes the user and returns a list or dict; it
should run a fixed number of queries (`values()`, `select_related`), whatever
the amount of data. Dates, UUIDs and countries are turned into JSON here.
"""

import datetime
import decimal
import uuid

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.utils import timezone
from django.utils.functional import Promise
from django_countries.fields import Country

FORMAT_VERSION = 1

_providers = {}


def register_section(name, provider):
    """Add `provider(user)` to the export under `name` (re-registering replaces)."""
    if name in ("profile", "export"):
        raise ValueError(f"The section name {name!r} is reserved.")
    _providers[name] = provider


def registered_sections():
    return list(_providers)


def export_user_data(user):
    """All of `user`'s data in sections, ready for `json.dumps`."""
    data = {
        "export": {
            "site": settings.WAGTAIL_SITE_NAME,
            "format_version": FORMAT_VERSION,
            "generated_at": timezone.now(),
        },
        "profile": profile_section(user),
    }
    for name, provider in _providers.items():
        data[name] = provider(user)
    return plain(data)


def profile_section(user):
    """The account and profile: two queries (email addresses, authenticators)."""
    return {
        "email": user.email,
        "full_name": user.full_name,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "organisation_type": user.organisation_type,
        "organisation_name": user.organisation_name,
        "country": user.country,
        "city": user.city,
        "preferred_language": user.preferred_language,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "privacy_consent_at": user.privacy_consent_at,
        "email_addresses": list(
            EmailAddress.objects.filter(user=user)
            .order_by("-primary", "email")
            .values("email", "verified", "primary")
        ),
        # Which second factors exist and when they were used; never their secrets.
        "two_factor_authenticators": list(
            Authenticator.objects.filter(user=user)
            .order_by("created_at")
            .values("type", "created_at", "last_used_at")
        ),
    }


def plain(value):
    """`value` with dates, UUIDs, countries and lazy strings as JSON types."""
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set):
        return [plain(item) for item in value]
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID | Promise):
        return str(value)
    if isinstance(value, Country):
        return value.code or ""
    if isinstance(value, decimal.Decimal):
        return float(value)
    return value
