"""Stances and demands read between events (sentences written for these tests): responses
decided on, demands read off conditions and off what "cannot continue", dismissals of
announcements and criticism, condemnations of what a speaker calls a violation."""

from __future__ import annotations

import pytest

from tests.events.test_coding import coded, countries, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Kenya's president said on Tuesday he had settled on a response to the raid.",
    "Kenya's president said he had made up his mind about how to respond to the raid.",
])
def test_events_a_response_decided_on_is_a_threat(text: str) -> None:
    record, actors = coded(text)
    [threat] = find(record, "THREATEN")
    assert threat.mode == "violence" and not find(record, "AGREE"), text
    assert countries(actors, threat.actor) == {"KEN"}, text


def test_events_hostilities_until_someone_leaves_are_aimed_at_them_and_demand_it() -> None:
    record, actors = coded("Vladimir Putin said the operation would continue until Ukrainian "
                           "troops leave the region.")
    [threat] = find(record, "THREATEN")
    [demand] = find(record, "REQUEST")
    assert countries(actors, threat.recipient) == {"UKR"}
    assert countries(actors, demand.actor) == {"RUS"}
    assert countries(actors, demand.recipient) == {"UKR"}


def test_events_saying_an_announcement_changes_nothing_dismisses_it() -> None:
    record, actors = coded("Al-Shabaab announced on Tuesday that it was suspending its raids. "
                           "Kenya's defence ministry said the announcement would not alter "
                           "Kenyan plans.")
    [dismissal] = find(record, "REJECT")
    assert countries(actors, dismissal.actor) == {"KEN"}
    assert countries(actors, dismissal.recipient) == {"SOM"}
    record, _ = coded("Kenya's defence ministry said the rain would not alter its plans.")
    assert not find(record, "REJECT")


def test_events_being_dismissive_of_a_proposal_rejects_its_maker() -> None:
    record, actors = coded("The Kenyan minister was dismissive of the Somali proposal.")
    [rejection] = find(record, "REJECT")
    assert countries(actors, rejection.actor) == {"KEN"}
    assert countries(actors, rejection.recipient) == {"SOM"}


def test_events_a_presence_that_cannot_continue_is_asked_to_end() -> None:
    record, actors = coded("Somalia said the presence of Ethiopian forces cannot continue.")
    [demand] = find(record, "REQUEST")
    assert demand.aux is None
    assert countries(actors, demand.actor) == {"SOM"}
    assert countries(actors, demand.recipient) == {"ETH"}


def test_events_rejecting_the_criticism_answers_whoever_made_it() -> None:
    record, actors = coded("Russia criticised the strikes on Friday. The Kenyan envoy rejected "
                           "the criticism.")
    [rejection] = find(record, "REJECT")
    assert countries(actors, rejection.recipient) == {"RUS"}


def test_events_condemning_what_one_calls_a_violation_accuses_the_doer_told() -> None:
    record, actors = coded("Ethiopian strikes killed 16 people near the border on Friday. A "
                           "Somali spokesman condemned what he called a violation of Somali "
                           "sovereignty.")
    [condemnation] = find(record, "ACCUSE")
    assert countries(actors, condemnation.recipient) == {"ETH"}
    assert len(find(record, "ASSAULT")) == 1  # the violation is a name for the strikes
