"""Who acts for a verb: its subject, found where the parser hangs it.

A verb without a subject of its own takes its governor's ("vowed to keep up strikes"), through
complements, conjuncts and adjuncts; a relative clause's gap is the noun it hangs on; a passive
participle set off by punctuation describes the phrase before it; a speech act closing a
reported clause is the reporter's.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from chronicle.datafiles import read_words, reporting_verbs
from chronicle.events.lexicon import default_data_dir
from chronicle.events.references import RELATIVE_PRONOUNS
from chronicle.quotes.lexicon import cue_verbs

SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
# complements whose doer is their governor's subject, whatever its voice
COMPLEMENT_CLIMBS = {"xcomp", "pcomp"}


HARM_VERBS = frozenset({"kill", "wound", "injure", "assassinate", "slay", "murder", "abduct",
                        "kidnap", "arrest", "detain", "behead", "execute"})


def reduced_passive(verb: Token, subject: Token) -> bool:
    """A headline's or a list's passive without its auxiliary: "At least three US soldiers
    killed and 34 injured in a drone strike", "Casualties: 3 soldiers killed". A verb with a
    "by" agent and no object is passive whatever its tag ("The war waged by Israel on Gaza
    continued": the parser took the participle for the main verb)."""
    if any(c.dep_ == "agent" for c in verb.children) and \
            not any(c.dep_ in {"dobj", "attr"} for c in verb.children):
        return True
    if verb.lemma_.lower() not in HARM_VERBS or \
            any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "aux"} for c in verb.children):
        return False
    if verb.tag_ == "VBN":
        return True
    return verb.tag_ == "VBD" and (subject.like_num or any(
        c.dep_ == "nummod" for c in subject.children))


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The subject acting for a verb and whether the verb is passive."""
    if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" and \
            not any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in verb.children):
        # "a group (that) the administration said was linked to the attack": the gap is
        # the noun the clause relates to
        return verb.head.head, any(c.dep_ == "auxpass" for c in verb.children)
    described = described_by_participle(verb)
    if described is not None:
        return described, True
    node = verb
    via = ""  # how the search climbed to `node`
    for _ in range(4):
        # two subjects: a dateline the parser took for one ("WASHINGTON, Feb 2 - The United
        # States on Friday launched ..."): the nearest one before the verb is the subject
        children = sorted(node.children, key=lambda c: (c.dep_ not in SUBJECTS, -c.i))
        for child in children:
            if child.dep_ in SUBJECTS:
                if child.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
                    return node.head, False
                if child.lower_ in RELATIVE_PRONOUNS and node.dep_ == "ccomp" and \
                        node.head.dep_ == "relcl":
                    # "Kataib Hezbollah, which the Pentagon says bears responsibility"
                    return node.head.head, False
                return child, reduced_passive(node, child)
            if child.dep_ in PASSIVE_SUBJECTS:
                # "Kataib Hezbollah is known for demanding ...", "the militia was accused of
                # attacking ...": the governor's patient does what its complement says
                return child, via not in COMPLEMENT_CLIMBS
        if node.dep_ == "relcl":
            return node.head, False
        if node.dep_ == "acl" and node.pos_ == "VERB" and node.tag_ == "VBG" and \
                node.head.dep_ == "pobj" and node.head.tag_ == "NN":
            # ("troops guarding the base": a plural of people may well be the doer)
            # "Iraqis gathered at the scene of the attack chanting ...": a free adjunct the
            # parser hung on the last noun belongs to the clause, and its subject
            clause = node.head
            while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
                clause = clause.head
            if clause.pos_ in {"VERB", "AUX"} and clause.i != node.i:
                node = clause
                continue
        speaker = reporter_of_adjunct(node)
        if speaker is not None:
            node = speaker
            continue
        if node.dep_ == "acl" and node.tag_ == "VBD" and node.i > 0 and \
                node.doc[node.i - 1].dep_ == "cc":
            # "said it reserves the right to respond and called on the coalition": a past
            # tense after "and" joins the clause; the parser hung it on the last noun
            clause = node.head
            while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
                clause = clause.head
            if clause.pos_ in {"VERB", "AUX"}:
                node = clause
                continue
        if node.dep_ == "acl" and node.pos_ == "VERB":
            # a reduced relative: "airstrikes killed 12" acts, "soldiers killed in" suffers
            active = any(c.dep_ == "dobj" for c in node.children) or node.tag_ == "VBD"
            return node.head, not active
        if node.dep_ in {"xcomp", "conj", "advcl", "pcomp", "acl", "acomp"} and \
                node.head.i != node.i:  # "acomp": "Russia is willing to withdraw"
            via = "pcomp" if node.dep_ == "pcomp" or node.head.dep_ == "prep" else node.dep_
            if node.dep_ == "conj" and node.tag_ == "VBD" and node.head.tag_ == "VB" and \
                    node.head.dep_ in {"ccomp", "acl", "xcomp"}:
                # "stressed that the occupation cannot continue, and called on the Council",
                # "said it reserves the right to respond and called on the Union": a past
                # tense cannot join a bare infinitive; it joins the verb above it
                node = node.head
                while node.head.i != node.i and node.head.pos_ not in {"VERB", "AUX"}:
                    node = node.head
            if node.dep_ == "xcomp":
                doer = controlling_object(node.head)
                if doer is not None:
                    # "urged Kenya to withdraw", "called on the Council to force Washington to
                    # pull out": the object does what its complement says
                    return doer, False
            node = node.head
            if node.dep_ == "prep" and node.head.i != node.i:
                node = node.head  # "known for demanding": the preposition's governor
                objects = [c for c in node.children if c.dep_ == "dobj"]
                if objects:
                    # "blamed the PKK for killing three soldiers", "accused Iran of arming
                    # them": the object does what the gerund says
                    return objects[0], False
            continue
        break
    return None, False


@lru_cache(maxsize=1)
def object_control_verbs() -> frozenset[str]:
    return read_words(default_data_dir() / "object_control.tsv", "lemma")


def controlling_object(verb: Token) -> Token | None:
    """The object of an object-control verb ("urged Kenya", "called on the Council"), if
    it has one; None for the others and for a passive ("was asked to leave")."""
    if verb.lemma_.lower() not in object_control_verbs() or \
            any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ in {"NOUN", "PROPN", "PRON"}:
            return child
        if child.dep_ == "prep" and child.lower_ == "on" and verb.lemma_.lower() in {"call",
                                                                                    "lean"}:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def described_by_participle(verb: Token) -> Token | None:
    """"Israel's occupation of Palestinian land, backed by the US, ...": a passive participle
    set off by punctuation, with its "by" phrase, describes the noun phrase just before it,
    wherever the parser hung it; the clause's subject did not suffer it."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i < 2 or \
            not any(c.dep_ == "agent" for c in verb.children) or \
            any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS | {"aux", "auxpass"} for c in verb.children):
        return None
    before = verb.doc[verb.left_edge.i - 1]
    if not before.is_punct or before.i < 1:
        return None
    noun = verb.doc[before.i - 1]
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    while noun.dep_ in {"pobj", "conj", "compound"} and noun.head.i != noun.i:
        if noun.dep_ == "pobj" and noun.head.lower_ != "of":
            break
        noun = noun.head.head if noun.dep_ == "pobj" else noun.head  # "occupation of land"
    return noun


def reporter_of_adjunct(node: Token) -> Token | None:
    """"He stressed that the groups act on their own, rejecting American claims": a speech
    act set off by a comma at the end of what someone reports is the reporter's, not done by
    the subject of the reported clause."""
    if node.dep_ != "advcl" or node.tag_ != "VBG" or \
            cue_verbs().get(node.lemma_.lower()) != "speech" or node.i == 0 or \
            node.doc[node.i - 1].text != ",":
        return None
    top = node.head
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ == "ccomp" and top.head.lemma_.lower() in reporting_verbs():
        return top.head
    return None


def agent_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "oprd"}):
        # "was designated a terrorist organisation by the United States": a passive's second
        # object cannot have a "by" phrase of its own; the parser hung the agent on it
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"):
            agent = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if agent is not None and agent.pos_ in {"NOUN", "PROPN"}:
                return agent
    for clause in (c for c in verb.children if c.dep_ == "xcomp"):
        # "Biden has been pressured to strike Iran by some in Congress": the parser hangs the
        # passive's "by" on its complement, which is active and has no use for it
        if any(c.dep_ == "auxpass" for c in clause.children):
            continue
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "by"):
            agent = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if agent is not None and agent.pos_ in {"NOUN", "PROPN", "PRON", "DET"}:
                return agent
    return None


def participle_agent(verb: Token) -> Token | None:
    """The "by" agent of a participle the parser did not take for a passive: "Kataib
    Hezbollah, designated a terrorist organisation by the US in 2009, ..." (read as the main
    verb, set off by a comma after its "subject"), "Designated a terrorist organisation by the
    US, the group ..." (an adverbial clause). An auxiliary makes it active ("has rejected
    accusations by US officials")."""
    if any(c.dep_ == "aux" for c in verb.children) or (
            verb.dep_ == "conj" and any(c.dep_ == "aux" for c in verb.head.children)):
        return None  # ("have raided the camp and arrested dozens": the auxiliary is shared)
    if not (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and (
            verb.dep_ == "advcl" or (verb.i > 0 and verb.doc[verb.i - 1].text == ",")))):
        return None
    agent = agent_of(verb)
    if agent is None:
        # ("designated a terrorist organisation by Kenya": "by" hung on the verb as a
        # preposition; a name, not a means: "arrested dozens by force")
        agent = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "by"
                      for o in p.children if o.dep_ == "pobj" and
                      any(t.pos_ == "PROPN" for t in o.subtree)), None)
    return agent

