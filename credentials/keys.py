"""The issuer's Ed25519 keys, written as multibase strings.

Keys travel in the W3C's Multikey form: base58btc ("z…") of a multicodec
prefix and the raw key bytes, the way the `vc-di-eddsa` test vectors and
DID documents write them:

- public key:  0xed 0x01 + 32 bytes  →  "z6Mk…"
- private key: 0x80 0x26 + 32 bytes  →  "z3u2…" (the seed, never published)

The current signing key comes from `CREDENTIALS_SIGNING_KEY`; the public keys
of earlier signing keys from `CREDENTIALS_PREVIOUS_KEYS`, so credentials
signed before a rotation keep verifying (docs/credentials.md).
"""

from dataclasses import dataclass
from functools import cached_property

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
ED25519_PUBLIC_PREFIX = b"\xed\x01"
ED25519_PRIVATE_PREFIX = b"\x80\x26"


class KeyFormatError(ValueError):
    """A key string that is not a multibase Ed25519 key."""


def base58_encode(data):
    number = int.from_bytes(data, "big")
    encoded = ""
    while number:
        number, remainder = divmod(number, 58)
        encoded = BASE58_ALPHABET[remainder] + encoded
    # Each leading zero byte is written as a "1".
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + encoded


def base58_decode(text):
    number = 0
    for character in text:
        position = BASE58_ALPHABET.find(character)
        if position < 0:
            raise KeyFormatError(f"{character!r} is not a base58 character.")
        number = number * 58 + position
    body = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def multibase_encode(data):
    """base58btc multibase: "z" and the base58 text."""
    return "z" + base58_encode(data)


def multibase_decode(text):
    if not text.startswith("z"):
        raise KeyFormatError("Only base58btc multibase values (starting z) are read.")
    return base58_decode(text[1:])


def _key_bytes(multibase, prefix, what):
    try:
        raw = multibase_decode(multibase.strip())
    except KeyFormatError as error:
        raise KeyFormatError(f"The {what} is not multibase: {error}") from None
    if not raw.startswith(prefix) or len(raw) != len(prefix) + 32:
        raise KeyFormatError(f"The {what} is not a multibase Ed25519 key.")
    return raw[len(prefix) :]


def public_key_multibase(public_key):
    raw = public_key.public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return multibase_encode(ED25519_PUBLIC_PREFIX + raw)


def read_public_key(multibase):
    """An Ed25519PublicKey from its "z6Mk…" form."""
    raw = _key_bytes(multibase, ED25519_PUBLIC_PREFIX, "public key")
    return Ed25519PublicKey.from_public_bytes(raw)


@dataclass(frozen=True)
class SigningKey:
    """The private key the portal signs with, and its public half."""

    private_key: Ed25519PrivateKey

    @classmethod
    def from_multibase(cls, multibase):
        seed = _key_bytes(multibase, ED25519_PRIVATE_PREFIX, "private key")
        return cls(Ed25519PrivateKey.from_private_bytes(seed))

    @classmethod
    def generate(cls):
        return cls(Ed25519PrivateKey.generate())

    @cached_property
    def public_multibase(self):
        return public_key_multibase(self.private_key.public_key())

    @property
    def private_multibase(self):
        seed = self.private_key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return multibase_encode(ED25519_PRIVATE_PREFIX + seed)

    def sign(self, data):
        return self.private_key.sign(data)


def signing_key():
    """The configured signing key; a clear error when it is missing or wrong."""
    value = getattr(settings, "CREDENTIALS_SIGNING_KEY", "")
    if not value:
        raise ImproperlyConfigured("CREDENTIALS_SIGNING_KEY is not set.")
    try:
        return SigningKey.from_multibase(value)
    except KeyFormatError as error:
        raise ImproperlyConfigured(f"CREDENTIALS_SIGNING_KEY: {error}") from None


def previous_public_keys():
    """Public keys of earlier signing keys, still listed in the DID document."""
    keys = []
    for value in getattr(settings, "CREDENTIALS_PREVIOUS_KEYS", []):
        try:
            read_public_key(value)
        except KeyFormatError as error:
            raise ImproperlyConfigured(f"CREDENTIALS_PREVIOUS_KEYS: {error}") from None
        keys.append(value.strip())
    return keys
