"""Plain-text files, with metadata from a NAME.meta.json sidecar when there is one."""

from __future__ import annotations

import json
from pathlib import Path

from chronicle.errors import Errors, InputError
from chronicle.reading.article import Article
from chronicle.reading.checks import check_text, decode_bytes
from chronicle.reading.metadata import Metadata, metadata_from_mapping


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + ".meta.json")


def read_sidecar(path: Path, warnings: list[str]) -> Metadata:
    meta_path = sidecar_path(path)
    if not meta_path.exists():
        return Metadata()
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(Errors.E010, detail=f"{meta_path.name}: {e}") from e
    if not isinstance(data, dict):
        raise InputError(Errors.E010, detail=f"{meta_path.name}: not a JSON object")
    return metadata_from_mapping(data, warnings)


def read_text_file(path: Path, defaults: Metadata, *, max_chars: int) -> Article:
    """Read one .txt file; problems become a rejected Article, never an exception."""
    warnings: list[str] = []
    article = Article(id=path.stem, text="", source=str(path), warnings=warnings)
    try:
        meta = defaults.merged_over(read_sidecar(path, warnings))
        apply_metadata(article, meta)
        article.text = check_text(decode_bytes(read_bytes(path), warnings), max_chars=max_chars)
    except InputError as e:
        article.error = e.message
    return article


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise InputError(Errors.E008, detail=f"{path}: {e.strerror or e}") from e


def apply_metadata(article: Article, meta: Metadata) -> None:
    article.id = meta.id or article.id
    article.title = meta.title
    article.outlet = meta.outlet
    article.url = meta.url
    article.published = meta.published
