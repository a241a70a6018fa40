"""Find dictionary names, metonyms, demonyms and descriptors in a Doc.

Matching is exact on the words as written (aliases are proper names); descriptors, which are
common-noun phrases, match case-insensitively. Overlaps keep the longest match.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from chronicle.actors.lexicon import ActorLexicon

# NER labels of names that are places or things: a country inside them is not an actor
# ("Baghdad International Airport", "the Gaza war").
NON_ACTOR_ENTITY_LABELS = {"FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"}
MODIFIER_DEPS = {"amod", "compound", "nmod", "poss"}


@dataclass(slots=True, frozen=True)
class Target:
    """What a matched phrase stands for."""

    entry_id: str
    sector: str | None
    form: str  # name, metonym, demonym, descriptor


@dataclass(slots=True)
class NameHit:
    span: Span
    target: Target


class NameMatcher:
    """Phrase matchers over the lexicon, built once per pipeline."""

    def __init__(self, nlp: Language, lexicon: ActorLexicon) -> None:
        self.targets: list[Target] = []
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        seen: set[tuple[str, str]] = set()

        def add(matcher: PhraseMatcher, phrase: str, target: Target, kind: str) -> None:
            phrase = strip_article(phrase)
            if not phrase or (kind, phrase) in seen:
                return  # first entry wins a shared surface form
            seen.add((kind, phrase))
            self.targets.append(target)
            matcher.add(str(len(self.targets) - 1), [nlp.make_doc(phrase)])

        for entry in lexicon.entries.values():
            for alias in (entry.name, *entry.aliases):
                add(self.exact, alias, Target(entry.id, None, "name"), "exact")
            for sector, alias in entry.sector_aliases:
                add(self.exact, alias, Target(entry.id, sector, "name"), "exact")
            for metonym in entry.metonyms:
                add(self.exact, metonym, Target(entry.id, None, "metonym"), "exact")
            for demonym in entry.demonyms:
                add(self.exact, demonym, Target(entry.id, None, "demonym"), "exact")
        for phrase, desc in lexicon.descriptors.items():
            add(self.lower, phrase, Target(desc.actor, desc.sector, "descriptor"), "lower")

    def __call__(self, doc: Doc) -> list[NameHit]:
        found: dict[tuple[int, int], Target] = {}
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                target = self.targets[int(doc.vocab.strings[match_id])]
                found.setdefault((start, end), target)
        spans = filter_spans([doc[s:e] for s, e in found])
        return [NameHit(span, found[(span.start, span.end)]) for span in spans]


def strip_article(phrase: str) -> str:
    for article in ("the ", "The "):
        if phrase.startswith(article):
            return phrase[len(article):].strip()
    return phrase.strip()


def inside_non_actor_entity(span: Span) -> bool:
    """"Baghdad" in "Baghdad International Airport" (FAC): part of a place's or thing's name."""
    token = span.doc[span.start]
    if token.ent_type_ not in NON_ACTOR_ENTITY_LABELS:
        return False
    ent_start = span.start
    while ent_start > 0 and token.doc[ent_start].ent_iob_ == "I":
        ent_start -= 1
    ent_end = span.end
    while ent_end < len(token.doc) and token.doc[ent_end].ent_iob_ == "I":
        ent_end += 1
    # "the Islamic Resistance in Iraq" taken for a WORK_OF_ART: the name with only an
    # article beside it is still the name
    outside = [t for t in token.doc[ent_start:ent_end] if t.i < span.start or t.i >= span.end]
    if all(t.pos_ == "DET" or t.is_punct for t in outside):
        return False
    return ent_end - ent_start > len(span) and all(
        t.ent_type_ == token.ent_type_ for t in span)


def first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


# "recalled its ambassador from Tehran": the state the envoy served in, not a place
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "embassy", "mission"})
# nouns whose "from" names who gives them, not where they come from
SOURCE_NOUNS = frozenset({"criticism", "condemnation", "denunciation", "rebuke", "censure",
                          "complaint", "pressure", "support", "aid", "assistance", "warning",
                          "threat", "message", "statement", "response", "call", "demand",
                          "request", "protest", "backing", "objection"})


def is_locative(token: Token, lexicon: ActorLexicon) -> bool:
    """True for a name used as a place: "in Iraq", "and neighboring Syria", "the border with
    Syria", "for US troops to leave Iraq"."""
    token = first_conjunct(token)
    if token.dep_ == "poss" or any(c.dep_ == "case" for c in token.children):
        return False  # "Iraq's", "Washington's" are owners, not places
    if token.dep_ == "pobj":
        prep = token.head
        if from_nouns(prep, SOURCE_NOUNS | ENVOY_NOUNS):
            return False  # "drew criticism from Syria", "recalled its envoy from Tehran"
        # ("the border with Syria" is a place; "sided with Iran" is no side of a border)
        return prep.lower_ in lexicon.locative_preps or (prep.head.pos_ != "VERB" and (
            prep.head.lower_ in lexicon.place_heads or prep.head.lemma_ in lexicon.place_heads))
    return token.dep_ == "dobj" and token.head.lemma_.lower() in lexicon.place_verbs


# Roles in which a capital stands for its government ("Washington said", "sanctions on
# Moscow", "Tehran's proxies"); elsewhere ("a car burning in Baghdad", "Iraq's capital
# Baghdad") it is a place.
METONYM_ROLES = {"nsubj", "nsubjpass", "poss", "dobj", "dative", "iobj", "agent", "npadvmod"}
METONYM_PREPS = {"by", "with", "between", "against", "on", "to", "and", "for", "toward"}


def acts_as_actor(token: Token) -> bool:
    """Whether a capital name is used for a government rather than a city."""
    token = first_conjunct(token)
    if token.dep_ in METONYM_ROLES:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "from":
        # "recalled its ambassador from Tehran": the government the envoy was sent to
        return from_nouns(token.head, ENVOY_NOUNS)
    return token.dep_ == "pobj" and token.head.lower_ in METONYM_PREPS


def from_nouns(prep: Token, nouns: frozenset[str]) -> bool:
    """A "from" phrase on one of `nouns`, or on a verb whose object is one ("criticism from
    Syria", "recalled its ambassador from Tehran")."""
    return prep.lower_ == "from" and (prep.head.lemma_.lower() in nouns or any(
        c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in prep.head.children))


def modifies_place(token: Token, lexicon: ActorLexicon) -> bool:
    """True when the word only qualifies a place noun ("Iraqi soil", "Syria-Jordan border")."""
    while token.dep_ in MODIFIER_DEPS | {"conj"} and token.head.i != token.i:
        token = token.head
        if token.lower_ in lexicon.place_heads or token.lemma_.lower() in lexicon.place_heads:
            return True
    return False
