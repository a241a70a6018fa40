"""Calendar arithmetic for TIMEX3 values: ISO weeks, quarters, shifting by units, picking the
occurrence of a weekday or month that the tense points to."""

from __future__ import annotations

import re
from datetime import date, timedelta

SEASONS = ("WI", "SP", "SU", "FA")
SOON_DAYS = 45
RECENT_DAYS = 7


def day_value(d: date) -> str:
    return d.isoformat()


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def quarter_of(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, n: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + n
    return index // 4, index % 4 + 1


def shift_month(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def season_of(d: date) -> tuple[int, str]:
    """Meteorological seasons; December belongs to the next year's winter."""
    if d.month == 12:
        return d.year + 1, "WI"
    return d.year, SEASONS[(d.month % 12) // 3]


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def weekday_near(dct: date, weekday: int, tense: str | None, relative: int | None) -> date:
    """The day with ISO weekday `weekday` the text means, seen from `dct`.

    The DCT's own weekday is the DCT ("said on Friday" in a Friday story), unless "last" or
    "next" says otherwise. Future tense looks ahead; the simple present ("Arafat and Netanyahu
    meet Monday") takes the nearer day; anything else looks back, since news mostly reports
    what has happened.
    """
    back = (dct.isoweekday() - weekday) % 7
    ahead = (weekday - dct.isoweekday()) % 7
    if relative == -1:
        return dct - timedelta(days=back or 7)
    if relative == +1:
        return dct + timedelta(days=ahead or 7)
    if relative == 0:
        return dct + timedelta(days=weekday - dct.isoweekday())
    if tense == "future":
        return dct + timedelta(days=ahead)
    if tense == "present" and ahead < back:  # "Arafat and Netanyahu meet Monday"
        return dct + timedelta(days=ahead)
    return dct - timedelta(days=back)


def nearest_year(dct: date, month: int, day: int | None, tense: str | None) -> int:
    """The year a yearless month (and day) falls in: before the DCT in past tense, after it in
    future tense, else the nearest."""
    def key(year: int) -> date | None:
        return safe_date(year, month, day or 15) if day else date(year, month, 15)

    # four years back so that a Feb. 29 finds its leap year
    candidates = [(y, key(y)) for y in range(dct.year - 4, dct.year + 2)]
    candidates = [(y, d) for y, d in candidates if d is not None]
    if not candidates:
        return dct.year
    if day is None:  # a month: the DCT's own month counts as both past and future
        same = dct.year
        if month == dct.month:
            return same
        if tense == "past":
            return dct.year if month < dct.month else dct.year - 1
        if tense == "future":
            return dct.year if month > dct.month else dct.year + 1
    if tense == "future":
        # a deadline a few days gone ("by Jan. 14" in a Jan. 15 story) is that one, not next
        # year's
        recent = [y for y, d in candidates if 0 < (dct - d).days <= RECENT_DAYS]
        future = [(d, y) for y, d in candidates if d >= dct]
        if recent and (not future or (min(future)[0] - dct).days > 300):
            return recent[0]
        if future:
            return min(future)[1]
    # A day only weeks ahead is meant even after a past-tense verb ("set Nov. 10 as the
    # deadline", "declared a dividend payable Dec. 15"); otherwise the last occurrence ("the
    # Oct. 23 killing").
    soon = [y for y, d in candidates if 0 <= (d - dct).days <= SOON_DAYS]
    if soon:
        return soon[0]
    if tense == "present":  # "the summit on April 24 follows talks": the nearer one
        return min(candidates, key=lambda c: (abs((c[1] - dct).days), c[1] > dct))[0]
    past = [y for y, d in candidates if d <= dct]
    return max(past) if past else dct.year


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    return date(year, month, (h + ell - 7 * m + 114) % 31 + 1)


WEEKDAY_CODES = {"MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7}


def holiday_date(rule: str, year: int) -> date | None:
    """A holiday's day in a year, from its vocabulary rule: "12-25" (fixed), "11-TH4" (fourth
    Thursday of November), "05-MOL" (last Monday of May), "11-TU1A" (the Tuesday after the
    first Monday: US Election Day), "EASTER-2" (days from Easter Sunday)."""
    if rule.startswith("EASTER"):
        return easter(year) + timedelta(days=int(rule[6:] or 0))
    month_text, _, day_text = rule.partition("-")
    month = int(month_text)
    if day_text.isdigit():
        return safe_date(year, month, int(day_text))
    weekday = WEEKDAY_CODES.get(day_text[:2])
    if weekday is None:
        return None
    which = day_text[2:]
    if which == "L":
        following = date(year + month // 12, month % 12 + 1, 1)
        last = following - timedelta(days=1)
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, 1)
    if which.endswith("A"):  # after the first Monday
        monday = first + timedelta(days=(1 - first.isoweekday()) % 7)
        return monday + timedelta(days=(weekday - 1) % 7 or 7)
    first_match = first + timedelta(days=(weekday - first.isoweekday()) % 7)
    return first_match + timedelta(weeks=int(which or 1) - 1)


def value_period(value: str | None) -> tuple[date, date] | None:
    """The first and last day a calendar value covers ("2024-01-30", "2024-W04", "2024-01",
    "2024"); None for anything else."""
    if not value:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            day = date.fromisoformat(value)
            return day, day
        if m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
            first = date(int(m[1]), int(m[2]), 1)
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - timedelta(days=1)
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None
