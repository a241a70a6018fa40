"""Score the quote stage on PolNeAR attributions (see `chronicle.eval.polnear` for the gold).

Micro-averaged over documents, on spans trimmed of white space and punctuation at both edges
(quotation marks included, so a quote found with or without them is the same); a role's
discontinuous gold segments count as their covering span:
- per role: exact (same span) and overlap (one to one, exact pairs first, then largest
  overlap). Each distinct span counts once per document: PolNeAR reuses one Source ("he") for
  several attributions 1,410 times in train+dev, and a speaker credited with two quotes is one
  find;
- all three: a prediction matches a gold attribution when every role the gold has overlaps
  the prediction's; a role the gold lacks (7% have no source) is ignored, not required absent;
- the same for gold direct vs indirect: recall splits by the gold flag, precision by the
  predicted kind (direct vs indirect + mixed), both over the one matching of the whole set.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from chronicle.eval.polnear import Attribution, PolnearDoc, Span, load_gold, squash

if TYPE_CHECKING:
    from chronicle.reading import Article
    from chronicle.record import Record

__all__ = ["Attribution", "PolnearDoc", "QuoteScores", "evaluate", "format_table", "load_gold",
           "predict", "score"]

ROLES = ("source", "cue", "content")
SUBSETS = ("all", "direct", "indirect")
METRICS = (*(f"{r}_{how}" for r in ROLES for how in ("exact", "overlap")), "all_three")
CONTEXT_CHARS = 40


def extract_records(articles: list[Article]) -> Iterable[Record]:
    """The pipeline's records (a seam: tests put a fake extractor here)."""
    from chronicle.api import extract_many

    return extract_many(articles)


def offset_mapper(analysed: str, original: str) -> Callable[[Span], Span]:
    """Maps spans in the text the pipeline analysed onto the file's text, for a reader that
    normalised something (a BOM, CR LF): spans in changed stretches widen to cover them."""
    starts = [0] * (len(analysed) + 1)
    ends = [0] * (len(analysed) + 1)
    opcodes = difflib.SequenceMatcher(None, analysed, original, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in opcodes:
        for k in range(i1, i2):
            starts[k] = j1 + k - i1 if tag == "equal" else j1
            ends[k + 1] = j1 + k - i1 + 1 if tag == "equal" else j2
    starts[len(analysed)] = len(original)
    ends[0] = opcodes[0][3] if opcodes else 0
    last = len(analysed)  # a span past the end (a stage's bug) is clamped, then scored as is
    return lambda span: (starts[min(max(span[0], 0), last)], ends[min(max(span[1], 0), last)])


def same_span(span: Span) -> Span:
    return span


def predict(docs: list[PolnearDoc]
            ) -> tuple[dict[str, list[Attribution]], list[tuple[str, str]], int]:
    """Predicted attributions per document, (doc, reason) for records that came back rejected
    (scored as predicting nothing), and how many records' texts had to be aligned."""
    from chronicle.reading import Metadata, article_from_text

    by_name = {d.name: d for d in docs}
    predictions: dict[str, list[Attribution]] = {}
    failed: list[tuple[str, str]] = []
    aligned = 0
    articles = [article_from_text(d.text, meta=Metadata(id=d.name)) for d in docs]
    for record in extract_records(articles):
        doc = by_name.get(record.article.id)
        if doc is None:
            continue
        if record.status != "ok":
            failed.append((doc.name, record.error or "rejected"))
            continue
        move = same_span
        if record.text != doc.text:
            aligned += 1
            move = offset_mapper(record.text, doc.text)
        # the speaker's actor id is not scored: PolNeAR marks the words, so only
        # speaker_span counts as the source
        predictions[doc.name] = [
            Attribution(source=(move(q.speaker_span),) if q.speaker_span else (),
                        cue=(move(q.cue),) if q.cue else (), content=(move(q.content),),
                        direct=q.kind == "direct", label=f"q{i}")
            for i, q in enumerate(record.quotes)]
    failed_names = {name for name, _ in failed}
    failed += [(d.name, "no record came back") for d in docs
               if d.name not in predictions and d.name not in failed_names]
    return predictions, failed, aligned


@dataclass(slots=True)
class Tally:
    """Counts for P/R/F1 where the prediction and gold sides may be different subsets."""

    n_gold: int = 0
    n_pred: int = 0
    hit_gold: int = 0
    hit_pred: int = 0

    @property
    def precision(self) -> float:
        return self.hit_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.hit_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold_hits: list[bool], pred_hits: list[bool]) -> None:
        self.n_gold += len(gold_hits)
        self.hit_gold += sum(gold_hits)
        self.n_pred += len(pred_hits)
        self.hit_pred += sum(pred_hits)

    def to_dict(self) -> dict[str, float | int]:
        return {"n_gold": self.n_gold, "n_pred": self.n_pred, "hit_gold": self.hit_gold,
                "hit_pred": self.hit_pred, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(slots=True)
class QuoteScores:
    docs: int = 0
    tallies: dict[str, dict[str, Tally]] = field(
        default_factory=lambda: {s: {m: Tally() for m in METRICS} for s in SUBSETS})
    ignored: int = 0  # predictions whose content is empty after trimming or outside the text
    rejected: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    duplicates: int = 0
    aligned: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"docs": self.docs, "rejected": self.rejected, "failed": self.failed,
                "duplicate_annotations": self.duplicates, "aligned": self.aligned,
                "ignored": self.ignored,
                **{s: {m: t.to_dict() for m, t in by.items()} for s, by in self.tallies.items()}}


def is_edge(char: str) -> bool:
    return char.isspace() or unicodedata.category(char).startswith("P")


def trim(text: str, span: Span | None) -> Span | None:
    if span is None or not 0 <= span[0] <= span[1] <= len(text):
        return None
    start, end = span
    while start < end and is_edge(text[start]):
        start += 1
    while end > start and is_edge(text[end - 1]):
        end -= 1
    return (start, end) if end > start else None


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def greedy(candidates: list[tuple[tuple, int, int]]) -> dict[int, int]:
    """One-to-one {pred: gold} from (score, pred, gold) candidates, best score first."""
    pairs: dict[int, int] = {}
    for _, p, g in sorted(candidates, key=lambda c: (c[0], -c[1], -c[2]), reverse=True):
        if p not in pairs and g not in pairs.values():
            pairs[p] = g
    return pairs


def in_subset(subset: str, direct: bool) -> bool:
    return subset == "all" or (subset == "direct") == direct


def tally(scores: QuoteScores, metric: str, gold: list[bool], pred: list[bool],
          gold_hits: set[int], pred_hits: set[int]) -> None:
    """Adds one document's hits; `gold`/`pred` are each item's direct flag."""
    for subset in SUBSETS:
        scores.tallies[subset][metric].add(
            [i in gold_hits for i, d in enumerate(gold) if in_subset(subset, d)],
            [j in pred_hits for j, d in enumerate(pred) if in_subset(subset, d)])


Trimmed = tuple[Attribution, dict[str, Span | None]]


def score_doc(scores: QuoteScores, doc: PolnearDoc, predicted: Iterable[Attribution]) -> None:
    gold: list[Trimmed] = [(a, {r: trim(doc.text, a.span(r)) for r in ROLES})
                           for a in doc.attributions]
    pred: list[Trimmed] = []
    for a in predicted:
        roles = {r: trim(doc.text, a.span(r)) for r in ROLES}
        if roles["content"] is None:
            scores.ignored += 1
        else:
            pred.append((a, roles))
    for role in ROLES:  # distinct spans, each with the flag of its first attribution
        g = {roles[role]: a.direct for a, roles in gold if roles[role]}
        p = {roles[role]: a.direct for a, roles in pred if roles[role]}
        gs, ps = list(g), list(p)
        exact = {j: gs.index(s) for j, s in enumerate(ps) if s in g}
        tally(scores, f"{role}_exact", list(g.values()), list(p.values()),
              set(exact.values()), set(exact))
        pairs = greedy([((s == t, overlap(s, t)), j, i) for j, s in enumerate(ps)
                        for i, t in enumerate(gs) if overlap(s, t)])
        tally(scores, f"{role}_overlap", list(g.values()), list(p.values()),
              set(pairs.values()), set(pairs))
    pairs = greedy([(agreement(gr, pr), j, i) for j, (_, pr) in enumerate(pred)
                    for i, (_, gr) in enumerate(gold) if agreement(gr, pr)])
    tally(scores, "all_three", [a.direct for a, _ in gold], [a.direct for a, _ in pred],
          set(pairs.values()), set(pairs))
    matched = set(pairs.values())
    for i, (a, roles) in enumerate(gold):
        if i not in matched:
            near = [pr for _, pr in pred if overlaps(roles["content"], pr["content"])]
            why = (" | a prediction overlaps its content; differs in "
                   + ", ".join(r for r in ROLES if roles[r] and not overlaps(roles[r], near[0][r]))
                   if near else "")
            scores.misses.append(f"{doc.name}: MISS {describe(doc.text, a, roles)}{why}")
    for j, (a, roles) in enumerate(pred):
        if j not in pairs:
            scores.false_alarms.append(
                f"{doc.name}: FALSE ALARM {describe(doc.text, a, roles)}")


def overlaps(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and overlap(a, b) > 0


def agreement(gold: dict[str, Span | None], pred: dict[str, Span | None]) -> int:
    """Total overlap when every role the gold has overlaps the prediction's, else 0."""
    if not any(gold.values()):
        return 0
    total = 0
    for role in ROLES:
        if gold[role] is None:
            continue  # a role the gold lacks is not asked for
        if not overlaps(gold[role], pred[role]):
            return 0
        total += overlap(gold[role], pred[role])  # type: ignore[arg-type]
    return total


def describe(text: str, a: Attribution, roles: dict[str, Span | None]) -> str:
    def show(span: Span | None) -> str:
        if span is None:
            return "-"
        words = squash(text[span[0]:span[1]])
        return repr(words if len(words) <= 80 else words[:60] + " ... " + words[-15:])

    spans = [s for s in roles.values() if s] or [(0, 0)]
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    left = squash(text[max(0, start - CONTEXT_CHARS):start])
    right = squash(text[end:end + CONTEXT_CHARS])
    return (f"{'direct' if a.direct else 'indirect'} {a.label} | "
            + " | ".join(f"{r} {show(roles[r])}" for r in ROLES)
            + f" | ...{left} [..] {right}...")


def score(docs: Iterable[PolnearDoc],
          predictions: Mapping[str, Iterable[Attribution]]) -> QuoteScores:
    """Micro-averaged scores; a document absent from `predictions` predicted nothing."""
    scores = QuoteScores()
    for doc in docs:
        scores.docs += 1
        score_doc(scores, doc, predictions.get(doc.name, ()))
    return scores


def evaluate(folder: Path, *, limit: int | None = None, jsonl: Path | None = None
             ) -> QuoteScores:
    """Run the pipeline on every (or the first `limit`) PolNeAR article and score it."""
    gold = load_gold(folder, jsonl)
    docs = list(gold)[:limit]
    predictions, failed, aligned = predict(docs)
    scores = score(docs, predictions)
    scores.rejected, scores.duplicates = list(gold.rejected), gold.duplicates
    scores.failed, scores.aligned = failed, aligned
    return scores


def format_table(scores: QuoteScores, title: str = "PolNeAR quotes") -> str:
    every = scores.tallies["all"]["all_three"]
    direct = scores.tallies["direct"]["all_three"]
    lines = [f"{title}: {scores.docs} docs, rejected {len(scores.rejected)}, pipeline "
             f"failures {len(scores.failed)}; gold attributions {every.n_gold} "
             f"({direct.n_gold} direct), predicted {every.n_pred} ({direct.n_pred} direct)"
             + (f"; {scores.ignored} empty predictions ignored" if scores.ignored else "")
             + (f"; {scores.aligned} texts aligned to the files" if scores.aligned else ""),
             *(f"  {name}: {reason}" for name, reason in scores.rejected + scores.failed)]
    for subset in SUBSETS:
        by = scores.tallies[subset]
        lines.append(f"{subset:<10}{'exact P':>9}{'R':>7}{'F1':>7}  {'overlap P':>9}{'R':>7}"
                     f"{'F1':>7}{'gold':>7}{'pred':>7}")
        for role in (*ROLES, "all three"):
            overlap_tally = by[f"{role}_overlap"] if role != "all three" else by["all_three"]
            exact = ("" if role == "all three" else
                     f"{by[role + '_exact'].precision:>9.3f}{by[role + '_exact'].recall:>7.3f}"
                     f"{by[role + '_exact'].f1:>7.3f}")
            lines.append(f"  {role:<8}{exact:>23}  {overlap_tally.precision:>9.3f}"
                         f"{overlap_tally.recall:>7.3f}{overlap_tally.f1:>7.3f}"
                         f"{overlap_tally.n_gold:>7}{overlap_tally.n_pred:>7}")
    return "\n".join(lines)
