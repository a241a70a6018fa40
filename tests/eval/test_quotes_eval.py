"""`chronicle eval quotes`: the PolNeAR brat reader, the quote scorer and the command, on tiny
files we write here (no PolNeAR text); plus the reader against the corpus's own jsonl."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronicle.eval import quotes
from chronicle.eval.polnear import Attribution, PolnearDoc, load_gold, parse_ann
from chronicle.record.schema import ArticleInfo, Quote, Record

# Our own sentences: a paraphrase, a direct quote split around its speaker, a sourceless
# attribution, and a span across a line break.
TEXT = ('The mayor said the bridge would reopen.\n'
        '"We are ready," Ms Lane told reporters. "The works are done."\n'
        'Officials, it was reported, expect delays.\n')


def at(phrase: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def t_line(tid: str, label: str, *phrases: str, text: str = TEXT) -> str:
    spans = [at(p, text) for p in phrases]
    offsets = ";".join(f"{s} {e}" for s, e in spans)
    return f"{tid}\t{label} {offsets}\t{' '.join(text[s:e] for s, e in spans)}"


ANN = "\n".join([
    t_line("T1", "Source", "The mayor"),
    t_line("T2", "Cue", "said"),
    t_line("T3", "Content", "the bridge would reopen"),
    t_line("T4", "Attribution", "said"),
    t_line("T14", "Content", "reopen."),
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1 Content2:T14",
    t_line("T5", "Content", '"We are ready,"', '"The works are done."'),
    t_line("T6", "Source", "Ms Lane"),
    t_line("T7", "Cue", "told"),
    t_line("T8", "Attribution", "told"),
    "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6",
    t_line("T9", "Cue", "it was reported"),
    t_line("T10", "Content", "expect delays"),
    t_line("T11", "Attribution-no-source", "it was reported"),
    "E3\tAttribution-no-source:T11 Content:T10 Cue:T9",
    t_line("T12", "Attribution-no-source", "Officials"),
    "E4\tAttribution-no-source:T12",  # only its trigger: no attribution
    t_line("T13", "Discard", "reopen.\n\"We"),  # its text runs on to the next line
    "#1\tAnnotatorNotes T13\tkeep?",
    "",
])


def write_split(folder: Path, docs: dict[str, tuple[str, dict[str, str]]]) -> Path:
    """docs: name -> (text, {annotator: ann}); the .txt is skipped when text is None."""
    (folder / "text").mkdir(parents=True, exist_ok=True)
    (folder / "attributions").mkdir(parents=True, exist_ok=True)
    for name, (text, anns) in docs.items():
        if text is not None:
            (folder / "text" / f"{name}.txt").write_bytes(text.encode("utf-8"))
        for annotator, ann in anns.items():
            (folder / "attributions" / f"{name}_{annotator}.ann").write_bytes(
                ann.encode("utf-8") if isinstance(ann, str) else ann)
    return folder


def test_brat_roles_discontinuous_missing_source_and_noise() -> None:
    e1, e2, e3 = parse_ann(ANN, TEXT)
    assert (e1.label, e1.source, e1.cue, e1.content) == (
        "E1", (at("The mayor"),), (at("said"),), (at("the bridge would reopen"),))
    assert e2.content == (at('"We are ready,"'), at('"The works are done."'))
    assert e2.span("content") == (at('"We are ready,"')[0], at('"The works are done."')[1])
    assert e3.source == () and e3.span("source") is None and e3.cue == (at("it was reported"),)


def test_load_gold_direct_flag_rule_jsonl_and_first_annotator(tmp_path: Path) -> None:
    ann_b = "\n".join([t_line("T1", "Content", "the bridge would reopen"),
                       t_line("T2", "Cue", "said"), "E1\tContent:T1 Cue:T2"])
    split = write_split(tmp_path / "dev", {"a": (TEXT, {"9f9f": ann_b, "0a0a": ANN})})
    gold = load_gold(split)
    assert [d.name for d in gold] == ["a"] and gold.duplicates == 1 and not gold.rejected
    doc = gold[0]
    assert doc.annotator == "0a0a" and doc.text == TEXT
    assert [a.direct for a in doc.attributions] == [False, True, False]  # opens with a quote
    # the jsonl beside the split, when there, is what says direct
    row = {"article": "a", "annotator": "0a0a", "direct": True,
           "content": {"segments": [list(at("the bridge would reopen"))]}}
    (tmp_path / "attributions.train_dev.jsonl").write_text(json.dumps(row) + "\n{broken\n")
    assert [a.direct for a in load_gold(split)[0].attributions] == [True, True, False]


def test_malformed_files_are_rejected_with_a_reason(tmp_path: Path) -> None:
    good = t_line("T1", "Cue", "said")
    split = write_split(tmp_path, {
        "ok": (TEXT, {"0a0a": ANN}),
        "far": (TEXT, {"0a0a": "T1\tCue 10 9999\tsaid"}),
        "ref": (TEXT, {"0a0a": good + "\nE1\tAttribution:T1 Cue:T99"}),
        "junk": (TEXT, {"0a0a": "this is not brat\n" + good}),
        "moved": (TEXT, {"0a0a": "T1\tCue 0 4\tsaid"}),
        "role": (TEXT, {"0a0a": good + "\nE1\tSpeaker:T1"}),
        "bytes": (TEXT, {"0a0a": b"T1\tCue 0 3\t\xff\xfe"}),
        "notext": (None, {"0a0a": good}),
        "noann": (TEXT, {}),
    })
    gold = load_gold(split)
    assert [d.name for d in gold] == ["ok"]
    reasons = dict(gold.rejected)
    assert len(reasons) == 8
    assert "outside the text" in reasons["far_0a0a.ann"]
    assert "T99" in reasons["ref_0a0a.ann"]
    assert "not a brat annotation" in reasons["junk_0a0a.ann"]
    assert "does not match" in reasons["moved_0a0a.ann"]
    assert "unknown role" in reasons["role_0a0a.ann"]
    assert reasons["bytes_0a0a.ann"].startswith("E008 ")
    assert reasons["notext_0a0a.ann"].startswith("E008 ")
    assert "no .ann" in reasons["noann.txt"]
    with pytest.raises(FileNotFoundError):
        load_gold(tmp_path / "nowhere")


def doc_of(*attributions: Attribution, text: str = TEXT) -> PolnearDoc:
    return PolnearDoc("d", "0a0a", text, list(attributions))


def attr(source: str | None, cue: str | None, content: str, direct: bool = False
         ) -> Attribution:
    return Attribution(source=(at(source),) if source else (), cue=(at(cue),) if cue else (),
                       content=(at(content),), direct=direct)


def tallies(gold: list[Attribution], pred: list[Attribution], subset: str = "all"
            ) -> dict[str, tuple[int, int, int, int]]:
    scores = quotes.score([doc_of(*gold)], {"d": pred})
    return {m: (t.hit_pred, t.n_pred, t.hit_gold, t.n_gold)
            for m, t in scores.tallies[subset].items()}


def test_exact_after_trimming_vs_overlap_one_to_one() -> None:
    gold = [attr("Ms Lane", "told", '"We are ready,"', direct=True),
            attr("The mayor", "said", "the bridge would reopen")]
    pred = [attr("Ms Lane", "told reporters", "We are ready", direct=True),  # quotes trimmed
            attr("mayor", "said", "bridge would reopen."),
            attr(None, None, "would")]  # a second overlap with one gold: a false alarm
    t = tallies(gold, pred)
    assert t["content_exact"] == (1, 3, 1, 2) and t["content_overlap"] == (2, 3, 2, 2)
    assert t["source_exact"] == (1, 2, 1, 2) and t["source_overlap"] == (2, 2, 2, 2)
    assert t["cue_exact"] == (1, 2, 1, 2) and t["cue_overlap"] == (2, 2, 2, 2)
    # the same source span in two attributions (gold or predicted) is one span
    shared = [attr("Ms Lane", "told", '"We are ready,"'),
              Attribution(source=(at("Ms Lane"),), content=(at('"The works are done."'),))]
    assert tallies(shared, shared[:1])["source_exact"] == (1, 1, 1, 1)


def test_all_three_needs_every_gold_role_to_overlap() -> None:
    quote = attr("Ms Lane", "told", '"We are ready,"')
    sourceless = attr(None, "it was reported", "expect delays")
    assert tallies([quote], [attr("Lane", "told", "ready")])["all_three"] == (1, 1, 1, 1)
    assert tallies([quote], [attr(None, "told", "ready")])["all_three"] == (0, 1, 0, 1)
    assert tallies([quote], [attr("Lane", "reporters", "ready")])["all_three"] == (0, 1, 0, 1)
    # a gold without a source does not ask for one: with or without, the prediction matches
    assert tallies([sourceless], [attr("Officials", "reported", "delays")])["all_three"] == (
        1, 1, 1, 1)
    assert tallies([sourceless], [attr(None, "reported", "delays")])["all_three"] == (1, 1, 1, 1)


def test_direct_indirect_split_recall_by_gold_precision_by_prediction() -> None:
    gold = [attr("Ms Lane", "told", '"We are ready,"', direct=True),
            attr("The mayor", "said", "the bridge would reopen", direct=False)]
    pred = [attr("Ms Lane", "told", "We are ready", direct=False),  # right, but called indirect
            attr("Officials", "reported", "expect delays", direct=True)]
    assert tallies(gold, pred, "direct")["all_three"] == (0, 1, 1, 1)
    assert tallies(gold, pred, "indirect")["all_three"] == (1, 1, 0, 1)
    scores = quotes.score([doc_of(*gold)], {"d": pred})
    assert len(scores.misses) == 1 and "MISS indirect" in scores.misses[0]
    assert "'The mayor'" in scores.misses[0]
    assert len(scores.false_alarms) == 1 and "'Officials'" in scores.false_alarms[0]


def test_offset_mapper_undoes_a_bom_and_crlf() -> None:
    original = "\ufeffA said:\r\n\"Yes.\"\r\n"
    analysed = "A said:\n\"Yes.\"\n"
    move = quotes.offset_mapper(analysed, original)
    start, end = at('"Yes."', analysed)
    assert original[slice(*move((start, end)))] == '"Yes."'
    assert original[slice(*move(at("A", analysed)))] == "A"


def fake_records(articles) -> list[Record]:  # noqa: ANN001
    """What the quote stage might say: one quote per article, on a text that lost a BOM."""
    records = []
    for article in articles:
        info = ArticleInfo(id=article.id, sha256="0")
        if article.id == "boom":
            records.append(Record(article=info, status="rejected", error="E011 boom", text=""))
            continue
        text = article.text.removeprefix("\ufeff")
        quote = Quote(content=at("We are ready", text), speaker="x-ms-lane",
                      speaker_span=at("Ms Lane", text), cue=at("told", text), kind="direct")
        records.append(Record(article=info, status="ok", text=text, quotes=[quote]))
    return records


def test_predict_maps_offsets_and_counts_failures(monkeypatch) -> None:
    monkeypatch.setattr(quotes, "extract_records", fake_records)
    docs = [doc_of(text="\ufeff" + TEXT), PolnearDoc("boom", None, TEXT, [])]
    predictions, failed, aligned = quotes.predict(docs)
    assert failed == [("boom", "E011 boom")] and aligned == 1
    (only,) = predictions["d"]
    assert docs[0].text[slice(*only.content[0])] == "We are ready" and only.direct


def test_quotes_cli(tmp_path: Path, monkeypatch, capsys) -> None:
    from chronicle.cli.main import main

    split = write_split(tmp_path / "dev", {"a": (TEXT, {"0a0a": ANN}),
                                           "b": (TEXT, {"0a0a": "T1\tCue 10 9999\tx"})})
    monkeypatch.setattr(quotes, "extract_records", fake_records)
    code = main(["eval", "quotes", "--polnear", str(split), "--errors", "--json",
                 str(tmp_path / "s.json")])
    assert code == 0
    out, err = capsys.readouterr()
    assert "PolNeAR quotes: 1 docs, rejected 1" in out and "gold attributions 3 (1 direct)" in out
    assert "MISS indirect E1" in out and "FALSE ALARM" not in out
    assert "1 file(s) rejected" in err
    saved = json.loads((tmp_path / "s.json").read_text())
    assert saved["all"]["all_three"]["hit_gold"] == 1 and saved["direct"]["content_overlap"][
        "recall"] == 1.0
    assert main(["eval", "quotes", "--polnear", str(split), "--limit", "0"]) == 0
    assert "PolNeAR quotes: 0 docs" in capsys.readouterr().out
    assert main(["eval", "quotes", "--polnear", str(tmp_path / "nowhere")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["eval", "quotes", "--polnear", str(tmp_path)]) == 2  # no text/ in it
    monkeypatch.setattr("chronicle.cli.evaluate.shared_dir", lambda: None)
    assert main(["eval", "quotes"]) == 0
    assert "skipped" in capsys.readouterr().err


@pytest.mark.shared
def test_loader_agrees_with_the_polnear_jsonl_on_dev(shared: Path) -> None:
    root = shared / "data" / "quotes" / "polnear"
    if not (root / "dev").is_dir():
        pytest.skip("PolNeAR is absent from ../shared")

    def segments(role: dict | None) -> tuple:
        return tuple(tuple(s) for s in role["segments"]) if role else ()

    rows = (root / "attributions.train_dev.jsonl").read_text(encoding="utf-8").splitlines()
    # rows with no role at all are E lines with only a trigger, which the loader skips
    expected = sorted(
        (r["article"], r["annotator"], segments(r.get("source")), segments(r.get("cue")),
         segments(r.get("content")), r.get("direct", False))
        for r in map(json.loads, rows)
        if r["split"] == "dev" and any(r.get(role) for role in ("source", "cue", "content")))
    gold = load_gold(root / "dev")
    assert not gold.rejected
    found = sorted((d.name, d.annotator, a.source, a.cue, a.content, a.direct)
                   for d in gold for a in d.attributions)
    assert found == expected
    # the rule alone, without the jsonl, gives the same flags
    by_rule = load_gold(root / "dev", jsonl=root / "absent.jsonl")
    assert [a.direct for d in by_rule for a in d.attributions] == [
        a.direct for d in gold for a in d.attributions]
