import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

from home.views import server_error

pytestmark = pytest.mark.django_db
PROJECT_DIR = Path(__file__).resolve().parents[2]

UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        # Nothing listens on port 1: every cache call fails fast.
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
}


def test_healthz_reports_database_and_cache_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {"database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


@override_settings(CACHES=UNREACHABLE_REDIS)
def test_healthz_names_the_cache_when_it_is_down(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"database": "ok", "cache": "unavailable"}


def test_healthz_refuses_post(client):
    assert client.post("/healthz").status_code == 405


def test_sitemap_lists_pages_in_every_locale(client):
    body = client.get("/sitemap.xml").content.decode()
    for code in ["en", "es", "it", "he", "ar"]:
        assert f"/{code}/about/</loc>" in body


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_server_error_page_renders_without_the_database(rf, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


def production_env(**overrides):
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
    env.update(overrides)
    return {key: value for key, value in env.items() if value is not None}


def run_manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy_without_warnings():
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", env=production_env()
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_refuse_to_start_without_secret_key():
    result = run_manage("check", env=production_env(SECRET_KEY=None))
    assert result.returncode != 0
    assert "The SECRET_KEY environment variable is required." in result.stderr
