"""The seed article's events (read in place from ../shared): expected.md's reading."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.shared]


def test_seed_events_against_expected(seed_record, shared, tmp_path) -> None:
    import json
    import subprocess
    import sys

    out = tmp_path / "seed.jsonl"
    out.write_text(json.dumps(seed_record.to_json_dict()) + "\n")
    scorer = shared / "tools" / "seed_check" / "score_seed.py"
    result = subprocess.run([sys.executable, str(scorer), str(out), "--part", "events"],
                            capture_output=True, text=True, check=False)
    line = next(x for x in result.stdout.splitlines() if x.startswith("seed:"))
    got, total = (int(x) for x in line.split("events")[1].split(",")[0].split("/"))
    assert got >= 9, result.stdout


def test_seed_nothing_negated_reported_as_realized(seed_record) -> None:
    text = seed_record.text
    for event in seed_record.events:
        trigger = text[event.trigger[0]:event.trigger[1]]
        if "refrain" in trigger or "withdraw" in trigger:
            assert event.aux == "negated"


def test_seed_2020_strike_is_one_historical_event(seed_record) -> None:
    actors = {a.id: a for a in seed_record.actors}
    strikes = [e for e in seed_record.events if e.type == "ASSAULT" and e.aux == "historical"
               and any("Soleimani" in actors[r].name for r in e.recipient)]
    assert len(strikes) == 1 and len(strikes[0].evidence) >= 2
