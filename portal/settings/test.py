"""Settings for the test suite: fast hashing, plain static storage, outbox email."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
# Rate limits are tested explicitly; elsewhere they would make tests flaky.
ACCOUNT_RATE_LIMITS = False
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests share one Redis database with nobody else when REDIS_URL is set.
if os.environ.get("REDIS_URL"):
    CACHES["default"]["KEY_PREFIX"] = "portal-test"  # noqa: F405
# No collectstatic here: the staticfiles app serves files from their sources.
STATIC_ROOT = None
# The published development key signs the tests' credentials.
CREDENTIALS_SIGNING_KEY = DEVELOPMENT_CREDENTIALS_SIGNING_KEY  # noqa: F405
CREDENTIALS_PREVIOUS_KEYS = []
CREDENTIALS_BASE_URL = ""
