"""A time expression as the time stage finds it: a TIMEX3 with its anchored value."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Timex:
    """One TIMEX3. Token offsets [start, end) into the Doc; characters for the record.

    `value` follows TimeML: "2024-01-30", "2024-W04", "2020", "P19Y", "2024-01-30TNI",
    "PRESENT_REF", with X placeholders where the text or a missing DCT leaves digits open.
    `precision` says how much of the calendar the value pins down (day, week, month, quarter,
    year, decade, century) so events dated by it can say how sure their date is.
    """

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    type: str  # DATE, TIME, DURATION or SET
    value: str | None
    precision: str | None = None
    anchored: bool = False  # the value was computed from the DCT, not read off the text
