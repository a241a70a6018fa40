"""An attribution as the quote stage finds it: who (source) says (cue) what (content)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Attribution:
    """Token spans [start, end) of one attribution; the record turns them into characters.

    `speaker` is the actor the source resolves to (None when the actor stage knows no actor
    there); `kind` is "direct" (all of the content in quotation marks), "mixed" (part of it)
    or "indirect". `asserts` says whether the content is something the source claims ("said
    that the strike killed 16") rather than what it takes a stand on ("condemned the strike"):
    only claims make the source the asserter of events told in them.
    """

    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    speaker: str | None
    kind: str
    asserts: bool = True  # the content is a claim (a clause or a quotation), not a stance's object
