"""Event dates from the time stage, on sentences written for these tests. The stories are dated
Friday 2 February 2024 unless a case says otherwise."""

from __future__ import annotations

import pytest

import chronicle

pytestmark = pytest.mark.slow

FRIDAY = "2024-02-02"


def events(text: str, published: str | None = FRIDAY) -> tuple:
    record = chronicle.extract(text, published=published)
    return record, record.events


def one(events_: list, kind: str):
    found = [e for e in events_ if e.type == kind]
    assert len(found) == 1, [(e.type, e.date) for e in events_]
    return found[0]


def test_dating_an_expression_on_the_verb() -> None:
    record, found = events("Russian forces shelled Ukrainian positions near Bakhmut on Tuesday.")
    event = one(found, "ASSAULT")
    assert (event.date.value, event.date.precision) == ("2024-01-30", "day")
    assert record.times[event.date.time].text == "Tuesday"


def test_dating_a_week_on_the_clause_of_a_noun() -> None:
    _, found = events("Three Israeli soldiers were killed in a Hezbollah drone strike on their "
                      "base last week.")
    event = one(found, "ASSAULT")
    assert (event.date.value, event.date.precision) == ("2024-W04", "week")


def test_dating_through_a_light_verb() -> None:
    # "announced" is no event of its own: its date is the suspension's
    _, found = events("The militia announced on Tuesday a suspension of its attacks on US forces.")
    event = one(found, "RETREAT")
    assert event.date.value == "2024-01-30"


def test_dating_a_relative_clause_dates_the_deed() -> None:
    _, found = events("The general was killed in an American drone strike that was ordered by "
                      "the president on January 3, 2020.")
    assert "2020-01-03" in {e.date.value for e in found if e.type == "ASSAULT"}


def test_dating_an_event_does_not_date_the_deed_it_answers() -> None:
    # the rebuff is dated; the threats it dismisses were made before, on no day the text gives
    _, found = events("The cleric on Friday dismissed American threats to bomb the militia.")
    assert one(found, "REJECT").date.value == FRIDAY
    threat = one(found, "THREATEN")
    assert threat.date.time is None and threat.date.precision == "on_or_before"


def test_dating_without_an_expression_is_bounded_by_publication() -> None:
    _, found = events("Russian forces have shelled Ukrainian positions near Bakhmut.")
    dates = {(e.date.value, e.date.precision, e.date.time) for e in found}
    assert dates == {(FRIDAY, "on_or_before", None)}


def test_dating_without_a_publication_date_leaves_the_date_open() -> None:
    _, found = events("Russian forces shelled Ukrainian positions near Bakhmut.", published=None)
    assert found and all(e.date.value is None for e in found)


def test_dating_strikes_a_week_apart_stay_two_events() -> None:
    _, found = events(
        "US aircraft struck militia positions in western Iraq on Jan. 24. "
        "US aircraft struck militia positions in western Iraq on Friday.")
    assert sorted(e.date.value for e in found if e.type == "ASSAULT") == \
        ["2024-01-24", "2024-02-02"]


def test_dating_a_later_definite_mention_dates_the_first_telling() -> None:
    _, found = events(
        "US jets began retaliatory strikes after a drone attack that killed three US soldiers "
        "in Jordan. The strikes were a response to the weekend attack.")
    killing = [e for e in found if e.type == "ASSAULT" and e.dead == 3]
    assert killing and killing[0].date.value == "2024-W04"


def test_a_deeds_own_date_beats_the_day_it_was_reported() -> None:
    record = chronicle.extract("French strikes in northern Mali killed at least 16 people, a "
                               "government spokesman said on Saturday. France carried out the "
                               "strikes on Friday.", published="2024-02-04")
    [attack] = [e for e in record.events if e.type == "ASSAULT"]
    assert attack.date.value == "2024-02-02"


def test_dating_a_deed_by_the_time_of_its_when_clause() -> None:
    # "late on Sunday" is when they were killed; "on Monday" when it was said
    _, found = events("Six Kenyan soldiers were killed when a drone struck their base late on "
                      "Sunday, the army said on Monday.", published="2024-02-05")
    assert one(found, "ASSAULT").date.value == "2024-02-04"


def test_dating_a_timeline_entry_by_its_label() -> None:
    # a timeline in the historical present: the label dates its paragraph, and a yearless
    # label before the story's date is this year's, not next year's
    record, found = events("JAN. 28: A drone hits a Kenyan base, killing three soldiers.\n\n"
                           "JAN. 29: Somalia denies involvement. Kenyan officials say the "
                           "attack bears the hallmarks of al-Shabaab.", published="2024-02-10")
    assert [t.value for t in record.times] == ["2024-01-28", "2024-01-29"]
    assert one(found, "ASSAULT").date.value == "2024-01-28"
    assert one(found, "REJECT").date.value == "2024-01-29"
    assert one(found, "ACCUSE").date.value == "2024-01-29"


def test_dating_a_paragraph_goes_on_at_the_time_it_set() -> None:
    _, found = events("Kenya's president said on Tuesday he had decided how to respond. He said "
                      "he held Somalia responsible for the raid.")
    accusation = one(found, "ACCUSE")
    assert (accusation.date.value, accusation.date.precision) == ("2024-01-30", "day")


def test_dating_no_paragraph_time_for_a_perfect() -> None:
    _, found = events("Kenya's president said on Tuesday he had decided how to respond. Somalia "
                      "has condemned the raid.")
    assert one(found, "ACCUSE").date.precision == "on_or_before"


def test_dating_no_paragraph_time_from_a_date_of_another_deed() -> None:
    _, found = events("Prices have risen since last year's October 7 attack on Israel. A drone "
                      "strike by al-Shabaab killed three Kenyan soldiers.")
    strike = [e for e in found if e.type == "ASSAULT" and e.dead == 3]
    assert strike and strike[0].date.precision == "on_or_before"


def test_dating_a_relative_clause_is_not_dated_by_its_nouns_clause() -> None:
    _, found = events("Al-Shabaab, which announced a halt to its raids, had not said by Thursday "
                      "evening whether the truce would hold.")
    halt = one(found, "RETREAT")
    assert halt.date.precision == "on_or_before"


def test_dating_a_where_clause_shares_the_date_of_its_occasion() -> None:
    _, found = events("The Kenyan minister travelled to Mogadishu on January 29, where he and his "
                      "Somali counterpart agreed to reopen the border.")
    assert one(found, "AGREE").date.value == "2024-01-29"


def test_dating_an_undated_telling_in_the_past_is_on_the_story_day() -> None:
    _, found = events("Kenya on Thursday condemned the raid on its border post.\n\nThe "
                      "foreign ministry accused Somalia of sheltering the attackers.")
    accusations = [e for e in found if e.type == "ACCUSE"]
    assert accusations and all(e.date.value == "2024-02-01" for e in accusations)


def test_dating_no_story_day_from_a_lead_day_long_before_publication() -> None:
    _, found = events("Kenya condemned the raid on its border post on Jan. 3.\n\nThe foreign "
                      "minister urged Somalia to act.")
    assert one(found, "REQUEST").date.precision == "on_or_before"
    _, found = events("Kenya condemned the raid on its border post on Jan. 3.\n\nThe foreign "
                      "minister urged Somalia to act.", published="2024-01-04")
    assert one(found, "REQUEST").date.value == "2024-01-03"


def test_dating_a_deed_that_could_happen_takes_no_story_day() -> None:
    _, found = events("Kenya on Thursday condemned the raid. The president said Kenya could "
                      "strike Somalia.")
    strike = [e for e in found if e.type == "ASSAULT" and e.aux == "hypothetical"]
    assert strike and strike[0].date.precision == "on_or_before"


def test_dating_a_deed_counted_days_before_a_dated_one() -> None:
    _, found = events("Al-Shabaab announced on Tuesday that it was suspending its raids, two "
                      "days after a drone attack killed three Kenyan soldiers.")
    attack = one(found, "ASSAULT")
    assert (attack.date.value, attack.date.precision) == ("2024-01-28", "day")


def test_dating_a_deed_a_day_before_one_that_came_after_it() -> None:
    _, found = events("Kenyan jets struck al-Shabaab camps on Thursday. The Kenyan strikes came "
                      "a day after Ethiopia hit 85 targets in Somalia.")
    ethiopian = [e for e in found if e.type == "ASSAULT" and e.date.value == "2024-01-31"]
    assert len(ethiopian) == 1 and ethiopian[0].date.precision == "day"

