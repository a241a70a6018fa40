"""First person inside quotations, and roles without names (sentences written for these tests)."""

from __future__ import annotations

import pytest

import chronicle

pytestmark = pytest.mark.slow


def mentions(text: str) -> dict[str, tuple[str | None, str | None]]:
    record = chronicle.extract(text, published="2024-02-02")
    found = {}
    for actor in record.actors:
        for start, end in actor.mentions:
            found[record.text[start:end]] = (actor.country, actor.sector)
    return found


def test_we_in_a_quote_is_the_speakers_state() -> None:
    found = mentions('"If anyone attacks our forces, we will respond," Turkish President '
                     'Recep Tayyip Erdogan said.')
    assert found["we"][0] == "TUR"
    assert found["our forces"] == ("TUR", "MIL")


def test_quote_running_over_sentences_keeps_its_speaker() -> None:
    found = mentions('The Kenyan defence ministry said: "The attack failed. We are ready."')
    assert found["We"][0] == "KEN"


def test_we_outside_quotes_is_left_alone() -> None:
    assert "we" not in mentions("Turkey said on Monday that we should expect more talks.")


def test_a_role_of_a_group_is_the_groups() -> None:
    found = mentions("A senior commander of al-Shabaab was killed on Monday. The commander "
                     "had led attacks in Kenya.")
    assert found["senior commander"] == ("SOM", "REB")
    assert found["commander"] == ("SOM", "REB")


def test_a_title_points_back_to_the_person_it_named() -> None:
    record = chronicle.extract("Kenyan government spokesman Isaac Mwaura said the raid had "
                               "failed. The spokesman urged Somalia to act.",
                               published="2024-02-02")
    [person] = [a for a in record.actors if a.name == "Isaac Mwaura"]
    assert "spokesman" in [record.text[s:e] for s, e in person.mentions]
    [request] = [e for e in record.events if e.type == "REQUEST"]
    assert request.actor == [person.id]


def test_a_role_in_apposition_to_a_name_is_that_person() -> None:
    record = chronicle.extract("The army's spokesman, Colonel Isaac Mwaura, condemned the "
                               "raid.", published="2024-02-02")
    [person] = [a for a in record.actors if "Mwaura" in a.name]
    assert "army's spokesman" in [record.text[s:e] for s, e in person.mentions]
    [condemnation] = [e for e in record.events if e.type == "ACCUSE"]
    assert condemnation.actor == [person.id]


@pytest.mark.parametrize("text, state", [
    ("Saudi jets struck Iranian proxy groups in Yemen.", "Iran"),
    ("The rockets were fired by a militant group backed by Russia.", "Russia"),
    ("The rockets were fired by pro-Russia fighters.", "Russia"),
])
def test_groups_of_a_states_camp(text: str, state: str) -> None:
    """A state's proxies, a group backed by it: a group of its camp, with no country, under
    one name however the text words it."""
    record = chronicle.extract(text, published="2024-02-02")
    [group] = [a for a in record.actors if "militias" in a.name]
    assert group.country is None and group.name == f"{state}-backed militias"


def test_other_spelling_of_a_whole_name_wins_over_a_name_inside_it() -> None:
    record = chronicle.extract("The Pentagon said the attack bore the footprints of Ketaib "
                               "Hezbollah.", published="2024-02-02")
    names = {a.name for a in record.actors}
    assert "Kataib Hezbollah" in names and "Hezbollah" not in names


def test_that_group_points_back_to_the_group() -> None:
    found = mentions("The army blamed al-Shabaab, a militant group based in Somalia. That "
                     "group said on Friday it would halt its attacks.")
    assert found["That group"] == ("SOM", "REB")


def test_roles_that_inherit_take_the_governments_sector() -> None:
    found = mentions("Kenyan government spokesman Isaac Mwaura said the talks failed.")
    assert found["Isaac Mwaura"] == ("KEN", "GOV")
    found = mentions("Peter Kamau, foreign affairs adviser to the Kenyan president, said so.")
    assert found["Peter Kamau"][0] == "KEN"


def test_quotations_in_a_row_keep_their_speaker() -> None:
    record = chronicle.extract('"We will act," the Kenyan defence minister said. "We will '
                               'respond when we choose."', published="2024-02-02")
    firsts = [(record.text[s:e], a.country) for a in record.actors for s, e in a.mentions
              if record.text[s:e].lower() == "we"]
    assert len(firsts) == 3 and {c for _, c in firsts} == {"KEN"}


def test_fighters_of_a_nationality_are_a_group_not_the_state() -> None:
    record = chronicle.extract("Somali militias have attacked Kenyan bases.",
                               published="2024-02-02")
    groups = [a for a in record.actors if a.kind == "armed_group"]
    assert [(a.name, a.country, a.sector) for a in groups] == [("Somali militias", "SOM", "REB")]


def test_they_after_anyone_is_no_actor() -> None:
    found = mentions('"If anyone attacks our forces, they will get an answer," Turkish '
                     'President Recep Tayyip Erdogan said.')
    assert "they" not in found


def test_the_administration_keeps_its_name_through_a_report() -> None:
    filler = " ".join(["Officials met on Monday."] * 6)
    record = chronicle.extract("The Macron administration sent troops to Chad. " + filler +
                               " Russia sent advisers to Mali. The administration's own troops "
                               "stayed.", published="2024-02-02")
    [france] = [a for a in record.actors if a.country == "FRA"]
    assert [record.text[s:e] for s, e in france.mentions][-1] == "The administration"


def test_a_body_named_without_its_country_takes_the_state_told_of() -> None:
    record = chronicle.extract("The Republic of Kenya strongly condemned the raid. In a "
                               "statement, the Ministry of Foreign and Diaspora Affairs said the "
                               "raid was a violation. The ministry called on the African Union "
                               "to act.", published="2024-02-02")
    [ministry] = [a for a in record.actors if "Ministry" in a.name]
    assert ministry.country == "KEN"
    [request] = [e for e in record.events if e.type == "REQUEST"]
    assert request.actor == [ministry.id]


def test_a_camps_groups_keep_no_country() -> None:
    record = chronicle.extract("Iran condemned the strikes. Iran-backed militias fired drones "
                               "at the base.", published="2024-02-02")
    [group] = [a for a in record.actors if "militias" in a.name]
    assert group.country is None


def test_weapon_designations_are_no_actors() -> None:
    record = chronicle.extract("Officials said B-1 bombers and MQ-9 Reaper drones hit 85 "
                               "targets.", published="2024-02-02")
    assert not [a for a in record.actors if a.name.startswith(("B-1", "MQ-9"))]


def test_one_word_of_a_groups_name_points_back_to_it() -> None:
    record = chronicle.extract("Kataib Hezbollah announced a halt to its operations. The "
                               "Pentagon blamed the attack on the Brigades.",
                               published="2024-02-02")
    assert [a.name for a in record.actors if "Brigades" in a.name] == []
    [group] = [a for a in record.actors if a.name == "Kataib Hezbollah"]
    assert "Brigades" in [record.text[s:e] for s, e in group.mentions]


def test_a_name_qualifying_a_place_noun_is_no_actor() -> None:
    record = chronicle.extract("Kenyan jets struck the Kolbio and Dhobley areas on Monday.",
                               published="2024-02-02")
    assert not [a for a in record.actors if a.name in {"Kolbio", "Dhobley"}]


def test_he_after_a_person_told_only_by_role_is_that_persons_state() -> None:
    found = mentions("Kenya's president said on Tuesday that he would not back down.")
    assert found["he"][0] == "KEN"


def test_a_backed_title_before_a_groups_name_is_that_group() -> None:
    record = chronicle.extract("The Eritrea-backed militia Fano said it would halt attacks. The "
                               "militia's statement came a day later.", published="2024-02-02")
    names = {record.text[s:e]: a.name for a in record.actors for s, e in a.mentions}
    assert names["The militia"] == names["Fano"] == "Fano"
    assert not any("backed" in name for name in names.values())
