"""What the normalizers share: the reading they return, the context they read, and the words
and counts they turn into calendar units (counts, ISO periods, months, weekdays)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from chronicle.times import calendar as cal
from chronicle.times.lexicon import TimeVocabulary, normal


@dataclass(frozen=True)
class Reading:
    type: str
    value: str | None
    precision: str | None
    anchored: bool = False


@dataclass(frozen=True)
class Context:
    vocabulary: TimeVocabulary
    dct: date | None
    tense: str | None  # past, present, future or None


Groups = dict[str, str | None]
# the next unit down for fractional counts: letter -> (letter, factor, whether it is a time unit)
SMALLER = {"Y": ("M", 12, False), "M": ("D", 30, False), "W": ("D", 7, False),
           "D": ("H", 24, True), "H": ("M", 60, True)}
UNIT_PRECISION = {"D": "day", "W": "week", "2W": "week", "M": "month", "Q": "quarter",
                  "Y": "year", "DE": "decade", "CE": "century", "H": "time", "MIN": "time",
                  "S": "time"}


def number(text: str | None, vocabulary: TimeVocabulary) -> float | None:
    """Digits or number words ("19", "four", "twenty-five"); None when the count is vague."""
    if not text:
        return None
    text = text.strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if re.fullmatch(r"\d+\s+1/2", text):
        return float(text.split()[0]) + 0.5
    if half := re.fullmatch(r"(.+?)\s+and\s+a\s+half", text, re.IGNORECASE):
        whole = number(half.group(1), vocabulary)
        return None if whole is None else whole + 0.5
    whole = vocabulary.value("number", text)
    if whole is not None:
        return None if whole == "X" else float(whole)
    total = 0.0
    for part in re.split(r"[-\s]+", text):
        value = vocabulary.value("number", part)
        if value is None or value == "X":
            return None
        total += float(value)
    return total


def duration_value(n: float | None, unit: str) -> str:
    """ISO 8601 period: P3D, P2W, PT4H, P10Y for a decade; PX... when the count is vague."""
    time_part = unit in ("H", "MIN", "S")
    letter = {"MIN": "M", "2W": "W", "DE": "Y", "CE": "Y"}.get(unit, unit)
    scale = {"2W": 2, "DE": 10, "CE": 100}.get(unit, 1)
    if n is None:
        count = "X"
        letter = {"DE": "DE", "CE": "CE"}.get(unit, letter)
    else:
        n *= scale
        if n != int(n) and letter in SMALLER:  # "2 1/2 years" -> P2Y6M, "half a day" -> PT12H
            whole, rest = int(n), n - int(n)
            smaller, factor, smaller_in_time = SMALLER[letter]
            parts = (f"{whole}{letter}" if whole else "") + f"{round(rest * factor)}{smaller}"
            if smaller_in_time and not time_part:
                return f"P{whole}D" * bool(whole) + f"T{round(rest * factor)}{smaller}" \
                    if whole else f"PT{round(rest * factor)}{smaller}"
            return ("PT" if time_part else "P") + parts
        count = str(int(n))
    return ("PT" if time_part else "P") + count + letter


def unit_code(word: str | None, ctx: Context) -> str | None:
    return ctx.vocabulary.value("unit", word) if word else None


def month_number(word: str | None, ctx: Context) -> int | None:
    value = ctx.vocabulary.value("month", word) if word else None
    return int(value) if value else None


def weekday_number(word: str | None, ctx: Context) -> int | None:
    if not word:
        return None
    value = ctx.vocabulary.value("weekday", word)
    return int(value) if value else None


def relative(word: str | None, ctx: Context) -> int | None:
    if not word:
        return None
    if normal(word) == "this past":
        return -1
    value = ctx.vocabulary.value("relative", word)
    return int(value) if value else None


def day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))


def part_of_day(word: str | None, ctx: Context) -> str | None:
    return ctx.vocabulary.value("part_of_day", word) if word else None


def with_part(reading_day: str, pod: str | None) -> Reading:
    if pod:
        return Reading("TIME", f"{reading_day}T{pod}", "time", True)
    return Reading("DATE", reading_day, "day", True)


def shifted(dct: date, unit: str, n: int) -> tuple[str, str]:
    """The calendar unit containing DCT moved by n units: value and precision."""
    if unit in ("D",):
        return (dct + timedelta(days=n)).isoformat(), "day"
    if unit in ("W", "2W"):
        return cal.week_value(dct + timedelta(weeks=n * (2 if unit == "2W" else 1))), "week"
    if unit == "M":
        return cal.month_value(*cal.shift_month(dct.year, dct.month, n)), "month"
    if unit == "Q":
        y, q = cal.shift_quarter(*cal.quarter_of(dct), n)
        return f"{y}-Q{q}", "quarter"
    if unit == "DE":
        return str(dct.year // 10 + n), "decade"
    if unit == "CE":
        return str(dct.year // 100 + n), "century"
    if unit in ("H", "MIN", "S"):
        return dct.isoformat(), "day"
    return str(dct.year + n), "year"
