"""Administrators revoke a credential in the admin, for a stated reason."""

import pytest
from django.contrib.auth import get_user_model

from courses.models import Certificate
from credentials.models import Credential
from credentials.services import credential_for
from tests.mfa import sign_in_with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def credential(learner):
    certificate = Certificate.objects.get(
        user=learner, course__slug="designing-a-smart-city-solution"
    )
    return credential_for(certificate)


def staff_client(client, email):
    return sign_in_with_mfa(client, get_user_model().objects.get(email=email))


def test_admin_lists_and_revokes_with_a_reason(client, credential):
    admin = staff_client(client, "admin@example.com")
    listing = admin.get("/admin/credentials/?q=" + credential.certificate.code)
    assert listing.status_code == 200
    assert credential.certificate.code in listing.content.decode()
    form = admin.get(f"/admin/credentials/{credential.pk}/revoke/")
    assert form.status_code == 200
    response = admin.post(
        f"/admin/credentials/{credential.pk}/revoke/",
        {"reason": "error", "note": "Issued to the wrong account."},
    )
    assert response.status_code == 302
    credential.refresh_from_db()
    assert credential.is_revoked
    assert credential.revocation_reason == "error"
    assert credential.revocation_note == "Issued to the wrong account."
    assert credential.revoked_by.email == "admin@example.com"


def test_a_revocation_without_reason_is_refused_and_nothing_saved(client, credential):
    admin = staff_client(client, "admin@example.com")
    for data in ({}, {"reason": "whim"}, {"reason": "fraud", "note": "x" * 1001}):
        response = admin.post(f"/admin/credentials/{credential.pk}/revoke/", data)
        assert response.status_code == 400
    credential.refresh_from_db()
    assert not credential.is_revoked


def test_a_revocation_is_final(client, credential):
    admin = staff_client(client, "admin@example.com")
    url = f"/admin/credentials/{credential.pk}/revoke/"
    admin.post(url, {"reason": "fraud", "note": "First."})
    admin.post(url, {"reason": "error", "note": "Second."})
    credential.refresh_from_db()
    assert credential.revocation_reason == "fraud"
    assert credential.revocation_note == "First."
    assert "First." in admin.get(url).content.decode()


@pytest.mark.parametrize("email", ["editor@example.com", "manager@example.com"])
def test_staff_without_the_permission_cannot_revoke(client, credential, email):
    """Wagtail sends them back to the admin's home with "no permission"."""
    staff = staff_client(client, email)
    listing = staff.get("/admin/credentials/")
    assert (listing.status_code, listing["Location"]) == (302, "/admin/")
    response = staff.post(
        f"/admin/credentials/{credential.pk}/revoke/", {"reason": "fraud"}
    )
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert not Credential.objects.get(pk=credential.pk).is_revoked


def test_unknown_credential_is_404(client):
    admin = staff_client(client, "admin@example.com")
    response = admin.get("/admin/credentials/999999/revoke/", follow=True)
    assert response.status_code == 404


def test_revoked_certificate_says_so_and_offers_no_downloads(
    client, learner_client, credential
):
    admin = staff_client(client, "admin@example.com")
    admin.post(f"/admin/credentials/{credential.pk}/revoke/", {"reason": "fraud"})
    code = credential.certificate.code
    public = type(client)().get(f"/en/certificates/{code}/").content.decode()
    assert "This certificate has been revoked" in public
    assert "This certificate is genuine." not in public
    assert "Credential revoked on" in public
    assert "fraud" not in public.lower()  # the reason stays in the admin
    dashboard = learner_client.get("/en/dashboard/").content.decode()
    assert f"/en/dashboard/credentials/{code}.json" not in dashboard
    assert "linkedin.com" not in dashboard  # the demo learner's one certificate
