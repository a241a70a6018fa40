"""Deeds told as nouns, whose doer and target a clause or phrase around them names; listings
as terrorist; halts of one's own hostilities; tellings that are and are not one deed
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.events.test_coding import coded, countries, find

pytestmark = pytest.mark.slow


def test_events_a_war_between_two_sides_is_waged_by_the_first_on_the_second() -> None:
    record, actors = coded("Since the war between Russia and Ukraine began, grain prices "
                           "have doubled.")
    [war] = find(record, "ASSAULT")
    assert countries(actors, war.actor) == {"RUS"}
    assert countries(actors, war.recipient) == {"UKR"}


def test_events_a_light_verbs_clause_names_the_doer_and_the_target() -> None:
    for text in ("The minister condemned the war which Russia has waged on Ukraine.",
                 "The war waged by Russia on Ukraine entered its third year."):
        record, actors = coded(text)
        [war] = find(record, "ASSAULT")
        assert countries(actors, war.actor) == {"RUS"}, text
        assert countries(actors, war.recipient) == {"UKR"}, text


def test_events_a_region_a_war_is_waged_in_is_its_target() -> None:
    record, actors = coded("Turkey's offensive in northern Syria displaced thousands.")
    [offensive] = find(record, "ASSAULT")
    assert countries(actors, offensive.actor) == {"TUR"}
    assert countries(actors, offensive.recipient) == {"SYR"}


def test_events_a_war_without_a_doer_is_a_time_not_an_event() -> None:
    record, _ = coded("Since the start of the Tigray war, prices have doubled.")
    assert not find(record, "ASSAULT")


def test_events_those_under_a_bombardment_suffer_it() -> None:
    record, actors = coded("Ukrainians under Russian bombardment in Kharkiv need help.")
    [bombardment] = find(record, "ASSAULT")
    assert countries(actors, bombardment.actor) == {"RUS"}
    assert countries(actors, bombardment.recipient) == {"UKR"}


def test_events_freezing_ones_own_attacks_is_a_halt_and_freezing_assets_is_not() -> None:
    record, actors = coded("Al-Shabaab said it was freezing its attacks on Kenyan troops.")
    [halt] = find(record, "RETREAT")
    assert halt.mode == "ceasefire" and not find(record, "COERCE")
    record, actors = coded("Kenya froze the assets of al-Shabaab on Monday.")
    [freeze] = find(record, "COERCE")
    assert countries(actors, freeze.actor) == {"KEN"}


def test_events_listing_a_group_as_terrorist_is_a_sanction() -> None:
    for text in ("Kenya listed al-Shabaab as a terrorist organisation in 2010.",
                 "Al-Shabaab, designated a terrorist organisation by Kenya in 2010, kept "
                 "fighting.",
                 "Designated a terror group by Kenya in 2010, al-Shabaab kept fighting."):
        record, actors = coded(text)
        [listing] = find(record, "SANCTION")
        assert listing.mode == "discontinue", text
        assert countries(actors, listing.actor) == {"KEN"}, text
        assert countries(actors, listing.recipient) == {"SOM"}, text


def test_events_calling_a_deed_terrorism_lists_no_one() -> None:
    record, _ = coded("Kenya labelled the attacks terrorism.")
    assert not find(record, "SANCTION")


def test_events_an_active_perfect_with_a_by_phrase_on_its_object_stays_active() -> None:
    record, actors = coded("Kenya has rejected accusations by Somali officials.")
    [rejection] = find(record, "REJECT")
    assert countries(actors, rejection.actor) == {"KEN"}


def test_events_the_second_deed_an_accusation_names_is_alleged_too() -> None:
    record, actors = coded("Somalia accused Kenya of arming the militias, and of looting "
                           "the port of Kismayo.")
    assert all(countries(actors, e.actor) == {"KEN"} for e in record.events
               if e.type != "ACCUSE")


def test_events_the_strikes_point_back_to_the_strikes_a_frame_told() -> None:
    record, actors = coded("Kenya has begun carrying out retaliatory strikes in Somalia after "
                           "an attack that killed three Kenyan soldiers and injured 40. The "
                           "strikes on Friday are the first of many.")
    strikes = [e for e in find(record, "ASSAULT") if countries(actors, e.actor) == {"KEN"}]
    assert len(strikes) == 1 and len(strikes[0].evidence) == 2


def test_events_two_tellings_with_different_weapons_are_two_deeds() -> None:
    record, actors = coded("A drone attack killed three Kenyan soldiers on Monday. Villagers "
                           "said they had lived under Russian bombardment for weeks.")
    attacks = find(record, "ASSAULT")
    assert len(attacks) == 2
    assert [e.dead for e in attacks] == [3, None]


def test_events_condemning_it_condemns_the_deed_told_before() -> None:
    record, actors = coded("A Kenyan drone strike killed a commander in Kismayo on Wednesday. "
                           "Somalia condemned it as a violation of its sovereignty.")
    [condemnation] = find(record, "ACCUSE")
    assert countries(actors, condemnation.recipient) == {"KEN"}


def test_events_putting_the_blame_on_someone_accuses_them() -> None:
    record, actors = coded("Kenya's president has put the blame on Somalia.")
    [blame] = find(record, "ACCUSE")
    assert countries(actors, blame.recipient) == {"SOM"}


def test_events_words_owned_by_a_seat_of_government_are_its_governments() -> None:
    record, actors = coded("Somalia rejected the White House assertion that it had been warned.")
    [rejection] = find(record, "REJECT")
    assert countries(actors, rejection.recipient) == {"USA"}


def test_events_a_halt_by_one_group_halts_what_its_fellow_fighters_do() -> None:
    record, actors = coded("Al-Shabaab said on Friday it would keep up attacks on Kenyan "
                           "troops.\n\nAnalysts said Hizbul Islam, which announced on Tuesday "
                           "that it was suspending its raids, was under pressure.")
    [halt] = find(record, "RETREAT")
    assert countries(actors, halt.recipient) == {"KEN"}


def test_events_sending_weapons_at_someone_attacks_them() -> None:
    record, actors = coded("Al-Shabaab said its fighters had sent drones against Kenyan bases.")
    [attack] = find(record, "ASSAULT")
    assert attack.mode == "drone" and not find(record, "AID")


@pytest.mark.parametrize("text", [
    "The president gave no further detail.",
    "The Kenyan minister has spent the past several days in talks with Somali leaders.",
    "Residents left flowers at the courthouse.",
    "The ministry summoned the envoy to deliver a formal protest note.",
])
def test_events_words_of_giving_and_leaving_that_give_and_leave_nothing(text: str) -> None:
    record, _ = coded(text)
    assert not find(record, "AID") and not find(record, "RETREAT"), text


def test_events_a_vow_that_ones_own_state_shall_respond_is_the_vow_told_again() -> None:
    record, _ = coded("Zelensky vows Ukraine 'shall respond' after strike\n\nUkrainian President "
                      "Volodymyr Zelensky blamed Russia, vowing to hold it accountable.")
    assert len(find(record, "THREATEN")) == 1


def test_events_a_phone_call_on_a_clause_is_its_subjects() -> None:
    record, actors = coded("In a phone call with Sergei Lavrov on Sunday, Jens Stoltenberg "
                           "urged restraint.")
    [call] = find(record, "CONSULT")
    assert call.mode == "phone"
    assert [actors[i].name for i in call.actor] == ["Jens Stoltenberg"]
    assert [actors[i].name for i in call.recipient] == ["Sergei Lavrov"]


def test_events_talks_one_is_in_the_middle_of_and_a_meeting_of_a_council() -> None:
    record, actors = coded("Kenya is in the middle of talks with Somalia.")
    [talks] = find(record, "CONSULT")
    assert countries(actors, talks.actor) == {"KEN"}
    assert countries(actors, talks.recipient) == {"SOM"}
    record, actors = coded("An emergency meeting of the UN Security Council may take place on "
                           "Monday.")
    [meeting] = find(record, "CONSULT")
    assert [actors[i].name for i in meeting.actor] == ["United Nations Security Council"]


def test_events_a_deed_said_not_to_have_been_on_ones_soil_is_denied() -> None:
    record, actors = coded("A drone attack killed three Kenyan soldiers at a border post on "
                           "Sunday. Somalia said the attack was not on its soil.")
    [denial] = find(record, "REJECT")
    assert countries(actors, denial.actor) == {"SOM"}


def test_events_who_is_behind_a_deed_did_it_on_the_speakers_word() -> None:
    record, actors = coded("Kenyan officials said al-Shabaab was behind the attack.")
    [attack] = find(record, "ASSAULT")
    assert countries(actors, attack.actor) == {"SOM"}
    [accusation] = find(record, "ACCUSE")
    assert countries(actors, accusation.actor) == {"KEN"}
    assert countries(actors, accusation.recipient) == {"SOM"}


@pytest.mark.parametrize("text", [
    "No group immediately said it was behind the deadly raid.",
    "Somalia rejected any suggestion that al-Shabaab was behind the raid.",
])
def test_events_no_one_is_behind_a_deed_no_one_says_or_one_denies(text: str) -> None:
    record, _ = coded(text)
    assert all(not e.actor for e in find(record, "ASSAULT")), text


def test_events_an_attack_that_avoided_a_land_is_no_attack_on_it() -> None:
    record, actors = coded("Kenyan jets bombed al-Shabaab camps in Somalia on Friday. The "
                           "strikes carefully avoided Ethiopian territory.")
    spared = [e for e in find(record, "ASSAULT") if e.aux == "negated"]
    assert len(spared) == 1
    assert countries(actors, spared[0].actor) == {"KEN"}
    assert countries(actors, spared[0].recipient) == {"ETH"}


def test_events_they_that_killed_are_the_strikes_told_before_them() -> None:
    record, actors = coded("Somalia condemned the Ethiopian strike, saying it killed two "
                           "civilians.")
    [strike] = find(record, "ASSAULT")
    assert countries(actors, strike.actor) == {"ETH"} and strike.dead == 2


def test_events_being_listed_as_terrorist_is_a_status_no_listing() -> None:
    record, _ = coded("The movement, which is listed by Kenya as a terrorist organisation, "
                      "lost a commander.")
    assert not find(record, "SANCTION")


def test_events_a_breach_of_a_charter_attacks_no_one() -> None:
    record, actors = coded("Somalia said the Kenyan raid was a blatant breach of the Charter of "
                           "the United Nations.")
    assert all(actors[r].name != "United Nations" for e in find(record, "ASSAULT")
               for r in e.recipient)
    assert len(find(record, "ASSAULT")) == 1


@pytest.mark.parametrize("text", [
    "The ministry listed terrorist attacks on Kenyan forces since October.",
    "The report listed terror groups active in Somalia.",
    "Kenyan police classified terrorism cases by province.",
    "Kenya branded the raid as a terror attack.",
])
def test_events_listing_deeds_or_terror_groups_in_a_report_lists_no_one(text: str) -> None:
    record, _ = coded(text)
    assert not find(record, "SANCTION"), text


def test_events_a_cut_tie_told_in_the_present_passive_is_still_a_sanction() -> None:
    record, actors = coded("Diplomatic ties with Kenya are severed by Somalia.")
    [cut] = find(record, "SANCTION")
    assert countries(actors, cut.actor) == {"SOM"}


def test_events_a_shared_auxiliary_keeps_the_second_verb_active() -> None:
    record, actors = coded("Kenyan forces have raided the camp and arrested dozens by force.")
    [arrest] = find(record, "COERCE")
    assert countries(actors, arrest.actor) == {"KEN"}


def test_events_the_pronoun_standing_for_a_deed_lends_it_no_actor() -> None:
    record, actors = coded("Somalia condemned the strike, saying it killed two civilians.")
    assert all(countries(actors, e.actor) != {"SOM"} for e in find(record, "ASSAULT"))

