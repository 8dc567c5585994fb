"""Digital Bazaar's verifier (tests/verifier/, Node.js, offline) judges the
credentials the portal issues: the code that issues is not the code that
verifies."""

import copy
import json

import pytest

from courses.models import Certificate
from credentials.models import Credential
from tests.mfa import sign_in_with_mfa

from .helpers import download, finish_course, verify, web_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def issued(client, learner):
    """A learner who finished a course, and the credential they downloaded."""
    certificate = finish_course(learner)
    client.force_login(learner)
    return certificate, download(client, certificate)


def test_verifier_accepts_a_credential_the_learner_downloaded(client, issued):
    _certificate, credential = issued
    verdict = verify(credential, web_for(client, credential))
    assert verdict == {"verified": True, "revoked": False, "error": None}


def test_verifier_rejects_the_credential_after_a_one_byte_change(client, issued):
    _certificate, credential = issued
    web = web_for(client, credential)
    tampered = copy.deepcopy(credential)
    name = tampered["credentialSubject"]["name"]
    tampered["credentialSubject"]["name"] = name[:-1] + chr(ord(name[-1]) + 1)
    assert len(json.dumps(tampered)) == len(json.dumps(credential))
    verdict = verify(tampered, web)
    assert verdict["verified"] is False


def test_verifier_rejects_a_proof_from_a_key_not_in_the_did_document(
    client, issued, settings
):
    _certificate, credential = issued
    web = web_for(client, credential)
    did_url = next(url for url in web if url.endswith("did.json"))
    web[did_url] = {**web[did_url], "verificationMethod": [], "assertionMethod": []}
    assert verify(credential, web)["verified"] is False


def test_verifier_reports_revoked_once_the_admin_revokes(
    client, issued, django_user_model
):
    certificate, credential = issued
    admin = django_user_model.objects.get(email="admin@example.com")
    admin_client = type(client)()
    sign_in_with_mfa(admin_client, admin)
    stored = Credential.objects.get(certificate=certificate)
    response = admin_client.post(
        f"/admin/credentials/{stored.pk}/revoke/",
        {"reason": "fraud", "note": "Lessons completed by someone else."},
    )
    assert response.status_code == 302
    verdict = verify(credential, web_for(client, credential))
    assert verdict["verified"] is True  # the signatures still hold
    assert verdict["revoked"] is True
    page = client.get(f"/en/certificates/{certificate.code}/")
    assert "This certificate has been revoked" in page.content.decode()
    assert Certificate.objects.filter(pk=certificate.pk).exists()
