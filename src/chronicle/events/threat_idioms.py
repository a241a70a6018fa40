"""Threats told by set phrases: "the crime will not go unpunished", "the strikes would not
pass without a response", "Washington will pay a heavy price".

No word of these is a threat of its own, and a negation in them is the threat, not its denial.
Said of a deed, the phrase threatens the deed's doer; said of a party, that party. The threat
is the speaker's: the subject of the reporting verb above it, or the quote stage's speaker.
The phrases are data (data/events/threat_idioms.tsv).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from chronicle.events.attribution import quoted_claims, speaker_token
from chronicle.events.lexicon import ThreatIdiom, Trigger
from chronicle.events.mentions import MentionIndex
from chronicle.events.model import Candidate, told_by_structure
from chronicle.events.references import DEFINITE, doer_told
from chronicle.events.scan import with_lemmas
from chronicle.events.triggers import phrase_words

WILL = frozenset({"will", "would", "shall", "'ll", "wo"})
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION"})
THREAT = Trigger(lemma="threaten", pos="VERB", type="THREATEN", mode="violence", frame="",
                 recipient=(), actor=(), swap=False)


def threats_by_idiom(doc: Doc, events: list[Candidate], index: MentionIndex,
                     idioms: dict[str, list[ThreatIdiom]], reporting: frozenset[str],
                     condemning: frozenset[tuple[str, str]]) -> list[Candidate]:
    """The threats the document's set phrases make, one per phrase said by someone."""
    made: list[Candidate] = []
    by_head = {e.head.i: e for e in events}
    said = quoted_claims(doc) if idioms else {}
    for token in with_lemmas(doc, idioms):
        if token.pos_ not in {"VERB", "AUX"} or token.lemma_.lower() not in idioms:
            continue
        idiom = matching(token, idioms[token.lemma_.lower()])
        if idiom is None or not any(c.dep_ == "aux" and c.lower_ in WILL for c in token.children):
            continue  # "the attack did not go unpunished" tells of what was done
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or (idiom.of_deed and not idiom.negated and
                               not deed_named(subject, by_head, condemning)):
            continue  # ("the questions will be answered": no deed said to be answered)
        speaker = speaker_token(token, reporting)
        actor, spans = index.actors_of(speaker) if speaker is not None else ([], [])
        if not actor and token.i in said:
            actor, spans = [said[token.i][0]], [said[token.i][1]]
        if not actor:
            continue  # a threat is someone's
        before = [e for e in events if e.head.i < token.i and not e.absorbed]
        recipient = [r for r in targets(subject, idiom, by_head, before, actor, index)
                     if r not in actor]
        if token.i in by_head:
            by_head[token.i].type = "NONE"  # "met in kind", "answered": no meeting, no answer
        made.append(told_by_structure(token, THREAT, actor=actor[:1], recipient=recipient,
                                      actor_spans=spans[:1], asserted_by=actor[0]))
    return made


def deed_named(subject: Token, by_head: dict[int, Candidate],
               condemning: frozenset[tuple[str, str]]) -> bool:
    """The subject is a deed: an event's word, or a condemning name for one ("any American
    foolishness", "this crime")."""
    return subject.i in by_head or (subject.lemma_.lower(), "NOUN") in condemning


def matching(token: Token, options: list[ThreatIdiom]) -> ThreatIdiom | None:
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in token.children)
    for idiom in options:
        if negated == idiom.negated and phrase_words(token, idiom.words[1:]) is not None:
            return idiom
    return None


def targets(subject: Token, idiom: ThreatIdiom, by_head: dict[int, Candidate],
            before: list[Candidate], speaker: list[str], index: MentionIndex) -> list[str]:
    """Whom the phrase threatens: the party it is said of; or the doer of the deed it is said
    of, told here or before ("the strikes"); or, said of a deed no trigger names ("the
    crime"), the doer of the last deed done to the speaker."""
    if not idiom.of_deed:
        return index.actors_of(subject)[0]
    deed = by_head.get(subject.i)
    if deed is not None:
        if deed.type != deed.spec.type:
            # "the strikes would not pass without a response": a deed done, whatever the
            # modal made of it
            deed.type, deed.mode, deed.aux = deed.spec.type, deed.spec.mode, None
        if deed.actor:
            return list(deed.actor)
        told = doer_told(deed, before)
        return list(told.actor) if told is not None else []
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in subject.children):
        return []
    suffered = next((e for e in reversed(before) if e.type in HOSTILE and e.actor and
                     e.aux is None and set(e.recipient) & set(speaker)), None)
    return list(suffered.actor) if suffered is not None else []
