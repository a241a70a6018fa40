"""HTML pages: title, date and main text through trafilatura."""

from __future__ import annotations

from pathlib import Path

from chronicle.errors import Errors, InputError, Warnings
from chronicle.reading.article import Article
from chronicle.reading.checks import check_text, decode_bytes, normalize_published
from chronicle.reading.metadata import Metadata
from chronicle.reading.text import apply_metadata, read_bytes


def extract_html(html: str, warnings: list[str]) -> tuple[str, Metadata]:
    """Main text and metadata of an HTML page, or InputError when there is no article in it."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    if "<" not in html:
        raise InputError(Errors.E005, detail="no markup found")
    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, favor_precision=True
        )
    except Exception as e:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(Errors.E005, detail=f"{type(e).__name__}: {e}") from e
    if doc is None or not (doc.text or "").strip():
        raise InputError(Errors.E005, detail="no main text could be extracted")
    published = normalize_published(doc.date, warnings) if doc.date else None
    if published is None:
        warnings.append(Warnings.W002.format())
    meta = Metadata(title=doc.title, outlet=doc.sitename, url=doc.url, published=published)
    return doc.text, meta


def read_html_file(path: Path, defaults: Metadata, *, max_chars: int) -> Article:
    warnings: list[str] = []
    article = Article(id=path.stem, text="", source=str(path), warnings=warnings)
    try:
        raw = decode_bytes(read_bytes(path), warnings)
        text, meta = extract_html(raw, warnings)
        apply_metadata(article, defaults.merged_over(meta))
        article.text = check_text(text, max_chars=max_chars)
    except InputError as e:
        article.error = e.message
    return article
