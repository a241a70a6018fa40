"""What the actor stage writes on a Doc: actors and the token spans that mention them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chronicle.actors.lexicon import ActorLexicon, Entry

SECTOR_NAMES = {
    "MIL": "military", "GOV": "government", "COP": "police", "SPY": "intelligence",
    "LEG": "legislature", "JUD": "judiciary", "CVL": "civilians", "REB": "rebels",
}
SECTOR_KINDS = {"MIL": "force", "COP": "force", "SPY": "force", "CVL": "population",
                "REB": "force"}


@dataclass(slots=True)
class ActorInfo:
    id: str
    name: str
    country: str | None
    sector: str | None
    kind: str
    entry: str | None = None
    affiliation: str | None = None


@dataclass(slots=True)
class ActorMention:
    """Tokens [start, end) of a Doc that refer to actor `actor_id`; `head` is the syntactic head."""

    start: int
    end: int
    actor_id: str
    form: str
    head: int


@dataclass(slots=True)
class ActorTable:
    """The actors of one document, made on demand from the dictionary or from the text."""

    lexicon: ActorLexicon
    actors: dict[str, ActorInfo] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)  # person id -> "m"/"f", from pronouns

    def from_entry(self, entry: Entry, sector: str | None = None) -> str:
        """The id of `entry`'s actor, or of one of its sectors ("USA" + MIL -> "USA-MIL")."""
        if sector is None or sector == entry.sector or entry.kind != "state":
            if entry.id not in self.actors:
                self.actors[entry.id] = ActorInfo(
                    entry.id, entry.name, entry.country, entry.sector, entry.kind, entry.id,
                    entry.affiliation)
            return entry.id
        actor_id = f"{entry.id}-{sector}"
        if actor_id not in self.actors:
            self.actors[actor_id] = ActorInfo(
                actor_id, f"{entry.name} {SECTOR_NAMES.get(sector, sector.lower())}",
                entry.country, sector, SECTOR_KINDS.get(sector, "body"), entry.id, entry.id)
        return actor_id

    def by_id(self, actor_id: str, sector: str | None = None) -> str | None:
        entry = self.lexicon.entry(actor_id)
        if entry is not None:
            return self.from_entry(entry, sector)
        if actor_id in self.actors:
            return actor_id
        return None

    def sector_of(self, actor_id: str, sector: str) -> str:
        """The `sector` part of a state actor; any other actor stands for its own members.

        A state has no rebel sector: "its fighters" of a state is left as the owner itself.
        """
        info = self.actors[actor_id]
        if sector == "REB":
            return actor_id
        if info.kind == "state" and info.entry:
            entry = self.lexicon.entry(info.entry)
            if entry is not None:
                return self.from_entry(entry, sector)
        if info.entry and info.kind in {*SECTOR_KINDS.values(), "body"}:
            # "its troops" where "its" is already a sector actor: same state, new sector
            parent = self.lexicon.entry(info.entry)
            if parent is not None and parent.kind == "state":
                return self.from_entry(parent, sector)
        return actor_id

    def inferred(self, name: str, *, kind: str, country: str | None, sector: str | None,
                 affiliation: str | None) -> str:
        actor_id = "x-" + slug(name)
        if actor_id not in self.actors:
            self.actors[actor_id] = ActorInfo(actor_id, name, country, sector, kind, None,
                                              affiliation)
        return actor_id

    def state_of(self, actor_id: str) -> str | None:
        """The state actor an actor belongs to by country code, if the dictionary has it."""
        info = self.actors[actor_id]
        if info.kind == "state":
            return actor_id
        if info.country:
            entry = self.lexicon.entry(info.country)
            if entry is not None and entry.kind == "state":
                return self.from_entry(entry)
        return None


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "actor"
