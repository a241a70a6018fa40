"""Runs of capitalised words that may be names, over a Doc's tokens listed once.

Particles join the parts of transliterated names ("Deir ez-Zor", "Jabal al Akhdar", "Pul-i
Khumri", "Gulf of Aden"); a headline's capitalised function words ("Strike On Kryvyi Rih")
join nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

# Lower-case words inside names: articles and kinship words of Arabic names, European
# particles, "of" between capitals ("Gulf of Aden").
# ("i" and "e" join Persian names: "Pul-i-Khumri", "Pul-e Khumri")
PARTICLES = frozenset("al el il ez ed es ash as ad ar at az an adh ath bin ibn i e "
                      "de del da di la le du des au aux sur van von of".split())
FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PART", "PRON", "AUX"})
ENGLISH_PARTICLES = frozenset({"at", "as", "an", "ad", "of", "el"})
DIRECTIONS = frozenset("north south east west northern southern eastern western central "
                       "northeast northwest southeast southwest northeastern northwestern "
                       "southeastern southwestern north-east north-west south-east "
                       "south-west north-eastern north-western south-eastern south-western "
                       "upper lower greater".split())


def capital(tok: Token) -> bool:
    """A capitalised word that may be part of a name (not a sentence's first common word)."""
    if not tok.text[:1].isupper():
        return False
    if tok.is_stop and not tok.is_upper and tok.pos_ in FUNCTION_POS:
        return False  # "Strike On Kryvyi Rih Kills Nine": a headline's "On" joins no name
    return not tok.is_sent_start or tok.pos_ == "PROPN"


def joins(doc: Sequence[Token], j: int) -> bool:
    """A lower-case particle inside a name: "Deir ez-Zor", "Jabal al Akhdar", "Gulf of
    Aden"; the English words among them only before a hyphen ("at-Tanf", not "Yemen at
    Eilat") or, for "of", between capitals."""
    t = doc[j]
    if t.lower_ not in PARTICLES or j + 1 >= len(doc):
        return False
    nxt = doc[j + 1]
    if t.lower_ in ENGLISH_PARTICLES:
        if t.lower_ == "of":
            return nxt.text[:1].isupper() and capital(doc[j - 1])
        return nxt.text == "-" and not t.whitespace_
    return nxt.text[:1].isupper() or nxt.text == "-"


def chunks(doc: Sequence[Token]) -> list[tuple[int, int]]:
    """Runs of capitalised words, with the particles and hyphens inside names (over a Doc's
    tokens listed once: indexing a Doc builds a Token each time)."""
    out, i, n = [], 0, len(doc)
    while i < n:
        tok = doc[i]
        starts = capital(tok) or (tok.lower_ in PARTICLES and i + 2 < n
                                   and doc[i + 1].text == "-" and doc[i + 2].text[:1].isupper())
        if not starts or tok.lower_ in ("of",):
            i += 1
            continue
        j = i + 1
        while j < n and not doc[j].is_sent_start:
            t = doc[j]
            if capital(t) or (t.like_num and capital(doc[j - 1])):
                j += 1
            elif t.text == "-" and not doc[j - 1].whitespace_ and j + 1 < n \
                    and (doc[j + 1].text[:1].isupper() or doc[j + 1].lower_ in PARTICLES):
                j += 1
            elif joins(doc, j):
                j += 1
            else:
                break
        out.append((i, j))
        i = j
    return out


def gap_ok(first: Token, last: Token) -> bool:
    """A name does not start or end with a hyphen or a particle ("Aita al" is no name)."""
    return first.text != "-" and last.text != "-" and last.lower_ not in PARTICLES \
        and first.lower_ != "of"
