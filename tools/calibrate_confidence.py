"""Fit the event confidence (src/chronicle/data/events/confidence.json) on dev reports.

usage: python tools/calibrate_confidence.py [--gold DIR] [--texts DIR]

Each predicted event on the hand-coded dev reports (../shared/data/articles/dev_gold) is
labelled right when it pairs with a gold event at the type + actor + recipient level (the
scorer of chronicle eval reports). A logistic regression over what the coder knew about the
event (sides found, frame, mode, model retyping, aux) maps those to a probability of being
right; the file holds its coefficients and a reliability table (predicted vs observed by bin),
printed here too, computed by 4-fold cross-validation over reports.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from chronicle.api import extract_many  # noqa: E402
from chronicle.eval import reports as scorer  # noqa: E402
from chronicle.eval.common import shared_dir  # noqa: E402
from chronicle.events.confidence import FEATURES, confidence_path, feature_vector  # noqa: E402
from chronicle.pipeline import load_nlp  # noqa: E402
from chronicle.reading import Metadata, article_from_text  # noqa: E402


def labelled_events(gold_dir: Path, texts: Path) -> list[tuple[str, list[float], int]]:
    golds = sorted(gold_dir.glob("*.gold.json"))
    articles = []
    for path in golds:
        stem = path.name[: -len(".gold.json")]
        report = json.loads((texts / f"{stem}.json").read_text(encoding="utf-8"))
        meta = Metadata(id=stem, published=report.get("published"))
        articles.append(article_from_text(report["text"], meta=meta))
    rows = []
    # every event, however weak: the calibration decides what a weak event is worth
    load_nlp().get_pipe("chronicle_events").min_confidence = 0.0
    for path, record in zip(golds, extract_many(articles), strict=True):
        gold = json.loads(path.read_text(encoding="utf-8")).get("events") or []
        pred = scorer.record_events(record)
        ranked = sorted(((scorer.match_level(p, g), i, j) for i, p in enumerate(pred)
                         for j, g in enumerate(gold)), reverse=True)
        used_p: set[int] = set()
        used_g: set[int] = set()
        for level, i, j in ranked:
            if level >= 1 and i not in used_p and j not in used_g:
                used_p.add(i)
                used_g.add(j)
        for i, event in enumerate(record.events):
            fields = event.model_dump()
            fields.update(framed=event.framed, retyped=event.retyped)
            rows.append((record.article.id, feature_vector(fields), int(i in used_p)))
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 2000) -> np.ndarray:
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        w -= 0.5 * (x.T @ (p - y) / len(y) + l2 * w / len(y))
    return w


def main() -> None:
    ap = argparse.ArgumentParser()
    root = shared_dir() or Path("../shared")
    ap.add_argument("--gold", type=Path, default=root / "data" / "articles" / "dev_gold")
    ap.add_argument("--texts", type=Path, default=root / "data" / "articles" / "dev")
    args = ap.parse_args()
    rows = labelled_events(args.gold, args.texts)
    reports = sorted({r for r, _, _ in rows})
    x = np.array([[1.0, *v] for _, v, _ in rows])
    y = np.array([label for _, _, label in rows], dtype=float)
    held = np.zeros(len(rows))
    for fold in range(4):
        test = {r for k, r in enumerate(reports) if k % 4 == fold}
        mask = np.array([r in test for r, _, _ in rows])
        w = fit(x[~mask], y[~mask])
        held[mask] = 1 / (1 + np.exp(-(x[mask] @ w)))
    table = []
    print(f"{len(rows)} predicted events, {int(y.sum())} right at type+actor+recipient")
    for lo in np.arange(0.0, 1.0, 0.2):
        mask = (held >= lo) & (held < lo + 0.2)
        if mask.any():
            table.append({"bin": f"{lo:.1f}-{lo + 0.2:.1f}", "events": int(mask.sum()),
                          "mean_confidence": round(float(held[mask].mean()), 3),
                          "observed_right": round(float(y[mask].mean()), 3)})
            row = table[-1]
            print(f"  confidence {row['bin']}: {row['events']:4d} events, "
                  f"mean {row['mean_confidence']:.2f}, right {row['observed_right']:.2f}")
    w = fit(x, y)
    confidence_path().write_text(json.dumps({
        "about": "logistic calibration fitted by tools/calibrate_confidence.py on dev reports",
        "features": ["bias", *FEATURES], "weights": [round(float(v), 4) for v in w],
        "reliability_cv": table}, indent=1), encoding="utf-8")
    print(f"wrote {confidence_path()}")


if __name__ == "__main__":
    main()
