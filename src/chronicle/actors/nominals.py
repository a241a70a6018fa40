"""Noun phrases headed by a force or body with a national or group modifier.

"US military bases", "American forces", "the Iraqi government", "Houthi fighters": the modifier
names the owner, the head noun the sector (force_heads.tsv).
"""

from __future__ import annotations

from spacy.tokens import Token

from chronicle.actors.lexicon import ActorLexicon, ForceHead

MODIFIER_DEPS = {"amod", "compound", "nmod", "poss"}


def force_head_of(token: Token, lexicon: ActorLexicon) -> tuple[Token, ForceHead] | None:
    """The force noun `token` modifies, with its sector, or None.

    Walks up through compounds ("US Air Force jets") and first conjuncts ("Iraqi and Iranian
    commanders"); the head itself must end its noun phrase (not a compound of a name).
    """
    if token.dep_ == "conj":
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
    if token.dep_ not in MODIFIER_DEPS:
        return None
    head = token.head
    while True:
        found = lookup_force(head, lexicon)
        if found is not None and head.dep_ != "compound":
            return head, found
        if head.dep_ == "compound" and head.head.i != head.i and head.head.i > head.i:
            head = head.head
            continue
        return None


def lookup_force(token: Token, lexicon: ActorLexicon) -> ForceHead | None:
    doc = token.doc
    if token.i > 0:
        bigram = f"{doc[token.i - 1].lower_} {token.lower_}"
        if bigram in lexicon.force_heads:
            return lexicon.force_heads[bigram]
    return lexicon.force_heads.get(token.lower_) or lexicon.force_heads.get(token.lemma_.lower())


def is_people_noun(token: Token) -> bool:
    """A demonym used as a noun for people ("Palestinians in Gaza", "an American")."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ in MODIFIER_DEPS | {"npadvmod"}:
        return False
    return token.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "det" for c in token.children)
