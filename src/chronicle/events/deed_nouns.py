"""Who did a deed told as a noun, where a clause or phrase around the noun says so.

- "the war waged by the Israeli occupation on the Palestinian people", "the genocidal war which
  the Zionist regime has waged on Gaza", "attacks carried out by militias against US forces": a
  light verb's clause on the noun names its doer and its target;
- "the war between Israel and Hamas": the first side named fights the second (PLOVER keeps the
  dyad in text order, as for "the Israel-Hamas war");
- "Palestinians under Israeli bombardment", "a city under siege": whoever is under the deed
  suffers it.

Also the phrases every deed noun may carry: its "of" phrase ("the invasion of Iraq"), what it
is about ("a suspension in its operations"), a hyphenated dyad ("the Israel-Hamas war").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from chronicle.events.references import RELATIVE_PRONOUNS
from chronicle.events.subjects import agent_of, subject_of

if TYPE_CHECKING:
    from chronicle.events.mentions import MentionIndex

TARGET_PREPS = frozenset({"on", "against", "upon"})
# "a suspension in its operations against American targets": the phrase the trigger is about
ABOUT_PREPS = frozenset({"of", "in", "to"})
# nouns of fighting between two sides, where "between A and B" names both
MUTUAL = frozenset({"war", "conflict", "fighting", "clash", "battle", "hostility", "violence",
                    "confrontation", "skirmish", "escalation"})


def phrase_lemma(verb: Token) -> str:
    """"carried out" -> "carry out": the verb's lemma with its particle."""
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    return f"{lemma} {particle.lower_}" if particle is not None else lemma


def light_clause_sides(noun: Token, light: frozenset[str]) -> tuple[list[Token], list[Token]]:
    """Doers and targets named by a light verb's clause on the deed noun."""
    doers: list[Token] = []
    targets: list[Token] = []
    for clause in noun.children:
        if clause.dep_ not in {"acl", "relcl"} or clause.pos_ != "VERB" or \
                phrase_lemma(clause) not in light:
            continue
        subject, passive = subject_of(clause)
        if passive or clause.dep_ == "acl":
            agent = agent_of(clause)
            if agent is not None:
                doers.append(agent)
        elif subject is not None and subject.lower_ not in RELATIVE_PRONOUNS and \
                subject.i != noun.i:
            doers.append(subject)
        targets += [o for p in clause.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                    for o in p.children if o.dep_ == "pobj"]
    return doers, targets


def between_sides(noun: Token) -> tuple[Token, Token] | None:
    """"the war between Israel and Hamas": (Israel, Hamas)."""
    if noun.lemma_.lower() not in MUTUAL:
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"):
        first = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if first is None:
            continue
        second = next((c for c in first.children if c.dep_ == "conj"), None)
        if second is not None:
            return first, second
    return None


def under_it(noun: Token) -> Token | None:
    """"Palestinians under Israeli bombardment": the noun the "under" phrase describes."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return None
    held = noun.head.head
    return held if held.pos_ in {"NOUN", "PROPN"} else None


def of_phrase(noun: Token) -> Token | None:
    """The object of a noun's "of" phrase ("the invasion of Iraq" -> Iraq)."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def about_phrase(noun: Token) -> Token | None:
    """The noun a trigger noun is about: "suspension in its operations" -> operations."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ABOUT_PREPS:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN":
                return obj
    return None


def hyphen_dyad(owners: list[Token], index: MentionIndex) -> tuple[Token, Token] | None:
    """Two actors joined by a hyphen before a noun ("Israel-Hamas war", "US-Iran talks")."""
    for token in owners:
        doc = token.doc
        if token.i >= 2 and doc[token.i - 1].text in {"-", "–"} and \
                doc[token.i - 2].i in index.owner and \
                index.owner[doc[token.i - 2].i] != index.owner[token.i]:
            return doc[token.i - 2], token
    return None


TAKING_PART_PREPS = frozenset({"in", "during", "of", "at"})


def taking_part(noun: Token) -> Token | None:
    """Who takes part in a meeting told as a phrase on their clause: "In a phone call with
    Blinken, Safadi offered ...", "Iraq is in the middle of talks with Washington": the
    subject of the verb the phrase hangs on."""
    node = noun
    for _ in range(3):
        if node.dep_ != "pobj" or node.head.lower_ not in TAKING_PART_PREPS:
            return None
        node = node.head.head
        if node.pos_ in {"VERB", "AUX"}:
            subject, passive = subject_of(node)
            return None if passive else subject
    return None


def behind_it(noun: Token) -> Token | None:
    """Who is "behind" a deed did it: "Kataib Hezbollah was behind the attack" (the subject of
    the verb the phrase hangs on), "the group behind the attack" (the noun it hangs on)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "behind":
        return None
    holder = noun.head.head
    if disowned(holder):
        return None
    if holder.pos_ in {"VERB", "AUX"}:
        subject, passive = subject_of(holder)
        return None if passive else subject
    return holder if holder.pos_ in {"NOUN", "PROPN", "PRON"} else None


# verbs that deny what their clause says: "rejected any suggestion that Tehran was behind it"
DENYING = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "rule"})


def disowned(clause: Token) -> bool:
    """The clause is denied ("rejected any suggestion that Tehran was behind the strike") or
    told by no one ("No group said it was behind the strike")."""
    node = clause
    for _ in range(4):
        if node.lemma_.lower() in DENYING:
            return True
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and (subject.lower_ in {"nobody", "none"} or any(
                c.dep_ == "det" and c.lower_ == "no" for c in subject.children)):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False

