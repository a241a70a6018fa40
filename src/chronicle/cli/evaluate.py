"""`chronicle eval <stage>`: score a stage against gold data and print a table."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from chronicle.eval import actors as actors_eval
from chronicle.eval.common import shared_dir


def add_parser(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("eval", help="score a stage against gold data")
    stages = p.add_subparsers(dest="stage", required=True)
    a = stages.add_parser("actors", help="actor mentions and their resolution")
    a.add_argument("--gold", type=Path, default=None,
                   help="folder of gold files (default: the project's eval/gold/actors)")
    a.add_argument("--texts", type=Path, default=None,
                   help="folder of the reports (default: ../shared/data/articles/dev)")
    a.add_argument("--json", type=Path, default=None, help="write the scores as JSON here")
    a.add_argument("--errors", action="store_true", help="list misses and false alarms")
    a.set_defaults(run=run_actors)


def run_actors(args: argparse.Namespace) -> int:
    texts = args.texts or (shared_dir() / "data" / "articles" / "dev" if shared_dir() else None)
    if texts is None or not texts.is_dir():
        print("chronicle eval actors: no report texts (../shared absent); skipped",
              file=sys.stderr)
        return 0
    gold = args.gold or actors_eval.default_gold_dir()
    result = actors_eval.evaluate(gold, texts)
    print(actors_eval.format_table(result))
    if args.errors:
        for line in result.error_lines():
            print(line)
    if args.json:
        args.json.write_text(json.dumps(result.to_dict(), indent=2))
    return 0
