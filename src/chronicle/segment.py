"""Line breaks that end sentences, set before the parser runs.

The small English parser reads "Iran: US strikes on Iraq, Syria 'strategic mistake'\\nIran has
strongly condemned ..." as one sentence, so the headline's words become the body's subject. A
blank line always ends a sentence; a single line break ends one after closing punctuation, or
anywhere in a text whose lines are paragraphs (a headline, a byline, a caption). In a
hard-wrapped text (lines that run on in lower case, "announced\\non Friday that ...") a single
break inside a sentence is only layout and is left alone.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

CLOSING = set(".!?:;\"'”’)]")
CLOSING_QUOTES = {'"', "”", "’", "'"}
ENDING = {".", "!", "?", ","}
# a text where this share of line breaks run on into a lower-case word is hard-wrapped
WRAPPED_SHARE = 0.3


@Language.component("chronicle_lines", retokenizes=False)
def mark_line_breaks(doc: Doc) -> Doc:
    if doc.has_annotation("DEP"):
        return doc  # parsed already: its sentences are decided
    wrapped = is_hard_wrapped(doc.text)
    for token in doc[1:]:
        before = doc[token.i - 1]
        if token.text in CLOSING_QUOTES and before.text in ENDING and not before.whitespace_:
            # '... a firm answer."' : the quote mark closes the sentence it ends; left to the
            # parser it can open a sentence of its own, pushing the next one further away
            token.is_sent_start = False
            continue
        gap = before.whitespace_ + (before.text if before.is_space else "")
        if "\n" not in gap or token.is_space:
            continue
        previous = doc[token.i - 2] if before.is_space and token.i >= 2 else before
        if gap.count("\n") >= 2 or previous.text[-1:] in CLOSING or not wrapped:
            token.is_sent_start = True
    return doc


def is_hard_wrapped(text: str) -> bool:
    """Lines broken for layout run on mid-sentence ("announced\non Friday"); headlines,
    bylines and paragraphs start with a capital or a digit."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < 3:
        return False
    run_on = sum(1 for ln in lines[1:] if ln[0].islower())
    return run_on / (len(lines) - 1) >= WRAPPED_SHARE
