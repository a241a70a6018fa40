"""Readings between events of one document: what answers, punishes, halts or demands what.

"Biden blamed militant groups for the attack and threatened retaliation" (the threat aims at
the accused); "vowed to respond to the weekend strikes by the US and Britain" (at their doers);
"responded by voting to expel US forces" (the answer is that deed); "struck the Houthis over
attacks on shipping" (the reason is the target's deed); "will keep attacking until they leave"
(the condition is demanded); "announced a halt to its operations" (against whom they were
aimed); "killed a commander responsible for attacks" (the striker blames him); "demanded that
Biden take the fight to Iran" (addressed to the clause's subject).
"""

from __future__ import annotations

from chronicle.events.attribution import UNIDENTIFIED
from chronicle.events.mentions import MentionIndex
from chronicle.events.model import Candidate
from chronicle.events.references import doer_told

HOSTILE_ANSWERS = {"THREATEN", "ASSAULT", "COERCE", "SANCTION"}


def answer_the_accused(events: list[Candidate]) -> None:
    """"Biden blamed militant groups for the attack and threatened retaliation": a threat
    coordinated with an accusation by the same side is aimed at the accused."""
    by_head = {e.head.i: e for e in events if not e.absorbed}
    for event in by_head.values():
        if event.recipient or event.type not in HOSTILE_ANSWERS or event.head.pos_ != "VERB":
            continue
        partners = [event.head.head] if event.head.dep_ == "conj" else []
        partners += [c for c in event.head.children if c.dep_ == "conj"]
        for partner in partners:
            accusation = by_head.get(partner.i)
            if accusation is not None and accusation.type == "ACCUSE" and accusation.recipient \
                    and set(accusation.actor) & set(event.actor):
                event.recipient = list(accusation.recipient)
                break


CONTINUED = {"THREATEN", "ASSAULT", "COERCE", "PROTEST"}


def conditions_demanded(events: list[Candidate]) -> None:
    """"its fighters will continue targeting American forces until they leave Iraq",
    "operations will proceed until the war on Gaza stops": what must happen for hostilities
    to end is demanded of whoever must do it (PLOVER REQUEST)."""
    by_head = {e.head.i: e for e in events if not e.absorbed}
    for event in list(by_head.values()):
        clause = event.head if event.head.pos_ in {"VERB", "AUX"} else event.head.head
        if event.head.pos_ == "NOUN" and event.head.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        top = clause
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        if top.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "until"
                                          for c in top.children):
            continue
        governor = next((by_head[t.i] for t in top.ancestors if t.i in by_head and
                         by_head[t.i].type in CONTINUED), None)
        if governor is None:
            governor = next((by_head[c.i] for t in top.ancestors for c in t.children
                             if c.i in by_head and c.dep_ in {"nsubj", "nsubjpass"} and
                             by_head[c.i].type in CONTINUED), None)
        if governor is None or not event.actor or set(event.actor) & set(governor.actor):
            continue
        asked = list(event.actor)
        if not governor.recipient and top.head in (governor.head, governor.head.head):
            # "operations would continue until the occupation forces leave": against them
            governor.recipient = list(asked)
        event.type, event.mode, event.settled, event.aux = "REQUEST", None, True, None
        event.recipient, event.recipient_spans = asked, list(event.actor_spans)
        event.actor, event.actor_spans = list(governor.actor), list(governor.actor_spans)
        event.condition_of = governor  # (whose hostilities; their speaker, if no one else)


PUNISHING = {"ASSAULT", "COERCE", "SANCTION"}


def punished_deeds(events: list[Candidate]) -> None:
    """"took action against the Houthis over attacks on international shipping", "arrested
    two men for attacking a police station": a deed given as the reason for striking or
    punishing someone is theirs, when the text names no one else."""
    by_head = {e.head.i: e for e in events}
    for event in events:
        if event.type not in PUNISHING or not event.recipient or event.absorbed:
            continue
        heads = [event.head, *event.words] + ([event.inner.head] if event.inner else [])
        for prep in (p for h in heads for p in h.children
                     if p.dep_ == "prep" and p.lower_ in {"over", "for"}):
            for obj in (o for o in prep.children if o.dep_ in {"pobj", "pcomp"}):
                deed = by_head.get(obj.i)
                if deed is not None and deed is not event and not deed.actor and \
                        deed.type in HOSTILE_ANSWERS:
                    deed.actor = list(event.recipient)


def blamed_by_striker(events: list[Candidate]) -> None:
    """"A US drone strike killed a Kataib Hezbollah commander responsible for attacks on US
    troops": who struck him is who holds him responsible (the striker's stated reason), when
    the text names no one else."""
    for event in events:
        if event.type != "ACCUSE" or event.actor or not event.recipient or event.absorbed:
            continue
        target = event.head.head if event.head.dep_ in {"amod", "acl", "relcl"} else None
        if target is None:
            continue
        # "killed Abu Baqir al-Saadi, a Kataib Hezbollah commander responsible for ...": the
        # role in apposition is the person struck
        named = target.head if target.dep_ == "appos" else target
        for strike in events:
            if strike.type in PUNISHING and strike.actor and not strike.absorbed and \
                    (named is not target or set(strike.recipient) & set(event.recipient)) and \
                    any(a <= named.i < b for a, b in strike.recipient_spans):
                event.actor = [a for a in strike.actor if a not in event.recipient]
                event.recipient += [r for r in strike.recipient
                                    if r not in event.recipient + event.actor]
                break


def addressed_in_clause(events: list[Candidate], index: MentionIndex) -> None:
    """"demanded that President Biden take the fight to Iran": a demand whose content names
    no deed the coder knows is addressed to the subject of its clause."""
    for event in events:
        if event.type != "REQUEST" or event.recipient or event.absorbed:
            continue
        for clause in (c for c in event.head.children if c.dep_ == "ccomp"):
            for subject in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
                ids, spans = index.actors_of(subject)
                ids = [i for i in ids if i not in event.actor]
                if ids:
                    event.recipient, event.recipient_spans = ids, spans
                    break
            if event.recipient:
                break


def halted_targets(kept: list[Candidate], told: list[Candidate],
                   countries: dict[str, str | None] | None = None,
                   kinds: dict[str, str] | None = None) -> None:
    """"Kataib Hezbollah announced a halt to its own operations": a halt that names no target
    halts the hostilities the text tells of its actor, against whoever they were aimed at
    (the nearest telling of them). Where the text tells of none, the hostilities its own
    sentence sets the halt against are the ones halted: "Nujaba would keep targeting American
    forces, days after Kataib Hezbollah announced a halt to its operations", "attacks on US
    positions dropped after Kataib Hezbollah suspended its operations". Else the hostilities
    the text tells of fighters of the same country ("Nujaba said it would keep up attacks on
    American troops, breaking ranks with Kataib Hezbollah, which announced it was suspending
    its attacks"): for armed groups only, a state's halt is no fighters' one."""
    countries, kinds = countries or {}, kinds or {}
    for halt in kept:
        if halt.type != "RETREAT" or halt.mode != "ceasefire" or halt.recipient or \
                not halt.actor:
            continue
        hostile = [e for e in kept if e.type in HOSTILE_ANSWERS and e.recipient and
                   set(e.actor) & set(halt.actor)]
        if not hostile:
            sentence = halt.head.sent
            hostile = [e for e in told if e.type in HOSTILE_ANSWERS and e.aux != "negated"
                       and e.head.sent == sentence and set(e.recipient) - set(halt.actor)]
        own = {countries.get(a) for a in halt.actor} - {None}
        if not hostile and own and all(kinds.get(a) == "armed_group" for a in halt.actor):
            hostile = [e for e in kept if e.type in HOSTILE_ANSWERS and e.aux != "negated"
                       and e.recipient and e.actor and not set(e.actor) & set(halt.actor) and
                       {countries.get(a) for a in e.actor} <= own and
                       not {countries.get(r) for r in e.recipient} & own]
        if hostile:
            nearest = min(hostile, key=lambda e: abs(e.head.i - halt.head.i))
            halt.recipient = [r for r in nearest.recipient if r not in halt.actor]


def answer_by_deed(events: list[Candidate], by_head: dict[int, Candidate],
                   responses: frozenset[str]) -> None:
    """"Iraq's parliament responded by voting to expel US forces": the answer is the deed told
    in its "by" phrase, done by the answerer; the answering verb is no event of its own."""
    for event in events:
        head = event.head
        if head.pos_ != "VERB" or head.lemma_.lower() not in responses or event.absorbed:
            continue
        queue = [c for p in head.children if p.dep_ == "prep" and p.lower_ == "by"
                 for c in p.children if c.dep_ in {"pcomp", "pobj"}]
        while queue:
            node = queue.pop(0)
            deed = by_head.get(node.i)
            if deed is not None and deed is not event:
                if not deed.actor:
                    deed.actor, deed.actor_spans = list(event.actor), list(event.actor_spans)
                deed.recipient += [r for r in event.recipient if r not in deed.recipient]
                event.absorbed, event.host = True, deed
                break
            queue += [c for c in node.children
                      if c.dep_ in {"xcomp", "advcl", "dobj", "ccomp", "conj"}]


def answer_the_doer(events: list[Candidate], responses: frozenset[str]) -> None:
    """"The Houthis vowed to respond to the weekend strikes by the US and Britain": a threat or
    a deed answering someone's deed is aimed at its doer (found in any telling of the deed)."""
    by_head = {e.head.i: e for e in events}
    for event in events:
        if event.absorbed or event.recipient or not event.actor or \
                event.type not in HOSTILE_ANSWERS:
            continue  # "in response to the attack": no answerer, no event of its own
        doer = answered_doer(event, by_head, responses)
        if doer:
            event.recipient = doer


def answered_doer(event: Candidate, by_head: dict[int, Candidate],
                  responses: frozenset[str]) -> list[str]:
    words = [event.head, *event.words] + ([event.inner.head] if event.inner else [])
    for word in (w for w in words if w.lemma_.lower() in responses):
        for obj in (o for p in word.children if p.dep_ == "prep" and p.lower_ in {"to", "for"}
                    for o in p.children if o.dep_ == "pobj"):
            deed = by_head.get(obj.i)
            while deed is not None and deed.host is not None and deed.host.type == deed.type:
                deed = deed.host  # "the weekend strikes": the telling it points back to
            if deed is not None and deed.actor and not set(deed.actor) & set(event.actor):
                return list(deed.actor)
    return []


WORDS_OF_OTHERS = frozenset({"ACCUSE", "REQUEST", "THREATEN"})


def rejected_words(events: list[Candidate], by_head: dict[int, Candidate]) -> None:
    """"Robert Wood rejected the criticism", "dismissed the threats": words rejected are
    someone else's, the rejection's topic, no event of the rejecter's (their maker, when the
    text names one, is whom the rejection answers)."""
    for event in events:
        if event.type != "REJECT" or event.head.pos_ != "VERB" or event.absorbed:
            continue
        for obj in (c for c in event.head.children if c.dep_ == "dobj"):
            words = by_head.get(obj.i)
            if words is None or words.type not in WORDS_OF_OTHERS or words.absorbed or \
                    (words.actor and set(words.actor) != set(event.actor)):
                continue
            words.absorbed, words.host = True, event
            if not event.recipient and not words.actor:
                # "Russia criticised the strikes. Wood rejected the criticism": the words told
                told = doer_told(words, [e for e in events if e.head.i < words.head.i and
                                         not set(e.actor) & set(event.actor)])
                if told is not None:
                    event.recipient = list(told.actor)


def demanders_told(events: list[Candidate]) -> None:
    """A demand read off a condition ("operations will go on until the occupiers leave") made
    by no one named is made by whoever the continuing hostilities were found to be, once the
    speaker is known ("..., Kaabi said")."""
    for event in events:
        governor = event.condition_of
        if governor is None or event.actor:
            continue
        if governor.actor:
            event.actor, event.actor_spans = list(governor.actor), list(governor.actor_spans)
        elif event.asserted_by not in {"outlet", UNIDENTIFIED}:
            event.actor = [event.asserted_by]  # "..., Kaabi posted": the speaker demands it

