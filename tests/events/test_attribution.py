"""Accusations: blame, condemnation of a deed, and attacks pinned on someone by a speaker."""

from __future__ import annotations

import pytest

import chronicle

pytestmark = pytest.mark.slow


def coded(text: str) -> list[tuple[str, set, set, str]]:
    record = chronicle.extract(text, published="2024-02-02")
    country = {a.id: a.country or a.name for a in record.actors}
    return [(e.type, {country[i] for i in e.actor}, {country[i] for i in e.recipient},
             country.get(e.asserted_by, e.asserted_by)) for e in record.events]


def test_condemning_a_deed_accuses_its_actor() -> None:
    events = coded("Turkey strongly condemned the air strikes carried out by Russia.")
    assert ("ACCUSE", {"TUR"}, {"RUS"}, "outlet") in events
    assert ("ASSAULT", {"RUS"}, set(), "outlet") in events


def test_condemning_a_killing_does_not_accuse_the_victims() -> None:
    events = coded("France condemned the killing of three Malian soldiers.")
    accusations = [e for e in events if e[0] == "ACCUSE"]
    assert accusations and all("MLI" not in e[2] for e in accusations)
    assert any(e[0] == "ASSAULT" and e[2] == {"MLI"} for e in events)


def test_blame_hung_on_the_object() -> None:
    events = coded("Ankara blamed the bombing on the Kurdistan Workers' Party.")
    [accusation] = [e for e in events if e[0] == "ACCUSE"]
    assert accusation[1] == {"TUR"} and accusation[2]
    assert not [e for e in events if e[0] == "ASSAULT" and e[2] == accusation[2]]


def test_attack_pinned_on_someone_by_a_speaker_is_an_accusation() -> None:
    events = coded("The rockets were fired by Syrian government forces, two Turkish "
                   "officials said.")
    assert ("ASSAULT", {"SYR"}, set(), "TUR") in events
    assert ("ACCUSE", {"TUR"}, {"SYR"}, "TUR") in events


def test_own_attack_told_by_its_actor_is_no_accusation() -> None:
    events = coded("Russia's defence ministry said its forces struck Ukrainian positions.")
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_those_to_blame_are_accused_by_the_speaker() -> None:
    events = coded("Ankara said Kurdish militants of the PKK were to blame.")
    [accusation] = [e for e in events if e[0] == "ACCUSE"]
    assert accusation[1] == {"TUR"} and accusation[2]


def test_condemned_deed_told_with_its_actor_elsewhere() -> None:
    events = coded("Russian jets struck a market in Idlib on Monday, killing 12 people. "
                   "Turkey condemned the air strikes on Tuesday.")
    assert ("ACCUSE", {"TUR"}, {"RUS"}, "outlet") in events


def test_announced_deed_with_no_doer_is_the_speakers_threat() -> None:
    events = coded('"There will be more strikes in the coming days," the Turkish defence '
                   'minister said.')
    assert [e[:2] for e in events if e[0] == "THREATEN"] == [("THREATEN", {"TUR"})]


def test_gerund_taken_for_a_noun_keeps_its_subject() -> None:
    events = coded('Turkey struck 20 targets, with the Turkish president warning: "If you '
                   'harm a Turk, we will respond."')
    assert any(e[0] == "THREATEN" and e[1] == {"TUR"} for e in events)


def test_linked_to_an_attack_is_an_accusation_linked_to_a_group_is_not() -> None:
    events = coded("Al-Shabaab, a militant group the Kenyan government said was linked to the "
                   "deadly attack, denied it.")
    assert any(e[0] == "ACCUSE" and e[1] == {"KEN"} and e[2] == {"SOM"} for e in events)
    assert not [e for e in coded("The camps were linked to al-Shabaab.") if e[0] == "ACCUSE"]


def test_a_threat_beside_an_accusation_is_aimed_at_the_accused() -> None:
    events = coded("Ankara blamed the Kurdistan Workers' Party for the bombing and vowed "
                   "revenge.")
    [threat] = [e for e in events if e[0] == "THREATEN"]
    [accusation] = [e for e in events if e[0] == "ACCUSE"]
    assert threat[2] == accusation[2] and threat[2]
