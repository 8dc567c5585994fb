"""Build a learner with a certificate, and run the independent verifier."""

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from courses.models import Certificate
from courses.services import complete_lesson
from tests.courses.builders import build_course, catalogue, lessons_of

from .references import REFERENCES

VERIFIER = Path(__file__).resolve().parents[1] / "verifier"


def finish_course(user, course=None, **course_options):
    """`user` completes every lesson of a new course; returns the certificate."""
    course = course or build_course(catalogue(), **course_options)
    for lesson in lessons_of(course):
        complete_lesson(user, lesson, course)
    return Certificate.objects.get(user=user, course_key=course.translation_key)


def download(client, certificate):
    response = client.get(f"/en/dashboard/credentials/{certificate.code}.json")
    assert response.status_code == 200, response.status_code
    return json.loads(response.content)


def fetch(client, url):
    """A document of the portal "on the web": what a verifier would fetch."""
    path = "/" + url.split("/", 3)[3]
    response = client.get(path)
    assert response.status_code == 200, (url, response.status_code)
    return json.loads(response.content)


def web_for(client, credential):
    """The documents a verifier needs: the issuer's DID document (did:web
    resolves to https://<host>/.well-known/did.json) and the status list."""
    did = credential["issuer"]["id"]
    host = did.removeprefix("did:web:").replace("%3A", ":")
    status_url = credential["credentialStatus"]["statusListCredential"]
    return {
        f"https://{host}/.well-known/did.json": fetch(
            client, f"https://{host}/.well-known/did.json"
        ),
        status_url: fetch(client, status_url),
    }


def node_or_fail():
    """The verifier needs Node.js and `npm ci` in tests/verifier (make test
    does it). Without them the test is skipped, except in CI, where it fails."""
    node = shutil.which("node")
    installed = (VERIFIER / "node_modules" / "@digitalbazaar" / "vc").is_dir()
    if node and installed:
        return node
    message = (
        "The independent verifier needs Node.js 20+ and its packages: "
        "run `make verifier` (npm ci in tests/verifier)."
    )
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def verify(credential, web):
    """The verifier's verdict: {"verified": …, "revoked": …, "error": …}."""
    node = node_or_fail()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as bundle:
        json.dump({"credential": credential, "web": web}, bundle)
    try:
        result = subprocess.run(
            [node, "verify.mjs", "--references", str(REFERENCES), bundle.name],
            cwd=VERIFIER,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        os.unlink(bundle.name)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])
