"""The time stage's vocabulary (data/times/vocabulary.tsv): words and what they contribute."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from chronicle.datafiles import read_tsv
from chronicle.errors import DataFileError, Errors

KINDS = frozenset({
    "month", "weekday", "number", "ordinal", "unit", "part_of_day", "season", "fuzzy", "set",
    "deictic_day", "clock_word", "relative", "modifier", "holiday",
})


def vocabulary_path() -> Path:
    return Path(str(resources.files("chronicle") / "data" / "times" / "vocabulary.tsv"))


@dataclass
class TimeVocabulary:
    """kind -> {lower-cased word or phrase: value}."""

    words: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))

    def value(self, kind: str, word: str) -> str | None:
        return self.words[kind].get(normal(word))

    def alternation(self, kind: str, names: bool = False) -> str:
        """A regex alternation of the kind's words, longest first, spaces as any white space.

        For `names` (months, weekdays) a word is an abbreviation when a longer word has the
        same value ("jan" for "january"); it needs a full stop ("Jan.", "Wed.") unless it has
        four letters or more ("Sept", "Thurs"), because "Jan" and "Sun" alone are likelier
        names of people and newspapers.
        """
        longest: dict[str, int] = {}
        for word, value in self.words[kind].items():
            longest[value] = max(longest.get(value, 0), len(word))
        parts = []
        for word in sorted(self.words[kind], key=len, reverse=True):
            pattern = r"\s+".join(re.escape(w) for w in word.split())
            if names and len(word) < longest[self.words[kind][word]]:
                pattern += r"\.?" if len(word) >= 4 else r"\."
            parts.append(pattern)
        return "(?:" + "|".join(parts) + ")"


def normal(word: str) -> str:
    return " ".join(word.lower().rstrip(".").split())


def read_vocabulary(path: Path) -> TimeVocabulary:
    vocabulary = TimeVocabulary()
    for line, row in read_tsv(path, ("kind", "word", "value")):
        if row["kind"] not in KINDS:
            raise DataFileError(Errors.E101, path=path, line=line,
                                detail=f"unknown kind {row['kind']!r}; one of {sorted(KINDS)}")
        vocabulary.words[row["kind"]][normal(row["word"])] = row["value"]
    return vocabulary


@lru_cache(maxsize=1)
def load_vocabulary() -> TimeVocabulary:
    return read_vocabulary(vocabulary_path())
