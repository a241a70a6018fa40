"""The places stage's data files: our sites, place words, relations; users' files checked."""

import pytest

from chronicle.errors import DataFileError
from chronicle.places.lexicon import load_lexicon, read_sites


def test_shipped_lexicon_loads():
    lex = load_lexicon()
    names = {entry.name for entry, _ in lex.sites}
    assert {"Tower 22", "Gaza Strip", "Red Sea"} <= names
    assert all(entry.id < 0 for entry, _ in lex.sites)  # never clash with the index
    assert lex.feature_after["governorate"] == "admin1"
    assert lex.relations["north of"] == 0.0
    assert lex.relations["near"] is None
    assert lex.country_words["syria"] == "SYR" and lex.demonyms["jordanian"] == "JOR"


def test_user_file_adds_places(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("name\tlevel\tcountry\tlat\tlon\taliases\tnote\n"
                    "Camp Nowhere\tsite\tIRQ\t33.1\t43.2\tNowhere base\t\n", encoding="utf-8")
    lex = load_lexicon((str(path),))
    mine = [e for e, aliases in lex.sites if e.name == "Camp Nowhere"]
    assert mine and mine[0].lat == 33.1


@pytest.mark.parametrize("row, message", [
    ("X\tvillage\tIRQ\t33\t43\t\t", "level"),
    ("X\tsite\tIRQ\tnorth\t43\t\t", "decimal"),
    ("X\tsite\tIRQ\t133\t43\t\t", "range"),
    ("X\tsite\tIraq\t33\t43\t\t", "alpha-3"),
])
def test_bad_rows_are_refused_with_the_line(tmp_path, row, message):
    path = tmp_path / "bad.tsv"
    path.write_text("name\tlevel\tcountry\tlat\tlon\taliases\tnote\n" + row + "\n",
                    encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        read_sites(path, -1)
