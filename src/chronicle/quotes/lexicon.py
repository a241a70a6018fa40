"""The quote stage's cue verbs (data/speech/cue_verbs.tsv)."""

from __future__ import annotations

from functools import lru_cache

from chronicle.datafiles import read_tsv, read_words, speech_dir
from chronicle.errors import DataFileError, Errors

KINDS = frozenset({"speech", "belief", "intention", "stance", "finding", "quote"})


@lru_cache(maxsize=1)
def cue_verbs() -> dict[str, str]:
    """lemma -> its kind (speech, belief, intention, stance, finding, quote)."""
    path = speech_dir() / "cue_verbs.tsv"
    cues = {}
    for line, row in read_tsv(path, ("lemma", "kind")):
        if row["kind"] not in KINDS:
            raise DataFileError(Errors.E101, path=path, line=line,
                                detail=f"kind must be one of {sorted(KINDS)}")
        cues[row["lemma"].lower()] = row["kind"]
    return cues


@lru_cache(maxsize=1)
def cue_nouns() -> frozenset[str]:
    """Nouns that attribute a claim ("Trump's claim that ...")."""
    return read_words(speech_dir() / "cue_nouns.tsv", "lemma")
