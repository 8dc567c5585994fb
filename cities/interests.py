"""Expressions of interest: the form, the rate limit and recording one.

One per learner and challenge, enforced by a unique constraint, so a repeat
(or two concurrent posts) can never store a second one. A learner may send at
most `CITIES_INTEREST_RATE_LIMIT` per hour (10 by default), counted in the
cache; when the cache is down the limit is not applied rather than refusing
everyone.

allauth's rate-limit helper is not used: it reads `ACCOUNT_RATE_LIMITS`, which
configures (and in the tests switches off) sign-in limits, not this one.
"""

import logging
import unicodedata

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .models import ExpressionOfInterest
from .models.records import MESSAGE_MAX_LENGTH

logger = logging.getLogger("portal.cities")
RATE_WINDOW_SECONDS = 60 * 60
DEFAULT_RATE_LIMIT = 10
ALLOWED_CONTROL_CHARACTERS = {"\n", "\r", "\t"}


def rate_limit():
    return getattr(settings, "CITIES_INTEREST_RATE_LIMIT", DEFAULT_RATE_LIMIT)


class InterestForm(forms.Form):
    message = forms.CharField(
        label=_("Your message to the city"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "In a few sentences: what your organisation does and how it could help "
            "with this challenge. At most 1,000 characters."
        ),
        error_messages={
            "required": _("Write a short message to the city."),
            "max_length": _(
                "Keep the message to %(limit_value)d characters or fewer "
                "(it has %(show_value)d)."
            ),
        },
    )

    def clean_message(self):
        message = self.cleaned_data["message"]
        if any(
            unicodedata.category(character) == "Cc"
            and character not in ALLOWED_CONTROL_CHARACTERS
            for character in message
        ):
            raise forms.ValidationError(
                _(
                    "The message contains invisible control characters. Please "
                    "retype it or paste it as plain text."
                ),
                code="control_characters",
            )
        return message


class AlreadyExpressed(Exception):
    """The learner has already expressed interest in this challenge."""

    def __init__(self, interest):
        super().__init__("already expressed")
        self.interest = interest


class RateLimited(Exception):
    """The learner has sent as many expressions of interest as an hour allows."""


def consume_quota(user):
    """Count one expression of interest; False when the hourly limit is reached.

    A fixed one-hour window starting with the learner's first message. A cache
    failure lets the message through (and is logged) instead of failing.
    """
    key = f"cities:interest-rate:{user.pk}"
    try:
        if cache.add(key, 1, RATE_WINDOW_SECONDS):
            count = 1
        else:
            try:
                count = cache.incr(key)
            except ValueError:  # expired between add and incr
                cache.set(key, 1, RATE_WINDOW_SECONDS)
                count = 1
    except Exception:
        logger.warning("Interest rate limit unavailable", exc_info=True)
        return True
    return count <= rate_limit()


def express_interest(user, challenge, message):
    """Record the learner's interest in `challenge`.

    Raises AlreadyExpressed (nothing stored) for a second one, RateLimited
    (nothing stored) past the hourly limit.
    """
    existing = ExpressionOfInterest.objects.filter(
        user=user, challenge_key=challenge.translation_key
    ).first()
    if existing:
        raise AlreadyExpressed(existing)
    if not consume_quota(user):
        raise RateLimited
    city_page = challenge.city_page
    try:
        with transaction.atomic():
            return ExpressionOfInterest.objects.create(
                user=user,
                challenge_key=challenge.translation_key,
                challenge=challenge,
                city=city_page.city if city_page else None,
                message=message,
                organisation_name=user.organisation_name,
                organisation_type=user.organisation_type,
                language=translation.get_language() or "",
            )
    except IntegrityError:
        # A concurrent request stored the same interest first.
        raise AlreadyExpressed(
            ExpressionOfInterest.objects.get(
                user=user, challenge_key=challenge.translation_key
            )
        ) from None
