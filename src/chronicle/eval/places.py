"""Score the places stage: toponyms and their pins, and where each main event is placed.

Two kinds of gold, both ours:

- eval/gold/places/*.json annotate reports in ../shared/data/articles/dev: every place
  mention as character offsets, with name, country and coordinates, and the place of the
  report's main event. Predicted and gold mentions are paired one to one by overlap:
  detection P/R/F1; of the gold mentions, the share pinned within 25 km of the gold point
  and the share given the right country; and the main event's place.
- eval/gold/places_descriptions.jsonl: short conflict event descriptions we wrote, each with
  the coordinates of where its main event happened. The text is run through the whole
  pipeline and the main event's place (`main_event_place`) is compared with the gold point:
  within 25 km, over those that name a place coded at its own coordinates and over all, and
  the right country.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from chronicle.api import extract
from chronicle.eval.common import PRF, pair_spans, project_root
from chronicle.places.borders import km
from chronicle.record.places import main_event_place
from chronicle.record.schema import Place, Record

WITHIN_KM = 25.0


def default_gold_dir() -> Path:
    return project_root() / "eval" / "gold" / "places"


def default_descriptions() -> Path:
    return project_root() / "eval" / "gold" / "places_descriptions.jsonl"


@dataclass(slots=True)
class Share:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    def to_dict(self) -> dict:
        return {"right": self.right, "total": self.total, "share": round(self.value, 4)}


@dataclass(slots=True)
class PlaceScores:
    reports: int = 0
    detection: PRF = field(default_factory=PRF)
    within: Share = field(default_factory=Share)  # of gold mentions: pinned within 25 km
    country: Share = field(default_factory=Share)
    event_within: Share = field(default_factory=Share)
    event_country: Share = field(default_factory=Share)
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"reports": self.reports, "detection": self.detection.to_dict(),
                "mentions_within_25km": self.within.to_dict(),
                "mentions_country": self.country.to_dict(),
                "event_within_25km": self.event_within.to_dict(),
                "event_country": self.event_country.to_dict()}


@dataclass(slots=True)
class DescriptionScores:
    own: Share = field(default_factory=Share)  # gold coded at the named place's coordinates
    all: Share = field(default_factory=Share)
    country: Share = field(default_factory=Share)
    unplaced: int = 0
    by_precision: dict[str, Share] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"within_25km_own_coordinates": self.own.to_dict(),
                "within_25km_all": self.all.to_dict(), "country": self.country.to_dict(),
                "unplaced": self.unplaced,
                "within_25km_by_precision": {k: v.to_dict()
                                             for k, v in sorted(self.by_precision.items())}}


def close(place: Place | None, lat: float, lon: float) -> bool:
    return place is not None and place.lat is not None and \
        km(place.lat, place.lon, lat, lon) <= WITHIN_KM


def describe(place: Place | None) -> str:
    if place is None:
        return "no place"
    pin = f"{place.lat:.3f},{place.lon:.3f}" if place.lat is not None else "no pin"
    return f"{place.text!r} -> {place.name} {place.country} {pin} {place.precision}"


# -- reports ---------------------------------------------------------------------------------
def load_report_gold(path: Path, texts: Path) -> tuple[dict, dict]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    report = json.loads((texts / gold["report"]).read_text(encoding="utf-8"))
    digest = hashlib.sha256(report["text"].encode("utf-8")).hexdigest()
    if gold.get("text_sha256") and gold["text_sha256"] != digest:
        raise ValueError(f"{path.name}: the report's text has changed since it was annotated")
    for m in gold["mentions"]:
        if report["text"][m["start"]:m["end"]] != m["text"]:
            raise ValueError(f"{path.name}: offsets {m['start']}-{m['end']} do not hold "
                             f"{m['text']!r}")
    return report, gold


def evaluate_reports(gold_dir: Path, texts: Path) -> PlaceScores:
    scores = PlaceScores()
    for path in sorted(gold_dir.glob("*.json")):
        report, gold = load_report_gold(path, texts)
        record = extract(report["text"], published=report.get("published"), id=path.stem)
        if record.status != "ok":
            scores.errors.append(f"{path.stem}: REJECTED {record.error}")
        score_report(record, gold, scores, path.stem)
        scores.reports += 1
    return scores


def score_report(record: Record, gold: dict, scores: PlaceScores, label: str) -> None:
    pred, mentions = record.places, gold["mentions"]
    pairs = pair_spans([(p.start, p.end) for p in pred], [(m["start"], m["end"])
                                                          for m in mentions])
    scores.detection.tp += len(pairs)
    scores.detection.fp += len(pred) - len(pairs)
    scores.detection.fn += len(mentions) - len(pairs)
    paired = {j: pred[i] for i, j in pairs}
    for j, m in enumerate(mentions):
        place = paired.get(j)
        near = close(place, m["lat"], m["lon"])
        right_country = place is not None and place.country == m["country"]
        scores.within.add(near)
        scores.country.add(right_country)
        if place is None:
            scores.errors.append(f"{label}: MISS  {m['text']!r} [{m['start']}:{m['end']}] "
                                 f"{m['name']} {m['country']}")
        elif not near:
            scores.errors.append(f"{label}: FAR   {m['text']!r} gold {m['name']} {m['country']}"
                                 f" {m['lat']:.3f},{m['lon']:.3f}; got {describe(place)}")
    paired_pred = {i for i, _ in pairs}
    for i, p in enumerate(pred):
        if i not in paired_pred:
            scores.errors.append(f"{label}: EXTRA {describe(p)}")
    target = gold.get("event_place")
    if target:
        place = main_event_place(record)
        scores.event_within.add(close(place, target["lat"], target["lon"]))
        scores.event_country.add(place is not None and place.country == target["country"])
        if not close(place, target["lat"], target["lon"]):
            scores.errors.append(f"{label}: EVENT gold {target['name']} {target['country']}; "
                                 f"got {describe(place)}")


# -- descriptions ----------------------------------------------------------------------------
def evaluate_descriptions(path: Path) -> DescriptionScores:
    scores = DescriptionScores()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        gold = item["place"]
        record = extract(item["text"], published=item.get("date"), id=item["id"])
        place = main_event_place(record)
        near = close(place, gold["lat"], gold["lon"])
        scores.all.add(near)
        if gold.get("coded_at_own_coordinates"):
            scores.own.add(near)
        scores.by_precision.setdefault(gold.get("precision", "?"), Share()).add(near)
        scores.country.add(place is not None and place.country == gold["country"])
        scores.unplaced += place is None or place.lat is None
        if not near:
            scores.errors.append(f"{item['id']}: gold {gold['name']} {gold['country']} "
                                 f"{gold['lat']:.3f},{gold['lon']:.3f}; got {describe(place)}"
                                 f"  | {item['text']}")
    return scores


def format_tables(reports: PlaceScores | None, descriptions: DescriptionScores | None) -> str:
    lines = []
    if reports is not None:
        d = reports.detection
        lines += [f"reports: {reports.reports}",
                  f"  mention detection   P {d.precision:.3f}  R {d.recall:.3f}  F1 {d.f1:.3f}",
                  f"  mentions within 25 km  {reports.within.value:.3f} "
                  f"({reports.within.right}/{reports.within.total})",
                  f"  mentions right country {reports.country.value:.3f}",
                  f"  main event within 25 km {reports.event_within.value:.3f} "
                  f"({reports.event_within.right}/{reports.event_within.total}), right country "
                  f"{reports.event_country.value:.3f}"]
    if descriptions is not None:
        s = descriptions
        lines += [f"descriptions: {s.all.total}",
                  f"  main event within 25 km, place coded at its own coordinates "
                  f"{s.own.value:.3f} ({s.own.right}/{s.own.total})",
                  f"  main event within 25 km, all {s.all.value:.3f} "
                  f"({s.all.right}/{s.all.total})",
                  f"  main event right country {s.country.value:.3f}; unplaced {s.unplaced}"]
        lines += [f"    {k:8} {v.value:.3f} ({v.right}/{v.total})"
                  for k, v in sorted(s.by_precision.items())]
    return "\n".join(lines)
