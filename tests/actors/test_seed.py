"""The seed article (read in place from ../shared): the actors expected.md lists."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.shared]


def actors_at(record, phrase: str, length: int | None = None):
    start = record.text.index(phrase)
    span = (start, start + (length or len(phrase)))
    return [a for a in record.actors if any(s < span[1] and span[0] < e for s, e in a.mentions)]


@pytest.mark.parametrize("phrase, length, country", [
    ("Harakat Hezbollah Nujaba", None, "IRQ"),
    ("Akram al-Kaabi", None, "IRQ"),
    ("Washington has threatened", 10, "USA"),
    ("US threats", 2, "USA"),
    ("Islamic Resistance in Iraq", None, "IRQ"),
    ("occupying regime", None, "ISR"),
    ("Qassem Soleimani", None, "IRN"),
    ("Abu Mahdi al-Muhandis", None, "IRQ"),
    ("Donald Trump", None, "USA"),
    ("UN Security Council", None, "UNO"),
    ("American forces", None, "USA"),
    ("its troops", None, "USA"),
])
def test_seed_actor_country(seed_record, phrase: str, length: int | None, country: str) -> None:
    found = actors_at(seed_record, phrase, length)
    assert any(a.country == country for a in found), (phrase, [a.name for a in found])


def test_seed_he_is_al_kaabi(seed_record) -> None:
    he = actors_at(seed_record, "He added", 2)
    kaabi = actors_at(seed_record, "Akram al-Kaabi")
    assert he and kaabi and he[0].id == kaabi[0].id


def test_seed_descriptors_and_definites(seed_record) -> None:
    group = actors_at(seed_record, "The group cited", 9)
    iri = actors_at(seed_record, "Islamic Resistance in Iraq")
    assert group and group[0].id == iri[0].id
    his_group = actors_at(seed_record, "his group")
    nujaba = actors_at(seed_record, "Harakat Hezbollah Nujaba")
    assert his_group and his_group[0].id == nujaba[0].id
