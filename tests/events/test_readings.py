"""Readings between events and of what a sentence does (sentences written for these tests):
halts, demands, threats, questions, stances and the events they answer."""

from __future__ import annotations

import pytest

from tests.events.test_coding import coded, countries, find

pytestmark = pytest.mark.slow


def test_events_no_longer_attacking_is_a_halt_in_force() -> None:
    record, _ = coded("The PKK said on Tuesday that it will no longer attack Turkish troops.")
    [halt] = find(record, "RETREAT")
    assert halt.mode == "ceasefire" and halt.aux is None
    assert not find(record, "THREATEN") and not find(record, "ASSAULT")


def test_events_an_answer_by_a_deed_is_that_deed() -> None:
    record, actors = coded("Kenya's parliament responded by voting to expel Somali troops.")
    assert [(e.type, e.mode) for e in record.events] == [("SANCTION", "expel")]
    assert countries(actors, record.events[0].actor) == {"KEN"}


def test_events_words_about_a_deed_do_not_wrap_it() -> None:
    record, actors = coded("The Kenyan army struck al-Shabaab camps on Monday. The Somali "
                           "government did not issue a statement on the strikes.")
    assert [countries(actors, e.actor) for e in find(record, "ASSAULT")] == [{"KEN"}]


@pytest.mark.parametrize("text", [
    "The president asked for a moment of silence for the fallen soldiers.",
    "Kenya does not seek conflict with Somalia, the president said.",
    '"We will respond," said one minister, who asked not to be named.',
])
def test_events_a_request_that_asks_no_one_is_no_event(text: str) -> None:
    record, _ = coded(text)
    assert not find(record, "REQUEST")


def test_events_what_someone_says_another_must_do_is_a_request() -> None:
    record, actors = coded("Nairobi says Somali troops must leave the border town.")
    [request] = find(record, "REQUEST")
    assert countries(actors, request.actor) == {"KEN"}
    assert countries(actors, request.recipient) == {"SOM"}


def test_events_lifting_a_halt_resumes_the_deeds_halted() -> None:
    record, actors = coded("Somali militias may revoke their suspension of attacks on Kenyan "
                           "forces in the coming days.")
    [resumed] = find(record, "ASSAULT")
    assert resumed.aux == "hypothetical" and countries(actors, resumed.recipient) == {"KEN"}
    assert [e.mode for e in find(record, "RETREAT")] == ["ceasefire"]


def test_events_an_answer_is_not_merged_with_the_deed_it_answers() -> None:
    record, actors = coded("The strike is part of a Kenyan retaliation for the militia killing "
                           "three Kenyan soldiers on Monday.")
    assert all(countries(actors, e.actor) != {"KEN"} or not e.recipient or
               countries(actors, e.recipient) != {"KEN"} for e in find(record, "ASSAULT"))


def test_events_a_concession_goes_to_whom_the_lifted_measure_weighed_on() -> None:
    record, actors = coded("The European Union lifted sanctions on Belarus on Monday.")
    [concession] = find(record, "CONCEDE")
    assert countries(actors, concession.recipient) == {"BLR"}


def test_events_a_deed_given_as_the_reason_for_a_strike_is_the_targets() -> None:
    record, actors = coded("Kenyan jets struck al-Shabaab camps over attacks on Kenyan police.")
    deeds = [e for e in find(record, "ASSAULT") if countries(actors, e.recipient) != {"SOM"}]
    assert [countries(actors, e.actor) for e in deeds] == [{"SOM"}]


def test_events_warning_of_anothers_deeds_threatens_no_one() -> None:
    record, _ = coded("Kenya's foreign minister warned that the recent Somali raids put the "
                      "region on the brink.")
    assert not find(record, "THREATEN")
    record, _ = coded("Kenya warned that it would respond to any attack.")
    assert len(find(record, "THREATEN")) == 1


def test_events_a_government_protesting_a_deed_accuses() -> None:
    record, actors = coded("Nairobi protested a Somali raid on its territory.")
    [protest] = find(record, "ACCUSE")
    assert countries(actors, protest.actor) == {"KEN"} and protest.mode == "disapprove"


def test_events_brushing_aside_rejects() -> None:
    record, _ = coded("Kenya's defence minister brushed aside the Somali announcement.")
    assert len(find(record, "REJECT")) == 1


def test_events_not_hesitating_to_strike_is_a_threat() -> None:
    record, actors = coded("Kenya said it would not hesitate to strike al-Shabaab camps.")
    [threat] = find(record, "THREATEN")
    assert countries(actors, threat.actor) == {"KEN"} and not find(record, "ASSAULT")


def test_events_a_passives_agent_hung_on_its_second_object() -> None:
    record, actors = coded("Al-Shabaab was designated a terrorist organisation by Kenya in 2010.")
    [designation] = find(record, "SANCTION")
    assert countries(actors, designation.actor) == {"KEN"}
    assert countries(actors, designation.recipient) == {"SOM"}


def test_events_calling_for_a_ceasefire_is_a_request() -> None:
    record, _ = coded("The Kenyan president has called for an immediate ceasefire in Sudan.")
    assert len(find(record, "REQUEST")) == 1


def test_events_what_must_happen_for_attacks_to_end_is_demanded() -> None:
    record, actors = coded("Al-Shabaab said its fighters will keep attacking Kenyan troops "
                           "until they leave Somalia.")
    [request] = find(record, "REQUEST")
    assert countries(actors, request.actor) == {"SOM"}
    assert countries(actors, request.recipient) == {"KEN"}


def test_events_talks_between_two_parties_are_held_by_both() -> None:
    record, actors = coded("Talks between Nairobi and Mogadishu on the border resumed on Monday.")
    [talks] = find(record, "CONSULT")
    assert countries(actors, talks.actor) == {"KEN", "SOM"} and not talks.recipient


def test_events_a_reporters_question_is_no_event() -> None:
    record, _ = coded("Asked whether Kenya would strike Somalia, the minister said he would "
                      "not speculate.")
    assert not record.events


def test_events_speaking_to_the_press_is_no_consultation() -> None:
    record, _ = coded("Speaking to reporters on Monday, Kenya's foreign minister said the "
                      "claims were baseless.")
    assert not find(record, "CONSULT") and not find(record, "SUPPORT")


def test_events_hosting_troops_is_no_visit() -> None:
    record, _ = coded("Djibouti hosts about 4,000 French troops.")
    assert not find(record, "CONSULT")


def test_events_vaporizing_is_an_assault() -> None:
    record, actors = coded("A Kenyan drone vaporized a senior al-Shabaab commander.")
    [strike] = find(record, "ASSAULT")
    assert countries(actors, strike.recipient) == {"SOM"}


def test_events_signalling_a_coming_retaliation_is_a_threat() -> None:
    record, actors = coded("Nairobi had for days been signalling that retaliation was coming.")
    [threat] = find(record, "THREATEN")
    assert countries(actors, threat.actor) == {"KEN"}


def test_events_a_halt_to_operations_takes_them_in() -> None:
    record, _ = coded("Al-Shabaab announced a halt to its own operations.")
    assert [e.mode for e in find(record, "RETREAT")] == ["ceasefire"]
    assert not find(record, "ASSAULT")


def test_events_insisting_on_a_fact_is_no_demand() -> None:
    record, _ = coded("The Kenyan president insists a response is coming.")
    assert not find(record, "REQUEST")
    record, _ = coded("Mogadishu insisted that Kenyan troops leave Somalia.")
    assert len(find(record, "REQUEST")) == 1


def test_events_a_halt_without_target_halts_the_hostilities_told() -> None:
    record, actors = coded("Al-Shabaab has carried out dozens of attacks on Kenyan forces. On "
                           "Tuesday, al-Shabaab announced a halt to its own operations.")
    [halt] = find(record, "RETREAT")
    assert countries(actors, halt.recipient) == {"KEN"}


def test_events_a_pronoun_in_a_relative_clause_report_is_its_subject() -> None:
    record, actors = coded("Nairobi has blamed the raid on al-Shabaab, which announced on "
                           "Tuesday that it was halting its attacks on Kenyan troops.")
    [halt] = find(record, "RETREAT")
    assert countries(actors, halt.actor) == {"SOM"}


@pytest.mark.parametrize("text", [
    "Ruto repeated that Kenya would respond at a time and place of its choosing.",
    "The Somali president said Somalia will give a strong response to any aggression.",
    "The Kenyan army said it reserves the right to respond.",
])
def test_events_resolves_to_answer_are_threats(text: str) -> None:
    record, _ = coded(text)
    assert [(e.type, e.aux) for e in record.events] == [("THREATEN", None)]


def test_events_a_demand_is_addressed_to_its_clauses_subject() -> None:
    record, actors = coded("Kenyan senators lined up to demand that President William Ruto "
                           "take the fight to al-Shabaab.")
    [request] = find(record, "REQUEST")
    assert request.recipient and countries(actors, request.actor) == {"KEN"}


def test_events_support_a_relative_clause_says_is_given() -> None:
    record, actors = coded("Nairobi condemned the unlimited support that Mogadishu offers to "
                           "the militants in Jubaland.")
    [support] = find(record, "SUPPORT")
    assert countries(actors, support.actor) == {"SOM"}


def test_events_a_passive_deeds_agent_on_a_later_conjunct() -> None:
    record, actors = coded("The attack was planned, resourced and facilitated by al-Shabaab.")
    [attack] = find(record, "ASSAULT")
    assert countries(actors, attack.actor) == {"SOM"}


def test_events_where_borders_meet_is_no_meeting() -> None:
    record, _ = coded("The outpost sits in the desert where Kenya, Somalia and Ethiopia meet.")
    assert not find(record, "CONSULT")


def test_events_a_halt_is_set_against_the_hostilities_of_its_sentence() -> None:
    # no hostilities told of the halting group itself: the ones its sentence sets it against
    record, actors = coded("JNIM said on Friday it would keep targeting Malian forces, days "
                           "after ISGS announced a halt to its own operations.")
    [halt] = find(record, "RETREAT")
    assert countries(actors, halt.recipient) == {"MLI"}


def test_events_a_past_tense_after_and_keeps_its_clause_subject() -> None:
    # the parser hangs "called" on "right"; it is the command's second deed
    record, actors = coded("The Kenyan army said it reserves the right to respond and called "
                           "on the African Union to take steps to protect the region.")
    [request] = find(record, "REQUEST")
    assert countries(actors, request.actor) == {"KEN"}


def test_events_a_legislator_calling_for_force_asks_their_own_government() -> None:
    # a legislator the actor dictionary knows, named with no party or state beside him
    record, actors = coded("After the United States lost two sailors in the Red Sea, Sen. Jack "
                           "Reed called for strikes on Houthi bases.")
    [request] = find(record, "REQUEST")
    assert countries(actors, request.recipient) == {"USA"}


@pytest.mark.parametrize("text", [
    "Al-Shabaab said the strikes will not go unpunished.",
    "Al-Shabaab said the strikes would not pass without a response.",
    '"The strikes will not go unanswered," an al-Shabaab spokesman said.',
])
def test_events_a_set_phrase_of_a_deed_threatens_its_doer(text: str) -> None:
    record, actors = coded("Kenyan jets struck al-Shabaab camps in Somalia on Friday. " + text)
    [threat] = find(record, "THREATEN")
    assert countries(actors, threat.actor) == {"SOM"}
    assert countries(actors, threat.recipient) == {"KEN"}
    assert [e.aux for e in find(record, "ASSAULT")] == [None]


def test_events_a_set_phrase_of_a_party_threatens_it() -> None:
    record, actors = coded("Somalia's foreign minister said Nairobi will pay a heavy price.")
    [threat] = find(record, "THREATEN")
    assert countries(actors, threat.recipient) == {"KEN"}


def test_events_a_deed_that_went_unpunished_threatens_no_one() -> None:
    record, _ = coded("Kenyan jets struck al-Shabaab camps in Somalia on Friday. The attack "
                      "did not go unpunished.")
    assert not find(record, "THREATEN")


def test_events_saying_a_deed_did_not_happen_on_ones_soil_denies_it() -> None:
    record, actors = coded("A drone attack killed two Kenyan soldiers on Sunday. Somalia's "
                           "government said the attack did not occur inside Somalia.")
    [denial] = find(record, "REJECT")
    assert countries(actors, denial.actor) == {"SOM"} and denial.aux is None
    assert not [e for e in find(record, "ASSAULT") if e.aux == "negated"]


def test_events_saying_ones_side_had_no_part_denies_it() -> None:
    record, actors = coded("Kenya struck al-Shabaab camps in Somalia on Friday. Somalia's "
                           "government said the strikes were not coordinated with Mogadishu.")
    [denial] = find(record, "REJECT")
    assert countries(actors, denial.actor) == {"SOM"}


def test_events_harm_said_not_done_is_no_denial() -> None:
    record, _ = coded("A Kenyan army official said no Kenyan soldiers were hurt.")
    assert not find(record, "REJECT")


def test_events_wanting_another_sides_deed_asks_it_of_them() -> None:
    record, actors = coded("Mogadishu wants a clear timetable for Kenyan troops to leave Somalia.")
    [request] = find(record, "REQUEST")
    assert countries(actors, request.actor) == {"SOM"}
    assert countries(actors, request.recipient) == {"KEN"}
    assert not find(record, "RETREAT")  # a departure wanted is none done


@pytest.mark.parametrize("text", [
    "Kenya does not want conflict in the Horn of Africa, the president said.",
    "By the time the Kenyan jets arrived, the men Kenya wanted were gone.",
])
def test_events_wanting_a_thing_or_ones_own_deed_asks_no_one(text: str) -> None:
    record, _ = coded(text)
    assert not find(record, "REQUEST")


def test_events_leaning_on_someone_to_act_asks_it_of_them() -> None:
    record, actors = coded("Nairobi has leaned on Mogadishu to stop the attacks.")
    [request] = find(record, "REQUEST")
    assert countries(actors, request.recipient) == {"SOM"}


def test_events_the_object_of_a_causing_verb_does_its_complement() -> None:
    record, actors = coded("Somalia forced Kenya to withdraw its troops.")
    [withdrawal] = find(record, "RETREAT")
    assert countries(actors, withdrawal.actor) == {"KEN"}


def test_events_asking_others_to_force_a_deed_is_a_request_not_a_sanction() -> None:
    record, actors = coded("Somalia called on the African Union to force Kenya to withdraw "
                           "its troops.")
    assert [e.type for e in record.events] == ["REQUEST"]
    assert countries(actors, record.events[0].actor) == {"SOM"}


@pytest.mark.parametrize("text", [
    "Kenya's defence minister said more responses would come.",
    "Kenyan President William Ruto said he had made his decision on a response.",
])
def test_events_an_announced_response_is_the_announcers_threat(text: str) -> None:
    record, actors = coded(text)
    assert [e.type for e in record.events] == ["THREATEN"]
    assert countries(actors, record.events[0].actor) == {"KEN"}


def test_events_a_deed_said_to_be_answered_threatens_its_doer() -> None:
    record, actors = coded("A Kenyan drone strike killed an al-Shabaab commander on Wednesday. "
                           "Al-Shabaab said the killing would be answered sooner or later.")
    [threat] = find(record, "THREATEN")
    assert countries(actors, threat.recipient) == {"KEN"}


def test_events_any_deed_met_in_kind_is_a_threat_not_an_assault() -> None:
    record, actors = coded("Al-Shabaab said any Kenyan aggression would be met in kind.")
    assert [e.aux for e in find(record, "ASSAULT")] == ["hypothetical"]
    [threat] = find(record, "THREATEN")
    assert countries(actors, threat.recipient) == {"KEN"}
    assert not find(record, "ACCUSE") and not find(record, "CONSULT")


@pytest.mark.parametrize("text", [
    "Somalia sided with Kenya in the dispute.",
    "Somalia stood with Kenya, the president said.",
])
def test_events_standing_or_siding_with_a_state_supports_it(text: str) -> None:
    record, actors = coded(text)
    [support] = find(record, "SUPPORT")
    assert countries(actors, support.recipient) == {"KEN"}


@pytest.mark.parametrize("text", [
    "Al-Shabaab said the attacks would continue until Kenyan troops leave Somalia.",
    "An al-Shabaab spokesman said attacks on Kenyan ships would go on.",
])
def test_events_deeds_said_to_go_on_are_the_speakers_threat(text: str) -> None:
    record, actors = coded(text)
    [threat] = find(record, "THREATEN")
    assert countries(actors, threat.actor) == {"SOM"}


def test_events_a_forecast_of_violence_is_no_threat() -> None:
    record, _ = coded("Nairobi said regional escalation would continue as long as the war "
                      "goes on.")
    assert not find(record, "THREATEN")


def test_events_said_to_be_involved_in_a_deed_is_accused_of_it() -> None:
    record, actors = coded("The Kenyan army said al-Shabaab had been directly involved in "
                           "planning attacks on Kenyan forces.")
    [accusation] = find(record, "ACCUSE")
    assert countries(actors, accusation.actor) == {"KEN"}
    assert countries(actors, accusation.recipient) == {"SOM"}
    record, _ = coded("The talks involved officials from Kenya and Somalia.")
    assert not find(record, "ACCUSE")


def test_events_criticism_rejected_is_no_criticism_by_the_rejecter() -> None:
    record, actors = coded("Kenya's foreign minister rejected the criticism.")
    assert [e.type for e in record.events] == ["REJECT"]


def test_events_calling_a_presence_a_threat_accuses() -> None:
    record, actors = coded("Somalia's foreign minister said the presence of Kenyan forces on "
                           "Somali soil has become a threat to security.")
    assert not find(record, "THREATEN")
    [accusation] = find(record, "ACCUSE")
    assert countries(actors, accusation.actor) == {"SOM"}
    assert countries(actors, accusation.recipient) == {"KEN"}


def test_events_firing_toward_a_ship_targets_its_owner() -> None:
    record, actors = coded("Al-Shabaab fired a rocket toward a Kenyan warship.")
    [attack] = find(record, "ASSAULT")
    assert countries(actors, attack.recipient) == {"KEN"}


@pytest.mark.parametrize("text", [
    "Nairobi recalled its ambassador from Mogadishu.",
    "Kenya recalled its ambassador from Somalia.",
])
def test_events_recalling_an_envoy_from_a_capital_sanctions_its_state(text: str) -> None:
    record, actors = coded(text)
    [sanction] = find(record, "SANCTION")
    assert countries(actors, sanction.recipient) == {"SOM"}


def test_events_a_warning_of_a_war_no_one_wages_threatens_no_one() -> None:
    record, _ = coded("The Kenyan president has repeatedly warned that the war in Somalia "
                      "risks igniting the wider region.")
    assert not find(record, "THREATEN")
    record, _ = coded("Kenya warned of more strikes against al-Shabaab.")
    assert len(find(record, "THREATEN")) == 1


def test_events_signing_off_on_plans_for_strikes_is_force_posture() -> None:
    record, actors = coded("Kenyan officials said the government has signed off on plans for "
                           "a series of strikes against al-Shabaab targets in Somalia.")
    assert [e.type for e in record.events] == ["MOBILIZE"]


def test_events_stopping_short_of_something_stops_nothing() -> None:
    record, _ = coded("The Kenyan minister stopped short of saying Somalia ordered the attack.")
    assert not find(record, "RETREAT")


@pytest.mark.parametrize("text", [
    "Al-Shabaab has attacked Kenyan forces for months. Nairobi said the attacks must stop.",
    "Al-Shabaab has attacked Kenyan forces for months. Nairobi said the attacks have got to "
    "stop.",
])
def test_events_a_deed_that_must_stop_is_demanded_of_its_doers(text: str) -> None:
    record, actors = coded(text)
    [request] = find(record, "REQUEST")
    assert countries(actors, request.actor) == {"KEN"}
    assert countries(actors, request.recipient) == {"SOM"}
    assert not find(record, "RETREAT")
