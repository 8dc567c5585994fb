import pytest

pytestmark = pytest.mark.django_db
PROFILE_URL = "/en/accounts/profile/"


def profile_data(**overrides):
    data = {
        "full_name": "Lucía Martínez",
        "organisation_type": "sme",
        "organisation_name": "Costa Verde Sensors S.L.",
        "country": "ES",
        "city": "Cartagena",
        "preferred_language": "es",
    }
    data.update(overrides)
    return data


def test_profile_requires_sign_in(client):
    response = client.get(PROFILE_URL)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_learner_edits_their_profile(learner_client, learner):
    response = learner_client.post(PROFILE_URL, profile_data())
    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.city == "Cartagena"
    assert learner.preferred_language == "es"


@pytest.mark.parametrize(
    "overrides",
    [
        {"organisation_type": "pirate"},
        {"preferred_language": "fr"},
        {"city": "x" * 101},
        {"full_name": ""},
    ],
)
def test_profile_rejects_bad_input_and_saves_nothing(
    learner_client, learner, overrides
):
    before = (learner.full_name, learner.city, learner.organisation_type)
    response = learner_client.post(PROFILE_URL, profile_data(**overrides))
    assert response.status_code == 400
    assert response.context["form"].errors
    learner.refresh_from_db()
    assert (learner.full_name, learner.city, learner.organisation_type) == before


def test_profile_escapes_what_the_learner_typed(learner_client):
    learner_client.post(
        PROFILE_URL, profile_data(full_name="<script>alert(1)</script>")
    )
    body = learner_client.get(PROFILE_URL).content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
