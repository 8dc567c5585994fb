"""The interface is fully translated; the committed .mo files match the .po files."""

from pathlib import Path

import polib
import pytest

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locale"
TRANSLATED_LANGUAGES = ["es", "it", "he", "ar"]


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_po_file_is_complete(code):
    po = polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))
    assert len(po) > 50
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == [], f"untranslated in {code}: {untranslated[:10]}"
    assert fuzzy == [], f"fuzzy in {code}: {fuzzy[:10]}"


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_compiled_mo_file_matches_po_file(code):
    folder = LOCALE_DIR / code / "LC_MESSAGES"
    po = polib.pofile(str(folder / "django.po"))
    mo = polib.mofile(str(folder / "django.mo"))

    def entries(catalogue):
        return {
            (entry.msgctxt, entry.msgid): (
                entry.msgstr,
                tuple(sorted(entry.msgstr_plural.items())),
            )
            for entry in catalogue
            if entry.msgid and not entry.obsolete and "fuzzy" not in entry.flags
        }

    assert entries(mo) == entries(po), f"run `make messages` to recompile {code}"
