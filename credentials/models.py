"""A certificate's verifiable credential, and its place in the status list."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Entries per BitstringStatusListCredential: the specification's minimum
# (16 KB of bits), so a list hides which of many credentials is checked.
STATUS_LIST_SIZE = 131_072


def unlink_and_erase_document(collector, field, sub_objs, using):
    """on_delete of Credential.user: the learner is unlinked and the signed
    document, which holds their name and hashed email, is erased in the same
    transaction. The id, status entry and any revocation stay, without
    personal data, so a copy that left the portal keeps its status.
    Migrations refer to this function: keep its name."""
    collector.add_field_update(field, None, sub_objs)
    collector.add_field_update(field.model._meta.get_field("document"), "", sub_objs)


class RevocationReason(models.TextChoices):
    ERROR = "error", _("Issued in error")
    FRAUD = "fraud", _("Fraud")


class Credential(models.Model):
    """An Open Badges 3.0 credential of one certificate, signed once at issue.

    The signed JSON is stored as issued, byte for byte, so every download is
    the same credential. A revocation sets the credential's bit in its status
    list; it cannot be undone (the list's purpose is "revocation").
    """

    certificate = models.OneToOneField(
        "courses.Certificate",
        on_delete=models.PROTECT,
        related_name="credential",
        verbose_name=_("certificate"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=unlink_and_erase_document,
        related_name="credentials",
        verbose_name=_("learner"),
    )
    uuid = models.UUIDField(_("credential id"), default=uuid.uuid4, unique=True)
    status_list = models.PositiveIntegerField(_("status list"))
    status_index = models.PositiveIntegerField(_("index in the status list"))
    document = models.TextField(
        _("signed credential"),
        blank=True,
        help_text=_("Erased when the learner deletes their account."),
    )
    is_micro_credential = models.BooleanField(_("micro-credential"), default=False)
    language = models.CharField(_("language"), max_length=8)
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revocation_reason = models.CharField(
        _("reason for revocation"),
        max_length=16,
        choices=RevocationReason.choices,
        blank=True,
    )
    revocation_note = models.TextField(
        _("note on the revocation"),
        blank=True,
        max_length=1000,
        help_text=_("For administrators only; never shown publicly."),
    )
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("revoked by"),
    )

    class Meta:
        verbose_name = _("credential")
        constraints = [
            models.UniqueConstraint(
                fields=["status_list", "status_index"], name="one_credential_per_bit"
            )
        ]
        indexes = [models.Index(fields=["status_list", "revoked_at"])]
        permissions = [("revoke_credential", _("Can revoke credentials"))]

    def __str__(self):
        return f"urn:uuid:{self.uuid}"

    @property
    def urn(self):
        return f"urn:uuid:{self.uuid}"

    @property
    def is_revoked(self):
        return self.revoked_at is not None
