"""Listing a group as terrorist: "Washington listed Kataib Hezbollah as a foreign terrorist
organisation", "the group was branded a terror group by the US in 2009".

The verbs ("list", "brand") are no events by themselves; given a name that marks the object as
terrorist, they list it (PLOVER SANCTION discontinue; the manual codes sanctions so, and the dev
guide this very listing). The words are data (data/events/designations.tsv). Calling a deed
terrorism ("labelled the strikes terrorism") condemns it instead: the object must be no deed.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from chronicle.events.lexicon import Trigger
from chronicle.events.subjects import participle_agent

LISTING = Trigger(lemma="list", pos="VERB", type="SANCTION", mode="discontinue", frame="",
                  recipient=("dobj",), actor=(), swap=False)
NAME_DEPS = frozenset({"oprd", "attr", "xcomp"})


def listing(token: Token, verbs: frozenset[str], marks: frozenset[str],
            triggers: Mapping[tuple[str, str], object]) -> Trigger | None:
    """The listing trigger, if the verb names its object with a marked name. The direct
    object is the name only in a passive ("was designated a terrorist organisation by ...");
    in an active clause it is what is listed, and no deed ("branded the strike a terror
    attack" condemns it)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
        return None
    objects = [c for c in token.children if c.dep_ == "dobj"]
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children) or (
        token.tag_ == "VBN" and token.dep_ in {"acl", "advcl"}) or \
        participle_agent(token) is not None
    if not passive and any((o.lemma_.lower(), "NOUN") in triggers for o in objects):
        return None
    names = [c for c in token.children if c.dep_ in NAME_DEPS]
    names += objects if passive else []
    names += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "as"
              for o in p.children if o.dep_ == "pobj"]
    # ("listed X as a group": the parser may hang "as" on the object)
    names += [o for n in [*names, *objects] for p in n.children if p.dep_ == "prep" and
              p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    if any(marked(n, marks) for n in names):
        return LISTING
    return None


def marked(name: Token, marks: frozenset[str]) -> bool:
    """"a foreign terrorist organisation", "a terror group": a mark word in the name, which is
    itself a noun (not the mark alone: "labelled the strikes terrorism" names a deed)."""
    if name.lemma_.lower() in marks and name.pos_ == "NOUN" and name.dep_ != "dobj":
        return name.tag_ == "NNS"  # "branded them terrorists"
    return name.pos_ in {"NOUN", "PROPN"} and any(
        t.lemma_.lower() in marks for t in name.subtree if t.i != name.i and t.i < name.i)
