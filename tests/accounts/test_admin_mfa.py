"""Everyone who can open the admin uses TOTP, and every admin session passed it."""

import time
from io import StringIO

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import (
    SECRET_SESSION_KEY,
    format_hotp_value,
    hotp_value,
    validate_totp_code,
)
from django.contrib.auth import SESSION_KEY, get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from accounts.mfa import current_totp_code
from home.demo import DEMO_PASSWORD, DEMO_TOTP_SECRET
from tests.mfa import sign_in_with_mfa

pytestmark = pytest.mark.django_db
STAFF = [
    "admin@example.com",
    "editor@example.com",
    "moderator@example.com",
    "manager@example.com",
]
LOGIN_URL = "/en/accounts/login/"
ACTIVATE_URL = "/en/accounts/2fa/totp/activate/"


def user(email):
    return get_user_model().objects.get(email=email)


def without_totp(email):
    account = user(email)
    Authenticator.objects.filter(user=account).delete()
    return account


def code_for(secret):
    """The current code, waiting for the next one if this one is about to expire
    (allauth accepts only the current 30-second period's code)."""
    period = mfa_settings.TOTP_PERIOD
    if period - time.time() % period < 2:
        time.sleep(period - time.time() % period + 0.1)
    return format_hotp_value(hotp_value(secret, int(time.time()) // period))


def sign_in_with_password(client, email):
    return client.post(LOGIN_URL, {"login": email, "password": DEMO_PASSWORD})


# Enforcement -------------------------------------------------------------------


@pytest.mark.parametrize("email", STAFF)
def test_staff_without_totp_are_sent_to_set_it_up(client, email):
    client.force_login(without_totp(email))
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == ACTIVATE_URL
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("two-factor authentication" in m for m in messages)


def test_superuser_without_totp_cannot_open_the_django_admin(client):
    client.force_login(without_totp("admin@example.com"))
    response = client.get("/django-admin/")
    assert response["Location"] == ACTIVATE_URL


@pytest.mark.parametrize("email", STAFF)
def test_staff_who_passed_totp_open_the_admin(client, email):
    sign_in_with_mfa(client, user(email))
    assert client.get("/admin/").status_code == 200


def test_superuser_who_passed_totp_opens_the_django_admin(client):
    sign_in_with_mfa(client, user("admin@example.com"))
    assert client.get("/django-admin/").status_code == 200


def test_a_session_that_skipped_the_code_must_confirm_one(client):
    """The account has TOTP, but this session never proved it."""
    editor = user("editor@example.com")
    client.force_login(editor)
    response = client.get("/admin/pages/?ordering=title")
    assert response.status_code == 302
    assert response["Location"] == (
        "/en/accounts/2fa/reauthenticate/?next=%2Fadmin%2Fpages%2F%3Fordering%3Dtitle"
    )
    response = client.post(
        response["Location"], {"code": code_for(DEMO_TOTP_SECRET)}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/admin/pages/?ordering=title"
    assert response.status_code == 200


def test_removing_totp_closes_the_admin_again(client):
    editor = user("editor@example.com")
    sign_in_with_mfa(client, editor)
    Authenticator.objects.filter(user=editor).delete()
    assert client.get("/admin/")["Location"] == ACTIVATE_URL


def test_learner_is_refused_as_before_and_not_asked_for_totp(client, learner):
    client.force_login(learner)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN_URL)
    # allauth does not bounce a signed-in learner back to the admin: they land
    # on their dashboard with Wagtail's explanation.
    response = client.get(response["Location"], follow=True)
    assert response.redirect_chain[-1][0] == "/en/dashboard/"
    assert "You do not have permission to access the admin" in (
        response.content.decode()
    )
    assert not Authenticator.objects.filter(user=learner).exists()


def test_learner_is_refused_by_the_django_admin_without_a_redirect_loop(
    client, learner
):
    client.force_login(learner)
    response = client.get("/django-admin/", follow=True)
    assert response.redirect_chain[-1][0] == "/en/dashboard/"
    assert "Your account cannot open the admin" in response.content.decode()


def test_learner_signing_in_for_the_admin_lands_on_the_dashboard(client):
    response = client.post(
        f"{LOGIN_URL}?next=/admin/",
        {"login": "learner@example.com", "password": DEMO_PASSWORD},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/en/dashboard/"
    assert response.status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/en/accounts/2fa/",
        "/en/accounts/logout/",
        "/en/dashboard/",
    ],
)
def test_account_pages_stay_open_without_totp(client, url):
    client.force_login(without_totp("editor@example.com"))
    assert client.get(url).status_code == 200


def test_staff_without_totp_can_still_sign_out_from_the_admin(client):
    client.force_login(without_totp("editor@example.com"))
    client.post("/admin/logout/", follow=True)
    assert SESSION_KEY not in client.session


def test_the_check_costs_one_query_per_admin_request(client, settings):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    def queries(middleware):
        settings.MIDDLEWARE = middleware
        browser = sign_in_with_mfa(Client(), user("editor@example.com"))
        browser.get("/admin/pages/")
        with CaptureQueriesContext(connection) as context:
            assert browser.get("/admin/pages/").status_code == 200
        return len(context)

    check = "accounts.mfa_required.AdminMFARequiredMiddleware"
    with_check = queries(list(settings.MIDDLEWARE))
    without_check = queries([m for m in settings.MIDDLEWARE if m != check])
    assert with_check - without_check == 1


# The real flows ------------------------------------------------------------------


def test_staff_sign_in_asks_for_the_code_then_opens_the_admin(client):
    response = client.post(
        f"{LOGIN_URL}?next=/admin/",
        {"login": "editor@example.com", "password": DEMO_PASSWORD},
    )
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    # The password alone does not sign in, and the admin stays shut.
    assert SESSION_KEY not in client.session
    assert client.get("/admin/").status_code == 302
    response = client.post(
        "/en/accounts/2fa/authenticate/", {"code": code_for(DEMO_TOTP_SECRET)}
    )
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_does_not_sign_in(client):
    sign_in_with_password(client, "editor@example.com")
    wrong = f"{(int(code_for(DEMO_TOTP_SECRET)) + 1) % 1_000_000:06d}"
    response = client.post("/en/accounts/2fa/authenticate/", {"code": wrong})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert SESSION_KEY not in client.session


def test_a_recovery_code_signs_in_once(client):
    editor = user("editor@example.com")
    codes = RecoveryCodes.activate(editor).get_unused_codes()
    sign_in_with_password(client, "editor@example.com")
    client.post("/en/accounts/2fa/authenticate/", {"code": codes[0]})
    assert client.get("/admin/").status_code == 200
    client.logout()
    sign_in_with_password(client, "editor@example.com")
    response = client.post("/en/accounts/2fa/authenticate/", {"code": codes[0]})
    assert response.status_code == 200
    assert SESSION_KEY not in client.session


def test_guessing_codes_is_rate_limited(client, rate_limits):
    sign_in_with_password(client, "editor@example.com")
    for guess in range(5):
        client.post("/en/accounts/2fa/authenticate/", {"code": f"{guess:06d}"})
    response = client.post(
        "/en/accounts/2fa/authenticate/", {"code": code_for(DEMO_TOTP_SECRET)}
    )
    assert "Too many failed login attempts" in response.content.decode()
    assert SESSION_KEY not in client.session


def test_new_staff_member_sets_up_totp_gets_recovery_codes_and_enters(client):
    without_totp("moderator@example.com")
    sign_in_with_password(client, "moderator@example.com")
    assert client.get("/admin/")["Location"] == ACTIVATE_URL
    # allauth asks for the password again before adding a factor.
    response = client.get(ACTIVATE_URL)
    assert response["Location"].startswith("/en/accounts/reauthenticate/")
    response = client.post(response["Location"], {"password": DEMO_PASSWORD})
    assert response["Location"] == ACTIVATE_URL
    page = client.get(ACTIVATE_URL)
    assert page.status_code == 200
    secret = client.session[SECRET_SESSION_KEY]
    response = client.post(ACTIVATE_URL, {"code": code_for(secret)})
    assert response["Location"] == "/en/accounts/2fa/recovery-codes/"
    moderator = user("moderator@example.com")
    assert Authenticator.objects.filter(
        user=moderator, type=Authenticator.Type.RECOVERY_CODES
    ).exists()
    recovery_page = client.get(response["Location"]).content.decode()
    codes = RecoveryCodes.activate(moderator).get_unused_codes()
    assert len(codes) == 10 and codes[0] in recovery_page
    # Setting up the app took a valid code: no second code is asked for.
    assert client.get("/admin/").status_code == 200


# Demo accounts -------------------------------------------------------------------


@pytest.mark.parametrize("email", STAFF)
def test_demo_staff_have_the_demo_totp_and_recovery_codes(email):
    account = user(email)
    expected = code_for(DEMO_TOTP_SECRET)
    assert current_totp_code(account) == expected
    assert Authenticator.objects.filter(
        user=account, type=Authenticator.Type.RECOVERY_CODES
    ).exists()


def test_demo_learner_has_no_authenticator(learner):
    assert not Authenticator.objects.filter(user=learner).exists()


def test_second_demo_load_keeps_the_authenticators_and_prints_codes():
    before = list(Authenticator.objects.order_by("pk").values_list("pk", "data"))
    output = StringIO()
    call_command("load_demo", stdout=output)
    assert list(Authenticator.objects.order_by("pk").values_list("pk", "data")) == (
        before
    )
    text = output.getvalue()
    assert "demo_totp" in text
    editor_codes = RecoveryCodes.activate(user("editor@example.com")).generate_codes()
    assert editor_codes[0] in text


def test_demo_totp_prints_a_code_that_allauth_accepts():
    output = StringIO()
    call_command("demo_totp", "editor@example.com", stdout=output)
    code = output.getvalue().split()[0]
    assert validate_totp_code(DEMO_TOTP_SECRET, code)


@pytest.mark.parametrize(
    "email, message",
    [("nobody@example.com", "No account"), ("learner@example.com", "no authenticator")],
)
def test_demo_totp_explains_what_it_cannot_do(email, message):
    with pytest.raises(CommandError, match=message):
        call_command("demo_totp", email, stdout=StringIO())


@override_settings(SETTINGS_MODULE="portal.settings.production")
def test_demo_totp_refuses_production_settings():
    with pytest.raises(CommandError, match="production"):
        call_command("demo_totp", "editor@example.com", stdout=StringIO())
