"""What the words around a name say about it: a dateline, a news agency's code, a target, a
speaker, a distance before a compass phrase, an actor's name it lies in."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from chronicle.datafiles import reporting_verbs

_DISTANCE = re.compile(r"^(\d+(?:\.\d+)?)$")
_UNIT_KM = {"km": 1.0, "kilometers": 1.0, "kilometres": 1.0, "kilometer": 1.0,
            "kilometre": 1.0, "miles": 1.609, "mile": 1.609, "mi": 1.609, "nm": 1.852}
TARGET_PREPS = frozenset({"on", "against", "into"})
DATELINE_MARKS = ("—", " - ", "–", "(AP)", "(Reuters)", "(AFP)", "(IANS)", "(Xinhua)")


def agency_code(toks: Sequence[Token], start: int, end: int) -> bool:
    """"GAZA CITY (AP) —", "(SANA)": a short capitalised code in brackets after a place."""
    return start > 0 and end < len(toks) and toks[start - 1].text == "(" \
        and toks[end].text == ")" and end - start == 1 \
        and toks[start].is_upper and len(toks[start].text) <= 6


def target(doc: Doc, end: int) -> bool:
    """The object of "on", "against" or "into" ("strikes on Iraq", "incursion into Syria")."""
    head = doc[end - 1]
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in TARGET_PREPS


def speaker(token: Token) -> bool:
    """The subject of a reporting verb ("Hope, Faith and Victoria said"): no place."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in reporting_verbs()


def speaks_or_acts(token: Token) -> bool:
    """A capital as the state it stands for: subject, owner, agent, or what something is
    of, by, with or to ("the support of Washington", "talks with Tehran")."""
    if token.dep_ in ("nsubj", "nsubjpass", "poss", "agent", "compound", "amod"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ("of", "by", "with", "to", "from",
                                                         "between", "against", "for")


def inside_actor(start: int, end: int, actor_spans: list[tuple[int, int, str]],
                  exact_too: bool) -> bool:
    for s, e, _ in actor_spans:
        if s <= start and end <= e and (s, e) != (start, end):
            return True  # "Iraq" in "Islamic Resistance in Iraq"
        if exact_too and s < end and start < e:
            return True  # "Washington has threatened": the government, not the city
    return False


def dateline(doc: Doc, start: int, end: int) -> bool:
    """"BAGHDAD (AP) —", "BAGHDAD, TEHRAN —", "Amman, Feb 2 (Reuters) -": place names at the
    head of a line, in capitals or first in the text, before a dash or a news agency."""
    k = start
    while k > 0 and "\n" not in doc[k - 1].text_with_ws:
        if not (doc[k - 1].is_upper or doc[k - 1].text in (",", "/")):
            return False  # words before it on its line: not a dateline
        k -= 1
    upper = all(t.is_upper or not t.is_alpha for t in doc[start:end])
    if not (upper or start == 0):
        return False
    window = doc[end:min(len(doc), end + 10)].text
    return any(mark in window for mark in DATELINE_MARKS)


def distance_before(doc: Doc, i: int) -> float | None:
    """"10 km" before a compass phrase: the distance in km."""
    if i >= 3 and doc[i - 2].lower_ == "nautical" and doc[i - 1].lower_ in ("miles", "mile") \
            and _DISTANCE.match(doc[i - 3].text):
        return float(doc[i - 3].text) * 1.852
    if i >= 2 and doc[i - 1].lower_ in _UNIT_KM and _DISTANCE.match(doc[i - 2].text):
        return float(doc[i - 2].text) * _UNIT_KM[doc[i - 1].lower_]
    if i >= 1:  # "10km" as one token
        m = re.match(r"^(\d+(?:\.\d+)?)(km|mi)$", doc[i - 1].lower_)
        if m:
            return float(m.group(1)) * _UNIT_KM[m.group(2)]
    return None
