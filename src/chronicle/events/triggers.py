"""Find event triggers: verbs and nouns of the lexicon, phrases matched along the parse."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from chronicle.events.designations import listing
from chronicle.events.lexicon import EventLexicon, Trigger
from chronicle.events.mentions import quantified
from chronicle.events.model import Candidate
from chronicle.events.references import antecedent_of, earlier_deed
from chronicle.events.scan import with_lemmas

# Proper nouns are names ("Government of National Accord"), never triggers.
POS_OF = {"VERB": "VERB", "NOUN": "NOUN", "ADJ": "ADJ"}


def find_triggers(doc: Doc, lexicon: EventLexicon) -> list[Candidate]:
    # "Popular Mobilization Units", "Operation Inherent Resolve": words inside names are not
    # triggers
    in_names = {i for m in doc._.actor_mentions or [] if m.form == "name"
                for i in range(m.start, m.end)}
    found: list[Candidate] = []
    in_phrases: set[int] = set()
    for token in with_lemmas(doc, lexicon.trigger_lemmas):  # (no Python walk of every token)
        pos = POS_OF.get(token.pos_)
        if pos is None or token.i in in_names or token.i in in_phrases:
            continue
        if pos == "VERB" and token.dep_ == "amod":
            continue  # "Iran-backed militias", "the targeted car": attributes, not reports
        match = match_trigger(token, pos, lexicon)
        if match is None:
            listed = listing(token, lexicon.listing_verbs, lexicon.listing_marks,
                             lexicon.triggers)
            match = (listed, [token]) if listed is not None else None
        if match is None:
            continue
        trigger, words = match
        if is_standing_relation(token, trigger, lexicon.listing_all) or \
                not object_allows(token, trigger, lexicon) or in_idiom(token, lexicon):
            continue
        # "launched at least 168 attacks on US forces": the phrase's noun is no second event
        in_phrases.update(t.i for t in words)
        found.append(Candidate(head=token, spec=trigger, type=trigger.type, mode=trigger.mode,
                               start=token.i, end=max(t.i for t in words) + 1,
                               words=words[1:]))
    return found


DEED_PREPS = {"to", "in", "with", "for"}


def in_idiom(token: Token, lexicon: EventLexicon) -> bool:
    """"the commander in charge of operations", "hold those responsible to account", "stopped
    short of": a set phrase, no event (idioms.tsv)."""
    after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    lemma = token.lemma_.lower()
    if ("*", lemma, after) in lexicon.idioms:
        return True  # "she stopped short of saying ...": whatever comes before
    if token.pos_ not in {"NOUN", "ADJ"} or token.i == 0:
        return False
    before = token.doc[token.i - 1].lower_
    return (before, lemma, after) in lexicon.idioms or (before, lemma, "*") in lexicon.idioms


RELATION_TYPES = {"SUPPORT", "AID", "MOBILIZE", "COOPERATE"}


def is_standing_relation(token: Token, trigger: Trigger,
                         listing: frozenset[str] = frozenset()) -> bool:
    """A description of a standing relation, not a report that something happened: "militias
    backed by Iran", "troops stationed in Iraq" (reduced passives), "the militias it backs"
    (a present-tense relative clause), "US forces are stationed there" (a present passive),
    "X, an alliance of Y" (a noun saying what something is)."""
    if trigger.type == "REJECT" and token.pos_ == "VERB" and token.dep_ == "acl" and \
            token.tag_ == "VBN":
        return True  # "fighters opposed to US support for Israel": what they are, no act
    if trigger.type == "SANCTION" and token.lemma_.lower() in listing and \
            token.pos_ == "VERB" and token.tag_ == "VBN" and \
            any(c.dep_ == "auxpass" and c.lower_ in {"is", "are"} for c in token.children) and \
            not any(c.dep_ == "prep" and c.lower_ == "in" for c in token.children):
        return True  # "the movement, which is listed as a terrorist organisation": a status
    if trigger.type not in RELATION_TYPES:
        return False
    if token.pos_ == "NOUN":
        # "the Islamic Resistance in Iraq, an alliance of Iran-backed groups": what a group is
        return token.dep_ in {"appos", "attr"} or after_name_and_comma(token)
    if token.pos_ != "VERB":
        return False
    if token.dep_ == "acl" and token.tag_ == "VBN":
        return not someones_doing(token.head)
    if token.dep_ == "relcl" and token.tag_ in {"VBZ", "VBP"}:
        return True
    return token.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in {"is", "are"}
                                       for c in token.children)


def someones_doing(noun: Token) -> bool:
    """"Ukraine's treatment of Russian speakers — backed by the West": a participle on what an
    actor does reports support for it; on an actor ("militias backed by Iran") it describes."""
    covered = {i for m in noun.doc._.actor_mentions or [] for i in range(m.start, m.end)}
    return noun.i not in covered and any(c.dep_ == "poss" and c.i in covered
                                         for c in noun.children)


def after_name_and_comma(noun: Token) -> bool:
    """"the Islamic Resistance in Iraq, a loose alliance of ...": an apposition the parser took
    for a second object (a name, a comma, an article and the noun's own modifiers)."""
    first = min([noun.i, *(t.i for t in noun.lefts)])
    doc = noun.doc
    return first >= 2 and doc[first].lower_ in {"a", "an"} and doc[first - 1].text == "," and \
        doc[first - 2].pos_ == "PROPN"


def object_allows(token: Token, trigger: Trigger, lexicon: EventLexicon) -> bool:
    """"released two hostages" is an event, "released a statement" and "was returning to the
    base" are not (data/events/object_rules.tsv)."""
    rule = lexicon.object_rules.get((trigger.lemma, trigger.pos))
    if rule is None:
        return True
    if rule.forbids_object:
        # a particle takes the object along ("called on all parties to ..."); a preposition
        # after an object is something else ("called the king on Saturday")
        return any(c.dep_ == "prt" for c in token.children) or \
            not any(c.dep_ == "dobj" for c in token.children)
    if token.pos_ == "VERB" and rule.needs_event:
        # "was linked to the deadly attack": the deed sits in a prepositional phrase
        objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        objects += [o for p in token.children if p.dep_ == "prep" and p.lower_ in DEED_PREPS
                    for o in p.children if o.dep_ == "pobj"]
    elif token.pos_ == "VERB":
        objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        if token.dep_ == "acl" and token.tag_ == "VBN":
            objects.append(token.head)  # "the hostages released by Hamas"
    else:
        # "the release of the names", "responsible for attacks"
        objects = [c for p in token.children if p.dep_ == "prep" and p.lower_ in {"of", "for"}
                   for c in p.children if c.dep_ in {"pobj", "pcomp"}]
    # "the attack, which was claimed by ...": the relative pronoun stands for the attack
    objects = [quantified(antecedent_of(o) or o) for o in objects]
    if rule.needs_event:
        objects = [earlier_deed(o, lambda t: (t.lemma_.lower(), "NOUN") in lexicon.triggers)
                   or o for o in objects]
    if not objects:
        # "the government said Taliban militants were responsible": no object, no doubt
        return not rule.needs_object
    if rule.needs_event:
        return any(names_deed(o, lexicon) for o in objects)
    return not any(o.lemma_.lower() in rule.inert_objects for o in objects)


def match_trigger(token: Token, pos: str, lexicon: EventLexicon
                  ) -> tuple[Trigger, list[Token]] | None:
    """The longest lexicon phrase headed by `token`, and the tokens of its words."""
    lemma = token.lemma_.lower()
    options = lexicon.triggers.get((lemma, pos)) or []
    if not options and pos == "VERB":
        # the small model tags some plural nouns as verbs ("US strikes"): a one-word noun
        # trigger is taken, never a phrase (not the other way: "targets" is no attack)
        options = [t for t in lexicon.triggers.get((lemma, "NOUN"), []) if len(t.words) == 1]
    if pos == "NOUN" and lemma in lexicon.compound_heads and token.n_lefts:
        # "a phone call", "a car bomb": a compound phrase is keyed by its first word, the
        # modifier; its head is the noun
        for child in (c for c in token.lefts if c.dep_ == "compound"):
            for trigger in lexicon.triggers.get((child.lemma_.lower(), "NOUN"), []):
                if trigger.words == (child.lemma_.lower(), lemma):
                    return trigger, [token, child]
    for trigger in options:
        if len(trigger.words) == 1:
            return trigger, [token]
        rest = phrase_words(token, trigger.words[1:])
        if rest is not None:
            return trigger, [token, *rest]
    return None


def phrase_words(head: Token, rest: tuple[str, ...]) -> list[Token] | None:
    """A phrase's other words among the head's dependents and theirs, the nearest first
    ("claim ... responsibility", "use ... as human shields"); None when one is missing. A
    preposition or particle must hang on the head itself: "called it a terrorist attack on
    Tuesday" is no "call on". Deeper words are not looked for: "launched a response to the
    attack" is no "launch attack"."""
    nearby = {t.lemma_.lower(): t for t in head.children}
    for child in head.children:
        for grandchild in child.children:
            if grandchild.pos_ not in {"ADP", "PART"}:
                nearby.setdefault(grandchild.lemma_.lower(), grandchild)
    found = [nearby.get(word) for word in rest]
    if None in found:
        found = deep_complement(head, rest)
    return None if found is None or None in found else found


def deep_complement(head: Token, rest: tuple[str, ...]) -> list[Token] | None:
    """A small clause's complement the parser hung deeper, under the object: "hold [all those
    responsible] [to account]", "hold those responsible for the attack accountable". Only
    adjectives and a preposition with its object are looked for there, never a noun alone
    ("launched a response to the attack" is no "launch attack")."""
    text = source_text(head.doc)
    if text is not None:
        nearby_text = text[max(0, head.idx - 300):head.idx + 300].lower()
        if any(word not in nearby_text for word in rest):
            return None  # (cheap: most failed phrases lack a word altogether)
    below = [t for t in head.subtree if t.i != head.i and depth_below(t, head) <= 4]
    found: list[Token | None] = []
    k = 0
    while k < len(rest):
        word = rest[k]
        adp = next((t for t in below if t.lower_ == word and t.pos_ == "ADP" and k + 1 < len(rest)
                    and any(c.dep_ == "pobj" and c.lemma_.lower() == rest[k + 1]
                            for c in t.children)), None)
        if adp is not None:
            found += [adp, next(c for c in adp.children if c.dep_ == "pobj")]
            k += 2
            continue
        found.append(next((t for t in below if t.lemma_.lower() == word and t.pos_ == "ADJ"),
                          None))
        k += 1
    return found if None not in found else None


def source_text(doc: Doc) -> str | None:
    """The text the pipeline parsed, without rebuilding it from the tokens (Doc.text does)."""
    return doc._.source_text if Doc.has_extension("source_text") else None


def depth_below(token: Token, head: Token) -> int:
    count = 0
    while token.i != head.i and count < 10:
        token = token.head
        count += 1
    return count


# nouns and gerunds through which an object names a deed: "responsible for direct planning
# and participation in attacks", "for directly planning and participating in attacks"
THROUGH_DEPS = {"conj", "prep", "pobj", "pcomp", "dobj"}


def names_deed(obj: Token, lexicon: EventLexicon) -> bool:
    """The object is a deed, or leads to one through coordinated nouns and "in" phrases."""
    queue, seen = [obj], 0
    while queue and seen < 12:
        node = queue.pop(0)
        seen += 1
        if (node.lemma_.lower(), "NOUN") in lexicon.triggers:
            return True
        queue += [c for c in node.children if c.dep_ in THROUGH_DEPS and
                  (c.dep_ != "prep" or c.lower_ in {"in", "of"})]
    return False
