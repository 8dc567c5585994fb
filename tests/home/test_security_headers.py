"""Every response carries the security headers production promises.

The header and cookie settings are read from portal.settings.production in a
subprocess (importing it here would change the running test settings) and
applied over the test settings, so the pages below are served exactly as in
production, over HTTPS, from the demo site.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings

from courses.models import CourseIndexPage, CoursePage, LessonPage
from tests.mfa import sign_in_with_mfa

pytestmark = pytest.mark.django_db
PROJECT_DIR = Path(__file__).resolve().parents[2]

# The production settings that shape headers and cookies.
HEADER_SETTINGS = (
    "SECURE_",
    "SESSION_COOKIE_",
    "CSRF_COOKIE_",
    "LANGUAGE_COOKIE_",
    "X_FRAME_OPTIONS",
    "CONTENT_SECURITY_POLICY",
    "ADMIN_CONTENT_SECURITY_POLICY",
    "PERMISSIONS_POLICY",
    "MIDDLEWARE",
)
READ_SETTINGS = f"""
import json
import django
django.setup()
from django.conf import settings
names = [name for name in dir(settings) if name.startswith({HEADER_SETTINGS!r})]
print(json.dumps({{name: getattr(settings, name) for name in names}}))
"""

PUBLIC_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "media-src": "'self'",
    "frame-src": "'self' https://www.youtube.com https://www.youtube-nocookie.com "
    "https://player.vimeo.com",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
SWITCHED_OFF_FEATURES = [
    "camera",
    "microphone",
    "geolocation",
    "payment",
    "usb",
    "browsing-topics",
]


@pytest.fixture(scope="module")
def production_header_settings():
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="a-throwaway-but-long-and-random-key-4c8e1f0b9d2a7e6c5b3a1f0e9d8c",
        ALLOWED_HOSTS="academy.example.org",
        EMAIL_HOST="smtp.example.org",
        CREDENTIALS_SIGNING_KEY="z3u2i3DxeQHre2CeLLdG99M8e57g72s5h9D3r8amtHvTjdwg",
    )
    result = subprocess.run(
        [sys.executable, "-c", READ_SETTINGS],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def production(production_header_settings):
    with override_settings(**production_header_settings):
        yield


def https_get(client, url):
    """GET as production sees it: HTTPS, behind a proxy that says so."""
    return client.get(url, secure=True, headers={"x-forwarded-proto": "https"})


def policy_of(response):
    """The Content-Security-Policy header as {directive: sources}."""
    directives = (
        part.strip() for part in response["Content-Security-Policy"].split(";")
    )
    return dict(part.split(" ", 1) for part in directives if part)


def open_lesson_url():
    course = (
        CoursePage.objects.live()
        .filter(locale__language_code="en", access="open")
        .first()
    )
    return LessonPage.objects.live().descendant_of(course).first().url


def assert_security_headers(response):
    assert policy_of(response) == PUBLIC_POLICY
    assert (
        response["Strict-Transport-Security"]
        == "max-age=31536000; includeSubDomains; preload"
    )
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"].split(", ")
    for feature in SWITCHED_OFF_FEATURES:
        assert f"{feature}=()" in permissions


@pytest.mark.parametrize(
    "url",
    ["/en/", "/en/courses/", "lesson", "/en/accounts/login/", "/ar/resources/"],
)
def test_public_pages_send_every_security_header(client, production, url):
    if url == "lesson":
        url = open_lesson_url()
    response = https_get(client, url)
    assert response.status_code == 200
    assert_security_headers(response)


def test_public_policy_allows_no_inline_script_or_style(client, production):
    policy = policy_of(https_get(client, "/en/"))
    for directive in ("default-src", "script-src", "style-src"):
        assert "unsafe" not in policy[directive]


def test_pages_replayed_from_the_page_cache_keep_every_header(client, production):
    assert https_get(client, "/en/courses/")["X-Page-Cache"] == "miss"
    cached = https_get(client, "/en/courses/")
    assert cached["X-Page-Cache"] == "hit"
    assert_security_headers(cached)


def test_signing_in_sets_secure_httponly_samesite_cookies(
    client, production, demo_password
):
    https_get(client, "/en/accounts/login/")
    response = client.post(
        "/en/accounts/login/",
        {"login": "learner@example.com", "password": demo_password},
        secure=True,
    )
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    csrf = client.cookies["csrftoken"]
    for cookie in (session, csrf):
        assert cookie["secure"] is True
        assert cookie["httponly"] is True
        assert cookie["samesite"] == "Lax"
    assert_security_headers(https_get(client, "/en/dashboard/"))


def test_language_cookie_is_secure_httponly_and_samesite(client, production):
    response = client.post(
        "/i18n/setlang/", {"language": "es", "next": "/es/"}, secure=True
    )
    cookie = response.cookies["portal_language"]
    assert cookie.value == "es"
    assert cookie["secure"] is True
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"


@pytest.fixture
def editor_client(client):
    editor = get_user_model().objects.get(email="editor@example.com")
    return sign_in_with_mfa(client, editor)


def test_admin_gets_the_relaxed_policy_and_still_refuses_framing(
    editor_client, production
):
    response = https_get(editor_client, "/admin/")
    assert response.status_code == 200
    policy = policy_of(response)
    assert policy["script-src"] == "'self' 'unsafe-inline'"
    assert policy["style-src"] == "'self' 'unsafe-inline'"
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert response["X-Frame-Options"] == "DENY"
    assert (
        response["Permissions-Policy"]
        == https_get(editor_client, "/en/")["Permissions-Policy"]
    )


def test_page_previews_may_be_framed_by_the_admin_only(editor_client, production):
    catalogue = CourseIndexPage.objects.get(locale__language_code="en")
    url = f"/admin/pages/{catalogue.pk}/edit/preview/"
    posted = editor_client.post(
        url,
        {
            "title": catalogue.title,
            "slug": catalogue.slug,
            "introduction": "Previewed introduction",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
        },
        secure=True,
        headers={"x-forwarded-proto": "https"},
    )
    assert posted.json()["is_valid"] is True
    # Wagtail renders the page through the whole middleware stack for the
    # preview; the admin's policy, not the public one, must come out.
    response = https_get(editor_client, f"{url}?in_preview_panel=true")
    assert "Previewed introduction" in response.content.decode()
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    policy = policy_of(response)
    assert policy["frame-ancestors"] == "'self'"
    assert "'unsafe-inline'" in policy["script-src"]


def test_django_admin_gets_the_relaxed_policy(client, production):
    admin = get_user_model().objects.get(email="admin@example.com")
    response = https_get(sign_in_with_mfa(client, admin), "/django-admin/")
    assert response.status_code == 200
    policy = policy_of(response)
    assert policy["script-src"] == "'self' 'unsafe-inline'"
    assert policy["frame-ancestors"] == "'none'"


def test_documents_keep_wagtails_stricter_policy(client, production):
    from wagtail.documents.models import Document

    response = https_get(client, Document.objects.first().url)
    assert response.status_code == 200
    # Wagtail's serve view forbids everything; the portal's policy must not widen it.
    assert policy_of(response) == {"default-src": "'none'"}
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Content-Disposition"].startswith("attachment")
