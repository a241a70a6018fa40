"""The gazetteer index: built once into the cache, then looked up by name key."""

from pathlib import Path

import pytest

from chronicle.places import gazetteer as gz
from chronicle.places.lexicon import load_lexicon
from chronicle.places.model import Entry


def test_ensure_index_builds_once_and_moves_the_file_into_place(tmp_path, monkeypatch):
    calls = []

    def fake_build(path: Path) -> None:
        calls.append(path)
        path.write_bytes(b"index")

    monkeypatch.setattr("chronicle.places.build.build", fake_build)
    target = tmp_path / "cache" / "gazetteer-test.sqlite"
    assert gz.ensure_index(target) == target
    assert target.read_bytes() == b"index"
    assert gz.ensure_index(target) == target
    assert len(calls) == 1
    assert not list(target.parent.glob("*.building"))  # no half-built file left behind


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("CHRONICLE_CACHE_DIR", str(tmp_path))
    assert gz.cache_dir() == tmp_path
    assert gz.index_path().parent == tmp_path
    assert gz.index_path().name.startswith("gazetteer-")


@pytest.fixture(scope="module")
def gazetteer() -> gz.Gazetteer:
    return gz.Gazetteer(gz.ensure_index(), load_lexicon().sites)


def names(gazetteer, text):
    return {(e.name, e.level, e.country) for e, _ in gazetteer.lookup(text)}


@pytest.mark.slow
def test_countries_cities_subdivisions_airports(gazetteer):
    assert ("Iraq", "country", "IRQ") in names(gazetteer, "Iraq")
    assert ("Lebanon", "country", "LBN") in names(gazetteer, "Lebanon")
    assert any(level == "city" and c == "USA" for _, level, c in names(gazetteer, "Lebanon"))
    assert ("Baghdad", "city", "IRQ") in names(gazetteer, "Baghdad")
    assert any(level == "admin1" and c == "IRQ" for _, level, c in names(gazetteer, "Anbar"))
    assert ("Baghdad International Airport", "site", "IRQ") in names(
        gazetteer, "Baghdad International Airport")
    assert any(c == "SYR" for _, _, c in names(gazetteer, "Abu Kamal"))  # alternate name


@pytest.mark.slow
def test_our_sites_and_spelling_variants(gazetteer):
    assert ("Tower 22", "site", "JOR") in names(gazetteer, "Tower 22")
    assert ("Al-Tanf garrison", "site", "SYR") in names(gazetteer, "al-Tanf")
    assert any(e.country == "SYR" for e in gazetteer.by_skeleton("dayr az zor"))


@pytest.mark.slow
def test_pins_and_additions(gazetteer):
    baghdad = next(e for e, _ in gazetteer.lookup("Baghdad") if e.level == "city")
    assert abs(baghdad.lat - 33.34) < 0.1 and abs(baghdad.lon - 44.40) < 0.1
    iraq = gazetteer.country("IRQ")
    assert iraq is not None and iraq.lat is not None
    gazetteer.add(Entry(-999, "Camp Test", "site", "IRQ", 33.0, 43.0), ["Test Base"])
    assert ("Camp Test", "site", "IRQ") in names(gazetteer, "test base")
    assert gazetteer.size() > 200_000


def test_an_unwritable_cache_falls_back_to_the_temporary_folder(tmp_path, monkeypatch):
    def fake_build(path: Path) -> None:
        path.write_bytes(b"index")

    monkeypatch.setattr("chronicle.places.build.build", fake_build)
    monkeypatch.setattr("tempfile.gettempdir", lambda: str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")  # a file where the cache folder should be
    built = gz.ensure_index(blocked / "gazetteer-test.sqlite")
    assert built == tmp_path / "tmp" / "gazetteer-test.sqlite" and built.exists()


@pytest.mark.slow
def test_every_country_the_towns_know_has_a_pin(gazetteer):
    palestine = gazetteer.country("PSE")
    assert palestine is not None and palestine.lat is not None  # countryinfo gives none
