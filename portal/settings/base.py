"""Settings shared by every environment.

Environment-specific values live in dev.py, test.py and production.py. Anything
that differs between deployments is read from the environment here or there.
"""

import os
import warnings
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# Core
# https://docs.djangoproject.com/en/5.2/ref/settings/#core-settings
ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
ALLOWED_HOSTS = [
    host.strip()
    for host in os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1").split(",")
    if host.strip()
]
CSRF_TRUSTED_ORIGINS = [
    origin.strip()
    for origin in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",")
    if origin.strip()
]

# Applications
# https://docs.djangoproject.com/en/5.2/ref/applications/
DJANGO_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.humanize",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",
]
THIRD_PARTY_APPS = [
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "allauth",
    "allauth.account",
    "allauth.mfa",
]
LOCAL_APPS = [
    "accounts",
    "home",
    "courses",
    "resources",
    "search",
    "cities",
    "credentials",
]
INSTALLED_APPS = DJANGO_APPS + THIRD_PARTY_APPS + LOCAL_APPS

# Middleware
# https://docs.djangoproject.com/en/5.2/topics/http/middleware/
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside the page cache, so cached pages get them too (home/security_headers.py).
    "home.security_headers.ContentSecurityPolicyMiddleware",
    "home.security_headers.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Staff reach /admin/ and /django-admin/ only after TOTP (accounts/mfa_required.py).
    "accounts.mfa_required.AdminMFARequiredMiddleware",
    # Serves anonymous Wagtail pages from the cache before routing (home/page_cache.py).
    "home.page_cache.AnonymousPageCacheMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# Templates
# https://docs.djangoproject.com/en/5.2/ref/templates/
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# Database: DATABASE_URL, SQLite file by default
# https://docs.djangoproject.com/en/5.2/ref/settings/#databases
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# A read replica (DATABASE_REPLICA_URL) takes the admin reports' heavy
# read-only queries; everything else stays on the primary, so a learner always
# reads what they have just written (docs/deployment.md).
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        os.environ["DATABASE_REPLICA_URL"],
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
    # Tests create no separate copy: the replica mirrors the primary there.
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DATABASE_ROUTERS = ["home.replica.ReplicaRouter"]

# Cache: Redis when REDIS_URL is set, local memory otherwise
# https://docs.djangoproject.com/en/5.2/topics/cache/
# Django's RedisCache, but a failing Redis reads as a miss (home/cache.py); the
# short timeouts keep pages fast when Redis hangs instead of refusing.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "home.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portal"),
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "portal",
        }
    }

# Image renditions have their own alias (Wagtail uses "renditions" when it
# exists), so a warm image tag costs no query and a flush of page entries
# does not throw away every rendition lookup.
CACHES["renditions"] = {
    **CACHES["default"],
    "KEY_PREFIX": "renditions",
    "TIMEOUT": 24 * 3600,
}
if not REDIS_URL:
    CACHES["renditions"]["LOCATION"] = "portal-renditions"

# Sessions are read from the cache and kept in the database: a signed-in page
# saves a query, and a cache outage or flush signs nobody out.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Whole-page cache for anonymous visitors (home/page_cache.py); 0 turns it off.
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "600"))

# Authentication
# https://docs.djangoproject.com/en/5.2/topics/auth/customizing/
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "courses:dashboard"
LOGOUT_REDIRECT_URL = "/"
# The Wagtail and Django admins sign in through allauth only (rate limits,
# two-factor step); their own login URLs redirect there (portal/urls.py).
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False

# django-allauth
# https://docs.allauth.org/en/latest/account/configuration.html
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "optional"
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.ProfileSignupForm"
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# Sign-in, sign-up and password reset answer alike whether or not an account
# exists; sign-up can only hide a taken address when verification is
# mandatory (production), otherwise uniqueness wins and the form says so.
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = False
# Held in the default cache, so Redis shares them between app servers. Each
# limit is a sliding window and refused attempts are not counted, so a limit
# lifts at most one window after the last counted attempt. Sign-in failures
# per account ("key", the email) are few and short: someone guessing can hold
# an account locked only for as long as they keep failing (5 minutes after
# their last failure) and a password reset, limited on its own, still works
# and clears that counter. The per-address limits stop one machine spraying
# many accounts; behind a proxy, set TRUSTED_PROXY_COUNT so the address is
# the visitor's and not the proxy's.
# https://docs.allauth.org/en/latest/account/rate_limits.html
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,50/h/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,3/15m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
}
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# TOTP with recovery codes (generated when TOTP is activated); required for
# every account that can open the admin (accounts/mfa_required.py).
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Smart Cities Academy"

# Internationalisation
# https://docs.djangoproject.com/en/5.2/topics/i18n/
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("es", _("Spanish")),
    ("it", _("Italian")),
    ("he", _("Hebrew")),
    ("ar", _("Arabic")),
]
LANGUAGES_BIDI = ["he", "ar"]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
LANGUAGE_COOKIE_NAME = "portal_language"

# Static and media files (whitenoise serves static files)
# https://docs.djangoproject.com/en/5.2/howto/static-files/
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Several app servers share media through object storage (S3 or compatible:
# MinIO, Scaleway, OVH…) when MEDIA_BUCKET is set. django-storages reads the
# credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or the instance
# role. https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html
if os.environ.get("MEDIA_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["MEDIA_BUCKET"],
            "endpoint_url": os.environ.get("MEDIA_ENDPOINT_URL") or None,
            "region_name": os.environ.get("MEDIA_REGION") or None,
            "custom_domain": os.environ.get("MEDIA_CUSTOM_DOMAIN") or None,
            "default_acl": None,  # the bucket's policy decides
            "file_overwrite": False,
            "querystring_auth": False,  # media URLs are public and cacheable
            "object_parameters": {"CacheControl": "public, max-age=86400"},
        },
    }
# Complex Wagtail page editors post many fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Background tasks (django-tasks): emails leave the request once committed.
# The immediate backend runs them in-process; a worker-based backend can
# replace it without code changes.
# See the django-tasks documentation for the other backends.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Email
# https://docs.djangoproject.com/en/5.2/topics/email/
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Smart Cities Academy <no-reply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail
# https://docs.wagtail.org/en/stable/reference/settings.html
WAGTAIL_SITE_NAME = "Smart Cities Academy"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The database backend (SQLite FTS5 / PostgreSQL full-text search) by default;
# SEARCH_BACKEND=opensearch3|opensearch2|elasticsearch8|elasticsearch9 with
# SEARCH_URL=https://… switches large installs to a search cluster (install
# the matching client, e.g. `pip install "opensearch-py>=3"`, then run
# `manage.py update_index`).
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "database")
if SEARCH_BACKEND == "database":
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database"}
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"wagtail.search.backends.{SEARCH_BACKEND}",
            "URLS": [os.environ["SEARCH_URL"]],
            "INDEX": os.environ.get("SEARCH_INDEX", "portal"),
            "TIMEOUT": 5,
        }
    }
# A CDN in front of the app servers is told to drop a page when it is
# published or unpublished: FRONTEND_CACHE=cloudflare (CLOUDFLARE_BEARER_TOKEN,
# CLOUDFLARE_ZONE_ID), cloudfront (CLOUDFRONT_DISTRIBUTION_ID) or http
# (FRONTEND_CACHE_LOCATION, e.g. Varnish or nginx with a purge endpoint).
# https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html
FRONTEND_CACHE = os.environ.get("FRONTEND_CACHE", "")
if FRONTEND_CACHE == "cloudflare":
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": os.environ["CLOUDFLARE_BEARER_TOKEN"],
            "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        }
    }
elif FRONTEND_CACHE == "cloudfront":
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
        }
    }
elif FRONTEND_CACHE == "http":
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_LOCATION"],
        }
    }

# Verifiable credentials (credentials/, docs/credentials.md)
# The Ed25519 key that signs Open Badges credentials and the status list, as
# a multibase private key ("z3u2…"); production refuses to start without one
# of its own. The public keys of earlier signing keys stay in the issuer's DID
# document so the credentials they signed keep verifying.
CREDENTIALS_SIGNING_KEY = os.environ.get("CREDENTIALS_SIGNING_KEY", "")
CREDENTIALS_PREVIOUS_KEYS = [
    key.strip()
    for key in os.environ.get("CREDENTIALS_PREVIOUS_KEYS", "").split(",")
    if key.strip()
]
# The issuer's DID is did:web on this address (default: WAGTAILADMIN_BASE_URL).
CREDENTIALS_BASE_URL = os.environ.get("CREDENTIALS_BASE_URL", "")
# Country of the awarding body (ISO 3166-1 alpha-2), for micro-credentials.
CREDENTIALS_ISSUER_COUNTRY = os.environ.get("CREDENTIALS_ISSUER_COUNTRY", "ES")
# Seconds verifiers and proxies may keep the status list before asking again.
CREDENTIALS_STATUS_MAX_AGE = int(os.environ.get("CREDENTIALS_STATUS_MAX_AGE", "300"))
# Published with the code, for development and tests only: anyone can sign
# with it, so production refuses it (production.py).
DEVELOPMENT_CREDENTIALS_SIGNING_KEY = "z3u2bw5dQCDHuzdnEDpFarSmorT6vZxKNohuNmvDKmbJgSKe"

# Off: Wagtail's responsive wrapper sizes videos with an inline style attribute,
# which the Content-Security-Policy below refuses; portal.css sizes the iframe.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Uploads: sizes, pixels and types (tests/security/test_uploads.py)
# https://docs.djangoproject.com/en/5.2/ref/settings/#data-upload-max-memory-size
# https://docs.wagtail.org/en/stable/reference/settings.html#images
# A request's form fields (files excepted) may hold 2.5 MB; uploaded files
# above 2.5 MB go to a temporary file instead of memory.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# Images: 10 MB and 40 megapixels at most, so a decompression bomb (a small
# file declaring a huge image) is a form error. No SVG: it can carry scripts.
# AVIF waits until requirements.txt asks for Pillow 11.3+, which decodes it.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Damaged image files are a form error, not a server error (home/image_forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.image_forms.PortalImageForm"
# Wagtail decodes a whole image before counting its pixels, and Pillow only
# refuses more than twice its MAX_IMAGE_PIXELS (89 megapixels by default). At
# half our limit, Pillow refuses a larger image from its header, undecoded, and
# Wagtail shows that as a form error. Its warning between the two is noise.
PILImage.MAX_IMAGE_PIXELS = WAGTAILIMAGES_MAX_IMAGE_PIXELS // 2
warnings.filterwarnings("ignore", category=PILImage.DecompressionBombWarning)
# Documents: an explicit list of harmless types, 20 MB at most, always served
# as downloads (never inline, so an uploaded file cannot run on our origin).
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "odp",
    "ods",
    "odt",
    "pdf",
    "pptx",
    "txt",
    "xlsx",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []

# Security headers
# https://docs.djangoproject.com/en/5.2/ref/middleware/#module-django.middleware.security
# HTTPS-only parts (HSTS, Secure cookies, the redirect) are in production.py.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Features no page of the portal uses, switched off for any script on it
# (home/security_headers.py writes the header).
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    ]
}

# Content-Security-Policy (django-csp 4)
# https://django-csp.readthedocs.io/en/latest/configuration.html
# The public site runs only its own files: no inline script or style anywhere,
# which also suits the whole-page cache (a per-request nonce could not be
# replayed). Videos play in the YouTube or Vimeo iframe an editor embeds.
# frame-ancestors is written by home.security_headers from X-Frame-Options.
VIDEO_FRAME_SOURCES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [SELF, *VIDEO_FRAME_SOURCES],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# /admin/ and /django-admin/ only (home.security_headers): Wagtail's admin
# still relies on inline scripts and style attributes (date pickers, inline
# panels, chooser modals, Draftail) and previews image uploads from blob: URLs.
# Nothing there needs eval (tests/browser/test_csp.py watches the editor).
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
    }
}
# No avatars from gravatar.com in the admin: nothing leaves the portal.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Cookies: never readable by scripts, not sent on cross-site requests.
# No script reads the CSRF cookie: forms post their hidden token and Wagtail's
# admin reads the token from the page.
# https://docs.djangoproject.com/en/5.2/ref/settings/#sessions
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Logging: everything to stderr, where the process manager collects it
# https://docs.djangoproject.com/en/5.2/topics/logging/
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "portal": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
