"""Attributions on sentences written for these tests in the style of wire reports."""

from __future__ import annotations

import pytest

import chronicle
from chronicle.quotes.marks import quotation_spans

pytestmark = pytest.mark.slow


def quotes(text: str) -> list[tuple]:
    """(kind, speaker name, source text, cue text, content text) per attribution."""
    record = chronicle.extract(text, published="2024-02-02")
    names = {a.id: a.name for a in record.actors}

    def cut(span):
        return record.text[span[0]:span[1]] if span else None

    return [(q.kind, names.get(q.speaker), cut(q.speaker_span), cut(q.cue), cut(q.content))
            for q in record.quotes]


def test_quotes_direct_after_the_quote() -> None:
    [quote] = quotes("“We will not be intimidated,” Israeli Prime Minister Benjamin Netanyahu "
                     "said.")
    kind, speaker, source, cue, content = quote
    assert (kind, cue) == ("direct", "said")
    assert content.startswith("“We will not be intimidated")
    assert "Netanyahu" in source and speaker == "Benjamin Netanyahu"


def test_quotes_subjectless_cue_takes_the_governing_subject() -> None:
    found = quotes("The Hezbollah leader on Friday dismissed the warnings, stressing that "
                   "“any attack will be answered.”")
    [quote] = [q for q in found if q[3] == "stressing"]
    kind, _, source, cue, content = quote
    # what he dismissed is an attribution of its own, with the same source
    assert ("indirect", "dismissed", "the warnings") in [(q[0], q[3], q[4]) for q in found]
    assert (kind, cue, source) == ("direct", "stressing", "The Hezbollah leader")
    assert "any attack will be answered" in content


def test_quotes_indirect_with_a_pronoun_speaker() -> None:
    found = quotes("Hezbollah leader Hassan Nasrallah spoke on Friday. He added that his group "
                   "would keep up its attacks on Israeli positions.")
    assert ("indirect", "Hassan Nasrallah", "He", "added",
            "that his group would keep up its attacks on Israeli positions") in found


def test_quotes_mixed_quoted_phrase() -> None:
    found = quotes("Hamas cited “the aggression against Gaza” as the reason for the decision.")
    assert [(k, s, c, t) for k, s, _, c, t in found] == \
        [("mixed", "Hamas", "cited", "“the aggression against Gaza”")]


def test_quotes_according_to() -> None:
    found = quotes("According to the Syrian Observatory for Human Rights, 16 fighters were "
                   "killed in the strikes.")
    assert [(c, t) for _, _, _, c, t in found] == \
        [("According to", "16 fighters were killed in the strikes")]


def test_quotes_over_two_paragraphs_keep_their_speaker() -> None:
    found = quotes("“We are ready for every scenario,” said Nasser Kanaani, a spokesman for "
                   "Iran's foreign ministry.\n\n“The region does not need another war.”")
    assert len(found) == 2
    assert found[1][0] == "direct" and found[1][3] is None
    assert found[0][1] == found[1][1] and "Kanaani" in found[1][2]


def test_quotes_a_later_cue_claims_a_whole_quotation() -> None:
    found = quotes("Nasrallah spoke for an hour.\n\n“The response is coming.” He added nothing "
                   "more.")
    assert any(t == "“The response is coming.”" and c == "added" for _, _, _, c, t in found)


@pytest.mark.parametrize("text", [
    "He said “we will win", "“", "”", "\"", "“Open. \n\nStill open", "’Tis the season”",
    "She said “fine” and “no”” then left", "The group’s leader said it’s over.",
])
def test_quotes_unbalanced_marks_never_raise(text: str) -> None:
    for span in quotation_spans(text):
        assert 0 <= span.start < span.end <= len(text)
    chronicle.extract(text)


def test_quotes_apostrophes_are_not_quotation_marks() -> None:
    assert quotation_spans("The group’s leader said Iraq’s army had left.") == []


def test_quotes_transcript_speaker_labels() -> None:
    found = quotes("Partial transcript:\n\nWALLACE: Will the envoy be there tomorrow?\n\n"
                   "PENCE: She will not be attending the talks.")
    assert [(s, t) for _, _, s, _, t in found] == [
        ("WALLACE", "Will the envoy be there tomorrow?"),
        ("PENCE", "She will not be attending the talks")]


def test_quotes_claim_noun() -> None:
    found = quotes("The ministry rejected Hamas's claim that its fighters had shot down a drone.")
    assert ("Hamas", "claim", "that its fighters had shot down a drone") in \
        [(s, c, t) for _, _, s, c, t in found]


def test_quotes_a_statement_speaks_for_its_owner() -> None:
    found = quotes("The strike killed 16 fighters, according to the Iraqi government's "
                   "statement.")
    assert [(s, c) for _, s, _, c, _ in found] == [("Iraq", "according to")]


def test_quotes_events_in_a_claim_are_asserted_by_the_speaker() -> None:
    record = chronicle.extract("“Israeli jets bombed our positions overnight,” Hezbollah said.",
                               published="2024-02-02")
    names = {a.id: a.name for a in record.actors}
    attacks = [e for e in record.events if e.type == "ASSAULT"]
    assert attacks and names.get(attacks[0].asserted_by) == "Hezbollah"


def test_quotes_follow_on_quotation_keeps_the_speaker() -> None:
    found = quotes("“We will respond at a time of our choosing,” said Pentagon spokesman Pat "
                   "Ryder. “Our forces were attacked.”")
    assert [(k, s) for k, s, *_ in found] == [("direct", "Pat Ryder"), ("direct", "Pat Ryder")]


def test_quotes_paragraphs_before_a_late_cue_belong_to_it() -> None:
    found = quotes("The army issued a statement.\n\n“Our forces neutralized the terrorists in "
                   "the Gao region.\n\n“We call on civilians to stay away,” the Malian army "
                   "spokesman added.")
    [quote] = found
    assert quote[0] == "direct" and quote[4].startswith("“Our forces neutralized")


def test_quotes_mismatched_closing_mark_still_closes() -> None:
    found = quotes("“We will fight to the end,\" the commander said.")
    assert [(c, k) for k, _, _, c, _ in found] == [("said", "direct")]


def test_quotes_named_appositive_is_the_speaker() -> None:
    found = quotes("An Israeli military spokesman, Rear Adm. Daniel Hagari, said troops had "
                   "entered the hospital.")
    assert [s for _, s, *_ in found] == ["Daniel Hagari"]


def test_quotes_a_dismissed_official_is_nothing_said() -> None:
    assert quotes("Netanyahu dismissed the army chief on Sunday.") == []


def test_quotes_a_denied_report_is_not_asserted_by_the_denier() -> None:
    record = chronicle.extract("The Israeli military dismissed reports that its troops had "
                               "bombed the hospital.", published="2024-02-02")
    assert all(e.asserted_by == "outlet" for e in record.events)


def test_quotes_said_in_a_statement_that() -> None:
    found = quotes("The Iraqi government said in a statement that 16 people were killed.")
    assert [(c, t) for _, _, _, c, t in found] == [("said", "that 16 people were killed")]


def test_quotes_dateline_is_not_content() -> None:
    found = quotes("KYIV, Ukraine (AP) — Ukrainian forces repelled a Russian assault near "
                   "Avdiivka, the military said.")
    assert [t for *_, t in found] == ["Ukrainian forces repelled a Russian assault near Avdiivka"]


@pytest.mark.parametrize("text, source, cue", [
    ("Mikati was quoted as saying that Lebanon does not want war.", "Mikati", "saying"),
    ("Reuters quoted a senior Iranian official as saying that Tehran would respond.",
     "a senior Iranian official", "saying"),
    ("Asked about the talks, the minister said they had stalled.", "the minister", "said"),
])
def test_quotes_quoted_as_saying_and_asked(text: str, source: str, cue: str) -> None:
    assert [(s, c) for _, _, s, c, _ in quotes(text)] == [(source, cue)]


def test_quotes_interrupting_cue_covers_both_sides() -> None:
    found = quotes("The strike on the convoy, officials said, was carried out by a Russian drone.")
    assert [t for *_, t in found] == \
        ["The strike on the convoy, officials said, was carried out by a Russian drone"]


def test_quotes_what_is_called_for_or_talked_about() -> None:
    found = quotes("Egypt called for an immediate ceasefire in Gaza. The minister spoke on "
                   "Monday about the hostages.")
    assert [(c, t) for _, _, _, c, t in found] == [
        ("called", "an immediate ceasefire in Gaza"), ("spoke", "the hostages")]


def test_quotes_component_sits_between_actors_and_events(nlp) -> None:
    names = nlp.pipe_names
    assert names.index("chronicle_actors") < names.index("chronicle_quotes") < \
        names.index("chronicle_events")
    analysis = nlp.analyze_pipes(pretty=False)
    assert analysis["problems"]["chronicle_quotes"] == []
    assert analysis["summary"]["chronicle_quotes"]["assigns"] == ["doc._.quotes"]
