"""What the places stage works with: gazetteer entries and the place mentions of a Doc."""

from __future__ import annotations

from dataclasses import dataclass

# Levels of what a pin stands for, from the most to the least exact. "border" is a stretch
# of a frontier between two countries; "region" is anything larger than one country's
# subdivision that is not a country (a sea, the Gaza Strip, the Middle East).
LEVELS = ("site", "city", "admin2", "admin1", "border", "region", "country")


@dataclass(frozen=True, slots=True)
class Entry:
    """One place the gazetteer knows."""

    id: int
    name: str
    level: str  # one of LEVELS
    country: str | None  # ISO 3166 alpha-3; None for seas and regions spanning states
    lat: float | None
    lon: float | None
    population: int = 0
    admin1: int | None = None  # entry id of the first-level subdivision it lies in
    admin2: int | None = None
    source: str = ""


@dataclass(slots=True)
class PlaceMention:
    """Tokens [start, end) of a Doc naming a place, and what it was resolved to.

    `entry` is None for a toponym the gazetteer could not place: it is still reported, so
    a reader sees the name and that it has no pin.
    """

    start: int
    end: int
    text: str
    entry: Entry | None
    near: bool = False  # "near X", "outside X": the event is by X, not in it
    locative: bool = False  # told as where something is or happens ("in X", "X province")
    origin: bool = False  # told as whence ("fighters from Tal Afar")
    holds: bool = False  # named as what holds the place before it ("Lebanon, Pennsylvania")
    how: str = ""  # why this reading: "ner", "gazetteer", "border", "context"...
    candidates: int = 0
