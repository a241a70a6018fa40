"""Event coding on sentences written for these tests (PLOVER readings from the manual)."""

from __future__ import annotations

import pytest

import chronicle

pytestmark = pytest.mark.slow


def coded(text: str, published: str = "2024-02-02") -> tuple:
    record = chronicle.extract(text, published=published)
    actors = {a.id: a for a in record.actors}
    return record, actors


def countries(actors: dict, ids: list[str]) -> set[str]:
    return {actors[i].country for i in ids}


def find(record, kind: str):
    return [e for e in record.events if e.type == kind]


def test_events_vow_to_strike_is_threaten_violence() -> None:
    record, actors = coded("Hezbollah vowed to keep up strikes against Israeli positions.")
    [event] = find(record, "THREATEN")
    assert event.mode == "violence" and event.aux is None
    assert countries(actors, event.actor) == {"LBN"}
    assert "ISR" in countries(actors, event.recipient)
    assert not find(record, "ASSAULT")


def test_events_negated_attack_is_not_realized() -> None:
    record, actors = coded("Russia did not attack Ukraine on Monday, the ministry said.")
    assert all(e.aux == "negated" for e in find(record, "ASSAULT"))


def test_events_hypothetical_strike() -> None:
    record, _ = coded("If Iran attacks Israel, the United States will defend it.")
    attacks = find(record, "ASSAULT")
    assert attacks and all(e.aux == "hypothetical" for e in attacks)


def test_events_claim_makes_claimant_the_actor_and_asserter() -> None:
    record, actors = coded(
        "Two US soldiers were killed in a drone attack on a base in Syria on Monday. "
        "The Islamic Resistance in Iraq claimed responsibility for the attack.")
    [attack] = find(record, "ASSAULT")
    assert attack.mode == "drone" and attack.dead == 2
    assert countries(actors, attack.actor) == {"IRQ"}
    assert attack.asserted_by in attack.actor
    assert "USA" in countries(actors, attack.recipient)


def test_events_casualties_from_numbers() -> None:
    record, _ = coded("Israeli airstrikes killed at least 12 people in Rafah and wounded 40.")
    [attack] = find(record, "ASSAULT")
    assert attack.dead == 12 and attack.injured == 40


def test_events_demand_is_request_of_whoever_must_act() -> None:
    record, actors = coded("Iraq demanded the withdrawal of US forces from its territory.")
    [request] = find(record, "REQUEST")
    assert countries(actors, request.actor) == {"IRQ"}
    assert "USA" in countries(actors, request.recipient)


def test_events_old_year_is_historical() -> None:
    record, _ = coded("The United States invaded Iraq in 2003, toppling its government.")
    assert find(record, "ASSAULT") and all(e.aux == "historical" for e in find(record, "ASSAULT"))


def test_events_offsets_and_confidence() -> None:
    record, _ = coded("Washington imposed sanctions on Tehran on Friday.")
    [event] = find(record, "COERCE")  # CAMEO 163 -> PLOVER COERCE restrict
    start, end = event.trigger
    assert record.text[start:end] in {"imposed", "sanctions", "imposed sanctions"}
    assert 0.0 <= event.confidence <= 1.0
    for start, end in event.evidence:
        assert 0 <= start < end <= len(record.text)


def test_events_suspending_attacks_is_a_ceasefire_but_suspending_aid_a_sanction() -> None:
    record, actors = coded("Kataib Hezbollah announced the suspension of its attacks on US "
                           "forces. Germany suspended aid to Iraq.")
    retreats = find(record, "RETREAT")
    assert retreats and retreats[0].mode == "ceasefire"
    assert countries(actors, retreats[0].actor) == {"IRQ"}
    sanctions = find(record, "SANCTION")
    assert sanctions and sanctions[0].mode == "discontinue"
    assert countries(actors, sanctions[0].actor) == {"DEU"}


def test_events_announced_force_is_a_threat() -> None:
    record, actors = coded("The Pentagon said the United States will respond to the attack.")
    assert find(record, "THREATEN") and not find(record, "ASSAULT")


def test_events_approving_strike_plans_is_mobilize() -> None:
    record, actors = coded("The United States has approved plans for strikes on Iranian targets.")
    [event] = find(record, "MOBILIZE")
    assert countries(actors, event.actor) == {"USA"}


def test_events_killing_of_is_the_victim() -> None:
    record, actors = coded("Biden condemned the killing of three American soldiers.")
    attacks = find(record, "ASSAULT")
    assert attacks and "USA" in countries(actors, attacks[0].recipient)
    assert not attacks[0].actor


def test_events_user_trigger_file_adds_a_reading(tmp_path) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text("lemma\tpos\ttype\tmode\tframe\trecipient\tactor\tswap\tnote\n"
                     "stonewall\tVERB\tREJECT\t\t\tdobj\t\t\tuser row\n", encoding="utf-8")
    plain = chronicle.extract("Iran stonewalled Egypt at the summit.")
    record = chronicle.extract("Iran stonewalled Egypt at the summit.", event_files=[extra])
    assert not find(plain, "REJECT") and find(record, "REJECT")


def test_events_one_telling_names_the_actor_the_next_the_victims() -> None:
    record, actors = coded(
        "A drone strike by Houthi rebels hit the port on Monday. "
        "Two Saudi soldiers were killed, officials said.")
    attacks = find(record, "ASSAULT")
    assert len(attacks) == 1
    assert countries(actors, attacks[0].actor) == {"YEM"}
    assert countries(actors, attacks[0].recipient) == {"SAU"}


def test_events_no_country_attacks_itself_by_merging() -> None:
    record, actors = coded(
        "The United States launched strikes in Syria on Friday. "
        "A drone attack had killed three American soldiers in Jordan.")
    for attack in find(record, "ASSAULT"):
        assert not (countries(actors, attack.actor) & countries(actors, attack.recipient))


@pytest.mark.parametrize("text, kind", [
    # PLOVER: finalizing an agreement is SUPPORT, promising one AGREE, refusing REJECT
    ("Poland and Lithuania signed a defence pact on Tuesday.", "SUPPORT"),
    ("Chile and Peru have agreed a new border treaty.", "SUPPORT"),
    ("Chile agreed to withdraw its troops from the border.", "AGREE"),
    ("Chile and Peru failed to reach agreement on the border.", "REJECT"),
    ("Austria says it will not accept more asylum seekers.", "REJECT"),
    # refusals, calls to punish, pledges, giving in
    ("Egypt will not release the detained journalists.", "REJECT"),
    ("Several EU members called for sanctions against Belarus.", "ACCUSE"),
    ("The ASEAN nations pledged full support for Jakarta's efforts.", "SUPPORT"),
    ("Japan promised to provide aid to the Philippines.", "AGREE"),
    ("The government accepted the demands of the striking miners.", "CONCEDE"),
    # what someone is on
    ("Greek troops remained on alert along the border.", "MOBILIZE"),
    ("Thousands of teachers in Kenya went on strike for better pay.", "PROTEST"),
])
def test_events_plover_readings(text: str, kind: str) -> None:
    record, _ = coded(text)
    assert kind in {e.type for e in record.events}, record.events


def test_events_failing_to_act_negates_the_act() -> None:
    record, _ = coded("Jordanian air defences failed to intercept the Syrian drone.")
    assert not find(record, "REJECT")
    assert all(e.aux == "negated" for e in find(record, "ASSAULT"))


def test_events_what_did_not_happen_stays_negated() -> None:
    record, _ = coded("Russian troops did not withdraw from Kherson, Ukraine said.")
    assert [e.aux for e in find(record, "RETREAT")] == ["negated"]


def test_events_a_deed_that_failed_at_something_happened() -> None:
    record, _ = coded("The Turkish strikes on the PKK, launched in May, have not stopped its "
                      "raids.")
    assert [e.aux for e in find(record, "ASSAULT") if e.actor] == [None]
    record, _ = coded("The strikes did not hit Iran.")
    assert [e.aux for e in find(record, "ASSAULT")] == ["negated"]


def test_events_attacks_that_must_stop_have_happened() -> None:
    # the subject of "stop" goes on; what someone stops doing ("stopped attacking") does not
    record, _ = coded("These repeated attacks by Iran and its proxies must stop, Wicker said.")
    assert [e.aux for e in find(record, "ASSAULT")] == [None]
    record, _ = coded("The militia stopped attacking US bases in January.")
    assert all(e.aux == "negated" for e in find(record, "ASSAULT"))


def test_events_a_habit_is_not_the_one_deed() -> None:
    record, actors = coded("A drone attack on Sunday killed three US soldiers in Jordan. The "
                           "Islamic Resistance in Iraq has regularly claimed strikes on US "
                           "forces.", published="2024-01-30")
    attacks = find(record, "ASSAULT")
    assert len(attacks) == 2  # the attack of Sunday, and the strikes the group claims
    sunday = next(e for e in attacks if e.dead == 3)
    assert not sunday.actor  # the report does not say who carried it out


def test_events_claimed_attacks_are_the_claimants() -> None:
    record, actors = coded("Al-Shabaab has regularly claimed attacks on bases housing Kenyan "
                           "troops.")
    [attack] = find(record, "ASSAULT")
    assert countries(actors, attack.recipient) == {"KEN"}
    assert attack.actor and attack.asserted_by == attack.actor[0]


def test_events_claimed_that_is_no_claim_of_responsibility() -> None:
    record, actors = coded("Iran claimed that Israel carried out the attack on the consulate.")
    for attack in find(record, "ASSAULT"):
        assert "IRN" not in countries(actors, attack.actor)


@pytest.mark.parametrize("text", [
    "The strikes hit the Revolutionary Guards and the militias it backs.",
    "Turkish forces are stationed in northern Iraq.",
])
def test_events_standing_relations_are_no_events(text: str) -> None:
    record, _ = coded(text)
    assert not find(record, "SUPPORT") and not find(record, "MOBILIZE")


def test_events_news_agencies_report_they_do_not_accuse() -> None:
    record, _ = coded("The rockets were fired by Syrian government forces, Reuters reported.")
    assert not find(record, "ACCUSE")


def test_events_a_war_is_not_the_attack_told_beside_it() -> None:
    record, actors = coded(
        "Three Turkish soldiers were killed on Saturday by a drone strike. Violence has "
        "erupted since Russia launched its offensive in Ukraine.")
    killed = [e for e in find(record, "ASSAULT") if e.dead == 3]
    assert killed and not countries(actors, killed[0].actor)


def test_events_a_response_keeps_the_deed_it_answers() -> None:
    record, actors = coded("Israel launched its offensive in Gaza in response to attacks by "
                           "Hamas militants on Oct. 7.")
    assert any(countries(actors, e.actor) == {"PSE"} for e in find(record, "ASSAULT"))


@pytest.mark.parametrize("text, kind, recipient", [
    ("Tehran has refuted any association with the bombing.", "REJECT", set()),
    ("South Africa refuted Trump's comments on farm seizures.", "ACCUSE", {"USA"}),
    ("Israel rejected Hamas's demands.", "REJECT", {"PSE"}),
])
def test_events_disputing_any_denies_disputing_words_accuses(text: str, kind: str,
                                                              recipient: set) -> None:
    record, actors = coded(text)
    [event] = find(record, kind)
    assert countries(actors, event.recipient) == recipient


def test_events_would_in_what_someone_said_is_their_will() -> None:
    record, actors = coded("The Turkish president announced on Monday that Turkey would "
                           "launch strikes on the militants.")
    assert [countries(actors, e.actor) for e in find(record, "THREATEN")] == [{"TUR"}]
    record, _ = coded("If Greece attacked, Turkey would respond.")
    assert all(e.aux == "hypothetical" for e in find(record, "ASSAULT"))


def test_events_announced_halt_and_delivered_response() -> None:
    record, _ = coded("Al-Shabaab said it will suspend all of its operations against Kenyan "
                      "forces.")
    assert [e.type for e in record.events] == ["RETREAT"]
    record, actors = coded("Erdogan said Turkey would not start a war but would deliver a "
                           "powerful response to any aggression.")
    assert [countries(actors, e.actor) for e in find(record, "THREATEN")] == [{"TUR"}]


@pytest.mark.parametrize("text, kind", [
    ("Thai authorities will extend the curfew in Bangkok.", "THREATEN"),
    ("Kenya's president called the Ugandan president on Saturday to discuss trade.",
     "CONSULT"),
    ("Kenya called on Uganda to withdraw its troops.", "REQUEST"),
])
def test_events_announced_coercion_and_calls(text: str, kind: str) -> None:
    record, _ = coded(text)
    assert kind in {e.type for e in record.events}
    if kind == "CONSULT":
        assert not find(record, "REQUEST")


def test_events_cutting_aid_is_a_sanction_cutting_tariffs_is_nothing_here() -> None:
    record, actors = coded("Norway reduced military aid to Mali by 20 million dollars.")
    [event] = find(record, "SANCTION")
    assert countries(actors, event.recipient) == {"MLI"}
    record, _ = coded("China cut the price of its exports.")
    assert not record.events


def test_events_plans_approved_for_strikes_are_force_posture() -> None:
    record, actors = coded("Plans were approved for strikes on Syrian targets.")
    [event] = find(record, "MOBILIZE")
    assert countries(actors, event.recipient) == {"SYR"}


def test_events_what_a_demand_asks_can_sit_on_its_verb() -> None:
    record, actors = coded("Hezbollah said its demand is the withdrawal of Israeli forces "
                           "from Lebanon.")
    [request] = find(record, "REQUEST")
    assert countries(actors, request.recipient) == {"ISR"}


def test_a_response_to_a_killing_is_not_aimed_at_the_dead() -> None:
    record = chronicle.extract("The raids were a response to the killing of four Malian soldiers "
                               "by a roadside bomb near Gao.", published="2024-02-02")
    countries = {a.id: a.country for a in record.actors}
    attacks = [e for e in record.events if e.type == "ASSAULT"]
    assert any({countries[i] for i in e.recipient} == {"MLI"} for e in attacks)
    assert not any("MLI" in {countries[i] for i in e.recipient}
                   for e in attacks if record.text[e.trigger[0]:e.trigger[1]] == "response")


def test_hold_to_account_is_a_threat_even_with_the_complement_hung_deep() -> None:
    record = chronicle.extract('The president said France "will hold all those responsible to '
                               'account at a time of our choosing."', published="2024-02-02")
    assert [e.type for e in record.events] == ["THREATEN"]


def test_answering_a_death_is_not_aimed_at_the_dead_who_are_the_attacks_victims() -> None:
    record = chronicle.extract("In response to the death of four Malian soldiers in a bomb attack "
                               "near Gao, the army vowed to respond.", published="2024-02-02")
    countries = {a.id: a.country for a in record.actors}
    sides = {(e.type, frozenset(countries[i] for i in e.recipient)) for e in record.events}
    assert ("ASSAULT", frozenset({"MLI"})) in sides
    assert not any(kind == "THREATEN" and "MLI" in who for kind, who in sides)


def test_an_unnamed_groups_own_attack_is_not_merged_with_anothers_strikes() -> None:
    record = chronicle.extract("The French army's retaliatory strikes were delayed. The jihadist "
                               "group, which has controlled the region for years, began the war "
                               "with its brutal attack on Mali in 2012.", published="2024-02-01")
    countries = {a.id: a.country for a in record.actors}
    attacks = [({countries[i] for i in e.actor}, {countries[i] for i in e.recipient})
               for e in record.events if e.type == "ASSAULT"]
    assert ({"FRA"}, {"MLI"}) not in attacks
    assert (set(), {"MLI"}) in attacks


def test_territory_spared_by_an_operation_is_its_negated_target() -> None:
    record = chronicle.extract("French jets struck targets in Mali and Niger on Friday. Algerian "
                               "territory was not targeted.", published="2024-02-02")
    countries = {a.id: a.country for a in record.actors}
    negated = [e for e in record.events if e.aux == "negated"]
    assert [({countries[i] for i in e.actor}, {countries[i] for i in e.recipient})
            for e in negated] == [({"FRA"}, {"DZA"})]
    assert any(p.country == "DZA" for p in record.places)


def test_an_attack_that_claimed_the_lives_of_soldiers() -> None:
    record = chronicle.extract("The bombing near Gao, which claimed the lives of four Malian "
                               "soldiers, was condemned by Paris.", published="2024-02-02")
    countries = {a.id: a.country for a in record.actors}
    [attack] = [e for e in record.events if e.type == "ASSAULT"]
    assert {countries[i] for i in attack.recipient} == {"MLI"} and attack.dead == 4


def test_a_war_to_be_ended_is_still_waged() -> None:
    record = chronicle.extract("The Houthis demanded an end to Israel's war on Hamas in Gaza.",
                               published="2024-02-02")
    countries = {a.id: a.country for a in record.actors}
    kinds = {(e.type, frozenset(countries[i] for i in e.actor),
              frozenset(countries[i] for i in e.recipient)) for e in record.events}
    assert ("ASSAULT", frozenset({"ISR"}), frozenset({"PSE"})) in kinds
    assert any(k[0] == "REQUEST" for k in kinds)


def test_a_suspension_of_operations_is_one_event() -> None:
    record = chronicle.extract("Kataib Hezbollah announced the suspension of its operations "
                               "against US forces.", published="2024-02-02")
    assert [e.type for e in record.events] == ["RETREAT"]


def test_the_deed_a_promised_response_answers_was_done() -> None:
    record = chronicle.extract("The president said France would launch a response to the attack "
                               "on a French base in Mali.", published="2024-02-02")
    countries = {a.id: a.country for a in record.actors}
    answered = [e for e in record.events if e.type == "ASSAULT" and e.aux is None and
                {countries[i] for i in e.recipient} == {"FRA"}]
    assert answered


def test_an_attack_that_left_people_dead() -> None:
    record = chronicle.extract("The car bomb in Gao left five Malian soldiers dead.",
                               published="2024-02-02")
    countries = {a.id: a.country for a in record.actors}
    [attack] = [e for e in record.events if e.type == "ASSAULT"]
    assert {countries[i] for i in attack.recipient} == {"MLI"} and attack.dead == 5


@pytest.mark.parametrize("text", [
    "Moscow insists it had nothing to do with the explosion.",
    "The Kremlin repeated that it had no role in the explosion.",
    "Moscow said it was not involved in the explosion.",
])
def test_denials_of_involvement_without_deny(text: str) -> None:
    record = chronicle.extract(text, published="2024-02-02")
    countries = {a.id: a.country for a in record.actors}
    assert [(e.type, e.aux, {countries[i] for i in e.actor}) for e in record.events] == \
        [("REJECT", None, {"RUS"})]


def test_having_a_role_is_no_denial() -> None:
    record = chronicle.extract("Kyiv said Moscow had a role in the explosion.",
                               published="2024-02-02")
    assert not [e for e in record.events if e.type == "REJECT"]


def test_answered_with_a_barrage_and_recalled_an_envoy() -> None:
    record = chronicle.extract("Russia answered with a missile barrage. Mourners recalled the "
                               "killing of the general.", published="2024-02-02")
    countries = {a.id: a.country for a in record.actors}
    kinds = [(e.type, {countries[i] for i in e.actor}) for e in record.events]
    assert ("ASSAULT", {"RUS"}) in kinds
    assert not any(kind == "SANCTION" for kind, _ in kinds)


def test_lawmakers_calling_for_force_ask_their_own_government() -> None:
    record = chronicle.extract("After the United States lost three soldiers, Republican "
                               "senators demanded strikes on Iran.", published="2024-02-02")
    countries = {a.id: (a.country, a.sector) for a in record.actors}
    [request] = [e for e in record.events if e.type == "REQUEST"]
    assert [countries[i] for i in request.actor] == [("USA", "LEG")]
    assert [countries[i] for i in request.recipient] == [("USA", "GOV")]


def test_will_keep_fighting_is_a_threat() -> None:
    record = chronicle.extract("JNIM says it will keep fighting.", published="2024-02-02")
    assert [e.type for e in record.events] == ["THREATEN"]


def test_months_of_strikes_are_not_the_one_attack() -> None:
    record = chronicle.extract("Three Malian soldiers were killed on Sunday in a drone strike by "
                               "Russian-backed fighters, after months of strikes by the groups "
                               "against Malian forces.", published="2024-02-02")
    assert len([e for e in record.events if e.type == "ASSAULT"]) == 2


def test_a_then_titled_doer_acted_in_the_past() -> None:
    record = chronicle.extract("French troops killed a jihadist leader near Gao on Monday. "
                               "Then-President Francois Hollande ordered a strike near Timbuktu, "
                               "which killed another commander.", published="2024-02-02")
    kinds = sorted((e.aux or "-") for e in record.events if e.type == "ASSAULT")
    assert kinds == ["-", "historical"]


def test_an_outlet_told_of_a_deed_is_no_party_to_it() -> None:
    record = chronicle.extract("Plans have been approved for strikes, officials told Reuters.",
                               published="2024-02-02")
    names = {a.id: a.name for a in record.actors}
    assert not any("Reuters" in [names[i] for i in e.recipient] for e in record.events)


@pytest.mark.parametrize(("text", "dead"), [
    ("A Russian missile killed Dmytro Kuleba and Valerii Zaluzhnyi in Kyiv.", 2),
    ("Kenya condemned the killing of three Kenyan soldiers in Lamu.", 3),
])
def test_events_the_dead_counted_by_name_and_by_killing_nouns(text: str, dead: int) -> None:
    record, _ = coded(text)
    [attack] = find(record, "ASSAULT")
    assert attack.dead == dead, text

