"""Clause structure the event steps share: which verb a prepositional phrase belongs to."""

from __future__ import annotations

from spacy.tokens import Doc, Token

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


def asked(token: Token) -> bool:
    """A question the outlet asks ("Who is responsible for the drone attack?", a subheading)
    reports nothing. A question inside someone's quoted words is theirs to ask: left alone."""
    sentence = token.sent
    doc = token.doc
    end = sentence.end - 1
    while end > sentence.start and doc[end].is_space:
        end -= 1
    if doc[end].text != "?":
        return False
    quotes = (token.doc._.quotes if Doc.has_extension("quotes") else None) or []
    return not any(q.content[0] <= token.i < q.content[1] for q in quotes)
