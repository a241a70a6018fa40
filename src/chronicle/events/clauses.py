"""Clause structure the event steps share: which verb a prepositional phrase belongs to."""

from __future__ import annotations

from spacy.tokens import Token

# prepositions that join a verb to the deed it was done in or by ("killed in a drone strike")
JOINING_PREPS = frozenset({"in", "by", "with", "during", "through", "via", "amid"})


def nearest_verb(token: Token) -> Token | None:
    """The verb a prepositional phrase belongs to, through at most two nouns ("assassinated
    along with their comrades in a US drone strike")."""
    node = token
    for _ in range(4):
        node = node.head
        if node.pos_ == "VERB":
            return node
        if node.head.i == node.i:
            return None
    return None
