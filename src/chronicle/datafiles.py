"""Reading the project's tab-separated data files: a header, `#` comments, checked rows."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from chronicle.errors import DataFileError, Errors


def speech_dir() -> Path:
    """Data shared by the stages that read reported speech (data/speech)."""
    return Path(str(resources.files("chronicle") / "data" / "speech"))


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    return read_words(speech_dir() / "reporting_verbs.tsv", "lemma")


def read_words(path: Path, column: str) -> frozenset[str]:
    """A one-column word list (lower-cased)."""
    return frozenset(row[column].lower() for _, row in read_tsv(path, (column,)))


def read_tsv(path: Path, columns: tuple[str, ...]) -> Iterable[tuple[int, dict[str, str]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise DataFileError(Errors.E101, path=path, line=0, detail=str(e)) from e
    numbered = [(n, ln) for n, ln in enumerate(lines, 1) if ln.strip() and not ln.startswith("#")]
    if not numbered:
        return
    header_no, header_line = numbered[0]
    header = header_line.split("\t")
    if list(header[: len(columns)]) != list(columns):
        raise DataFileError(Errors.E101, path=path, line=header_no,
                            detail=f"header must start with {columns}")
    for row_no, line in numbered[1:]:
        values = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(values) < 1 or not values[0].strip():
            raise DataFileError(Errors.E101, path=path, line=row_no, detail="empty first column")
        values += [""] * (len(header) - len(values))
        yield row_no, {k: v.strip() for k, v in zip(header, values, strict=False)}
