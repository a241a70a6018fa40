"""The Python API: chronicle.extract() for one text, chronicle.extract_many() for a stream."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from chronicle.pipeline import analyse, load_nlp
from chronicle.reading import Article, Metadata, article_from_text, read_paths
from chronicle.reading.checks import MAX_CHARS, normalize_published
from chronicle.record import Record, doc_to_record


def extract(text: str, *, published: str | None = None, title: str | None = None,
            outlet: str | None = None, url: str | None = None, id: str | None = None,  # noqa: A002
            actor_files: Iterable[str | Path] = (),
            event_files: Iterable[str | Path] = (),
            place_files: Iterable[str | Path] = ()) -> Record:
    """The record of one article given as a string (rejected, never raised, on bad input)."""
    warnings: list[str] = []
    meta = Metadata(id=id, title=title, outlet=outlet, url=url,
                    published=normalize_published(published, warnings))
    article = article_from_text(text, meta=meta)
    article.warnings[:0] = warnings
    return next(extract_many([article], actor_files=actor_files, event_files=event_files,
                             place_files=place_files))


def extract_many(items: Iterable[Article | str | Path], *,
                 actor_files: Iterable[str | Path] = (),
                 event_files: Iterable[str | Path] = (), defaults: Metadata | None = None,
                 max_chars: int = MAX_CHARS, place_files: Iterable[str | Path] = ()
                 ) -> Iterator[Record]:
    """Records for Articles, or for paths (files and folders), streamed in input order.

    `actor_files`, `event_files` and `place_files` add to the actor dictionary, the trigger
    lexicon and our own gazetteer places (data/places/sites.tsv's format).
    """
    nlp = load_nlp(tuple(str(p) for p in actor_files), tuple(str(p) for p in event_files),
                   tuple(str(p) for p in place_files))
    return (doc_to_record(article, doc)
            for article, doc in analyse(articles_of(items, defaults, max_chars), nlp))


def articles_of(items: Iterable[Article | str | Path], defaults: Metadata | None,
                max_chars: int) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Article):
            yield item
        else:
            yield from read_paths([item], defaults=defaults, max_chars=max_chars)
