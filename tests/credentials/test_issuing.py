"""Every certificate has an Open Badges 3.0 credential its learner downloads."""

import hashlib
import json
import os
from datetime import UTC
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import jsonschema
import pytest
from django.core.management import call_command

from accounts.data_export import export_user_data
from accounts.deletion import delete_account
from courses.models import Certificate
from credentials.models import STATUS_LIST_SIZE, Credential
from tests.courses.builders import build_course, catalogue

from .helpers import download, finish_course

pytestmark = pytest.mark.django_db

SCHEMA = (
    Path(__file__).resolve().parents[2]
    / ".venv/ob-schemas/ob_v3p0_achievementcredential_schema.json"
)


@pytest.fixture
def achievement_schema():
    """1EdTech's AchievementCredential schema, from the openbadgeslib sdist on
    PyPI (`make verifier` fetches it, hash-checked)."""
    if not SCHEMA.exists():
        message = "Run `make verifier` to fetch 1EdTech's JSON Schema."
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    schema = json.loads(SCHEMA.read_text())
    checker = jsonschema.Draft201909Validator.FORMAT_CHECKER
    validator = jsonschema.Draft201909Validator(schema, format_checker=checker)
    # The format checks are real (rfc3339-validator is installed), not silent.
    assert not checker.conforms("2026-13-45T99:00:00Z", "date-time")
    return validator


def test_certificate_issue_issues_its_credential(
    learner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        certificate = finish_course(learner)
    credential = Credential.objects.get(certificate=certificate)
    assert credential.user == learner
    assert credential.document
    assert 0 <= credential.status_index < STATUS_LIST_SIZE


def test_learner_downloads_the_same_signed_credential_every_time(client, learner):
    certificate = finish_course(learner, title="Procurement of innovation")
    client.force_login(learner)
    first = client.get(f"/en/dashboard/credentials/{certificate.code}.json")
    second = client.get(f"/en/dashboard/credentials/{certificate.code.lower()}.json")
    assert first.status_code == 200
    assert first["Content-Type"] == "application/vc"
    assert first["Content-Disposition"] == (
        f'attachment; filename="credential-{certificate.code}.json"'
    )
    assert first.content == second.content
    assert Credential.objects.filter(certificate=certificate).count() == 1


def test_credential_says_what_the_issue_requires(client, learner):
    certificate = finish_course(learner, title="Procurement of innovation")
    client.force_login(learner)
    credential = download(client, certificate)
    assert credential["@context"][:2] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["id"] == Credential.objects.get(certificate=certificate).urn
    assert credential["issuer"]["id"] == "did:web:testserver"
    assert credential["validFrom"] == certificate.issued_at.astimezone(UTC).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    subject = credential["credentialSubject"]
    assert subject["name"] == learner.get_full_name()
    identity = subject["identifier"][0]
    assert identity["type"] == "IdentityObject"
    assert identity["hashed"] is True
    expected = hashlib.sha256((learner.email + identity["salt"]).encode()).hexdigest()
    assert identity["identityHash"] == f"sha256${expected}"
    assert learner.email not in json.dumps(credential)
    achievement = subject["achievement"]
    assert achievement["name"] == "Procurement of innovation"
    assert achievement["description"] == "A course built for a test."
    assert achievement["criteria"]["narrative"]
    assert credential["credentialSchema"][0]["type"] == "1EdTechJsonSchemaValidator2019"
    status = credential["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry"
    assert status["statusPurpose"] == "revocation"
    assert status["statusListCredential"] == "http://testserver/credentials/status/1"
    proof = credential["proof"]
    assert proof["type"] == "DataIntegrityProof"
    assert proof["cryptosuite"] == "eddsa-rdfc-2022"
    assert proof["verificationMethod"].startswith("did:web:testserver#z6Mk")


def test_credential_validates_against_the_1edtech_schema(
    client, learner, achievement_schema
):
    certificate = finish_course(learner)
    client.force_login(learner)
    credential = download(client, certificate)
    assert list(achievement_schema.iter_errors(credential)) == []
    # The schema is not a rubber stamp: it refuses a credential without issuer.
    broken = {key: value for key, value in credential.items() if key != "issuer"}
    assert list(achievement_schema.iter_errors(broken))


def test_demo_micro_credential_validates_against_the_1edtech_schema(
    client, learner, achievement_schema
):
    certificate = Certificate.objects.get(
        user=learner, course__slug="designing-a-smart-city-solution"
    )
    client.force_login(learner)
    credential = download(client, certificate)
    assert list(achievement_schema.iter_errors(credential)) == []
    achievement = credential["credentialSubject"]["achievement"]
    assert achievement["achievementType"] == "MicroCredential"
    elements = achievement["microCredential"]
    assert elements["notionalWorkload"] == "PT25H"
    assert elements["eqfLevel"] == 5
    assert elements["learningOutcome"]
    assert achievement["alignment"][0]["targetUrl"] == "http://data.europa.eu/snb/eqf/5"


@pytest.mark.parametrize(
    "path",
    [
        "/en/dashboard/credentials/{code}.json",
        "/en/dashboard/credentials/{code}-europass.jsonld",
    ],
)
def test_another_learner_cannot_download_someone_elses_credential(
    client, learner, django_user_model, path
):
    certificate = Certificate.objects.get(
        user=learner, course__slug="designing-a-smart-city-solution"
    )
    other = django_user_model.objects.create_user(
        email="other@example.com", password="Other-password-2026", full_name="Eve"
    )
    client.force_login(other)
    assert client.get(path.format(code=certificate.code)).status_code == 404
    client.logout()
    response = client.get(path.format(code=certificate.code))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize(
    "code", ["ZZZZZZZZZZ", "short", "ABC%00DEFGH", "0O1IL0O1IL", "x" * 300]
)
def test_unknown_or_malformed_codes_are_404(learner_client, code):
    response = learner_client.get(f"/en/dashboard/credentials/{code}.json")
    assert response.status_code == 404


def test_an_older_certificate_gets_its_credential_on_first_download(client, learner):
    """Certificates from before credentials existed are issued lazily."""
    course = build_course(catalogue())
    certificate = Certificate.objects.create(
        user=learner,
        course=course,
        course_key=course.translation_key,
        name_at_issue="Ana Older",
        course_title_at_issue=course.title,
    )
    assert not Credential.objects.filter(certificate=certificate).exists()
    client.force_login(learner)
    credential = download(client, certificate)
    assert credential["credentialSubject"]["name"] == "Ana Older"
    assert Credential.objects.filter(certificate=certificate).count() == 1


def test_issue_credentials_command_issues_the_missing_ones(learner):
    course = build_course(catalogue())
    certificate = Certificate.objects.create(
        user=learner,
        course=course,
        course_key=course.translation_key,
        name_at_issue="Ana",
        course_title_at_issue=course.title,
    )
    call_command("issue_credentials", stdout=open(os.devnull, "w"))
    call_command("issue_credentials", stdout=open(os.devnull, "w"))  # re-run: no-op
    assert Credential.objects.filter(certificate=certificate).count() == 1


def test_deleting_the_account_erases_the_credential_but_keeps_its_status(
    client, learner
):
    certificate = finish_course(learner)
    client.force_login(learner)
    download(client, certificate)
    credential = Credential.objects.get(certificate=certificate)
    delete_account(learner)
    credential.refresh_from_db()
    assert credential.user is None
    assert credential.document == ""
    assert credential.status_index is not None
    # The status list still answers for the copy that left the portal.
    assert client.get("/credentials/status/1").status_code == 200
    page = client.get(f"/en/certificates/{certificate.code}/")
    assert "no longer available" in page.content.decode()


def test_data_export_holds_the_learners_credentials(client, learner):
    certificate = finish_course(learner)
    client.force_login(learner)
    downloaded = download(client, certificate)
    exported = export_user_data(learner)["credentials"]
    assert downloaded in [entry["credential"] for entry in exported]


def test_dashboard_offers_download_and_linkedin_beside_the_certificate(
    learner_client, learner
):
    certificate = Certificate.objects.get(
        user=learner, course__slug="designing-a-smart-city-solution"
    )
    page = learner_client.get("/en/dashboard/").content.decode()
    assert f"/en/dashboard/credentials/{certificate.code}.json" in page
    assert f"/en/dashboard/credentials/{certificate.code}-europass.jsonld" in page
    assert "Verifiable credential: valid" in page
    assert "https://www.linkedin.com/profile/add?" in page


def test_linkedin_link_is_filled_in_from_the_certificate(learner_client, learner):
    certificate = Certificate.objects.get(
        user=learner, course__slug="designing-a-smart-city-solution"
    )
    page = learner_client.get(f"/en/certificates/{certificate.code}/").content.decode()
    start = page.index("https://www.linkedin.com/profile/add?")
    url = page[start : page.index('"', start)].replace("&amp;", "&")
    query = parse_qs(urlsplit(url).query)
    assert query["startTask"] == ["CERTIFICATION_NAME"]
    assert query["name"] == [certificate.course_title_at_issue]
    assert query["certId"] == [certificate.code]
    assert query["certUrl"] == [
        f"http://testserver/en/certificates/{certificate.code}/"
    ]
    assert query["issueYear"] == [str(certificate.issued_at.year)]
    assert query["issueMonth"] == [str(certificate.issued_at.month)]


def test_public_verification_page_shows_the_credential_status(client, learner):
    certificate = Certificate.objects.get(
        user=learner, course__slug="designing-a-smart-city-solution"
    )
    page = client.get(f"/en/certificates/{certificate.code}/").content.decode()
    assert "This certificate is genuine." in page
    assert "Verifiable credential: valid" in page
    # Downloads are for the learner only.
    assert "/dashboard/credentials/" not in page
    assert "linkedin.com" not in page
