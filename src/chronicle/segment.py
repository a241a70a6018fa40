"""Line breaks that end sentences, set before the parser runs.

The small English parser reads "Iran: US strikes on Iraq, Syria 'strategic mistake'\\nIran has
strongly condemned ..." as one sentence, so the headline's words become the body's subject. A
blank line always ends a sentence; a single line break ends one after closing punctuation, or
anywhere in a text whose paragraphs are long lines (a headline, a byline, a caption). In a
hard-wrapped text (every line short, "announced\\non Friday that ...") a single break inside a
sentence is only layout and is left alone.
"""

from __future__ import annotations

import statistics

from spacy.language import Language
from spacy.tokens import Doc

CLOSING = set(".!?:;\"'”’)]")
# a text whose lines are at most this long on the median is taken as hard-wrapped
WRAP_WIDTH = 90


@Language.component("chronicle_lines", retokenizes=False)
def mark_line_breaks(doc: Doc) -> Doc:
    lines = [ln for ln in doc.text.split("\n") if ln.strip()]
    wrapped = len(lines) > 2 and statistics.median(len(ln) for ln in lines) <= WRAP_WIDTH
    for token in doc[1:]:
        before = doc[token.i - 1]
        gap = before.whitespace_ + (before.text if before.is_space else "")
        if "\n" not in gap or token.is_space:
            continue
        previous = doc[token.i - 2] if before.is_space and token.i >= 2 else before
        if gap.count("\n") >= 2 or previous.text[-1:] in CLOSING or not wrapped:
            token.is_sent_start = True
    return doc
