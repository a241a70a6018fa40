"""The mode of an event from words around its trigger ("drone strike", "airstrikes")."""

from __future__ import annotations

from chronicle.events.lexicon import EventLexicon
from chronicle.events.model import Candidate

CUE_DEPS = {"compound", "amod", "nmod", "npadvmod", "dobj", "pobj", "prep", "nsubj", "nsubjpass",
            "advmod", "acl"}


def read_mode(event: Candidate, lexicon: EventLexicon) -> None:
    if event.mode is not None or event.type == "NONE":
        return
    head = event.head
    words = [head.lemma_.lower(), head.lower_]
    for child in head.children:
        if child.dep_ in CUE_DEPS:
            words += [child.lemma_.lower(), child.lower_]
            words += [g.lemma_.lower() for g in child.children if g.dep_ in {"pobj", "compound"}]
    # compound words written as one ("airstrike", "drone-strike") carry their own cue
    for word in words:
        mode = lexicon.mode_cues.get((word, event.type))
        if mode is None and "-" in word:
            mode = next((lexicon.mode_cues[(w, event.type)] for w in word.split("-")
                         if (w, event.type) in lexicon.mode_cues), None)
        if mode is not None:
            event.mode = mode
            return
