"""`chronicle gazetteer`: build the place index now (it is otherwise built on first use),
say where it is, or look a name up."""

from __future__ import annotations

import argparse
import sys
import time

from chronicle.places.gazetteer import Gazetteer, ensure_index, fingerprint, index_path
from chronicle.places.lexicon import load_lexicon


def add_parser(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("gazetteer", help="build, locate or query the place index")
    p.add_argument("action", choices=("build", "info", "lookup"))
    p.add_argument("names", nargs="*", help="names to look up (with `lookup`)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = index_path()
    if args.action == "info":
        state = "built" if path.exists() else "not built yet (built on first use)"
        print(f"gazetteer index: {path} ({state}); sources fingerprint {fingerprint()}")
        return 0
    started = time.perf_counter()
    built_now = not path.exists()
    path = ensure_index()
    if args.action == "build":
        verb = "built" if built_now else "already built"
        print(f"gazetteer index {verb}: {path} ({time.perf_counter() - started:.1f} s)",
              file=sys.stderr)
        return 0
    gazetteer = Gazetteer(path, load_lexicon().sites)
    for name in args.names:
        found = sorted(gazetteer.lookup(name), key=lambda x: -x[0].population)
        print(f"{name}: {len(found)} place(s)")
        for entry, main in found[:20]:
            pin = f"{entry.lat:.4f},{entry.lon:.4f}" if entry.lat is not None else "no pin"
            print(f"  {entry.name} [{entry.level}] {entry.country or '-'} {pin} "
                  f"pop {entry.population:,}{'' if main else ' (alternate name)'}")
    return 0
