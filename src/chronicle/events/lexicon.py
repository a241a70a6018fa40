"""Load and check the event lexicon (data/events/*.tsv), with user files laid over it."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from chronicle.datafiles import read_tsv, read_words, reporting_verbs
from chronicle.errors import DataFileError, Errors

FRAMES = {"", "threaten", "request", "reject", "agree", "claim", "plan", "deny", "light",
          "prepare", "fail"}
# Frames whose trigger takes its type from the event it governs.
TYPELESS_FRAMES = {"plan", "light", "prepare"}


@dataclass(slots=True, frozen=True)
class Trigger:
    lemma: str
    pos: str
    type: str  # PLOVER category, or "NONE" for a typeless frame
    mode: str | None
    frame: str
    recipient: tuple[str, ...]
    actor: tuple[str, ...]
    swap: bool

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.lemma.split())


@dataclass(slots=True, frozen=True)
class ObjectRule:
    """Whether a trigger needs an object to report an event, and objects that void it."""

    needs_object: bool
    inert_objects: frozenset[str]
    needs_event: bool = False  # an object must be an event ("responsible for attacks")
    forbids_object: bool = False  # "called X on Saturday" is no "call on"


@dataclass(frozen=True, slots=True)
class ThreatIdiom:
    """A set phrase that threatens (threat_idioms.tsv): "the crime will not go unpunished"."""

    words: tuple[str, ...]  # lemmas, head first
    of_deed: bool  # said of a deed (its doer is threatened), else of a party
    negated: bool  # the phrase threatens only when negated


@dataclass(slots=True)
class EventLexicon:
    # head lemma + pos -> triggers with that head, longest phrase first
    triggers: dict[tuple[str, str], list[Trigger]] = field(default_factory=dict)
    mode_cues: dict[tuple[str, str], str] = field(default_factory=dict)  # (cue, type) -> mode
    frame_modes: dict[tuple[str, str], str] = field(default_factory=dict)
    categories: dict[str, frozenset[str]] = field(default_factory=dict)  # type -> modes
    agent_nouns: frozenset[str] = frozenset()
    reporting_verbs: frozenset[str] = frozenset()
    campaign_nouns: frozenset[str] = frozenset()
    wars: frozenset[str] = frozenset()  # campaign nouns told as waged even when ending them
    response_words: frozenset[str] = frozenset()  # "a response to the killing": two deeds
    light_verbs: frozenset[str] = frozenset()  # "carry out", "wage": the deed is their object
    compound_heads: frozenset[str] = frozenset()  # "call" of "phone call": a noun phrase's head
    trigger_lemmas: frozenset[str] = frozenset()  # every lemma a trigger can start from
    listing_verbs: frozenset[str] = frozenset()  # "listed X as a terrorist organisation"
    listing_marks: frozenset[str] = frozenset()
    listing_all: frozenset[str] = frozenset()  # and those that list by themselves
    changing_verbs: frozenset[str] = frozenset()  # "would not alter US plans": a dismissal
    sparing_verbs: frozenset[str] = frozenset()  # "the strikes avoided Iranian territory"
    unchanged_plans: frozenset[str] = frozenset()
    condemning: frozenset[tuple[str, str]] = frozenset()  # "called the strikes a crime"
    object_rules: dict[tuple[str, str], ObjectRule] = field(default_factory=dict)
    idioms: frozenset[tuple[str, str, str]] = frozenset()  # (before, noun, after): no event
    # head lemma -> set phrases that threaten ("go unpunished", "pay price")
    threat_idioms: dict[str, list[ThreatIdiom]] = field(default_factory=dict)

    def frame_mode(self, frame: str, inner_type: str, inner_mode: str | None) -> str | None:
        if inner_mode and (frame, f"{inner_type}:{inner_mode}") in self.frame_modes:
            return self.frame_modes[(frame, f"{inner_type}:{inner_mode}")]
        return self.frame_modes.get((frame, inner_type)) or \
            self.frame_modes.get((frame, "*")) or None


def default_data_dir() -> Path:
    return Path(str(resources.files("chronicle") / "data" / "events"))


def load_categories() -> dict[str, frozenset[str]]:
    """PLOVER's categories and their modes, from our copy of the ontology's summary."""
    path = default_data_dir() / "plover_modes.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in data.items()}


def load_event_lexicon(extra_files: Iterable[str | Path] = (), data_dir: Path | None = None
                       ) -> EventLexicon:
    data_dir = data_dir or default_data_dir()
    lexicon = EventLexicon(categories=load_categories())
    rows: dict[tuple[str, str], Trigger] = {}
    for path in (data_dir / "triggers.tsv", *map(Path, extra_files)):
        for row_no, row in read_tsv(path, ("lemma", "pos", "type", "mode", "frame")):
            trigger = parse_trigger(row, path, row_no, lexicon.categories)
            rows[(trigger.lemma, trigger.pos)] = trigger  # a later file replaces a row
    for trigger in rows.values():
        lexicon.triggers.setdefault((trigger.words[0], trigger.pos), []).append(trigger)
    for options in lexicon.triggers.values():
        options.sort(key=lambda t: -len(t.words))
    lexicon.light_verbs = frozenset(t.lemma for t in rows.values() if t.frame == "light")
    lexicon.compound_heads = frozenset(t.words[-1] for t in rows.values()
                                       if t.pos == "NOUN" and len(t.words) == 2)
    for row_no, row in read_tsv(data_dir / "mode_cues.tsv", ("cue", "type", "mode")):
        check_mode(row["type"], row["mode"], data_dir / "mode_cues.tsv", row_no,
                   lexicon.categories)
        lexicon.mode_cues.setdefault((row["cue"].lower(), row["type"]), row["mode"])
    lexicon.agent_nouns = read_words(data_dir / "agent_nouns.tsv", "lemma")
    lexicon.reporting_verbs = reporting_verbs()
    campaigns = [row for _, row in read_tsv(data_dir / "campaign_nouns.tsv", ("lemma",))]
    lexicon.campaign_nouns = frozenset(row["lemma"].lower() for row in campaigns)
    lexicon.wars = frozenset(row["lemma"].lower() for row in campaigns
                             if row.get("waged", "").strip().lower() == "yes")
    lexicon.response_words = read_words(data_dir / "response_words.tsv", "lemma")
    lexicon.condemning = frozenset(
        (row["lemma"].lower(), row["pos"].upper())
        for _, row in read_tsv(data_dir / "condemning_words.tsv", ("lemma", "pos")))
    for _, row in read_tsv(data_dir / "object_rules.tsv", ("lemma", "pos", "needs_object")):
        needs = row["needs_object"].lower()
        lexicon.object_rules[(row["lemma"].lower(), row["pos"].upper())] = ObjectRule(
            needs_object=needs in {"yes", "event-only"},
            needs_event=needs in {"event", "event-only"}, forbids_object=needs == "no",
            inert_objects=frozenset(slots(row.get("inert_objects", "").lower())))
    listings = [row for _, row in read_tsv(data_dir / "designations.tsv", ("kind", "lemma"))]
    lexicon.listing_verbs = frozenset(r["lemma"].lower() for r in listings if r["kind"] == "verb")
    lexicon.listing_marks = frozenset(r["lemma"].lower() for r in listings if r["kind"] == "mark")
    lexicon.listing_all = lexicon.listing_verbs | frozenset(
        r["lemma"].lower() for r in listings if r["kind"] == "lists")
    dismissing = [row for _, row in read_tsv(data_dir / "dismissal_words.tsv",
                                             ("kind", "lemma"))]
    lexicon.changing_verbs = frozenset(r["lemma"].lower() for r in dismissing
                                       if r["kind"] == "verb")
    lexicon.unchanged_plans = frozenset(r["lemma"].lower() for r in dismissing
                                        if r["kind"] == "plan")
    lexicon.sparing_verbs = read_words(data_dir / "sparing_verbs.tsv", "lemma")
    lexicon.trigger_lemmas = frozenset(
        {lemma for lemma, _ in lexicon.triggers} | lexicon.compound_heads |
        lexicon.listing_verbs)
    lexicon.idioms = frozenset(
        (row["before"].lower(), row["lemma"].lower(), row["after"].lower())
        for _, row in read_tsv(data_dir / "idioms.tsv", ("before", "lemma", "after")))
    for _, row in read_tsv(data_dir / "threat_idioms.tsv", ("lemma", "subject", "negated")):
        words = tuple(row["lemma"].lower().split())
        lexicon.threat_idioms.setdefault(words[0], []).append(ThreatIdiom(
            words=words, of_deed=row["subject"].strip().lower() == "deed",
            negated=row["negated"].strip().lower() == "yes"))
    for _, row in read_tsv(data_dir / "frame_modes.tsv", ("frame", "inner_type", "mode")):
        lexicon.frame_modes[(row["frame"], row["inner_type"])] = row["mode"] or ""
    return lexicon


def parse_trigger(row: dict[str, str], path: Path, row_no: int,
                  categories: dict[str, frozenset[str]]) -> Trigger:
    def fail(detail: str) -> DataFileError:
        return DataFileError(Errors.E101, path=path, line=row_no, detail=detail)

    pos = row["pos"].upper()
    if pos not in {"VERB", "NOUN", "ADJ"}:
        raise fail(f"pos {row['pos']!r} must be VERB, NOUN or ADJ")
    frame = row.get("frame", "").strip()
    if frame not in FRAMES:
        raise fail(f"frame {frame!r} is not one of {sorted(FRAMES - {''})}")
    kind = row["type"].upper()
    if kind == "NONE":
        if frame not in TYPELESS_FRAMES:
            raise fail("type NONE needs frame plan or light")
    elif kind not in categories:
        raise fail(f"type {kind!r} is not a PLOVER category")
    mode = row.get("mode", "").strip() or None
    if mode:
        check_mode(kind, mode, path, row_no, categories)
    return Trigger(
        lemma=row["lemma"].lower().strip(), pos=pos, type=kind, mode=mode, frame=frame,
        recipient=slots(row.get("recipient", "")), actor=slots(row.get("actor", "")),
        swap=row.get("swap", "").strip().lower() == "yes",
    )


def check_mode(kind: str, mode: str, path: Path, row_no: int,
               categories: dict[str, frozenset[str]]) -> None:
    if kind not in categories or (mode and mode not in categories[kind]):
        raise DataFileError(Errors.E101, path=path, line=row_no,
                            detail=f"mode {mode!r} is not a mode of {kind}")


def slots(text: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in text.split(",") if s.strip())
