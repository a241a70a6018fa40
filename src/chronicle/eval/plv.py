"""Score event typing on PLV-format sentences (../shared/data/plover/PLV_train.tsv).

Each row has a sentence with a marked source <s>...</s> and target <t>...</t> and the gold
PLOVER category (CONCEDE and RETREAT merged as YIELD). The normal pipeline runs on the unmarked
sentence; the event whose actor phrase overlaps the source and whose recipient phrase overlaps
the target is taken (both sides first, then either side); a sentence with no such event counts
as wrong ("NONE"). Reports accuracy and macro-F1 over the gold categories.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from chronicle.api import extract_many
from chronicle.reading import Metadata, article_from_text
from chronicle.record import Record

MERGED = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}
MARK = re.compile(r"</?[st]>")


@dataclass(slots=True)
class PlvItem:
    id: str
    text: str
    source: tuple[int, int]
    target: tuple[int, int]
    gold: str


@dataclass(slots=True)
class PlvScores:
    gold: list[str] = field(default_factory=list)
    pred: list[str] = field(default_factory=list)
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)  # id, gold, pred, text
    rejected: int = 0  # sentences the pipeline rejected (scored as no event)

    @property
    def accuracy(self) -> float:
        return sum(g == p for g, p in zip(self.gold, self.pred, strict=True)) / len(self.gold) \
            if self.gold else 0.0

    def per_class(self) -> dict[str, tuple[float, float, float, int]]:
        out = {}
        for label in sorted(set(self.gold)):
            tp = sum(g == p == label for g, p in zip(self.gold, self.pred, strict=True))
            fp = sum(p == label and g != label for g, p in zip(self.gold, self.pred, strict=True))
            fn = sum(g == label and p != label for g, p in zip(self.gold, self.pred, strict=True))
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            out[label] = (prec, rec, f1, tp + fn)
        return out

    @property
    def macro_f1(self) -> float:
        per = self.per_class()
        return sum(v[2] for v in per.values()) / len(per) if per else 0.0

    def to_dict(self) -> dict:
        return {"n": len(self.gold), "accuracy": round(self.accuracy, 4),
                "macro_f1": round(self.macro_f1, 4),
                "no_event": sum(p == "NONE" for p in self.pred),
                "per_class": {k: {"p": round(v[0], 4), "r": round(v[1], 4), "f1": round(v[2], 4),
                                  "n": v[3]} for k, v in self.per_class().items()}}


def unmark(marked: str) -> tuple[str, tuple[int, int], tuple[int, int]]:
    """The plain sentence and the character spans of <s> and <t> in it."""
    spans: dict[str, list[int]] = {"s": [], "t": []}
    out: list[str] = []
    pos = 0
    length = 0
    for match in MARK.finditer(marked):
        out.append(marked[pos:match.start()])
        length += match.start() - pos
        spans[match.group(0).strip("</>")].append(length)
        pos = match.end()
    out.append(marked[pos:])
    text = "".join(out)
    source = tuple(spans["s"][:2]) if len(spans["s"]) >= 2 else (0, 0)
    target = tuple(spans["t"][:2]) if len(spans["t"]) >= 2 else (0, 0)
    return text, source, target  # type: ignore[return-value]


def load_plv(path: Path) -> list[PlvItem]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    items = []
    for number, row in enumerate(rows):
        text, source, target = unmark(row["marked_sentence"])
        gold = MERGED.get(row["gold_root"].upper(), row["gold_root"].upper())
        items.append(PlvItem(row.get("sentence_id") or str(number), text, source, target, gold))
    return items


def overlaps(spans: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


def pick_event(record: Record, item: PlvItem) -> str:
    """The category of the event that links source and target, "NONE" if none does."""
    index = pick_event_index(record, item)
    if index is None:
        return "NONE"
    kind = record.events[index].type
    return MERGED.get(kind, kind)


def pick_event_index(record: Record, item: PlvItem) -> int | None:
    """Which event links source and target: both sides first, then either, then reversed."""
    mention_spans = {a.id: a.mentions for a in record.actors}
    best: tuple[int, int | None] = (0, None)
    for number, event in enumerate(record.events):
        actor = list(event.actor_spans) + [m for a in event.actor for m in mention_spans[a]]
        recipient = list(event.recipient_spans) + \
            [m for a in event.recipient for m in mention_spans[a]]
        score = 2 * overlaps(actor, item.source) + 2 * overlaps(recipient, item.target)
        if score == 0:
            score = overlaps(actor, item.target) + overlaps(recipient, item.source)
        if score > best[0]:
            best = (score, number)
    return best[1]


def evaluate(path: Path, *, limit: int | None = None) -> PlvScores:
    items = load_plv(path)[:limit]
    articles = [article_from_text(i.text, meta=Metadata(id=i.id), max_chars=100_000)
                for i in items]
    scores = PlvScores()
    for item, record in zip(items, extract_many(articles), strict=True):
        pred = pick_event(record, item) if record.status == "ok" else "NONE"
        scores.rejected += record.status != "ok"
        scores.gold.append(item.gold)
        scores.pred.append(pred)
        scores.rows.append((item.id, item.gold, pred, item.text))
    return scores


def format_table(scores: PlvScores) -> str:
    lines = [f"PLV: {len(scores.gold)} sentences, accuracy {scores.accuracy:.3f}, "
             f"macro-F1 {scores.macro_f1:.3f}, no event found "
             f"{sum(p == 'NONE' for p in scores.pred)}, rejected {scores.rejected}",
             f"{'category':<11}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}"]
    for label, (p, r, f1, n) in scores.per_class().items():
        lines.append(f"{label:<11}{p:>7.3f}{r:>7.3f}{f1:>7.3f}{n:>6}")
    confusion = Counter((g, p) for g, p in zip(scores.gold, scores.pred, strict=True) if g != p)
    lines.append("most frequent confusions (gold -> predicted): " + ", ".join(
        f"{g}->{p} {n}" for (g, p), n in confusion.most_common(8)))
    return "\n".join(lines)
