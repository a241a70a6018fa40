"""`chronicle eval places`: the scorer on records and files we write here, and the command."""

from __future__ import annotations

import json

import pytest

from chronicle.eval import places
from chronicle.record.places import main_event_place
from chronicle.record.schema import ArticleInfo, Event, Place, Record

TEXT = "Gunmen attacked a post in Say, near Niamey, on Monday."


INFO = ArticleInfo(id="t", sha256="0" * 64)


def record(place_list, events=(), main_place=None):
    return Record(article=INFO, status="ok", text=TEXT, places=place_list,
                  events=list(events), main_place=main_place)


def place(text, lat, lon, country="NER", precision="city"):
    start = TEXT.index(text)
    return Place(start=start, end=start + len(text), text=text, name=text, country=country,
                 lat=lat, lon=lon, precision=precision)


def event(place_index, basis="text", aux=None, at="attacked"):
    start = TEXT.index(at)
    return Event(id="e1", type="ASSAULT", trigger=(start, start + len(at)), confidence=0.5,
                 place=place_index, place_basis=basis, aux=aux)


def test_score_report_pairs_mentions_and_measures_distance():
    gold = {"mentions": [
        {"start": TEXT.index("Say"), "end": TEXT.index("Say") + 3, "text": "Say",
         "name": "Say", "country": "NER", "lat": 13.10, "lon": 2.37},
        {"start": TEXT.index("Niamey"), "end": TEXT.index("Niamey") + 6, "text": "Niamey",
         "name": "Niamey", "country": "NER", "lat": 13.51, "lon": 2.11}],
        "event_place": {"name": "Say", "country": "NER", "lat": 13.10, "lon": 2.37}}
    # Say pinned right; Niamey found but pinned 300 km off; one extra place
    rec = record([place("Say", 13.101, 2.369), place("Niamey", 16.0, 2.1),
                  place("Monday", 0.0, 0.0, country=None)], [event(0)])
    scores = places.PlaceScores()
    places.score_report(rec, gold, scores, "t")
    assert (scores.detection.tp, scores.detection.fp, scores.detection.fn) == (2, 1, 0)
    assert (scores.within.right, scores.within.total) == (1, 2)
    assert (scores.country.right, scores.country.total) == (2, 2)
    assert (scores.event_within.right, scores.event_country.right) == (1, 1)
    assert any(line.startswith("t: FAR") for line in scores.errors)
    assert any(line.startswith("t: EXTRA") for line in scores.errors)


def test_main_event_place_prefers_a_realized_event_placed_by_the_text():
    pl = [place("Say", 13.1, 2.37), place("Niamey", 13.51, 2.11)]
    rec = record(pl, [event(1, basis="article"), event(0, aux="future", at="post"),
                      event(0, at="Monday")])
    assert main_event_place(rec).text == "Say"
    assert main_event_place(record(pl, [event(1, basis="article")])).text == "Niamey"
    assert main_event_place(record(pl)) is None
    assert main_event_place(record(pl, main_place=1)).text == "Niamey"


@pytest.mark.slow
def test_evaluate_descriptions_on_a_file_of_our_own(tmp_path):
    rows = [
        {"id": "d1", "text": "Gunmen attacked a gendarmerie post in Say (Tillaberi), "
                             "killing two gendarmes.", "date": "2023-07-22",
         "place": {"name": "Say", "country": "NER", "lat": 13.101, "lon": 2.369,
                   "precision": "city", "coded_at_own_coordinates": True}},
        {"id": "d2", "text": "The ministry said talks would resume.", "date": "2023-07-22",
         "place": {"name": "Niger", "country": "NER", "lat": 17.6, "lon": 8.08,
                   "precision": "country", "coded_at_own_coordinates": False}},
    ]
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    scores = places.evaluate_descriptions(path)
    assert (scores.own.right, scores.own.total) == (1, 1)
    assert (scores.all.right, scores.all.total) == (1, 2)
    assert scores.unplaced == 1
    assert "d2: gold Niger" in scores.errors[0]
    table = places.format_tables(None, scores)
    assert "own coordinates 1.000 (1/1)" in table


def test_gold_files_hold_their_offsets(shared):
    texts = shared / "data" / "articles" / "dev"
    files = sorted(places.default_gold_dir().glob("*.json"))
    assert len(files) >= 15
    for path in files:
        _, gold = places.load_report_gold(path, texts)
        assert gold["mentions"]
