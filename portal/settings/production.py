"""Production: every secret and host comes from the environment.

A missing required variable stops the process at start-up with a clear message
rather than running with an invented value.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def require_env(name):
    """Return an environment variable or refuse to start without it."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The {name} environment variable is required.")
    return value


def env_flag(name, default):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes"}


DEBUG = False
SECRET_KEY = require_env("SECRET_KEY")
# Rotation: the previous key(s), comma-separated, still validate sessions and
# emailed links until they expire (docs/operations.md).
SECRET_KEY_FALLBACKS = [
    key.strip()
    for key in os.environ.get("SECRET_KEY_FALLBACKS", "").split(",")
    if key.strip()
]
ALLOWED_HOSTS = [host.strip() for host in require_env("ALLOWED_HOSTS").split(",")]

# Verifiable credentials: a signing key of this installation's own. The
# development key is published, so anyone could sign with it.
CREDENTIALS_SIGNING_KEY = require_env("CREDENTIALS_SIGNING_KEY")
if CREDENTIALS_SIGNING_KEY == DEVELOPMENT_CREDENTIALS_SIGNING_KEY:  # noqa: F405
    raise ImproperlyConfigured(
        "CREDENTIALS_SIGNING_KEY is the published development key: generate "
        "one with `python manage.py credentials_keygen`."
    )

# Email over SMTP
# https://docs.djangoproject.com/en/5.2/ref/settings/#email-host
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = require_env("EMAIL_HOST")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_flag("EMAIL_USE_TLS", True)

# Accounts: an address must be verified before it can sign in
ACCOUNT_EMAIL_VERIFICATION = "mandatory"

# HTTPS
# https://docs.djangoproject.com/en/5.2/topics/security/#ssl-https
# Behind a TLS-terminating proxy that already redirects, set SECURE_SSL_REDIRECT=false.
SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# The header alone enrols nobody: the domain owner still submits it to the list.
SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD", True)
# Cookies travel over HTTPS only. The other headers, the CSP and the cookies'
# HttpOnly/SameSite are in base.py, so development and tests see them too.
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# Templates are compiled once per process.
TEMPLATES[0]["APP_DIRS"] = False  # noqa: F405
TEMPLATES[0]["OPTIONS"]["loaders"] = [  # noqa: F405
    (
        "django.template.loaders.cached.Loader",
        [
            "django.template.loaders.filesystem.Loader",
            "django.template.loaders.app_directories.Loader",
        ],
    )
]
