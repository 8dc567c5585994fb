"""The portal's own signing code against test vectors it did not write.

W3C, Data Integrity EdDSA Cryptosuites v1.0, test vectors for eddsa-rdfc-2022
(../shared/credentials/w3c-vc-di-eddsa/), and 1EdTech's canonical forms of an
OpenBadgeCredential and its proof (../shared/credentials/1edtech-ob-v3p0/).
Every intermediate value must match byte for byte.
"""

import pytest

from credentials.jsonld import (
    CREDENTIALS_V2,
    OPEN_BADGES_V3,
    CanonicalisationError,
    canonicalize,
    load_context,
)
from credentials.keys import (
    SigningKey,
    multibase_decode,
    multibase_encode,
    public_key_multibase,
)
from credentials.proofs import sign_document, signing_steps

from .references import OPEN_BADGES, W3C_CONTEXTS, W3C_VECTORS, load, text

EXAMPLES_CONTEXT = "https://www.w3.org/ns/credentials/examples/v2"


@pytest.fixture(scope="module")
def examples_context():
    # Only the test vectors use the W3C examples context; the portal never loads it.
    return {EXAMPLES_CONTEXT: load(W3C_CONTEXTS / "credentials-examples-v2.jsonld")}


@pytest.fixture(scope="module")
def w3c_steps(examples_context):
    key_pair = load(W3C_VECTORS / "keyPair.json")
    key = SigningKey.from_multibase(key_pair["privateKeyMultibase"])
    configuration = load(W3C_VECTORS / "proofConfigDataInt.json")
    return signing_steps(
        load(W3C_VECTORS / "unsigned.json"),
        key,
        configuration["verificationMethod"],
        configuration["created"],
        extra_contexts=examples_context,
    )


def test_w3c_key_pair_reads_back_to_the_same_public_key():
    key_pair = load(W3C_VECTORS / "keyPair.json")
    key = SigningKey.from_multibase(key_pair["privateKeyMultibase"])
    assert key.public_multibase == key_pair["publicKeyMultibase"]
    assert key.private_multibase == key_pair["privateKeyMultibase"]


def test_w3c_canonical_document_matches_byte_for_byte(w3c_steps):
    assert w3c_steps.canonical_document == text(W3C_VECTORS / "canonDocDataInt.txt")


def test_w3c_canonical_proof_configuration_matches_byte_for_byte(w3c_steps):
    assert w3c_steps.canonical_proof_configuration == text(
        W3C_VECTORS / "proofCanonDataInt.txt"
    )


def test_w3c_hashes_match(w3c_steps):
    assert (
        w3c_steps.document_hash.hex()
        == text(W3C_VECTORS / "docHashDataInt.txt").strip()
    )
    assert (
        w3c_steps.proof_hash.hex() == text(W3C_VECTORS / "proofHashDataInt.txt").strip()
    )
    assert (
        w3c_steps.hash_data.hex()
        == text(W3C_VECTORS / "combinedHashDataInt.txt").strip()
    )


def test_w3c_signature_and_proof_value_match(w3c_steps):
    assert w3c_steps.signature.hex() == text(W3C_VECTORS / "sigHexDataInt.txt").strip()
    assert w3c_steps.proof_value == text(W3C_VECTORS / "sigBTC58DataInt.txt").strip()


def test_w3c_signed_credential_matches(examples_context):
    key_pair = load(W3C_VECTORS / "keyPair.json")
    configuration = load(W3C_VECTORS / "proofConfigDataInt.json")
    signed = sign_document(
        load(W3C_VECTORS / "unsigned.json"),
        SigningKey.from_multibase(key_pair["privateKeyMultibase"]),
        configuration["verificationMethod"],
        configuration["created"],
        extra_contexts=examples_context,
    )
    assert signed == load(W3C_VECTORS / "signedDataInt.json")


# 1EdTech, Open Badges 3.0 Implementation Guide, "Linked Data Proof Test
# Vector for Open Badges 3.0": the credential and proof options it signs.
# Its canonical forms are the reference files; its key, hashes and proof
# value are printed in the guide and repeated here.
OB_DOCUMENT = {
    "@context": [CREDENTIALS_V2, OPEN_BADGES_V3],
    "id": "http://example.com/credentials/3527",
    "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "issuer": {
        "id": "https://example.edu/issuers/565049",
        "type": ["Profile"],
        "url": "https://www.imsglobal.org",
        "name": "Example Corp",
    },
    "validFrom": "2010-01-01T00:00:00Z",
    "name": "Teamwork Badge",
    "credentialSubject": {
        "id": "did:example:ebfeb1f712ebc6f1c276e12ec21",
        "type": ["AchievementSubject"],
        "achievement": {
            "id": "https://example.com/achievements/21st-century-skills/teamwork",
            "type": ["Achievement"],
            "criteria": {
                "narrative": "Team members are nominated for this badge by their "
                "peers and recognized upon review by Example Corp management."
            },
            "description": "This badge recognizes the development of the "
            "capacity to collaborate within a group environment.",
            "name": "Teamwork",
        },
    },
}
OB_METHOD = (
    "https://example.edu/issuers/565049"
    "#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"
)
OB_CREATED = "2010-01-01T19:23:24Z"
OB_SEED = "6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4"


@pytest.fixture(scope="module")
def ob_steps():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = SigningKey(Ed25519PrivateKey.from_private_bytes(bytes.fromhex(OB_SEED)))
    return key, signing_steps(OB_DOCUMENT, key, OB_METHOD, OB_CREATED)


def test_open_badges_canonical_document_matches_byte_for_byte(ob_steps):
    _key, steps = ob_steps
    assert steps.canonical_document == text(OPEN_BADGES / "obv3p0-document-canon.txt")


def test_open_badges_canonical_proof_matches_byte_for_byte(ob_steps):
    _key, steps = ob_steps
    assert steps.canonical_proof_configuration == text(
        OPEN_BADGES / "obv3p0-proof-canon.txt"
    )


def test_open_badges_hashes_and_proof_value_match_the_guide(ob_steps):
    key, steps = ob_steps
    assert key.public_multibase == OB_METHOD.split("#")[1]
    assert steps.document_hash.hex() == (
        "87f65a76d40146205e3b3e06cb0fbd153f97f9ce70372390f52566bb7f9e0773"
    )
    assert steps.proof_hash.hex() == (
        "d34009cea0dbc1ca941e09dc01c8c9d3e3ce3c5b853f67ee44698dcea10f5d19"
    )
    assert steps.proof_value == (
        "z5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ"
        "1sYKJaWvqZtkMtSbz35HcbgXVEDYHxCzgkCr"
    )


def test_packaged_contexts_are_the_published_ones():
    """The contexts the portal reads at run time (openbadgeslib's package data)
    are W3C's and 1EdTech's: v2 identical, Open Badges 3.0.3 defining every
    term of 1EdTech's file identically (the packaged copy adds two terms that
    1EdTech's errata added later: endorsementJwt and jti)."""
    assert load_context(CREDENTIALS_V2) == load(W3C_CONTEXTS / "credentials-v2.jsonld")
    packaged = load_context(OPEN_BADGES_V3)["@context"]
    reference = load(OPEN_BADGES / "context-3.0.3.json")["@context"]

    def without(context, extra):
        if isinstance(context, dict):
            return {
                key: without(value, extra)
                for key, value in context.items()
                if key not in extra
            }
        return context

    assert without(packaged, {"endorsementJwt", "jti"}) == reference


def test_unknown_context_is_refused_not_fetched():
    with pytest.raises(CanonicalisationError, match="never fetched"):
        canonicalize({"@context": "https://example.org/ctx.jsonld", "name": "x"})


def test_a_property_no_context_defines_is_refused():
    """JSON-LD would drop it, and the signature would not cover it."""
    document = {**OB_DOCUMENT, "nickname": "not in any context"}
    with pytest.raises(CanonicalisationError, match="nickname"):
        canonicalize(document)


def test_a_relative_type_is_refused():
    document = {
        **OB_DOCUMENT,
        "credentialSchema": [{"id": "https://x.example/s", "type": "Unknown2019"}],
    }
    with pytest.raises(CanonicalisationError, match="relative"):
        canonicalize(document)


def test_multibase_round_trip_keeps_leading_zero_bytes():
    data = b"\0\0\x01\x02"
    assert multibase_decode(multibase_encode(data)) == data
    key = SigningKey.generate()
    assert public_key_multibase(key.private_key.public_key()).startswith("z6Mk")
