"""Clause structure the event steps share: which verb a prepositional phrase belongs to."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from chronicle.events.scan import with_lemmas

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


QUESTION_MARKS = {"whether", "if", "about", "why", "how", "what", "when"}


def questions_put(doc: Doc) -> set[int]:
    """Tokens of reporters' questions to someone and of what they ask ("Asked whether the US
    would strike Iran, Austin said ...", "when asked about the strikes"): no request between
    parties, and no deed told."""
    found: set[int] = set()
    for token in with_lemmas(doc, ("ask",)):
        if token.tag_ != "VBN" or \
                any(c.dep_ == "agent" for c in token.children):
            continue  # "was asked by Baghdad to ...": someone's request
        asked_about = [c for c in token.children
                       if (c.dep_ in {"ccomp", "advcl"} and
                           any(m.lower_ in QUESTION_MARKS for m in c.children
                               if m.dep_ in {"mark", "advmod"})) or
                       (c.dep_ == "prep" and c.lower_ == "about")]
        if asked_about:
            found.add(token.i)
            # what a question wonders about is no deed told ("whether the US would strike");
            # what it is about may well be one ("asked about the strikes on Iraq")
            found.update(t.i for c in asked_about if c.dep_ != "prep" for t in c.subtree)
    return found


def where_things_meet(token: Token) -> bool:
    """"the point where the borders of Jordan, Syria and Iraq meet": a place described, no
    meeting between parties."""
    return token.lemma_.lower() in {"meet", "converge", "intersect"} and any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in token.children)
