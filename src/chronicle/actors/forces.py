"""Unmarked soldiers: "three US soldiers were killed on Sunday ... the killing of three
soldiers in Jordan", "the soldiers were members of an Army Reserve unit".

A report names a military once and then drops the national word. A plural people noun of a
military (unmarked_force_nouns.tsv) with no modifier of its own (an article and a count
allowed) stands for the national military the report told of last; before any, for the one
military the whole report names, if it names only one. A modified noun ("foreign troops",
"wounded soldiers", "Houthi fighters") is left to the other steps.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from chronicle.actors.lexicon import ActorLexicon
from chronicle.actors.model import ActorMention, ActorTable

ALLOWED_DEPS = frozenset({"det", "nummod", "prep", "acl", "relcl", "punct", "cc", "conj",
                          "appos", "quantmod"})
DETERMINERS = frozenset({"the", "these", "those", "its", "their"})


def unmarked_forces(doc: Doc, mentions: list[ActorMention], table: ActorTable,
                    lexicon: ActorLexicon) -> list[ActorMention]:
    """Mentions for the unmarked soldiers of a report that names a national military."""
    militaries = [m for m in mentions if is_national_military(m.actor_id, table)]
    if not militaries:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    only = {m.actor_id for m in militaries}
    found: list[ActorMention] = []
    for token in doc:
        if token.i in taken or token.tag_ not in {"NNS", "NNPS"} or \
                not unmarked(token, lexicon):
            continue
        earlier = [m for m in militaries if m.end <= token.i]
        if earlier:
            actor_id = max(earlier, key=lambda m: m.start).actor_id  # the last told
        elif len(only) == 1:
            actor_id = next(iter(only))
        else:
            continue
        start = min([token.i, *(c.i for c in token.lefts if c.dep_ in {"det", "nummod"})])
        found.append(ActorMention(start, token.i + 1, actor_id, "nominal", token.i))
    return found


def is_national_military(actor_id: str, table: ActorTable) -> bool:
    info = table.actors.get(actor_id)
    return info is not None and info.sector == "MIL" and info.entry is not None and \
        info.entry == info.country and actor_id != info.entry


def unmarked(token: Token, lexicon: ActorLexicon) -> bool:
    """A people noun of a military with nothing that marks whose they are."""
    doc = token.doc
    bigram = f"{doc[token.i - 1].lower_} {token.lower_}" if token.i > 0 else ""
    if token.lemma_.lower() not in lexicon.unmarked_force_nouns and \
            bigram.rstrip("s") not in lexicon.unmarked_force_nouns:
        return False
    if token.dep_ in {"compound", "amod", "poss"}:
        return False
    for child in token.children:
        if child.dep_ == "det" and child.lower_ not in DETERMINERS | {"a", "an"}:
            return False
        if child.dep_ == "compound" and bigram and child.i == token.i - 1 and \
                child.lower_ == "service":
            continue
        if child.dep_ not in ALLOWED_DEPS | {"det"}:
            return False
    return True
