"""Run a batch of inputs to JSONL with a progress bar and a closing summary."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from tqdm import tqdm

from chronicle.api import extract_many
from chronicle.reading import Article, Metadata, read_paths
from chronicle.record import Record


@dataclass(slots=True)
class Summary:
    read: int = 0
    ok: int = 0
    rejected: int = 0
    warned: int = 0
    reasons: Counter = field(default_factory=Counter)
    rejected_sources: list[tuple[str, str]] = field(default_factory=list)

    def add(self, record: Record) -> None:
        self.read += 1
        if record.status == "ok":
            self.ok += 1
        else:
            self.rejected += 1
            code = (record.error or "E000").split(" ", 1)[0]
            self.reasons[code] += 1
            self.rejected_sources.append((record.article.source or record.article.id,
                                          record.error or ""))
        if record.warnings:
            self.warned += 1

    def lines(self) -> list[str]:
        out = [f"read {self.read}, ok {self.ok}, rejected {self.rejected}"
               f" (warnings on {self.warned})"]
        for source, error in self.rejected_sources[:20]:
            out.append(f"  rejected {source}: {error}")
        if len(self.rejected_sources) > 20:
            out.append(f"  ... and {len(self.rejected_sources) - 20} more")
        if self.reasons:
            out.append("  by reason: " + ", ".join(f"{k} x{v}" for k, v in
                                                   sorted(self.reasons.items())))
        return out


def run_batch(paths: Iterable[str | Path], out: TextIO, *, actor_files: list[str],
              defaults: Metadata, progress: bool = True, event_files: list[str] | None = None,
              on_record=None, place_files: list[str] | None = None) -> Summary:  # noqa: ANN001
    articles: list[Article] = list(read_paths(paths, defaults=defaults))
    summary = Summary()
    records = extract_many(articles, actor_files=actor_files, event_files=event_files or [],
                           place_files=place_files or [])
    bar = tqdm(records, total=len(articles), unit="article", file=sys.stderr,
               disable=not progress or None, desc="chronicle")
    for record in bar:
        out.write(json.dumps(record.to_json_dict(), ensure_ascii=False) + "\n")
        summary.add(record)
        if on_record is not None:
            on_record(record)
    out.flush()
    return summary
