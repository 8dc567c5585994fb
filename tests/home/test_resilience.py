"""The portal keeps serving when Redis is down, and answers a plain 503 when
the database is.

Redis: the cache is pointed at ports where a real client meets a refused
connection or a server that never answers. Database: a subprocess starts the
portal with a database it cannot reach (a closed PostgreSQL port, an SQLite
file in a missing folder) and requests pages through Django's test client.
"""

import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.test import override_settings

from courses.models import CoursePage, LessonPage
from home import cache as resilient_cache
from home.models import StandardPage
from portal.settings import base

pytestmark = pytest.mark.django_db
PROJECT_DIR = Path(__file__).resolve().parents[2]


def redis_cache(location):
    return {
        "default": {
            "BACKEND": "home.cache.ResilientRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": "portal-test",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


def refused_redis(db):
    """Nothing listens on port 6390; each test uses its own db number so that
    each starts without a remembered outage."""
    return redis_cache(f"redis://127.0.0.1:6390/{db}")


def first_lesson_url(access):
    course = (
        CoursePage.objects.live()
        .filter(locale__language_code="en", access=access)
        .first()
    )
    return LessonPage.objects.live().descendant_of(course).first().url


class Records(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture
def cache_log():
    """What home/cache.py logs during the test."""
    handler = Records()
    logger = logging.getLogger("portal.cache")
    logger.addHandler(handler)
    yield handler.records
    logger.removeHandler(handler)


# Redis down ---------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/en/",
        "/en/courses/",
        "open lesson",
        "/en/resources/",
        "/ar/resources/?type=guide",
        "/en/search/?q=procurement",
        "/en/accounts/login/",
        "/es/about/",
    ],
)
def test_anonymous_pages_are_served_with_redis_down(client, url):
    if url == "open lesson":
        url = first_lesson_url("open")
    with override_settings(CACHES=refused_redis(1)):
        first = client.get(url)
        second = client.get(url)
    assert first.status_code == 200
    assert second.status_code == 200
    # Nothing could be stored, so nothing is replayed.
    assert second.get("X-Page-Cache") != "hit"


@override_settings(
    CACHES=refused_redis(2), ACCOUNT_RATE_LIMITS=base.ACCOUNT_RATE_LIMITS
)
def test_learners_sign_in_and_learn_with_redis_down(client, demo_password):
    response = client.post(
        "/en/accounts/login/",
        {"login": "learner@example.com", "password": demo_password},
    )
    assert response.status_code == 302
    for url in ["/en/dashboard/", "/en/", first_lesson_url("registered")]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "My learning" in response.content.decode()


@override_settings(CACHES=refused_redis(3))
def test_healthz_names_the_cache_when_redis_is_down(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"database": "ok", "cache": "unavailable"}


@override_settings(CACHES=refused_redis(4))
def test_a_redis_outage_is_logged_once_not_per_cache_call(client, cache_log):
    for url in ["/en/", "/en/courses/", "/en/resources/", "/en/"]:
        assert client.get(url).status_code == 200
    assert len(cache_log) == 1
    assert cache_log[0].levelname == "WARNING"
    assert "Redis cache unavailable" in cache_log[0].getMessage()


@pytest.fixture
def silent_redis():
    """A server that accepts connections and never answers, like a hung Redis.
    Yields the list of connections it accepted."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    accepted = []

    def accept():
        while True:
            try:
                connection, _address = server.accept()
            except OSError:
                return
            accepted.append(connection)

    threading.Thread(target=accept, daemon=True).start()
    yield server.getsockname()[1], accepted
    server.close()
    for connection in accepted:
        connection.close()


def test_a_hanging_redis_costs_one_timeout_not_one_per_cache_call(client, silent_redis):
    port, accepted = silent_redis
    with override_settings(CACHES=redis_cache(f"redis://127.0.0.1:{port}/0")):
        client.get("/en/courses/")  # compile templates outside the timing
        started = time.monotonic()
        for url in ["/en/", "/en/courses/", "/en/resources/"]:
            assert client.get(url).status_code == 200
        elapsed = time.monotonic() - started
    # Dozens of cache calls, but Redis was asked once (a 0.5 s timeout) and
    # then left alone for RETRY_SECONDS.
    assert len(accepted) == 1
    assert elapsed < resilient_cache.RETRY_SECONDS


def test_changes_published_during_an_outage_retire_pages_cached_before_it(client):
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    client.get(about.url)
    assert client.get(about.url)["X-Page-Cache"] == "hit"

    with override_settings(CACHES=refused_redis(5)):
        about.title = "About the programme, updated during the outage"
        about.save_revision().publish()
        assert "updated during the outage" in client.get(about.url).content.decode()

    # The cache is back with the copy made before the change: it must not be
    # served again.
    response = client.get(about.url)
    assert "updated during the outage" in response.content.decode()
    assert response["X-Page-Cache"] == "miss"


# Database down ------------------------------------------------------------

REQUEST_PAGES = """
import json
import django

django.setup()
from django.test import Client

client = Client(raise_request_exception=False)
answers = {}
for method, url in [
    ("get", "/en/"),
    ("get", "/en/courses/"),
    ("get", "/es/about/"),
    ("get", "/en/accounts/login/"),
    ("post", "/en/accounts/login/"),
    ("get", "/healthz"),
]:
    response = getattr(client, method)(url)
    answers[f"{method} {url}"] = {
        "status": response.status_code,
        "headers": dict(response.headers),
        "body": response.content.decode(),
    }
client.cookies["sessionid"] = "a" * 32
response = client.get("/en/dashboard/")
answers["signed-in dashboard"] = {
    "status": response.status_code,
    "headers": dict(response.headers),
    "body": response.content.decode(),
}
print(json.dumps(answers))
"""


def request_pages_without_database(database_url):
    env = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    env.update(DJANGO_SETTINGS_MODULE="portal.settings.test", DATABASE_URL=database_url)
    result = subprocess.run(
        [sys.executable, "-c", REQUEST_PAGES],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


UNREACHABLE_DATABASES = {
    # Nothing listens on port 1.
    "postgresql": "postgres://postgres@127.0.0.1:1/portal",
    "sqlite": "sqlite:////nonexistent-folder/portal/db.sqlite3",
}


@pytest.fixture(scope="module", params=sorted(UNREACHABLE_DATABASES))
def database_down(request):
    return request_pages_without_database(UNREACHABLE_DATABASES[request.param])


def test_every_page_is_a_plain_503_when_the_database_is_down(database_down):
    answers, _stderr = database_down
    pages = {name: answer for name, answer in answers.items() if "healthz" not in name}
    assert len(pages) == 6
    for name, answer in pages.items():
        assert answer["status"] == 503, name
        # The plain page, in the visitor's language ("Temporarily unavailable").
        assert "– Smart Cities Academy</title>" in answer["body"], name
        assert '<main id="main-content"' in answer["body"], name
        assert "<nav" not in answer["body"], name
        assert answer["headers"]["Retry-After"] == "30", name
        assert "no-cache" in answer["headers"]["Cache-Control"], name
        assert answer["headers"]["Content-Type"].startswith("text/html"), name
        assert "Content-Security-Policy" in answer["headers"], name


def test_the_503_page_speaks_the_visitors_language(database_down):
    answers, _stderr = database_down
    assert '<html lang="es" dir="ltr">' in answers["get /es/about/"]["body"]


def test_healthz_names_the_database_when_it_is_down(database_down):
    answers, _stderr = database_down
    healthz = answers["get /healthz"]
    assert healthz["status"] == 503
    assert json.loads(healthz["body"]) == {"database": "unavailable", "cache": "ok"}


def test_a_database_outage_is_logged(database_down):
    _answers, stderr = database_down
    assert "Health check: database unreachable" in stderr
    assert "Service Unavailable: /en/courses/" in stderr
