"""Issuing and revoking credentials.

A credential is issued when its certificate is (on commit, so a signing
problem never stops a learner completing a course), and lazily, on its
learner's first download, for certificates issued before credentials
existed or whose issue failed. Lazily rather than in a data migration: a
migration would sign with whatever key the machine running it has (a CI
machine's development key), build documents with code frozen at that
migration, and hold a deployment up signing every certificate at once.
`manage.py issue_credentials` issues the rest in one go when wanted.
"""

import json
import logging
import secrets

from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.models import CoursePage

from .documents import open_badge_credential, timestamp
from .issuer import current_verification_method
from .keys import signing_key
from .models import STATUS_LIST_SIZE, Credential
from .proofs import sign_document

logger = logging.getLogger("portal.credentials")
ATTEMPTS = 10


def can_have_credential(certificate):
    """A certificate whose holder deleted their account gets none."""
    return bool(certificate.user_id and certificate.name_at_issue)


def course_of(certificate):
    """The course page in the language it was taken, else any translation."""
    if certificate.course_id:
        return CoursePage.objects.select_related("locale").get(pk=certificate.course_id)
    return (
        CoursePage.objects.filter(translation_key=certificate.course_key)
        .select_related("locale")
        .order_by("pk")
        .first()
    )


def free_bit():
    """A random bit of the newest status list. Random, so a credential's place
    says nothing about when it was issued; each list is filled to half, so a
    draw rarely meets a taken bit."""
    status_list = Credential.objects.count() // (STATUS_LIST_SIZE // 2) + 1
    return status_list, secrets.randbelow(STATUS_LIST_SIZE)


def serialise(document):
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def issue_credential(certificate):
    """Issue and store the certificate's signed credential (None when it can
    have none); if it already has one, that one."""
    if not can_have_credential(certificate):
        return None
    existing = Credential.objects.filter(certificate=certificate).first()
    if existing:
        return existing
    course = course_of(certificate)
    if course is None:
        logger.warning("No course page left for certificate %s", certificate.code)
        return None
    key, method = signing_key(), current_verification_method()
    for _attempt in range(ATTEMPTS):
        status_list, status_index = free_bit()
        credential = Credential(
            certificate=certificate,
            user_id=certificate.user_id,
            status_list=status_list,
            status_index=status_index,
            is_micro_credential=course.is_micro_credential,
            language=course.locale.language_code,
            issued_at=timezone.now(),
        )
        document = open_badge_credential(credential, certificate, course)
        signed = sign_document(document, key, method, timestamp(credential.issued_at))
        credential.document = serialise(signed)
        try:
            with transaction.atomic():
                credential.save()
            return credential
        except IntegrityError:
            # Another request issued this certificate's credential, or the
            # bit was taken: take theirs, or draw again.
            existing = Credential.objects.filter(certificate=certificate).first()
            if existing:
                return existing
    raise RuntimeError("No free bit found in the status list.")


def issue_on_commit(certificate):
    """After the certificate is committed, issue its credential; a failure is
    logged and the credential is issued on first download instead."""

    def issue():
        try:
            issue_credential(certificate)
        except Exception:
            logger.exception(
                "Credential of certificate %s not issued", certificate.code
            )

    transaction.on_commit(issue)


def credential_for(certificate):
    return Credential.objects.filter(certificate=certificate).first() or (
        issue_credential(certificate)
    )


def revoke(credential, reason, note, by):
    """Revoke once, for good; False when it was already revoked."""
    return bool(
        Credential.objects.filter(pk=credential.pk, revoked_at=None).update(
            revoked_at=timezone.now(),
            revocation_reason=reason,
            revocation_note=note,
            revoked_by=by,
        )
    )
