"""Score the time stage on TimeML (TimeBank, AQUAINT) in the TempEval-3 Task A style.

Each .tml file gives a document creation time (DCT) and a <TEXT> with inline TIMEX3 tags. The
pipeline reads the plain text with the DCT's date as `published`; its `doc._.times` are scored
against the gold TIMEX3 spans, micro-averaged over all documents:

- strict span: the predicted span is the gold span (both trimmed of white space);
- relaxed span: spans overlap, paired one to one (exact spans first, then left to right);
- type / value accuracy over the relaxed pairs; type F1 = relaxed F1 x type accuracy and
  value F1 = relaxed F1 x value accuracy, the TE3 ranking score (UzZaman et al. 2013).

Conventions follow ../shared/tools/timex_score.py so figures can be cross-checked with it
(`--predictions` writes its JSONL input): offsets index the text ElementTree's itertext() gives
for <TEXT>; CREATION_TIME and empty timexes are not scored.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from chronicle.errors import Errors
from chronicle.eval.common import PRF

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Stages after chronicle_times that the time scores do not depend on. Skipping them saves
# little (the spaCy model takes ~90% of the run) but keeps their failures out of these scores.
UNNEEDED_STAGES = ("chronicle_actors", "chronicle_events")
CONTEXT_CHARS = 40
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class TimexSpan(NamedTuple):
    """A gold or predicted TIMEX3: [start, end) character offsets into the document's text."""

    start: int
    end: int
    type: str
    value: str | None


@dataclass(slots=True)
class TimemlDoc:
    name: str  # file name without .tml: the "doc" key of the reference scorer's JSONL
    path: Path
    dct: str | None  # the CREATION_TIME value as written, may carry a time (1998-02-27T08:17)
    text: str
    timexes: list[TimexSpan]

    @property
    def published(self) -> str | None:
        """The DCT's date, what the pipeline anchors on; None when there is no full date."""
        return self.dct[:10] if self.dct and ISO_DATE.match(self.dct) else None


class GoldDocs(list[TimemlDoc]):
    """The documents that parsed, plus (path, reason) for each file that did not."""

    def __init__(self, docs: Iterable[TimemlDoc] = (),
                 rejected: list[tuple[str, str]] | None = None) -> None:
        super().__init__(docs)
        self.rejected = rejected or []


def local_name(tag: object) -> str:
    # ElementTree writes a namespaced tag as "{uri}NAME"; TimeML tags carry no namespace, but
    # a file declaring a default one should not lose its TIMEX3s.
    return str(tag).rsplit("}", 1)[-1]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def flatten(element: ET.Element) -> tuple[str, list[tuple[dict[str, str], int, int]]]:
    """The element's plain text (as itertext() joins it) and each TIMEX3's attributes and span.

    Tags other than TIMEX3 (EVENT, SIGNAL, ...) only contribute their text.
    """
    pieces: list[str] = []
    found: list[tuple[dict[str, str], int, int]] = []
    length = 0

    def visit(node: ET.Element) -> None:
        nonlocal length
        start = length
        if node.text:
            pieces.append(node.text)
            length += len(node.text)
        for child in node:
            visit(child)
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail)
        if local_name(node.tag) == "TIMEX3":
            found.append((dict(node.attrib), start, length))

    visit(element)
    return "".join(pieces), found


def creation_time(root: ET.Element) -> str | None:
    """The DCT: the TIMEX3 inside <DCT>, else the first one marked CREATION_TIME."""
    for node in root.iter():
        if local_name(node.tag) == "DCT":
            for timex in node.iter():
                if local_name(timex.tag) == "TIMEX3" and timex.get("value"):
                    return timex.get("value")
    for node in root.iter():
        if local_name(node.tag) == "TIMEX3" and \
                node.get("functionInDocument") == "CREATION_TIME" and node.get("value"):
            return node.get("value")
    return None


def parse_tml(path: Path) -> TimemlDoc:
    """One .tml file; raises ValueError (with the reason) when it cannot be scored."""
    try:
        # The XML parser, like the reference scorer's text-mode read, turns CR LF and lone CR
        # into LF (some AQUAINT files have them), so offsets agree with it.
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        raise ValueError(Errors.E008.format(detail=f"not well-formed XML: {e}")) from e
    except (OSError, UnicodeDecodeError) as e:
        raise ValueError(Errors.E008.format(detail=f"{type(e).__name__}: {e}")) from e
    text_node = next((n for n in root.iter() if local_name(n.tag) == "TEXT"), None)
    if text_node is None:
        raise ValueError(Errors.E008.format(detail="no <TEXT> element"))
    text, found = flatten(text_node)
    timexes = []
    for attrs, start, end in found:
        if attrs.get("functionInDocument") == "CREATION_TIME":
            continue  # the DCT is given, not found: TE3 does not score it
        start, end = trim(text, start, end)
        if end > start:  # empty (non-consuming) timexes are not scored in TE3 either
            timexes.append(TimexSpan(start, end, attrs.get("type", ""), attrs.get("value", "")))
    timexes.sort(key=lambda t: (t.start, t.end))
    name = path.name.removesuffix(".tml")
    return TimemlDoc(name, path, creation_time(root), text, timexes)


def load_gold(folder: Path) -> GoldDocs:
    """Every .tml file under `folder` (recursively), in path order; bad files in `.rejected`."""
    folder = Path(folder)
    paths = sorted(folder.rglob("*.tml")) if folder.is_dir() else [folder]
    docs = GoldDocs()
    seen: dict[str, Path] = {}
    for path in paths:
        label = str(path.relative_to(folder)) if folder.is_dir() else path.name
        try:
            doc = parse_tml(path)
        except ValueError as e:
            docs.rejected.append((label, str(e)))
            continue
        if doc.name in seen:  # predictions are keyed by name, so names must be unique
            docs.rejected.append((label, Errors.E008.format(
                detail=f"duplicate document name (first in {seen[doc.name]})")))
            continue
        seen[doc.name] = path
        docs.append(doc)
    return docs


@dataclass(slots=True)
class TimexError:
    kind: str  # "miss", "false alarm", or what a relaxed pair got wrong: "span+type+value"
    doc: str
    gold: TimexSpan | None
    pred: TimexSpan | None
    gold_text: str
    pred_text: str
    context: str

    def line(self) -> str:
        def show(span: TimexSpan | None, text: str) -> str:
            return f"{text!r} {span.type} {span.value}" if span else "-"
        return (f"{self.doc}: {self.kind.upper()} gold {show(self.gold, self.gold_text)}"
                f" | pred {show(self.pred, self.pred_text)} | ...{self.context}...")


@dataclass(slots=True)
class TimeScores:
    docs: int = 0
    n_gold: int = 0
    n_pred: int = 0
    strict: PRF = field(default_factory=PRF)
    relaxed: PRF = field(default_factory=PRF)
    type_correct: int = 0
    value_correct: int = 0
    gold_by_type: Counter = field(default_factory=Counter)
    relaxed_by_type: Counter = field(default_factory=Counter)  # keyed by the gold type
    value_by_type: Counter = field(default_factory=Counter)
    ignored: int = 0  # predicted spans empty after trimming or outside the text
    rejected: list[tuple[str, str]] = field(default_factory=list)  # files not scored
    failed: list[tuple[str, str]] = field(default_factory=list)  # pipeline errors, scored empty
    misses: list[TimexError] = field(default_factory=list)
    false_alarms: list[TimexError] = field(default_factory=list)
    mismatches: list[TimexError] = field(default_factory=list)
    predictions: dict[str, list[TimexSpan]] = field(default_factory=dict)

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.relaxed.tp if self.relaxed.tp else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.relaxed.tp if self.relaxed.tp else 0.0

    @property
    def type_f1(self) -> float:
        return self.relaxed.f1 * self.type_accuracy

    @property
    def value_f1(self) -> float:
        return self.relaxed.f1 * self.value_accuracy

    def by_type(self) -> dict[str, dict[str, float | int]]:
        return {k: {"n": n, "relaxed_recall": round(self.relaxed_by_type[k] / n, 4),
                    "value_recall": round(self.value_by_type[k] / n, 4)}
                for k, n in sorted(self.gold_by_type.items())}

    def to_dict(self) -> dict:
        return {"docs": self.docs, "rejected": len(self.rejected), "failed": len(self.failed),
                "n_gold": self.n_gold, "n_pred": self.n_pred, "ignored": self.ignored,
                "strict": self.strict.to_dict(), "relaxed": self.relaxed.to_dict(),
                "type": {"accuracy": round(self.type_accuracy, 4),
                         "f1": round(self.type_f1, 4), "correct": self.type_correct},
                "value": {"accuracy": round(self.value_accuracy, 4),
                          "f1": round(self.value_f1, 4), "correct": self.value_correct},
                "gold_by_type": self.by_type()}

    def error_lines(self) -> list[str]:
        return [e.line() for e in self.misses + self.false_alarms + self.mismatches]


def match(gold: list[TimexSpan], pred: list[TimexSpan]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs, both lists sorted by span.

    Exact spans are paired first, so an exact prediction is not taken by a neighbour that
    merely overlaps; then each remaining prediction, left to right, takes the first free
    overlapping gold. This is the TE3 normaliser's greedy rule, not an optimal assignment, so
    that our figures are the ones the reference scorer prints.
    """
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for j, p in enumerate(pred):
        for i, g in enumerate(gold):
            if i not in used_gold and (g.start, g.end) == (p.start, p.end):
                pairs.append((i, j))
                used_gold.add(i)
                used_pred.add(j)
                break
    for j, p in enumerate(pred):
        if j in used_pred:
            continue
        for i, g in enumerate(gold):
            if i not in used_gold and p.start < g.end and g.start < p.end:
                pairs.append((i, j))
                used_gold.add(i)
                used_pred.add(j)
                break
    return pairs


def context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT_CHARS):start]
    right = text[end:end + CONTEXT_CHARS]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def clean_predictions(doc: TimemlDoc, spans: Iterable[TimexSpan]) -> tuple[list[TimexSpan], int]:
    """Predictions trimmed like the gold and sorted; spans that end up empty are dropped."""
    kept, dropped = [], 0
    for span in spans:
        if not 0 <= span.start < span.end <= len(doc.text):
            dropped += 1
            continue
        start, end = trim(doc.text, span.start, span.end)
        if end <= start:
            dropped += 1
            continue
        kept.append(span._replace(start=start, end=end))
    return sorted(kept, key=lambda t: (t.start, t.end)), dropped


def score(gold_docs: Iterable[TimemlDoc],
          predictions: Mapping[str, Iterable[TimexSpan]]) -> TimeScores:
    """Micro-averaged scores; a document absent from `predictions` predicted nothing."""
    scores = TimeScores()
    for doc in gold_docs:
        pred, dropped = clean_predictions(doc, predictions.get(doc.name, ()))
        gold = doc.timexes
        scores.docs += 1
        scores.ignored += dropped
        scores.n_gold += len(gold)
        scores.n_pred += len(pred)
        scores.gold_by_type.update(g.type for g in gold)
        pairs = match(gold, pred)
        strict = 0
        for i, j in pairs:
            g, p = gold[i], pred[j]
            problems = []
            if (g.start, g.end) != (p.start, p.end):
                problems.append("span")
            else:
                strict += 1
            if g.type == p.type:
                scores.type_correct += 1
            else:
                problems.append("type")
            # A missing value counts as "" on both sides, as in the reference scorer.
            if (g.value or "") == (p.value or ""):
                scores.value_correct += 1
                scores.value_by_type[g.type] += 1
            else:
                problems.append("value")
            scores.relaxed_by_type[g.type] += 1
            if problems:
                scores.mismatches.append(error(doc, "+".join(problems), g, p))
        paired_gold = {i for i, _ in pairs}
        paired_pred = {j for _, j in pairs}
        scores.misses += [error(doc, "miss", g, None)
                          for i, g in enumerate(gold) if i not in paired_gold]
        scores.false_alarms += [error(doc, "false alarm", None, p)
                                for j, p in enumerate(pred) if j not in paired_pred]
        add(scores.strict, strict, len(pred), len(gold))
        add(scores.relaxed, len(pairs), len(pred), len(gold))
    return scores


def add(prf: PRF, tp: int, n_pred: int, n_gold: int) -> None:
    prf.tp += tp
    prf.fp += n_pred - tp
    prf.fn += n_gold - tp


def error(doc: TimemlDoc, kind: str, gold: TimexSpan | None, pred: TimexSpan | None
          ) -> TimexError:
    around = gold or pred
    assert around is not None
    return TimexError(kind, doc.name, gold, pred,
                      doc.text[gold.start:gold.end] if gold else "",
                      doc.text[pred.start:pred.end] if pred else "",
                      context(doc.text, around.start, around.end))


def predict(docs: list[TimemlDoc], nlp: Language
            ) -> tuple[dict[str, list[TimexSpan]], list[tuple[str, str]]]:
    """The time stage's TIMEX3s per document, and (doc, reason) for documents it failed on."""
    def make(doc: TimemlDoc) -> Doc:
        spacy_doc = nlp.make_doc(doc.text)
        spacy_doc._.published = doc.published  # must be set before chronicle_times runs
        return spacy_doc

    def spans(spacy_doc: Doc) -> list[TimexSpan]:
        return [TimexSpan(t.start_char, t.end_char, t.type, t.value)
                for t in spacy_doc._.times or []]

    disable = [name for name in UNNEEDED_STAGES if name in nlp.pipe_names]
    predictions: dict[str, list[TimexSpan]] = {}
    failed: list[tuple[str, str]] = []
    with nlp.select_pipes(disable=disable):
        try:
            for doc, parsed in zip(docs, nlp.pipe(make(d) for d in docs), strict=True):
                predictions[doc.name] = spans(parsed)
        except Exception:  # one bad document must not sink the run: redo the rest one by one
            for doc in docs:
                if doc.name in predictions:
                    continue
                try:
                    predictions[doc.name] = spans(nlp(make(doc)))
                except Exception as e:  # noqa: BLE001 - reported as failed, scored as empty
                    failed.append((doc.name, Errors.E011.format(
                        detail=f"{type(e).__name__}: {e}")))
    return predictions, failed


def evaluate(folder: Path, nlp: Language | None = None, *, limit: int | None = None
             ) -> TimeScores:
    """Run the pipeline on every (or the first `limit`) TimeML document and score it."""
    if nlp is None:
        from chronicle.pipeline import load_nlp

        nlp = load_nlp()
    gold = load_gold(folder)
    docs = list(gold)[:limit]
    predictions, failed = predict(docs, nlp)
    scores = score(docs, predictions)
    scores.rejected = list(gold.rejected)
    scores.failed = failed
    scores.predictions = predictions
    return scores


def write_predictions(path: Path, predictions: Mapping[str, Iterable[TimexSpan]]) -> None:
    """JSON lines {"doc", "start", "end", "type", "value"}: timex_score.py's input format."""
    with Path(path).open("w", encoding="utf-8") as out:
        for name in sorted(predictions):
            for span in predictions[name]:
                out.write(json.dumps({"doc": name, "start": span.start, "end": span.end,
                                      "type": span.type, "value": span.value},
                                     ensure_ascii=False) + "\n")


def format_table(scores: TimeScores) -> str:
    lines = [f"TimeML: {scores.docs} docs, rejected {len(scores.rejected)}, pipeline failures "
             f"{len(scores.failed)}; gold timexes {scores.n_gold}, predicted {scores.n_pred}"
             + (f" ({scores.ignored} empty spans ignored)" if scores.ignored else ""),
             *(f"  {name}: {reason}" for name, reason in scores.rejected + scores.failed),
             f"{'span':<8}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for label, prf in (("strict", scores.strict), ("relaxed", scores.relaxed)):
        lines.append(f"{label:<8}{prf.precision:>7.3f}{prf.recall:>7.3f}{prf.f1:>7.3f}"
                     f"{prf.tp:>6}{prf.fp:>6}{prf.fn:>6}")
    lines.append(f"type    accuracy {scores.type_accuracy:.3f}  F1 {scores.type_f1:.3f}")
    lines.append(f"value   accuracy {scores.value_accuracy:.3f}  F1 {scores.value_f1:.3f}"
                 "  (TE3 ranking score)")
    lines.append("gold by type (n, relaxed recall, value recall): " + ", ".join(
        f"{k} {v['n']} {v['relaxed_recall']:.2f} {v['value_recall']:.2f}"
        for k, v in scores.by_type().items()))
    return "\n".join(lines)
