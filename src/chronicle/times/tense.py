"""The tense of the clause a time expression sits in: which way a bare "Friday" points."""

from __future__ import annotations

from spacy.tokens import Span, Token

from chronicle.datafiles import reporting_verbs

FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d", "going"})
# "plans to meet Friday", "is scheduled to vote on Tuesday": the infinitive lies ahead.
FUTURE_HEADS = frozenset({
    "plan", "expect", "schedule", "intend", "hope", "want", "agree", "vow", "threaten", "promise",
    "prepare", "set", "aim", "seek", "pledge", "due", "likely", "decide", "propose", "offer",
})
# verbs whose object is an appointment: the time they carry lies ahead
SCHEDULING = frozenset({"schedule", "reschedule", "postpone", "delay", "set", "plan", "slate",
                        "adjourn", "defer", "call", "expect", "due", "extend", "payable",
                        "effective"})
# "remain in Miami until March 6", "conclude by May": a deadline lies ahead unless told as past
DEADLINE_PREPS = frozenset({"until", "till", "by"})
# "was delayed until Monday", "moved to Thursday": the new date lies ahead whatever the tense
RESCHEDULING = frozenset({"postpone", "delay", "move", "reschedule", "push", "defer", "adjourn",
                          "extend"})
CLIMB = 6


def governing_verb(span: Span) -> Token | None:
    """The nearest verb above the expression ("killed ... last week" -> killed)."""
    token = span.root
    for _ in range(CLIMB):
        if token.tag_.startswith("VB") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head.i == token.i:
            break
        token = token.head
    root = span.sent.root
    return root if root.tag_.startswith("VB") else None


def tense_of(span: Span) -> str | None:
    if span.root.dep_ == "poss":
        return None  # "Friday's purchases", "Tuesday's declaration": a deed named, not dated
    if is_label(span):
        return None  # "JAN. 29: Iran denies involvement": a timeline's entry, not a tense's
    token = span.root
    for _ in range(CLIMB):  # "the budget is due on Oct. 1": an appointment lies ahead
        if token.lemma_.lower() in SCHEDULING and token.pos_ == "ADJ" and \
                not any(c.lower_ in ("was", "were", "had") for c in token.children):
            return "future"
        if token.head.i == token.i or token.tag_.startswith("VB"):
            break
        token = token.head
    verb = governing_verb(span)
    if verb is not None and reported_early(span, verb):
        verb = verb.head
    tense = verb_tense(verb) if verb is not None else None
    if tense == "present" and verb is not None and verb.lemma_.lower() not in reporting_verbs() \
            and adverbial(span, verb):
        # "The deadline is Friday", "He appears in court on Monday", "is forecast for the
        # weekend": a date told of the present tense's own verb is coming ("says" is not)
        tense = "future"
    head = span.root.head
    if head.dep_ == "prep" and (
            (tense != "past" and head.lower_ in DEADLINE_PREPS) or
            (head.lower_ in ("until", "till", "to") and verb is not None and
             verb.lemma_.lower() in RESCHEDULING)):
        return "future"  # "conclude by May"; "was postponed until Monday"
    return tense


LABEL_MARKS = frozenset({":", "-", "–", "—"})


def is_label(span: Span) -> bool:
    """A date opening its sentence and set off by a colon or a dash: a timeline's entry, told
    in the historical present."""
    doc = span.doc
    return span.start == span.sent.start and span.end < len(doc) and \
        doc[span.end].text in LABEL_MARKS


def adverbial(span: Span, verb: Token) -> bool:
    """The expression modifies the verb itself ("appears on Monday", "is Friday"), not a noun
    of its clause ("follows Tuesday's declaration")."""
    head = span.root.head
    if head.dep_ == "prep":
        head = head.head
    return head.i == verb.i


def reported_early(span: Span, verb: Token) -> bool:
    """"The company said on Monday it would cut jobs": the parser hangs the day on the
    reported verb, but a day told before the reported clause's subject is when it was said."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in reporting_verbs():
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return verb.head.i < span.start and (subject is None or span.end <= subject.i)


def verb_tense(verb: Token, depth: int = 0) -> str | None:
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxiliaries}
    if words & FUTURE_AUX:
        return "future"
    if verb.lemma_.lower() in SCHEDULING and verb.tag_ in ("VBN", "VBZ", "VBP") and \
            not words & {"was", "were", "had"}:
        return "future"  # "has scheduled a news conference Thursday", "is set for Saturday"
    if any(a.tag_ == "MD" for a in auxiliaries):
        return "past" if "have" in words else "future"
    if any(a.tag_ == "VBD" for a in auxiliaries) or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN":
        # "has vowed", "killed in a strike" (no auxiliary) and "were killed" look back; "is
        # expected" describes now.
        if words & {"is", "are", "am", "be", "'s", "'re"} and not words & {"has", "have", "had"}:
            return "present"
        return "past"
    if verb.tag_ == "VBG":
        return "future" if words & {"is", "are", "am", "'s", "'re"} else None
    if verb.tag_ == "VB" and "to" in words and depth < 2:
        head = verb.head
        if head.lemma_ == "be" and head.i != verb.i:
            return "future"  # "is to resume trading Tuesday"
        if head.lemma_.lower() in FUTURE_HEADS:
            return "future"
        if head.i != verb.i and head.tag_.startswith(("VB", "JJ")):
            return verb_tense(head, depth + 1)
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    return None
