"""The shapes time expressions take, as regular expressions built from the vocabulary.

Each rule names a shape ("date_mdy", "ago", "duration", ...) whose named groups the normalizer
reads. Spans follow TimeML: determiners and modifiers ("the past two months", "late Sunday",
"at least the past 18 months", "earlier this year") are inside; prepositions ("on", "in",
"since") and "about" are outside.
Month and weekday names must be capitalized; other words match in any case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chronicle.times.lexicon import TimeVocabulary, load_vocabulary


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    needs: frozenset[str]  # trigger kinds of which the text must hold one for the rule to run


def capitalized(alternation: str) -> str:
    """Title-case and upper-case forms of a lower-case alternation (names must look like names)."""
    body = alternation[3:-1]
    title = re.sub(r"(?<![\\\w])([a-z])", lambda m: m.group(1).upper(), body)
    return "(?:" + title + "|" + body.upper().replace(r"\S", r"\s").replace(r"\.?", r"\.?") + ")"


def tens(v: TimeVocabulary) -> str:
    return "|".join(w for w, n in v.words["number"].items()
                    if n.isdigit() and int(n) >= 20 and int(n) % 10 == 0 and " " not in w)


def units(v: TimeVocabulary) -> str:
    return "|".join(w for w, n in v.words["number"].items()
                    if n.isdigit() and 1 <= int(n) <= 9 and " " not in w and len(w) > 2)


def pieces(v: TimeVocabulary) -> dict[str, str]:
    number = v.alternation("number")
    return {
        "M": capitalized(v.alternation("month", names=True)),
        # before a day number an abbreviation needs no full stop ("Jan 30", wire style)
        "MD": capitalized(v.alternation("month", names=True).replace(r"\.?", "\0")
                          .replace(r"\.", r"\.?").replace("\0", r"\.?")),
        "W": capitalized(v.alternation("weekday", names=True)),
        "D": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:,]\d)",
        "Y": r"(?:1[6-9]\d\d|20\d\d)(?![\d,.]\d|\s*(?:%|percent))",
        # digits ("19", "2 1/2"), tens with units ("twenty-four", "twenty four"), other words
        "NUM": (r"(?:(?:\d+(?:\.\d+|\s+1/2)?|(?i:" + tens(v) + r")(?:[- ](?i:" + units(v) + r"))?|"
                r"(?i:" + number[3:-1] + r"))(?:\s+(?i:and\s+a\s+half))?)"),
        "U": "(?i:" + v.alternation("unit")[3:-1] + ")",
        "POD": "(?i:" + v.alternation("part_of_day")[3:-1] + ")",
        "S": "(?i:" + v.alternation("season")[3:-1] + ")",
        "REL": "(?i:this\\s+past|" + v.alternation("relative")[3:-1] + ")",
        "MOD": "(?i:" + v.alternation("modifier")[3:-1] + ")",
        "ORD": "(?i:" + v.alternation("ordinal")[3:-1] + r"|\d+(?:st|nd|rd|th))",
        # Modifiers TimeBank keeps inside the span; "about" and "over" it leaves outside.
        "LIMIT": (r"(?i:around|nearly|almost|no\s+more\s+than|more\s+than|less\s+than"
                  r"|fewer\s+than|at\s+least|at\s+most|up\s+to)"),
        "FUZZY": "(?i:" + v.alternation("fuzzy")[3:-1] + ")",
        "SETW": "(?i:" + v.alternation("set")[3:-1] + ")",
        "DAYWORD": "(?i:" + v.alternation("deictic_day")[3:-1] + ")",
        "CLOCKWORD": "(?i:" + v.alternation("clock_word")[3:-1] + ")",
        "HOLIDAY": "(?i:" + v.alternation("holiday")[3:-1] + ")",
    }


# Shapes, longest and most specific first (the recognizer prefers the longest match anyway).
SHAPES: tuple[tuple[str, str], ...] = (
    ("date_iso", r"(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d)(?:T(?P<hh>\d\d):(?P<mm>\d\d))?"),
    ("date_numeric", r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>\d{4})"),
    ("date_mdy", r"(?:(?P<wd>{W}),?\s+)?(?:(?P<mod>{MOD})[-\s]+)?(?P<mon>{MD})\s+(?P<day>{D})"
                 r"(?:,?\s+(?P<year>{Y}))?"),
    ("date_dmy", r"(?:(?P<wd>{W}),?\s+)?(?:the\s+)?(?P<day>{D})\s+(?:of\s+)?(?P<mon>{M})"
                 r"(?:,?\s+(?P<year>{Y}))?"),
    ("month_year", r"(?:(?P<mod>{MOD})[-\s]+)?(?P<mon>{M}),?\s+(?:of\s+)?(?P<year>{Y})"),
    ("season_year", r"(?:(?P<mod>{MOD})[-\s]+)?(?:the\s+)?(?P<season>{S})\s+(?:of\s+)?"
                    r"(?P<year>{Y})"),
    ("quarter", r"(?:(?i:the|its)\s+)?(?:(?P<qyear>{Y})\s+)?(?:(?i:fiscal)[-\s]+)?"
                r"(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[-\s]+"
                r"(?:(?i:fiscal)[-\s]+)?(?P<part>(?i:quarter|half))(?:\s+(?i:of)\s+"
                r"(?:(?i:fiscal)\s+)?(?:(?P<year>{Y})|(?P<yrel>(?i:the|this|last|next))\s+"
                r"(?i:year)))?"),
    ("q_code", r"(?P<ord>Q[1-4]|[1-4]Q)(?:\s+(?P<year>{Y})|(?P<yy>\d\d))?"),
    ("rel_quarter", r"(?:(?i:the)\s+)?(?P<rel>(?i:latest|last|current|previous|this|next|"
                    r"coming))\s+(?P<part>(?i:quarter))"),
    ("the_quarter", r"(?i:the|that)\s+(?P<part>(?i:quarter))(?![-\w])"),
    ("decade", r"(?:(?i:the)\s+)?(?:(?P<mod>{MOD})[-\s]+)?(?:(?P<dec>(?:1[6-9]|20)\d)0'?s|"
               r"'(?P<dec2>\d)0s)(?!\w)"),
    ("year", r"(?:(?P<mod>{MOD})[-\s]+)?(?:(?P<fiscal>(?i:fiscal))\s+)?(?P<year>{Y})(?!-\d)"),
    ("deictic", r"(?:(?P<mod>(?i:early|late))\s+)?(?P<dayword>{DAYWORD})"
                r"(?:\s+(?P<pod>{POD}))?"),
    ("rel_pod", r"(?:(?i:earlier|later)\s+)?(?P<rel>(?i:last|this|tomorrow|yesterday))\s+"
                r"(?P<pod>{POD})"),
    ("weekday_set", r"(?:(?i:every|each)\s+(?P<wd1>{W})(?:\s+(?P<pod1>{POD}))?|"
                    r"(?P<wd2>{W})s(?:\s+(?P<pod2>{POD}))?|(?P<wd3>{W})\s+(?P<pod3>(?i:nights)))\b"),
    ("weekday", r"(?:(?P<rel>{REL})\s+|(?P<mod>(?i:early|late))\s+)?(?P<wd>{W})"
                r"(?:\s+(?P<pod>{POD}))?(?!\w)"),
    # "last Oct. 23" is the day (date_mdy), not "last Oct." and a stray 23
    ("month", r"(?:(?P<rel>{REL})\s+|(?P<mod>{MOD})[-\s]+)?(?P<mon>{M})(?![\w-])"
              r"(?!\s+\d{1,2}(?!\d))"),
    ("season", r"(?:(?P<rel>{REL})\s+|(?P<mod>{MOD})[-\s]+|(?<=(?i:in|by) )(?i:the)\s+)"
               r"(?P<season>{S})(?!\w)(?!\s+(?i:of)\b)"),
    ("end_of", r"(?P<mod>{MOD})\s+(?P<rel>(?i:the|this|next|last))\s+(?P<unit>(?i:week|month|"
               r"year|decade|century))"),
    ("rel_n", r"(?:(?P<lim>{LIMIT})\s+)?(?:(?i:the)\s+)?(?P<rel>(?i:last|past|next|coming|previous|"
              r"first|final|following|latest|preceding))\s+(?P<num>{NUM})\s+(?P<unit>{U})"),
    ("story_day", r"(?:(?P<edge>(?i:earlier|later))\s+(?:(?i:in\s+the|that)\s+)|"
                  r"(?P<that>(?i:that|the\s+same))\s+|(?i:the)\s+(?P<step>(?i:next|previous|"
                  r"following|preceding))\s+)(?P<unit>(?i:day|morning|afternoon|evening|night|"
                  r"week|month|year))(?!-)\b"),
    # "killed a commander in Baghdad the night before, ...": "before" ends it only when nothing
    # follows (else it is a preposition: "the day before the vote")
    ("day_before", r"(?i:the)\s+(?P<unit>(?i:day|morning|afternoon|evening|night|week))\s+"
                   r"(?P<dir>(?i:before|after))(?=\s*[,.;:)])"),
    ("rel_unit", r"(?:(?P<the>(?i:the))\s+|(?i:earlier|later)\s+)?(?P<rel>{REL})\s+"
                 r"(?P<unit>(?i:week|weekend|month|year|decade|century|fortnight))(?!-)\b"),
    ("ago", r"(?:(?P<lim>{LIMIT})\s+)?(?P<num>{NUM})[-\s]+(?P<unit>{U})(?:\s+(?i:or\s+so))?\s+"
            # "before" ends the expression only when nothing follows it ("a week before, ...");
            # otherwise it is a preposition. "Three days later" counts from the story's own
            # last date, not the DCT: TimeML marks the duration alone ("Three days").
            r"(?P<dir>(?i:ago|earlier|from\s+now|hence)|(?i:before)(?=\s*[,.;:)]))"),
    # ("two more weeks", "at least 20 more years": the count of a further stretch)
    ("duration", r"(?:(?P<lim>{LIMIT})\s+)?(?:(?P<the>(?i:the))\s+)?(?:(?P<rel>(?i:first|last|"
                 r"past|next|coming|final|latest))\s+)?(?P<num>{NUM})"
                 r"(?:\s+(?i:more|additional|further))?(?:\s+|-)(?P<unit>{U})"
                 r"(?P<half>\s+(?i:and\s+a\s+half))?(?:-(?i:long))?(?![-\s](?i:old)\b)"),
    ("vague_span", r"(?P<q>(?i:recent|coming|past|next|several|many|few|the\s+past\s+few|"
                   r"the\s+next\s+few|the\s+last\s+few|the\s+coming|the\s+past|the\s+last|"
                   r"the\s+next|a\s+few|a\s+couple\s+of))\s+(?P<unit>(?i:seconds|minutes|hours|"
                   r"days|weeks|months|years|decades|centuries))"),
    ("weekend", r"(?i:the)\s+(?i:weekend)(?!-)\b"),
    ("holiday", r"(?:(?P<rel>{REL})\s+)?(?P<holiday>{HOLIDAY})(?:,?\s+(?P<year>{Y}))?"),
    ("century", r"(?:(?i:the)\s+)?(?P<ord>{ORD})[-\s]+(?i:century)"),
    ("vague_for", r"(?<=\b(?i:for)\s)(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|"
                  r"decades|centuries))(?!\s+(?i:of|to|ago)\b)"),
    ("long", r"(?P<unit>(?i:day|week|month|year|decade|hours|days|weeks|months|years|decades))"
             r"-(?i:long)"),
    ("year_ago_adj", r"(?:(?i:the)\s+(?=\S+\s+(?i:quarter|period)\b))?(?P<adj>(?i:year-earlier|"
                     r"year-ago|year-before))(?:\s+(?i:quarter|period)\b)?"),
    ("fuzzy", r"(?P<fuzzy>{FUZZY})(?!\w)"),
    ("set", r"(?:(?P<setw>{SETW})|(?i:every|each)\s+(?:(?i:other)\s+)?(?:(?P<num>{NUM})\s+)?"
            r"(?P<unit>{U})|(?:(?P<times>{NUM})\s+(?i:times?)|(?i:once|twice|thrice))\s+"
            r"(?i:a|an|per)\s+(?P<unit2>{U})|(?i:every|each)\s+(?:(?P<season>{S})|"
            r"(?P<pod>{POD})|(?P<mon>{M})))\b"),
    ("weekends", r"(?P<we>(?i:weekends))\b"),
    ("clock", r"(?:(?P<lim>(?i:around|approximately|shortly\s+after|shortly\s+before|"
              r"just\s+after|just\s+before))\s+)?(?:(?P<hh>\d{1,2})(?::(?P<mm>\d\d))?\s*"
              r"(?P<ampm>(?i:a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?!\w))|(?P<hh24>[01]?\d|2[0-3]):"
              r"(?P<mm24>\d\d)(?!\d)(?=\s*(?i:GMT|UTC|local|hours|hrs|h\b))|"
              r"(?P<clockword>{CLOCKWORD}))"
              r"(?:\s+(?P<tz>GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|PT|BST|CET|CEST|"
              r"EET|EEST|MSK|IST|AST|local\s+time)(?:[+-]\d{1,2})?)?"
              r"(?:\s+(?P<wd>{W})(?!\w))?"),
    ("clock_zulu", r"(?P<hhmm>[01]\d[0-5]\d|2[0-3][0-5]\d)\s+(?P<tz>GMT|UTC)"),
)


# Words without which no rule matches: searching for them first and running the rules only
# near them keeps the stage cheap (most of a news text holds no time expression).
TRIGGER_KINDS = ("month", "weekday", "unit", "part_of_day", "season", "fuzzy", "set",
                 "deictic_day", "clock_word", "holiday")
TRIGGER_EXTRA = ("quarter", "quarters", "half", "century", "weekend", "weekends", "year",
                 "years")


# which trigger kinds each rule needs (any one of them); "digit" is any number
NEEDS: dict[str, tuple[str, ...]] = {
    "date_iso": ("digit",), "date_numeric": ("digit",), "date_mdy": ("month",),
    "date_dmy": ("month",), "month_year": ("month",), "season_year": ("season",),
    "quarter": ("extra",), "rel_quarter": ("extra",), "the_quarter": ("extra",),
    "q_code": ("digit",), "decade": ("digit",), "year": ("digit",), "deictic": ("deictic_day",),
    "rel_pod": ("part_of_day",), "weekday_set": ("weekday",), "weekday": ("weekday",),
    "month": ("month",), "season": ("season",), "end_of": ("unit",), "rel_n": ("unit",),
    "rel_unit": ("unit", "extra"), "ago": ("unit",), "duration": ("unit",),
    "vague_span": ("unit",), "year_ago_adj": ("extra", "unit"), "fuzzy": ("fuzzy",),
    "set": ("set", "unit", "season", "part_of_day", "month"), "weekends": ("extra",),
    "story_day": ("unit", "part_of_day"), "day_before": ("unit", "part_of_day"),
    "clock": ("digit", "clock_word"),
    "clock_zulu": ("digit",), "weekend": ("extra",), "holiday": ("holiday",),
    "century": ("extra",), "vague_for": ("unit",), "long": ("unit",),
}


@lru_cache(maxsize=1)
def trigger_words() -> dict[str, frozenset[str]]:
    """Lower-case word -> the trigger kinds it belongs to. Every expression holds one of these
    words or a number."""
    vocabulary = load_vocabulary()
    kinds: dict[str, set[str]] = {}
    for kind in TRIGGER_KINDS:
        for phrase in vocabulary.words[kind]:
            for part in phrase.split():
                kinds.setdefault(part, set()).add(kind)
    for word in TRIGGER_EXTRA:
        kinds.setdefault(word, set()).add("extra")
    for function_word in ("the", "a", "an", "of", "at", "in"):  # in multi-word phrases
        kinds.pop(function_word, None)
    return {word: frozenset(k) for word, k in kinds.items()}


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    return build_rules(load_vocabulary())


def build_rules(vocabulary: TimeVocabulary) -> tuple[Rule, ...]:
    slots = pieces(vocabulary)
    built = []
    for name, shape in SHAPES:
        pattern = re.sub(r"\{([A-Z]+)\}", lambda m: slots[m.group(1)], shape)
        built.append(Rule(name, re.compile(r"(?<![\w'-])" + pattern + r"(?!\w|['’](?!s\b))"),
                          frozenset(NEEDS[name])))
    return tuple(built)
