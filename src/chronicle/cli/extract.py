"""`chronicle extract PATH... [-o OUT.jsonl]`: records for files, folders and JSONL."""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from pathlib import Path

from chronicle.cli.batch import run_batch
from chronicle.errors import ChronicleError
from chronicle.reading import Metadata
from chronicle.reading.checks import normalize_published


def add_parser(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("extract", help="extract records from articles",
                            description="Read .txt/.html/.jsonl files or folders, write JSONL.")
    p.add_argument("paths", nargs="+", help="files or folders")
    p.add_argument("-o", "--output", default="-", help="output JSONL file, or - for stdout")
    p.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="extra actor dictionary (JSONL); entries replace ours by id")
    p.add_argument("--events", action="append", default=[], metavar="FILE",
                   help="extra trigger rows (TSV as data/events/triggers.tsv); replace ours "
                        "by lemma and part of speech")
    p.add_argument("--places", action="append", default=[], metavar="FILE",
                   help="extra places (TSV as data/places/sites.tsv); a row wins over a "
                        "registry place of the same name")
    p.add_argument("--published", help="publication date YYYY-MM-DD for inputs that lack one")
    p.add_argument("--outlet")
    p.add_argument("--url")
    p.add_argument("--title")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    warnings: list[str] = []
    published = normalize_published(args.published, warnings)
    if args.published and published is None:
        print(f"chronicle: --published {args.published!r} is not a date (YYYY-MM-DD)",
              file=sys.stderr)
        return 2
    defaults = Metadata(title=args.title, outlet=args.outlet, url=args.url, published=published)
    target = sys.stdout if args.output == "-" else None
    try:
        if target is None:
            Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        with (nullcontext(sys.stdout) if target else open(args.output, "w", encoding="utf-8")) \
                as out:
            summary = run_batch(args.paths, out, actor_files=args.actors, defaults=defaults,
                                progress=not args.no_progress, event_files=args.events,
                                place_files=args.places)
    except ChronicleError as e:
        print(f"chronicle: {e.message}", file=sys.stderr)
        return 2
    for line in summary.lines():
        print(line, file=sys.stderr)
    if args.output != "-":
        print(f"wrote {summary.read} record(s) to {args.output}", file=sys.stderr)
    return 0 if summary.ok or not summary.read else 1
