"""Who may open what: every role against every URL with per-user or admin data.

The table below is the specification. Each cell is what the role gets:

    200           the page or file
    302           the action was done and the learner sent on (POST rows)
    404           as if it did not exist (someone else's certificate PDF)
    login         redirected to the portal's sign-in page
    A-login       redirected to the admin's sign-in page (no admin access)
    A-deny        sent back to the admin home with "no permission"
    D-login       redirected to the Django admin's sign-in page

Columns: anonymous, learner A (learner@example.com), learner B, editor,
moderator, programme manager, superuser.

Learner B is a second learner with an enrollment, an attempt and a
certificate of their own. Staff sign in through tests/mfa.py so the admin's
MFA enforcement lets them through.
"""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import reverse
from django.utils import translation

from courses.models import Enrollment, LessonCompletion, QuizAttempt
from tests.courses.builders import lessons_of

from .helpers import ROLES, body_of, correct_answers, learning_state, sign_in

pytestmark = pytest.mark.django_db

EXPECTED = """
                        anon    learn_a learn_b editor  moder   manager admin
dashboard               login   200     200     200     200     200     200
certificate_pdf_a       login   200     404     404     404     404     404
certificate_pdf_b       login   404     200     404     404     404     404
certificate_verify_a    200     200     200     200     200     200     200
credential_a            login   200     404     404     404     404     404
credential_b            login   404     200     404     404     404     404
credential_status       200     200     200     200     200     200     200
issuer_did              200     200     200     200     200     200     200
credentials_admin       A-login A-login A-login A-deny  A-deny  A-deny  200
attempt_results_b       login   200     200     200     200     200     200
enroll                  login   302     302     302     302     302     302
complete                login   302     302     302     302     302     302
knowledge_check         login   302     302     302     302     302     302
data_export             login   200     200     200     200     200     200
delete_account          login   200     200     200     200     200     200
programme_kpis          A-login A-login A-login A-deny  A-deny  200     200
programme_kpis_csv      A-login A-login A-login A-deny  A-deny  200     200
course_funnel           A-login A-login A-login A-deny  A-deny  200     200
course_funnel_csv       A-login A-login A-login A-deny  A-deny  200     200
learners                A-login A-login A-login A-deny  A-deny  200     200
learners_csv            A-login A-login A-login A-deny  A-deny  200     200
unanswered_searches     A-login A-login A-login A-deny  A-deny  200     200
unanswered_searches_csv A-login A-login A-login A-deny  A-deny  200     200
wagtail_admin           A-login A-login A-login 200     200     200     200
django_admin            D-login D-login D-login 200     200     200     200
"""


def parse_table(text):
    """{row: {role: cell}}; the header's short names stand for ROLES in order."""
    lines = [line.split() for line in text.strip().splitlines()]
    assert len(lines[0]) == len(ROLES)
    return {row[0]: dict(zip(ROLES, row[1:], strict=True)) for row in lines[1:]}


MATRIX = parse_table(EXPECTED)


def en(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


def request_for(row, course, records):
    """(method, url, data) of one row of the table."""
    first, second = lessons_of(course)
    certificate_a, certificate_b = records["certificate_a"], records["certificate_b"]
    requests = {
        "dashboard": ("get", en("courses:dashboard"), None),
        "certificate_pdf_a": (
            "get",
            en("courses:certificate_pdf", certificate_a.code),
            None,
        ),
        "certificate_pdf_b": (
            "get",
            en("courses:certificate_pdf", certificate_b.code),
            None,
        ),
        "certificate_verify_a": ("get", en("courses:verify", certificate_a.code), None),
        "credential_a": ("get", en("credentials:download", certificate_a.code), None),
        "credential_b": ("get", en("credentials:download", certificate_b.code), None),
        # The status list exists once a credential is issued (credential rows first).
        "credential_status": ("get", "/credentials/status/1", None),
        "issuer_did": ("get", "/.well-known/did.json", None),
        "credentials_admin": ("get", reverse("credentials_admin:list"), None),
        "attempt_results_b": (
            "get",
            f"{second.url}?attempt={records['attempt_b'].pk}",
            None,
        ),
        "enroll": ("post", en("courses:enroll", course.pk), None),
        "complete": ("post", en("courses:complete", first.pk), None),
        "knowledge_check": (
            "post",
            en("courses:check", second.pk),
            correct_answers(second),
        ),
        "data_export": ("get", en("accounts:data_export"), None),
        "delete_account": ("get", en("accounts:delete_account"), None),
        "wagtail_admin": ("get", reverse("wagtailadmin_home"), None),
        "django_admin": ("get", reverse("admin:index"), None),
    }
    reports = {
        "programme_kpis": "programme_kpis",
        "course_funnel": "course_funnel",
        "learners": "learners_report",
        "unanswered_searches": "unanswered_queries",
    }
    for row_name, url_name in reports.items():
        requests[row_name] = ("get", reverse(url_name), None)
        requests[f"{row_name}_csv"] = ("get", f"{reverse(url_name)}?export=csv", None)
    return requests[row]


def location(response):
    return response.headers.get("Location", "")


def admin_login_url():
    return resolve_url(
        getattr(settings, "WAGTAILADMIN_LOGIN_URL", "wagtailadmin_login")
    )


def portal_login_url():
    with translation.override("en"):
        return resolve_url(settings.LOGIN_URL)


def meets(expected, response):
    """Whether the response is what the table's cell says."""
    status = response.status_code
    if expected.isdigit() and expected != "302":
        return status == int(expected)
    if status != 302:
        return False
    target = location(response)
    logins = (portal_login_url(), admin_login_url(), reverse("admin:login"))
    return {
        "302": not target.startswith(logins),
        "login": target.startswith(portal_login_url() + "?next="),
        "A-login": target.startswith(admin_login_url() + "?next="),
        "A-deny": target == reverse("wagtailadmin_home"),
        "D-login": target.startswith(reverse("admin:login") + "?next="),
    }[expected]


# Private content: (what to look for, the roles allowed to see it). Anyone else
# must not find it in the response, whatever its status.
def private_markers(row, people, records):
    learner_emails = {
        role: people[role].email.encode() for role in ("learner_a", "learner_b")
    }
    markers = {
        "dashboard": [
            (records["certificate_a"].code.encode(), {"learner_a"}),
            (records["certificate_b"].code.encode(), {"learner_b"}),
        ],
        # The explanations are shown only with an attempt's results.
        "attempt_results_b": [
            (b"Consultation comes before the tender", {"learner_b"}),
        ],
        "learners": [(learner_emails["learner_a"], {"manager", "admin"})],
        "learners_csv": [(learner_emails["learner_a"], {"manager", "admin"})],
    }
    if row == "data_export":
        # Each person's export holds their own data and nobody else's.
        return [
            (user.email.encode(), {role})
            for role, user in people.items()
            if user is not None
        ] + markers["dashboard"]
    return markers.get(row, [])


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("row", list(MATRIX))
def test_authorisation_matrix(client, people, course, records, row, role):
    user = people[role]
    sign_in(client, user)
    method, url, data = request_for(row, course, records)
    before = learning_state()

    response = getattr(client, method)(url, data or {})

    expected = MATRIX[row][role]
    assert meets(expected, response), (
        f"{role} {method.upper()} {url}: expected {expected}, got "
        f"{response.status_code} {location(response)}"
    )
    body = body_of(response)
    for marker, allowed in private_markers(row, people, records):
        if role in allowed:
            assert marker in body, (role, url, marker)
        else:
            assert marker not in body, (role, url, marker)
    if method == "get":
        assert learning_state() == before, f"GET {url} changed the database"


@pytest.mark.parametrize("role", ["learner_a", "learner_b", "editor"])
def test_learner_actions_change_only_the_requesters_records(
    client, people, course, role
):
    user = people[role]
    others = [u.pk for r, u in people.items() if u is not None and r != role]
    sign_in(client, user)
    first, second = lessons_of(course)

    def others_records():
        return [
            list(model.objects.filter(user__in=others).order_by("pk").values())
            for model in (Enrollment, LessonCompletion, QuizAttempt)
        ]

    before = others_records()
    client.post(en("courses:enroll", course.pk))
    client.post(en("courses:complete", first.pk))
    client.post(en("courses:check", second.pk), correct_answers(second))

    assert others_records() == before
    assert LessonCompletion.objects.filter(
        user=user, lesson_key=first.translation_key
    ).exists()
    assert QuizAttempt.objects.filter(
        user=user, lesson_key=second.translation_key
    ).exists()


# State-changing URLs: each answers GET with 405 (or, for account deletion, a
# confirmation page) and changes nothing; POST is the only way in.
STATE_CHANGING = ["enroll", "complete", "knowledge_check"]


@pytest.mark.parametrize("row", STATE_CHANGING)
def test_state_changing_urls_refuse_get(client, people, course, records, row):
    sign_in(client, people["learner_a"])
    _method, url, data = request_for(row, course, records)
    before = learning_state()

    response = client.get(url, data or {})

    assert response.status_code == 405
    assert response.headers["Allow"] == "POST"
    assert learning_state() == before


def test_account_deletion_get_only_asks_for_confirmation(client, people):
    user = people["learner_a"]
    sign_in(client, user)
    before = learning_state()

    response = client.get(en("accounts:delete_account"))

    assert response.status_code == 200
    assert learning_state() == before
    assert get_user_model().objects.filter(pk=user.pk, is_active=True).exists()


def test_sign_out_needs_a_post(client, people):
    sign_in(client, people["learner_a"])

    client.get(en("account_logout"))

    assert client.get(en("courses:dashboard")).status_code == 200


def csrf_cases(course, records, password):
    first, second = lessons_of(course)
    return {
        "enroll": (en("courses:enroll", course.pk), {}),
        "complete": (en("courses:complete", first.pk), {}),
        "knowledge_check": (en("courses:check", second.pk), correct_answers(second)),
        "delete_account": (en("accounts:delete_account"), {"password": password}),
        "profile": (
            en("accounts:profile"),
            {
                "full_name": "Changed Without Token",
                "organisation_type": "other",
                "organisation_name": "Nowhere",
                "country": "IT",
                "city": "Genova",
                "preferred_language": "it",
            },
        ),
        "sign_out": (en("account_logout"), {}),
    }


@pytest.mark.parametrize(
    "case",
    ["enroll", "complete", "knowledge_check", "delete_account", "profile", "sign_out"],
)
def test_post_without_csrf_token_is_refused(
    people, course, records, demo_password, case
):
    user = people["learner_a"]
    client = Client(enforce_csrf_checks=True)
    sign_in(client, user)
    url, data = csrf_cases(course, records, demo_password)[case]
    before = learning_state()

    response = client.post(url, data)

    assert response.status_code == 403
    assert learning_state() == before
    # Still signed in: not even the sign-out went through.
    assert client.get(en("courses:dashboard")).status_code == 200
