"""The actor dictionary: our files load and check; user files override by id; bad lines fail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronicle.actors.lexicon import load_lexicon
from chronicle.errors import DataFileError


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_lexicon_has_every_un_member_and_more(lexicon) -> None:
    states = [e for e in lexicon.entries.values() if e.kind == "state"]
    assert len(states) >= 196
    for code in ("USA", "IRQ", "PSE", "KOS", "TWN", "UKR", "SDN", "MLI"):
        assert code in lexicon.entries, code


@pytest.mark.parametrize("entry_id, alias", [
    ("USA", "Washington"), ("USA", "US"), ("RUS", "the Kremlin"), ("IRQ", "Iraqi"),
])
def test_lexicon_state_surface_forms(lexicon, entry_id: str, alias: str) -> None:
    entry = lexicon.entries[entry_id]
    forms = {*entry.aliases, *entry.demonyms, *entry.metonyms,
             *(a for _, a in entry.sector_aliases)}
    assert alias in forms or alias.removeprefix("the ") in {f.removeprefix("the ") for f in forms}


def test_lexicon_armed_groups_have_variants(lexicon) -> None:
    surface = {a for e in lexicon.entries.values() for a in e.aliases}
    for alias in ("Kataib Hezbollah", "Kataeb Hezbollah", "Harakat Hezbollah al-Nujaba",
                  "Nujaba"):
        assert alias in surface, alias


def test_lexicon_user_file_overrides_by_id(tmp_path: Path) -> None:
    extra = tmp_path / "mine.jsonl"
    extra.write_text(json.dumps({
        "id": "USA", "name": "United States of America", "kind": "state", "country": "USA",
        "sector": "GOV", "aliases": ["the States"], "source": "test"}) + "\n" + json.dumps({
        "id": "x-new", "name": "Northern Brigade", "kind": "armed_group", "country": "SYR",
        "sector": "REB", "aliases": ["Northern Brigade"], "source": "test"}) + "\n")
    lexicon = load_lexicon([extra])
    assert lexicon.entries["USA"].name == "United States of America"
    assert lexicon.entries["x-new"].country == "SYR"


@pytest.mark.parametrize("line, detail", [
    ("{not json", "line 1"),
    (json.dumps({"id": "a", "name": "A"}), "missing field"),
    (json.dumps({"id": "a", "name": "A", "kind": "tribe", "country": "IRQ", "sector": "REB",
                 "aliases": ["A"], "source": "t"}), "kind"),
    (json.dumps({"id": "a", "name": "A", "kind": "armed_group", "country": "Iraq",
                 "sector": "REB", "aliases": ["A"], "source": "t"}), "country"),
    (json.dumps({"id": "a", "name": "A", "kind": "armed_group", "country": "IRQ",
                 "sector": "XXX", "aliases": ["A"], "source": "t"}), "sector"),
])
def test_lexicon_bad_user_line_names_file_and_line(tmp_path: Path, line: str, detail: str) -> None:
    extra = tmp_path / "bad.jsonl"
    extra.write_text(line + "\n")
    with pytest.raises(DataFileError) as info:
        load_lexicon([extra])
    assert "bad.jsonl" in info.value.message and detail in info.value.message
    assert info.value.message.startswith("E101")
