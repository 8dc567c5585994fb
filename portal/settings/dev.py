"""Local development: debug on, mail to the console, SQLite unless DATABASE_URL."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get(
    "SECRET_KEY", "dev-only-insecure-key-never-use-in-production"
)
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# No collectstatic here: the staticfiles app serves files from their sources.
STATIC_ROOT = None
# The published development key signs credentials here (never in production).
CREDENTIALS_SIGNING_KEY = (
    CREDENTIALS_SIGNING_KEY or DEVELOPMENT_CREDENTIALS_SIGNING_KEY  # noqa: F405
)
