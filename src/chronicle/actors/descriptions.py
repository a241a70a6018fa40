"""Descriptions that sit beside a name and refer to the same actor.

- appositives after a name: "The Islamic Resistance in Iraq, an umbrella group of ...";
- a name in apposition to a description: "a prominent leader of Kataib Hezbollah, Abu Baqer".

Only nouns that can describe an actor count (description_heads.tsv, role nouns, force and
anaphor heads): "an undated photo of X" is no description of X. Titles before a name
("commander X") are part of the name's context, not separate mentions.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from chronicle.actors.lexicon import ActorLexicon
from chronicle.actors.model import ActorMention, ActorTable

NOUNS = {"NOUN", "PROPN"}
POINTING_DETS = {"that", "this", "the"}
SENTENCES_BACK = 2


def description_mentions(doc: Doc, mentions: list[ActorMention], table: ActorTable,
                         lexicon: ActorLexicon) -> list[ActorMention]:
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[ActorMention] = []

    def add(start: int, end: int, actor_id: str, head: int) -> None:
        if start < end and not any(i in taken for i in range(start, end)):
            found.append(ActorMention(start, end, actor_id, "appositive", head))
            taken.update(range(start, end))

    for mention in mentions:
        head = doc[mention.head]
        for child in head.children:  # "X, an umbrella group"
            if child.dep_ == "appos" and child.i >= mention.end and child.pos_ in NOUNS \
                    and describes_actor(child, lexicon):
                add(description_start(child), child.i + 1, mention.actor_id, child.i)
        described = head.head  # "a prominent leader of ..., X"
        if head.dep_ == "appos" and described.i < mention.start and described.pos_ == "NOUN" \
                and describes_actor(described, lexicon):
            add(description_start(described), described.i + 1, mention.actor_id, described.i)
    return found


def describes_actor(token: Token, lexicon: ActorLexicon) -> bool:
    """Whether a noun can describe an actor ("group", "commander", "ally"; not "photo")."""
    words = {token.lower_, token.lemma_.lower()}
    return any(w in lexicon.description_heads or w in lexicon.anaphor_heads
               or w in lexicon.force_heads or w in lexicon.role_nouns for w in words)


def description_start(head: Token) -> int:
    """Start of a description without its article: "an umbrella group" -> "umbrella group"."""
    lefts = [t for t in head.lefts if t.dep_ not in {"det", "punct", "cc"}]
    return min([head.i, *(t.i for t in lefts)]) if lefts else head.i


def named_later(doc: Doc, mentions: list[ActorMention], table: ActorTable) -> dict[str, str]:
    """"The US blamed an Iranian-backed militia group for that attack. That group, the Islamic
    Resistance in Iraq, ...": a pointing description named by its appositive names the
    unnamed group it points back to. Returns unnamed actor id -> named actor id."""
    renamed: dict[str, str] = {}
    for mention in mentions:
        head = doc[mention.head]
        if mention.form != "appositive" or mention.actor_id.startswith("x-") or \
                not any(c.dep_ == "det" and c.lower_ in POINTING_DETS for c in head.children):
            continue
        first = doc[max(head.sent.start - 1, 0)].sent
        for _ in range(SENTENCES_BACK - 1):
            first = doc[max(first.start - 1, 0)].sent
        earlier = [m for m in mentions if first.start <= m.start and m.end <= mention.start
                   and doc[m.head].lemma_ == head.lemma_]
        if earlier and earlier[-1].actor_id.startswith("x-") and \
                table.actors[earlier[-1].actor_id].kind == "armed_group":
            renamed.setdefault(earlier[-1].actor_id, mention.actor_id)
    return renamed
