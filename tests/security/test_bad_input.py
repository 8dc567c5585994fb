"""Random and malformed input never causes a server error or half-saved data.

Hypothesis sends query strings to the listings and search, and form posts to
sign-up, the profile and knowledge checks: unknown keys, repeated keys, any
Unicode, control characters (NUL included: PostgreSQL refuses it in text),
very long values and huge lists. The test client re-raises any exception a
view lets escape, so "never a 500" is checked on every example.

Examples are derandomised (the same ones every run) so a failure reproduces.
"""

import string
import unicodedata
from contextlib import contextmanager
from urllib.parse import quote, urlencode

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accounts.models import OrganisationType
from courses.models import (
    Certificate,
    Enrollment,
    LessonCompletion,
    QuestionAnswer,
    QuizAttempt,
)
from tests.courses.builders import lessons_of

from .helpers import correct_answers, learning_state

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# ----------------------------------------------------------------------------
# Strategies

NASTY = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x00" * 20,
    "\r\n",
    "\t",
    "\x1b[31m",
    "\u202e\u2066",  # bidi overrides
    "\ufeff",
    "\u0000\u0001\u001f\u007f",
    "' OR 1=1 --",
    '"; DROP TABLE accounts_user; --',
    "%00",
    "%",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "{{ 7*7 }}",
    "${7*7}",
    '=HYPERLINK("http://evil")',
    "💥" * 50,
    "٣",  # an Arabic-Indic digit: isdigit() and int() agree on it
    "²",  # isdigit() but not int()
    "-1",
    "0",
    "1e400",
    "NaN",
    "9" * 30,
    "9" * 5000,  # more digits than int() accepts
    "x" * 10_000,
]
control_text = st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=12)
any_text = st.text(max_size=60)
long_text = st.builds(
    lambda chunk, times: chunk * times,
    st.text(min_size=1, max_size=4),
    st.integers(min_value=100, max_value=3000),
)
nasty_text = st.one_of(st.sampled_from(NASTY), any_text, control_text, long_text)


def values_for(valid):
    """A field's value: often a valid one, otherwise something nasty."""
    return st.one_of(st.sampled_from(valid), nasty_text) if valid else nasty_text


def query_pairs(known):
    """Lists of (key, value): known keys with good or bad values, random keys."""
    key_value = st.one_of(
        *(st.tuples(st.just(key), values_for(valid)) for key, valid in known.items()),
        st.tuples(nasty_text, nasty_text),
    )
    return st.lists(key_value, max_size=8)


raw_query = st.text(
    alphabet=string.ascii_letters + string.digits + "%&=;+?#[]._-~ \x00\x7f",
    max_size=80,
)


def en(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


@contextmanager
def rolled_back():
    """Each example starts from the same data: its writes are undone."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


# ----------------------------------------------------------------------------
# Listings and search: GET only, bad values reported and ignored.

CATALOGUE_KEYS = {
    "q": ["heat", "procurement", "Ciudad"],
    "topic": ["climate-readiness", "public-procurement", "innovation"],
    "audience": ["smes", "city_staff", "both"],
    "level": ["introductory", "intermediate", "advanced"],
    "sort": ["title", "newest", "level"],
    "page": ["1", "2", "999"],
}
LIBRARY_KEYS = {
    "q": ["guide", "water"],
    "type": ["guide", "toolkit", "template", "case_study", "report"],
    "topic": ["climate-readiness", "innovation"],
    "audience": ["smes", "city_staff", "both"],
    "city": ["malaga", "genova", "eilat"],
    "language": ["en", "es", "it", "he", "ar"],
    "sort": ["newest", "title"],
    "page": ["1", "2"],
}
SEARCH_KEYS = {
    "q": ["procurement", "heat", "a", "AND OR NOT", '"', "*", "(x)", "a:b"],
    "page": ["1", "2", "50"],
}


def assert_filters_from_allowlist(response):
    """Whatever was asked, only allowlisted keys and values are applied."""
    context = response.context
    if context is None or "filter_form" not in context:
        return  # served from the anonymous page cache: nothing was applied anew
    form = context["filter_form"]
    for name, value in context["active_filters"].items():
        assert name in form.fields
        choices = getattr(form.fields[name], "choices", None)
        if choices is not None:
            assert value in {str(key) for key, _label in choices}, (name, value)
        else:
            assert "\x00" not in value and len(value) <= 100


def get_listing(client, path, pairs):
    response = client.get(f"{path}?{urlencode(pairs)}")
    assert response.status_code == 200
    assert_filters_from_allowlist(response)
    return response


@FUZZ
@given(pairs=query_pairs(CATALOGUE_KEYS))
def test_catalogue_survives_any_query_string(client, pairs):
    get_listing(client, "/en/courses/", pairs)


@FUZZ
@given(pairs=query_pairs(LIBRARY_KEYS))
def test_library_survives_any_query_string(client, pairs):
    get_listing(client, "/en/resources/", pairs)


@FUZZ
@given(pairs=query_pairs(SEARCH_KEYS))
def test_search_survives_any_query_string(client, pairs):
    response = client.get(f"/en/search/?{urlencode(pairs)}")
    assert response.status_code == 200


@pytest.mark.parametrize("path", ["/en/courses/", "/en/resources/", "/en/search/"])
@FUZZ
@given(raw=raw_query)
def test_listings_survive_malformed_raw_query_strings(client, path, raw):
    response = client.get(path, QUERY_STRING=raw)
    assert response.status_code == 200


@pytest.mark.parametrize("path", ["/en/courses/", "/en/resources/", "/en/search/"])
@pytest.mark.parametrize(
    "query",
    ["q=a%00b&topic=%00&sort=%00", "q=%00&type=%00&city=x%00", "q=%00%00%00&page=%00"],
)
def test_nul_characters_in_filters_are_reported_not_queried(client, path, query):
    """PostgreSQL cannot compare text with NUL: such values never reach it."""
    response = client.get(path, QUERY_STRING=query)
    assert response.status_code == 200
    if "active_filters" in response.context:
        assert response.context["active_filters"] == {}
    else:
        assert response.context["query"] == ""


@pytest.mark.parametrize("repeat", [2, 50, 2000])
def test_repeated_keys_use_one_allowlisted_value(client, repeat):
    pairs = [("sort", "newest"), ("sort", "bogus")] * repeat + [("level", "advanced")]
    response = client.get(f"/en/courses/?{urlencode(pairs)}")
    assert response.status_code == 200
    filters = response.context["active_filters"]
    assert filters["level"] == "advanced"
    assert filters.get("sort") in (None, "title", "newest", "level")


# ----------------------------------------------------------------------------
# Public paths with a value in them.
#
# Values that once gave 500s: a certificate code with NUL (PostgreSQL refuses
# it) and ?attempt= values that str.isdigit() accepts but int() does not.
def get_certificate(client, code):
    response = client.get(f"/en/certificates/{quote(code, safe='')}/")
    assert response.status_code in (200, 404)
    response = client.get(f"/en/dashboard/certificates/{quote(code, safe='')}.pdf")
    assert response.status_code in (200, 302, 404)


@pytest.mark.parametrize("signed_in", [False, True])
@pytest.mark.parametrize("code", NASTY)
def test_certificate_urls_survive_nasty_codes(client, learner, code, signed_in):
    if signed_in:
        client.force_login(learner)
    get_certificate(client, code)


@FUZZ
@given(code=nasty_text)
def test_certificate_urls_survive_any_code(client, learner, code):
    client.force_login(learner)
    get_certificate(client, code)


def get_lesson_attempt(client, learner, course, attempt):
    client.force_login(learner)
    response = client.get(lessons_of(course)[1].url, {"attempt": attempt})
    assert response.status_code == 200


@pytest.mark.parametrize("attempt", NASTY)
def test_lesson_attempt_parameter_survives_nasty_values(
    client, learner, course, attempt
):
    get_lesson_attempt(client, learner, course, attempt)


@FUZZ
@given(attempt=nasty_text)
def test_lesson_attempt_parameter_survives_any_value(client, learner, course, attempt):
    get_lesson_attempt(client, learner, course, attempt)


# Whatever a learner could save as their name, and an editor as a course title,
# the certificate PDF renders (fonts, shaping and line breaking included).
# Never empty: the name at issue falls back to the email address.
ODD_NAMES = [
    value for value in NASTY if value and "\x00" not in value and len(value) <= 150
] + [
    "نادية حداد",
    "נדיה חדד",
    "W" * 150,
    "\u0300\u0301" * 40,  # combining marks with nothing to combine with
    "🂡🂢🂣 \U0001f3f3\ufe0f\u200d\U0001f308",
    "\ufffe\uffff\ufffd",
    "Line\nbreak\rand\ttab",
]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_certificate_pdf_renders_any_saved_name(client, learner, course, name):
    certificate = Certificate.objects.create(
        user=learner,
        course=course,
        course_key=course.translation_key,
        name_at_issue=name,
        course_title_at_issue=name,
    )
    client.force_login(learner)
    response = client.get(en("courses:certificate_pdf", certificate.code))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")


# ----------------------------------------------------------------------------
# Forms: sign-up, profile, knowledge check.

SIGNUP_PASSWORD = "Shady-courtyards-2026"
SIGNUP_FIELDS = {
    "email": ["fuzz@example.com", "Fuzz.Learner+1@Example.org", "learner@example.com"],
    "password1": [SIGNUP_PASSWORD],
    "full_name": ["Nadia Haddad", "نادية حداد", "נדיה חדד", "  Padded Name  "],
    "organisation_type": list(OrganisationType.values),
    "organisation_name": ["Solar Shade Ltd", ""],
    "country": ["ES", "IL", "IT", "XX", ""],
    "city": ["Eilat", "Málaga", ""],
    "preferred_language": ["en", "he", "ar", "fr"],
    "privacy_consent": ["on"],
}


def form_data(fields):
    """A dict of field → value; a field may be missing."""
    return st.fixed_dictionaries(
        {},
        optional={name: values_for(valid) for name, valid in fields.items()},
    )


class Repeated:
    """`count` copies of `value`, posted as a list; short in failure reports."""

    def __init__(self, value, count):
        self.value, self.count = value, count

    def __len__(self):
        return self.count

    def __iter__(self):
        return iter([self.value] * self.count)

    def __repr__(self):
        return f"Repeated({self.value!r}, {self.count})"


def post_form(client, url, data):
    """Urlencoded, so any key or value (quotes, newlines, NUL) survives."""
    return client.post(
        url,
        urlencode(data, doseq=True),
        content_type="application/x-www-form-urlencoded",
    )


def has_controls(text):
    """Control characters or direction overrides, which names must not hold."""
    return any(
        unicodedata.category(character) == "Cc"
        or 0x202A <= ord(character) <= 0x202E
        or 0x2066 <= ord(character) <= 0x2069
        for character in text
    )


@FUZZ
@given(data=form_data(SIGNUP_FIELDS), same_password=st.booleans())
def test_signup_never_fails_or_half_saves(data, same_password):
    if same_password and "password1" in data:
        data["password2"] = data["password1"]
    User = get_user_model()
    with rolled_back():
        before = set(User.objects.values_list("pk", flat=True))
        emails_before = EmailAddress.objects.count()

        response = post_form(Client(), en("account_signup"), data)

        assert response.status_code in (200, 302)
        new_users = list(User.objects.exclude(pk__in=before))
        assert len(new_users) <= 1
        if not new_users:
            assert EmailAddress.objects.count() == emails_before
            return
        # A new account is complete: profile, consent and email address.
        user = new_users[0]
        assert response.status_code == 302
        assert user.full_name == data["full_name"].strip() != ""
        assert user.organisation_type == data["organisation_type"]
        assert user.city == data.get("city", "").strip()
        assert user.privacy_consent_at is not None
        assert user.check_password(data["password1"])
        assert not has_controls(user.full_name + user.organisation_name + user.city)
        assert EmailAddress.objects.filter(user=user).count() == 1


@pytest.mark.parametrize("field", ["full_name", "organisation_name", "city"])
@pytest.mark.parametrize("value", ["Ana\x1b[31m", "A\tB", "A\nB", "\u202eanA", "x\x7f"])
def test_signup_refuses_control_characters_in_names(field, value):
    data = {
        "email": "controls@example.com",
        "password1": SIGNUP_PASSWORD,
        "password2": SIGNUP_PASSWORD,
        "full_name": "Ana Control",
        "organisation_type": "sme",
        "privacy_consent": "on",
        field: value,
    }
    response = post_form(Client(), en("account_signup"), data)
    assert response.status_code == 200
    assert "invisible characters" in " ".join(response.context["form"].errors[field])
    assert not get_user_model().objects.filter(email="controls@example.com").exists()


PROFILE_FIELDS = {
    name: SIGNUP_FIELDS[name]
    for name in [
        "full_name",
        "organisation_type",
        "organisation_name",
        "country",
        "city",
        "preferred_language",
    ]
}


@FUZZ
@given(data=form_data(PROFILE_FIELDS))
def test_profile_never_fails_or_half_saves(client, learner, data):
    client.force_login(learner)
    with rolled_back():
        before = learning_state()

        response = post_form(client, en("accounts:profile"), data)

        assert response.status_code in (302, 400)
        if response.status_code == 400:
            assert learning_state() == before
            return
        # Saved: every field as sent (cleaned), none left behind.
        learner.refresh_from_db()
        assert learner.full_name == data["full_name"].strip()
        assert learner.organisation_type == data["organisation_type"]
        assert learner.organisation_name == data.get("organisation_name", "").strip()
        assert learner.country.code == (data.get("country") or None)
        assert learner.city == data.get("city", "").strip()
        assert learner.preferred_language == data["preferred_language"]
        assert not has_controls(
            learner.full_name + learner.organisation_name + learner.city
        )


def check_strategy(lesson):
    """POST data for a knowledge check: right, wrong, unknown and huge answers."""
    check = lesson.knowledge_check
    question_keys = []
    choice_ids = []
    for question in check["questions"].bound_blocks:
        question_keys.append(f"question-{question.id}")
        choice_ids += [choice.id for choice in question.value["choices"].bound_blocks]
    keys = st.one_of(
        st.sampled_from(question_keys),
        nasty_text.map(lambda text: f"question-{text}"),
        nasty_text,
    )
    small_lists = st.lists(
        st.one_of(st.sampled_from(choice_ids), nasty_text), max_size=4
    )
    answers = st.dictionaries(keys, small_lists, max_size=4)
    # Huge lists under a real question's name: past the number of fields a
    # request may carry (10,000), and past the size of a body (2.5 MB).
    huge = st.builds(
        lambda key, choice, count: {key: Repeated(choice, count)},
        st.sampled_from(question_keys),
        st.sampled_from(choice_ids),
        st.sampled_from([500, 10_001, 120_000]),
    )
    answers = st.one_of(
        answers, st.builds(lambda small, big: {**small, **big}, answers, huge)
    )
    # Half the time, start from the right answers and spoil some of them.
    right = {key: correct_answers(lesson).getlist(key) for key in question_keys}
    return st.one_of(answers, answers.map(lambda extra: {**right, **extra}))


@pytest.fixture
def check_lesson(course):
    return lessons_of(course)[1]


@FUZZ
@given(data=st.data())
def test_knowledge_check_never_fails_or_half_saves(client, learner, check_lesson, data):
    answers = data.draw(check_strategy(check_lesson))
    client.force_login(learner)
    question_count = len(check_lesson.knowledge_check["questions"])
    with rolled_back():
        before = learning_state()
        attempts = set(QuizAttempt.objects.values_list("pk", flat=True))

        response = post_form(client, en("courses:check", check_lesson.pk), answers)

        assert response.status_code in (302, 400)
        if response.status_code == 400:
            assert learning_state() == before
            return
        new = QuizAttempt.objects.exclude(pk__in=attempts)
        assert new.count() == 1
        attempt = new.get()
        assert QuestionAnswer.objects.filter(attempt=attempt).count() == question_count
        assert Enrollment.objects.filter(
            user=learner, course_key=attempt.course_key
        ).exists()
        if attempt.passed:
            assert LessonCompletion.objects.filter(
                user=learner, lesson_key=attempt.lesson_key
            ).exists()
        assert not Certificate.objects.filter(
            user=learner, course_key=attempt.course_key
        ).exists()  # lesson 1 is still to do


# ----------------------------------------------------------------------------
# The cities forms: an expression of interest (signed in, one per learner and
# challenge) and a readiness self-assessment (anyone; stored when signed in).


def demo_challenge():
    from cities.models import ChallengePage

    return ChallengePage.objects.live().filter(locale__language_code="en").first()


def demo_assessment():
    from cities.models import AssessmentPage

    return AssessmentPage.objects.live().filter(locale__language_code="en").first()


def interest_count(learner):
    from cities.models import ExpressionOfInterest

    return ExpressionOfInterest.objects.filter(user=learner).count()


@FUZZ
@given(data=form_data({"message": ["We run a heat-mapping service for schools."]}))
def test_interest_form_never_fails_or_half_saves(client, learner, data):
    client.force_login(learner)
    challenge = demo_challenge()
    url = reverse("cities:express_interest", args=[challenge.pk])
    cache.clear()  # the hourly rate limit counts every example otherwise
    with rolled_back():
        before = interest_count(learner)
        response = post_form(client, url, data)
        assert response.status_code in (302, 400), response.status_code
        saved = interest_count(learner) - before
        assert saved == (1 if response.status_code == 302 else 0)
        if saved:
            message = data["message"].strip()
            assert message and "\x00" not in message and len(message) <= 1000


def assessment_fields(assessment):
    from cities.assessments import FIELD_PREFIX, dimensions_of

    return {
        FIELD_PREFIX + question.id: [
            answer_id for answer_id, _t, _s in question.answers
        ]
        for dimension in dimensions_of(assessment)
        for question in dimension.questions
    }


def result_count(learner):
    from cities.models import AssessmentResult

    return AssessmentResult.objects.filter(user=learner).count()


@FUZZ
@given(data=st.data())
def test_assessment_form_never_fails_or_half_saves(client, learner, data):
    assessment = demo_assessment()
    fields = assessment_fields(assessment)
    answers = data.draw(form_data(fields))
    url = reverse("cities:score_assessment", args=[assessment.pk])
    complete = all(
        answers.get(name) in valid for name, valid in fields.items()
    ) and not any(name not in fields for name in answers)
    client.force_login(learner)
    with rolled_back():
        before = result_count(learner)
        response = post_form(client, url, answers)
        assert response.status_code in (302, 400), response.status_code
        stored = result_count(learner) - before
        assert stored == (1 if response.status_code == 302 else 0)
        if complete:
            assert response.status_code == 302
