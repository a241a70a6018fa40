"""Auxiliary modes: negated, hypothetical, future, historical (PLOVER's aux modes).

A negated or hypothetical event is never reported as realized: "did not attack", "refraining
from withdrawing", "any strike will result in ..." carry their aux into the record.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from chronicle.datafiles import reporting_verbs
from chronicle.events.model import Candidate

NEGATING_HEADS = {"refrain", "avoid", "fail", "decline", "stop", "cease"}
NEGATING_PREPS = {"without"}
# verbs saying that a deed came about: their negation is the deed's
OCCURRING = {"happen", "occur", "take", "come", "materialize", "materialise", "go", "proceed",
             "be", "begin", "start", "succeed", "hit", "strike", "target", "reach"}
CONDITION_MARKS = {"if", "unless", "should", "whether"}
HYPOTHETICAL_DETS = {"any", "every"}
MODALS = {"would", "could", "might", "may"}
FUTURE_AUX = {"will", "shall", "'ll"}
WILLING = {"willing", "ready", "prepared", "eager", "determined", "set"}
# verbs of going on with a deed: their "will" is the deed's
ASPECT_VERBS = {"keep", "continue", "resume", "start", "begin", "go"}
WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a": 1}
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
YEARS_AGO = re.compile(r"\b(\w+)\s+(?:years?|decades?)\s+ago\b", re.IGNORECASE)


def clause_verb(token: Token) -> Token:
    """The verb whose clause holds a trigger (a noun's governor, or the verb itself)."""
    node = token
    for _ in range(6):
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return node
        node = node.head
    return node


def read_aux(event: Candidate, published: date | None,
             answers: frozenset[str] = frozenset()) -> str | None:
    """`answers`: words of answering a deed (data/events/response_words.tsv)."""
    head = event.head
    if head.dep_ == "pobj" and head.head.lower_ in {"to", "for"} and \
            head.head.head.lemma_.lower() in answers:
        # "would launch a response to the attack on a US base": what is answered was done,
        # whatever is said of the answer
        return "negated" if any(c.dep_ == "neg" for c in head.children) else None
    verb = clause_verb(head)
    scope = [head] if head.i == verb.i else [head, verb]
    if head.dep_ in {"nsubj", "nsubjpass"} and head.head.i == verb.i and \
            verb.lemma_.lower() not in OCCURRING:
        # "the strikes have not stopped them", "the attack did not deter Iran": the deed was
        # done, what it failed at is another matter ("the attack did not happen" was not)
        scope = [head]
    own = {w.i for w in event.words}  # "was not involved": a phrase's own negation
    for node in scope:
        if any(c.dep_ == "neg" and c.i not in own for c in node.children):
            return "negated"
    below = head
    for node in (head, *head.ancestors):
        if node.lemma_.lower() in NEGATING_HEADS and node.i != head.i and \
                below.dep_ not in {"nsubj", "nsubjpass"}:
            # ("the attacks must stop", "attacks have ceased", "the strikes, launched in May,
            # have not stopped them": they happened)
            return "negated"
        if node.dep_ == "prep" and node.lower_ in NEGATING_PREPS:
            return "negated"
        if node.pos_ in {"VERB", "AUX"} and node.dep_ in {"ROOT", "ccomp"}:
            break
        below = node
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "hesitate" and \
            any(c.dep_ == "neg" for c in verb.head.children) and \
            any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | MODALS for c in verb.head.children):
        return "future"  # "would not hesitate to strike": a resolve to strike
    if quantified_deed(head):
        return "hypothetical"  # "said any aggression would be met in kind"
    if reported_future(head, verb):
        return "future"  # "Biden announced the US would launch a response"
    if is_hypothetical(head, verb):
        return "hypothetical"
    year = past_year(event, published)
    if year is not None:
        event.year = year
        return "historical"
    if told_as_then(verb):
        return "historical"  # "Then-US President Donald Trump ordered a strike ..."
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return "future"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ASPECT_VERBS and \
            any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.head.children):
        return "future"  # "it will keep fighting", "will continue to target US forces"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WILLING:
        return "future"  # "is willing to withdraw", "ready to contribute"
    return None


def reported_future(head: Token, verb: Token) -> bool:
    """"would" in what someone said or announced is their "will", unless a condition
    hangs on it."""
    node = head if head.pos_ == "VERB" else verb
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in node.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in node.children):
        return False
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "Iran would not start a war but would deliver a response"
    return node.dep_ == "ccomp" and node.head.lemma_.lower() in reporting_verbs()


def quantified_deed(head: Token) -> bool:
    """"Any strike will result in ...": a quantified, unrealized event."""
    return head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in HYPOTHETICAL_DETS
                                       for c in head.children)


def is_hypothetical(head: Token, verb: Token) -> bool:
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children):
        return True
    if quantified_deed(head):
        return True
    return head.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in MODALS and
                                       not any(x.lower_ == "have" for x in head.children)
                                       for c in head.children)


THEN_KEY = "chronicle.events.then"


def told_as_then(verb: Token) -> bool:
    """A doer titled "then-" ("then-President Trump", "the then defence minister") acted in a
    past the story looks back on."""
    doc = verb.doc
    thens = doc.user_data.get(THEN_KEY)
    if thens is None:  # found once per document
        thens = doc.user_data[THEN_KEY] = [t.i for t in doc if t.lower_ == "then"]
    if not any(verb.i - 60 <= i < verb.i for i in thens):
        return False  # (cheap: no "then" before the verb)
    for node in (verb, *verb.ancestors):  # "... ordered a strike, which killed X"
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.lower_ == "then" and c.i + 1 < len(doc) and doc[c.i + 1].text in "-–"
               for c in node.children):
            return True  # the parser may hang a sentence-initial "Then-" on the verb
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.lower_ in {"which", "that", "who"}:
            continue
        tokens = list(subject.subtree)
        return any(t.lower_ == "then" and (k + 1 < len(tokens) and tokens[k + 1].text in "-–"
                                           or t.dep_ in {"amod", "advmod"})
                   for k, t in enumerate(tokens))
    return False


def past_year(event: Candidate, published: date | None) -> int | None:
    """A year well before publication, stated in the trigger's clause ("four years ago",
    "on January 3, 2020")."""
    if published is None:
        return None
    verb = clause_verb(event.head)
    tokens = sorted({*verb.subtree} - set(_subclauses(verb)), key=lambda t: t.i)
    text = " ".join(t.text for t in tokens)
    for match in YEAR.finditer(text):
        year = int(match.group(1))
        if year < published.year:
            return year
    for match in YEARS_AGO.finditer(text):
        count = number_value(match.group(1))
        if count and count >= 1:
            return published.year - count
    return None


def _subclauses(verb: Token) -> list[Token]:
    """Tokens of clauses embedded under the verb, which date their own events."""
    inner: list[Token] = []
    for child in verb.children:
        if child.dep_ in {"ccomp", "advcl", "relcl", "xcomp"} and child.pos_ in {"VERB", "AUX"}:
            inner += list(child.subtree)
    return inner


def number_value(word: str) -> int | None:
    word = word.lower().replace(",", "")
    if word.isdigit():
        return int(word)
    return WORD_NUMBERS.get(word)
