"""Denials told as negated events: "Jordan's spokesman said the attack did not occur inside
Jordan", "Baghdad says the strikes were not coordinated with it".

A speaker who says that something touching their own side did not happen, or that their side
had no part in it, denies it: PLOVER REJECT (deny responsibility, deny an account), the
speaker's, against the other sides of what is denied. Harm said not to have happened ("no
American personnel were hurt") is a report, not a denial, and stays a negated event.
"""

from __future__ import annotations

from spacy.tokens import Token

from chronicle.events.attribution import UNIDENTIFIED
from chronicle.events.model import Candidate

# verbs saying that a deed took place: "the attack did not occur inside Jordan", "the attack
# was not on its soil"
OCCURRING = frozenset({"occur", "happen", "take", "be", "come"})
# ties a side can deny having had: "were not coordinated with Baghdad"
TIES = frozenset({"COOPERATE", "CONSULT", "AID", "SUPPORT", "AGREE"})


def denials(events: list[Candidate], countries: dict[str, str | None]) -> None:
    """Retype as the speaker's REJECT each negated event told by a speaker it concerns."""
    for event in events:
        speaker = event.asserted_by
        if event.aux != "negated" or event.absorbed or speaker in {"outlet", UNIDENTIFIED}:
            continue
        own_country = countries.get(speaker)
        sides = list(dict.fromkeys(event.actor + event.recipient))
        own = [s for s in sides if s == speaker or
               (own_country is not None and countries.get(s) == own_country)]
        denied = occurrence_denied(event.head)
        if not own and denied and own_country is not None and \
                own_country in places_named(event.head.head):
            # "the attack did not happen inside the kingdom", "was not on its soil": the
            # speaker's own land
            own = [speaker]
        if not own or not (event.type in TIES or denied):
            continue
        event.type, event.mode, event.aux, event.settled = "REJECT", None, None, True
        event.recipient = [s for s in sides if s not in own]
        event.recipient_spans = []
        event.actor, event.actor_spans = [speaker], []


def occurrence_denied(head: Token) -> bool:
    """"the attack did not occur inside Jordan", "the attack was not on its soil": the deed is
    the subject of a negated verb of taking place."""
    verb = head.head
    return head.dep_ == "nsubj" and verb.lemma_.lower() in OCCURRING and \
        any(c.dep_ == "neg" for c in verb.children)


def places_named(verb: Token) -> set[str]:
    """Actors named in the verb's prepositional phrases ("inside Jordan", "on its soil"):
    a state's own id is its country code."""
    mentions = verb.doc._.actor_mentions or []
    spans = [(p.left_edge.i, p.right_edge.i) for p in verb.children if p.dep_ == "prep"]
    return {m.actor_id for m in mentions for a, b in spans if a <= m.start <= b}
