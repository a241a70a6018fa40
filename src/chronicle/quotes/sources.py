"""The source of an attribution and the actor behind it.

A cue's subject, or a passive's agent; a cue with none takes its governor's ("Kaabi dismissed
US threats, stressing that ..."), through "as" ("was quoted as saying"); a relative pronoun
its antecedent. The speaker is the actor the source refers to: a named appositive ("a
spokesman, Daniel Hagari, said"), the owner of a statement, else the source's head.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from chronicle.quotes.lexicon import cue_nouns

SUBJECT_DEPS = ("nsubj", "nsubjpass")
INHERITS_SUBJECT = ("advcl", "xcomp", "conj", "pcomp", "acl")
# "a spokesman for the ministry", "an investigation by the UN", not "in a statement"
OWNER_PREPS = ("of", "for", "from", "at", "by")


def source_of(cue: Token) -> tuple[int, int] | None:
    """The cue's subject (or a passive's agent); a cue with none takes its governor's."""
    node = cue
    for _ in range(5):
        if node.lemma_ == "quote" and node.i != cue.i:  # "quoted a senior official as saying"
            obj = next((c for c in node.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return noun_span(obj)
        for child in node.children:
            if child.dep_ in SUBJECT_DEPS:
                if node.dep_ == "relcl" and child.tag_ in ("WDT", "WP"):
                    return noun_span(node.head)  # "the group that claimed": the group
                return noun_span(child)
            if child.dep_ == "agent":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return noun_span(pobj)
        if node.dep_ == "relcl":  # "officials who said ..."
            return noun_span(node.head)
        if node.dep_ == "dobj" and node.i != cue.i and node.lemma_.lower() in cue_nouns():
            # "CENTCOM released a statement confirming ...": whoever issues the statement
            node = node.head
            continue
        if node.dep_ not in INHERITS_SUBJECT + ("prep",) or node.head.i == node.i:
            return None
        node = node.head  # through "as" in "was quoted as saying"
    return None


def noun_span(head: Token) -> tuple[int, int]:
    """The noun phrase up to its head and the names and "of"-phrases right after it ("a
    spokesman for the ministry"), without relative clauses and appositions."""
    end = head.i + 1
    for child in head.rights:
        if (child.dep_ in ("compound", "flat", "nummod") or
                (child.dep_ == "prep" and child.lower_ in OWNER_PREPS)) and child.i == end:
            end = child.right_edge.i + 1
        else:
            break
    return head.left_edge.i, end


def speaker_of(doc: Doc, source: tuple[int, int] | None, owner: dict[int, str]) -> str | None:
    """The actor the source's head refers to, else any actor named in it."""
    if source is None:
        return None
    span = doc[source[0]:source[1]]
    named = next((c for c in span.root.children if c.dep_ == "appos" and c.i in owner), None)
    if span.root.pos_ == "NOUN" and named is not None:
        return owner[named.i]  # "a military spokesman, Rear Adm. Daniel Hagari, said"
    if span.root.lemma_.lower() in cue_nouns():
        # "according to the ministry's statement": the ministry speaks
        owner_token = next((c for c in span.root.children if c.dep_ == "poss"), None)
        if owner_token is not None and owner_token.i in owner:
            return owner[owner_token.i]
    if span.root.i in owner:
        return owner[span.root.i]
    return next((owner[t.i] for t in span if t.i in owner), None)
