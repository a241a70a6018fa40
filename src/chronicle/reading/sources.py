"""Turn paths (files, folders) and in-memory texts into a stream of Articles."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from chronicle.errors import Errors
from chronicle.reading.article import Article
from chronicle.reading.checks import MAX_CHARS, check_text
from chronicle.reading.html import read_html_file
from chronicle.reading.jsonl import read_jsonl_file
from chronicle.reading.metadata import Metadata
from chronicle.reading.text import read_text_file

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
# Files a folder may hold that are not articles themselves.
COMPANION_SUFFIXES = (".meta.json",)


def read_paths(
    paths: Iterable[str | Path], *, defaults: Metadata | None = None, max_chars: int = MAX_CHARS
) -> Iterator[Article]:
    """Every article under `paths`, in a stable order; folders are walked recursively."""
    defaults = defaults or Metadata()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name.startswith(".") or child.name.endswith(COMPANION_SUFFIXES):
                    continue
                yield from read_file(child, defaults, max_chars=max_chars)
        else:
            yield from read_file(path, defaults, max_chars=max_chars)


def read_file(path: Path, defaults: Metadata, *, max_chars: int) -> Iterator[Article]:
    """The articles of one file; an unexpected failure becomes one rejected Article."""
    count = 0
    try:
        for article in dispatch_file(path, defaults, max_chars=max_chars):
            count += 1
            yield article
    except Exception as e:  # noqa: BLE001 - a reader bug must not end the batch unseen
        yield Article(id=f"{path.stem}-{count + 1}", text="", source=str(path),
                      error=Errors.E008.format(detail=f"{type(e).__name__}: {e}"))


def dispatch_file(path: Path, defaults: Metadata, *, max_chars: int) -> Iterator[Article]:
    suffix = path.suffix.lower()
    if not path.exists():
        yield Article(
            id=path.stem, text="", source=str(path),
            error=Errors.E008.format(detail=f"{path}: no such file"),
        )
    elif suffix in JSONL_SUFFIXES:
        yield from read_jsonl_file(path, defaults, max_chars=max_chars)
    elif suffix in HTML_SUFFIXES:
        yield read_html_file(path, defaults, max_chars=max_chars)
    elif suffix in TEXT_SUFFIXES or suffix == "":
        yield read_text_file(path, defaults, max_chars=max_chars)
    else:
        yield Article(
            id=path.stem, text="", source=str(path),
            error=Errors.E009.format(suffix=suffix or "(none)"),
        )


def article_from_text(
    text: str, *, meta: Metadata, source: str = "<text>", max_chars: int = MAX_CHARS
) -> Article:
    """An Article from an in-memory string (the Python API's entry point)."""
    from chronicle.errors import InputError

    warnings: list[str] = []
    article = Article(id=meta.id or "text", text="", source=source, warnings=warnings)
    article.title, article.outlet, article.url = meta.title, meta.outlet, meta.url
    article.published = meta.published
    try:
        article.text = check_text(text, max_chars=max_chars)
    except InputError as e:
        article.error = e.message
    return article
