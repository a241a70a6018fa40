"""The `chronicle_times` component's contract: its place in the pipeline, its declared data flow,
its vocabulary file and what it does with a missing or unreadable publication date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import spacy

from chronicle.errors import DataFileError
from chronicle.times.component import document_date
from chronicle.times.lexicon import KINDS, load_vocabulary, read_vocabulary

HEADER = "kind\tword\tvalue\n"


@pytest.mark.slow
def test_component_runs_after_the_parser_and_before_actors_and_events(nlp) -> None:
    names = nlp.pipe_names
    assert "chronicle_times" in names
    assert names.index("parser") < names.index("chronicle_times")
    assert names.index("chronicle_times") < names.index("chronicle_actors")
    assert names.index("chronicle_times") < names.index("chronicle_events")


@pytest.mark.slow
def test_component_analyze_pipes_reports_no_problems(nlp) -> None:
    analysis = nlp.analyze_pipes(pretty=False)
    assert analysis["problems"]["chronicle_times"] == []
    summary = analysis["summary"]["chronicle_times"]
    assert summary["assigns"] == ["doc._.times"]
    assert {"token.tag", "token.dep"} <= set(summary["requires"])


@pytest.mark.slow
@pytest.mark.parametrize("published", [
    pytest.param("not-a-date", id="garbage"),
    pytest.param("2024-13-45", id="impossible-date"),
    pytest.param("", id="empty"),
    pytest.param(None, id="none"),
])
def test_component_unreadable_date_gives_placeholders(nlp, published: str | None) -> None:
    doc = nlp.make_doc("The talks collapsed on Friday, two days after the vote.")
    doc._.published = published
    doc = nlp(doc)
    assert [(t.text, t.type, t.value) for t in doc._.times] == [
        ("Friday", "DATE", "XXXX-WXX-5"), ("two days", "DURATION", "P2D")]


@pytest.mark.slow
def test_component_empty_document(nlp) -> None:
    doc = nlp.make_doc("")
    doc._.published = "2024-02-02"
    assert nlp(doc)._.times == []


@pytest.mark.parametrize("published, expected", [
    pytest.param("2024-02-02", date(2024, 2, 2), id="iso-date"),
    pytest.param("2024-02-02T17:45:00Z", date(2024, 2, 2), id="iso-timestamp"),
    pytest.param(date(2024, 2, 2), date(2024, 2, 2), id="date-object"),
    pytest.param("02/02/2024", None, id="not-iso"),
    pytest.param("not-a-date", None, id="garbage"),
    pytest.param("", None, id="empty"),
    pytest.param(None, None, id="none"),
])
def test_component_document_date(published, expected: date | None) -> None:
    doc = spacy.blank("en").make_doc("The talks collapsed on Friday.")
    doc._.published = published
    assert document_date(doc) == expected


def test_vocabulary_shipped_file_loads_every_kind() -> None:
    vocabulary = load_vocabulary()
    assert set(vocabulary.words) <= KINDS
    assert {"month", "weekday", "number", "unit", "relative", "fuzzy"} <= set(vocabulary.words)
    assert vocabulary.value("month", "Sept.") == "09"
    assert vocabulary.value("weekday", "Thurs") == "4"
    assert vocabulary.value("unit", "fortnight") == "2W"
    assert vocabulary.value("deictic_day", "The Day  After Tomorrow") == "+2"


def test_vocabulary_user_file_reads_words(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("# extra words\n" + HEADER + "fuzzy\tof late\tPAST_REF\n"
                    "month\tSEPTEMBRE\t09\n", encoding="utf-8")
    vocabulary = read_vocabulary(path)
    assert vocabulary.value("fuzzy", "Of late") == "PAST_REF"
    assert vocabulary.value("month", "septembre") == "09"


@pytest.mark.parametrize("rows, line, detail", [
    pytest.param("month\tjanuary\t01\nepoch\tjurassic\tJ\n", 3, "unknown kind 'epoch'",
                 id="unknown-kind"),
    pytest.param("\tjanuary\t01\n", 2, "empty first column", id="empty-kind"),
])
def test_vocabulary_bad_row_names_file_and_line(tmp_path: Path, rows: str, line: int,
                                                detail: str) -> None:
    path = tmp_path / "bad_vocabulary.tsv"
    path.write_text(HEADER + rows, encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        read_vocabulary(path)
    message = info.value.message
    assert message.startswith("E101")
    assert "bad_vocabulary.tsv" in message and f"line {line}" in message and detail in message


def test_vocabulary_bad_header_names_file(tmp_path: Path) -> None:
    path = tmp_path / "headless.tsv"
    path.write_text("word\tkind\tvalue\nmonth\tjanuary\t01\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        read_vocabulary(path)
    assert "headless.tsv" in info.value.message and "line 1" in info.value.message
