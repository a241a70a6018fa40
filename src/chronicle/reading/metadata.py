"""Article metadata: where it comes from (sidecar, JSON line, CLI) and how it is cleaned."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from chronicle.reading.checks import normalize_published, optional_str


@dataclass(slots=True, frozen=True)
class Metadata:
    """Fields a caller may give for an article; None means 'not given'."""

    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None

    def merged_over(self, base: Metadata) -> Metadata:
        """This metadata with gaps filled from `base` (fields given here win)."""
        return Metadata(
            id=self.id or base.id,
            title=self.title or base.title,
            outlet=self.outlet or base.outlet,
            url=self.url or base.url,
            published=self.published or base.published,
        )


def metadata_from_mapping(data: Mapping[str, object], warnings: list[str]) -> Metadata:
    """Clean a JSON object's metadata fields, warning about (not failing on) bad values."""
    raw_id = data.get("id")
    return Metadata(
        id=str(raw_id) if raw_id not in (None, "") else None,
        title=optional_str(data.get("title"), "title", warnings),
        outlet=optional_str(data.get("outlet"), "outlet", warnings),
        url=optional_str(data.get("url"), "url", warnings),
        published=normalize_published(data.get("published"), warnings),
    )
