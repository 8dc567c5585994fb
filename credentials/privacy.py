"""The learner's credentials in their data export (accounts/data_export.py).

What the export holds is what the portal keeps: each credential's id, its
status and the signed document itself. Deleting the account erases the
document (it names the learner) and keeps the id and status without them
(credentials/models.py).
"""

import json

from accounts.data_export import register_section

from .models import Credential


def credentials_for(user):
    return [
        {
            "id": credential.urn,
            "certificate_code": credential.certificate.code,
            "issued_at": credential.issued_at,
            "revoked_at": credential.revoked_at,
            "credential": json.loads(credential.document)
            if credential.document
            else None,
        }
        for credential in Credential.objects.filter(user=user)
        .select_related("certificate")
        .order_by("issued_at", "pk")
    ]


def register_export_sections():
    register_section("credentials", credentials_for)
