"""What a stance is about: the partners of a denied tie ("denied any coordination with
Washington"), and blame told of its subject ("militants were to blame")."""

from __future__ import annotations

from spacy.tokens import Token

# nouns for a tie between sides: what a denial of "any coordination with X" denies having with X
TIE_NOUNS = frozenset({"coordination", "cooperation", "contact", "talk", "link", "tie",
                       "communication", "collusion", "collaboration", "connection"})


def disputes_any(head: Token) -> bool:
    """"refuted any coordination": disputing "any" of something is a denial (coder.read_denial
    retypes it)."""
    return head.pos_ == "VERB" and any(
        d.dep_ == "det" and d.lower_ in {"any", "all"}
        for c in head.children if c.dep_ == "dobj" for d in c.children)


def tie_partners(head: Token) -> list[Token]:
    """The other sides of a tie named in a denial's object or clause: "any coordination with
    Washington" -> Washington; "between it and Washington" -> it, Washington."""
    ties = [t for c in head.children if c.dep_ in {"dobj", "ccomp"}
            for t in c.subtree if t.pos_ == "NOUN" and t.lemma_.lower() in TIE_NOUNS]
    partners: list[Token] = []
    for tie in ties[:1]:
        for prep in (c for c in tie.children if c.dep_ == "prep" and
                     c.lower_ in {"with", "between"}):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                partners += [obj, *(c for c in obj.children if c.dep_ == "conj")]
    return partners


# verbs whose "on" phrase names the accused: "blamed the attack on X", "pinned it on X"
BLAMING_VERBS = frozenset({"blame", "pin"})


def to_be_blamed(head: Token) -> bool:
    """"militants were to blame": the subject is blamed, by whoever says so."""
    return head.lemma_.lower() == "blame" and head.dep_ == "xcomp" and \
        head.head.lemma_ == "be" and any(c.lower_ == "to" for c in head.children)
