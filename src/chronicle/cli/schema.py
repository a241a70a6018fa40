"""`chronicle schema`: print the record's JSON Schema."""

from __future__ import annotations

import argparse
import json

from chronicle.record import record_json_schema


def add_parser(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("schema", help="print the record JSON Schema")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    print(json.dumps(record_json_schema(), indent=2))
    return 0
