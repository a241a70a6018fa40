"""Our scorers on tiny hand-made cases (no ../shared needed)."""

from __future__ import annotations

from chronicle.eval.plv import unmark
from chronicle.eval.reports import dates_compatible, match_level, sides_compatible


def test_plv_unmark_gives_spans_in_the_plain_sentence() -> None:
    text, source, target = unmark("<s>Iran</s> condemned <t>the US strikes</t> on Friday.")
    assert text == "Iran condemned the US strikes on Friday."
    assert text[source[0]:source[1]] == "Iran"
    assert text[target[0]:target[1]] == "the US strikes"


def test_reports_sides_by_country_or_name_word() -> None:
    assert sides_compatible([{"name": "Washington", "country": "USA"}],
                            [{"name": "United States", "country": "USA"}])
    assert sides_compatible([{"name": "Iran-backed militias", "country": None}],
                            [{"name": "Iran", "country": "IRN"}])
    assert not sides_compatible([], [{"name": "Hamas", "country": "PSE"}])
    assert sides_compatible([], [{"name": "unknown", "country": None}])


def test_reports_dates_nest() -> None:
    assert dates_compatible("2024-01-28", "2024-W04")
    assert dates_compatible("2024-W04", "2024-01-28")
    assert not dates_compatible("2024-02-02", "2024-W04")
    assert dates_compatible(None, None)


def test_reports_levels() -> None:
    gold = {"type": "RETREAT", "actor": [{"name": "Kataib Hezbollah", "country": "IRQ"}],
            "recipient": [], "date": "2024-01-30", "dead": None, "aux": None}
    pred = {"type": "CONCEDE", "actor": [{"name": "Kataib Hezbollah", "country": "IRQ"}],
            "recipient": [], "date": "2024-01-30", "dead": None, "aux": None}
    assert match_level(pred, gold) == 3
    assert match_level({**pred, "date": "2024-02-02"}, gold) == 1
    assert match_level({**pred, "type": "ASSAULT"}, gold) == -1
