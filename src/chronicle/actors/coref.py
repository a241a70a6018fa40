"""Pronouns and definite descriptions resolved to the nearest compatible, salient antecedent.

A light, rule-based resolver in the Lappin-Leass tradition: search the anaphor's own clause,
then the clauses around it, then earlier sentences; prefer subjects, then nearness. A definite
description first looks for an earlier mention with the same head noun ("the occupying regime"
... "the regime"). What finds no compatible antecedent stays unresolved.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token

from chronicle.actors.lexicon import ActorLexicon, AnaphorHead
from chronicle.actors.model import ActorMention, ActorTable
from chronicle.actors.nominals import lookup_force

PERSON_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
FEMININE = {"she", "her", "hers", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
NON_PERSON_KINDS = {"state", "igo", "organization", "armed_group", "party", "ngo", "force",
                    "body", "media"}
# English news calls a state "it"; "they" is a group, a force or a people.
PLURAL_KINDS = NON_PERSON_KINDS - {"state"} | {"population"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp", "parataxis"}
SENTENCES_BACK = 3
STATE_ONLY = frozenset({"state"})
INDEFINITES = {"anyone", "anybody", "someone", "somebody", "whoever", "everyone", "everybody",
               "nobody"}


class KnownMentions:
    """Mentions so far, in text order, with the sentences they sit in.

    Look-ups are by bisection, so a long document costs what its windows cost, not the square
    of its length.
    """

    def __init__(self, doc: Doc, mentions: list[ActorMention]) -> None:
        self.items = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]
        self.sentences = list(doc.sents)
        self.sentence_starts = [s.start for s in self.sentences]

    def add(self, mention: ActorMention) -> None:
        index = bisect_right(self.starts, mention.start)
        self.starts.insert(index, mention.start)
        self.items.insert(index, mention)

    def between(self, lo: int, hi: int) -> list[ActorMention]:
        """Mentions starting in tokens [lo, hi)."""
        return self.items[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def sentence_index(self, token_i: int) -> int:
        return bisect_right(self.sentence_starts, token_i) - 1

    def window_start(self, token_i: int, sentences_back: int = SENTENCES_BACK) -> int:
        index = max(0, self.sentence_index(token_i) - sentences_back)
        return self.sentence_starts[index] if self.sentence_starts else 0


def resolve_anaphora(doc: Doc, mentions: list[ActorMention], table: ActorTable,
                     lexicon: ActorLexicon) -> list[ActorMention]:
    """Mentions for resolvable pronouns and definite descriptions, in text order."""
    known = KnownMentions(doc, mentions)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[ActorMention] = []
    for token in doc:
        if token.i in taken:
            continue
        mention = resolve_token(token, known, table, lexicon)
        if mention is None:
            continue
        found.append(mention)
        known.add(mention)
        taken.update(range(mention.start, mention.end))
    return found


def resolve_token(token: Token, known: KnownMentions, table: ActorTable,
                  lexicon: ActorLexicon) -> ActorMention | None:
    lower = token.lower_
    if token.pos_ == "PRON" and lower in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS:
        if is_expletive(token):
            return None
        return resolve_pronoun(token, known, table, lexicon)
    if token.pos_ == "NOUN" and token.dep_ != "compound" and token.lower_ in lexicon.role_nouns:
        named = apposed_person(token, known, table)
        if named is not None:
            return named
        if not has_naming_modifier(token):
            return role_descriptor(token, known, table, lexicon)
    if token.pos_ in {"NOUN", "PROPN"} and is_definite(token) and token.dep_ != "compound" \
            and not any(c.dep_ == "nummod" for c in token.children):  # "the two groups"
        head = lexicon.anaphor_heads.get(lower) or lexicon.anaphor_heads.get(token.lemma_.lower())
        if head is None or has_naming_modifier(token):
            return None
        if has_of_complement(token):
            return owner_of_complement(token, known, table, head)
        start = min(t.i for t in token.lefts) if any(True for _ in token.lefts) else token.i
        # "the Biden administration is still telegraphing its punches ... [a column later]
        # The administration's own strikes": a government keeps its name through a report,
        # where the nearest state may well be its enemy
        reach = len(known.sentences) if head.kinds == STATE_ONLY else 5
        actor_id = head_match(token, known, reach) or find_antecedent(
            token, known, table, lambda a: compatible_kind(a, head.kinds, head.via_country,
                                                           table))
        if actor_id is None:
            return None
        if head.via_country:
            actor_id = table.state_of(actor_id) or actor_id
        return ActorMention(start, token.i + 1, actor_id, "definite", token.i)
    return None


def role_descriptor(token: Token, known: KnownMentions, table: ActorTable,
                    lexicon: ActorLexicon) -> ActorMention | None:
    """A role with no name beside it: "a senior commander of Kataib Hezbollah" and "Kataib
    Hezbollah's leader" are the group's (a person of it: its country and sector); "the
    commander" is whoever "commander" last named."""
    start = min([token.i, *(t.i for t in token.lefts if t.dep_ not in {"det", "poss"})])
    body = role_body(token, known)
    if body is not None:
        sector = lexicon.role_nouns.get(token.lower_)
        if sector and table.actors[body].kind == "state":
            body = table.sector_of(body, sector)
        return ActorMention(start, token.i + 1, body, "descriptor", token.i)
    if is_definite(token) and token.dep_ not in {"attr", "appos"}:
        actor_id = head_match(token, known) or title_match(token, known, table) or \
            find_antecedent(token, known, table, role_fits(lexicon.role_nouns.get(token.lower_),
                                                           table))
        if actor_id is not None:
            return ActorMention(start, token.i + 1, actor_id, "descriptor", token.i)
    return None


# an armed group's commanders hold military roles too
ROLE_SECTORS = {"MIL": {"MIL", "REB"}}


def role_fits(sector: str | None, table: ActorTable):  # noqa: ANN201
    """"A US strike killed Abu Baqir al-Saadi ... CENTCOM said the commander was responsible":
    a definite role with no name of its own is the nearest person of that kind of role."""
    wanted = ROLE_SECTORS.get(sector or "", {sector})

    def fits(actor_id: str) -> bool:
        info = table.actors[actor_id]
        return info.kind == "person" and sector is not None and info.sector in wanted
    return fits


def apposed_person(token: Token, known: KnownMentions, table: ActorTable
                   ) -> ActorMention | None:
    """"The spokesman for the armed forces, Major General Yehia Rasool, condemned": a role whose
    apposition names a person is that person."""
    for child in token.children:
        if child.dep_ != "appos" or not any(t.is_punct for t in token.doc[token.i + 1:child.i]):
            continue  # "spokesman Nasser Kanaani" is a title on the name, not a mention of its own
        for mention in known.between(child.i - 6, child.i + 1):
            if mention.start <= child.i < mention.end and \
                    table.actors[mention.actor_id].kind == "person":
                start = min([token.i, *(t.i for t in token.lefts)])
                return ActorMention(start, token.i + 1, mention.actor_id, "descriptor", token.i)
    return None


def role_body(token: Token, known: KnownMentions) -> str | None:
    """The body a role belongs to: its "of" phrase or its possessor, when an actor."""
    holders = [c for c in token.children if c.dep_ == "poss"]
    holders += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"]
    for holder in holders:
        for mention in known.between(holder.i - 6, holder.i + 1):
            if mention.start <= holder.i < mention.end:
                return mention.actor_id
    return None


def resolve_pronoun(token: Token, known: KnownMentions, table: ActorTable,
                    lexicon: ActorLexicon) -> ActorMention | None:
    lower = token.lower_
    if lower in PERSON_PRONOUNS:
        gender = "f" if lower in FEMININE else "m"

        def fits(a: str) -> bool:
            return table.actors[a].kind == "person" and table.gender.get(a, gender) == gender
    elif lower in PLURAL_PRONOUNS:
        if plural_subject_before(token, known):
            return None  # "The two commanders are admired for their role": not an actor
        def fits(a: str) -> bool:
            return table.actors[a].kind in PLURAL_KINDS
    else:
        if unnamed_subject_owns(token, known, lexicon):
            return None  # "The Palestinian militant group ... sparked the war with its attack"

        def fits(a: str) -> bool:
            return table.actors[a].kind in NON_PERSON_KINDS
    # "Kenya's president said he ...": a person told only by role, for a person's pronoun
    roles = frozenset(lexicon.role_nouns) if lower in PERSON_PRONOUNS else frozenset()
    owner = relative_subject(token, known, fits) or \
        find_antecedent(token, known, table, fits, roles)
    if owner is None:
        return None
    if lower in PERSON_PRONOUNS:
        # the first pronoun fixes a person's gender for the rest of the article
        table.gender.setdefault(owner, "f" if lower in FEMININE else "m")
    if token.dep_ != "poss":
        return ActorMention(token.i, token.i + 1, owner, "pronoun", token.i)
    # A possessive names the owner of its head noun: "its troops", "his group".
    head = token.head
    if head.i < token.i:
        return ActorMention(token.i, token.i + 1, owner, "pronoun", token.i)
    group = lexicon.anaphor_heads.get(head.lower_) or lexicon.anaphor_heads.get(head.lemma_)
    if group is not None and table.actors[owner].kind == "person":
        # "his group": the person's own organisation, known or the nearest one fitting
        affiliation = table.actors[owner].affiliation
        actor_id = table.by_id(affiliation) if affiliation else None
        if actor_id is None:
            actor_id = find_antecedent(
                head, known, table, lambda a: compatible_kind(a, group.kinds, False, table))
        if actor_id is not None:
            return ActorMention(token.i, head.i + 1, actor_id, "pronoun", head.i)
    force = lookup_force(head, lexicon)
    owner_kind = table.actors[owner].kind
    if force is not None and owner_kind != "person" and \
            not (owner_kind == "state" and force.sector == "REB"):
        return ActorMention(token.i, head.i + 1, table.sector_of(owner, force.sector),
                            "pronoun", head.i)
    return ActorMention(token.i, token.i + 1, owner, "pronoun", token.i)


RELATIVES = {"which", "who", "that"}


def relative_subject(token: Token, known: KnownMentions, fits) -> str | None:  # noqa: ANN001
    """"Kataib Hezbollah, which announced on Tuesday that it was halting its attacks": a
    pronoun in what a relative clause reports is its subject, the noun the clause hangs on."""
    node = token.head
    for _ in range(6):
        if node.dep_ == "relcl":
            if not any(c.dep_ == "nsubj" and c.lower_ in RELATIVES for c in node.children):
                return None
            noun = node.head
            for mention in known.between(noun.i - 8, noun.i + 1):
                if mention.start <= noun.i < mention.end and fits(mention.actor_id):
                    return mention.actor_id
            return None
        if node.dep_ not in {"ccomp", "xcomp", "conj", "advcl"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def unnamed_subject_owns(token: Token, known: KnownMentions, lexicon: ActorLexicon) -> bool:
    """"The Palestinian militant group, which has controlled Gaza for years, sparked the war
    with its attack": "its" is its own clause's subject, a group no actor stands for, so it
    names no actor (not one from an earlier sentence)."""
    if token.lower_ not in {"its", "it"}:
        return False
    node = token.head
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i > token.i or subject.pos_ != "NOUN":
        return False
    covered = {i for m in known.between(subject.left_edge.i, subject.i + 1)
               for i in range(m.start, m.end)}
    return subject.i not in covered and (
        subject.lower_ in lexicon.anaphor_heads or subject.lemma_.lower() in lexicon.anaphor_heads)


def plural_subject_before(token: Token, known: KnownMentions) -> bool:
    """A plural subject earlier in the sentence that is no single actor: "the two commanders",
    "anyone", or a coordination ("Soleimani and al-Muhandis were killed with their comrades")."""
    sentence = token.sent
    covered = {i for m in known.between(sentence.start, token.i)
               for i in range(m.start, m.end)}
    for t in sentence:
        if t.i >= token.i or t.dep_ not in SUBJECT_DEPS:
            continue
        if t.tag_ in {"NNS", "NNPS"} and t.i not in covered:
            return True
        if t.lower_ in INDEFINITES:
            return True  # "if anyone threatens us, they will receive a firm answer"
        if any(c.dep_ == "conj" for c in t.children):
            return True
    return False


def has_of_complement(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def owner_of_complement(token: Token, known: KnownMentions, table: ActorTable,
                        head: AnaphorHead) -> ActorMention | None:
    """"The caretaker government of Prime Minister X": not an anaphor, but X's government.

    Resolved only when the complement is an actor whose state is known; otherwise the phrase
    names something the text defines and we leave it alone.
    """
    prep = next(c for c in token.children if c.dep_ == "prep" and c.lower_ == "of")
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return None
    for mention in known.between(objects[0].i - 4, objects[0].i + 1):
        if mention.start <= objects[0].i < mention.end:
            owner = mention.actor_id
            if "state" in head.kinds:
                owner = table.state_of(owner) or ""
            if owner and compatible_kind(owner, head.kinds, head.via_country, table):
                start = min([token.i, *(t.i for t in token.lefts if t.dep_ != "det")])
                return ActorMention(start, token.i + 1, owner, "definite", token.i)
    return None


def is_expletive(token: Token) -> bool:
    """"It is not clear whom...", "It is worth noting that...": an "it" that names nothing."""
    if token.lower_ != "it" or token.dep_ not in {"nsubj", "expl", "nsubjpass"}:
        return token.dep_ == "expl"
    head = token.head
    if head.lemma_ in RAISING_VERBS or token.dep_ == "nsubjpass":
        # "It is still being determined which group was responsible", "It was reported that
        # ...", "It seems that ...": the clause after the verb is what "it" stands in for
        return any(c.dep_ in {"ccomp", "csubj", "xcomp"} for c in head.children)
    if head.lemma_ != "be":
        return False
    complements = [c for c in head.children if c.dep_ in {"acomp", "attr"}]
    # the clause "it" stands in for: "It is clear [that ...]", "It is worth [noting ...]"; an
    # "it" with none is the thing itself: "It was responsible for the attack"
    return bool(complements) and any(
        c.dep_ in EXTRAPOSED_DEPS for t in [head, *complements] for c in t.children)


EXTRAPOSED_DEPS = {"ccomp", "xcomp", "csubj", "advcl"}
RAISING_VERBS = {"seem", "appear"}


DEFINITE_DETS = {"the", "that", "this", "these", "those"}


def is_definite(token: Token) -> bool:
    """"the group", "that group": a description pointing back."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in token.children)


def has_naming_modifier(token: Token) -> bool:
    """"the Iraqi government" or "the group X" is not an anaphor: it names its referent."""
    return any(c.dep_ in {"amod", "compound", "nmod", "poss", "appos"} and
               (c.ent_type_ or c.pos_ == "PROPN") for c in token.children)


def compatible_kind(actor_id: str, kinds: frozenset[str], via_country: bool,
                    table: ActorTable) -> bool:
    info = table.actors[actor_id]
    if info.kind in kinds:
        return True
    return via_country and info.kind != "person" and table.state_of(actor_id) is not None


def head_match(token: Token, known: KnownMentions, sentences_back: int = 5) -> str | None:
    """The nearest earlier mention whose head is the same noun ("the regime")."""
    doc = token.doc
    for mention in reversed(known.between(known.window_start(token.i, sentences_back),
                                          token.i)):
        head = doc[mention.head]
        if head.lemma_.lower() == token.lemma_.lower() and head.i != token.i:
            return mention.actor_id
    return None


TITLE_DEPS = {"compound", "appos", "nmod"}


def title_match(token: Token, known: KnownMentions, table: ActorTable) -> str | None:
    """"Foreign Ministry spokesman Nasser Kanaani said ... The spokesman urged": the nearest
    earlier person named with that title, before the name or in apposition to it."""
    doc = token.doc
    lemma = token.lemma_.lower()
    for mention in reversed(known.between(known.window_start(token.i, 5), token.i)):
        if table.actors[mention.actor_id].kind != "person":
            continue
        head = doc[mention.head]
        titles = [c for c in head.children if c.dep_ in TITLE_DEPS]
        if head.dep_ == "appos":
            titles.append(head.head)  # "the spokesman, Nasser Kanaani"
        if any(t.lemma_.lower() == lemma and t.i != token.i for t in titles):
            return mention.actor_id
    return None


def find_antecedent(token: Token, known: KnownMentions, table: ActorTable,
                    fits, roles: frozenset[str] = frozenset()) -> str | None:  # noqa: ANN001
    """The most salient compatible mention before `token`: own clauses outward, then back.
    `roles`: heads of nominal mentions that fit as well ("Kenya's president" for "he")."""
    doc = token.doc
    before = [m for m in known.between(known.window_start(token.i), token.i)
              if m.end <= token.i and (fits(m.actor_id) or (
                  m.form == "nominal" and doc[m.head].lemma_.lower() in roles))
              and not modifies_own_phrase(doc[m.head], token)]
    if not before:
        return None
    index = known.sentence_index(token.i)
    sentence = known.sentences[index]
    in_sentence = [m for m in before if m.start >= sentence.start]
    for clause in clauses_around(token):
        lo, hi = clause
        inside = [m for m in in_sentence if lo <= m.start < hi]
        if inside:
            return best(inside, doc).actor_id
    if in_sentence:
        return best(in_sentence, doc).actor_id
    for back in range(1, SENTENCES_BACK + 1):
        if index - back < 0:
            break
        earlier = known.sentences[index - back]
        inside = [m for m in before if earlier.start <= m.start < earlier.end]
        if inside:
            return best(inside, doc).actor_id
    return None


SUBORDINATE_CLAUSES = frozenset({"relcl", "acl"})


def best(candidates: list[ActorMention], doc: Doc) -> ActorMention:
    """Subjects first, then possessors (the subjects of noun phrases), then the nearest."""
    def rank(m: ActorMention) -> tuple[int, int]:
        role = role_token(doc[m.head])
        if role.dep_ in SUBJECT_DEPS and role.head.dep_ not in SUBORDINATE_CLAUSES:
            return (0, -m.start)
        # a subject inside a relative clause ("the faction that Washington blames") is
        # background to the sentence, like a possessor
        if role.dep_ in SUBJECT_DEPS or role.dep_ == "poss":
            return (1, -m.start)
        return (2, -m.start)
    return min(candidates, key=rank)


def role_token(token: Token) -> Token:
    """The token whose dependency label gives the mention's grammatical role."""
    while token.dep_ in {"compound", "flat", "appos", "conj"} and token.head.i != token.i:
        token = token.head
    return token


def clauses_around(token: Token) -> list[tuple[int, int]]:
    """Token ranges of the clauses containing `token`, innermost first.

    A noun with a possessor counts as a clause of its own: in "Washington's threat to hit back
    after three of its soldiers were killed", the possessor is the threat's subject.
    """
    found: list[tuple[int, int]] = []
    node = token
    while True:
        is_clause = node.pos_ in {"VERB", "AUX"} and node.dep_ in CLAUSE_DEPS
        owned = node.pos_ == "NOUN" and node.i != token.head.i and \
            any(c.dep_ == "poss" and c.i != token.i for c in node.children)
        if is_clause or owned:
            subtree = [t.i for t in node.subtree]
            found.append((min(subtree), max(subtree) + 1))
        if node.head.i == node.i:
            break
        node = node.head
    return found


def modifies_own_phrase(candidate: Token, anaphor: Token) -> bool:
    """"US military bases in the country": a modifier of the anaphor's own phrase is excluded.

    Only the noun phrase around the anaphor counts, up to the first verb: in "Washington's
    threat to hit back after three of its soldiers were killed" a clause intervenes, and
    Washington stays a candidate for "its".
    """
    local: set[int] = set()
    node = anaphor
    while node.head.i != node.i and node.head.pos_ not in {"VERB", "AUX"}:
        node = node.head
        local.add(node.i)
    if candidate.i in local:
        return True
    node = candidate
    while node.dep_ in {"amod", "compound", "nmod", "poss"} and node.head.i != node.i:
        node = node.head
        if node.i in local:
            return True
    return False
