"""The actor mentions of a Doc, indexed by token, and the noun-phrase readings the event
stage shares for them: who a phrase names ("three of its troops", "positions of the IRGC",
"a US drone strike")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from chronicle.events.references import conjuncts, examples_of
from chronicle.quotes.lexicon import cue_nouns

MODIFIERS = {"poss", "compound", "amod", "nmod"}
QUANTIFIERS = {"some", "many", "dozen", "dozens", "hundred", "hundreds", "thousand",
               "thousands", "all", "several", "most", "none", "two", "three",
               # collections of deeds: "the first round of retaliatory attacks"
               "round", "series", "wave", "spate", "string", "barrage", "volley"}
# "targets used by the IRGC", "facilities linked to militias": whose property is meant
PROPERTY_VERBS = {"use", "operate", "run", "link", "belong", "own", "control", "hold",
                  "house", "host", "affiliate", "associate", "tie"}
OWNER_PREPS = {"by", "to", "with"}


class MentionIndex:
    """Token -> actor id, from the actor stage."""

    def __init__(self, doc: Doc) -> None:
        self.owner: dict[int, str] = {}
        self.span_of: dict[int, tuple[int, int]] = {}
        self.kind: dict[str, str] = {k: v.kind for k, v in (doc._.actors or {}).items()}
        for m in doc._.actor_mentions or []:
            for i in range(m.start, m.end):
                self.owner.setdefault(i, m.actor_id)
                self.span_of.setdefault(i, (m.start, m.end))
        # a phrase is asked for by several events ("the strikes" as one's object, another's
        # subject): read once
        self._read: dict[int, tuple[list[str], list[tuple[int, int]]]] = {}

    def owners_of_complement(self, token: Token) -> list[str]:
        """"a senior leader of Kataib Hezbollah", "positions of the IRGC", "targets used by
        the IRGC", "sites associated with militia groups and their IRGC sponsors": the bodies
        whose member or property the phrase names."""
        objects: list[Token] = []
        for child in token.children:
            # "positions of the IRGC", "targets, including Iranian personnel and facilities"
            if child.dep_ == "prep" and child.lower_ in {"of", "belonging", "including"}:
                objects += [o for o in child.children if o.dep_ == "pobj"]
            if child.dep_ == "acl" and verb_lemma(child) in PROPERTY_VERBS:
                objects += [o for prep in child.children
                            if prep.dep_ in {"agent", "prep"} and prep.lower_ in OWNER_PREPS
                            for o in prep.children if o.dep_ == "pobj"]
                if child.lower_.endswith("ing"):
                    # "bases housing US troops": whose people are there
                    objects += [o for o in child.children if o.dep_ == "dobj"]
        owners: list[str] = []
        for obj in objects:
            for member in conjuncts(obj):
                owner = self.owner.get(member.i)
                if owner is None:
                    # "their IRGC sponsors": a name inside the phrase
                    named = [t for t in owning_modifiers(member, self) if t.dep_ != "poss"]
                    owner = self.owner[named[0].i] if named else None
                if owner is not None and owner not in owners:
                    owners.append(owner)
            if owners:
                break
        return owners

    def actors_of(self, token: Token) -> tuple[list[str], list[tuple[int, int]]]:
        """Actors a noun phrase names: its head, its conjuncts, else its modifiers (fresh lists:
        callers extend them)."""
        if token.i not in self._read:
            self._read[token.i] = self._actors_of(token)
        ids, spans = self._read[token.i]
        return list(ids), list(spans)

    def _actors_of(self, token: Token) -> tuple[list[str], list[tuple[int, int]]]:
        ids: list[str] = []
        spans: list[tuple[int, int]] = []
        for member in conjuncts(quantified(token)):
            owner = self.owner.get(member.i)
            if owner is None and member.lemma_.lower() in cue_nouns():
                # "American claims of Iranian involvement": a claim is its maker's, whatever
                # it is about
                makers = owning_modifiers(member, self)
                owner = self.owner[makers[0].i] if makers else None
            if owner is None:
                complement = self.owners_of_complement(member)
                ids += [o for o in complement[1:] if o not in ids]
                owner = complement[0] if complement else None
            if owner is None:
                # "US bases", "Israeli positions" name their owner; "its demands" do not
                # make the group an argument of what is done to the demands
                owners = [t for t in owning_modifiers(member, self) if t.dep_ != "poss"]
                owner = self.owner[owners[0].i] if owners else None
            if owner is None:
                # "hawks in Congress (including Sens. McConnell and Cotton)", "militias such
                # as Kataib Hezbollah": the named examples stand for the unnamed whole
                for example in examples_of(member):
                    found = self.owner.get(example.i)
                    if found is not None and found not in ids:
                        ids.append(found)
            if owner is not None and owner not in ids:
                ids.append(owner)
            spans.append(phrase_span(member))
        return ids, spans


def verb_lemma(token: Token) -> str:
    """The verb's lemma, also where the tagger took a participle for a noun ("housing")."""
    if token.pos_ != "VERB" and token.lower_.endswith("ing") and len(token) > 5:
        stem = token.lower_[:-3]
        return stem + "e" if stem + "e" in PROPERTY_VERBS else stem
    return token.lemma_.lower()


def quantified(token: Token) -> Token:
    """"three of its troops", "dozens of protesters": the people counted, not the count."""
    if token.like_num or token.lemma_.lower() in QUANTIFIERS:
        for prep in token.children:
            # "three of its troops", "some in the US Congress", "many among the protesters"
            if prep.dep_ == "prep" and prep.lower_ in {"of", "in", "among"}:
                return next((c for c in prep.children if c.dep_ == "pobj"), token)
    return token


def phrase_span(token: Token) -> tuple[int, int]:
    """The noun phrase of a head: its left dependents and the head (not its clauses)."""
    left = [t.i for t in token.lefts if t.dep_ not in {"punct", "cc", "prep"}]
    start = min([token.i, *left])
    for t in token.lefts:
        start = min(start, min(x.i for x in t.subtree))
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in {"compound", "flat", "appos"} or (
                child.dep_ == "prep" and child.lower_ == "of"
                and any(t.pos_ == "PROPN" for t in child.subtree)):
            # "Government of National Accord (GNA)": the name runs on after the head
            end = max(end, max(x.i for x in child.subtree) + 1)
    return start, end


def owning_modifiers(noun: Token, index: MentionIndex) -> list[Token]:
    """Actor-naming modifiers of a noun, through compounds: "a US drone strike" -> US."""
    found: list[Token] = []
    queue = [c for c in noun.lefts if c.dep_ in MODIFIERS]
    while queue:
        token = queue.pop(0)
        if token.i in index.owner:
            found.append(token)
        elif token.dep_ in {"compound", "amod", "nmod"}:
            queue += [c for c in token.lefts if c.dep_ in MODIFIERS]
            if token.pos_ == "VERB":
                # "the US-led invasion": the leader, hyphenated to the participle
                queue += [c for c in token.lefts if c.dep_ == "npadvmod"]
    return found
