"""The portal's user: email is the login, plus the learner profile."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class UserManager(BaseUserManager):
    """Creates users identified by email address; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not extra_fields["is_staff"] or not extra_fields["is_superuser"]:
            raise ValueError("A superuser needs is_staff and is_superuser.")
        return self._create_user(email, password, **extra_fields)


class OrganisationType(models.TextChoices):
    SME = "sme", _("SME")
    PUBLIC_AUTHORITY = "public_authority", _("City or public authority")
    BUSINESS_SUPPORT = "business_support", _("Business support organisation")
    UNIVERSITY = "university", _("University or research")
    OTHER = "other", _("Other")


class User(AbstractUser):
    """A learner, editor or administrator of the portal.

    The profile fields describe who the programme is training; the programme's
    reports count learners by organisation type, country and city.
    """

    username = None
    email = models.EmailField(_("email address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    organisation_type = models.CharField(
        _("organisation type"),
        max_length=32,
        choices=OrganisationType.choices,
        blank=True,
    )
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    country = CountryField(_("country"), blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )

    privacy_consent_at = models.DateTimeField(
        _("privacy notice accepted at"), null=True, blank=True, editable=False
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.email

    def get_full_name(self):
        return self.full_name or super().get_full_name() or self.email

    def get_short_name(self):
        return self.get_full_name()
