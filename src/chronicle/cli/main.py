"""`chronicle` command line: one module per command, this one only dispatches."""

from __future__ import annotations

import argparse
import sys

from chronicle.cli import demo, evaluate, extract, gazetteer, schema


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chronicle", description="News reports in, a sourced event ledger out.")
    commands = parser.add_subparsers(dest="command", required=True)
    for module in (extract, demo, schema, evaluate, gazetteer):
        module.add_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
