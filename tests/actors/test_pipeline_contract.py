"""The component's contract with spaCy: declared data flow, entry point, garbage in."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import chronicle

pytestmark = pytest.mark.slow


def test_pipeline_analyze_pipes_reports_no_problems(nlp) -> None:
    analysis = nlp.analyze_pipes(pretty=False)
    assert not any(analysis["problems"].values()), analysis["problems"]
    assert "chronicle_actors" in nlp.pipe_names


def test_pipeline_component_is_registered_by_entry_point() -> None:
    import spacy

    blank = spacy.blank("en")
    assert "chronicle_actors" in spacy.registry.factories.get_all() or \
        blank.has_factory("chronicle_actors")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=0, max_size=400))
def test_pipeline_any_text_gives_a_valid_record(text: str) -> None:
    record = chronicle.extract(text)
    assert record.status in {"ok", "rejected"}
    assert (record.error is None) == (record.status == "ok")
    for actor in record.actors:
        for start, end in actor.mentions:
            assert 0 <= start < end <= len(record.text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([
    "He", "its", "the group", "Washington", "US troops", "Iraqi", "said", "the regime", ",",
    "“", "”", "\"", "attacked", "Hezbollah", "in", "Iraq", "and", "their", ".", "\n",
    "Nujaba leader", "Akram al-Kaabi", "the country", "Kataeb Hezbollah", "Pentagon"]),
    min_size=1, max_size=60))
def test_pipeline_word_salad_of_actor_words_does_not_crash(words: list[str]) -> None:
    record = chronicle.extract(" ".join(words) + " The army said the attack happened.")
    assert record.status in {"ok", "rejected"}
    for actor in record.actors:
        assert actor.mentions
