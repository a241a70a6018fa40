"""Actor and recipient of a trigger, read from the parse and resolved through actor mentions.

Verbs: the subject acts, objects and prepositional targets receive ("strikes against",
"attack on"); a passive subject receives and a "by" phrase acts; a verb without a subject of
its own takes its governor's ("vowed to keep up strikes"). Nouns: a possessor or national
modifier acts ("US threats", "its operations"), and the subject of the verb that governs the
noun acts for it ("announced a suspension", "carried out an attack").
"""

from __future__ import annotations

from spacy.tokens import Token

from chronicle.events.deed_nouns import (
    about_phrase,
    behind_it,
    between_sides,
    hyphen_dyad,
    light_clause_sides,
    of_phrase,
    taking_part,
    under_it,
)
from chronicle.events.mentions import (
    QUANTIFIERS,
    MentionIndex,
    owning_modifiers,
    quantified,
)
from chronicle.events.model import Candidate
from chronicle.events.references import (
    RELATIVE_PRONOUNS,
    antecedent_of,
    conjuncts,
    named_object,
)
from chronicle.events.stances import BLAMING_VERBS, disputes_any, tie_partners, to_be_blamed
from chronicle.events.subjects import agent_of, participle_agent, subject_of

SPANS_OF_TIME = {"day", "week", "month", "year"}
MARKS_OF_DEED = {"hallmark", "footprint", "fingerprint", "signature", "mark"}
# verbs that say a deed is, or grows: "pressure is mounting on X", "attacks continued against X"
GROWING_VERBS = {"be", "build", "mount", "grow", "increase", "intensify", "rise", "continue",
                 "escalate"}
STANCE_TYPES = {"ACCUSE", "REJECT", "SUPPORT"}
GIVING_TYPES = {"AID", "SUPPORT", "COOPERATE"}
# Nouns whose "of" phrase names who suffers them, not who acts ("the killing of ...").
PATIENT_OF_TYPES = {"ASSAULT", "COERCE", "SANCTION"}
DEFAULT_RECIPIENT = ("dobj", "prep:against", "prep:on", "prep:at", "prep:upon")
NOUN_DEFAULT_RECIPIENT = ("prep:against", "prep:on", "prep:at", "prep:upon")


# verbs that always take their victim as object: with none, a subject is the victim
def slot_tokens(head: Token, slots: tuple[str, ...]) -> list[Token]:
    found = [antecedent_of(t) for t in raw_slot_tokens(head, slots)]
    return [t for t in found if t is not None]


def raw_slot_tokens(head: Token, slots: tuple[str, ...]) -> list[Token]:
    found: list[Token] = []
    for slot in slots:
        if slot in {"dobj", "dative", "attr", "oprd"}:
            objects = [c for c in head.children if c.dep_ == slot]
            if not objects and slot == "dobj":
                # a small clause parsed as a complement: "holds [Kataib Hezbollah
                # responsible]", "found [the group guilty]"
                objects = [s for c in head.children
                           if c.dep_ in {"ccomp", "xcomp", "oprd"} and c.pos_ in {"ADJ", "NOUN"}
                           for s in c.children if s.dep_ == "nsubj"]
            if not objects and slot == "dobj":
                objects = named_object(head)
            found += objects
        elif slot.startswith("prep:"):
            word = slot[5:]
            for prep in head.children:
                if prep.dep_ in {"prep", "agent", "dative"} and prep.lower_ == word:
                    found += [c for c in prep.children if c.dep_ == "pobj"]
        elif slot in {"poss", "compound"}:
            found += [c for c in head.children if c.dep_ == slot]
    return found


def names_the_place(token: Token, index: MentionIndex) -> bool:
    """"the Jordan attack", "the Iraq war": a country's full name before an attack noun says
    where; its short form or adjective says who ("US strikes", "Israeli strikes")."""
    return token.dep_ == "compound" and token.pos_ == "PROPN" and \
        index.kind.get(index.owner[token.i]) == "state" and len(token) > 3 and \
        not token.is_upper and token.doc[token.i - 1].text not in {"-", "–"}


def giver_of(noun: Token, index: MentionIndex) -> Token | None:
    """"the support of the United States for Israel", "the full support of the United States":
    a giving noun with no owner of its own names the giver in its "of" phrase; "in support of
    Israel", "its support of Israel" name whom it helps."""
    if owning_modifiers(noun, index) or (noun.dep_ == "pobj" and noun.head.lower_ == "in"):
        return None
    return of_phrase(noun)


def deed_of_someone(token: Token, index: MentionIndex, event_heads: frozenset[int]) -> bool:
    """A deed ("Israel's offensive", "attacks by X") or someone's doing ("Israel's occupation",
    "Hamas's demands"), not an actor itself."""
    return token.i in event_heads or (token.i not in index.owner and any(
        c.dep_ == "poss" and c.i in index.owner for c in token.children))


def doers_of(deed: Token, index: MentionIndex) -> list[Token]:
    """Who does a deed a noun names: its owner ("Israel's offensive"), its "by" phrase, or
    that of the deeds a count or a span of time gathers ("four months of attacks by X")."""
    node = deed
    inner = of_phrase(node)
    if inner is not None and node.lemma_.lower() in QUANTIFIERS | SPANS_OF_TIME:
        node = inner  # "four months of attacks", "a series of strikes"
    found = [t for t in owning_modifiers(node, index)]
    found += [o for p in node.children if p.dep_ in {"prep", "agent"} and p.lower_ == "by"
              for o in p.children if o.dep_ == "pobj"]
    return found


# nouns for what an attack did to people: "the death of three soldiers in a drone attack"
CASUALTY_NOUNS = frozenset({"death", "killing", "murder", "injury", "wounding", "loss"})


def blamed_on(verb: Token) -> list[Token]:
    """Whom "blamed ... on" names, the "on" hung on the verb or, by the parser, on its object
    ("Washington blamed the attack on the Islamic Resistance in Iraq")."""
    found = slot_tokens(verb, ("prep:on",))
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        found += slot_tokens(obj, ("prep:on",))
    return found


def fill_arguments(event: Candidate, index: MentionIndex,
                   event_heads: frozenset[int] = frozenset(),
                   answers: frozenset[str] = frozenset(),
                   light: frozenset[str] = frozenset()) -> None:
    """`event_heads`: tokens that are triggers themselves. An accusation's object that is an
    event ("condemned the killing of three soldiers") names a deed, not the accused: the
    accused is the deed's actor (frames.judge_actors). `answers`: lemmas of answering a deed
    (data/events/response_words.tsv), whose deed is no recipient either. `light`: light
    verbs ("wage", "carry out"), whose clause on a deed noun names its doer (deed_nouns)."""
    head, spec = event.head, event.spec
    actor_tokens: list[Token] = []
    recipient_tokens: list[Token] = []
    apart: list[Token] = []  # the other side of a fight "between A and B": no fellow actor
    if head.pos_ == "VERB":
        subject, passive = subject_of(head)
        participle = participle_agent(head)  # "Kataib Hezbollah, designated ... by the US"
        if passive or participle is not None:
            if subject is not None:
                recipient_tokens.append(subject)
            agent = agent_of(head) or participle
            if agent is not None:
                actor_tokens.append(agent)
        elif subject is not None:
            actor_tokens.append(subject)
        else:
            # "US strikes in the west of Iraq ...": a plural noun the tagger took for a verb
            # keeps its modifiers
            actor_tokens += [t for t in owning_modifiers(head, index) if t.dep_ == "compound"]
        recipient_tokens += slot_tokens(head, spec.recipient or DEFAULT_RECIPIENT)
        actor_tokens += slot_tokens(head, spec.actor)
        if head.dep_ == "relcl" and not passive and subject is not None and \
                subject.i != head.head.i and "dobj" in (spec.recipient or DEFAULT_RECIPIENT) \
                and not any(c.dep_ == "dobj" for c in head.children):
            # "the militias it backs": the relative clause's gap is its object
            recipient_tokens.append(head.head)
        for word in event.words:
            # "launched at least 168 attacks on US forces": the target hangs on the noun
            recipient_tokens += slot_tokens(word, NOUN_DEFAULT_RECIPIENT)
    elif head.pos_ == "ADJ":
        # "the commander was responsible for ...", "the commander responsible for ..."
        holder = subject_of(head.head)[0] if head.dep_ == "acomp" else \
            head.head if head.dep_ == "amod" else None
        if holder is not None:
            actor_tokens.append(holder)
        actor_tokens += slot_tokens(head, spec.actor)
        recipient_tokens += slot_tokens(head, spec.recipient)
    else:
        owners = [t for t in owning_modifiers(head, index)
                  if not (event.type == "ASSAULT" and names_the_place(t, index))]
        dyad = hyphen_dyad(owners, index)
        if dyad is None and between_sides(head) is not None:
            dyad = between_sides(head)
            apart = conjuncts(dyad[1])
        if dyad is not None:
            # "the Israel-Hamas war", "the war between Israel and Hamas": the first fights
            # the second
            owners = [dyad[0]]
            recipient_tokens.append(dyad[1])
        doers, targets = light_clause_sides(head, light)
        owners += [t for t in doers if t not in owners]
        recipient_tokens += targets
        sufferer = under_it(head)
        if sufferer is not None:
            recipient_tokens.append(sufferer)  # "Palestinians under Israeli bombardment"
        if not owners and head.dep_ == "conj":
            # "Israeli ground and aerial offensives": modifiers shared with the first conjunct
            owners = [t for t in owning_modifiers(head.head, index) if t.dep_ != "poss"]
        actor_tokens += owners
        agents = slot_tokens(head, ("prep:by",))
        if "prep:from" in spec.actor and head.dep_ == "dobj":
            # "drew criticism from Syria": the parser hangs the source on the verb
            agents += slot_tokens(head.head, ("prep:from",))
        answer = head.head.head if head.dep_ == "pobj" and head.head.lower_ in {"to", "for"} \
            else None
        if answer is not None and answer.lemma_.lower() in answers and answer.pos_ == "VERB":
            # "vowed to respond to weekend strikes by the United States and Britain on dozens
            # of Houthi targets": the parser hangs the strikes' "by" and "on" on the verb
            later = [p for p in answer.children if p.dep_ == "prep" and p.i > head.i]
            agents += [o for p in later if p.lower_ == "by"
                       for o in p.children if o.dep_ == "pobj"]
            recipient_tokens += [o for p in later if p.lower_ in {"on", "against"}
                                 for o in p.children if o.dep_ == "pobj"]
        actor_tokens += agents + slot_tokens(head, spec.actor)
        giver = giver_of(head, index) if event.type in GIVING_TYPES and not actor_tokens else None
        if giver is not None:
            actor_tokens.append(giver)
        if not actor_tokens and head.dep_ == "nsubjpass":
            # "the attack was planned, resourced and facilitated by the IRI": the agent of the
            # verb or of its conjuncts (where the parser hangs the one "by")
            for verb in [head.head, *head.head.conjuncts]:
                agent = agent_of(verb)
                if agent is not None:
                    actor_tokens.append(agent)
                    break
        if event.type in GIVING_TYPES and not actor_tokens:
            # "the unlimited support that Washington offers Israel": the relative clause says
            # who gives it, and to whom
            for clause in (c for c in head.children if c.dep_ == "relcl"):
                actor_tokens += [c for c in clause.children if c.dep_ == "nsubj" and
                                 c.lower_ not in RELATIVE_PRONOUNS]
                recipient_tokens += slot_tokens(clause, ("dative", "prep:to", "prep:for"))
                recipient_tokens += [c for c in clause.children if c.dep_ == "dobj" and
                                     c.lower_ not in RELATIVE_PRONOUNS]
        # "with Biden warning: ...": a gerund the tagger took for a noun keeps its subject
        actor_tokens += [c for c in head.children if c.dep_ == "nsubj"]
        if not actor_tokens and head.dep_ == "attr" and event.type in GIVING_TYPES:
            # "the United States remains the largest donor of aid": the copula's subject
            subject, passive = subject_of(head.head)
            if subject is not None and not passive:
                actor_tokens.append(subject)
        if not actor_tokens and head.dep_ == "pobj" and head.head.lower_ == "with" and \
                head.head.head.lemma_.lower() in answers:
            # "Iran answered with a missile barrage", "responded with air strikes": the
            # answerer did the deed
            subject, passive = subject_of(head.head.head)
            if subject is not None and not passive:
                actor_tokens.append(subject)
        if not actor_tokens and behind_it(head) is not None:
            actor_tokens.append(behind_it(head))  # "Kataib Hezbollah was behind the attack"
        if not actor_tokens and event.type == "CONSULT":
            # "a meeting of the UN Security Council": who meets; else the clause's subject
            members = of_phrase(head)
            actor_tokens += [t for t in [members if members is not None and
                                         members.i in index.owner else taking_part(head)]
                             if t is not None]
        if not actor_tokens and head.dep_ == "pobj" and head.head.lower_ == "on" and \
                head.head.head.pos_ in {"VERB", "AUX"}:
            # "troops remained on alert", "workers went on strike": the verb's subject is on it
            subject, passive = subject_of(head.head.head)
            if subject is not None and not passive:
                actor_tokens.append(subject)
        slots = spec.recipient or NOUN_DEFAULT_RECIPIENT
        if head.dep_ == "dobj" and head.head.lemma_.lower() in BLAMING_VERBS:
            # "blamed the attack on X": "on X" is the blame's, not the attack's target
            slots = tuple(s for s in slots if s != "prep:on")
        recipient_tokens += [t for t in slot_tokens(head, slots) if t is not giver]
        if not recipient_tokens and head.dep_ == "nsubj" and \
                head.head.lemma_.lower() in GROWING_VERBS:
            # "The airstrikes were against the Quds Force", "pressure had been building on
            # Joe Biden to respond": the verb carries what its subject is aimed at
            recipient_tokens += slot_tokens(head.head, spec.recipient or NOUN_DEFAULT_RECIPIENT)
        casualty = head.head.head if head.dep_ == "pobj" and \
            head.head.lower_ in {"in", "by"} else None
        if casualty is not None and casualty.lemma_.lower() in CASUALTY_NOUNS:
            # "the death of three US soldiers in a drone attack on a base": the dead are
            # whom the attack hit
            recipient_tokens += [o for p in casualty.children if p.dep_ == "prep" and
                                 p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if not recipient_tokens:
            # "attacks by militia groups on U.S. forces": the parser hangs the target on the
            # agent
            for agent in agents:
                recipient_tokens += slot_tokens(agent, NOUN_DEFAULT_RECIPIENT)
        patient = of_phrase(head) if event.type in PATIENT_OF_TYPES else None
        if patient is not None:
            # "the killing of three service members", "the US-led invasion of Iraq": the
            # victim, whoever acts
            recipient_tokens.append(patient)
        about = about_phrase(head) if not actor_tokens and patient is None else None
        if about is not None and about.i not in {t.i for t in recipient_tokens}:
            # "the withdrawal of US forces", "a suspension in its operations against ..."
            actor_tokens += owning_modifiers(about, index) if about.i not in index.owner \
                else [about]
            if not recipient_tokens:
                recipient_tokens += slot_tokens(about, NOUN_DEFAULT_RECIPIENT)
    if spec.swap or to_be_blamed(head):
        actor_tokens, recipient_tokens = recipient_tokens, actor_tokens
    for token in actor_tokens:
        ids, spans = index.actors_of(token)
        event.actor += [i for i in ids if i not in event.actor]
        event.actor_spans += spans
    others = {index.owner.get(t.i) for t in apart}
    event.actor = [i for i in event.actor if i not in others]
    event.actor_spans = [(a, b) for a, b in event.actor_spans
                         if not any(a <= t.i < b for t in apart)]
    if event.type == "ACCUSE" or head.lemma_.lower() in answers:
        # a deed accused or answered is no recipient: its actor is ("condemned the killing of
        # three soldiers", "a response to the killing of three soldiers")
        recipient_tokens = [t for t in recipient_tokens if t.i not in event_heads]
    if head.lemma_.lower() in answers:
        # "respond to the death of three troops": those answered for are not answered; "respond
        # to Iran" names its target
        recipient_tokens = [t for t in recipient_tokens if quantified(t).i in index.owner]
        on = blamed_on(head) if "prep:on" in spec.recipient else []
        if on:
            # "blamed the attack on X", "the strike that killed three troops that the US
            # blamed on X": the object is the deed, whoever it hit; the accused is on "on"
            objects = {t.i for t in slot_tokens(head, ("dobj",))}
            recipient_tokens = [t for t in recipient_tokens if t.i not in objects]
            recipient_tokens += [t for t in on if t not in recipient_tokens]
    if head.pos_ == "VERB" and not spec.frame and \
            not any(set(index.actors_of(t)[0]) - set(event.actor) for t in recipient_tokens):
        # "blamed the attack on the IRI", "halting its combat activities against US soldiers",
        # "recalled its ambassador from Tehran": the parser hangs the target on the object
        preps = tuple(s for s in (spec.recipient or DEFAULT_RECIPIENT) if s.startswith("prep:"))
        for obj in (c for c in head.children if c.dep_ == "dobj"):
            recipient_tokens += slot_tokens(obj, preps)
    if event.type in GIVING_TYPES:
        # "support for four months of attacks by the Zionist regime", "Washington's backing
        # of Israel's offensive", "Israel's occupation, backed by the US": those helped are
        # the deed's doers
        recipient_tokens = [d for t in recipient_tokens
                            for d in (doers_of(t, index) if deed_of_someone(t, index, event_heads)
                                      else [t])]
    for token in recipient_tokens:
        ids, spans = index.actors_of(token)
        event.recipient += [i for i in ids if i not in event.recipient and i not in event.actor]
        event.recipient_spans += spans
    if not event.recipient and (event.type == "REJECT" or disputes_any(head)):
        # "denied there had been any coordination with Washington", "refuted any prior
        # coordination between it and Washington": what is denied is a tie to someone
        for partner in tie_partners(head):
            ids, spans = index.actors_of(partner)
            event.recipient += [i for i in ids if i not in event.recipient + event.actor]
            event.recipient_spans += spans
    if not event.recipient and event.type in STANCE_TYPES:
        # "refuted Trump's comments", "rejected Hamas's demands", "praised the army's
        # courage": a stance toward someone's words or deeds is a stance toward them
        # "dismissed as groundless accusations by ...": the object told with "as"
        judged = recipient_tokens + (slot_tokens(head, ("prep:as",)) if head.pos_ == "VERB"
                                     else [])
        for token in judged:
            # ("rejected the White House assertion": a name before the words is their owner)
            owners = [] if token.i in index.owner else owning_modifiers(token, index)
            for owner in owners:
                if index.owner[owner.i] not in event.actor + event.recipient:
                    event.recipient.append(index.owner[owner.i])
            if not event.recipient and token.pos_ == "NOUN":
                # "dismissed as groundless accusations by American officials": whoever made
                # them
                for agent in slot_tokens(token, ("prep:by",)):
                    ids = index.actors_of(agent)[0]
                    event.recipient += [i for i in ids if i not in event.actor + event.recipient]
    if not event.recipient and event.type == "ACCUSE" and head.pos_ == "NOUN" and \
            head.dep_ == "dobj" and head.lemma_.lower() in MARKS_OF_DEED:
        # "Kataib Hezbollah, which the Pentagon says bears the hallmarks of Sunday's attack":
        # who bears the marks of a deed is accused of it
        bearer, passive = subject_of(head.head)
        if bearer is not None and not passive:
            ids, spans = index.actors_of(bearer)
            event.recipient += [i for i in ids if i not in event.actor]
            event.recipient_spans += spans
