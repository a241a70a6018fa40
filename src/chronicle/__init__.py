"""chronicle: news reports in, a sourced, time-anchored event ledger out."""

from chronicle.api import extract, extract_many
from chronicle.record import Record

__version__ = "0.1.0"
__all__ = ["Record", "__version__", "extract", "extract_many"]
