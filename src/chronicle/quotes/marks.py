"""Quotation marks: where direct speech starts and ends.

Curly and straight double quotes and guillemets; single curly quotes when a text uses no
double ones (British style), as long as the closing one is not an apostrophe. A quotation
left open at the end of a paragraph closes there; when the next paragraph opens with a mark,
the quotation goes on (wire style for quotes over several paragraphs), and the pieces are
marked as one. Unbalanced marks never raise: they just end at the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# any double closing mark closes any double opening mark: "“...," mixed styles are common
DOUBLE_CLOSERS = "”\"“"
OPENERS = {"“": DOUBLE_CLOSERS, "«": "»", "„": DOUBLE_CLOSERS, '"': DOUBLE_CLOSERS}
SINGLE = {"‘": "’"}
PARAGRAPH = re.compile(r"\n\s*\n|\n")


@dataclass(slots=True)
class Quoted:
    start: int  # character offsets, marks included
    end: int
    continues: bool = False  # the previous piece's quotation goes on in this paragraph


def quotation_spans(text: str) -> list[Quoted]:
    openers = dict(OPENERS)
    if not any(mark in text for mark in "“”\"«»"):
        openers.update(SINGLE)
    spans: list[Quoted] = []
    position, open_at, closer, continues = 0, -1, "", False
    paragraph_ends = [m.start() for m in PARAGRAPH.finditer(text)] + [len(text)]
    next_break = iter(paragraph_ends)
    boundary = next(next_break)
    while position < len(text):
        char = text[position]
        while position >= boundary:
            if open_at >= 0:  # open at the end of a paragraph: close it there
                spans.append(Quoted(open_at, boundary, continues))
                following = text[boundary:].lstrip()
                continues = bool(following) and following[0] in openers
                open_at = -1
            else:
                continues = False
            boundary = next(next_break, len(text) + 1)
        if open_at < 0 and char in openers and opens(text, position):
            open_at, closer = position, openers[char]
        elif open_at >= 0 and char in closer and position > open_at and closes(text, position):
            spans.append(Quoted(open_at, position + 1, continues))
            open_at, continues = -1, False
        position += 1
    if open_at >= 0:
        spans.append(Quoted(open_at, len(text), continues))
    return spans


def opens(text: str, i: int) -> bool:
    """An opening mark starts a word: nothing or space or a bracket before, no space after."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:") and not after.isspace() \
        or text[i] in "“«„‘"


def closes(text: str, i: int) -> bool:
    """A closing single mark followed by a letter is an apostrophe ("Iraq’s")."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return not (text[i] == "’" and after.isalpha())
