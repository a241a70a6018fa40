"""Dismissing someone's words or move by saying it changes nothing: "Pentagon spokesman Pat Ryder
said the group's announcement would not alter US plans", "Kirby said this statement does not
change the calculation of Washington".

PLOVER REJECT, by whoever says so, against whoever made the announcement (its owner, or the
one told making it before). The words are data (data/events/dismissal_words.tsv): the verbs of
changing, and the plans they leave unchanged.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from chronicle.events.attribution import speaker_token
from chronicle.events.lexicon import Trigger
from chronicle.events.mentions import MentionIndex
from chronicle.events.merge import lemmas_of
from chronicle.events.model import Candidate, told_by_structure
from chronicle.events.scan import with_lemmas
from chronicle.quotes.lexicon import cue_nouns

DISMISSAL = Trigger(lemma="dismiss", pos="VERB", type="REJECT", mode=None, frame="",
                    recipient=(), actor=(), swap=False)
# the verb an announcement noun is made with: "the announcement" points back to "announced"
MADE_WITH = {"announcement": "announce", "statement": "state", "decision": "decide",
             "declaration": "declare", "pledge": "pledge", "offer": "offer",
             "move": "move", "step": "step"}


def dismissals(doc: Doc, events: list[Candidate], index: MentionIndex,
               reporting: frozenset[str], changing: frozenset[str],
               plans: frozenset[str]) -> list[Candidate]:
    """The REJECTs the document's "X would not change our plans" make."""
    made: list[Candidate] = []
    if not changing:
        return made
    by_head = {e.head.i: e for e in events}
    for verb in with_lemmas(doc, changing):
        if verb.pos_ not in {"VERB", "AUX"} or \
                not any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
            continue
        unchanged = next((c for c in verb.children if c.dep_ == "dobj"), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if unchanged is None or subject is None or unchanged.lemma_.lower() not in plans:
            continue
        speaker = speaker_token(verb, reporting)
        actor, spans = index.actors_of(speaker) if speaker is not None else ([], [])
        if not actor:
            continue
        makers = makers_of(subject, by_head, events, index)
        recipient = [m for m in makers if m not in actor]
        if not recipient:
            continue
        made.append(told_by_structure(verb, DISMISSAL, actor=actor[:1], recipient=recipient,
                                      actor_spans=spans[:1], asserted_by=actor[0]))
    return made


def makers_of(subject: Token, by_head: dict[int, Candidate], events: list[Candidate],
              index: MentionIndex) -> list[str]:
    """Who made the announcement or move: an event's actor, a named owner ("the group's
    announcement"), else the actor of the last event told with its verb ("announced")."""
    event = by_head.get(subject.i)
    if event is not None and event.actor:
        return list(event.actor)
    lemma = subject.lemma_.lower()
    if lemma in cue_nouns() or lemma in MADE_WITH:
        owners = index.actors_of(subject)[0]
        if owners:
            return owners
    verb = MADE_WITH.get(lemma)
    # ("announced that it was suspending its attacks": the deed told under the verb)
    told = [e for e in events if e.head.i < subject.i and e.actor and verb is not None and
            (verb in lemmas_of(e) or e.head.head.lemma_.lower() == verb)]
    return list(told[-1].actor) if told else []
