"""Who issues the credentials: a `did:web` identifier on the portal's host.

The DID is read from the portal's public address (`CREDENTIALS_BASE_URL`,
else `WAGTAILADMIN_BASE_URL`): https://academy.example.org becomes
`did:web:academy.example.org`, and its DID document is served at
/.well-known/did.json. Every credential names this DID, so the public
address is part of the issuer's identity: change it and earlier credentials
name a DID the portal no longer answers for (docs/credentials.md).
"""

from urllib.parse import quote, urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from home.models import PortalSettings

from .jsonld import MULTIKEY_V1
from .keys import previous_public_keys, signing_key

DID_V1 = "https://www.w3.org/ns/did/v1"


def base_url():
    """The portal's public address, without a trailing slash."""
    url = (
        getattr(settings, "CREDENTIALS_BASE_URL", "") or settings.WAGTAILADMIN_BASE_URL
    )
    parts = urlsplit(url)
    if parts.path.strip("/"):
        raise ImproperlyConfigured(
            "CREDENTIALS_BASE_URL must be the site's root address: did:web "
            "identifiers with a path are not supported."
        )
    return f"{parts.scheme}://{parts.netloc}"


def issuer_did():
    # did:web percent-encodes the port's colon (W3C did:web method, 3.2).
    return "did:web:" + quote(urlsplit(base_url()).netloc, safe="")


def verification_method_id(public_multibase):
    """Key ids are the key itself, so they never collide across rotations."""
    return f"{issuer_did()}#{public_multibase}"


def current_verification_method():
    return verification_method_id(signing_key().public_multibase)


def did_document():
    """The current key and every previous one, each allowed to assert
    credentials (old credentials keep verifying after a rotation)."""
    did = issuer_did()
    keys = [signing_key().public_multibase]
    keys += [key for key in previous_public_keys() if key not in keys]
    methods = [
        {
            "id": verification_method_id(key),
            "type": "Multikey",
            "controller": did,
            "publicKeyMultibase": key,
        }
        for key in keys
    ]
    return {
        "@context": [DID_V1, MULTIKEY_V1],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": [method["id"] for method in methods],
    }


def issuer_name():
    portal = PortalSettings.load()
    return portal.certificate_issuer or portal.site_name


def profile_url(language):
    return f"{base_url()}/{language}/credentials/issuer/"


def issuer_profile(language, name=None):
    """The Open Badges `Profile` of the issuer, as credentials embed it."""
    return {
        "id": issuer_did(),
        "type": ["Profile"],
        "name": name or issuer_name(),
        "url": profile_url(language),
    }
