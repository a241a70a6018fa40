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
    e = stages.add_parser("events", help="event typing on PLV-format sentences")
    e.add_argument("--plv", type=Path, default=None,
                   help="PLV .tsv file (default: ../shared/data/plover/PLV_train.tsv)")
    e.add_argument("--limit", type=int, default=None, help="score only the first N rows")
    e.add_argument("--json", type=Path, default=None)
    e.add_argument("--errors", action="store_true", help="list the sentences coded wrong")
    e.set_defaults(run=run_events)
    r = stages.add_parser("reports", help="whole-report events against dev_gold")
    r.add_argument("--gold", type=Path, default=None,
                   help="folder of *.gold.json (default: ../shared/data/articles/dev_gold)")
    r.add_argument("--texts", type=Path, default=None,
                   help="folder of the reports (default: ../shared/data/articles/dev)")
    r.add_argument("--json", type=Path, default=None)
    r.add_argument("--errors", action="store_true", help="list misses and false alarms")
    r.set_defaults(run=run_reports)
    t = stages.add_parser("time", help="TIMEX3 spans, types and values on TimeML (TempEval-3)")
    t.add_argument("--timeml", type=Path, default=None,
                   help="folder of .tml files, searched recursively "
                        "(default: ../shared/data/timeml)")
    t.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    t.add_argument("--json", type=Path, default=None, help="write the scores as JSON here")
    t.add_argument("--errors", action="store_true",
                   help="list misses, false alarms and wrong spans, types and values")
    t.add_argument("--predictions", type=Path, default=None,
                   help="write the predicted TIMEX3s as JSON lines (timex_score.py's format)")
    t.set_defaults(run=run_time)
    q = stages.add_parser("quotes", help="quote source, cue and content on PolNeAR")
    q.add_argument("--polnear", type=Path, default=None,
                   help="a PolNeAR split folder with text/ and attributions/ "
                        "(default: ../shared/data/quotes/polnear/dev)")
    q.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    q.add_argument("--json", type=Path, default=None, help="write the scores as JSON here")
    q.add_argument("--errors", action="store_true",
                   help="list missed and falsely found attributions with their context")
    q.set_defaults(run=run_quotes)
    pl = stages.add_parser("places", help="toponyms, pins and event places (our gold)")
    pl.add_argument("--gold", type=Path, default=None,
                    help="folder of report gold files (default: eval/gold/places)")
    pl.add_argument("--texts", type=Path, default=None,
                    help="folder of the reports (default: ../shared/data/articles/dev)")
    pl.add_argument("--descriptions", type=Path, default=None,
                    help="JSONL of event descriptions with gold coordinates "
                         "(default: eval/gold/places_descriptions.jsonl)")
    pl.add_argument("--descriptions-only", action="store_true",
                    help="score only the descriptions")
    pl.add_argument("--json", type=Path, default=None, help="write the scores as JSON here")
    pl.add_argument("--errors", action="store_true",
                    help="list misses, false alarms and pins more than 25 km off")
    pl.set_defaults(run=run_places)


def shared_path(*parts: str) -> Path | None:
    root = shared_dir()
    return root.joinpath(*parts) if root else None


def run_events(args: argparse.Namespace) -> int:
    from chronicle.eval import plv

    path = args.plv or shared_path("data", "plover", "PLV_train.tsv")
    if path is None or not path.exists():
        print("chronicle eval events: no PLV file (../shared absent); skipped", file=sys.stderr)
        return 0
    scores = plv.evaluate(path, limit=args.limit)
    print(plv.format_table(scores))
    if args.errors:
        for sid, gold, pred, text in scores.rows:
            if gold != pred:
                print(f"{sid}\t{gold}\t{pred}\t{text}")
    if args.json:
        args.json.write_text(json.dumps(scores.to_dict(), indent=2))
    return 0


def run_reports(args: argparse.Namespace) -> int:
    from chronicle.eval import reports

    gold = args.gold or shared_path("data", "articles", "dev_gold")
    texts = args.texts or shared_path("data", "articles", "dev")
    if gold is None or texts is None or not gold.is_dir():
        print("chronicle eval reports: no gold (../shared absent); skipped", file=sys.stderr)
        return 0
    scores = reports.evaluate(gold, texts)
    print(reports.format_table(scores))
    if args.errors:
        for line in scores.misses + scores.false_alarms + scores.misdated:
            print(line)
    if args.json:
        args.json.write_text(json.dumps(scores.to_dict(), indent=2))
    return 0


def run_time(args: argparse.Namespace) -> int:
    from chronicle.eval import timeml

    if args.timeml is not None and not args.timeml.exists():
        print(f"chronicle eval time: {args.timeml} does not exist", file=sys.stderr)
        return 2
    folder = args.timeml or shared_path("data", "timeml")
    if folder is None or not folder.exists():
        print("chronicle eval time: no TimeML folder (../shared absent); skipped",
              file=sys.stderr)
        return 0
    scores = timeml.evaluate(folder, limit=args.limit)
    print(timeml.format_table(scores))
    if scores.rejected or scores.failed:
        print(f"chronicle eval time: {len(scores.rejected)} file(s) rejected, "
              f"{len(scores.failed)} document(s) failed in the pipeline", file=sys.stderr)
    if args.errors:
        for line in scores.error_lines():
            print(line)
    if args.json:
        args.json.write_text(json.dumps(scores.to_dict(), indent=2))
    if args.predictions:
        timeml.write_predictions(args.predictions, scores.predictions)
    return 0


def run_quotes(args: argparse.Namespace) -> int:
    from chronicle.eval import quotes

    if args.polnear is not None and not args.polnear.exists():
        print(f"chronicle eval quotes: {args.polnear} does not exist", file=sys.stderr)
        return 2
    folder = args.polnear or shared_path("data", "quotes", "polnear", "dev")
    if folder is None or not folder.exists():
        print("chronicle eval quotes: no PolNeAR folder (../shared absent); skipped",
              file=sys.stderr)
        return 0
    try:
        scores = quotes.evaluate(folder, limit=args.limit)
    except FileNotFoundError as e:
        print(f"chronicle eval quotes: {e}", file=sys.stderr)
        return 2
    print(quotes.format_table(scores))
    if scores.rejected or scores.failed:
        print(f"chronicle eval quotes: {len(scores.rejected)} file(s) rejected, "
              f"{len(scores.failed)} article(s) failed in the pipeline", file=sys.stderr)
    if args.errors:
        for line in scores.misses + scores.false_alarms:
            print(line)
    if args.json:
        args.json.write_text(json.dumps(scores.to_dict(), indent=2))
    return 0


def run_actors(args: argparse.Namespace) -> int:
    texts = args.texts or shared_path("data", "articles", "dev")
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


def run_places(args: argparse.Namespace) -> int:
    from chronicle.eval import places as places_eval

    reports = None
    texts = args.texts or shared_path("data", "articles", "dev")
    if texts is None or not texts.is_dir():
        print("chronicle eval places: no report texts (../shared absent); reports skipped",
              file=sys.stderr)
    elif not args.descriptions_only:
        reports = places_eval.evaluate_reports(args.gold or places_eval.default_gold_dir(),
                                               texts)
    descriptions = places_eval.evaluate_descriptions(
        args.descriptions or places_eval.default_descriptions())
    print(places_eval.format_tables(reports, descriptions))
    if args.errors:
        for line in (reports.errors if reports else []) + descriptions.errors:
            print(line)
    if args.json:
        args.json.write_text(json.dumps(
            {"reports": reports.to_dict() if reports else None,
             "descriptions": descriptions.to_dict()}, indent=2))
    return 0
