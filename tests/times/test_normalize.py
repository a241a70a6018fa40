"""TIMEX3 values from recognized pieces: counts, ISO periods and the per-rule normalizers."""

from __future__ import annotations

from datetime import date

import pytest

from chronicle.times.lexicon import load_vocabulary
from chronicle.times.normalize import Context, duration_value, normalize, number, shifted

DCT = date(2024, 2, 2)  # a Friday in ISO week 2024-W05


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary()


def context(tense: str | None = "past", dct: date | None = DCT) -> Context:
    return Context(load_vocabulary(), dct, tense)


@pytest.mark.parametrize("text, expected", [
    pytest.param("19", 19, id="digits"),
    pytest.param("1.5", 1.5, id="decimal"),
    pytest.param("2 1/2", 2.5, id="digits-and-a-half"),
    pytest.param("four", 4, id="word"),
    pytest.param("Four", 4, id="capitalized-word"),
    pytest.param("twenty-four", 24, id="hyphenated-tens-and-units"),
    pytest.param("twenty four", 24, id="spaced-tens-and-units"),
    pytest.param("a couple of", 2, id="a-couple-of"),
    pytest.param("a dozen", 12, id="a-dozen"),
    pytest.param("an", 1, id="article-is-one"),
    pytest.param("half a", 0.5, id="half-a"),
    pytest.param("several", None, id="several-is-vague"),
    pytest.param("a few", None, id="a-few-is-vague"),
    pytest.param("many", None, id="many-is-vague"),
    pytest.param("umpteen", None, id="unknown-word"),
    pytest.param("", None, id="empty"),
    pytest.param(None, None, id="none"),
])
def test_normalize_number(vocabulary, text: str | None, expected: float | None) -> None:
    assert number(text, vocabulary) == expected


@pytest.mark.parametrize("n, unit, value", [
    pytest.param(19, "Y", "P19Y", id="years"),
    pytest.param(3, "W", "P3W", id="weeks"),
    pytest.param(2, "Q", "P2Q", id="quarters"),
    pytest.param(4, "H", "PT4H", id="hours-are-time"),
    pytest.param(30, "MIN", "PT30M", id="minutes-are-time-M"),
    pytest.param(45, "S", "PT45S", id="seconds"),
    pytest.param(2, "2W", "P4W", id="fortnights-are-weeks"),
    pytest.param(1, "DE", "P10Y", id="a-decade-is-ten-years"),
    pytest.param(2, "CE", "P200Y", id="centuries-are-years"),
    pytest.param(2.5, "Y", "P2Y6M", id="two-and-a-half-years"),
    pytest.param(0.5, "Y", "P6M", id="half-a-year"),
    pytest.param(1.5, "M", "P1M15D", id="a-month-and-a-half"),
    pytest.param(5.5, "H", "PT5H30M", id="five-and-a-half-hours"),
    pytest.param(0.5, "D", "PT12H", id="half-a-day-is-hours"),
    pytest.param(1.5, "D", "P1DT12H", id="a-day-and-a-half"),
    pytest.param(None, "Y", "PXY", id="vague-years"),
    pytest.param(None, "MIN", "PTXM", id="vague-minutes"),
    pytest.param(None, "DE", "PXDE", id="vague-decades"),
    pytest.param(None, "CE", "PXCE", id="vague-centuries"),
])
def test_normalize_duration_value(n: float | None, unit: str, value: str) -> None:
    assert duration_value(n, unit) == value


@pytest.mark.parametrize("unit, n, expected", [
    pytest.param("D", 1, ("2024-02-03", "day"), id="tomorrow"),
    pytest.param("W", -1, ("2024-W04", "week"), id="last-week"),
    pytest.param("2W", 1, ("2024-W07", "week"), id="next-fortnight"),
    pytest.param("M", -1, ("2024-01", "month"), id="last-month"),
    pytest.param("M", -2, ("2023-12", "month"), id="two-months-back-across-year"),
    pytest.param("Q", -1, ("2023-Q4", "quarter"), id="last-quarter-across-year"),
    pytest.param("Y", -4, ("2020", "year"), id="four-years-back"),
    pytest.param("DE", -1, ("201", "decade"), id="last-decade"),
    pytest.param("CE", 0, ("20", "century"), id="this-century"),
])
def test_normalize_shifted_unit_containing_the_dct(unit: str, n: int,
                                                   expected: tuple[str, str]) -> None:
    assert shifted(DCT, unit, n) == expected


def value_of(rule: str, groups: dict, ctx: Context) -> tuple | None:
    reading = normalize(rule, groups, ctx)
    return None if reading is None else (reading.type, reading.value, reading.anchored)


@pytest.mark.parametrize("rule, groups, tense, dct, expected", [
    # numeric dates: the reading nearer the DCT; US order without one; impossible ones dropped
    pytest.param("date_numeric", {"a": "3", "b": "2", "year": "2024"}, None, DCT,
                 ("DATE", "2024-02-03", False), id="numeric-nearer-reading-is-d-m"),
    pytest.param("date_numeric", {"a": "12", "b": "1", "year": "2024"}, None, DCT,
                 ("DATE", "2024-01-12", False), id="numeric-nearer-reading-is-d-m-2"),
    pytest.param("date_numeric", {"a": "1", "b": "30", "year": "2024"}, None, DCT,
                 ("DATE", "2024-01-30", False), id="numeric-only-m-d-possible"),
    pytest.param("date_numeric", {"a": "3", "b": "2", "year": "2024"}, None, None,
                 ("DATE", "2024-03-02", False), id="numeric-us-order-without-dct"),
    pytest.param("date_numeric", {"a": "13", "b": "14", "year": "2024"}, None, DCT,
                 None, id="numeric-impossible"),
    # month and day
    pytest.param("date_mdy", {"mon": "Feb.", "day": "30", "year": "2024"}, "past", DCT,
                 None, id="mdy-february-30th-dropped"),
    pytest.param("date_mdy", {"mon": "Jan.", "day": "28", "wd": "Sunday"}, "past", DCT,
                 ("DATE", "2024-01-28", True), id="mdy-weekday-agrees"),
    pytest.param("date_mdy", {"mon": "January", "day": "3rd"}, "past", None,
                 ("DATE", "XXXX-01-03", False), id="mdy-no-dct"),
    # clock times
    pytest.param("clock", {"hh": "9", "ampm": "p.m."}, "past", DCT,
                 ("TIME", "2024-02-02T21:00", True), id="clock-pm"),
    pytest.param("clock", {"hh": "12", "ampm": "a.m."}, "past", DCT,
                 ("TIME", "2024-02-02T00:00", True), id="clock-midnight-am"),
    pytest.param("clock", {"hh": "12", "mm": "15", "ampm": "p.m."}, "past", DCT,
                 ("TIME", "2024-02-02T12:15", True), id="clock-noon-pm"),
    pytest.param("clock", {"hh24": "14", "mm24": "30"}, "past", DCT,
                 ("TIME", "2024-02-02T14:30", True), id="clock-24-hour"),
    pytest.param("clock_zulu", {"hhmm": "0645"}, "past", DCT,
                 ("TIME", "2024-02-02T06:45", True), id="clock-zulu"),
    pytest.param("clock", {"clockword": "noon"}, "past", DCT,
                 ("TIME", "2024-02-02T12:00", True), id="clock-noon-word"),
    pytest.param("clock", {"hh": "9", "ampm": "pm", "wd": "Tuesday"}, "past", DCT,
                 ("TIME", "2024-01-30T21:00", True), id="clock-on-a-weekday"),
    pytest.param("clock", {"hh": "9", "ampm": "pm"}, "past", None,
                 ("TIME", "XXXX-XX-XXT21:00", False), id="clock-no-dct"),
    pytest.param("clock", {"hh": "10", "mm": "75", "ampm": "am"}, "past", DCT,
                 None, id="clock-bad-minutes"),
    pytest.param("clock", {"hh24": "25", "mm24": "00"}, "past", DCT,
                 None, id="clock-bad-hour"),
    # quarters and halves: "the fourth quarter" reported in February is last year's
    pytest.param("quarter", {"ord": "fourth", "part": "quarter"}, "past", DCT,
                 ("DATE", "2023-Q4", True), id="quarter-later-than-dct-is-last-year"),
    pytest.param("quarter", {"ord": "fourth", "part": "quarter"}, "future", DCT,
                 ("DATE", "2024-Q4", True), id="quarter-future-is-this-year"),
    pytest.param("quarter", {"ord": "first", "part": "quarter"}, "past", DCT,
                 ("DATE", "2024-Q1", True), id="quarter-current"),
    pytest.param("quarter", {"ord": "first", "part": "quarter", "year": "2023"}, "past", DCT,
                 ("DATE", "2023-Q1", False), id="quarter-with-year"),
    pytest.param("quarter", {"ord": "second", "part": "half", "year": "2023"}, "past", DCT,
                 ("DATE", "2023-H2", False), id="half-with-year"),
    pytest.param("quarter", {"ord": "third", "part": "half"}, "past", DCT,
                 None, id="no-third-half"),
    pytest.param("rel_quarter", {"rel": "previous"}, "past", DCT,
                 ("DATE", "2023-Q4", True), id="previous-quarter"),
    # decades and years
    pytest.param("decade", {"dec": "199"}, "past", DCT, ("DATE", "199", False), id="decade"),
    pytest.param("year", {"year": "2019"}, "past", DCT, ("DATE", "2019", False), id="year"),
    pytest.param("year_ago_adj", {"adj": "year-earlier"}, "past", DCT,
                 ("DATE", "2023", True), id="year-earlier"),
    # ago and later
    pytest.param("ago", {"num": "four", "unit": "years", "dir": "ago"}, "past", DCT,
                 ("DATE", "2020", True), id="ago-years"),
    pytest.param("ago", {"num": "two", "unit": "decades", "dir": "ago"}, "past", DCT,
                 ("DATE", "2004", True), id="ago-decades-is-a-year"),
    pytest.param("ago", {"num": "three", "unit": "days", "dir": "from now"}, "future", DCT,
                 ("DATE", "2024-02-05", True), id="from-now-days"),
    pytest.param("ago", {"num": "a few", "unit": "years", "dir": "ago"}, "past", DCT,
                 ("DATE", "PAST_REF", False), id="ago-vague"),
    pytest.param("ago", {"num": "several", "unit": "weeks", "dir": "from now"}, "future", DCT,
                 ("DATE", "FUTURE_REF", False), id="from-now-vague"),
    # days and parts of days
    pytest.param("deictic", {"dayword": "yesterday", "pod": "morning"}, "past", DCT,
                 ("TIME", "2024-02-01TMO", True), id="yesterday-morning"),
    pytest.param("deictic", {"dayword": "the day after tomorrow"}, "future", DCT,
                 ("DATE", "2024-02-04", True), id="day-after-tomorrow"),
    pytest.param("rel_pod", {"rel": "last", "pod": "night"}, "past", DCT,
                 ("TIME", "2024-02-01TNI", True), id="last-night-is-yesterdays"),
    pytest.param("rel_pod", {"rel": "this", "pod": "afternoon"}, "past", DCT,
                 ("TIME", "2024-02-02TAF", True), id="this-afternoon"),
    pytest.param("weekday", {"wd": "Tuesday", "rel": "next"}, "past", DCT,
                 ("DATE", "2024-02-06", True), id="next-tuesday"),
    # sets
    pytest.param("weekday_set", {"wd2": "Friday", "pod2": "nights"}, None, DCT,
                 ("SET", "XXXX-WXX-5TNI", False), id="friday-nights"),
    pytest.param("set", {"setw": "weekly"}, None, DCT, ("SET", "P1W", False), id="weekly"),
    pytest.param("set", {"unit": "month"}, None, DCT, ("SET", "P1M", False), id="every-month"),
    pytest.param("set", {"num": "two", "unit": "weeks"}, None, DCT,
                 ("SET", "P2W", False), id="every-two-weeks"),
    # seasons, months and units relative to the DCT
    pytest.param("season", {"season": "summer", "rel": "last"}, "past", DCT,
                 ("DATE", "2023-SU", True), id="last-summer"),
    pytest.param("season", {"season": "winter", "rel": "this"}, "past", DCT,
                 ("DATE", "2024-WI", True), id="this-winter"),
    pytest.param("month", {"mon": "November", "rel": "last"}, "future", DCT,
                 ("DATE", "2023-11", True), id="last-november"),
    pytest.param("month", {"mon": "January", "rel": "next"}, "past", DCT,
                 ("DATE", "2025-01", True), id="next-january"),
    pytest.param("rel_unit", {"rel": "last", "unit": "week"}, "past", DCT,
                 ("DATE", "2024-W04", True), id="last-week"),
    pytest.param("rel_unit", {"the": "the", "rel": "past", "unit": "year"}, "past", DCT,
                 ("DURATION", "P1Y", False), id="the-past-year-is-a-span"),
    pytest.param("rel_unit", {"rel": "last", "unit": "month"}, "past", None,
                 ("DATE", "XXXX-XX", False), id="last-month-no-dct"),
    pytest.param("rel_unit", {"rel": "last", "unit": "weekend"}, "past", DCT,
                 ("DATE", "2024-W04-WE", True), id="last-weekend"),
    pytest.param("end_of", {"mod": "end of", "rel": "the", "unit": "month"}, "past", DCT,
                 ("DATE", "2024-02", True), id="end-of-the-month"),
    pytest.param("fuzzy", {"fuzzy": "The Present"}, "present", DCT,
                 ("DATE", "PRESENT_REF", False), id="the-present"),
])
def test_normalize_rule(rule: str, groups: dict, tense: str | None, dct: date | None,
                        expected: tuple | None) -> None:
    assert value_of(rule, groups, context(tense, dct)) == expected
