"""Who says so: the speaker of the reporting verb an event is told under.

"The drone was fired by Iranian-backed militants, three US officials said": the attack is
asserted by the US, and pinning an attack on someone is itself an event, an accusation (PLOVER
ACCUSE allege; the annotation guide's "blame by a third party is a separate ACCUSE event").
"CENTCOM said the commander was responsible for attacks": the accusation's actor is the speaker.

This reads reported speech from the parse only; quotations whose speaker sits in another
sentence are the quote stage's business.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from chronicle.events.frames import COMING, credit_claim, told_before
from chronicle.events.lexicon import EventLexicon, Trigger
from chronicle.events.mentions import MentionIndex
from chronicle.events.model import Candidate
from chronicle.events.references import doer_told
from chronicle.events.subjects import subject_of

REPORTED_DEPS = {"ccomp", "parataxis"}
FIRST_PERSON = {"we", "i", "us", "our", "my", "me"}
# statements whose actor is whoever makes them: accusations, threats and commitments
SPEAKER_ACTS = {"ACCUSE"}
# an attack told by someone other than its actor accuses the actor
ACCUSABLE_TYPES = {"ASSAULT", "COERCE"}
REPORTERS = {"media"}
UNIDENTIFIED = "unidentified"  # asserted by a source no known actor stands for
ALLEGATION = Trigger(lemma="say", pos="VERB", type="ACCUSE", mode="allege", frame="",
                     recipient=(), actor=(), swap=False)


def speaker_token(head: Token, reporting: frozenset[str]) -> Token | None:
    """The subject of the nearest reporting verb above the event, or the source of an
    "according to" phrase on its clause."""
    node = head
    for _ in range(12):
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                to = next((c for c in child.children if c.lower_ == "to"), None)
                source = next((c for c in (to or child).children if c.dep_ == "pobj"), None)
                if source is not None:
                    return source
            if child.dep_ == "parataxis" and child.lemma_.lower() in reporting:
                return subject_of(child)[0]  # "..., officials said"
        parent = node.head
        if parent.i == node.i:
            return None
        if node.dep_ in REPORTED_DEPS and parent.lemma_.lower() in reporting:
            return subject_of(parent)[0]
        node = parent
    return None


OBLIGING = {"must"}


def obligations(events: list[Candidate], index: MentionIndex, lexicon: EventLexicon) -> None:
    """"The ambassador said Qatar must mediate with Djibouti", "Baghdad says US forces must
    leave": what someone says another must do is a request of them (PLOVER REQUEST)."""
    for event in events:
        head = event.head
        if head.pos_ != "VERB" or head.dep_ != "ccomp" or event.type == "REQUEST" or \
                head.head.lemma_.lower() not in lexicon.reporting_verbs or \
                not any(c.dep_ == "aux" and c.lower_ in OBLIGING for c in head.children):
            continue
        token = speaker_token(head, lexicon.reporting_verbs)
        speakers, spans = index.actors_of(token) if token is not None else ([], [])
        addressed = event.actor
        if not speakers or not addressed or set(speakers) & set(addressed):
            continue  # "we must respond": a resolve, not a request
        event.type, event.mode, event.settled = "REQUEST", None, True
        event.recipient, event.recipient_spans = list(addressed), list(event.actor_spans)
        event.actor, event.actor_spans = speakers[:1], spans[:1]
    stops_demanded(events, index, lexicon)


STOPPING = frozenset({"stop", "end", "cease", "halt"})
# "have got to stop", "have to stop", "need to stop": an obligation's verbs
OBLIGING_HEADS = frozenset({"have", "get", "need"})


def stops_demanded(events: list[Candidate], index: MentionIndex, lexicon: EventLexicon) -> None:
    """"Kirby said the attacks have got to stop", "the attacks must end": a deed said to have
    to stop is a demand on its doers (PLOVER REQUEST), by whoever says so."""
    by_head = {e.head.i: e for e in events}
    for k, event in enumerate(events):
        head = event.head
        if head.pos_ != "VERB" or not (head.lemma_.lower() in STOPPING and obliged(head) or
                                       head.lemma_.lower() in UNABLE_TO_LAST and cannot(head)):
            continue
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is None and head.dep_ == "xcomp":
            subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        deed = by_head.get(subject.i) if subject is not None else None
        if deed is event or subject is None:
            continue
        if deed is None:
            # "the US occupation of Syrian territory cannot continue": someone's presence
            owners = [] if head.lemma_.lower() not in UNABLE_TO_LAST or subject.i in index.owner \
                else index.actors_of(subject)[0]
            if not owners:
                continue
        token = speaker_token(head, lexicon.reporting_verbs)
        speakers, spans = index.actors_of(token) if token is not None else ([], [])
        if not speakers:
            continue
        doers = owners if deed is None else \
            deed.actor or getattr(doer_told(deed, events[:k]), "actor", [])
        event.type, event.mode, event.settled, event.aux = "REQUEST", None, True, None
        # ("cannot continue": the negation is the demand's own wording)
        event.words += [c for c in head.children if c.dep_ in {"neg", "aux"}]
        event.actor, event.actor_spans = speakers[:1], spans[:1]
        event.recipient = [d for d in doers if d not in speakers]
        # (what is asked to stop, named even when its doers are not)
        event.recipient_spans = [(subject.left_edge.i, subject.right_edge.i + 1)]


# "the US occupation cannot continue": a deed said to be unable to go on must stop. Only words
# the lexicon knows reach this pass ("continue" is a light verb; "last" is no trigger). A name
# of its own: GOING_ON below is the announced deeds' set, and one name for both let the later
# set replace this one.
UNABLE_TO_LAST = frozenset({"continue"})


def cannot(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in {"can", "ca", "could"} for c in verb.children) \
        and any(c.dep_ == "neg" for c in verb.children)


def obliged(verb: Token) -> bool:
    """"must stop", "have got to stop", "need to stop"."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGING for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBLIGING_HEADS and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def attribute(events: list[Candidate], index: MentionIndex, lexicon: EventLexicon,
              countries: dict[str, str | None], kinds: dict[str, str]) -> list[Candidate]:
    """Set who asserts each event; return the accusations that attributions make."""
    made: list[Candidate] = []
    said = quoted_claims(events[0].head.doc) if events else {}
    sentence_said = sentence_speakers(events[0].head.doc) if events else {}
    for event in events:
        if event.absorbed or event.asserted_by != "outlet":
            continue
        token = speaker_token(event.head, lexicon.reporting_verbs)
        if token is not None:
            speakers, spans = index.actors_of(token)
        elif event.head.i in said:  # the quote stage's speaker, maybe in another sentence
            speakers, spans = [said[event.head.i][0]], [said[event.head.i][1]]
        elif event.type in SPEAKER_ACTS and not event.actor and \
                event.head.sent.start in sentence_said:
            # "CENTCOM released a statement confirming a strike, killing a commander
            # 'responsible for attacks'": an accusation in words quoted in a reported sentence
            speakers, spans = [sentence_said[event.head.sent.start][0]], \
                [sentence_said[event.head.sent.start][1]]
        else:
            continue
        if not speakers or kinds.get(speakers[0]) in REPORTERS:
            continue  # ", Xinhua reported": the news agency tells, it does not accuse
        if event.type in SPEAKER_ACTS and speakers[0] in event.recipient:
            continue  # no one accuses themselves: a wrong speaker (a claim is self_claims')
        event.asserted_by = speakers[0]
        if not event.actor and (event.type in SPEAKER_ACTS or speaks_for_self(event) or
                                announced(event)):
            # "CENTCOM said the commander was responsible ...", "'we will respond,' Biden
            # said", "Kirby said there will be additional strikes"
            event.actor, event.actor_spans = speakers[:1], spans[:1]
        elif accuses(event, speakers[0], countries) and event.alleged_in is None and \
                event.head.lemma_.lower() not in lexicon.wars:
            # (naming a war someone wages is no allegation: "an end to Israel's war on Hamas";
            # a deed named in an accusation has that accusation already)
            made.append(accusation(event, speakers[0], spans[:1]))
    return made


def self_claims(events: list[Candidate], index: MentionIndex, lexicon: EventLexicon) -> None:
    """"The group said it was responsible for Sunday's strike": holding oneself responsible
    is a claim, not an accusation. The deed named takes the speaker as its actor and asserter
    (the annotation guide folds a claim into the attack), and the accusation goes."""
    by_head = {e.head.i: e for e in events if not e.absorbed}
    for event in list(by_head.values()):
        if event.type != "ACCUSE" or not event.recipient or event.actor:
            continue
        token = speaker_token(event.head, lexicon.reporting_verbs)
        speakers = index.actors_of(token)[0] if token is not None else []
        if not speakers or set(event.recipient) != {speakers[0]}:
            continue
        deeds = [by_head[t.i] for t in claimed_deeds(event.head) if t.i in by_head]
        # (a deed with the accused as actor got it from this accusation: judge_actors)
        deeds = [d for d in deeds if d.type in ACCUSABLE_TYPES and
                 (not d.actor or d.actor == event.recipient)]
        if not deeds:
            continue
        told = told_before(deeds[0], events, deeds[0].head.i, lambda e: not e.actor) \
            if len(deeds) == 1 else None
        if told is not None:  # "... responsible for the attack": the attack told before
            deeds[0].absorbed, deeds[0].host = True, told
            deeds = [told]
        for deed in deeds:
            credit_claim(deed, event.recipient, event.recipient_spans, event.evidence)
        event.absorbed = True


def claimed_deeds(head: Token) -> list[Token]:
    """The deeds "responsible for" names: "for Sunday's strike", "for the attacks and ..."."""
    found = []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):
            found += [obj] + [c for c in obj.children if c.dep_ == "conj"]
    return found


def speaks_for_self(event: Candidate) -> bool:
    """The actor phrase is the speaker's own "we" / "I"."""
    doc = event.head.doc
    return bool(event.actor_spans) and all(
        all(t.lower_ in FIRST_PERSON for t in doc[start:end]) for start, end in event.actor_spans)


# "the operations would continue until ...": deeds said to go on are the speaker's side's
GOING_ON = frozenset({"continue", "go", "proceed", "resume"})


def announced(event: Candidate) -> bool:
    """"There will be additional strikes," Kirby said; "more responses would come", "a
    response was on its way", "the operations would continue": an announced deed of the
    speaker's side with no one named to do it."""
    head = event.head
    if event.type != "THREATEN":
        return False
    verb = head.head
    if head.dep_ == "attr" and verb.lemma_ == "be":
        return any(c.dep_ == "expl" for c in verb.children)
    if head.dep_ != "nsubj":
        return False
    if verb.lemma_.lower() in GOING_ON:
        # "the operations would continue" are the speaker's told before, "attacks on ships
        # would go on" aim at someone; "regional escalation would continue" is a forecast
        return bool(event.recipient) or any(
            c.dep_ == "det" and c.lower_ in {"the", "these", "those"} or c.dep_ == "poss"
            for c in head.children)
    return verb.lemma_.lower() in COMING or (verb.lemma_ == "be" and any(
        p.dep_ == "prep" and p.lower_ == "on" and any(o.lower_ == "way" for o in p.children)
        for p in verb.children))


def accuses(event: Candidate, speaker: str, countries: dict[str, str | None]) -> bool:
    """A realized attack pinned on a named actor by someone of another country."""
    if event.type not in ACCUSABLE_TYPES or event.aux is not None or not event.actor:
        return False
    if speaker in event.actor:
        return False
    # a speaker of unknown side ("Lt. Gen. Douglas Sims") may be telling of their own side
    speaker_country = countries.get(speaker)
    return speaker_country is not None and all(countries.get(a) != speaker_country
                                               for a in event.actor)


def accusation(event: Candidate, speaker: str, spans: list[tuple[int, int]]) -> Candidate:
    return Candidate(head=event.head, spec=replace(ALLEGATION), type="ACCUSE", mode="allege",
                     start=event.start, end=event.end, actor=[speaker],
                     recipient=list(event.actor), actor_spans=spans,
                     recipient_spans=list(event.actor_spans), asserted_by=speaker,
                     evidence=list(event.evidence), settled=True)


def quoted_claims(doc: Doc) -> dict[int, tuple[str, tuple[int, int]]]:
    """Token -> (speaker, source span) for the tokens of claims the quote stage attributed."""
    said: dict[int, tuple[str, tuple[int, int]]] = {}
    for quote in (doc._.quotes if Doc.has_extension("quotes") else None) or []:
        if quote.speaker is not None and quote.asserts and quote.source is not None:
            for i in range(*quote.content):
                said.setdefault(i, (quote.speaker, quote.source))
    return said


def assert_quoted(events: list[Candidate], doc: Doc) -> None:
    """An event told in someone's words, as the quote stage found them ("“Any strike will
    result in an appropriate response,” Kaabi stressed", a quotation running over several
    sentences), is asserted by its speaker."""
    said: dict[int, str] = {}
    for quote in (doc._.quotes if Doc.has_extension("quotes") else None) or []:
        if quote.asserts and (quote.speaker is not None or quote.source is not None):
            # "witnesses said ...": someone other than the outlet, whom no actor stands for
            for i in range(*quote.content):
                said.setdefault(i, quote.speaker or UNIDENTIFIED)
    for event in events:
        if event.asserted_by == "outlet" and event.head.i in said:
            event.asserted_by = said[event.head.i]


def sentence_speakers(doc: Doc) -> dict[int, tuple[str, tuple[int, int]]]:
    """Sentence start -> (speaker, source span) of the first attribution with a known speaker
    whose cue is in that sentence, whatever it reports."""
    found: dict[int, tuple[str, tuple[int, int]]] = {}
    for quote in (doc._.quotes if Doc.has_extension("quotes") else None) or []:
        if quote.speaker is not None and quote.source is not None and quote.cue is not None:
            found.setdefault(doc[quote.cue[0]].sent.start, (quote.speaker, quote.source))
    return found
