"""Country, sector and affiliation of a name the dictionary lacks, read from its surroundings.

"Nujaba leader Akram al-Kaabi" -> Nujaba's country and sector; "General X, commander of the
Quds Force of Iran's IRGC" -> IRN, MIL; "Iraqi lawmaker Y" -> IRQ, LEG. Where the text says
nothing, nothing is guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from chronicle.actors.lexicon import ActorLexicon
from chronicle.actors.model import ActorTable

CONTEXT_DEPS = {"compound", "amod", "nmod", "poss", "appos"}
ROLE_PREPS = {"of", "to", "for"}


@dataclass(slots=True)
class Context:
    country: str | None = None
    sector: str | None = None
    affiliation: str | None = None


def read_context(span: Span, owner_at: dict[int, str], table: ActorTable,
                 lexicon: ActorLexicon) -> Context:
    """Context of a name from its modifiers, titles and appositive."""
    context = Context()
    tokens = context_tokens(span)
    role_sector: str | None = None
    role_seen = False
    for token in tokens:
        role = role_of(token, lexicon)
        if role is not None and not role_seen:
            role_seen = True
            role_sector = lexicon.role_nouns[role]
        owner = owner_at.get(token.i)
        if owner is None or context.country is not None:
            continue
        info = table.actors[owner]
        context.country = info.country
        if info.kind not in {"state", "person"}:
            context.affiliation = owner
            context.sector = info.sector
        elif info.kind == "state" and role_seen and role_sector is None:
            # "Iraqi government spokesman X": a role that takes its body's sector, of a state
            context.sector = info.sector
    if role_sector:
        context.sector = role_sector
    return context


def context_tokens(span: Span) -> list[Token]:
    """Tokens that describe the name: titles inside it, modifiers, and an appositive."""
    root = span.root
    found: list[Token] = list(span)
    for child in root.children:
        if (child.dep_ in CONTEXT_DEPS or (child.dep_ == "prep" and child.lower_ in ROLE_PREPS)) \
                and not (span.start <= child.i < span.end):
            # "X, adviser to the Iraqi prime minister": the parser may hang "to ..." on X
            found += [t for t in child.subtree if t.dep_ not in {"relcl", "acl"}]
    if root.dep_ == "appos":
        found += [t for t in root.head.subtree if not (span.start <= t.i < span.end)][:12]
    if root.dep_ == "compound" and root.head.i >= span.end:
        # "Iran's Foreign Ministry spokesman": the possessor hangs on the phrase's head
        found += [t for c in root.head.children if c.dep_ in {"poss", "amod"} and c.i < span.start
                  for t in c.subtree]
    # nearest first: titles and modifiers beside the name say more than distant words
    return sorted(found, key=lambda t: abs(t.i - span.start))


def role_of(token: Token, lexicon: ActorLexicon) -> str | None:
    doc = token.doc
    if token.i + 1 < len(doc):
        bigram = f"{token.lower_} {doc[token.i + 1].lower_}"
        if bigram in lexicon.role_nouns:
            return bigram
    if token.lower_ in lexicon.role_nouns:
        return token.lower_
    return None
