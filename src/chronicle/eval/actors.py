"""Score actor mentions and their resolution against our gold (eval/gold/actors/*.json).

Each gold file names a report in ../shared/data/articles/dev and lists its actor mentions as
character offsets into the report's "text", with the actor's country and sector. The report is
run through the whole pipeline; predicted and gold mentions are paired one to one by overlap.

- detection: a pair counts, whatever actor it was resolved to;
- resolved (country): the pair's predicted actor has the gold country;
- resolved (country + sector): and the gold sector, where the gold gives one.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from chronicle.api import extract
from chronicle.eval.common import PRF, pair_spans, project_root


def default_gold_dir() -> Path:
    return project_root() / "eval" / "gold" / "actors"


@dataclass(slots=True)
class GoldMention:
    start: int
    end: int
    text: str
    country: str | None
    sector: str | None
    form: str


@dataclass(slots=True)
class ActorScores:
    detection: PRF = field(default_factory=PRF)
    country: PRF = field(default_factory=PRF)
    strict: PRF = field(default_factory=PRF)
    gold_by_form: Counter = field(default_factory=Counter)
    right_by_form: Counter = field(default_factory=Counter)
    reports: int = 0
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "reports": self.reports,
            "detection": self.detection.to_dict(),
            "resolved_country": self.country.to_dict(),
            "resolved_country_sector": self.strict.to_dict(),
            "recall_by_form": {f: round(self.right_by_form[f] / n, 4)
                               for f, n in sorted(self.gold_by_form.items())},
        }

    def error_lines(self) -> list[str]:
        return self.errors


def load_gold(path: Path, texts: Path) -> tuple[dict, str, list[GoldMention]]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    report = json.loads((texts / gold["report"]).read_text(encoding="utf-8"))
    text = report["text"]
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if gold.get("text_sha256") and gold["text_sha256"] != digest:
        raise ValueError(f"{path.name}: the report's text has changed since it was annotated")
    mentions = [GoldMention(m["start"], m["end"], m["text"], m.get("country"), m.get("sector"),
                            m.get("form", "name")) for m in gold["mentions"]]
    for m in mentions:
        if text[m.start:m.end] != m.text:
            raise ValueError(f"{path.name}: offsets {m.start}-{m.end} do not hold {m.text!r}")
    return report, text, mentions


def evaluate(gold_dir: Path, texts: Path) -> ActorScores:
    scores = ActorScores()
    for path in sorted(gold_dir.glob("*.json")):
        report, text, gold = load_gold(path, texts)
        record = extract(text, published=report.get("published"), id=path.stem)
        if record.status != "ok":
            scores.errors.append(f"{path.stem}: REJECTED {record.error}")
        score_report(record, gold, scores, label=path.stem)
        scores.reports += 1
    return scores


def score_report(record, gold: list[GoldMention], scores: ActorScores,  # noqa: ANN001
                 *, label: str) -> None:
    pred = [(d.start, d.end, actor) for actor in record.actors for d in actor.mention_details]
    pairs = pair_spans([(s, e) for s, e, _ in pred], [(g.start, g.end) for g in gold])
    paired_pred = {i for i, _ in pairs}
    paired_gold = {j for _, j in pairs}
    scores.detection.tp += len(pairs)
    scores.detection.fp += len(pred) - len(pairs)
    scores.detection.fn += len(gold) - len(pairs)
    for g in gold:
        scores.gold_by_form[g.form] += 1
    right_country = right_strict = 0
    for i, j in pairs:
        actor, g = pred[i][2], gold[j]
        country_ok = actor.country == g.country
        strict_ok = country_ok and (g.sector is None or actor.sector == g.sector)
        right_country += country_ok
        right_strict += strict_ok
        if country_ok:
            scores.right_by_form[g.form] += 1
        else:
            scores.errors.append(
                f"{label}: WRONG {g.text!r} [{g.start}:{g.end}] gold {g.country}/{g.sector},"
                f" got {actor.name} {actor.country}/{actor.sector}")
    for j, g in enumerate(gold):
        if j not in paired_gold:
            scores.errors.append(f"{label}: MISS  {g.text!r} [{g.start}:{g.end}] {g.form}"
                                 f" {g.country}/{g.sector}")
    for i, (s, e, actor) in enumerate(pred):
        if i not in paired_pred:
            scores.errors.append(f"{label}: EXTRA {record.text[s:e]!r} [{s}:{e}] -> {actor.name}"
                                 f" {actor.country}/{actor.sector}")
    for prf, right in ((scores.country, right_country), (scores.strict, right_strict)):
        prf.tp += right
        prf.fp += len(pred) - right
        prf.fn += len(gold) - right


def format_table(scores: ActorScores) -> str:
    rows = [("mention detection", scores.detection),
            ("resolved: country", scores.country),
            ("resolved: country+sector", scores.strict)]
    rejected = [e for e in scores.errors if "REJECTED" in e]
    lines = [f"actors: {scores.reports} reports, rejected: {len(rejected)}", *rejected,
             f"{'level':<26}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for name, prf in rows:
        lines.append(f"{name:<26}{prf.precision:>7.3f}{prf.recall:>7.3f}{prf.f1:>7.3f}"
                     f"{prf.tp:>6}{prf.fp:>6}{prf.fn:>6}")
    forms = ", ".join(f"{f} {scores.right_by_form[f]}/{n}"
                      for f, n in sorted(scores.gold_by_form.items()))
    lines.append(f"recall by form (country right): {forms}")
    return "\n".join(lines)
