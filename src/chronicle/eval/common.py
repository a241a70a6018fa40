"""Shared pieces of the evaluations: where ../shared is, P/R/F1, span pairing."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


def project_root() -> Path:
    return Path(__file__).resolve().parents[3]


def load_baselines() -> dict:
    """The quality floors per stage (eval/baselines.json, shipped in the package)."""
    import json
    from importlib import resources

    return json.loads((resources.files("chronicle") / "eval" / "baselines.json").read_text())


def shared_dir() -> Path | None:
    """../shared beside the project (or $CHRONICLE_SHARED), None when absent."""
    env = os.environ.get("CHRONICLE_SHARED")
    candidates = [Path(env)] if env else []
    candidates += [project_root().parent / "shared", Path.cwd().parent / "shared"]
    for candidate in candidates:
        if (candidate / "README.md").exists():
            return candidate
    return None


@dataclass(slots=True)
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def pair_spans(pred: list[tuple[int, int]], gold: list[tuple[int, int]]
               ) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index) of overlapping spans, largest overlap first."""
    candidates = sorted(
        ((overlap(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)
         if overlap(p, g) > 0),
        reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs
