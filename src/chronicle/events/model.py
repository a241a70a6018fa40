"""The event coder's working objects: a trigger with its arguments, modality and counts."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from chronicle.events.lexicon import Trigger

if TYPE_CHECKING:
    from chronicle.events.dating import When


@dataclass(slots=True)
class Candidate:
    """One event as the coder builds it. Token offsets; the record turns them into characters."""

    head: Token
    spec: Trigger
    type: str
    mode: str | None
    start: int  # trigger token span
    end: int
    words: list[Token] = field(default_factory=list)  # a phrase trigger's other words
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    actor_spans: list[tuple[int, int]] = field(default_factory=list)
    recipient_spans: list[tuple[int, int]] = field(default_factory=list)
    aux: str | None = None
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None
    asserted_by: str = "outlet"
    evidence: list[tuple[int, int]] = field(default_factory=list)  # token spans of sentences
    absorbed: bool = False  # folded into a frame ("vowed to keep up strikes") or merged
    host: Candidate | None = None  # the frame that wraps it or the telling it was merged into
    refers: str | None = None  # "The strikes targeted ...": the noun pointing back to a telling
    year: int | None = None  # a year the text gives for a past event
    when: When | None = None  # the date, from the time stage (events/dating.py)
    where: int | None = None  # index into doc._.places (events/locating.py)
    where_basis: str | None = None  # "text": told with the event; "article": its main place
    where_rank: int = 99  # how exact the place is: places.model.LEVELS index
    confidence: float = 0.5
    inner: Candidate | None = None  # the event a frame wraps
    inners: list[Candidate] = field(default_factory=list)  # all of them, for requests
    typed_by_model: bool = False  # the learned typer changed the lexicon's type
    settled: bool = False  # the type follows from structure (a frame around an event): keep it
    alleged_in: Candidate | None = None  # the accusation that names this deed's actor
    condition_of: Candidate | None = None  # the hostilities a demand is the condition to end


def told_by_structure(word: Token, spec: Trigger, **fields: object) -> Candidate:
    """An event no trigger word states but a structure around `word` tells ("the announcement
    would not alter US plans", "the strikes avoided Iranian territory", "will not go
    unpunished"): the word as its trigger, its sentence as evidence, its type settled."""
    sentence = word.sent
    return Candidate(head=word, spec=replace(spec), type=spec.type, mode=spec.mode,
                     start=word.i, end=word.i + 1, evidence=[(sentence.start, sentence.end)],
                     settled=True, **fields)

