"""Finding the few tokens with given lemmas without making a Token of every word: several
coding passes look for a handful of verbs ("ask", "avoid", "alter"), and making Token objects
is what the event stage's time goes on. The lemma ids are read once per Doc."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token


def with_lemmas(doc: Doc, lemmas: Iterable[str]) -> list[Token]:
    """The tokens whose lemma (as the lemmatizer gives it, capitalised or in capitals) is one of
    `lemmas`, in text order."""
    wanted = lemma_ids(frozenset(lemmas))
    return [doc[i] for i, lemma in enumerate(doc_lemma_ids(doc)) if lemma in wanted]


LEMMA_CACHE = "chronicle_lemma_ids"


def doc_lemma_ids(doc: Doc) -> list[int]:
    """The Doc's lemma ids, read once (the parse does not change after the pipeline's parser)."""
    ids = doc.user_data.get(LEMMA_CACHE)
    if ids is None or len(ids) != len(doc):
        ids = doc.to_array([LEMMA]).tolist()
        doc.user_data[LEMMA_CACHE] = ids
    return ids


@lru_cache(maxsize=64)
def lemma_ids(lemmas: frozenset[str]) -> frozenset[int]:
    """The string ids of the lemmas, capitalised and in capitals (ids are the same in every
    vocabulary: a hash of the string)."""
    return frozenset(get_string_id(form) for lemma in lemmas
                     for form in (lemma, lemma.capitalize(), lemma.upper()))


class SentenceIndex:
    """Sentence bounds by token, found once: `Token.sent` walks the Doc each time it is read."""

    def __init__(self, doc: Doc) -> None:
        bounds = [(s.start, s.end) for s in doc.sents]
        self.starts = [a for a, _ in bounds]
        self.bounds = bounds

    def span(self, i: int) -> tuple[int, int]:
        return self.bounds[bisect_right(self.starts, i) - 1]

