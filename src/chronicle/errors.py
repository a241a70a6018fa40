"""Coded errors and warnings. Every message the pipeline emits lives here.

A rejected article carries one of these codes in its record (`error` is "E### message"), so a
user can count and filter failures without parsing prose.
"""

from __future__ import annotations

from enum import StrEnum


class Errors(StrEnum):
    """Reasons an input is rejected or a data file refused."""

    E001 = "empty input: no text after decoding and stripping white space"
    E002 = "binary input: {detail}"
    E003 = "input too large: {size} characters, the limit is {limit}"
    E004 = "not English: {detail}"
    E005 = "malformed HTML: {detail}"
    E006 = "malformed JSON line: {detail}"
    E007 = "JSON line has no 'text' or 'html' field"
    E008 = "unreadable file: {detail}"
    E009 = "unsupported file type: {suffix}"
    E010 = "bad metadata: {detail}"
    E011 = "processing failed: {detail}"
    E101 = "bad data file {path}, line {line}: {detail}"
    E102 = "duplicate actor id {id!r} in {path}, line {line} (first defined in {first})"

    def format(self, **kwargs: object) -> str:  # noqa: A003 - mirrors str.format
        return f"{self.name} {self.value.format(**kwargs)}"


class Warnings(StrEnum):
    """Conditions that let an article through but are worth telling the user."""

    W001 = "input was not valid UTF-8: {count} undecodable byte(s) replaced"
    W002 = "HTML has no date metadata; 'published' left empty"
    W003 = "text was truncated at a NUL byte"
    W004 = "metadata field {field!r} ignored: {detail}"

    def format(self, **kwargs: object) -> str:  # noqa: A003
        return f"{self.name} {self.value.format(**kwargs)}"


class ChronicleError(Exception):
    """Base class for errors the library raises on purpose."""

    def __init__(self, code: Errors, **kwargs: object) -> None:
        self.code = code
        self.message = code.format(**kwargs)
        super().__init__(self.message)


class InputError(ChronicleError):
    """An input that cannot be analysed; becomes a rejected record."""


class DataFileError(ChronicleError):
    """A data file (actor dictionary, lexicon) that does not parse or check."""
