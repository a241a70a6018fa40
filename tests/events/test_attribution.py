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


def test_holding_oneself_responsible_is_a_claim() -> None:
    events = coded("A rocket attack hit a Turkish base in northern Iraq on Friday. The Kurdistan "
                   "Workers' Party said it was responsible for the attack.")
    assert not [e for e in events if e[0] == "ACCUSE"]
    assert events == [("ASSAULT", {"TUR"}, set(), "pkk")] or \
        [e[:2] for e in events] == [("ASSAULT", {"TUR"})]


def test_it_carried_out_points_back_to_the_attack() -> None:
    events = coded("Iraqi officials said of the bombing in Sinjar: “We know it was "
                   "carried out by the Kurdistan Workers' Party.”")
    accusations = [e for e in events if e[0] == "ACCUSE"]
    assert accusations and accusations[0][1] == {"IRQ"}
    assert len([e for e in events if e[0] == "ASSAULT"]) == 1


def test_an_accusation_quoted_from_a_released_statement_is_the_issuers() -> None:
    events = coded("The French army released a statement confirming a strike in Mali, killing "
                   "a commander of the Islamic State in the Greater Sahara “responsible for "
                   "attacks on French forces.”")
    assert any(e[0] == "ACCUSE" and e[1] == {"FRA"} for e in events)


def test_the_outlets_questions_report_nothing() -> None:
    events = coded("Who is responsible for the attack on the convoy?\n\nThe army said the "
                   "convoy was ambushed near Gao.")
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_one_of_the_groups_blamed_is_the_member() -> None:
    events = coded("The Wagner Group is one of the groups that France holds responsible for "
                   "the massacre in Moura.")
    assert ("ACCUSE", {"FRA"}, {"RUS"}, "outlet") in events


def test_blamed_on_takes_the_accused_from_on_not_the_victims() -> None:
    events = coded("The bombing killed four Malian soldiers, an attack that France blamed on "
                   "the Wagner Group.")
    [accusation] = [e for e in events if e[0] == "ACCUSE"]
    assert accusation[1] == {"FRA"} and accusation[2] == {"RUS"}


def test_in_charge_of_is_no_accusation() -> None:
    events = coded("Among the dead was the commander in charge of the brigade's logistics.")
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_denying_coordination_with_someone_rejects_them() -> None:
    events = coded("Baghdad denied there had been any coordination with Washington before the "
                   "raid.")
    assert ("REJECT", {"IRQ"}, {"USA"}, "outlet") in events
    events = coded("Baghdad refuted any prior coordination between it and Washington.")
    assert ("REJECT", {"IRQ"}, {"USA"}, "outlet") in events


def test_a_groups_description_is_no_event() -> None:
    events = coded("Paris blamed the bombing on the Wagner Group, a loose alliance of mercenaries "
                   "opposed to French influence in Mali.")
    # the accusation, and the bombing alleged against the group: nothing from "opposed to"
    assert [e[0] for e in events] == ["ACCUSE", "ASSAULT"]
    assert events[0][2] == {"RUS"} and events[1][1] == {"RUS"}


def test_condemning_what_it_called_a_deed() -> None:
    events = coded("Mali denounced what it termed French aggression.")
    assert ("ACCUSE", {"MLI"}, {"FRA"}, "outlet") in events
    events = coded("Mali condemned what it described as a flagrant attack by France.")
    assert any(e[0] == "ACCUSE" and e[1] == {"MLI"} and e[2] == {"FRA"} for e in events)


def test_a_vowed_answer_tells_nothing_in_the_vowers_name() -> None:
    events = coded("The junta vowed to respond to weekend strikes by France and Britain on "
                   "dozens of army posts.")
    assert ("ASSAULT", {"FRA", "GBR"}, set(), "outlet") in events or \
        any(e[0] == "ASSAULT" and e[1] == {"FRA", "GBR"} and e[3] == "outlet" for e in events)
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_backing_a_deed_supports_its_doer() -> None:
    events = coded("Britain supported the French strikes on the jihadists.")
    assert any(e[0] == "SUPPORT" and e[1] == {"GBR"} and e[2] == {"FRA"} for e in events)


def test_bearing_responsibility_and_pointing_the_finger() -> None:
    events = coded("The Wagner Group, which the French army says bears responsibility for the "
                   "massacre, left Mali.")
    assert any(e[0] == "ACCUSE" and e[1] == {"FRA"} and e[2] == {"RUS"} for e in events)
    events = coded("French officials pointed the finger at the Wagner Group.")
    assert ("ACCUSE", {"FRA"}, {"RUS"}, "outlet") in events


def test_defending_ones_own_side_is_no_support_given() -> None:
    events = coded('"We will take all necessary actions to defend France and our people," the '
                   'French defence minister Sebastien Lecornu said.')
    assert not [e for e in events if e[0] == "SUPPORT"]


def test_dismissing_accusations_made_by_someone_rejects_them() -> None:
    events = coded("Russia's Foreign Ministry spokeswoman has dismissed as groundless accusations "
                   "by French officials that Moscow was behind the attack.")
    assert any(e[0] == "REJECT" and e[1] == {"RUS"} and e[2] == {"FRA"} for e in events)


def test_a_deed_that_drew_criticism_from_a_state() -> None:
    events = coded("The French strikes also drew criticism from Algeria.")
    assert ("ACCUSE", {"DZA"}, {"FRA"}, "outlet") in events


@pytest.mark.parametrize("text", [
    "Ankara blamed the PKK for killing three soldiers.",
    "The army killed a commander of the PKK, the group accused of killing three soldiers.",
    "Ankara blamed the attack on the PKK.",
])
def test_a_deed_is_alleged_against_the_accused(text: str) -> None:
    record = chronicle.extract(text, published="2024-02-02")
    names = {a.id: a.name for a in record.actors}
    [deed] = [e for e in record.events if e.type == "ASSAULT" and
              record.text[e.trigger[0]:e.trigger[1]] in {"killing", "attack"}]
    assert [names[a] for a in deed.actor] == ["Kurdistan Workers' Party"]


def test_each_deed_an_accusation_names_is_alleged_once() -> None:
    events = coded("The Kenyan army said the strike killed an al-Shabaab commander responsible "
                   "for planning and participating in attacks on Kenyan troops.")
    assert [e for e in events if e[0] == "ACCUSE"] == [("ACCUSE", {"KEN"}, {"SOM"}, "KEN")]
    assert ("ASSAULT", {"SOM"}, {"KEN"}, "KEN") in events


def test_who_struck_a_commander_holds_him_responsible() -> None:
    events = coded("A Kenyan drone strike killed an al-Shabaab commander responsible for "
                   "attacks on Kenyan troops.")
    assert [e for e in events if e[0] == "ACCUSE"][0][1:3] == ({"KEN"}, {"SOM"})


def test_who_bears_the_hallmarks_of_a_deed_is_accused_of_it() -> None:
    events = coded("Nairobi blamed al-Shabaab, which the Kenyan army says bears the hallmarks "
                   "of Sunday's raid.")
    assert any(e[0] == "ACCUSE" and e[2] == {"SOM"} and e[1] == {"KEN"} for e in events)
    assert any(e[0] == "ASSAULT" for e in events)  # the raid is told all the same


def test_who_struck_a_named_commander_holds_him_responsible() -> None:
    # the role in apposition to the name: the person struck is the one held responsible
    record = chronicle.extract("A Kenyan drone strike killed Ahmed Abdi, an al-Shabaab "
                               "commander responsible for attacks on Kenyan troops.",
                               published="2024-02-02")
    names = {a.id: a.name for a in record.actors}
    country = {a.id: a.country for a in record.actors}
    [accusation] = [e for e in record.events if e.type == "ACCUSE"]
    assert {country[a] for a in accusation.actor} == {"KEN"}
    assert "Ahmed Abdi" in {names[r] for r in accusation.recipient}


def test_the_commander_struck_is_the_one_held_responsible_once() -> None:
    # "the commander" is the person struck before; the deed he is blamed for is alleged once
    record = chronicle.extract("A Kenyan strike killed Ahmed Abdi, an al-Shabaab commander, in "
                               "Kismayo. The Kenyan army said the commander was responsible "
                               "for planning and participating in attacks on Kenyan troops.",
                               published="2024-02-02")
    country = {a.id: a.country for a in record.actors}
    accusations = [e for e in record.events if e.type == "ACCUSE"]
    assert len(accusations) == 1
    assert {country[r] for r in accusations[0].recipient} == {"SOM"}
    assert {country[a] for a in accusations[0].actor} == {"KEN"}


def test_the_commander_is_the_person_of_that_role_told_before() -> None:
    record = chronicle.extract("A US strike killed Abu Baqir al-Saadi in Baghdad. CENTCOM said "
                               "the commander was responsible for attacks on US forces.",
                               published="2024-02-08")
    names = {a.id: a.name for a in record.actors}
    [accusation] = [e for e in record.events if e.type == "ACCUSE"]
    assert [names[r] for r in accusation.recipient] == ["Abu Baqir al-Saadi"]
