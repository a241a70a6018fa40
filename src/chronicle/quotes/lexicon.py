"""The quote stage's cue verbs (data/speech/cue_verbs.tsv)."""

from __future__ import annotations

from functools import lru_cache

from chronicle.datafiles import read_tsv, speech_dir
from chronicle.errors import DataFileError, Errors

KINDS = frozenset({"speech", "belief", "intention"})


@lru_cache(maxsize=1)
def cue_verbs() -> dict[str, str]:
    """lemma -> speech, belief or intention."""
    path = speech_dir() / "cue_verbs.tsv"
    cues = {}
    for line, row in read_tsv(path, ("lemma", "kind")):
        if row["kind"] not in KINDS:
            raise DataFileError(Errors.E101, path=path, line=line,
                                detail=f"kind must be one of {sorted(KINDS)}")
        cues[row["lemma"].lower()] = row["kind"]
    return cues
