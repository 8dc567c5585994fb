import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db
SIGNUP_URL = "/en/accounts/signup/"


def signup_data(**overrides):
    data = {
        "email": "nadia@solar-sme.example",
        "password1": "Shady-courtyards-2026",
        "password2": "Shady-courtyards-2026",
        "full_name": "Nadia Haddad",
        "organisation_type": "sme",
        "organisation_name": "Solar Shade Ltd",
        "country": "IL",
        "city": "Eilat",
        "preferred_language": "he",
        "privacy_consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_signup_stores_the_learner_profile(client):
    response = client.post(SIGNUP_URL, signup_data())
    assert response.status_code == 302
    user = get_user_model().objects.get(email="nadia@solar-sme.example")
    assert user.full_name == "Nadia Haddad"
    assert user.organisation_type == "sme"
    assert user.organisation_name == "Solar Shade Ltd"
    assert user.country.code == "IL"
    assert user.city == "Eilat"
    assert user.preferred_language == "he"
    assert user.privacy_consent_at is not None
    assert user.check_password("Shady-courtyards-2026")


def test_signup_page_renders_every_profile_field(client):
    body = client.get(SIGNUP_URL).content.decode()
    for name in ["full_name", "organisation_type", "country", "privacy_consent"]:
        assert f'name="{name}"' in body


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"privacy_consent": None}, "privacy_consent", "accept the privacy notice"),
        ({"organisation_type": "spaceship"}, "organisation_type", "valid choice"),
        ({"country": "XX"}, "country", "valid choice"),
        ({"full_name": "N" * 151}, "full_name", "at most 150 characters"),
        ({"organisation_name": "O" * 201}, "organisation_name", "at most 200"),
        ({"city": "C" * 101}, "city", "at most 100 characters"),
        ({"full_name": ""}, "full_name", "This field is required"),
        ({"email": "not-an-email"}, "email", "valid email"),
        ({"password2": "something-else-2026"}, "password2", "same password"),
        ({"password1": "short", "password2": "short"}, "password1", "too short"),
    ],
)
def test_signup_rejects_bad_input_with_a_form_error(client, overrides, field, message):
    response = client.post(SIGNUP_URL, signup_data(**overrides))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors, errors
    assert message in " ".join(errors[field])
    assert not get_user_model().objects.filter(email="nadia@solar-sme.example").exists()


def test_signup_with_a_taken_email_creates_no_second_account(client, learner):
    response = client.post(SIGNUP_URL, signup_data(email="LEARNER@example.com"))
    assert get_user_model().objects.filter(email__iexact=learner.email).count() == 1
    # allauth avoids account enumeration: the form either reports the email as
    # taken or pretends to succeed and emails the real owner instead.
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert "email" in response.context["form"].errors


def test_new_learner_can_sign_in(client):
    client.post(SIGNUP_URL, signup_data())
    client.logout()
    response = client.post(
        "/en/accounts/login/",
        {"login": "nadia@solar-sme.example", "password": "Shady-courtyards-2026"},
    )
    assert response.status_code == 302
    assert client.get("/en/accounts/profile/").status_code == 200


def test_verification_email_is_in_the_learners_preferred_language(client, mailoutbox):
    from django.utils import translation

    client.post(SIGNUP_URL, signup_data(preferred_language="he"))
    with translation.override("he"):
        hebrew_subject = translation.gettext("Please Confirm Your Email Address")
    assert hebrew_subject != "Please Confirm Your Email Address"
    assert len(mailoutbox) == 1
    assert hebrew_subject in mailoutbox[0].subject
