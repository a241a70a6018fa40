"""`chronicle eval time`: the TimeML reader, the TE3 scorer and the command, on tiny files we
write here; plus agreement with ../shared/tools/timex_score.py on the real corpus."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from chronicle.eval import timeml
from chronicle.eval.timeml import TimexSpan

HEAD = '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{name}</DOCID>\n'
DCT = ('<DCT><TIMEX3 tid="t0" type="DATE" value="{value}" temporalFunction="false" '
       'functionInDocument="CREATION_TIME">{value}</TIMEX3></DCT>\n')

# Our own sentences: an entity, EVENT and SIGNAL tags, a timex with white space inside its
# tags, one nested around an EVENT, a CREATION_TIME timex in the text and an empty timex.
HARBOUR = (
    '<TEXT>\nThe Harbour Board &amp; the mayor <EVENT eid="e1" class="OCCURRENCE">met</EVENT> '
    '<TIMEX3 tid="t1" type="DATE" value="1998-02-26">yesterday</TIMEX3> and '
    '<EVENT eid="e2" class="OCCURRENCE">agreed</EVENT> on a fee &lt;5%.\n'
    'Works start <SIGNAL sid="s1">in</SIGNAL><TIMEX3 tid="t2" type="DATE" value="1998-03"> '
    'March </TIMEX3>, <TIMEX3 tid="t3" type="DATE" value="1998-02-27" '
    'functionInDocument="CREATION_TIME">today</TIMEX3> said the board, and last '
    '<TIMEX3 tid="t4" type="DURATION" value="P2W">two <EVENT eid="e3" class="STATE">busy'
    '</EVENT> weeks</TIMEX3>.<TIMEX3 tid="t5" type="DATE" value="1998-02" />\n</TEXT>\n')


def tml(name: str, body: str, dct: str | None = "1998-02-27T08:17:00") -> str:
    return HEAD.format(name=name) + (DCT.format(value=dct) if dct else "") + body + "</TimeML>\n"


def write(folder: Path, name: str, content: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.tml"
    path.write_text(content, encoding="utf-8")
    return path


def doc_with(text: str, spans: list[tuple[int, int, str, str]], name: str = "d"
             ) -> timeml.TimemlDoc:
    return timeml.TimemlDoc(name, Path(f"{name}.tml"), "2000-01-01", text,
                            [TimexSpan(*s) for s in spans])


def test_timeml_parse_text_entities_nested_tags_and_dct(tmp_path: Path) -> None:
    path = write(tmp_path, "harbour", tml("harbour", HARBOUR))
    doc = timeml.parse_tml(path)
    expected_text = "".join(ET.parse(path).getroot().find("TEXT").itertext())
    assert doc.text == expected_text
    assert "Board & the mayor met yesterday" in doc.text and "fee <5%" in doc.text
    assert doc.name == "harbour"
    assert doc.dct == "1998-02-27T08:17:00" and doc.published == "1998-02-27"
    # CREATION_TIME ("today") and the empty timex are not scored; "March" is trimmed.
    assert [(doc.text[t.start:t.end], t.type, t.value) for t in doc.timexes] == [
        ("yesterday", "DATE", "1998-02-26"), ("March", "DATE", "1998-03"),
        ("two busy weeks", "DURATION", "P2W")]


def test_timeml_dct_missing_or_only_marked_in_the_text(tmp_path: Path) -> None:
    body = ('<TEXT>Filed <TIMEX3 tid="t9" type="DATE" value="2001-05-04" '
            'functionInDocument="CREATION_TIME">May 4</TIMEX3>.</TEXT>\n')
    marked = timeml.parse_tml(write(tmp_path, "marked", tml("marked", body, dct=None)))
    assert marked.dct == "2001-05-04" and marked.timexes == []
    plain = timeml.parse_tml(write(tmp_path, "plain", tml("plain", "<TEXT>No date.</TEXT>",
                                                            dct=None)))
    assert plain.dct is None and plain.published is None


def test_timeml_load_gold_recursive_and_rejects_bad_files(tmp_path: Path) -> None:
    write(tmp_path / "bank", "harbour", tml("harbour", HARBOUR))
    write(tmp_path / "wire", "short", tml("short", "<TEXT>Due <TIMEX3 tid=\"t1\" type=\"DATE\" "
                                                   "value=\"1999\">1999</TIMEX3>.</TEXT>\n"))
    write(tmp_path / "wire", "broken", tml("broken", "<TEXT>An <EVENT>unclosed tag.</TEXT>\n"))
    write(tmp_path / "wire", "notext", tml("notext", "<TITLE>Only a title</TITLE>\n"))
    write(tmp_path / "again", "short", tml("short", "<TEXT>Same name.</TEXT>\n"))
    gold = timeml.load_gold(tmp_path)
    assert [d.name for d in gold] == ["short", "harbour"]  # in path order: again/, bank/
    reasons = dict(gold.rejected)
    assert set(reasons) == {"wire/broken.tml", "wire/notext.tml", "wire/short.tml"}
    assert "duplicate document name" in reasons["wire/short.tml"]
    assert all(r.startswith("E008 ") for r in reasons.values())
    assert "not well-formed" in reasons["wire/broken.tml"]
    assert "no <TEXT>" in reasons["wire/notext.tml"]
    flat = timeml.load_gold(tmp_path / "bank")  # a flat folder works as well
    assert [d.name for d in flat] == ["harbour"] and flat.rejected == []


def test_timeml_strict_versus_relaxed_spans() -> None:
    text = "On Monday morning and in late March the talks went on for two days."
    doc = doc_with(text, [(3, 17, "TIME", "2000-01-03TMO"), (25, 35, "DATE", "2000-03"),
                          (58, 66, "DURATION", "P2D")])
    pred = [TimexSpan(3, 9, "DATE", "2000-01-03"),     # "Monday": relaxed only
            TimexSpan(25, 35, "DATE", "2000-03"),      # exact
            TimexSpan(58, 67, "DURATION", "P2D")]      # "two days." : relaxed only
    scores = timeml.score([doc], {"d": pred})
    assert (scores.strict.tp, scores.strict.fp, scores.strict.fn) == (1, 2, 2)
    assert (scores.relaxed.tp, scores.relaxed.fp, scores.relaxed.fn) == (3, 0, 0)
    assert scores.relaxed.f1 == 1.0
    assert [e.kind for e in scores.mismatches] == ["span+type+value", "span"]


def test_timeml_matching_is_greedy_one_to_one_exact_first() -> None:
    text = "0123456789 123456789 123456789"
    doc = doc_with(text, [(0, 10, "DATE", "a"), (11, 20, "DATE", "b")])
    # The exact prediction of the second gold is paired first although an earlier prediction
    # overlaps it too; the overlapping one then takes the first gold.
    scores = timeml.score([doc], {"d": [TimexSpan(5, 15, "DATE", "a"),
                                         TimexSpan(11, 20, "DATE", "b")]})
    assert (scores.relaxed.tp, scores.strict.tp, scores.value_correct) == (2, 1, 2)
    # One long prediction over two gold timexes pairs with the first only (left to right).
    scores = timeml.score([doc], {"d": [TimexSpan(0, 20, "DATE", "a")]})
    assert (scores.relaxed.tp, scores.relaxed.fp, scores.relaxed.fn) == (1, 0, 1)
    assert [e.gold_text for e in scores.misses] == ["123456789"]
    # Two predictions inside one gold: one pair and one false alarm.
    scores = timeml.score([doc], {"d": [TimexSpan(0, 4, "DATE", "a"),
                                         TimexSpan(5, 9, "DATE", "a")]})
    assert (scores.relaxed.tp, scores.relaxed.fp, scores.relaxed.fn) == (1, 1, 1)
    assert [e.pred_text for e in scores.false_alarms] == ["5678"]


def test_timeml_type_and_value_accuracy_and_f1() -> None:
    text = "Monday, Tuesday, every week, three years"
    doc = doc_with(text, [(0, 6, "DATE", "2000-01-03"), (8, 15, "DATE", "2000-01-04"),
                          (17, 27, "SET", "P1W"), (29, 40, "DURATION", "P3Y")])
    pred = [TimexSpan(0, 6, "DATE", "2000-01-03"), TimexSpan(8, 15, "DATE", "2000-01-11"),
            TimexSpan(17, 27, "DURATION", "P1W")]
    scores = timeml.score([doc], {"d": pred})
    assert scores.relaxed.precision == 1.0 and scores.relaxed.recall == 0.75
    assert scores.type_accuracy == pytest.approx(2 / 3)
    assert scores.value_accuracy == pytest.approx(2 / 3)
    assert scores.value_f1 == pytest.approx(scores.relaxed.f1 * 2 / 3)
    assert scores.type_f1 == pytest.approx(scores.relaxed.f1 * 2 / 3)
    kinds = {e.gold_text: e.kind for e in scores.mismatches}
    assert kinds == {"Tuesday": "value", "every week": "type"}
    assert [e.gold_text for e in scores.misses] == ["three years"]
    assert scores.by_type()["DATE"] == {"n": 2, "relaxed_recall": 1.0, "value_recall": 0.5}
    data = scores.to_dict()
    assert data["value"]["correct"] == 2 and data["relaxed"]["tp"] == 3
    assert "Tuesday" in "\n".join(scores.error_lines())


def test_timeml_predictions_trimmed_bad_ones_ignored_absent_docs_empty() -> None:
    text = "It rained on  Sunday ."
    doc = doc_with(text, [(14, 20, "DATE", "2000-01-02")])
    other = doc_with("Nothing here.", [], name="other")
    pred = [TimexSpan(12, 21, "DATE", "2000-01-02"), TimexSpan(20, 21, "DATE", "x"),
            TimexSpan(15, 99, "DATE", "x")]
    scores = timeml.score([doc, other], {"d": pred})
    assert scores.strict.tp == 1 and scores.ignored == 2 and scores.n_pred == 1
    assert scores.docs == 2


def test_timeml_write_predictions_in_the_reference_format(tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    timeml.write_predictions(out, {"b": [TimexSpan(1, 4, "DATE", None)],
                                   "a": [TimexSpan(0, 3, "TIME", "2000-01-01T10:00")]})
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows == [{"doc": "a", "start": 0, "end": 3, "type": "TIME",
                     "value": "2000-01-01T10:00"},
                    {"doc": "b", "start": 1, "end": 4, "type": "DATE", "value": None}]


# A stand-in for the time stage on a blank pipeline: dates every "Friday" with the DCT, so a
# correct value proves `published` was set before the stage ran; "KABOOM" makes it fail.
for _name in ("times", "published"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.component("test_timeml_fake_times")
def fake_times(doc: Doc) -> Doc:
    from chronicle.times.model import Timex

    if "KABOOM" in doc.text:
        raise ValueError("fake failure")
    times = []
    for m in re.finditer(r"Friday", doc.text):
        span = doc.char_span(m.start(), m.end())
        times.append(Timex(span.start, span.end, m.start(), m.end(), m.group(), "DATE",
                           doc._.published))
    doc._.times = times
    return doc


@Language.component("test_timeml_must_not_run")
def must_not_run(doc: Doc) -> Doc:
    raise AssertionError("stages after chronicle_times should be disabled in the time eval")


@pytest.fixture()
def fake_nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("test_timeml_fake_times", name="chronicle_times")
    nlp.add_pipe("test_timeml_must_not_run", name="chronicle_actors")
    nlp.add_pipe("test_timeml_must_not_run", name="chronicle_events")
    return nlp


def friday_corpus(folder: Path) -> None:
    friday = ('<TEXT>\nThe vote came on <TIMEX3 tid="t1" type="DATE" value="{v}">Friday'
              '</TIMEX3>.\n</TEXT>\n')
    write(folder, "a1", tml("a1", friday.format(v="1998-02-27"), dct="1998-02-27T08:17:00"))
    write(folder, "a2", tml("a2", friday.format(v="2003-06-06"), dct="2003-06-05"))
    write(folder, "a3", tml("a3", "<TEXT>KABOOM on <TIMEX3 tid=\"t1\" type=\"DATE\" "
                                  "value=\"1999\">1999</TIMEX3>.</TEXT>\n"))
    write(folder, "a4", tml("a4", "<TEXT>Broken <b>tag.</TEXT>\n"))


def test_timeml_evaluate_sets_the_dct_and_counts_failures(tmp_path: Path, fake_nlp) -> None:
    friday_corpus(tmp_path)
    scores = timeml.evaluate(tmp_path, fake_nlp)
    assert scores.docs == 3 and len(scores.rejected) == 1 and len(scores.failed) == 1
    assert scores.failed[0][0] == "a3" and scores.failed[0][1].startswith("E011 ")
    assert (scores.relaxed.tp, scores.strict.tp, scores.value_correct) == (2, 2, 1)
    assert scores.predictions["a1"] == [TimexSpan(18, 24, "DATE", "1998-02-27")]
    assert "a3" not in scores.predictions  # failed: scored as predicting nothing
    assert timeml.evaluate(tmp_path, fake_nlp, limit=1).docs == 1
    table = timeml.format_table(scores)
    assert "rejected 1" in table and "pipeline failures 1" in table


def test_timeml_cli(tmp_path: Path, fake_nlp, monkeypatch, capsys) -> None:
    from chronicle.cli.main import main

    friday_corpus(tmp_path / "tml")
    monkeypatch.setattr("chronicle.pipeline.load_nlp", lambda: fake_nlp)
    code = main(["eval", "time", "--timeml", str(tmp_path / "tml"), "--errors", "--json",
                 str(tmp_path / "s.json"), "--predictions", str(tmp_path / "p.jsonl")])
    assert code == 0
    out, err = capsys.readouterr()
    assert "TimeML: 3 docs, rejected 1" in out and "MISS" in out and "VALUE" in out
    assert "1 file(s) rejected" in err
    assert json.loads((tmp_path / "s.json").read_text())["relaxed"]["tp"] == 2
    assert len((tmp_path / "p.jsonl").read_text().splitlines()) == 2
    assert main(["eval", "time", "--timeml", str(tmp_path / "tml"), "--limit", "1"]) == 0
    assert "TimeML: 1 docs" in capsys.readouterr().out
    assert main(["eval", "time", "--timeml", str(tmp_path / "nowhere")]) == 2
    assert "does not exist" in capsys.readouterr().err
    monkeypatch.setattr("chronicle.cli.evaluate.shared_dir", lambda: None)
    assert main(["eval", "time"]) == 0
    assert "skipped" in capsys.readouterr().err


def reference_scorer(shared: Path) -> Path:
    path = shared / "tools" / "timex_score.py"
    if not path.exists():
        pytest.skip("../shared/tools/timex_score.py is absent")
    return path


def corpus_folders(shared: Path) -> list[Path]:
    """The reference scorer reads one flat folder: each subfolder holding .tml files."""
    root = shared / "data" / "timeml"
    folders = sorted({p.parent for p in root.rglob("*.tml")})
    if not folders:
        pytest.skip("../shared/data/timeml holds no .tml files")
    return folders


@pytest.mark.shared
def test_timeml_texts_agree_with_the_reference_dump(shared: Path, tmp_path: Path) -> None:
    scorer = reference_scorer(shared)
    for folder in corpus_folders(shared):
        dump = tmp_path / f"{folder.name}.jsonl"
        subprocess.run([sys.executable, str(scorer), "--dump", str(folder), str(dump)],
                       check=True, capture_output=True)
        ref = {r["doc"]: r for r in map(json.loads, dump.read_text().splitlines())}
        ours = timeml.load_gold(folder)
        assert ours.rejected == []
        assert {d.name for d in ours} == set(ref)
        for doc in ours:
            assert doc.text == ref[doc.name]["text"], doc.name
            assert doc.dct == ref[doc.name]["dct"], doc.name


@pytest.mark.shared
def test_timeml_scores_agree_with_the_reference_scorer(shared: Path, tmp_path: Path) -> None:
    """Fake predictions on the first 5 documents of each folder: gold spans with every other
    value and every third type changed, one span shifted, one dropped, one invented."""
    scorer = reference_scorer(shared)
    for folder in corpus_folders(shared):
        gold = timeml.load_gold(folder)
        predictions: dict[str, list[TimexSpan]] = {}
        for doc in [d for d in gold if d.timexes][:5]:
            spans = []
            for k, t in enumerate(doc.timexes):
                value = f"{t.value}X" if k % 2 else t.value
                kind = "SET" if k % 3 == 2 else t.type
                spans.append(TimexSpan(t.start, t.end, kind, value))
            first = spans[0]
            spans[0] = first._replace(start=first.start + 2, end=first.end + 2)
            if len(spans) > 2:
                del spans[2]
            spans.append(TimexSpan(0, 5, "DATE", "1998"))
            predictions[doc.name] = spans
        path = tmp_path / f"{folder.name}.jsonl"
        timeml.write_predictions(path, predictions)
        run = subprocess.run([sys.executable, str(scorer), str(folder), str(path), "--json"],
                             check=True, capture_output=True, text=True)
        ref = json.loads(run.stdout)
        ours = timeml.score(gold, predictions)
        assert (ours.docs, ours.n_gold, ours.n_pred) == (ref["docs"], ref["n_gold"],
                                                         ref["n_pred"])
        assert ours.strict.tp == ref["strict"]["tp"] and ours.relaxed.tp == ref["relaxed"]["tp"]
        for ours_prf, name in ((ours.strict, "strict"), (ours.relaxed, "relaxed")):
            assert (ours_prf.precision, ours_prf.recall, ours_prf.f1) == pytest.approx(
                (ref[name]["p"], ref[name]["r"], ref[name]["f1"]))
        assert ours.type_correct == ref["type"]["correct"]
        assert ours.value_correct == ref["value"]["correct"]
        assert ours.type_accuracy == pytest.approx(ref["type"]["accuracy"])
        assert ours.type_f1 == pytest.approx(ref["type"]["f1"])
        assert ours.value_accuracy == pytest.approx(ref["value"]["accuracy"])
        assert ours.value_f1 == pytest.approx(ref["value"]["f1"])
        assert 0 < ours.value_correct < ours.relaxed.tp < ours.n_gold  # the fakes did bite
