"""Per-user records of the cities section. They live in plain Django models,
never on pages, and are keyed on the Wagtail `translation_key` of the page so
that an interest or a result recorded in one language counts in every other.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

MESSAGE_MAX_LENGTH = 1000


class ExpressionOfInterest(models.Model):
    """A learner tells a city "we can help with this challenge".

    One per learner and challenge. The organisation is copied when it is sent,
    so the city sees who wrote at the time. Deleting the account deletes its
    expressions of interest: they are personal messages, of no use without
    their author.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="expressions_of_interest",
    )
    challenge_key = models.UUIDField(_("challenge translation key"))
    challenge = models.ForeignKey(
        "cities.ChallengePage",
        verbose_name=_("challenge"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The challenge page in the language the learner used."),
    )
    city = models.ForeignKey(
        "home.City",
        verbose_name=_("city"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    message = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    organisation_type = models.CharField(
        _("organisation type"), max_length=32, blank=True
    )
    language = models.CharField(_("language"), max_length=8, blank=True)
    created_at = models.DateTimeField(
        _("sent at"), default=timezone.now, editable=False
    )

    class Meta:
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "challenge_key"], name="one_interest_per_challenge"
            )
        ]
        indexes = [
            models.Index(fields=["user", "-created_at"]),
            models.Index(fields=["challenge_key", "created_at"]),
            models.Index(fields=["created_at"]),
        ]
        permissions = [
            (
                "view_expressions_of_interest",
                _("Can view and export expressions of interest"),
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.challenge_key}"


class AssessmentResult(models.Model):
    """A signed-in learner's completed readiness self-assessment.

    The learner's country and organisation type are copied when it is taken,
    for the readiness report. Deleting the account keeps the result without
    its owner (user becomes empty), so the anonymous aggregates stay right.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="assessment_results",
    )
    assessment_key = models.UUIDField(_("assessment translation key"))
    assessment = models.ForeignKey(
        "cities.AssessmentPage",
        verbose_name=_("assessment"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    total = models.PositiveSmallIntegerField(_("overall score (%)"))
    answers = models.JSONField(
        _("answers"), help_text=_("Question id → chosen answer id.")
    )
    language = models.CharField(_("language"), max_length=8, blank=True)
    country = CountryField(_("country"), blank=True)
    organisation_type = models.CharField(
        _("organisation type"), max_length=32, blank=True
    )
    created_at = models.DateTimeField(
        _("taken at"), default=timezone.now, editable=False
    )

    class Meta:
        verbose_name = _("assessment result")
        indexes = [
            models.Index(fields=["user", "assessment_key", "-created_at"]),
            models.Index(fields=["assessment_key", "created_at"]),
        ]

    def __str__(self):
        return f"{self.user} – {self.assessment_key}: {self.total}%"


class DimensionScore(models.Model):
    """A result's score in one dimension, one row each so that the readiness
    report averages them with a database GROUP BY."""

    result = models.ForeignKey(
        AssessmentResult, on_delete=models.CASCADE, related_name="dimension_scores"
    )
    dimension_id = models.CharField(_("dimension id"), max_length=64)
    label = models.CharField(
        _("dimension name when taken"),
        max_length=100,
        help_text=_("Shown if the dimension is later removed from the assessment."),
    )
    position = models.PositiveSmallIntegerField(_("position"))
    score = models.PositiveSmallIntegerField(_("score (%)"))

    class Meta:
        verbose_name = _("dimension score")
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(
                fields=["result", "dimension_id"], name="one_score_per_dimension"
            )
        ]

    def __str__(self):
        return f"{self.label}: {self.score}%"
