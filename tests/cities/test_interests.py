"""Expressing interest in a challenge: sign-in, CSRF, bad input, one per
challenge (in any language), the hourly limit and a cache outage."""

import logging

import pytest
from django.test import Client, override_settings
from wagtail.models import Locale

from cities.interests import consume_quota
from cities.models import ChallengePage, ExpressionOfInterest
from tests.cities.builders import build_challenge, build_city

pytestmark = pytest.mark.django_db


@pytest.fixture
def challenge():
    return build_challenge(build_city(city_slug="eilat"), title="Shade for bus stops")


def interest_url(challenge):
    return f"/en/learning/challenges/{challenge.pk}/interest/"


def test_anonymous_visitors_get_a_sign_in_link_and_no_form(client, challenge):
    body = client.get(challenge.url).content.decode()
    assert f"/en/accounts/login/?next={challenge.url}" in body
    assert "Sign in to express interest" in body
    assert "<textarea" not in body
    assert "csrfmiddlewaretoken" not in body


def test_anonymous_posts_are_sent_to_sign_in_and_store_nothing(client, challenge):
    response = client.post(interest_url(challenge), {"message": "We can help."})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not ExpressionOfInterest.objects.exists()


def test_signed_in_learner_sees_the_form(learner_client, challenge):
    body = learner_client.get(challenge.url).content.decode()
    assert "<textarea" in body and "csrfmiddlewaretoken" in body
    assert "your email address and your organisation" in body


def test_a_post_without_csrf_token_is_refused(learner, challenge):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    response = client.post(interest_url(challenge), {"message": "We can help."})
    assert response.status_code == 403
    assert not ExpressionOfInterest.objects.exists()


@pytest.mark.parametrize(
    "message, error",
    [
        ("", "Write a short message to the city."),
        ("   \n  ", "Write a short message to the city."),
        ("x" * 1001, "Keep the message to 1000 characters or fewer (it has 1001)."),
        ("We can\x00 help.", "Null characters are not allowed."),
        ("We can\x07 help.", "invisible control characters"),
    ],
    ids=["empty", "blank", "too-long", "nul", "control"],
)
def test_bad_messages_are_refused_with_a_clear_error(
    learner_client, challenge, message, error
):
    response = learner_client.post(interest_url(challenge), {"message": message})
    assert response.status_code == 400
    body = response.content.decode()
    assert error in body
    assert 'class="field__errors"' in body
    assert not ExpressionOfInterest.objects.exists()


def test_longest_message_with_line_breaks_is_accepted(learner_client, challenge):
    start = "We can help.\r\n\tThank you. "
    message = start + "x" * (1000 - len(start))
    response = learner_client.post(interest_url(challenge), {"message": message})
    assert response.status_code == 302
    assert ExpressionOfInterest.objects.get().message == message


def test_a_second_interest_is_not_stored_and_the_learner_is_told(
    learner_client, learner, challenge
):
    learner_client.post(interest_url(challenge), {"message": "First message."})
    response = learner_client.post(
        interest_url(challenge), {"message": "Second message."}, follow=True
    )
    assert response.status_code == 200
    assert "You can express interest once per challenge" in response.content.decode()
    interest = ExpressionOfInterest.objects.get(user=learner)
    assert interest.message == "First message."
    assert "You told the city you can help on" in response.content.decode()


def test_interest_counts_across_translations(learner_client, learner, challenge):
    learner_client.post(interest_url(challenge), {"message": "In English."})
    spanish = challenge.copy_for_translation(
        Locale.objects.get(language_code="es"), copy_parents=True
    )
    spanish.save_revision().publish()
    learner_client.post(
        f"/es/learning/challenges/{spanish.pk}/interest/", {"message": "En español."}
    )
    assert ExpressionOfInterest.objects.filter(user=learner).count() == 1


def test_the_hourly_limit_refuses_more_and_keeps_the_message(
    learner_client, learner, challenge, settings
):
    settings.CITIES_INTEREST_RATE_LIMIT = 2
    city = challenge.city_page
    others = [build_challenge(city), build_challenge(city)]
    for target in [challenge, others[0]]:
        assert (
            learner_client.post(interest_url(target), {"message": "Yes"}).status_code
            == 302
        )
    response = learner_client.post(
        interest_url(others[1]), {"message": "Our third message."}
    )
    assert response.status_code == 429
    body = response.content.decode()
    assert "as many expressions of interest as we accept in an hour" in body
    assert "Our third message." in body
    assert ExpressionOfInterest.objects.filter(user=learner).count() == 2


def test_the_limit_is_not_applied_when_the_cache_is_down(learner, caplog):
    unreachable = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    with override_settings(CACHES=unreachable, CITIES_INTEREST_RATE_LIMIT=1):
        with caplog.at_level(logging.WARNING, logger="portal.cities"):
            assert consume_quota(learner) and consume_quota(learner)
    assert "Interest rate limit unavailable" in caplog.text


def test_unknown_and_unpublished_challenges_are_not_found(learner_client, challenge):
    assert (
        learner_client.post(
            "/en/learning/challenges/999999/interest/", {"message": "Hi"}
        ).status_code
        == 404
    )
    challenge.unpublish()
    assert (
        learner_client.post(interest_url(challenge), {"message": "Hi"}).status_code
        == 404
    )
    assert not ExpressionOfInterest.objects.exists()


def test_only_post_is_allowed(learner_client, challenge):
    assert learner_client.get(interest_url(challenge)).status_code == 405


def test_the_city_is_recorded_from_the_challenges_parent(
    learner_client, learner, challenge
):
    learner_client.post(interest_url(challenge), {"message": "We can help."})
    interest = ExpressionOfInterest.objects.get(user=learner)
    assert interest.city.slug == "eilat"
    assert interest.challenge_key == challenge.translation_key
    assert ChallengePage.objects.get(pk=interest.challenge_id) == challenge
