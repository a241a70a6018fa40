"""JSON Lines: one article per line, {"id", "text" or "html", "published", "title", ...}."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from chronicle.errors import Errors, InputError
from chronicle.reading.article import Article
from chronicle.reading.checks import check_text, decode_utf8, describe_binary, looks_binary
from chronicle.reading.html import extract_html
from chronicle.reading.metadata import Metadata, metadata_from_mapping
from chronicle.reading.text import apply_metadata, read_bytes


def read_jsonl_file(path: Path, defaults: Metadata, *, max_chars: int) -> Iterator[Article]:
    """Yield one Article per non-blank line; a bad line is a rejected Article, not a stop."""
    warnings: list[str] = []
    try:
        data = read_bytes(path)
        if looks_binary(data) and not some_line_is_json(data):
            raise InputError(Errors.E002, detail=describe_binary(data))
        content = decode_utf8(data, warnings)  # a bad byte spoils its line, not the file
    except InputError as e:
        yield Article(id=path.stem, text="", source=str(path), error=e.message)
        return
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        yield read_json_line(
            line, source=f"{path}:{number}", fallback_id=f"{path.stem}-{number}",
            defaults=defaults, max_chars=max_chars, warnings=list(warnings),
        )


def some_line_is_json(data: bytes, *, lines: int = 20) -> bool:
    """Whether any of the first non-blank lines parses: JSONL with a bad line, not a binary."""
    tried = 0
    for line in data.splitlines():
        if not line.strip():
            continue
        try:
            json.loads(line)
            return True
        except (ValueError, UnicodeDecodeError):
            tried += 1
            if tried >= lines:
                break
    return False


def read_json_line(
    line: str, *, source: str, fallback_id: str, defaults: Metadata, max_chars: int,
    warnings: list[str],
) -> Article:
    article = Article(id=fallback_id, text="", source=source, warnings=warnings)
    try:
        try:
            data = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(Errors.E006, detail=str(e)) from e
        if not isinstance(data, dict):
            raise InputError(Errors.E006, detail=f"expected an object, got {type(data).__name__}")
        meta = defaults.merged_over(metadata_from_mapping(data, warnings))
        text = data.get("text")
        if isinstance(text, str):
            apply_metadata(article, meta)
        elif isinstance(data.get("html"), str):
            text, page_meta = extract_html(data["html"], warnings)
            apply_metadata(article, meta.merged_over(page_meta))
        else:
            apply_metadata(article, meta)
            raise InputError(Errors.E007)
        article.id = article.id or fallback_id
        article.text = check_text(text, max_chars=max_chars)
    except InputError as e:
        article.error = e.message
    return article
