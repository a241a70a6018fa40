"""Articles per second: the whole chronicle pipeline vs the bare spaCy parse, same run.

usage: python benchmarks/throughput.py [--repeat N] [PATH...]
Texts: the bundled samples plus, when present, ../shared/data/articles/dev (read in place).
Prints both rates and the ratio; each stage's own share comes from timing the components.
"""

from __future__ import annotations

import argparse
import json
import time
from importlib import resources
from pathlib import Path

import spacy

from chronicle.eval.common import shared_dir
from chronicle.pipeline import MODEL, load_nlp


def load_texts(paths: list[str]) -> list[str]:
    texts: list[str] = []
    samples = Path(str(resources.files("chronicle") / "data" / "samples"))
    texts += [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))]
    roots = [Path(p) for p in paths]
    shared = shared_dir()
    if not paths and shared is not None:
        roots.append(shared / "data" / "articles" / "dev")
    for root in roots:
        for path in sorted(root.glob("*.json")):
            texts.append(json.loads(path.read_text(encoding="utf-8"))["text"])
        texts += [p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt"))]
    return texts


def prepared(nlp, text: str):  # noqa: ANN001, ANN201
    """A Doc as `chronicle.pipeline.make_doc` hands it to the pipeline: it carries its text."""
    doc = nlp.make_doc(text)
    doc._.source_text = text
    return doc


def timed(fn, repeat: int) -> float:  # noqa: ANN001
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return min(runs)


def timed_pair(first, second, repeat: int) -> tuple[float, float]:  # noqa: ANN001
    """Best-of-N times of two jobs run alternately, so drift in machine load hits both."""
    a, b = [], []
    for _ in range(repeat):
        a.append(timed(first, 1))
        b.append(timed(second, 1))
    return min(a), min(b)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    texts = load_texts(args.paths)
    bare = spacy.load(MODEL)
    full = load_nlp()
    list(full.pipe(texts[:2]))  # warm up both
    list(bare.pipe(texts[:2]))
    t_bare, t_full = timed_pair(lambda: list(bare.pipe(texts)),
                                lambda: list(full.pipe(prepared(full, t) for t in texts)),
                                args.repeat)
    # each chronicle stage alone, on docs already parsed (by the full pipeline's own parser,
    # so that the stage and the docs share one vocabulary)
    stages = [name for name in full.pipe_names if name.startswith("chronicle_")]
    docs = list(full.pipe((prepared(full, t) for t in texts), disable=stages))
    stage_times = {}
    for name in stages:
        component = full.get_pipe(name)
        if name == "chronicle_lines":
            # it runs before the parser: time it on unparsed docs
            stage_times[name] = timed(
                lambda c=component: [c(full.make_doc(t)) for t in texts], args.repeat)
            continue
        stage_times[name] = timed(lambda c=component: [c(d) for d in docs], args.repeat)
    chars = sum(len(t) for t in texts)
    print(f"texts: {len(texts)} articles, {chars:,} characters; best of {args.repeat} runs")
    print(f"bare spaCy parse ({MODEL}): {len(texts) / t_bare:8.1f} articles/s  ({t_bare:.2f} s)")
    print(f"chronicle pipeline:          {len(texts) / t_full:8.1f} articles/s  ({t_full:.2f} s)")
    print(f"ratio full/bare time: {t_full / t_bare:.3f}  (overhead {t_full / t_bare - 1:+.1%})")
    for name, seconds in stage_times.items():
        print(f"  {name}: {seconds:.3f} s = {seconds / t_bare:.1%} of the bare parse")


if __name__ == "__main__":
    main()
