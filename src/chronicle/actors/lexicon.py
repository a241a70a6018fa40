"""Load and check the actor dictionary and its lexicons (data/actors/), merged with user files."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from chronicle.actors.translit import name_key
from chronicle.datafiles import read_tsv, read_words
from chronicle.errors import DataFileError, Errors

KINDS = {"state", "igo", "organization", "armed_group", "party", "person", "media", "ngo"}
NON_STATE_CODES = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "KOS"}
SECTORS = {
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
}
REQUIRED = ("id", "name", "kind", "country", "sector", "aliases", "source")


@dataclass(slots=True, frozen=True)
class Entry:
    """One actor of the dictionary."""

    id: str
    name: str
    kind: str
    country: str
    sector: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    sector_aliases: tuple[tuple[str, str], ...] = ()  # (sector, alias)
    affiliation: str | None = None
    role: str | None = None


@dataclass(slots=True, frozen=True)
class ForceHead:
    sector: str
    kind: str


@dataclass(slots=True, frozen=True)
class Descriptor:
    actor: str
    sector: str | None


@dataclass(slots=True, frozen=True)
class AnaphorHead:
    kinds: frozenset[str]
    via_country: bool


@dataclass(slots=True)
class ActorLexicon:
    """Everything the actor stage knows, after user files are laid over ours."""

    entries: dict[str, Entry] = field(default_factory=dict)
    force_heads: dict[str, ForceHead] = field(default_factory=dict)
    descriptors: dict[str, Descriptor] = field(default_factory=dict)
    anaphor_heads: dict[str, AnaphorHead] = field(default_factory=dict)
    role_nouns: dict[str, str | None] = field(default_factory=dict)
    place_heads: frozenset[str] = frozenset()
    locative_preps: frozenset[str] = frozenset()
    facility_heads: frozenset[str] = frozenset()
    non_actors: frozenset[str] = frozenset()
    place_verbs: frozenset[str] = frozenset()
    backing_words: frozenset[str] = frozenset()
    proxy_nouns: frozenset[str] = frozenset()
    unmarked_force_nouns: frozenset[str] = frozenset()  # "three soldiers": the known military
    description_heads: frozenset[str] = frozenset()
    # spelling-tolerant keys (translit.name_key) of non-state names -> entry id, None if shared
    name_keys: dict[tuple[str, ...], str | None] = field(default_factory=dict)

    def entry(self, actor_id: str) -> Entry | None:
        return self.entries.get(actor_id)


def default_data_dir() -> Path:
    return Path(str(resources.files("chronicle") / "data" / "actors"))


def load_lexicon(extra_files: Iterable[str | Path] = (), data_dir: Path | None = None
                 ) -> ActorLexicon:
    """Our dictionary and lexicons, with `extra_files` (JSONL entries) overriding ours by id."""
    data_dir = data_dir or default_data_dir()
    lexicon = ActorLexicon()
    origin: dict[str, str] = {}
    for path in sorted(data_dir.glob("*.jsonl")):
        for line_no, entry in read_entries(path):
            if entry.id in origin:
                raise DataFileError(Errors.E102, id=entry.id, path=path, line=line_no,
                                    first=origin[entry.id])
            origin[entry.id] = f"{path.name}:{line_no}"
            lexicon.entries[entry.id] = entry
    for extra in extra_files:
        for _, entry in read_entries(Path(extra)):
            lexicon.entries[entry.id] = entry  # a user's entry replaces ours by id
    check_references(lexicon, data_dir)
    lexicon.name_keys = index_name_keys(lexicon.entries.values())
    lex_dir = data_dir / "lexicons"
    for row_no, row in read_tsv(lex_dir / "force_heads.tsv", ("head", "sector", "kind")):
        check_sector(row["sector"], lex_dir / "force_heads.tsv", row_no)
        lexicon.force_heads[row["head"].lower()] = ForceHead(row["sector"], row["kind"])
    for row_no, row in read_tsv(lex_dir / "descriptors.tsv", ("phrase", "actor", "sector")):
        if row["actor"] not in lexicon.entries:
            raise DataFileError(Errors.E101, path=lex_dir / "descriptors.tsv", line=row_no,
                                detail=f"unknown actor id {row['actor']!r}")
        sector = row["sector"] or None
        if sector:
            check_sector(sector, lex_dir / "descriptors.tsv", row_no)
        lexicon.descriptors[row["phrase"].lower()] = Descriptor(row["actor"], sector)
    for _, row in read_tsv(lex_dir / "anaphor_heads.tsv", ("head", "kinds", "via_country")):
        lexicon.anaphor_heads[row["head"].lower()] = AnaphorHead(
            frozenset(row["kinds"].split()), row["via_country"].strip().lower() == "yes")
    for row_no, row in read_tsv(lex_dir / "role_nouns.tsv", ("role", "sector")):
        sector = row["sector"] or None
        if sector:
            check_sector(sector, lex_dir / "role_nouns.tsv", row_no)
        lexicon.role_nouns[row["role"].lower()] = sector
    lexicon.place_heads = read_words(lex_dir / "place_heads.tsv", "head")
    lexicon.facility_heads = read_words(lex_dir / "facility_heads.tsv", "head")
    lexicon.description_heads = read_words(lex_dir / "description_heads.tsv", "head")
    lexicon.backing_words = read_words(lex_dir / "backing_words.tsv", "word")
    lexicon.proxy_nouns = read_words(lex_dir / "proxy_nouns.tsv", "lemma")
    lexicon.unmarked_force_nouns = read_words(lex_dir / "unmarked_force_nouns.tsv", "lemma")
    lexicon.place_verbs = read_words(lex_dir / "place_verbs.tsv", "verb")
    lexicon.non_actors = read_words(lex_dir / "non_actors.tsv", "name")
    lexicon.locative_preps = read_words(lex_dir / "locative_preps.tsv", "preposition")
    return lexicon


def index_name_keys(entries: Iterable[Entry]) -> dict[tuple[str, ...], str | None]:
    """Keys of two words or more for people and groups; a key two entries share is void."""
    index: dict[tuple[str, ...], str | None] = {}
    for entry in entries:
        if entry.kind == "state":
            continue
        for alias in (entry.name, *entry.aliases):
            key = name_key(alias)
            if len(key) < 2:
                continue
            if key in index and index[key] != entry.id:
                index[key] = None
            else:
                index[key] = entry.id
    return index


def read_entries(path: Path) -> Iterable[tuple[int, Entry]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise DataFileError(Errors.E101, path=path, line=0, detail=str(e)) from e
    for line_no, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as e:
            raise DataFileError(Errors.E101, path=path, line=line_no, detail=str(e)) from e
        yield line_no, parse_entry(data, path, line_no)


def parse_entry(data: object, path: Path, line_no: int) -> Entry:
    def fail(detail: str) -> DataFileError:
        return DataFileError(Errors.E101, path=path, line=line_no, detail=detail)

    if not isinstance(data, dict):
        raise fail("not a JSON object")
    missing = [k for k in REQUIRED if k not in data]
    if missing:
        raise fail(f"missing field(s) {', '.join(missing)}")
    if data["kind"] not in KINDS:
        raise fail(f"kind {data['kind']!r} is not one of {sorted(KINDS)}")
    country = data["country"]
    if not (isinstance(country, str) and len(country) == 3 and country.isupper()):
        raise fail(f"country {country!r} is not an alpha-3 or PLOVER code")
    check_sector(data["sector"], path, line_no)
    sector_aliases: list[tuple[str, str]] = []
    for sector, names in (data.get("sector_aliases") or {}).items():
        check_sector(sector, path, line_no)
        sector_aliases += [(sector, n) for n in string_list(names, "sector_aliases", fail)]
    return Entry(
        id=str(data["id"]), name=str(data["name"]), kind=data["kind"], country=country,
        sector=data["sector"],
        aliases=string_list(data["aliases"], "aliases", fail),
        demonyms=string_list(data.get("demonyms", []), "demonyms", fail),
        metonyms=string_list(data.get("metonyms", []), "metonyms", fail),
        sector_aliases=tuple(sector_aliases),
        affiliation=data.get("affiliation"), role=data.get("role"),
    )


def string_list(value: object, name: str, fail) -> tuple[str, ...]:  # noqa: ANN001
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise fail(f"{name} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def check_sector(sector: object, path: Path, line_no: int) -> None:
    if sector not in SECTORS:
        raise DataFileError(Errors.E101, path=path, line=line_no,
                            detail=f"sector {sector!r} is not a PLOVER sector")


def check_references(lexicon: ActorLexicon, data_dir: Path) -> None:
    for entry in lexicon.entries.values():
        if entry.affiliation and entry.affiliation not in lexicon.entries:
            raise DataFileError(Errors.E101, path=data_dir, line=0,
                                detail=f"{entry.id}: unknown affiliation {entry.affiliation!r}")
