"""The reader's output: one article's text and metadata, or the reason it was refused."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(slots=True)
class Article:
    """One input document as the pipeline sees it.

    `text` is exactly what will be analysed; every offset in the record points into it.
    An article with `error` set is rejected: it skips analysis but still yields a record.
    """

    id: str
    text: str
    source: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    language: str = "en"
    warnings: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()
