"""Targets an attack is said to have spared: "The strikes deliberately avoided Iranian
territory", "Friday's strikes carefully avoided Iranian soil".

Avoiding someone is not attacking them: PLOVER ASSAULT with aux negated, by the attack's actor
(the deed told, or the last like it told before), against whoever the avoided land or target
belongs to. The verbs are data (data/events/sparing_verbs.tsv).
"""

from __future__ import annotations

from spacy.tokens import Doc

from chronicle.events.lexicon import Trigger
from chronicle.events.locating import state_at
from chronicle.events.mentions import MentionIndex
from chronicle.events.merge import lemmas_of
from chronicle.events.model import Candidate, told_by_structure
from chronicle.events.references import doer_told
from chronicle.events.scan import with_lemmas
from chronicle.events.subjects import subject_of

SPARED = Trigger(lemma="spare", pos="VERB", type="ASSAULT", mode=None, frame="",
                 recipient=("dobj",), actor=(), swap=False)


def spared_targets(doc: Doc, events: list[Candidate], index: MentionIndex,
                   sparing: frozenset[str]) -> list[Candidate]:
    """Negated attacks on what an attack avoided."""
    made: list[Candidate] = []
    by_head = {e.head.i: e for e in events}
    for verb in with_lemmas(doc, sparing):
        if verb.pos_ != "VERB":
            continue
        subject = subject_of(verb)[0]  # ("the strikes were calibrated to avoid Iran")
        avoided = next((c for c in verb.children if c.dep_ == "dobj"), None)
        deed = by_head.get(subject.i) if subject is not None else None
        if deed is None or avoided is None or deed.type != "ASSAULT":
            continue
        while deed.absorbed and deed.host is not None and deed.host.type == "ASSAULT":
            deed = deed.host
        doers = list(deed.actor)
        if not doers:
            # "the strikes", "Friday's strikes": the attack told before
            before = [e for e in events if e.head.i < deed.head.i]
            attacks = [e for e in before if e.type == "ASSAULT" and e.actor and e.aux is None]
            # "the strikes" points back to the last attack told (references.doer_told);
            # "Friday's strikes", no definite article, only to one told with the same word
            same = [e for e in attacks if deed.head.lemma_.lower() in lemmas_of(e)]
            told = doer_told(deed, before) or (same or [None])[-1]
            doers = list(told.actor) if told is not None else []
        spared, spans = index.actors_of(avoided)
        if not spared:
            # "avoided Iranian territory": the state of the land avoided
            for place in doc._.places or []:
                if place.entry is not None and place.entry.country and \
                        avoided.left_edge.i <= place.start <= avoided.right_edge.i:
                    spared, spans = [state_at(doc, place, place.entry)], [(place.start,
                                                                            place.end)]
                    break
        spared = [s for s in spared if s not in doers]
        if not doers or not spared:
            continue
        made.append(told_by_structure(verb, SPARED, actor=doers, recipient=spared,
                                      recipient_spans=spans, aux="negated"))
    return made
