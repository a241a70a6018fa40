"""The command line: extract a folder of good and bad inputs; schema; demo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronicle.cli.main import main

pytestmark = pytest.mark.slow

GOOD = ("Ukrainian forces shot down 12 drones overnight, the air force said on Sunday, "
        "while Moscow said its troops had taken a village in the east.")


def make_inputs(folder: Path) -> None:
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "good.meta.json").write_text(json.dumps({"published": "2024-05-12"}))
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    (folder / "french.txt").write_text(
        "Les forces ukrainiennes ont abattu douze drones pendant la nuit, a indiqué dimanche "
        "l'armée de l'air, tandis que Moscou affirmait que ses troupes avaient pris un village.",
        encoding="utf-8")
    (folder / "broken.jsonl").write_text(
        json.dumps({"id": "j1", "text": GOOD}) + "\n{oops\n", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 ...")


def test_cli_extract_folder_accounts_for_everything(tmp_path: Path, capsys) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    make_inputs(inputs)
    out = tmp_path / "out.jsonl"
    code = main(["extract", str(inputs), "-o", str(out), "--no-progress"])
    assert code == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 7
    by_status = {r["article"]["source"].split("/")[-1]: (r["status"], r["error"])
                 for r in records}
    assert by_status["good.txt"] == ("ok", None)
    for name in ("empty.txt", "binary.txt", "french.txt", "scan.pdf"):
        assert by_status[name][0] == "rejected" and by_status[name][1]
    err = capsys.readouterr().err
    assert "read 7, ok 2, rejected 5" in err
    assert "E004" in err


def test_cli_extract_stdout_and_metadata_flags(capsys, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    assert main(["extract", str(path), "-o", "-", "--published", "2024-05-12",
                 "--outlet", "Wire", "--no-progress"]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert record["article"]["published"] == "2024-05-12"
    assert record["article"]["outlet"] == "Wire"


def test_cli_schema_prints_json(capsys) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$id"] == "chronicle/1"


def test_cli_demo_runs_bundled_samples(tmp_path: Path, capsys) -> None:
    out = tmp_path / "demo.jsonl"
    assert main(["demo", "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) >= 12
    assert all(r["status"] == "ok" for r in records)
    assert all(r["article"]["published"] for r in records)
    assert all(r["actors"] for r in records)


def test_cli_extract_with_a_places_file_of_our_own(tmp_path: Path, capsys) -> None:
    places = tmp_path / "places.tsv"
    places.write_text("name\tlevel\tcountry\tlat\tlon\taliases\tnote\n"
                      "Camp Sandhill\tsite\tIRQ\t33.5000\t42.1000\tSandhill base\t\n",
                      encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text("A rocket struck Camp Sandhill on Monday, officials said.",
                    encoding="utf-8")
    assert main(["extract", str(text), "-o", "-", "--published", "2024-05-12",
                 "--places", str(places), "--no-progress"]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    pins = {p["text"]: (p["name"], p["country"], p["precision"]) for p in record["places"]}
    assert pins["Camp Sandhill"] == ("Camp Sandhill", "IRQ", "site")


def test_cli_extract_refuses_a_bad_places_file(tmp_path: Path, capsys) -> None:
    places = tmp_path / "bad.tsv"
    places.write_text("name\tlevel\tcountry\tlat\tlon\taliases\nX\tsite\tIRQ\tnorth\t1\t\n",
                      encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text(GOOD, encoding="utf-8")
    assert main(["extract", str(text), "-o", "-", "--places", str(places),
                 "--no-progress"]) == 2
    assert "bad.tsv" in capsys.readouterr().err


def test_cli_gazetteer_info_and_lookup(capsys) -> None:
    assert main(["gazetteer", "info"]) == 0
    assert "gazetteer index:" in capsys.readouterr().out
    assert main(["gazetteer", "lookup", "Baghdad"]) == 0
    out = capsys.readouterr().out
    assert "Baghdad [city] IRQ 33.34" in out
