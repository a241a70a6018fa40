"""What is stopped decides what a stop is: suspending attacks is a RETREAT:ceasefire,
suspending aid or talks a SANCTION:discontinue (CAMEO 162-165); lifting a halt resumes what it
halted; freezing one's own attacks is a halt of them."""

from __future__ import annotations

from spacy.tokens import Token

from chronicle.events.mentions import quantified
from chronicle.events.model import Candidate

STOPPED_HOSTILITIES = {"ASSAULT", "COERCE", "PROTEST", "THREATEN", "MOBILIZE"}
STOPPED_COOPERATION = {"AID", "COOPERATE", "CONSULT", "SUPPORT", "AGREE"}


def read_stops(events: list[Candidate], by_head: dict[int, Candidate],
               wars: frozenset[str] = frozenset()) -> None:
    """Stopping something takes its meaning from what is stopped: suspending attacks is a
    RETREAT:ceasefire, suspending aid or talks a SANCTION:discontinue (CAMEO 162-165). A war
    or offensive to be ended ("an end to Israel's war on Hamas") was waged all the same: it
    stays an event of its own."""
    lifts = [(e, lifted_halt(e, by_head)) for e in events]
    for event in events:
        own_halt(event, by_head)
    for event in events:
        if event.type != "RETREAT" or event.mode != "ceasefire":
            continue
        topic = stopped_topic(event.head, by_head)
        if topic is None:
            continue
        topic.absorbed = topic.head.lemma_.lower() not in wars
        if topic.type in STOPPED_HOSTILITIES:
            event.settled = True
            if not event.actor:
                event.actor, event.actor_spans = list(topic.actor), list(topic.actor_spans)
            if not event.recipient:
                event.recipient = [r for r in topic.recipient if r not in event.actor]
                event.recipient_spans = list(topic.recipient_spans)
        elif topic.type in STOPPED_COOPERATION:
            event.type, event.mode, event.settled = "SANCTION", "discontinue", True
            if not event.recipient:
                event.recipient = [r for r in topic.recipient if r not in event.actor]
    for event in events:
        if event.type == "CONCEDE" and not event.recipient and event.head.pos_ == "VERB":
            # "lifted sanctions on Venezuela", "eased its blockade of Gaza": the concession is
            # made to whoever the lifted measure weighed on
            for obj in (c for c in event.head.children if c.dep_ == "dobj"):
                measure = by_head.get(obj.i)
                if measure is not None and measure is not event:
                    event.recipient = [r for r in measure.recipient if r not in event.actor]
                    event.recipient_spans = list(measure.recipient_spans)
                    break
    for event, halt in lifts:
        if halt is not None:
            # "may revoke their suspension of attacks on US forces", "ended the truce with
            # Israel": the deeds halted start again (the halt itself was real, and stays)
            event.type, event.mode, event.settled = "ASSAULT", None, True
            event.actor = event.actor or list(halt.actor)
            event.recipient = [r for r in halt.recipient if r not in event.actor]
            event.recipient_spans = list(halt.recipient_spans)


def own_halt(event: Candidate, by_head: dict[int, Candidate]) -> None:
    """"Kataib Hezbollah said it was freezing its attacks on US troops": a restriction put on
    one's own hostilities is a halt of them, not a restriction of anyone (freezing assets
    restricts their owner)."""
    if event.type != "COERCE" or event.mode != "restrict" or event.head.pos_ != "VERB" or \
            not event.actor:
        return
    topic = stopped_topic(event.head, by_head)
    if topic is not None and topic.type in STOPPED_HOSTILITIES and topic.actor and \
            set(topic.actor) <= set(event.actor):
        event.type, event.mode = "RETREAT", "ceasefire"


LIFTING_TYPES = {"CONCEDE", "RETREAT"}


def lifted_halt(event: Candidate, by_head: dict[int, Candidate]) -> Candidate | None:
    """The halt in hostilities an event lifts or ends ("revoke their suspension of attacks",
    "end the ceasefire"), if it names one as its object."""
    if event.type not in LIFTING_TYPES or event.head.pos_ != "VERB":
        return None
    for obj in (c for c in event.head.children if c.dep_ == "dobj"):
        halt = by_head.get(obj.i)
        if halt is not None and halt is not event and halt.type == "RETREAT" and \
                halt.mode == "ceasefire":
            return halt
    return None


def stopped_topic(head: Token, by_head: dict[int, Candidate]) -> Candidate | None:
    """The event a stop word governs: its object, or "of/in/on" phrase."""
    for child in head.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            child = quantified(child)  # "suspend all of its operations"
            if child.i in by_head:
                return by_head[child.i]
        if child.dep_ == "prep" and child.lower_ in {"of", "in", "on", "to"}:
            # "a halt to its operations", "an end to the attacks"
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i in by_head:
                    return by_head[obj.i]
    if head.dep_ == "dobj" and head.pos_ == "NOUN":
        # "announced a halt to its operations": the parser hangs the "to" on the verb
        for prep in (c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "to"):
            for obj in (o for o in prep.children if o.dep_ == "pobj" and o.i in by_head):
                return by_head[obj.i]
    return None
