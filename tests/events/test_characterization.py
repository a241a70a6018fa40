"""Calling someone's deed a crime accuses its doer (sentences written for these tests)."""

from __future__ import annotations

import pytest

import chronicle

pytestmark = pytest.mark.slow


def coded(text: str) -> list[tuple[str, set, set]]:
    record = chronicle.extract(text, published="2024-02-02")
    country = {a.id: a.country for a in record.actors}
    return [(e.type, {country[i] for i in e.actor}, {country[i] for i in e.recipient})
            for e in record.events]


def test_naming_a_deed_a_crime_accuses_its_doer() -> None:
    events = coded("Kenya described the raid by Somalia as an act of aggression.")
    assert ("ACCUSE", {"KEN"}, {"SOM"}) in events
    assert ("ASSAULT", {"SOM"}, set()) in events  # the raid itself stays


def test_a_judgement_is_no_plan() -> None:
    # "consider" plans ("considered strikes on Iran"), but "considered X a violation" judges
    events = coded("Al-Shabaab considered the Kenyan assassination a violation of the "
                   "sovereignty of Somalia.")
    assert ("ACCUSE", {"SOM"}, {"KEN"}) in events
    assert not [e for e in events if e[0] == "THREATEN"]


def test_a_neutral_name_accuses_no_one() -> None:
    events = coded("Kenya described the raid by Somalia as a border operation.")
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_the_deed_told_before_is_judged_by_a_condemning_verb() -> None:
    # "the strikes" are the ones just told; "violate" is the judgement, no second assault
    events = coded("Kenya struck al-Shabaab camps in Somalia on Friday. Mogadishu says the "
                   "strikes violate its sovereignty.")
    assert ("ACCUSE", {"SOM"}, {"KEN"}) in events
    assert [e for e in events if e[0] == "ASSAULT"] == [("ASSAULT", {"KEN"}, {"SOM"})]


def test_the_deed_told_before_is_judged_by_a_condemning_name() -> None:
    events = coded("Kenya struck al-Shabaab camps in Somalia on Friday. Mogadishu described "
                   "the strikes as an act of aggression.")
    assert ("ACCUSE", {"SOM"}, {"KEN"}) in events
