"""The reference files in ../shared/credentials/ (see its README): written by
the W3C, 1EdTech and the EU, never copied into this repository."""

import json
from pathlib import Path

REFERENCES = Path(__file__).resolve().parents[2].parent / "shared" / "credentials"
W3C_VECTORS = REFERENCES / "w3c-vc-di-eddsa"
W3C_CONTEXTS = REFERENCES / "w3c-contexts"
OPEN_BADGES = REFERENCES / "1edtech-ob-v3p0"
EUROPASS = REFERENCES / "ebsi-europass-edc"


def text(path):
    return path.read_text(encoding="utf-8")


def load(path):
    return json.loads(text(path))
