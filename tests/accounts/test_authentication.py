"""Sign-in hardening: rate limits and the 429 page, short per-account lockouts,
no account enumeration, password rules, and admin logins through allauth."""

import re
import time
from urllib.parse import parse_qs, urlsplit

import allauth.core.internal.ratelimit as allauth_ratelimit
import pytest
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.auth.password_validation import validate_password
from django.test import override_settings
from django.utils import translation

from accounts.ratelimit import too_many_requests
from home.demo import DEMO_PASSWORD
from portal.settings import base
from tests.accounts.test_signup import SIGNUP_URL, signup_data
from tests.mfa import sign_in_with_mfa

pytestmark = pytest.mark.django_db
LOGIN_URL = "/en/accounts/login/"
RESET_URL = "/en/accounts/password/reset/"
LEARNER = "learner@example.com"


def sign_in(client, email, password):
    return client.post(LOGIN_URL, {"login": email, "password": password})


def signed_in(client):
    return SESSION_KEY in client.session


def form_errors(response):
    return " ".join(response.context["form"].non_field_errors())


class Clock:
    """Moves allauth's rate-limit clock forward; everything else is real."""

    def __init__(self):
        self.offset = 0

    monotonic = staticmethod(time.monotonic)
    sleep = staticmethod(time.sleep)

    def time(self):
        return time.time() + self.offset


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(allauth_ratelimit, "time", clock)
    return clock


def lock_out(client, email=LEARNER, failures=5):
    for attempt in range(failures):
        response = sign_in(client, email, f"wrong-password-{attempt}")
        assert response.status_code == 200
        assert not signed_in(client)


# Rate limits -------------------------------------------------------------------


def test_rate_limits_are_on_in_base_settings():
    limits = base.ACCOUNT_RATE_LIMITS
    assert limits
    failed = limits["login_failed"].split(",")
    assert "5/5m/key" in failed
    assert any(rate.endswith("/ip") for rate in failed)
    for action in ["login", "signup", "reset_password", "confirm_email"]:
        assert limits[action], action


def test_five_failed_sign_ins_lock_the_account_even_for_the_right_password(
    client, rate_limits
):
    lock_out(client)
    response = sign_in(client, LEARNER, DEMO_PASSWORD)
    assert response.status_code == 200
    assert "Too many failed login attempts" in form_errors(response)
    assert not signed_in(client)


def test_lockout_is_held_in_the_shared_cache_not_the_session(client, rate_limits):
    from django.core.cache import cache
    from django.test import Client

    lock_out(client)
    # A fresh browser (no cookies) is refused too: the count is in the cache.
    other = Client()
    assert not signed_in(other) and "Too many" in form_errors(
        sign_in(other, LEARNER, DEMO_PASSWORD)
    )
    cache.clear()
    sign_in(other, LEARNER, DEMO_PASSWORD)
    assert signed_in(other)


def test_lockout_touches_only_the_attacked_account(client, rate_limits):
    lock_out(client)
    response = sign_in(client, "editor@example.com", DEMO_PASSWORD)
    assert response.status_code == 302
    # The editor has TOTP, so the password only leads to the code step.
    assert "/2fa/authenticate/" in response["Location"]


def test_lockout_lifts_five_minutes_after_the_last_counted_failure(
    client, rate_limits, clock
):
    lock_out(client)
    clock.offset = 4 * 60
    # Attempts refused during the lockout are not counted and do not extend it.
    assert "Too many" in form_errors(sign_in(client, LEARNER, "still-guessing-1"))
    clock.offset = 5 * 60 + 1
    sign_in(client, LEARNER, DEMO_PASSWORD)
    assert signed_in(client)


def test_password_reset_works_during_a_lockout_and_ends_it(
    client, rate_limits, mailoutbox
):
    lock_out(client)
    response = client.post(RESET_URL, {"email": LEARNER})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    link = re.search(
        r"https?://[^/\s]+(/\S+/password/reset/key/\S+/)", mailoutbox[0].body
    )
    assert link, mailoutbox[0].body
    form_url = client.get(link.group(1))["Location"]
    new_password = "Harbour-lights-at-dawn-7"
    response = client.post(
        form_url, {"password1": new_password, "password2": new_password}
    )
    assert response.status_code == 302
    # A successful reset clears the account's failure count at once.
    sign_in(client, LEARNER, new_password)
    assert signed_in(client)


def test_too_many_sign_in_posts_get_the_friendly_429_page(client, rate_limits):
    login_rate = base.ACCOUNT_RATE_LIMITS["login"]
    allowed = int(login_rate.split("/")[0])
    for attempt in range(allowed):
        response = sign_in(client, f"visitor{attempt}@example.com", "not-the-password")
        assert response.status_code == 200
    response = sign_in(client, LEARNER, DEMO_PASSWORD)
    assert response.status_code == 429
    body = response.content.decode()
    assert "Too many attempts" in body
    assert "Please wait at most 1 minute" in body
    assert response["Retry-After"] == "60"
    assert 'href="/en/accounts/password/reset/"' in body
    assert not signed_in(client)


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_each_visitor_is_limited_by_their_own_address(
    client, rate_limits
):
    allowed = int(base.ACCOUNT_RATE_LIMITS["login"].split("/")[0])
    for attempt in range(allowed):
        client.post(
            LOGIN_URL,
            {"login": f"visitor{attempt}@example.com", "password": "not-it"},
            HTTP_X_FORWARDED_FOR="203.0.113.7",
        )
    blocked = client.post(
        LOGIN_URL,
        {"login": LEARNER, "password": DEMO_PASSWORD},
        HTTP_X_FORWARDED_FOR="203.0.113.7",
    )
    assert blocked.status_code == 429
    # Another visitor behind the same proxy is not caught by that limit.
    other = client.post(
        LOGIN_URL,
        {"login": LEARNER, "password": DEMO_PASSWORD},
        HTTP_X_FORWARDED_FOR="198.51.100.23",
    )
    assert other.status_code == 302


def test_too_many_password_resets_for_one_address_get_the_429_page(
    client, rate_limits, mailoutbox
):
    for _attempt in range(3):
        assert client.post(RESET_URL, {"email": LEARNER}).status_code == 302
    response = client.post(RESET_URL, {"email": LEARNER})
    assert response.status_code == 429
    assert "Please wait at most 15 minutes" in response.content.decode()
    assert len(mailoutbox) == 3


def test_429_page_renders_without_the_database_in_every_direction(
    rf, django_assert_num_queries
):
    with translation.override("ar"), django_assert_num_queries(0):
        response = too_many_requests(rf.post(LOGIN_URL))
    assert response.status_code == 429
    body = response.content.decode()
    assert 'lang="ar"' in body and 'dir="rtl"' in body
    # Outside a known rate-limited view the wait is unknown: no Retry-After.
    assert "Retry-After" not in response


# No account enumeration --------------------------------------------------------


def test_sign_in_says_the_same_for_an_unknown_email_and_a_wrong_password(client):
    wrong_password = form_errors(sign_in(client, LEARNER, "not-the-password"))
    unknown = form_errors(sign_in(client, "nobody@example.com", "not-the-password"))
    assert wrong_password and wrong_password == unknown


def test_password_reset_answers_alike_for_known_and_unknown_emails(client, mailoutbox):
    known = client.post(RESET_URL, {"email": LEARNER})
    unknown = client.post(RESET_URL, {"email": "nobody@example.com"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    # Each address gets a mail; only the real owner's holds a reset link.
    assert [mail.to for mail in mailoutbox] == [[LEARNER], ["nobody@example.com"]]
    assert "/password/reset/key/" not in mailoutbox[1].body


@override_settings(ACCOUNT_EMAIL_VERIFICATION="mandatory")
def test_signup_with_a_taken_email_looks_like_a_new_signup(client, mailoutbox):
    new = client.post(SIGNUP_URL, signup_data())
    client.logout()
    taken = client.post(SIGNUP_URL, signup_data(email=LEARNER))
    assert new.status_code == taken.status_code == 302
    assert new["Location"] == taken["Location"]
    assert get_user_model().objects.filter(email__iexact=LEARNER).count() == 1
    # The real owner is told that someone tried to sign up with their address.
    assert mailoutbox[-1].to == [LEARNER]


# Password rules ---------------------------------------------------------------


@pytest.mark.parametrize(
    "password, message",
    [
        ("Tq7#mzp2L", "too short. It must contain at least 10 characters"),
        ("password123", "too common"),
        ("4829104857316", "entirely numeric"),
        ("nadia.haddad.solar", "too similar"),
    ],
)
def test_signup_refuses_weak_passwords_with_a_clear_message(client, password, message):
    response = client.post(
        SIGNUP_URL,
        signup_data(
            email="nadia.haddad@solar-sme.example",
            password1=password,
            password2=password,
        ),
    )
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors.get("password1", []))
    assert message in errors
    assert (
        not get_user_model()
        .objects.filter(email="nadia.haddad@solar-sme.example")
        .exists()
    )


def test_password_change_applies_the_same_rules(learner_client):
    response = learner_client.post(
        "/en/accounts/password/change/",
        {
            "oldpassword": DEMO_PASSWORD,
            "password1": "short-pw",
            "password2": "short-pw",
        },
    )
    assert response.status_code == 200
    assert "too short" in " ".join(response.context["form"].errors["password1"])


def test_demo_password_meets_the_rules(learner):
    validate_password(DEMO_PASSWORD, learner)


# Admin sign-in goes through allauth ---------------------------------------------


@pytest.mark.parametrize(
    "login_url, next_url",
    [("/admin/login/", "/admin/"), ("/django-admin/login/", "/django-admin/")],
)
@pytest.mark.parametrize("method", ["get", "post"])
def test_admin_login_pages_only_redirect_to_allauth(
    client, login_url, next_url, method
):
    response = getattr(client, method)(
        login_url,
        {"username": "admin@example.com", "password": DEMO_PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN_URL + "?next=")
    assert not signed_in(client)


def test_admin_login_keeps_the_page_asked_for(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response["Location"] == LOGIN_URL + "?next=%2Fadmin%2Fpages%2F"


def test_admin_login_redirect_follows_the_visitors_language(client):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="es")
    assert response["Location"].startswith("/es/accounts/login/")


@pytest.mark.parametrize(
    "url, next_url", [("/admin/", "/admin/"), ("/django-admin/", "/django-admin/")]
)
def test_anonymous_admin_visitors_land_on_allauths_login(client, url, next_url):
    response = client.get(url, follow=True)
    assert response.redirect_chain
    final = urlsplit(response.redirect_chain[-1][0])
    assert final.path == LOGIN_URL
    assert parse_qs(final.query)["next"] == [next_url]
    assert response.status_code == 200


def test_wagtails_own_password_reset_is_off(client):
    assert client.get("/admin/password_reset/", follow=True).status_code == 404


@pytest.mark.parametrize("logout_url", ["/admin/logout/", "/django-admin/logout/"])
def test_admin_sign_out_goes_through_allauth(client, logout_url):
    admin = get_user_model().objects.get(email="admin@example.com")
    sign_in_with_mfa(client, admin)
    response = client.post(logout_url)
    assert response.status_code == 307
    assert response["Location"] == "/en/accounts/logout/"
    client.post(logout_url, follow=True)
    assert not signed_in(client)
