"""Border phrases: "the Syria-Jordan border", "the Syrian-Jordanian border", "the border
between X and Y", "Jordan's border with Syria and Iraq", "the Syrian border". Where their pin
goes is borders.py's business; "border guards" and "border forces" are people."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Token

from chronicle.places.lexicon import PlaceLexicon
from chronicle.places.names import fold

BORDER_PEOPLE = frozenset({"forces", "guards", "guard", "police", "troops", "patrol",
                           "patrols", "security", "officials", "agents", "agency", "force"})
BORDER_WORDS = frozenset({"border", "borders", "frontier", "boundary", "borderlands"})


def country_word(tok: Token, lex: PlaceLexicon) -> str | None:
    """The state a name or demonym stands for ("Syria", "Syrian" -> SYR)."""
    key = fold(tok.text)
    return lex.country_words.get(key) or lex.demonyms.get(key)


def border_phrases(toks: Sequence[Token], lex: PlaceLexicon
                   ) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """(start, end, ISO3 codes of the countries named: one to three) for each phrase."""
    for tok in toks:
        if tok.lower_ not in BORDER_WORDS or (
                tok.i + 1 < len(toks) and toks[tok.i + 1].lower_ in BORDER_PEOPLE):
            continue  # "border forces" are people, not a place
        start, pair = _before(toks, tok.i, lex)
        end = tok.i + 1
        after, after_end = _after(toks, tok.i, lex)
        if after:
            pair = [*pair, *after][:3]
            end = after_end
        pair = list(dict.fromkeys(pair))  # "Jordan's border with Syria and Iraq": 3
        if pair:
            yield start, end, tuple(pair)


def _before(toks: Sequence[Token], i: int, lex: PlaceLexicon) -> tuple[int, list[str]]:
    """"the Syria-Jordan border", "Jordan's border": the countries named before it."""
    pair, j = [], i - 1
    while j >= 0 and len(pair) < 2:
        tok = toks[j]
        code = country_word(tok, lex)
        if code:
            pair.insert(0, code)
            j -= 1
            if j >= 0 and toks[j].text in ("-", "–", "/", "and"):
                j -= 1
                continue
            break
        if tok.text in ("'s", "’s"):
            j -= 1
            continue
        break
    return (j + 1, pair) if pair else (i, [])


def _after(toks: Sequence[Token], i: int, lex: PlaceLexicon) -> tuple[list[str], int]:
    """"border with Syria", "border between Syria and Jordan"."""
    if i + 2 >= len(toks) or toks[i + 1].lower_ not in ("with", "between", "of"):
        return [], i + 1
    out, j = [], i + 2
    while j < len(toks) and len(out) < 2:
        if toks[j].lower_ in ("the", "and"):
            j += 1
            continue
        code = country_word(toks[j], lex)
        if not code:
            break
        out.append(code)
        j += 1
    return out, (j if out else i + 1)
