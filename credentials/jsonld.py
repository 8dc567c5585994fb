"""RDF Dataset Canonicalization (RDFC-1.0) of the portal's JSON-LD, offline.

pyld's URDNA2015 is RDFC-1.0 with SHA-256. Contexts are read from disk only:
the copies that the `openbadgeslib` package ships as package data, pinned
here by SHA-256 so an upgrade that changed one (and with it what every
signature covers) stops the portal instead of passing unnoticed. Any other
context URL is refused: nothing is ever fetched over the network.

Canonicalisation refuses what would make a signature cover less than the
document shows: a property that no context defines (JSON-LD drops it
silently) and a relative IRI (its meaning would depend on where the document
is read).
"""

import hashlib
import json
import re
import threading
from functools import cache
from importlib import resources

from pyld import jsonld

CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2"
OPEN_BADGES_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
OPEN_BADGES_EXTENSIONS = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"
MULTIKEY_V1 = "https://w3id.org/security/multikey/v1"

PACKAGE = "openbadgeslib.ob3.contexts"
# URL → (file in the package, its SHA-256).
CONTEXTS = {
    CREDENTIALS_V2: (
        "credentials-v2.json",
        "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734",
    ),
    OPEN_BADGES_V3: (
        "ob-v3p0-context-3.0.3.json",
        "3d34f4d4ef1bce691106e63798beb5e7b862ba841423f5ee1e53ab7ddf3bca84",
    ),
    OPEN_BADGES_EXTENSIONS: (
        "ob-v3p0-extensions.json",
        "87c06c81bc2317663bf288d740d94fddd2818c4342b186270ff6371dfaa63f93",
    ),
    MULTIKEY_V1: (
        "security-multikey-v1.json",
        "ba2c182de2d92f7e47184bcca8fcf0beaee6d3986c527bf664c195bbc7c58597",
    ),
}
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")

# pyld keeps process-wide caches that are not thread-safe (the development
# server and threaded workers run requests side by side); signing is rare
# enough that one lock costs nothing.
_lock = threading.Lock()


class CanonicalisationError(ValueError):
    """The document cannot be signed as it stands."""


@cache
def load_context(url):
    """The context document for an allowed URL, read from the package."""
    if url not in CONTEXTS:
        raise CanonicalisationError(
            f"The context {url} is not one the portal has on disk; "
            "contexts are never fetched."
        )
    name, digest = CONTEXTS[url]
    data = resources.files(PACKAGE).joinpath(name).read_bytes()
    if hashlib.sha256(data).hexdigest() != digest:
        raise CanonicalisationError(
            f"The packaged copy of {url} is not the one pinned here."
        )
    return json.loads(data)


def _loader(extra_contexts):
    def load(url, options=None):
        document = extra_contexts[url] if url in extra_contexts else load_context(url)
        return {"contextUrl": None, "documentUrl": url, "document": document}

    return load


def _relative_iris(node, found):
    """Collect @id and @type values of an expanded document that are relative."""
    if isinstance(node, list):
        for item in node:
            _relative_iris(item, found)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key in ("@id", "@type"):
                for iri in value if isinstance(value, list) else [value]:
                    if isinstance(iri, str) and (
                        # pyld resolves a relative IRI against a placeholder base
                        iri.startswith(jsonld.DEFAULT_BASE_IRI)
                        or not (iri.startswith("_:") or ABSOLUTE_IRI.match(iri))
                    ):
                        found.append(iri)
            elif key != "@value":
                _relative_iris(value, found)


def canonicalize(document, extra_contexts=None):
    """The document's canonical N-Quads (RDFC-1.0), as one string."""
    try:
        return _canonicalize(document, extra_contexts)
    except jsonld.JsonLdError as error:
        # pyld wraps our refusals (an unknown context) in its own errors.
        cause = error
        while cause is not None and not isinstance(cause, CanonicalisationError):
            cause = cause.__cause__
        raise (cause or CanonicalisationError(str(error))) from error


def _canonicalize(document, extra_contexts):
    load = _loader(extra_contexts or {})
    dropped = []
    with _lock:
        expanded = jsonld.expand(
            document,
            {"documentLoader": load},
            on_property_dropped=dropped.append,
        )
        if dropped:
            raise CanonicalisationError(
                "No context defines these properties: "
                + ", ".join(sorted({str(name) for name in dropped}))
            )
        relative = []
        _relative_iris(expanded, relative)
        if relative:
            raise CanonicalisationError(
                "These IRIs are relative: " + ", ".join(sorted(set(relative)))
            )
        return jsonld.normalize(
            expanded,
            {
                "algorithm": "URDNA2015",
                "format": "application/n-quads",
                "documentLoader": load,
            },
        )
