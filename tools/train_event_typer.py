"""Train the event typer (src/chronicle/data/events/typer.json) on PLV-format sentences.

usage: python tools/train_event_typer.py [--plv ../shared/data/plover/PLV_train.tsv]
       [--folds 5] [--no-write]

The normal pipeline (rules only) codes each sentence; the event linking the marked source and
target gets the sentence's gold category as its label. A multinomial logistic regression over
typing.event_features is fitted with numpy (L2, full-batch gradient descent). K-fold
cross-validation on the sentences reports the PLV macro-F1 of rules alone and of rules plus the
model at several confidence thresholds; the best threshold is written with the model.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np
import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from chronicle.eval.common import shared_dir  # noqa: E402
from chronicle.eval.plv import MERGED, PlvItem, load_plv, pick_event_index  # noqa: E402
from chronicle.events.typing import event_features, model_path, retypable  # noqa: E402
from chronicle.pipeline import MODEL  # noqa: E402
from chronicle.reading import Article  # noqa: E402
from chronicle.record import doc_to_record  # noqa: E402


def rules_only_nlp():
    import chronicle.actors.component  # noqa: F401
    import chronicle.events.component  # noqa: F401

    nlp = spacy.load(MODEL)
    nlp.add_pipe("chronicle_actors")
    nlp.add_pipe("chronicle_events", config={"use_typer": False, "min_confidence": 0.0})
    return nlp


def examples(items: list[PlvItem]) -> list[tuple[list[str] | None, str, str, bool]]:
    """Per sentence: the linking event's features (None if no event), its rule type, gold,
    and whether the coder would let the typer retype it."""
    nlp = rules_only_nlp()
    out = []
    for item, doc in zip(items, nlp.pipe(i.text for i in items), strict=True):
        article = Article(id=item.id, text=item.text, source="plv")
        record = doc_to_record(article, doc)
        index = pick_event_index(record, item)
        if index is None:
            out.append((None, "NONE", item.gold, False))
            continue
        event = doc._.events[index]
        out.append((event_features(event), MERGED.get(event.type, event.type), item.gold,
                    retypable(event)))
    return out


def fit(rows: list[tuple[list[str], str]], labels: list[str], *, l2: float = 1.0,
        steps: int = 800, rate: float = 1.0) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    vocab: dict[str, int] = {}
    for features, _ in rows:
        for f in features:
            vocab.setdefault(f, len(vocab))
    x = np.zeros((len(rows), len(vocab)), dtype=np.float32)
    y = np.zeros((len(rows), len(labels)), dtype=np.float32)
    for i, (features, label) in enumerate(rows):
        for f in features:
            x[i, vocab[f]] = 1.0
        y[i, labels.index(label)] = 1.0
    w = np.zeros((len(vocab), len(labels)), dtype=np.float32)
    b = np.zeros(len(labels), dtype=np.float32)
    for _ in range(steps):
        scores = x @ w + b
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        grad = probs - y
        w -= rate * ((x.T @ grad) / len(rows) + l2 * w / len(rows))
        b -= rate * grad.mean(axis=0)
    return vocab, w, b


def predict(model, features: list[str], labels: list[str], rule: str | None = None
            ) -> tuple[str, float, float]:
    """The best label, its probability, and its lead over the rule's own label."""
    vocab, w, b = model
    scores = b.copy()
    for f in features:
        if f in vocab:
            scores = scores + w[vocab[f]]
    scores = scores - scores.max()
    probs = np.exp(scores) / np.exp(scores).sum()
    best = int(probs.argmax())
    own = float(probs[labels.index(rule)]) if rule in labels else 0.0
    return labels[best], float(probs[best]), float(probs[best]) - own


def macro_f1(gold: list[str], pred: list[str]) -> float:
    scores = []
    for label in sorted(set(gold)):
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, pred, strict=True))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0)
    return sum(scores) / len(scores)


def main() -> None:
    ap = argparse.ArgumentParser()
    default = (shared_dir() or Path("../shared")) / "data" / "plover" / "PLV_train.tsv"
    ap.add_argument("--plv", type=Path, default=default)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--no-write", action="store_true")
    # The margin is not chosen on PLV: the typer learns from single sentences, and on whole
    # reports its retypings cost more than they gain. A trigger word never seen in training
    # is never retyped (an unseen "backing" was made a YIELD by the generic features); on
    # top of that, on the 48 dev reports a lead of 0.2 over the rule's own label raised
    # type+actor+recipient F1 by about 0.006, at a cost of about 0.013 of PLV
    # cross-validated macro-F1, which the table below shows.
    ap.add_argument("--margin", type=float, default=0.2)
    args = ap.parse_args()
    items = load_plv(args.plv)
    data = examples(items)
    labels = sorted({gold for _, _, gold, _ in data})
    gold = [g for _, _, g, _ in data]
    rules = [r for _, r, _, _ in data]
    print(f"{len(data)} sentences, {sum(f is not None for f, _, _, _ in data)} with a linking "
          "event")
    print(f"rules alone: macro-F1 {macro_f1(gold, rules):.3f}")
    order = list(range(len(data)))
    random.Random(13).shuffle(order)
    # (threshold, margin): retype when the model's label is at least this probable and
    # leads the rule's own label by at least the margin
    settings = [(t, m) for t in (0.0, 0.2, 0.3, 0.4, 0.5, 0.6) for m in (0.0, 0.1, 0.2, 0.3)]
    preds = {s: list(rules) for s in settings}
    for fold in range(args.folds):
        test = set(order[fold::args.folds])
        train = [(f, g) for k, (f, _, g, _) in enumerate(data)
                 if k not in test and f is not None]
        model = fit(train, labels)
        for k in test:
            features, rule, _, eligible = data[k]
            if features is None or not eligible:
                continue
            label, prob, lead = predict(model, features, labels, rule)
            if features[0] not in model[0]:
                continue  # the trigger word itself ("lemma=...") was never seen: no opinion
            for t, m in settings:
                if prob >= t and lead >= m:
                    preds[t, m][k] = label
    scores = {s: macro_f1(gold, preds[s]) for s in settings}
    # the threshold is chosen by cross-validation at the margin asked for; ties go to the
    # higher threshold (fewer retypings)
    best = max((s for s in settings if s[1] == args.margin),
               key=lambda s: (round(scores[s], 4), s[0]))
    for t, m in settings:
        mark = "  <- chosen" if (t, m) == best else ""
        print(f"rules + model (threshold {t}, margin {m}): {args.folds}-fold CV macro-F1 "
              f"{scores[t, m]:.3f}{mark}")
    if args.no_write:
        return
    vocab, w, b = fit([(f, g) for f, _, g, _ in data if f is not None], labels)
    keep = {f: [round(float(v), 3) for v in w[i]] for f, i in vocab.items()
            if float(np.abs(w[i]).max()) >= 0.02}
    model_path().write_text(json.dumps({
        "about": "event typer trained by tools/train_event_typer.py on PLV-format sentences",
        "labels": labels, "threshold": best[0], "margin": best[1],
        "bias": [round(float(v), 3) for v in b],
        "weights": keep}, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {model_path()} ({len(keep)} features)")


if __name__ == "__main__":
    main()
