"""What a word stands for, where the parse leaves it pointing elsewhere.

A relative pronoun stands for the noun its clause relates to ("the attack that the US blamed
on X"), or for the member a copula names ("KH is one of the groups that the US blames"); "it"
as a deed verb's object for the deed told just before; named examples for an unnamed whole
("hawks in Congress (including Sens. McConnell and Cotton)"); a free relative for what it
names ("condemned what it called the American crime"); a bare "the strikes" for the last
telling of such a deed with a doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from chronicle.events.model import Candidate

RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
DEFINITE = frozenset({"the", "this", "that", "these", "those"})  # "the strikes" told before


def conjuncts(token: Token) -> list[Token]:
    return [token, *(t for t in token.conjuncts if t.i > token.i)]


def antecedent_of(token: Token) -> Token | None:
    """"the attack that the US blamed on X": a relative pronoun stands for the noun it
    relates to."""
    if token.lower_ not in RELATIVE_PRONOUNS:
        return token
    node = token.head
    while node.dep_ != "relcl" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "relcl":
        return None
    return member_named(node.head) or node.head


def member_named(noun: Token) -> Token | None:
    """"Kataib Hezbollah is one of the groups that the US holds responsible", "... is among
    the groups the US blames": what the clause says of the groups it says of the member."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"of", "among"}:
        return None
    copula = prep.head.head if prep.lower_ == "of" and prep.head.lower_ == "one" and \
        prep.head.dep_ == "attr" else prep.head if prep.lower_ == "among" else None
    if copula is None or copula.lemma_ != "be":
        return None
    return next((c for c in copula.children if c.dep_ == "nsubj"), None)


DEED_PRONOUNS = {"it", "this"}


def earlier_deed(token: Token, is_deed) -> Token | None:  # noqa: ANN001
    """"While we are still gathering the facts of this attack, we know it was carried out by
    ...": "it" as the object of a deed verb stands for the nearest deed noun before it, in its
    sentence or the one before."""
    if token.lower_ not in DEED_PRONOUNS or token.pos_ != "PRON":
        return None
    sentence = token.sent
    first = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for i in range(token.i - 1, first - 1, -1):
        if token.doc[i].pos_ == "NOUN" and is_deed(token.doc[i]):
            return token.doc[i]
    return None


NAMING_VERBS = frozenset({"call", "describe", "term", "label", "dub", "brand"})


def named_object(verb: Token) -> list[Token]:
    """"condemned what it called the American crime", "denounced what it described as a
    flagrant aggression": the object is what the free relative names."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and
                   c.lemma_.lower() in NAMING_VERBS):
        if not any(c.lower_ == "what" for c in clause.children):
            continue
        named = [c for c in clause.children if c.dep_ in {"oprd", "attr"}]
        named += [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as"
                  for o in p.children if o.dep_ == "pobj"]
        if named:
            return named[:1]
    return []


EXAMPLE_PREPS = frozenset({"including", "like", "as"})


def examples_of(noun: Token) -> list[Token]:
    """The examples named for a noun: "including X and Y", "like X", "such as X"."""
    found: list[Token] = []
    # on the noun, or on the noun of its own phrase ("hawks in Congress (including ...)")
    inner = [o for p in noun.children if p.dep_ == "prep" and p.lower_ not in EXAMPLE_PREPS
             for o in p.children if o.dep_ == "pobj"]
    for node in [noun, *inner]:
        for prep in (c for c in node.children if c.dep_ == "prep" and
                     c.lower_ in EXAMPLE_PREPS):
            if prep.lower_ == "as" and not any(t.lower_ == "such" for t in prep.lefts):
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                found += conjuncts(obj)
    return found


def doer_told(mention: Candidate, before: list[Candidate]) -> Candidate | None:
    """"The United States struck 85 targets ... Baghdad says the strikes violate its
    sovereignty": a bare "the strikes" is the last deed of its kind told with a doer."""
    head = mention.head
    if head.pos_ != "NOUN" or mention.recipient or not any(
            c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children):
        return None
    told = [e for e in before if e.type == mention.type and e.actor and e.aux is None]
    lemma = head.lemma_.lower()
    # the same word first ("the strikes": the airstrikes told, not the militias' attacks since)
    same = [e for e in told if any(w.lemma_.lower().endswith(lemma) for w in told_with(e))]
    return (same or told or [None])[-1]


def told_with(event: Candidate) -> list[Token]:
    """The words an event was told with: its trigger, a phrase's words, what it wraps."""
    return [event.head, *event.words] + ([event.inner.head] if event.inner else [])
