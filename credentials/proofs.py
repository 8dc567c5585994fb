"""Data Integrity proofs with the `eddsa-rdfc-2022` cryptosuite (W3C, Data
Integrity EdDSA Cryptosuites v1.0, section 3.3).

To sign: canonicalise the proof configuration (the proof without its value,
under the document's @context) and the document, hash both with SHA-256,
sign the two hashes (proof first) with Ed25519 and write the signature as
base58btc multibase. Ed25519 signatures are deterministic: the same document,
key and date always give the same proof, byte for byte.

The portal only signs. Credentials are verified by an independent verifier
(tests/verifier/, Digital Bazaar's libraries), never by this code.
"""

import copy
import hashlib
from dataclasses import dataclass

from .jsonld import canonicalize
from .keys import multibase_encode

CRYPTOSUITE = "eddsa-rdfc-2022"


@dataclass(frozen=True)
class SigningSteps:
    """Every intermediate value of one signature, for tests against vectors."""

    canonical_document: str
    canonical_proof_configuration: str
    proof_hash: bytes
    document_hash: bytes
    signature: bytes

    @property
    def hash_data(self):
        return self.proof_hash + self.document_hash

    @property
    def proof_value(self):
        return multibase_encode(self.signature)


def proof_configuration(document, verification_method, created):
    return {
        "type": "DataIntegrityProof",
        "cryptosuite": CRYPTOSUITE,
        "created": created,
        "verificationMethod": verification_method,
        "proofPurpose": "assertionMethod",
    }


def signing_steps(document, key, verification_method, created, extra_contexts=None):
    """Canonical forms, hashes and signature for `document` (without proof)."""
    configuration = proof_configuration(document, verification_method, created)
    configuration["@context"] = document["@context"]
    canonical_proof = canonicalize(configuration, extra_contexts)
    canonical_document = canonicalize(document, extra_contexts)
    proof_hash = hashlib.sha256(canonical_proof.encode()).digest()
    document_hash = hashlib.sha256(canonical_document.encode()).digest()
    signature = key.sign(proof_hash + document_hash)
    return SigningSteps(
        canonical_document=canonical_document,
        canonical_proof_configuration=canonical_proof,
        proof_hash=proof_hash,
        document_hash=document_hash,
        signature=signature,
    )


def sign_document(document, key, verification_method, created, extra_contexts=None):
    """A copy of `document` with an embedded DataIntegrityProof."""
    if "proof" in document:
        raise ValueError("The document already has a proof.")
    steps = signing_steps(document, key, verification_method, created, extra_contexts)
    signed = copy.deepcopy(document)
    signed["proof"] = {
        **proof_configuration(document, verification_method, created),
        "proofValue": steps.proof_value,
    }
    return signed
