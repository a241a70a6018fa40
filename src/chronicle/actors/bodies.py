"""A government body named without its country takes the country the text is telling of.

"The Syrian Arab Republic strongly condemned the strikes ... In a statement, the Foreign and
Expatriates Ministry said ...": a ministry, command or parliament the dictionary lacks and the
text names with no country of its own (a ministry, a general command, an assembly) belongs to
the state last told of as acting before it,
in its sentence or the two before; the body keeps its name, and gets that country and the
sector its head noun says (data/actors/lexicons/force_heads.tsv). With no such state, nothing
is guessed.
"""

from __future__ import annotations

from spacy.tokens import Doc

from chronicle.actors.lexicon import ActorLexicon
from chronicle.actors.model import ActorMention, ActorTable

SUBJECTS = {"nsubj", "nsubjpass"}
SENTENCES_BACK = 2


def place_bodies(doc: Doc, mentions: list[ActorMention], table: ActorTable,
                 lexicon: ActorLexicon) -> None:
    first: dict[str, ActorMention] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        first.setdefault(mention.actor_id, mention)
    sentences = list(doc.sents)
    starts = [s.start for s in sentences]
    for actor_id, mention in first.items():
        info = table.actors[actor_id]
        if not actor_id.startswith("x-") or info.country is not None or \
                info.kind in {"person", "armed_group"} or info.affiliation is not None:
            continue  # (a camp's unnamed groups have no country on purpose: actors/camps.py)
        head = doc[mention.head]
        body = lexicon.force_heads.get(head.lower_) or lexicon.force_heads.get(head.lemma_.lower())
        if body is None or body.kind not in {"state", "body", "force"}:
            continue
        index = max(i for i, s in enumerate(starts) if s <= mention.start)
        lo = starts[max(0, index - SENTENCES_BACK)]
        states = [m for m in mentions if lo <= m.start < mention.start and
                  table.actors[m.actor_id].kind == "state"]
        if not states:
            continue
        # the state told of as acting: a subject, else the nearest
        acting = [m for m in states if doc[m.head].dep_ in SUBJECTS] or states
        state = table.actors[acting[-1].actor_id]
        info.country, info.sector = state.country, body.sector
