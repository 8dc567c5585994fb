"""The multi-server switches in docs/deployment.md, read from the environment.

Each case imports the production settings in a fresh interpreter with the
variables a deployment would set, and reads back what Django would use.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "test-only-" + "k" * 50,
    "ALLOWED_HOSTS": "academy.example.org",
    "EMAIL_HOST": "smtp.example.org",
    # A throwaway key of the tests' own (production refuses the development one).
    "CREDENTIALS_SIGNING_KEY": "z3u2i3DxeQHre2CeLLdG99M8e57g72s5h9D3r8amtHvTjdwg",
}
READ_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
from django.core.files.storage import storages
from wagtail.contrib.frontend_cache.utils import get_backends
print(json.dumps({
    "databases": sorted(settings.DATABASES),
    "replica_host": settings.DATABASES.get("replica", {}).get("HOST"),
    "storage": type(storages["default"]).__name__,
    "bucket": getattr(storages["default"], "bucket_name", None),
    "frontend_cache": [type(b).__name__ for b in get_backends().values()],
    "caches": sorted(settings.CACHES),
    "search": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
}))
"""


def production_settings(**environment):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL"}
    }
    env.update(PRODUCTION, **environment)
    result = subprocess.run(
        [sys.executable, "-c", READ_SETTINGS],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_one_machine_needs_none_of_the_switches():
    settings = production_settings()
    assert settings["databases"] == ["default"]
    assert settings["storage"] == "FileSystemStorage"
    assert settings["frontend_cache"] == []
    assert settings["caches"] == ["default", "renditions"]
    assert settings["search"] == "wagtail.search.backends.database"


def test_several_machines_switch_on_replica_object_storage_cdn_and_opensearch():
    settings = production_settings(
        DATABASE_URL="postgres://portal@db-primary.internal:5432/portal",
        DATABASE_REPLICA_URL="postgres://portal@db-replica.internal:5432/portal",
        REDIS_URL="redis://cache.internal:6379/0",
        MEDIA_BUCKET="academy-media",
        MEDIA_ENDPOINT_URL="https://s3.example.org",
        FRONTEND_CACHE="http",
        FRONTEND_CACHE_LOCATION="http://varnish.internal:6081",
        SEARCH_BACKEND="opensearch3",
        SEARCH_URL="https://search.internal:9200",
    )
    assert settings["databases"] == ["default", "replica"]
    assert settings["replica_host"] == "db-replica.internal"
    assert settings["storage"] == "S3Storage"
    assert settings["bucket"] == "academy-media"
    assert settings["frontend_cache"] == ["HTTPBackend"]
    assert settings["search"] == "wagtail.search.backends.opensearch3"
