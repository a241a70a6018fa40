"""Find event triggers: verbs and nouns of the lexicon, phrases matched along the parse."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from chronicle.events.lexicon import EventLexicon, Trigger
from chronicle.events.model import Candidate

# Proper nouns are names ("Government of National Accord"), never triggers.
POS_OF = {"VERB": "VERB", "NOUN": "NOUN"}


def find_triggers(doc: Doc, lexicon: EventLexicon) -> list[Candidate]:
    # "Popular Mobilization Units", "Operation Inherent Resolve": words inside names are not
    # triggers
    in_names = {i for m in doc._.actor_mentions or [] if m.form == "name"
                for i in range(m.start, m.end)}
    found: list[Candidate] = []
    for token in doc:
        pos = POS_OF.get(token.pos_)
        if pos is None or token.i in in_names:
            continue
        if pos == "VERB" and token.dep_ == "amod":
            continue  # "Iran-backed militias", "the targeted car": attributes, not reports
        match = match_trigger(token, pos, lexicon)
        if match is None:
            continue
        trigger, end = match
        if is_standing_relation(token, trigger):
            continue
        found.append(Candidate(head=token, spec=trigger, type=trigger.type, mode=trigger.mode,
                               start=token.i, end=end))
    return found


RELATION_TYPES = {"SUPPORT", "AID", "MOBILIZE", "COOPERATE"}


def is_standing_relation(token: Token, trigger: Trigger) -> bool:
    """"militias backed by Iran", "troops stationed in Iraq": a reduced passive describing a
    standing relation, not a report that something happened."""
    return token.pos_ == "VERB" and token.dep_ == "acl" and token.tag_ == "VBN" and \
        trigger.type in RELATION_TYPES


def match_trigger(token: Token, pos: str, lexicon: EventLexicon) -> tuple[Trigger, int] | None:
    """The longest lexicon phrase headed by `token`, and where its words end."""
    lemma = token.lemma_.lower()
    options = lexicon.triggers.get((lemma, pos)) or []
    if not options and pos == "VERB":
        # the small model tags some plural nouns as verbs ("US strikes"): a one-word noun
        # trigger is taken, never a phrase (not the other way: "targets" is no attack)
        options = [t for t in lexicon.triggers.get((lemma, "NOUN"), []) if len(t.words) == 1]
    for trigger in options:
        if len(trigger.words) == 1:
            return trigger, token.i + 1
        end = phrase_end(token, trigger.words[1:])
        if end is not None:
            return trigger, end
    return None


def phrase_end(head: Token, rest: tuple[str, ...]) -> int | None:
    """Where a phrase's other words are, among the head's dependents ("claim ... responsibility",
    "call for", "pull out"); None when one is missing."""
    nearby = {t.lemma_.lower(): t for t in head.children}
    for child in list(head.children):
        for grandchild in child.children:
            nearby.setdefault(grandchild.lemma_.lower(), grandchild)
    end = head.i + 1
    for word in rest:
        token = nearby.get(word)
        if token is None:
            return None
        end = max(end, token.i + 1)
    return end
