"""The places stage's knowledge, read from data files users can extend.

- data/places/sites.tsv (and files passed as `extra_files`): places the registry packages
  lack or file under another name;
- data/places/feature_words.tsv: "X province", "the village of X";
- data/places/relation_words.tsv: "near X", "10 km north of X";
- data/actors/countries.jsonl: the short names and demonyms of states ("U.S.", "Syrian")
  that border phrases use ("the Syrian-Jordanian border").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from chronicle.datafiles import read_tsv, read_words
from chronicle.errors import DataFileError, Errors
from chronicle.places.model import LEVELS, Entry
from chronicle.places.names import fold

# Ids of our own places are negative, so they never meet the index's.
_FIRST_OWN_ID = -1


@dataclass
class PlaceLexicon:
    sites: list[tuple[Entry, list[str]]] = field(default_factory=list)
    feature_after: dict[str, str] = field(default_factory=dict)  # folded word -> level
    feature_before: dict[str, str] = field(default_factory=dict)
    relations: dict[str, float | None] = field(default_factory=dict)  # phrase -> bearing
    country_words: dict[str, str] = field(default_factory=dict)  # folded name/demonym -> ISO3
    country_aliases: dict[str, str] = field(default_factory=dict)  # "U.S." -> USA (as written)
    demonyms: dict[str, str] = field(default_factory=dict)
    state_names: dict[str, str] = field(default_factory=dict)  # ISO3 -> the dictionary's name
    metonyms: frozenset[str] = frozenset()  # capitals that stand for states: "Washington"
    outlets: frozenset[str] = frozenset()  # news outlets and agencies: "AP", "SANA", "IRNA"
    place_verbs: frozenset[str] = frozenset()  # "entered Kidal": the object is a place
    locatives: frozenset[str] = frozenset()  # "in", "at", "near": what puts a name as a place


def data_dir() -> Path:
    return Path(str(resources.files("chronicle") / "data"))


def read_sites(path: Path, first_id: int) -> list[tuple[Entry, list[str]]]:
    out = []
    columns = ("name", "level", "country", "lat", "lon", "aliases")
    for row_no, row in read_tsv(path, columns):
        if row["level"] not in LEVELS:
            raise DataFileError(Errors.E101, path=path, line=row_no,
                                detail=f"level must be one of {', '.join(LEVELS)}")
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError as e:
            raise DataFileError(Errors.E101, path=path, line=row_no,
                                detail="lat and lon must be decimal degrees") from e
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise DataFileError(Errors.E101, path=path, line=row_no,
                                detail="lat/lon out of range")
        country = row["country"].upper() or None
        if country is not None and len(country) != 3:
            raise DataFileError(Errors.E101, path=path, line=row_no,
                                detail="country must be an ISO 3166 alpha-3 code or empty")
        entry = Entry(first_id - len(out), row["name"], row["level"], country, lat, lon,
                      0, source=path.name)
        out.append((entry, [a for a in row["aliases"].split("|") if a.strip()]))
    return out


@lru_cache(maxsize=8)
def load_lexicon(extra_files: tuple[str, ...] = ()) -> PlaceLexicon:
    lex = PlaceLexicon()
    base = data_dir()
    next_id = _FIRST_OWN_ID
    for path in [base / "places" / "sites.tsv", *(Path(p) for p in extra_files)]:
        rows = read_sites(path, next_id)
        lex.sites += rows
        next_id -= len(rows)
    for _, row in read_tsv(base / "places" / "feature_words.tsv", ("word", "level", "side")):
        table = lex.feature_after if row["side"] == "after" else lex.feature_before
        table[fold(row["word"])] = row["level"]
    for _, row in read_tsv(base / "places" / "relation_words.tsv", ("phrase", "bearing")):
        lex.relations[fold(row["phrase"])] = float(row["bearing"]) if row["bearing"] else None
    lex.locatives = read_words(base / "actors" / "lexicons" / "locative_preps.tsv",
                               "preposition")
    countries = base / "actors" / "countries.jsonl"
    metonyms: set[str] = set()
    for line in countries.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        if item.get("kind") != "state" or not item.get("country"):
            continue
        lex.state_names.setdefault(item["country"], item["name"])
        for name in [item["name"], *item.get("aliases", [])]:
            lex.country_words.setdefault(fold(name), item["country"])
            lex.country_aliases.setdefault(name, item["country"])
        for name in item.get("demonyms", []):
            lex.demonyms.setdefault(fold(name), item["country"])
        metonyms |= {fold(name) for name in item.get("metonyms", [])}
    lex.metonyms = frozenset(metonyms)
    outlets: set[str] = set()
    for line in (base / "actors" / "media.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            outlets |= {fold(n) for n in [item["name"], *item.get("aliases", [])]}
    lex.outlets = frozenset(outlets)
    lex.place_verbs = read_words(base / "places" / "place_verbs.tsv", "verb")
    return lex
