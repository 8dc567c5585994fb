"""Shared fixtures: the demo site is loaded once into the test database."""

from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command

from home.demo import DEMO_PASSWORD

LANGUAGE_CODES = ["en", "es", "it", "he", "ar"]
RTL_LANGUAGES = {"he", "ar"}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site, rolled back after each test."""
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=StringIO())


@pytest.fixture(autouse=True)
def fresh_cache():
    """Cached chrome and routes must not outlive the rolled-back test data."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo_password():
    return DEMO_PASSWORD


@pytest.fixture
def learner(django_user_model):
    return django_user_model.objects.get(email="learner@example.com")


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


@pytest.fixture
def rate_limits(settings):
    """allauth's rate limits as configured in base settings (test.py turns them
    off), counted in the real default cache."""
    from portal.settings import base

    settings.ACCOUNT_RATE_LIMITS = base.ACCOUNT_RATE_LIMITS
