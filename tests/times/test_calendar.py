"""Calendar arithmetic of the time stage: ISO weeks, weekdays and years the tense points to."""

from __future__ import annotations

from datetime import date

import pytest

from chronicle.times import calendar as cal

FRIDAY = date(2024, 2, 2)  # the DCT most tests use: Friday, ISO week 2024-W05
MON, TUE, WED, THU, FRI, SAT, SUN = range(1, 8)


@pytest.mark.parametrize("day, week", [
    pytest.param(date(2024, 2, 2), "2024-W05", id="mid-year"),
    pytest.param(date(2024, 1, 1), "2024-W01", id="monday-jan-1"),
    pytest.param(date(2021, 1, 1), "2020-W53", id="jan-1-in-last-year-week-53"),
    pytest.param(date(2023, 1, 1), "2022-W52", id="sunday-jan-1-in-last-year"),
    pytest.param(date(2024, 12, 30), "2025-W01", id="dec-30-in-next-year"),
])
def test_calendar_week_value_is_iso_week(day: date, week: str) -> None:
    assert cal.week_value(day) == week


@pytest.mark.parametrize("weekday, tense, relative, expected", [
    # the DCT's own weekday is the DCT whatever the tense
    pytest.param(FRI, "past", None, date(2024, 2, 2), id="own-weekday-past"),
    pytest.param(FRI, "future", None, date(2024, 2, 2), id="own-weekday-future"),
    pytest.param(FRI, None, None, date(2024, 2, 2), id="own-weekday-no-tense"),
    # anything but the future looks back
    pytest.param(TUE, "past", None, date(2024, 1, 30), id="past-looks-back"),
    pytest.param(SAT, "past", None, date(2024, 1, 27), id="past-saturday-last-week"),
    pytest.param(TUE, "present", None, date(2024, 1, 30), id="present-looks-back"),
    pytest.param(TUE, None, None, date(2024, 1, 30), id="no-tense-looks-back"),
    # the future looks ahead
    pytest.param(MON, "future", None, date(2024, 2, 5), id="future-looks-ahead"),
    pytest.param(THU, "future", None, date(2024, 2, 8), id="future-thursday-next-week"),
    # "last" and "next" never mean the DCT itself
    pytest.param(FRI, "past", -1, date(2024, 1, 26), id="last-friday-on-a-friday"),
    pytest.param(WED, "past", -1, date(2024, 1, 31), id="last-wednesday"),
    pytest.param(THU, "future", -1, date(2024, 2, 1), id="last-overrides-future-tense"),
    pytest.param(FRI, "future", +1, date(2024, 2, 9), id="next-friday-on-a-friday"),
    pytest.param(MON, "past", +1, date(2024, 2, 5), id="next-overrides-past-tense"),
    # "this" is the day of the DCT's ISO week
    pytest.param(MON, "past", 0, date(2024, 1, 29), id="this-monday"),
    pytest.param(SUN, "past", 0, date(2024, 2, 4), id="this-sunday"),
])
def test_calendar_weekday_near(weekday: int, tense: str | None, relative: int | None,
                               expected: date) -> None:
    got = cal.weekday_near(FRIDAY, weekday, tense, relative)
    assert got == expected
    assert got.isoweekday() == weekday


def test_calendar_weekday_near_crosses_the_year() -> None:
    new_year = date(2024, 1, 1)  # a Monday
    assert cal.weekday_near(new_year, FRI, "past", None) == date(2023, 12, 29)
    assert cal.weekday_near(date(2023, 12, 29), TUE, "future", None) == date(2024, 1, 2)


@pytest.mark.parametrize("month, day, tense, year", [
    # month and day: the last occurrence in past tense...
    pytest.param(12, 28, "past", 2023, id="past-december-is-last-year"),
    pytest.param(1, 15, "past", 2024, id="past-january-is-this-year"),
    pytest.param(2, 2, "past", 2024, id="past-the-dct-itself"),
    pytest.param(3, 25, "past", 2023, id="past-beyond-45-days-is-last-year"),
    # ...unless it lies only weeks ahead ("set Feb. 20 as the deadline")
    pytest.param(2, 20, "past", 2024, id="past-soon-ahead-is-taken"),
    pytest.param(3, 10, "past", 2024, id="past-37-days-ahead-is-taken"),
    pytest.param(3, 10, None, 2024, id="no-tense-soon-ahead"),
    pytest.param(12, 28, None, 2023, id="no-tense-recent-past"),
    # future tense goes ahead
    pytest.param(1, 15, "future", 2025, id="future-passed-day-is-next-year"),
    pytest.param(6, 1, "future", 2024, id="future-later-this-year"),
    pytest.param(2, 2, "future", 2024, id="future-the-dct-itself"),
    # a month alone: the DCT's month is this year's, past before it, future after it
    pytest.param(2, None, "past", 2024, id="month-own-month-past"),
    pytest.param(2, None, "future", 2024, id="month-own-month-future"),
    pytest.param(1, None, "past", 2024, id="month-past-earlier-this-year"),
    pytest.param(11, None, "past", 2023, id="month-past-later-month-is-last-year"),
    pytest.param(11, None, "future", 2024, id="month-future-later-this-year"),
    pytest.param(1, None, "future", 2025, id="month-future-earlier-month-is-next-year"),
    pytest.param(3, None, None, 2024, id="month-no-tense-soon"),
    pytest.param(7, None, None, 2023, id="month-no-tense-far-looks-back"),
])
def test_calendar_nearest_year(month: int, day: int | None, tense: str | None, year: int) -> None:
    assert cal.nearest_year(FRIDAY, month, day, tense) == year


def test_calendar_nearest_year_skips_years_without_the_day() -> None:
    # Feb. 29 said in March 2025 is the leap day of 2024, not a 2025 date that does not exist
    assert cal.nearest_year(date(2025, 3, 10), 2, 29, "past") == 2024


@pytest.mark.parametrize("year, month, n, expected", [
    pytest.param(2024, 2, -1, (2024, 1), id="back-within-year"),
    pytest.param(2024, 1, -1, (2023, 12), id="back-across-year"),
    pytest.param(2023, 12, 1, (2024, 1), id="ahead-across-year"),
    pytest.param(2024, 3, -15, (2022, 12), id="back-more-than-a-year"),
    pytest.param(2024, 11, 14, (2026, 1), id="ahead-more-than-a-year"),
    pytest.param(2024, 5, 0, (2024, 5), id="no-shift"),
])
def test_calendar_shift_month(year: int, month: int, n: int, expected: tuple[int, int]) -> None:
    assert cal.shift_month(year, month, n) == expected


@pytest.mark.parametrize("year, quarter, n, expected", [
    pytest.param(2024, 2, -1, (2024, 1), id="back-within-year"),
    pytest.param(2024, 1, -1, (2023, 4), id="back-across-year"),
    pytest.param(2023, 4, 1, (2024, 1), id="ahead-across-year"),
    pytest.param(2024, 2, -9, (2022, 1), id="back-more-than-two-years"),
    pytest.param(2024, 3, 6, (2026, 1), id="ahead-more-than-a-year"),
])
def test_calendar_shift_quarter(year: int, quarter: int, n: int,
                                expected: tuple[int, int]) -> None:
    assert cal.shift_quarter(year, quarter, n) == expected


@pytest.mark.parametrize("day, expected", [
    pytest.param(date(2024, 1, 31), (2024, 1), id="january"),
    pytest.param(date(2024, 3, 31), (2024, 1), id="end-of-march"),
    pytest.param(date(2024, 4, 1), (2024, 2), id="april"),
    pytest.param(date(2024, 12, 31), (2024, 4), id="december"),
])
def test_calendar_quarter_of(day: date, expected: tuple[int, int]) -> None:
    assert cal.quarter_of(day) == expected


@pytest.mark.parametrize("day, expected", [
    pytest.param(date(2023, 12, 5), (2024, "WI"), id="december-is-next-years-winter"),
    pytest.param(date(2024, 1, 20), (2024, "WI"), id="january-winter"),
    pytest.param(date(2024, 3, 1), (2024, "SP"), id="march-spring"),
    pytest.param(date(2024, 7, 4), (2024, "SU"), id="july-summer"),
    pytest.param(date(2024, 11, 30), (2024, "FA"), id="november-fall"),
])
def test_calendar_season_of(day: date, expected: tuple[int, str]) -> None:
    assert cal.season_of(day) == expected


def test_calendar_value_formats_and_safe_date() -> None:
    assert cal.day_value(date(2024, 2, 2)) == "2024-02-02"
    assert cal.month_value(2024, 2) == "2024-02"
    assert cal.month_value(987, 11) == "0987-11"
    assert cal.safe_date(2024, 2, 29) == date(2024, 2, 29)
    assert cal.safe_date(2023, 2, 29) is None
    assert cal.safe_date(2024, 13, 1) is None
