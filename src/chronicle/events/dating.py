"""When each event happened.

The time expression attached to the event in the parse dates it ("announced on Tuesday a
suspension", "a drone strike ... last week", "a strike that was authorized ... on January 3,
2020"); else the nearest one governing it ("said on Friday that it would halt attacks"); else
the publication date, as an upper bound for what the report tells as done ("has threatened" in a
report dated D happened on or before D) and a lower bound for what it announces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from chronicle.datafiles import reporting_verbs
from chronicle.events.clauses import JOINING_PREPS, nearest_verb
from chronicle.events.model import Candidate
from chronicle.times.calendar import value_period
from chronicle.times.model import Timex
from chronicle.times.tense import is_label

CLIMB = 6  # steps from a time expression up to the word it dates
GOVERNING = 4  # steps from an event up to a word dated for it
CALENDAR = re.compile(r"^\d{4}(?:-(?:\d\d(?:-\d\d)?|W\d\d|Q[1-4]|H[12]|SP|SU|FA|WI))?")


@dataclass(slots=True)
class When:
    value: str
    precision: str  # day, week, month, quarter, season, year; on_or_before / on_or_after: DCT
    time: int | None = None  # index into doc._.times
    governed: bool = False  # lent by a word above ("said on Saturday that the strikes ...")


def calendar_value(timex: Timex) -> str | None:
    """The calendar part of a DATE or TIME value ("2024-01-30" of "2024-01-30TNI"), or None
    for durations, sets, PAST_REF and values with X placeholders."""
    if timex.type not in ("DATE", "TIME") or not timex.value:
        return None
    match = CALENDAR.match(timex.value)
    return match.group(0) if match else None


def anchor_of(doc: Doc, timex: Timex, triggers: frozenset[int]) -> int:
    """The word a time expression dates: the first trigger or verb above it."""
    node = doc[timex.start:timex.end].root
    for _ in range(CLIMB):
        if node.head.i == node.i:
            break
        node = node.head
        if node.i in triggers or node.pos_ in ("VERB", "AUX"):
            break
    return node.i


def date_events(doc: Doc, events: list[Candidate], published: date | None) -> None:
    times: list[Timex] = doc._.times or []
    # light and reporting verbs ("announced a suspension", "carried out an attack") are no
    # events of their own here: their date is their object's
    proper = [e for e in events if e.spec.frame != "light" and
              e.head.lemma_.lower() not in reporting_verbs()]
    triggers = frozenset(e.head.i for e in proper) | frozenset(w.i for e in proper for w in e.words)
    anchored: dict[int, list[int]] = {}
    for k, timex in enumerate(times):
        if calendar_value(timex) is not None:
            anchored.setdefault(anchor_of(doc, timex, triggers), []).append(k)
    labels = [k for k, timex in enumerate(times)
              if calendar_value(timex) is not None and is_label(doc[timex.start:timex.end])]
    dated: dict[str, Candidate] = {}  # head lemma -> the last telling dated by the text
    story = story_day(doc, times, published)
    for event in sorted(events, key=lambda e: e.head.i):
        k, governed = own_time(event, anchored, triggers) if anchored else (None, False)
        if k is None and labels:
            k, governed = entry_label(event.head, labels, times), True
        earlier = dated.get(event.head.lemma_.lower()) if pointing_back(event.head) else None
        if k is not None:
            event.when = When(calendar_value(times[k]) or "", times[k].precision or "day", k,
                              governed)
            dated[event.head.lemma_.lower()] = event
        elif earlier is not None:
            # "last Sunday's drone attack on a US base ... the attack that killed three"
            event.when = earlier.when
        elif event.year is not None:
            event.when = When(str(event.year), "year")
        elif (k := story_time(event.head, times, published, story)) is not None:
            # "Biden said on Tuesday he had made up his mind ... He said he held Iran
            # responsible": the paragraph's telling goes on at the time it set; else at the
            # story's day, the one its lead told
            event.when = When(calendar_value(times[k]) or "", times[k].precision or "day", k,
                              True)
        elif published is not None:
            bound = "on_or_after" if event.aux == "future" else "on_or_before"
            event.when = When(published.isoformat(), bound)
    counted_from_another(events, times)
    # one deed told in several words: "started carrying out strikes on Friday", "the weekend
    # attacks that were carried out by ...": the dated word dates the telling that hosts it
    for event in events:
        for other in (event.host, event.inner):
            if other is not None and other.type == event.type:
                event.when = other.when = narrower(event.when, other.when)


STEP = re.compile(r"^P(\d+)([DW])$")


def counted_from_another(events: list[Candidate], times: list[Timex]) -> None:
    """"announced on Tuesday that it was suspending its operations, two days after a drone
    attack killed three soldiers", "summoned the envoy on Monday, a day after the strikes": a
    deed told a stretch of days before ("after") or after ("before") a dated one is dated by
    counting from it."""
    by_head = {e.head.i: e for e in events}
    for event in events:
        if event.when is not None and event.when.precision not in ("on_or_before",
                                                                   "on_or_after"):
            continue
        head = event.head
        if head.dep_ == "advcl":
            word = next((c for c in head.children if c.dep_ == "mark" and
                         c.lower_ in ("after", "before")), None)
            anchor = head.head
        elif head.dep_ == "pobj" and head.head.lower_ in ("after", "before"):
            word, anchor = head.head, head.head.head
        else:
            continue
        if word is None:
            continue
        step = stretch(word, times) or (stretch(head, times) if word.dep_ == "mark" else None)
        told = by_head.get(anchor.i)
        if told is None and anchor.pos_ in ("VERB", "AUX"):
            # "The Yemen strikes came a day after the United States hit 85 targets"
            subject = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
            told = by_head.get(subject.i) if subject is not None else None
            while told is not None and told.absorbed and told.host is not None:
                told = told.host
        if step is None or told is None or told.when is None or told.when.precision != "day":
            continue
        period = value_period(told.when.value)
        if period is None:
            continue
        day = period[0] - step if word.lower_ == "after" else period[0] + step
        event.when = When(day.isoformat(), "day", told.when.time, True)


def stretch(word: Token, times: list[Timex]) -> timedelta | None:
    """The counted stretch before "after"/"before": "two days after", "a week before" (hung
    on the word, or on the clause it opens)."""
    for child in (c for c in word.children if c.dep_ == "npadvmod"):
        for timex in times:
            if timex.start <= child.i < timex.end and timex.type == "DURATION" and \
                    (match := STEP.match(timex.value or "")):
                count, unit = int(match.group(1)), match.group(2)
                return timedelta(days=count * (7 if unit == "W" else 1))
    return None


NARRATIVE_REACH = 2  # sentences back within the paragraph


def story_time(head: Token, times: list[Timex], published: date | None,
               story: int | None) -> int | None:
    """For an undated deed told in the simple past in a sentence with no date of its own: the
    time its paragraph set, else the story's day. A perfect ("has threatened"), a present or
    a modal tells of no set time."""
    if not told_in_past(head) or dated_sentence(head, times):
        return None
    found = narrative_time(head, times, published)
    return story if found is None else found


def narrative_time(head: Token, times: list[Timex], published: date | None) -> int | None:
    """The time a paragraph's narrative set: the last day or week the sentences just before
    the deed's (in its paragraph) gave, up to the publication date."""
    doc = head.doc
    node = head.sent
    for _ in range(NARRATIVE_REACH):
        if node.start == 0:
            return None
        before = doc[node.start - 1].sent
        if any(t.is_space and "\n" in t.text for t in doc[before.end - 1:node.start + 1]) or \
                "\n" in doc[before.end - 1].whitespace_:
            return None  # another paragraph
        found = [k for k, t in enumerate(times) if before.start <= t.start < before.end and
                 t.precision in ("day", "week") and calendar_value(t) and
                 not is_label(doc[t.start:t.end]) and not_after(t, published) and
                 sets_the_time(doc[t.start:t.end])]
        if found:
            return found[-1]
        node = before
    return None


def sets_the_time(span) -> bool:  # noqa: ANN001 (a Span)
    """A date told of a past-tense verb itself ("Biden said on Tuesday", "struck on Friday"),
    not of a noun ("since last year's October 7 attack") or a stretch ("since Sunday")."""
    node = span.root
    if node.dep_ == "pobj":
        if node.head.lower_ not in ("on", "at", "in"):
            return False
        node = node.head
    return node.dep_ in ("prep", "npadvmod", "tmod", "advmod") and node.head.tag_ == "VBD"


LEAD = 3  # sentences
STORY_DAYS = 3  # a lead's day at most this long before the publication date


def story_day(doc: Doc, times: list[Timex], published: date | None) -> int | None:
    """The day a report's lead sets its story on ("Iran on Saturday condemned ..."): the first
    day told of a past-tense verb in its first sentences, up to a few days before
    publication."""
    if published is None:
        return None
    sentences = list(doc.sents)[:LEAD]
    if not sentences:
        return None
    end = sentences[-1].end
    for k, t in enumerate(times):
        if t.start >= end:
            break
        period = value_period(calendar_value(t) or "")
        if t.precision == "day" and period is not None and \
                published - timedelta(days=STORY_DAYS) <= period[0] <= published and \
                sets_the_time(doc[t.start:t.end]) and not is_label(doc[t.start:t.end]):
            return k
    return None


def dated_sentence(head: Token, times: list[Timex]) -> bool:
    sentence = head.sent
    return any(sentence.start <= t.start < sentence.end and calendar_value(t) for t in times)


def told_in_past(head: Token) -> bool:
    """The deed is told by a verb of the sentence's main line, in the simple past ("He said he
    held Iran responsible", "announced it was suspending operations"): a clause on a noun ("an
    attack that claimed three lives") may tell of an older deed."""
    node, past = head, False
    for _ in range(4):
        if node.pos_ not in ("VERB", "AUX") or any(
                c.dep_ == "aux" and (c.lemma_.lower() in ("have", "will", "would", "shall") or
                                     c.tag_ == "MD") for c in node.children):
            return False  # (a perfect, a future, a modal: "said the US could strike")
        past = past or node.tag_ == "VBD"
        if node.dep_ == "ROOT":
            return past
        if node.dep_ not in ("ccomp", "xcomp", "conj"):
            return False
        node = node.head
    return False


def not_after(timex: Timex, published: date | None) -> bool:
    period = value_period(calendar_value(timex) or "")
    return period is not None and (published is None or period[0] <= published)


def entry_label(head: Token, labels: list[int], times: list[Timex]) -> int | None:
    """"JAN. 29: Iran denies involvement. Pentagon officials say ...": a timeline entry's date
    dates what its paragraph tells."""
    doc = head.doc
    before = [k for k in labels if times[k].start <= head.i]
    if not before:
        return None
    k = before[-1]
    if any(t.is_space and "\n" in t.text for t in doc[times[k].end:head.i]):
        return None  # another paragraph
    return k


def pointing_back(head: Token) -> bool:
    """"the attack", "that attack": a definite noun that names a deed told before."""
    return head.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in head.children)


def own_time(event: Candidate, anchored: dict[int, list[int]], triggers: frozenset[int]
             ) -> tuple[int | None, bool]:
    """The time expression dating the event, and whether a governing word lent it."""
    # the trigger, a phrase's words, and the deed a verb was done in ("were assassinated ...
    # in a US drone strike that was authorized ... on January 3, 2020")
    words = [event.head, *event.words] + [
        noun for noun in below_clause(event.head)
        if noun.dep_ == "pobj" and noun.head.lower_ in JOINING_PREPS
        and (verb := nearest_verb(noun.head)) is not None and verb.i == event.head.i]
    for word in words:
        if word.i in anchored:
            return nearest(word, anchored[word.i]), False
    for word in words:  # "a strike that was authorized ... on January 3, 2020"
        for clause in (c for c in word.children if c.dep_ in ("relcl", "acl") or
                       (c.dep_ == "advcl" and simultaneous(c))):
            # ("were killed when a drone struck the base late on Sunday": the same time)
            if clause.i in anchored:
                return nearest(clause, anchored[clause.i]), False
    # A governing word that is no event of its own lends its date: "announced on Tuesday a
    # suspension", "said on Friday it would halt attacks". An event governing another does
    # not: "dismissed on Friday US threats" says nothing of when the threats were made.
    node = event.head
    for _ in range(GOVERNING):
        if node.head.i == node.i or node.head.i in triggers or (
                node.dep_ == "relcl" and not of_the_occasion(node)):
            break  # (a relative clause's noun governs nothing of it)
        node = node.head
        if node.i in anchored:
            return nearest(node, anchored[node.i]), True
    return None, False


def of_the_occasion(clause: Token) -> bool:
    """A relative clause on the place or time of an occasion shares its date: "travelled to
    Islamabad on January 29, where the two agreed ...", "a drone attack on January 28, in
    which three soldiers were killed"."""
    return any(t.i < clause.i and (t.lower_ in ("where", "when") or (
        t.lower_ == "which" and t.dep_ == "pobj")) for t in clause.subtree)


def below_clause(head: Token) -> list[Token]:
    """The words under `head` down to the next verb (whose own phrases are that verb's)."""
    found: list[Token] = []
    stack = list(head.children)
    while stack:
        token = stack.pop()
        found.append(token)
        if token.pos_ not in ("VERB", "AUX"):
            stack.extend(token.children)
    return found


SIMULTANEOUS_MARKS = frozenset({"when", "as", "while"})


def simultaneous(clause: Token) -> bool:
    """A clause told as happening at the same time ("when a drone struck"); "after" and
    "before" clauses tell of another time."""
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in SIMULTANEOUS_MARKS
               for c in clause.children)


def nearest(word: Token, candidates: list[int]) -> int:
    times = word.doc._.times
    return min(candidates, key=lambda k: abs(times[k].start - word.i))


def period(when: When | None) -> tuple[date, date] | None:
    """The days a dated event may fall on; None when only the publication bounds it."""
    if when is None or when.precision in ("on_or_before", "on_or_after"):
        return None
    return value_period(when.value)


def narrower(first: When | None, second: When | None) -> When | None:
    """The more precise of two compatible dates of one event ("four years ago" and "on
    January 3, 2020": the day)."""
    a, b = period(first), period(second)
    if b is None:
        return first or second
    if a is not None and first.governed != second.governed:
        # the deed's own date beats the day it was reported on ("killed 16, a spokesman said
        # on Saturday" and "carried out the strikes on Friday")
        return first if second.governed else second
    if a is None or (b[1] - b[0]) < (a[1] - a[0]):
        return second
    return first


SLACK = timedelta(days=1)  # "late Friday" in Washington is Saturday in Baghdad


def same_time(first: When | None, second: When | None) -> bool:
    """Whether two dated tellings can be one event: their periods overlap, give or take a day
    (or one is undated)."""
    a, b = period(first), period(second)
    return a is None or b is None or (a[0] - SLACK <= b[1] and b[0] - SLACK <= a[1])
