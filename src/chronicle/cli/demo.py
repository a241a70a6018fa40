"""`chronicle demo`: run the bundled sample articles and print a readable summary."""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

from chronicle.cli.batch import run_batch
from chronicle.reading import Metadata
from chronicle.record import Record
from chronicle.record.schema import EventDate


def samples_dir() -> Path:
    return Path(str(resources.files("chronicle") / "data" / "samples"))


def add_parser(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("demo", help="extract the bundled sample articles")
    p.add_argument("-o", "--output", default="out/demo.jsonl", help="JSONL output file")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    out_path = Path(args.output)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as out:
        articles = sorted(samples_dir().glob("*.txt"))
        summary = run_batch(articles, out, actor_files=[], defaults=Metadata(),
                            on_record=print_record)
    for line in summary.lines():
        print(line)
    print(f"wrote {summary.read} record(s) to {out_path}")
    return 0 if summary.ok else 1


def print_record(record: Record) -> None:
    art = record.article
    print(f"\n== {art.id}  ({art.outlet or 'outlet unknown'}, {art.published or 'undated'})",
          file=sys.stdout)
    if record.status != "ok":
        print(f"   REJECTED: {record.error}")
        return
    print("   actors:")
    for actor in record.actors:
        said = sorted({d.text.replace("\n", " ") for d in actor.mention_details})
        where = f"{actor.country or '?'}/{actor.sector or '?'}"
        print(f"     {actor.name[:36]:<36} {where:<9} {len(actor.mentions):>2}x  "
              + "; ".join(said)[:80])
    names = {a.id: a.name for a in record.actors}
    print("   events:")
    for event in record.events:
        kind = event.type + (f":{event.mode}" if event.mode else "")
        actor = ", ".join(names[i] for i in event.actor) or "?"
        recipient = ", ".join(names[i] for i in event.recipient) or "-"
        extras = [f"aux={event.aux}"] if event.aux else []
        extras += [f"{k}={v}" for k in ("dead", "injured", "arrested")
                   if (v := getattr(event, k)) is not None]
        trigger = record.text[event.trigger[0]:event.trigger[1]]
        if event.place is not None:
            place = record.places[event.place]
            extras.append(f"@{place.name or place.text}"
                          + ("" if event.place_basis == "text" else f"({event.place_basis})"))
        print(f"     {kind:<24} {actor[:28]:<28} -> {recipient[:28]:<28} "
              f"{when(event.date):<12} {event.confidence:.2f}  '{trigger}' {' '.join(extras)}")
    if record.places:
        pins = {}
        for place in record.places:
            label = place.name or f"{place.text} (no pin)"
            pins.setdefault(label, f"{label} [{place.precision or '-'}"
                            + (f" {place.country}" if place.country else "") + "]")
        print("   places: " + "; ".join(pins.values())[:200])
    if record.times:
        print("   times: " + "; ".join(f"{t.text.replace(chr(10), ' ')} = {t.value}"
                                       for t in record.times)[:200])


def when(date: EventDate) -> str:
    """"2024-01-30", or "<=2024-02-02" when only the publication date bounds it."""
    if not date.value:
        return "?"
    bound = {"on_or_before": "<=", "on_or_after": ">="}.get(date.precision or "", "")
    return bound + date.value
