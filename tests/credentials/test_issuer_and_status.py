"""The issuer's public documents: DID document, status lists, issuer page."""

import base64
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from credentials.keys import SigningKey
from credentials.models import Credential
from credentials.status import encoded_list

from .helpers import download, finish_course, verify, web_for

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def decode(encoded):
    data = encoded[1:]
    data += "=" * (-len(data) % 4)
    return gzip.decompress(base64.urlsafe_b64decode(data))


def test_encoded_list_sets_bits_from_the_left():
    bits = decode(encoded_list([0, 9, 131_071]))
    assert len(bits) == 131_072 // 8
    assert bits[0] == 0b1000_0000
    assert bits[1] == 0b0100_0000
    assert bits[-1] == 0b0000_0001
    assert sum(bin(byte).count("1") for byte in bits) == 3


def test_did_document_lists_the_current_and_previous_keys(client, settings):
    previous = SigningKey.generate().public_multibase
    settings.CREDENTIALS_PREVIOUS_KEYS = [previous]
    response = client.get("/.well-known/did.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/did+json"
    document = response.json()
    assert document["id"] == "did:web:testserver"
    keys = [method["publicKeyMultibase"] for method in document["verificationMethod"]]
    current = SigningKey.from_multibase(settings.CREDENTIALS_SIGNING_KEY)
    assert keys == [current.public_multibase, previous]
    assert document["assertionMethod"] == [f"did:web:testserver#{key}" for key in keys]


def test_did_web_encodes_the_port(client, settings):
    settings.CREDENTIALS_BASE_URL = "https://academy.example.org:8443"
    assert client.get("/.well-known/did.json").json()["id"] == (
        "did:web:academy.example.org%3A8443"
    )


def test_status_list_is_signed_cacheable_and_says_which_bits_are_set(client, learner):
    certificate = finish_course(learner)
    client.force_login(learner)
    download(client, certificate)
    client.logout()
    response = client.get("/credentials/status/1")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc"
    assert "public" in response["Cache-Control"]
    assert "max-age=300" in response["Cache-Control"]
    assert response["Access-Control-Allow-Origin"] == "*"
    etag = response["ETag"]
    document = json.loads(response.content)
    assert document["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert document["issuer"] == "did:web:testserver"
    assert document["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
    assert not any(decode(document["credentialSubject"]["encodedList"]))

    unchanged = client.get("/credentials/status/1", HTTP_IF_NONE_MATCH=etag)
    assert unchanged.status_code == 304

    credential = Credential.objects.get(certificate=certificate)
    Credential.objects.filter(pk=credential.pk).update(
        revoked_at=timezone.now(), revocation_reason="error"
    )
    changed = client.get("/credentials/status/1", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    bits = decode(json.loads(changed.content)["credentialSubject"]["encodedList"])
    index = credential.status_index
    assert bits[index // 8] & (0x80 >> (index % 8))


@pytest.mark.parametrize(
    "path",
    [
        "/credentials/status/0",
        "/credentials/status/999",
        "/credentials/status/99999999999999999999999",
        "/credentials/status/one",
        "/credentials/status/1%00",
        "/credentials/status/-1",
        "/en/credentials/status/1",
    ],
)
def test_tampered_status_list_requests_are_404(client, path):
    """Not found (like any unknown address without a language prefix, the
    portal first tries it under /en/)."""
    assert client.get(path, follow=True).status_code == 404


def test_status_list_queries_do_not_grow_with_credentials(client, learner):
    """One query for a cached list, three to rebuild it, however many bits."""
    certificate = finish_course(learner)
    client.force_login(learner)
    download(client, certificate)
    client.get("/credentials/status/1")
    with CaptureQueriesContext(connection) as small:
        client.get("/credentials/status/1")
    for _ in range(20):
        download(client, finish_course(learner))
    client.get("/credentials/status/1")
    with CaptureQueriesContext(connection) as large:
        client.get("/credentials/status/1")
    assert len(small) == len(large) <= 3


def test_vocabulary_address_leads_to_the_issuer_page(client):
    response = client.get("/credentials/vocabulary", HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 302
    assert response["Location"] == "/es/credentials/issuer/"


@pytest.mark.parametrize("language", ["en", "es", "it", "he", "ar"])
def test_issuer_page_names_the_did_and_keys_in_every_language(client, language):
    response = client.get(f"/{language}/credentials/issuer/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "did:web:testserver" in page
    assert 'id="notionalWorkload"' in page
    assert f'lang="{language}"' in page


def test_a_rotated_key_keeps_earlier_credentials_verifiable(client, learner, settings):
    """After a rotation the old key stays in the DID document: the credential
    it signed still verifies, and new credentials use the new key."""
    old = download_after_finishing(client, learner)
    old_key = SigningKey.from_multibase(settings.CREDENTIALS_SIGNING_KEY)
    settings.CREDENTIALS_SIGNING_KEY = SigningKey.generate().private_multibase
    settings.CREDENTIALS_PREVIOUS_KEYS = [old_key.public_multibase]
    new = download_after_finishing(client, learner)
    assert old["proof"]["verificationMethod"] != new["proof"]["verificationMethod"]
    for credential in (old, new):
        verdict = verify(credential, web_for(client, credential))
        assert verdict == {"verified": True, "revoked": False, "error": None}
    # Drop the old key (say it leaked): its credentials no longer verify.
    settings.CREDENTIALS_PREVIOUS_KEYS = []
    assert verify(old, web_for(client, old))["verified"] is False


def download_after_finishing(client, learner):
    certificate = finish_course(learner)
    client.force_login(learner)
    return download(client, certificate)


def production_check(**environment):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "CREDENTIALS_SIGNING_KEY"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="a-throwaway-but-long-and-random-key-4c8e1f0b9d2a7e6c5b3a1f0e9d8c",
        ALLOWED_HOSTS="academy.example.org",
        EMAIL_HOST="smtp.example.org",
        **environment,
    )
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_signing_key():
    result = production_check()
    assert result.returncode != 0
    assert "The CREDENTIALS_SIGNING_KEY environment variable is required." in (
        result.stderr
    )


def test_production_refuses_the_published_development_key(settings):
    result = production_check(
        CREDENTIALS_SIGNING_KEY=settings.DEVELOPMENT_CREDENTIALS_SIGNING_KEY
    )
    assert result.returncode != 0
    assert "published development key" in result.stderr


def test_production_refuses_a_key_that_is_not_an_ed25519_key():
    result = production_check(CREDENTIALS_SIGNING_KEY="z6MkNotAPrivateKey")
    assert result.returncode != 0
    assert "CREDENTIALS_SIGNING_KEY" in result.stderr


def test_production_starts_with_a_key_of_its_own():
    result = production_check(
        CREDENTIALS_SIGNING_KEY=SigningKey.generate().private_multibase
    )
    assert result.returncode == 0, result.stderr
