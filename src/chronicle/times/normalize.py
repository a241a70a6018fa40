"""TIMEX3 type and value for a recognized expression, anchored on the DCT and the verb's tense.

One function per grammar rule. Without a DCT, whatever the text leaves open becomes X
placeholders ("XXXX-WXX-5" for a bare "Friday").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from chronicle.times import calendar as cal
from chronicle.times.lexicon import normal
from chronicle.times.values import (
    UNIT_PRECISION,
    Context,
    Groups,
    Reading,
    day_number,
    duration_value,
    month_number,
    number,
    part_of_day,
    relative,
    shifted,
    unit_code,
    weekday_number,
    with_part,
)

__all__ = ["Context", "Reading", "duration_value", "normalize", "number", "shifted"]


# --- one function per rule ------------------------------------------------------------------

def date_iso(g: Groups, ctx: Context) -> Reading | None:
    d = cal.safe_date(int(g["year"]), int(g["mon"]), int(g["day"]))
    if d is None:
        return None
    if g.get("hh"):
        return Reading("TIME", f"{d.isoformat()}T{g['hh']}:{g['mm']}", "time")
    return Reading("DATE", d.isoformat(), "day")


def date_numeric(g: Groups, ctx: Context) -> Reading | None:
    """d/m/y or m/d/y: the reading nearer the DCT wins (US order when there is none)."""
    a, b, year = int(g["a"]), int(g["b"]), int(g["year"])
    options = [d for d in (cal.safe_date(year, a, b), cal.safe_date(year, b, a)) if d]
    if not options:
        return None
    if ctx.dct is not None:
        options.sort(key=lambda d: abs((d - ctx.dct).days))
    return Reading("DATE", options[0].isoformat(), "day")


def calendar_date(g: Groups, ctx: Context) -> Reading | None:
    month, day = month_number(g["mon"], ctx), day_number(g["day"])
    if month is None:
        return None
    if g.get("year"):
        d = cal.safe_date(int(g["year"]), month, day)
        return Reading("DATE", d.isoformat(), "day") if d else None
    if ctx.dct is None:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}", "day")
    wd = weekday_number(g.get("wd"), ctx)
    years = [y for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
             if wd and (d := cal.safe_date(y, month, day)) and d.isoweekday() == wd]
    year = years[0] if len(years) == 1 else cal.nearest_year(ctx.dct, month, day, ctx.tense)
    d = cal.safe_date(year, month, day)
    return Reading("DATE", d.isoformat(), "day", True) if d else None


def month_year(g: Groups, ctx: Context) -> Reading | None:
    month = month_number(g["mon"], ctx)
    return Reading("DATE", cal.month_value(int(g["year"]), month), "month") if month else None


def season_year(g: Groups, ctx: Context) -> Reading | None:
    code = ctx.vocabulary.value("season", g["season"])
    return Reading("DATE", f"{g['year']}-{code}", "season")


def quarter(g: Groups, ctx: Context) -> Reading | None:
    n = int(ctx.vocabulary.value("ordinal", g["ord"]) or day_number(g["ord"]))
    letter = "H" if normal(g["part"]) == "half" else "Q"
    if n > (2 if letter == "H" else 4):
        return None
    year = g.get("year") or g.get("qyear")
    if year is None and ctx.dct is None:
        year = "XXXX"
    elif year is None and g.get("yrel"):  # "the second half of next year"
        year = str(ctx.dct.year + (relative(g["yrel"], ctx) or 0))
    elif year is None:  # results for "the fourth quarter" reported in January: last year's
        later = n > (cal.quarter_of(ctx.dct)[1] if letter == "Q" else (ctx.dct.month + 5) // 6)
        year = str(ctx.dct.year - 1 if later and ctx.tense != "future" else ctx.dct.year)
    return Reading("DATE", f"{year}-{letter}{n}", "quarter", g.get("year") is None)


def q_code(g: Groups, ctx: Context) -> Reading | None:
    """"Q3 earnings", "Q4 2012", "3Q13"."""
    n = int(g["ord"].strip("Q"))
    if g.get("yy"):
        g = {**g, "year": ("19" if int(g["yy"]) > 50 else "20") + g["yy"]}
    return quarter({**g, "ord": str(n) + "th", "part": "quarter"}, ctx)


def rel_quarter(g: Groups, ctx: Context) -> Reading | None:
    if ctx.dct is None:
        return Reading("DATE", "XXXX-QX", "quarter")
    word = normal(g["rel"])
    shift = {"latest": -1, "last": -1, "previous": -1, "current": 0, "this": 0}.get(word, 1)
    year, q = cal.shift_quarter(*cal.quarter_of(ctx.dct), shift)
    return Reading("DATE", f"{year}-Q{q}", "quarter", True)


def the_quarter(g: Groups, ctx: Context) -> Reading | None:
    """"the quarter": the one the report is about (the tagger knows it); else the last one."""
    return rel_quarter({"rel": "latest"}, ctx)


def decade(g: Groups, ctx: Context) -> Reading | None:
    if g.get("dec"):
        return Reading("DATE", g["dec"], "decade")
    # "the '90s" in 2024 are the 1990s; "the '20s" the 2020s
    year = ctx.dct.year if ctx.dct else 1999
    century = year // 100 if int(g["dec2"]) <= (year % 100) // 10 else year // 100 - 1
    return Reading("DATE", f"{century:02d}{g['dec2']}", "decade")


def year(g: Groups, ctx: Context) -> Reading | None:
    return Reading("DATE", g["year"], "year")


def deictic(g: Groups, ctx: Context) -> Reading | None:
    code = ctx.vocabulary.value("deictic_day", g["dayword"]) or "0"
    night = code.endswith("NI")
    offset = int(code.removesuffix("NI"))
    pod = part_of_day(g.get("pod"), ctx) or ("NI" if night else None)
    if ctx.dct is None:
        return with_part("XXXX-XX-XX", pod)
    return with_part((ctx.dct + timedelta(days=offset)).isoformat(), pod)


def rel_pod(g: Groups, ctx: Context) -> Reading | None:
    word, pod = normal(g["rel"]), part_of_day(g["pod"], ctx)
    offset = {"last": -1 if pod == "NI" else 0, "yesterday": -1, "tomorrow": 1}.get(word, 0)
    if ctx.dct is None:
        return Reading("TIME", f"XXXX-XX-XXT{pod}", "time")
    return Reading("TIME", f"{(ctx.dct + timedelta(days=offset)).isoformat()}T{pod}", "time", True)


def weekday_set(g: Groups, ctx: Context) -> Reading | None:
    wd = weekday_number(g.get("wd1") or g.get("wd2") or g.get("wd3"), ctx)
    pod = part_of_day(g.get("pod1") or g.get("pod2") or g.get("pod3"), ctx)
    return Reading("SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), None)


def weekday(g: Groups, ctx: Context) -> Reading | None:
    wd = weekday_number(g["wd"], ctx)
    if wd is None:
        return None
    pod = part_of_day(g.get("pod"), ctx)
    if ctx.dct is None:
        return with_part(f"XXXX-WXX-{wd}", pod)
    day = cal.weekday_near(ctx.dct, wd, ctx.tense, relative(g.get("rel"), ctx))
    return with_part(day.isoformat(), pod)


def month(g: Groups, ctx: Context) -> Reading | None:
    m = month_number(g["mon"], ctx)
    if m is None:
        return None
    if ctx.dct is None:
        return Reading("DATE", f"XXXX-{m:02d}", "month")
    shift = relative(g.get("rel"), ctx)
    if shift == -1:
        y = ctx.dct.year if m < ctx.dct.month else ctx.dct.year - 1
    elif shift == 1:
        y = ctx.dct.year if m > ctx.dct.month else ctx.dct.year + 1
    elif shift == 0:
        y = ctx.dct.year
    else:
        y = cal.nearest_year(ctx.dct, m, None, ctx.tense)
    return Reading("DATE", cal.month_value(y, m), "month", True)


def season(g: Groups, ctx: Context) -> Reading | None:
    code = ctx.vocabulary.value("season", g["season"])
    if ctx.dct is None:
        return Reading("DATE", f"XXXX-{code}", "season")
    now_year, now_code = cal.season_of(ctx.dct)
    order = cal.SEASONS.index(code) - cal.SEASONS.index(now_code)
    shift = relative(g.get("rel"), ctx)
    if shift is None and order != 0:  # "prices rose in the fall": the tense says which
        shift = {"past": -1, "future": 1}.get(ctx.tense or "")
    if shift == -1:
        y = now_year if order < 0 else now_year - 1
    elif shift == 1:
        y = now_year if order > 0 else now_year + 1
    else:
        y = now_year
    return Reading("DATE", f"{y}-{code}", "season", True)


def end_of(g: Groups, ctx: Context) -> Reading | None:
    unit = unit_code(g["unit"], ctx)
    if unit is None or ctx.dct is None:
        return Reading("DATE", None, None)
    shift = relative(g["rel"], ctx) if normal(g["rel"]) != "the" else 0
    value, precision = shifted(ctx.dct, unit, shift or 0)
    return Reading("DATE", value, precision, True)


def rel_n(g: Groups, ctx: Context) -> Reading | None:
    unit = unit_code(g["unit"], ctx)
    return Reading("DURATION", duration_value(number(g["num"], ctx.vocabulary), unit), None)


def rel_unit(g: Groups, ctx: Context) -> Reading | None:
    word = normal(g["unit"])
    shift = relative(g["rel"], ctx)
    if word == "weekend":
        return weekend(shift, ctx)
    unit = unit_code(word, ctx)
    if g.get("the") and normal(g["rel"]) in ("past", "last", "next", "coming"):
        return Reading("DURATION", duration_value(1, unit), None)  # "the past year": a span
    if ctx.dct is None:
        return Reading("DATE", {"W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX"}.get(unit, "XXXX"),
                       UNIT_PRECISION.get(unit))
    value, precision = shifted(ctx.dct, unit, shift or 0)
    return Reading("DATE", value, precision, True)


def weekend(shift: int | None, ctx: Context) -> Reading:
    """A weekend as "<ISO week>-WE". "Last weekend" is the one before the DCT's week, "this
    weekend" the DCT's, "next weekend" the coming one. A bare "the weekend" looks ahead in the
    future tense; told as done, it is the last one that began before the DCT (on a Sunday, the
    current one)."""
    if ctx.dct is None:
        return Reading("DATE", "XXXX-WXX-WE", "week")
    weekday = ctx.dct.isoweekday()
    if shift is None:
        shift = 0 if ctx.tense == "future" or weekday == 7 else -1
    elif shift == 1 and weekday < 6:
        shift = 0  # "next weekend" on a Wednesday is the coming one
    return Reading("DATE", cal.week_value(ctx.dct + timedelta(weeks=shift)) + "-WE", "week", True)


def the_weekend(g: Groups, ctx: Context) -> Reading | None:
    return weekend(None, ctx)


def holiday(g: Groups, ctx: Context) -> Reading | None:
    rule = ctx.vocabulary.value("holiday", g["holiday"])
    if rule is None:
        return None
    if g.get("year"):
        day = cal.holiday_date(rule, int(g["year"]))
        return Reading("DATE", day.isoformat(), "day") if day else None
    if ctx.dct is None:
        return Reading("DATE", "XXXX-" + rule[:5] if rule[2:3] == "-" and rule[3:].isdigit()
                       else "XXXX", "day")
    shift = relative(g.get("rel"), ctx)
    days = {y: cal.holiday_date(rule, y) for y in (ctx.dct.year - 1, ctx.dct.year,
                                                  ctx.dct.year + 1)}
    days = {y: d for y, d in days.items() if d is not None}
    if shift == -1 or (shift is None and ctx.tense == "past"):
        options = [d for d in days.values() if d <= ctx.dct]
        day = max(options) if options else None
    elif shift == 1 or ctx.tense == "future":
        options = [d for d in days.values() if d >= ctx.dct]
        day = min(options) if options else None
    else:
        day = min(days.values(), key=lambda d: abs((d - ctx.dct).days), default=None)
    return Reading("DATE", day.isoformat(), "day", True) if day else None


def century(g: Groups, ctx: Context) -> Reading | None:
    n = ctx.vocabulary.value("ordinal", g["ord"]) or str(day_number(g["ord"]))
    return Reading("DATE", f"{int(n) - 1:02d}", "century") if n.isdigit() else None


def vague_for(g: Groups, ctx: Context) -> Reading | None:
    return Reading("DURATION", duration_value(None, unit_code(g["unit"], ctx)), None)


def long(g: Groups, ctx: Context) -> Reading | None:
    """"decades-long" (a vague count), "day-long" (one)."""
    word = normal(g["unit"])
    n = None if word.endswith("s") else 1
    return Reading("DURATION", duration_value(n, unit_code(word, ctx)), None)


def ago(g: Groups, ctx: Context) -> Reading | None:
    unit = unit_code(g["unit"], ctx)
    n = number(g["num"], ctx.vocabulary)
    forward = normal(g["dir"]) in ("later", "after", "from now", "hence")
    if n is None:
        return Reading("DATE", "FUTURE_REF" if forward else "PAST_REF", None)
    if ctx.dct is None or n != int(n):
        return Reading("DATE", "XXXX", UNIT_PRECISION.get(unit))
    if unit in ("DE", "CE"):  # "a decade ago" is a year, not the previous decade
        n, unit = n * (10 if unit == "DE" else 100), "Y"
    value, precision = shifted(ctx.dct, unit, int(n) * (1 if forward else -1))
    return Reading("DATE", value, precision, True)


def duration(g: Groups, ctx: Context) -> Reading | None:
    unit = unit_code(g["unit"], ctx)
    n = number(g["num"], ctx.vocabulary)
    if n is not None and g.get("half"):  # "a week and a half"
        n += 0.5
    return Reading("DURATION", duration_value(n, unit), None)


def story_day(g: Groups, ctx: Context) -> Reading | None:
    """"the next day", "that night", "later that year", "the previous week": counted from the
    story's own last date (else the DCT), which the tagger passes as the DCT; X where there
    is neither."""
    word = normal(g["unit"])
    pod = part_of_day(word, ctx) if word not in ("day",) else None
    unit = "D" if pod else unit_code(word, ctx)
    step = {"next": 1, "following": 1, "previous": -1, "preceding": -1}.get(
        normal(g.get("step") or ""), 0)
    if ctx.dct is None:
        blank = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX"}.get(unit or "", "XXXX")
        return Reading("TIME" if pod else "DATE", blank + (f"T{pod}" if pod else ""), None)
    value, precision = shifted(ctx.dct, unit, step)
    if pod:
        return Reading("TIME", f"{value}T{pod}", "time", False)
    return Reading("DATE", value, precision, False)


def day_before(g: Groups, ctx: Context) -> Reading | None:
    """"the night before", "the day after": a step from the story's own last date."""
    step = "previous" if normal(g["dir"]) == "before" else "next"
    return story_day({"unit": g["unit"], "step": step}, ctx)


def vague_span(g: Groups, ctx: Context) -> Reading | None:
    unit = unit_code(g["unit"], ctx)
    return Reading("DURATION", duration_value(None, unit), None)


def year_ago_adj(g: Groups, ctx: Context) -> Reading | None:
    return Reading("DATE", str(ctx.dct.year - 1) if ctx.dct else "XXXX", "year", True)


def fuzzy(g: Groups, ctx: Context) -> Reading | None:
    return Reading("DATE", ctx.vocabulary.value("fuzzy", g["fuzzy"]), None)


def set_(g: Groups, ctx: Context) -> Reading | None:
    if g.get("setw"):
        return Reading("SET", ctx.vocabulary.value("set", g["setw"]), None)
    if g.get("season"):  # "every summer"
        return Reading("SET", "XXXX-" + (ctx.vocabulary.value("season", g["season"]) or "XX"),
                       None)
    if g.get("pod"):  # "every morning"
        return Reading("SET", "XXXX-XX-XXT" + (part_of_day(g["pod"], ctx) or "XX"), None)
    if g.get("mon"):  # "each January"
        return Reading("SET", f"XXXX-{month_number(g['mon'], ctx) or 0:02d}", None)
    unit = unit_code(g.get("unit") or g.get("unit2"), ctx)
    n = number(g.get("num"), ctx.vocabulary) if g.get("num") else 1
    return Reading("SET", duration_value(n, unit), None)


def weekends(g: Groups, ctx: Context) -> Reading | None:
    return Reading("SET", "XXXX-WXX-WE", None)


def clock(g: Groups, ctx: Context) -> Reading | None:
    if g.get("clockword"):
        hhmm = ctx.vocabulary.value("clock_word", g["clockword"]) or "12:00"
    elif g.get("hhmm"):
        hhmm = f"{g['hhmm'][:2]}:{g['hhmm'][2:]}"
    else:
        hour = int(g.get("hh") or g.get("hh24"))
        minute = int(g.get("mm") or g.get("mm24") or 0)
        ampm = normal(g.get("ampm") or "").replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 24 or minute > 59:
            return None
        hhmm = f"{hour:02d}:{minute:02d}"
    if ctx.dct is None:
        return Reading("TIME", f"XXXX-XX-XXT{hhmm}", "time")
    day = ctx.dct
    wd = weekday_number(g.get("wd"), ctx)
    if wd is not None:
        day = cal.weekday_near(ctx.dct, wd, ctx.tense, None)
    return Reading("TIME", f"{day.isoformat()}T{hhmm}", "time", True)


NORMALIZERS: dict[str, Callable[[Groups, Context], Reading | None]] = {
    "date_iso": date_iso, "date_numeric": date_numeric, "date_mdy": calendar_date,
    "date_dmy": calendar_date, "month_year": month_year, "season_year": season_year,
    "quarter": quarter, "rel_quarter": rel_quarter, "the_quarter": the_quarter, "q_code": q_code,
    "weekends": weekends, "decade": decade, "year": year, "deictic": deictic, "rel_pod": rel_pod,
    "weekday_set": weekday_set, "weekday": weekday, "month": month, "season": season,
    "end_of": end_of, "rel_n": rel_n, "rel_unit": rel_unit, "ago": ago, "duration": duration,
    "vague_span": vague_span, "year_ago_adj": year_ago_adj, "fuzzy": fuzzy, "set": set_,
    "clock": clock, "clock_zulu": clock, "weekend": the_weekend, "holiday": holiday,
    "century": century, "vague_for": vague_for, "long": long, "story_day": story_day,
    "day_before": day_before,
}


def normalize(rule: str, groups: Groups, ctx: Context) -> Reading | None:
    return NORMALIZERS[rule](groups, ctx)
