"""First person inside quotations: "we", "us", "our forces" are the speaker's side.

"'If you harm an American, we will respond,' Biden said": "we" is the United States (a person
speaks for the body they belong to: their group, else their state's government); "'our
forces'", said by a US official, are the US military. The speaker is the subject of a reporting
verb outside the quotation, in the quotation's sentence or, for a quotation running over
sentences, the sentence that opens it. A fuller account of quotations is the quote stage's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from chronicle.actors.lexicon import ActorLexicon
from chronicle.actors.model import ActorMention, ActorTable
from chronicle.actors.nominals import lookup_force
from chronicle.datafiles import reporting_verbs

FIRST_PERSON = {"we", "us", "our", "ours", "ourselves"}
OPENING = {"“", "«"}
CLOSING = {"”", "»"}
STRAIGHT = {'"'}


def quoted_tokens(doc: Doc) -> set[int]:
    """Tokens inside quotation marks; a paragraph break closes a quotation left open."""
    inside: set[int] = set()
    open_ = False
    for token in doc:
        if "\n\n" in token.text_with_ws or (token.is_space and "\n" in token.text):
            open_ = False
        if token.text in OPENING or (token.text in STRAIGHT and not open_):
            open_ = True
        elif token.text in CLOSING or token.text in STRAIGHT:
            open_ = False
        elif open_:
            inside.add(token.i)
    return inside


def speaker_in(sent: Span, quoted: set[int], owner: dict[int, str],
               reporting: frozenset[str]) -> str | None:
    """The resolved subject of a reporting verb outside quotation marks."""
    for token in sent:
        if token.i in quoted or token.pos_ != "VERB" or token.lemma_.lower() not in reporting:
            continue
        for child in token.children:
            if child.dep_ == "nsubj":
                ids = [owner[t.i] for t in child.subtree if t.i in owner and t.i not in quoted]
                if ids:
                    return owner.get(child.i, ids[0])
    return None


def speaking_body(actor_id: str, table: ActorTable) -> str:
    """Who "we" is in a speaker's mouth: a person's group, else their state's government."""
    info = table.actors[actor_id]
    if info.kind != "person":
        return actor_id
    if info.affiliation:
        body = table.by_id(info.affiliation)
        if body is not None:
            return body
    state = table.state_of(actor_id)
    return table.sector_of(state, "GOV") if state else actor_id


def first_person_mentions(doc: Doc, mentions: list[ActorMention], table: ActorTable,
                          lexicon: ActorLexicon) -> list[ActorMention]:
    quoted = quoted_tokens(doc)
    if not quoted:
        return []
    owner = {i: m.actor_id for m in mentions for i in range(m.start, m.end)}
    taken = set(owner)
    reporting = reporting_verbs()
    sentences = list(doc.sents)
    found: list[ActorMention] = []
    last_speaker: str | None = None  # of the quotation just before, if any
    for n, sent in enumerate(sentences):
        has_quote = any(t.i in quoted for t in sent)
        speaker = speaker_in(sent, quoted, owner, reporting) if has_quote else None
        if speaker is None and n > 0 and sent[0].i in quoted:
            speaker = speaker_in(sentences[n - 1], quoted, owner, reporting)  # runs over
        if speaker is None and has_quote:
            # '"We will act," he said. "We will respond where we choose."': quotations in a
            # row with no new speaker are the same speaker's
            speaker = last_speaker
        last_speaker = speaker if has_quote else None
        pronouns = [t for t in sent if t.lower_ in FIRST_PERSON and t.i in quoted
                    and t.pos_ == "PRON" and t.i not in taken]
        if not pronouns or speaker is None:
            continue
        body = speaking_body(speaker, table)
        for token in pronouns:
            found.append(first_person(token, body, table, lexicon))
    return found


def first_person(token: Token, body: str, table: ActorTable, lexicon: ActorLexicon
                 ) -> ActorMention:
    head = token.head
    if token.dep_ == "poss" and head.i > token.i:
        force = lookup_force(head, lexicon)
        state = table.state_of(body)
        if force is not None and state is not None and force.sector != "REB":
            # "our forces", said for the United States: its military
            return ActorMention(token.i, head.i + 1, table.sector_of(state, force.sector),
                                "pronoun", head.i)
    return ActorMention(token.i, token.i + 1, body, "pronoun", token.i)
