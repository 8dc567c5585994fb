"""What credentials add beside a certificate, on the public verification page
and on the learner's dashboard (the `portal_certificate_sections` hook of
courses/certificate_sections.py): the credential's status for everyone, its
downloads for its learner. One query for any number of certificates."""

from courses.models import Certificate

TEMPLATE = "credentials/certificate_section.html"


def certificate_sections(certificates, request):
    rows = {
        row["pk"]: row
        for row in Certificate.objects.filter(
            pk__in=[certificate.pk for certificate in certificates]
        ).values(
            "pk",
            "course__is_micro_credential",
            "credential__is_micro_credential",
            "credential__revoked_at",
        )
    }
    user_id = request.user.pk if request.user.is_authenticated else None
    sections = {}
    for certificate in certificates:
        row = rows.get(certificate.pk, {})
        revoked_at = row.get("credential__revoked_at")
        micro = row.get("credential__is_micro_credential")
        if micro is None:  # not issued yet: it will say what the course says
            micro = bool(row.get("course__is_micro_credential"))
        sections[certificate.pk] = {
            "template": TEMPLATE,
            "certificate": certificate,
            "revoked": revoked_at is not None,
            "revoked_at": revoked_at,
            "is_micro_credential": micro,
            "is_owner": user_id is not None and certificate.user_id == user_id,
        }
    return sections
