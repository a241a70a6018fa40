"""Score whole-report event extraction against hand-coded gold (dev_gold format).

Per report, predicted and gold events are paired one to one, best first, at four levels:
type (CONCEDE and RETREAT as one); + actor and recipient compatible (a shared country code, or
a shared name word of 4+ letters; an empty gold side accepts anything, an empty predicted side
only an empty or "unknown" gold side); + date compatible (equal, or one period inside the other:
2024-W04 ~ 2024-01-28); + casualties (where the gold counts the dead) and aux (set or not).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from chronicle.api import extract_many
from chronicle.eval.common import PRF
from chronicle.reading import Metadata, article_from_text
from chronicle.record import Record
from chronicle.times.calendar import value_period

LEVELS = ("type", "triple", "dated", "full")
NAME_STOPWORDS = {"the", "of", "and", "al", "el", "forces", "group", "movement", "state",
                  "states"}


def norm_type(kind: str | None) -> str:
    kind = (kind or "").upper()
    return "YIELD" if kind in {"CONCEDE", "RETREAT"} else kind


def name_words(name: str | None) -> set[str]:
    name = re.sub(r"\b(al|el)-", "", (name or "").lower())
    return {w for w in re.findall(r"[a-z]+", name) if len(w) >= 4 and w not in NAME_STOPWORDS}


def sides_compatible(pred: list[dict], gold: list[dict]) -> bool:
    gold = [g for g in gold or [] if (g.get("name") or "").lower() != "unknown"
            or g.get("country")]
    if not gold:
        return True
    for p in pred:
        for g in gold:
            if p.get("country") and p.get("country") == g.get("country"):
                return True
            if name_words(p.get("name")) & name_words(g.get("name")):
                return True
    return False



def dates_compatible(pred: str | None, gold: str | None) -> bool:
    if not gold:
        return True
    a, b = value_period(pred), value_period(gold)
    if a is None or b is None:
        return False
    return (b[0] <= a[0] and a[1] <= b[1]) or (a[0] <= b[0] and b[1] <= a[1])


def match_level(pred: dict, gold: dict) -> int:
    """-1: not even the type; 0 type; 1 + actors; 2 + date; 3 + casualties and aux."""
    if norm_type(pred["type"]) != norm_type(gold["type"]):
        return -1
    if not (sides_compatible(pred["actor"], gold.get("actor"))
            and sides_compatible(pred["recipient"], gold.get("recipient"))):
        return 0
    if not dates_compatible(pred["date"], gold.get("date")):
        return 1
    dead_ok = gold.get("dead") is None or pred.get("dead") == gold.get("dead")
    aux_ok = (gold.get("aux") is None) == (pred.get("aux") is None)
    return 3 if dead_ok and aux_ok else 2


def record_events(record: Record) -> list[dict]:
    actors = {a.id: {"name": a.name, "country": a.country} for a in record.actors}
    places = record.places
    return [{"type": e.type, "actor": [actors[i] for i in e.actor if i in actors],
             "recipient": [actors[i] for i in e.recipient if i in actors],
             "date": e.date.value, "dead": e.dead, "aux": e.aux,
             "place_country": places[e.place].country if e.place is not None else None,
             "trigger": record.text[e.trigger[0]:e.trigger[1]]} for e in record.events]


@dataclass(slots=True)
class ReportScores:
    levels: dict[str, PRF] = field(default_factory=lambda: {lv: PRF() for lv in LEVELS})
    reports: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    misdated: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)  # a rejected report scores no event
    # Of the events paired at the triple level whose gold place names one country: how many
    # our place puts in that country (the gold gives place names, not coordinates).
    placed: int = 0
    placed_right: int = 0

    def to_dict(self) -> dict:
        return {"reports": self.reports, "rejected": len(self.rejected),
                **{lv: prf.to_dict() for lv, prf in self.levels.items()},
                "place_country": {"right": self.placed_right, "total": self.placed}}


def score_report(pred: list[dict], gold: list[dict], scores: ReportScores, label: str) -> None:
    for k, lv in enumerate(LEVELS):
        ranked = sorted(((match_level(p, g), i, j) for i, p in enumerate(pred)
                         for j, g in enumerate(gold)), reverse=True)
        used_p: set[int] = set()
        used_g: set[int] = set()
        for level, i, j in ranked:
            if level >= k and i not in used_p and j not in used_g:
                used_p.add(i)
                used_g.add(j)
                gold_place = gold[j].get("place") or {}
                if lv == "triple" and gold_place.get("country"):
                    scores.placed += 1
                    scores.placed_right += pred[i].get("place_country") == gold_place["country"]
                if lv == "triple" and level == 1:  # right event, wrong date
                    scores.misdated.append(
                        f"{label}: DATE {pred[i]['type']} {pred[i]['trigger']!r} "
                        f"{pred[i]['date']} vs gold {gold[j].get('date')} "
                        f"({gold[j].get('evidence')})")
        prf = scores.levels[lv]
        prf.tp += len(used_g)
        prf.fp += len(pred) - len(used_p)
        prf.fn += len(gold) - len(used_g)
        if lv == "triple":
            for j, g in enumerate(gold):
                if j not in used_g:
                    scores.misses.append(
                        f"{label}: MISS {g['type']} {[a.get('name') for a in g.get('actor') or []]}"
                        f" -> {[a.get('name') for a in g.get('recipient') or []]}"
                        f" ({g.get('evidence')})")
            for i, p in enumerate(pred):
                if i not in used_p:
                    scores.false_alarms.append(
                        f"{label}: EXTRA {p['type']} {[a['name'] for a in p['actor']]} -> "
                        f"{[a['name'] for a in p['recipient']]} ({p['trigger']!r})")


def evaluate(gold_dir: Path, texts: Path) -> ReportScores:
    golds = sorted(gold_dir.glob("*.gold.json"))
    articles = []
    for path in golds:
        stem = path.name[: -len(".gold.json")]
        report = json.loads((texts / f"{stem}.json").read_text(encoding="utf-8"))
        meta = Metadata(id=stem, published=report.get("published"), outlet=report.get("outlet"))
        articles.append(article_from_text(report["text"], meta=meta, source=str(path)))
    scores = ReportScores()
    for path, record in zip(golds, extract_many(articles), strict=True):
        gold = json.loads(path.read_text(encoding="utf-8")).get("events") or []
        pred = record_events(record) if record.status == "ok" else []
        if record.status != "ok":
            scores.rejected.append(f"{record.article.id}: REJECTED {record.error}")
        score_report(pred, gold, scores, record.article.id)
        scores.reports += 1
    return scores


def format_table(scores: ReportScores) -> str:
    lines = [f"reports: {scores.reports}, rejected: {len(scores.rejected)}", *scores.rejected,
             f"{'level':<8}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for lv, prf in scores.levels.items():
        lines.append(f"{lv:<8}{prf.precision:>7.3f}{prf.recall:>7.3f}{prf.f1:>7.3f}"
                     f"{prf.tp:>6}{prf.fp:>6}{prf.fn:>6}")
    if scores.placed:
        lines.append(f"place: {scores.placed_right}/{scores.placed} "
                     f"({scores.placed_right / scores.placed:.3f}) of the triple-matched events "
                     "with a one-country gold place are placed in that country")
    return "\n".join(lines)
