"""Find TIMEX3 expressions in a parsed Doc and give them values.

Every grammar rule runs over the text. Matches the parse shows to be something else are dropped
("May" the modal, "1990" counting troops); of the rest, overlapping matches give way to the
longest, then the leftmost. Those are normalized against the DCT and their clause's tense.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span

from chronicle.times import calendar as cal
from chronicle.times.grammar import Rule, rules, trigger_words
from chronicle.times.lexicon import TimeVocabulary, load_vocabulary, normal
from chronicle.times.model import Timex
from chronicle.times.normalize import Context, Reading, normalize, number
from chronicle.times.tense import tense_of

Match = tuple[int, int, int, Rule, dict]  # start, end, rule order, rule, groups

# Words before a bare month or "a"/"an" duration that make them time expressions; without
# one, "May" is likelier the modal and "a year" part of "$5 a year".
MONTH_CUES = frozenset({
    "in", "since", "until", "till", "by", "of", "through", "during", "from", "before", "after",
    "to", "between", "and", "or", "early", "late", "mid", "last", "next", "this", "on", "for",
    "around", "throughout", "into", "as", "each", "every",
})
ARTICLE_DURATION_CUES = frozenset({
    "as", "for", "within", "in", "over", "than", "after", "past", "last", "next", "nearly",
    "almost", "about", "least", "just", "only", "first", "around", "roughly", "half", "lasted",
    "took", "spent", "served", "throughout", "during", "entire", "whole", "full",
})
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jun", "jan", "sept", "sep", "aug"})
NUMBER_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "PERSON", "FAC", "PRODUCT"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
# "a month after the vote", "a week later": an article's count that spans to another time
SPAN_AFTER = frozenset({"after", "before", "later", "earlier"})
# capitalized words that may stand before a time word without making a name of it
NAME_FREE = frozenset({"early", "late", "last", "next", "this", "on", "since", "until", "fiscal",
                       "mid", "the", "every", "each", "by", "in", "from"})


# characters before and after a trigger word that an expression can reach ("no more than the
# past several [years]"; "[Friday], Feb. 2" has triggers of its own all along)
BEFORE, AFTER = 40, 24
WORD = re.compile(r"[^\W\d_]+|\d+")


def windows(text: str) -> tuple[list[tuple[int, int]], set[str]]:
    """Stretches of text near a word some rule needs, merged where they overlap and ending at
    white space; and the kinds of trigger words the text holds."""
    spans: list[tuple[int, int]] = []
    seen: set[str] = set()
    triggers = trigger_words()
    for m in WORD.finditer(text):
        word = m.group(0)
        if word.isdigit():
            seen.add("digit")
        elif (kinds := triggers.get(word.lower()) or triggers.get(word.lower()[:-1])):
            seen |= kinds  # the second look finds plurals: "Sundays", "quarters"
        else:
            continue
        start, end = max(0, m.start() - BEFORE), min(len(text), m.end() + AFTER)
        while end < len(text) and not text[end].isspace():
            end += 1
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans, seen


def find_matches(text: str) -> list[Match]:
    found = []
    stretches, seen = windows(text)
    for order, rule in enumerate(rules()):
        if not rule.needs & seen:
            continue
        for m in (m for start, end in stretches for m in rule.pattern.finditer(text, start, end)):
            start, end = m.span()
            while end > start and text[end - 1] in " \t\n,":
                end -= 1
            if end > start:
                found.append((start, end, order, rule, m.groupdict()))
    return found


def choose(matches: list[Match]) -> list[Match]:
    """Non-overlapping matches, longest first, then leftmost, then the earlier rule."""
    chosen: list[Match] = []
    taken: list[tuple[int, int]] = []
    for match in sorted(matches, key=lambda m: (-(m[1] - m[0]), m[0], m[2])):
        if any(match[0] < e and s < match[1] for s, e in taken):
            continue
        chosen.append(match)
        taken.append((match[0], match[1]))
    return sorted(chosen, key=lambda m: m[0])


NAMEABLE = frozenset({"weekday", "weekday_set", "set", "duration", "year", "deictic"})


def in_a_name(span: Span) -> bool:
    """A time word that is part of a name: a capitalized word bound to it in the parse
    ("Super Tuesday", "Vision 2020", "Section 1983"), or a unit or frequency word capitalized
    inside a sentence ("The Daily Telegraph", "60 Minutes"). "told Reuters Friday" is no
    name: "Reuters" is the verb's object, not bound to the day."""
    doc = span.doc
    first = span[0]
    if first.i > 0:
        before = doc[first.i - 1]
        bound = before.head.i in range(span.start, span.end) or \
            span.root.head.i == before.i
        if bound and before.is_title and normal(before.text) not in NAME_FREE and \
                before.pos_ in ("PROPN", "ADJ", "NOUN") and before.ent_type_ not in PLACE_LABELS:
            return True  # ("in Nairobi, Kenya Friday morning": a place ends before the day)
    words = [t for t in span if t.is_alpha]
    return bool(words) and not first.is_sent_start and words[-1].is_title and \
        load_vocabulary().value("weekday", words[-1].text) is None and \
        load_vocabulary().value("month", words[-1].text) is None and \
        (load_vocabulary().value("unit", words[-1].text) is not None or
         load_vocabulary().value("set", words[-1].text) is not None)


def plausible(span: Span, rule: str, groups: dict) -> bool:
    """Whether the parse agrees this is a time expression."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    previous = before.lower_ if before is not None else ""
    if rule == "month" and not (groups.get("rel") or groups.get("mod")):
        word = normal(groups["mon"])
        if span[0].tag_ == "MD" or (word in AMBIGUOUS_MONTHS and previous not in MONTH_CUES):
            return False
    if rule == "year":
        token = span[-1]
        if previous in ("$", "no", "#", "number") or token.ent_type_ in ("MONEY", "PERCENT"):
            return False
        if token.dep_ == "nummod" and token.head.tag_ == "NNS":  # "1990 troops"
            return False
        if token.i + 1 < len(span.doc) and span.doc[token.i + 1].lower_ in ("-", "to") and \
                token.ent_type_ in NUMBER_LABELS:
            return False
    if rule == "quarter" and normal(groups["part"]) == "half" and not (
            groups.get("year") or groups.get("qyear") or groups.get("yrel")):
        return False  # "scored twice in the first half": a match's half, not the year's
    if groups.get("unit") and normal(groups["unit"]).startswith("quarter") and \
            span.end < len(span.doc) and span.doc[span.end].lower_ == "of":
        return False  # "three-quarters of", "a quarter of the troops": fractions
    if rule in ("weekday", "month", "date_mdy", "weekday_set") and \
            span[-1].ent_type_ in NAME_LABELS:
        return False  # "The Sunday Times", "the Mail on Sunday", "March of Dimes"
    if rule in NAMEABLE and in_a_name(span):
        return False  # "Super Tuesday", "The Daily Telegraph", "60 Minutes", "Section 1983"
    if rule == "year" and span.end < len(span.doc) and span.doc[span.end].lower_ == "block":
        return False  # "the 1600 block of Main Street"
    if rule == "duration" and normal(groups.get("num") or "") in ("a", "an") and \
            span.end < len(span.doc) and span.doc[span.end].pos_ == "NOUN":
        return False  # "for a second time", "a second attack": an ordinal
    if rule in ("duration", "ago", "rel_n", "set"):
        num = normal(groups.get("num") or "")
        if re.fullmatch(r"(?:1[6-9]|20)\d\d", num):
            return False  # "the 1988 quarter", "the 2012 season": a year, not a count
        if before is not None and load_vocabulary().value("month", before.text):
            return False  # "Sept. 30 quarter"
        if rule == "duration" and num in ("a", "an") and not groups.get("lim") \
                and previous not in ARTICLE_DURATION_CUES and not (
                    span.end < len(span.doc) and span.doc[span.end].lower_ in SPAN_AFTER):
            return False  # ("came barely a month after the vote": the span between)
        if before is not None and before.text in ("$", "£", "€"):
            return False
    return True


ADJECTIVE = re.compile(r"(?i:the|its|their|his|her|a|an)\s+(?=\S+-\S+$)")


def adjective_start(text: str, start: int, end: int) -> int:
    """"the 14-day [truce]", "its third-quarter [profit]": a hyphenated modifier is the
    expression; the determiner belongs to the noun it modifies."""
    match = ADJECTIVE.match(text, start, end)
    return match.end() if match else start


QUARTER = re.compile(r"(\d{4})-Q([1-4])")


def year_back(rule: str, groups: dict, vocabulary: TimeVocabulary) -> int | None:
    """Years back for "a year ago", "two years earlier", "year-earlier"; else None."""
    if rule == "year_ago_adj":
        return 1
    if rule != "ago" or normal(groups["dir"]) not in ("ago", "earlier"):
        return None
    if vocabulary.value("unit", groups["unit"]) != "Y":
        return None
    n = number(groups["num"], vocabulary)
    return int(n) if n is not None and n == int(n) else None


def same_quarter_earlier(quarter: str, years: int) -> Reading:
    """Results "rose from $1.2 million a year earlier" after "the third quarter": the same
    quarter of the earlier year (how reports compare periods)."""
    match = QUARTER.fullmatch(quarter)
    return Reading("DATE", f"{int(match[1]) - years}-Q{match[2]}", "quarter", True)


def tag_times(doc: Doc, dct: date | None) -> list[Timex]:
    vocabulary = load_vocabulary()
    times = []
    parsed = doc.has_annotation("DEP")  # once: it looks at every token
    candidates = []
    spans: dict[tuple[int, int], Span] = {}  # each candidate's tokens, found once
    quarter = None  # the last quarter the text spoke of: what "a year earlier" compares with
    reference: date | None = None  # the last day it spoke of: what "two days earlier" counts from
    told_year: str | None = None  # the last year it wrote out, for texts without a DCT
    # Doc.text joins every token each time it is read; the pipeline keeps the text it parsed
    text = doc._.source_text if doc._.source_text is not None else doc.text
    for start, end, order, rule, groups in find_matches(text):
        start = adjective_start(text, start, end)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and plausible(span, rule.name, groups):
            candidates.append((start, end, order, rule, groups))
            spans[start, end] = span
    for start, end, _, rule, groups in choose(candidates):
        span = spans[start, end]
        tense = tense_of(span) if parsed else None
        reading = normalize(rule.name, groups, Context(vocabulary, dct, tense))
        if reading is None:
            continue
        if rule.name == "the_quarter" or (rule.name == "rel_quarter" and
                                          normal(groups["rel"]) == "latest"):
            if quarter is None and rule.name == "the_quarter":
                continue  # "the quarter" with none told before: no telling which
            if quarter is not None:  # the quarter the report is about
                reading = Reading("DATE", quarter, "quarter", True)
        elif quarter is not None and year_back(rule.name, groups, vocabulary) is not None:
            reading = same_quarter_earlier(quarter, year_back(rule.name, groups, vocabulary))
        elif rule.name in ("story_day", "day_before"):
            # counted from the day the story last told; without one, from the DCT
            reading = normalize(rule.name, groups, Context(vocabulary, reference or dct, tense))
        elif rule.name == "ago" and normal(groups["dir"]) == "earlier" and reference:
            # "retaliation for an attack two days earlier", after "on Sunday": two days before
            # Sunday; "ago" counts from the DCT
            reading = normalize(rule.name, groups, Context(vocabulary, reference, tense))
        elif rule.name == "clock" and tense == "past" and reference is not None and \
                dct is not None and reference != dct and \
                (reading.value or "").startswith(dct.isoformat()):
            # "shot to death at 10 p.m." after "last Oct. 23": a past clock time is on the
            # day the story is telling of, not on the publication day
            reading = Reading(reading.type, reference.isoformat() + reading.value[10:],
                              reading.precision, reading.anchored)
        if dct is None and told_year and YEARLESS.match(reading.value or ""):
            # no DCT, but the story told its year ("on January 3, 2020 ... on Jan. 28"): a
            # yearless day or month is in it
            reading = Reading(reading.type, told_year + reading.value[4:], reading.precision)
        if YEAR_TOLD.match(reading.value or "") and rule.name in EXPLICIT_YEAR:
            told_year = reading.value[:4]
        if rule.name in ("quarter", "rel_quarter") and QUARTER.fullmatch(reading.value or ""):
            quarter = reading.value  # told outright; a comparison ("a year ago") is no topic
        if reading.type in ("DATE", "TIME") and reading.value and DAY.match(reading.value[:10]) \
                and (dct is None or date.fromisoformat(reading.value[:10]) <= dct):
            # (a day still to come, "the meeting may take place on Monday", is no day the
            # story has told of: "earlier in the day" after it is the story's day)
            reference = date.fromisoformat(reading.value[:10])
        times.append(Timex(
            start=span.start, end=span.end, start_char=start, end_char=end,
            text=text[start:end], type=reading.type, value=reading.value,
            precision=reading.precision, anchored=reading.anchored and dct is not None,
        ))
    join_clock_to_day(text, times)
    times += range_ends(doc, text, times)
    return sorted(times, key=lambda t: t.start_char)


RANGE_END = re.compile(r"\s*(?:-|–|and|or|to|through)\s*(\d{1,2})(?![\d:.,]\d|\s*(?:%|percent|"
                       r"a\.m|p\.m))\b")


def range_ends(doc: Doc, text: str, times: list[Timex]) -> list[Timex]:
    """"the summit on April 24 and 25", "talks on Feb. 24-25": the second day is a date of its
    own, in the first one's month."""
    ends = []
    for timex in times:
        if timex.precision != "day" or not DAY.match(timex.value or "") or \
                not timex.text[-1:].isdigit():
            continue
        match = RANGE_END.match(text, timex.end_char)
        if match is None or not int(timex.value[8:]) < int(match.group(1)) <= 31:
            continue
        day = cal.safe_date(int(timex.value[:4]), int(timex.value[5:7]), int(match.group(1)))
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        taken = any(t.start_char < match.end(1) and match.start(1) < t.end_char for t in times)
        if day is not None and span is not None and not taken:
            ends.append(Timex(start=span.start, end=span.end, start_char=match.start(1),
                              end_char=match.end(1), text=match.group(1), type="DATE",
                              value=day.isoformat(), precision="day", anchored=timex.anchored))
    return ends


YEARLESS = re.compile(r"XXXX-\d\d(?:-\d\d)?$")
YEAR_TOLD = re.compile(r"\d{4}")
EXPLICIT_YEAR = frozenset({"date_iso", "date_numeric", "date_mdy", "date_dmy", "month_year",
                           "season_year", "year"})
CLOCK = re.compile(r"\d{4}-\d\d-\d\dT(\d\d:\d\d)$|XXXX-XX-XXT(\d\d:\d\d)$")
DAY = re.compile(r"\d{4}-\d\d-\d\d$")  # a day's value (or the day of a time's)
BETWEEN = re.compile(r"\s*[()]?\s*(?:,|(?:,\s*)?(?:on|at))?\s*$", re.IGNORECASE)


def join_clock_to_day(text: str, times: list[Timex]) -> None:
    """"10:35 a.m. on Tuesday, Jan. 30", "Friday at 9 p.m.": the clock time is on that day,
    not on the DCT."""
    # from the last pair back: "10:35 a.m. (0735 GMT) Friday" gives the GMT time its day
    # first, and the local time takes it from there
    joined: set[int] = set()  # clock times given their day here
    for k in reversed(range(len(times) - 1)):
        first, second = times[k], times[k + 1]
        if not BETWEEN.fullmatch(text[first.end_char:second.start_char]):
            continue
        for clock, day in ((k, k + 1), (k + 1, k)):
            hhmm = CLOCK.match(times[clock].value or "")
            told = (times[day].value or "")[:10] \
                if times[day].type == "DATE" or day in joined else ""
            if times[clock].type == "TIME" and hhmm and DAY.match(told) and clock not in joined:
                times[clock].value = f"{told}T{hhmm.group(1) or hhmm.group(2)}"
                joined.add(clock)
