"""Casualty counts of violent events: dead, injured, arrested, from digits and number words."""

from __future__ import annotations

import numpy
from spacy.attrs import LIKE_NUM
from spacy.tokens import Doc, Token

from chronicle.events.modality import number_value
from chronicle.events.model import Candidate
from chronicle.events.scan import with_lemmas

COUNT_VERBS = {
    "kill": "dead", "die": "dead", "slay": "dead", "assassinate": "dead",
    "wound": "injured", "injure": "injured", "hurt": "injured",
    "arrest": "arrested", "detain": "arrested", "capture": "arrested", "abduct": "arrested",
}
COUNT_NOUNS = {"dead": "dead", "death": "dead", "fatality": "dead", "casualty": "dead",
               "injury": "injured", "wounded": "injured", "injured": "injured",
               "arrest": "arrested", "detainee": "arrested"}


LEFT_STATES = {"dead": "dead", "wounded": "injured", "injured": "injured"}


DEATH_NOUNS = frozenset({"killing", "death", "murder", "assassination"})


def people_named(token: Token, people: dict[int, str]) -> int | None:
    """How many people the phrase names ("killed Qassem Soleimani and Abu Mahdi al-Muhandis"
    is two), when all its members are named people."""
    members = [token, *(t for t in token.conjuncts if t.i > token.i)]
    named = {people.get(m.i) for m in members}
    if None in named:
        return None
    return len(named)


def number_in(token: Token) -> int | None:
    """The count a phrase gives: "three (of its troops)", "16 people", "at least 40"."""
    if token.like_num or token.lower_ in {"dozen"}:
        return parse_number(token)
    for child in token.children:
        if child.dep_ == "nummod" and (child.like_num or child.lower_ == "dozen"):
            return parse_number(child)
    return None


def parse_number(token: Token) -> int | None:
    text = token.text.replace(",", "")
    if text.isdigit():
        return int(text)
    if token.lower_ in {"dozen", "dozens"}:  # "two dozen" = 24; "dozens" says too little
        factor = next((parse_number(c) for c in token.children if c.dep_ == "nummod"), None)
        return 12 * factor if factor else None
    return number_value(text)


def count_casualties(doc: Doc, events: list[Candidate]) -> None:
    """Attach counts in a sentence to the violent event the counting word belongs to."""
    violent = [e for e in events if e.type == "ASSAULT" and not e.absorbed]
    if not violent:
        return
    actors = doc._.actors or {}
    people = {i: m.actor_id for m in doc._.actor_mentions or []
              if getattr(actors.get(m.actor_id), "kind", None) == "person"
              for i in range(m.start, m.end)}
    # (the few tokens that can count anyone: counting words, and numbers)
    counting = with_lemmas(doc, {*COUNT_VERBS, *DEATH_NOUNS, *LEFT_STATES, "life"})
    numbers = [doc[int(i)] for i in numpy.flatnonzero(doc.to_array([LIKE_NUM]))]
    for token in sorted({*counting, *numbers}, key=lambda t: t.i):
        field = COUNT_VERBS.get(token.lemma_.lower()) if token.pos_ == "VERB" else None
        count = None
        if field is not None:
            for child in token.children:
                if child.dep_ in {"nsubjpass", "dobj", "nsubj"}:
                    count = number_in(child)
                    if count is None and field == "dead" and child.dep_ != "nsubj":
                        count = people_named(child, people)  # "killed Soleimani and ..."
                    if count is not None:
                        break
            if count is None and token.dep_ == "acl" and token.tag_ == "VBN":
                count = number_in(token.head)  # "the three soldiers killed in Jordan"
        elif token.dep_ == "oprd" and token.lower_ in LEFT_STATES and \
                token.head.lemma_.lower() == "leave":
            # "left three soldiers dead"
            field = LEFT_STATES[token.lower_]
            count = next((number_in(c) for c in token.head.children if c.dep_ == "dobj"), None)
        elif token.lemma_.lower() == "life" and token.dep_ == "dobj" and \
                token.head.lemma_.lower() in {"claim", "take", "cost"}:
            # "claimed the lives of three US troops"
            field = "dead"
            count = next((number_in(o) for p in token.children if p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj"), None)
        elif token.lemma_.lower() in DEATH_NOUNS and token.pos_ == "NOUN":
            # "the killing of three American soldiers", "the deaths of three US troops"
            field = "dead"
            count = next((number_in(o) for p in token.children if p.dep_ == "prep" and
                          p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
        elif token.like_num and token.head.lemma_.lower() in COUNT_NOUNS:
            field = COUNT_NOUNS[token.head.lemma_.lower()]
            count = parse_number(token)
        if field is None or count is None:
            continue
        target = nearest_event(token, violent)
        if target is not None and getattr(target, field) is None:
            setattr(target, field, count)


def nearest_event(token: Token, events: list[Candidate]) -> Candidate | None:
    sentence = token.sent
    same = [e for e in events if sentence.start <= e.head.i < sentence.end]
    if not same:
        return None
    # an event with someone on either side is the one worth the count ("airstrikes killed
    # 12 ... and wounded 40": both counts go to the strikes)
    anchored = [e for e in same if e.actor or e.recipient] or same
    return min(anchored, key=lambda e: abs(e.head.i - token.i))
