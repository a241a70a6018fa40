"""The time stage: TIMEX3 recognition and normalization against the publication date."""

from chronicle.times.model import Timex

__all__ = ["Timex"]
