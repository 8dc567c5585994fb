"""The signed `BitstringStatusListCredential` that says which credentials are
revoked (W3C Bitstring Status List v1.0).

Each list holds 131,072 bits, one per credential, gzip-compressed and written
as base64url multibase. The document is rebuilt only when the list changes:
its `validFrom` and proof date are the time of its latest revocation (else of
its first credential), and Ed25519 signatures are deterministic, so every app
server produces the same bytes and the same ETag for the same state.
"""

import base64
import gzip
import hashlib

from django.core.cache import cache
from django.db.models import Count, Max, Min

from .documents import timestamp
from .issuer import base_url, current_verification_method, issuer_did
from .jsonld import CREDENTIALS_V2
from .keys import signing_key
from .models import STATUS_LIST_SIZE, Credential
from .proofs import sign_document
from .services import serialise

# A list number past this is refused before any query (PostgreSQL would
# refuse a number too large for its integer column with an error).
MAX_STATUS_LIST = 100_000


def encoded_list(revoked_indexes):
    """The bitstring (index 0 is the first byte's highest bit), gzipped and
    base64url-encoded without padding, with the multibase prefix "u"."""
    bits = bytearray(STATUS_LIST_SIZE // 8)
    for index in revoked_indexes:
        bits[index // 8] |= 0x80 >> (index % 8)
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).rstrip(b"=").decode()


def list_url(number):
    return f"{base_url()}/credentials/status/{number}"


def status_list_document(number):
    """(body bytes, ETag) of list `number`, or None if there is no such list.

    One query when the signed list is cached, two more to rebuild it.
    """
    if not 1 <= number <= MAX_STATUS_LIST:
        return None
    state = Credential.objects.filter(status_list=number).aggregate(
        credentials=Count("pk"),
        revoked=Count("revoked_at"),
        last_revoked=Max("revoked_at"),
        first_issued=Min("issued_at"),
    )
    if not state["credentials"]:
        return None
    key = signing_key()
    version = hashlib.sha256(
        f"{number}|{state['revoked']}|{state['last_revoked']}|"
        f"{key.public_multibase}|{base_url()}".encode()
    ).hexdigest()
    cache_key = f"credentials:status:{version}"
    cached = cache.get(cache_key)
    if cached is not None:
        return cached
    revoked = Credential.objects.filter(
        status_list=number, revoked_at__isnull=False
    ).values_list("status_index", flat=True)
    changed = timestamp(state["last_revoked"] or state["first_issued"])
    url = list_url(number)
    document = {
        "@context": [CREDENTIALS_V2],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_did(),
        "validFrom": changed,
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encoded_list(revoked),
        },
    }
    signed = sign_document(document, key, current_verification_method(), changed)
    body = serialise(signed).encode()
    result = (body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"')
    cache.set(cache_key, result, 24 * 3600)
    return result
