"""Where events happened: the place attached in the parse, else the article's main place."""

import pytest

import chronicle
from chronicle.record.places import main_event_place

pytestmark = pytest.mark.slow


def event_places(text, published="2024-02-05"):
    record = chronicle.extract(text, published=published)
    out = []
    for event in record.events:
        place = record.places[event.place] if event.place is not None else None
        out.append((event.type, place.text if place else None, event.place_basis))
    return record, out


@pytest.mark.parametrize("text, kind, place", [
    # a locative phrase on the trigger's object
    ("Israeli jets struck two houses in Bint Jbeil on Monday.", "ASSAULT", "Bint Jbeil"),
    # a direct object that is a place: what the deed was done to
    ("Russian forces shelled Nikopol overnight, damaging several houses.", "ASSAULT",
     "Nikopol"),
    # the deed it was done in: "killed in a drone strike at ... near ..."
    ("Three US soldiers were killed in a drone strike near the Syria-Jordan border.",
     "ASSAULT", "Syria-Jordan border"),
    # "seized control of X"
    ("Malian troops seized control of Kidal from the rebels.", None, "Kidal"),
    # compass distances
    ("Russian troops attacked Ukrainian positions about 15 km north of Kupiansk.",
     "ASSAULT", "Kupiansk"),
])
def test_place_from_the_parse(text, kind, place):
    _, found = event_places(text)
    hits = [p for t, p, basis in found if (kind is None or t == kind) and basis == "text"]
    assert place in hits, found


def test_a_place_named_whence_is_not_where(nlp):
    record, found = event_places("Militants fired rockets from Syria at Israeli positions.")
    assert all(p != "Syria" or basis != "text" for _, p, basis in found)


def test_unplaced_events_take_the_articles_main_place():
    record, found = event_places(
        "Gunmen attacked a police post in Say (Tillaberi), killing two officers. "
        "The interior ministry condemned the attack.")
    assert ("REJECT", "Say", "article") in found or any(
        basis == "article" for _, _, basis in found)
    assert main_event_place(record).text == "Say"


def test_a_country_wide_telling_is_refined_to_the_site_the_article_is_about():
    record, found = event_places(
        "A drone hit Tower 22, a US outpost, on Sunday. Three soldiers were killed in the "
        "attack in northeastern Jordan, officials said. Tower 22 houses about 350 troops.")
    place = main_event_place(record)
    assert place is not None and place.name == "Tower 22"


def test_main_event_place_of_a_record_without_places():
    record, _ = event_places("The minister said talks would continue next week.")
    assert main_event_place(record) is None


def test_tellings_placed_far_apart_are_two_deeds():
    record, found = event_places(
        "US forces struck a weapons depot in Al-Qaim on Friday. On Friday, US forces also "
        "struck a weapons depot in Basra.", published="2024-02-03")
    assaults = [(p, basis) for t, p, basis in found if t == "ASSAULT"]
    assert ("Al-Qaim", "text") in assaults and ("Basra", "text") in assaults



def test_an_attack_that_spared_a_state_is_aimed_at_it():
    record = chronicle.extract("The US strikes did not target any locations inside Iran, "
                               "officials said.", published="2024-02-03")
    names = {a.id: a.name for a in record.actors}
    attack = next(e for e in record.events if e.type == "ASSAULT")
    assert attack.aux == "negated" and [names[i] for i in attack.recipient] == ["Iran"]
    # a realized strike on targets in a country is not read as one on the state
    record = chronicle.extract("US forces struck targets in Iraq on Friday.",
                               published="2024-02-03")
    assert all("IRQ" not in e.recipient for e in record.events)


def test_a_region_named_as_the_target_gives_its_state() -> None:
    record = chronicle.extract("Israel continues its brutal war on besieged Gaza.",
                               published="2024-02-02")
    countries = {a.id: a.country for a in record.actors}
    [war] = [e for e in record.events if e.type == "ASSAULT"]
    assert {countries[i] for i in war.recipient} == {"PSE"}
    record = chronicle.extract("A drone struck Tower 22, a US outpost in Jordan.",
                               published="2024-02-02")
    countries = {a.id: a.country for a in record.actors}
    assert not any("JOR" in {countries[i] for i in e.recipient} for e in record.events)


def test_an_armed_groups_attack_in_another_state_strikes_that_state() -> None:
    record = chronicle.extract("The crisis began after attacks by al-Shabaab in northern Kenya "
                               "killed nine people.", published="2024-02-02")
    countries = {a.id: a.country for a in record.actors}
    attacks = [e for e in record.events if e.type == "ASSAULT"]
    assert any({countries[i] for i in e.recipient} == {"KEN"} for e in attacks)
    record = chronicle.extract("US strikes hit targets in Iraq.", published="2024-02-02")
    assert all(not e.recipient for e in record.events)


def test_aid_told_with_the_place_it_goes_to_is_given_to_that_state() -> None:
    record = chronicle.extract("Kenya gave 20 million dollars to promote development in "
                               "Somalia.", published="2024-02-02")
    country = {a.id: a.country for a in record.actors}
    [aid] = [e for e in record.events if e.type == "AID"]
    assert [country[i] for i in aid.recipient] == ["SOM"]


def test_a_crowd_protesting_is_of_the_land_it_stands_in() -> None:
    record = chronicle.extract("Thousands marched in Nairobi on Thursday, chanting against "
                               "the government.", published="2024-02-02")
    actors = {a.id: a for a in record.actors}
    [protest] = [e for e in record.events if e.type == "PROTEST"]
    assert {actors[i].country for i in protest.actor} == {"KEN"}
    assert {actors[i].sector for i in protest.actor} == {"CVL"}
