"""Finding the few tokens with given lemmas without walking the Doc in Python: several coding
passes look for a handful of verbs ("ask", "avoid", "alter"), and a Python loop over every
token of every document is what the event stage's time goes on."""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token


def with_lemmas(doc: Doc, lemmas: Iterable[str]) -> list[Token]:
    """The tokens whose lemma (as the lemmatizer gives it, or lower-cased) is one of `lemmas`,
    in text order."""
    wanted = set()
    for lemma in lemmas:
        wanted.add(doc.vocab.strings.add(lemma))
        wanted.add(doc.vocab.strings.add(lemma.capitalize()))
    if not wanted or not len(doc):
        return []
    found = numpy.isin(doc.to_array([LEMMA]).astype("uint64"),
                       numpy.fromiter(wanted, dtype="uint64", count=len(wanted)))
    return [doc[int(i)] for i in numpy.flatnonzero(found)]
