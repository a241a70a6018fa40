"""Line breaks that end sentences before the parser runs."""

from __future__ import annotations

import pytest

from chronicle.pipeline import load_nlp

pytestmark = pytest.mark.slow


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_nlp()(text).sents]


def test_headline_line_is_its_own_sentence() -> None:
    text = ("Kenya: talks with Somalia 'a failure'\n"
            "Kenya has strongly criticised the talks held in Nairobi on Tuesday, saying the "
            "Somali delegation refused every proposal put to it by the mediators.")
    assert sentences(text)[0] == "Kenya: talks with Somalia 'a failure'"


def test_hard_wrapped_lines_stay_one_sentence() -> None:
    text = ("The spokesman of the movement announced\non Friday that its operations "
            "against the army\nwill not stop until the siege ends.\nThe army said nothing.")
    assert sentences(text)[0].replace("\n", " ") == (
        "The spokesman of the movement announced on Friday that its operations against the "
        "army will not stop until the siege ends.")


def test_closing_quote_stays_with_its_sentence() -> None:
    text = ('"We do not seek a war, but if anyone threatens us, they will get an answer."\n\n'
            "He stressed that the groups act on their own.")
    found = sentences(text)
    assert len(found) == 2
    assert found[0].endswith('answer."') and found[1].startswith("He stressed")
