"""code_events: a Doc with actors in, PLOVER events out. Each step is a module of its own."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from spacy.tokens import Doc, Token

from chronicle.events import confidence
from chronicle.events.arguments import fill_arguments
from chronicle.events.attribution import assert_quoted, attribute, obligations, self_claims
from chronicle.events.casualties import count_casualties
from chronicle.events.characterization import characterizations, threat_named
from chronicle.events.clauses import asked, questions_put, where_things_meet
from chronicle.events.dating import date_events, pointing_back
from chronicle.events.deed_nouns import about_phrase
from chronicle.events.denials import denials
from chronicle.events.dismissals import dismissals
from chronicle.events.frames import (
    adopt_inner_arguments,
    apply_claims,
    judge_actors,
    resolve_frames,
)
from chronicle.events.lexicon import EventLexicon
from chronicle.events.locating import (
    crowds_placed,
    fall_back_to_article,
    locate_events,
    states_aided,
    states_struck,
)
from chronicle.events.mentions import MentionIndex, quantified
from chronicle.events.merge import (
    COMPLEMENT_WINDOW,
    join_within_clause,
    lend_dates,
    merge_tellings,
)
from chronicle.events.modality import read_aux
from chronicle.events.model import Candidate
from chronicle.events.modes import read_mode
from chronicle.events.relations import (
    addressed_in_clause,
    answer_by_deed,
    answer_the_accused,
    answer_the_doer,
    blamed_by_striker,
    conditions_demanded,
    demanders_told,
    halted_targets,
    punished_deeds,
    rejected_words,
)
from chronicle.events.scan import SentenceIndex
from chronicle.events.spared import spared_targets
from chronicle.events.stops import read_stops
from chronicle.events.threat_idioms import threats_by_idiom
from chronicle.events.triggers import find_triggers
from chronicle.events.typing import EventTyper, retypable


def code_events(doc: Doc, lexicon: EventLexicon, published: date | None,
                typer: EventTyper | None = None, min_confidence: float = 0.0
                ) -> list[Candidate]:
    """Events of one document, in text order.

    Triggers from the lexicon -> their actors and recipients from the parse -> modes -> what
    is stopped (ceasefire or sanction) -> frames folded around the events they wrap (vows,
    demands, plans, light verbs) -> claims -> aux -> announced force and cooperation -> the
    learned typer's second opinion -> casualties -> one event per real event -> confidence.
    """
    index = MentionIndex(doc)
    sentences = SentenceIndex(doc)
    questions = questions_put(doc)
    events = [e for e in find_triggers(doc, lexicon)
              if not asked(e.head) and e.head.i not in questions and
              not where_things_meet(e.head)]
    heads = frozenset(e.head.i for e in events)
    for event in events:
        fill_arguments(event, index, heads, lexicon.response_words, lexicon.light_verbs)
        read_mode(event, lexicon)
        event.evidence.append(sentences.span(event.head.i))
    obligations(events, index, lexicon)
    for event in events:
        if event.type in STOPPABLE and no_longer(event.head):
            # "it will no longer attack US personnel": a halt announced, in force from now
            event.type, event.mode, event.settled = "RETREAT", "ceasefire", True
    by_head = {e.head.i: e for e in events}
    answer_by_deed(events, by_head, lexicon.response_words)
    read_stops(events, by_head, lexicon.wars)
    absorb_topics(events, by_head, lexicon.response_words, lexicon.wars)
    resolve_frames(events, lexicon)
    rejected_words(events, by_head)
    apply_claims(events, by_head)
    adopt_inner_arguments(events)
    judge_actors(events)
    blamed_by_striker(events)
    addressed_in_clause(events, index)
    answer_the_accused(events)
    punished_deeds(events)
    conditions_demanded(events)
    for event in events:
        # a plan's "future" stays
        event.aux = read_aux(event, published, lexicon.response_words) or event.aux
        if event.aux == "future" and no_longer(event.head):
            event.aux = None
        announce_force(event)
        refuse_negated(event)
        read_denial(event)
        threat_named(event, index)
        official_protest(event, doc._.actors or {})
    if typer is not None:
        for event in events:
            if retypable(event):
                typer.retype(event, lexicon.categories)
    count_casualties(doc, events)
    date_events(doc, events, published)
    locate_events(doc, events)
    states_struck(doc, events, lexicon.wars)
    states_aided(doc, events)
    crowds_placed(doc, events)
    spared_by_the_operation(events)
    countries = {k: v.country for k, v in (doc._.actors or {}).items()}
    join_within_clause(events)
    self_claims(events, index, lexicon)
    judged = characterizations(events, index, lexicon, countries)
    judged += threats_by_idiom(doc, events, index, lexicon.threat_idioms,
                               lexicon.reporting_verbs, lexicon.condemning)
    judged += spared_targets(doc, events, index, lexicon.sparing_verbs)
    judged += dismissals(doc, [e for e in events if not e.absorbed], index,
                         lexicon.reporting_verbs, lexicon.changing_verbs,
                         lexicon.unchanged_plans)
    live = [e for e in events if not e.absorbed]
    kinds = {k: v.kind for k, v in (doc._.actors or {}).items()}
    derived = attribute(live, index, lexicon, countries, kinds) + judged
    demanders_told(live)
    assert_quoted(live, doc)
    denials(live, countries)
    date_events(doc, derived, published)
    locate_events(doc, derived)
    live += derived
    for event in live:
        # before merging: "Biden vows the US shall respond" threatens no one yet, and is the
        # vow "to hold them accountable" told below
        drop_self_targets(event, doc._.actors or {})
    merged = merge_tellings(live, countries, lexicon.campaign_nouns)
    judge_actors(events)  # again: a condemned deed may have found its actor in another telling
    answer_the_doer(events + derived, lexicon.response_words)
    kept = [e for e in merged
            if e.type != "NONE" and (e.actor or e.recipient or
                                     names_someone(doc, e, lexicon.agent_nouns))
            and not (e.type in GIVERS_NEEDED and not e.actor and not e.actor_spans)
            and not unaddressed_request(e) and not idle_talk(e)]
    halted_targets(kept, events + derived, countries, kinds)
    lend_dates(events + derived, kept, countries)
    fall_back_to_article(doc, kept)
    emptied: set[int] = set()
    for event in kept:
        had_sides = bool(event.actor or event.recipient)
        drop_self_targets(event, doc._.actors or {})
        if had_sides and not (event.actor or event.recipient):
            emptied.add(id(event))  # its only side was no party to it
        event.confidence = score_confidence(event)
    # an event whose only side was its own teller's, or no party to it, is gone with it
    kept = [e for e in kept if id(e) not in emptied and not own_side_only(e, doc._.actors or {})]
    return [e for e in kept if e.confidence >= min_confidence]


SELF_REGARDING = frozenset({"SUPPORT", "AID"})


def own_side_only(event: Candidate, actors: dict) -> bool:
    """"We will take all necessary actions to defend the United States, our interests and our
    people," Austin said: defending one's own side is no support given to anyone. A support
    or aid event with no actor, told by a speaker, whose every recipient is of the speaker's
    country."""
    if event.type not in SELF_REGARDING or event.actor or not event.recipient:
        return False
    speaker = actors.get(event.asserted_by)
    return speaker is not None and bool(speaker.country) and all(
        getattr(actors.get(r), "country", None) == speaker.country for r in event.recipient)

# Cooperation told without anyone giving it ("troops stationed there", "ready to assist"):
# no event a reader can use, and on the dev reports mostly not one the coders count.
GIVERS_NEEDED = frozenset({"AID", "SUPPORT", "CONSULT"})


TALKING = frozenset({"speak", "talk"})


def idle_talk(event: Candidate) -> bool:
    """"Speaking to reporters on Monday, Kanaani said ...": speaking to no party (the press, an
    audience) is no consultation, whatever type it was given."""
    head = event.head
    return head.pos_ == "VERB" and head.lemma_.lower() in TALKING and not event.recipient and \
        len(event.actor) < 2


DESIRING = frozenset({"seek", "want", "wish", "desire"})
WANTING = frozenset({"want", "wish", "desire"})  # of a deed or a thing, never of a party


def unaddressed_request(event: Candidate) -> bool:
    """"asked for a moment of silence", "does not seek conflict", "who asked not to be named":
    a request that asks no one anything is no request between parties. One is asked where
    the request names a recipient, asks for a deed ("called for an immediate ceasefire"; not
    one's own wished for, "seek conflict"), or its clause has a subject of its own
    ("demanded that the minister apologize")."""
    if event.type != "REQUEST" or event.recipient:
        return False
    lemma = event.head.lemma_.lower()
    inners = event.inners or ([event.inner] if event.inner else [])
    own = set(event.actor)
    if lemma in WANTING:
        # "Iraq wants a timetable for the coalition to leave" asks the coalition; wanting a
        # thing or one's own deed ("the people we wanted", "did not want conflict") asks no one
        return not any(set(inner.actor) - own for inner in inners)
    desire = lemma in DESIRING
    # a phrase asked of ("sought refuge in Niger"), not the deed wished for ("seek conflict")
    if any(not (desire and any(a <= i.head.i < b for i in inners))
           for a, b in event.recipient_spans):
        return False
    for inner in inners:
        if desire and not set(inner.actor) - own:
            continue  # "does not seek conflict with Somalia": its own deed, asked of no one
        return False  # "called for an immediate ceasefire": asked of whoever must make it
    return not any(clause.dep_ == "ccomp" and has_own_subject(clause)
                   for clause in event.head.children)


def has_own_subject(clause: Token) -> bool:
    """A clause with a subject that is not a question's ("asked whether the US wants war")."""
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children):
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


def spared_by_the_operation(events: list[Candidate]) -> None:
    """"The United States launched strikes on targets in Syria and Iraq. Iranian territory was
    not targeted" (or "the strikes did not target Iran"): an agentless negated attack speaks of
    the operation just told, whose actor it takes (the nearest attack with an actor, within
    about a paragraph)."""
    heads = {e.head.i for e in events}
    starts: list[int] | None = None  # sentence starts, found once when first needed
    for k, event in enumerate(events):
        if event.type != "ASSAULT" or event.aux != "negated" or event.actor or \
                event.absorbed or event.head.pos_ != "VERB" or \
                any(c.dep_ == "agent" for c in event.head.children):
            continue
        subject = next((c for c in event.head.children
                        if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or not (subject.dep_ == "nsubjpass" or (
                subject.i in heads and pointing_back(subject))):
            continue  # "Iranian territory was not targeted", "the strikes did not target Iran"
        starts = starts or [s.start for s in event.head.doc.sents]
        here = bisect_right(starts, event.head.i)
        for earlier in reversed(events[:k]):
            if here - bisect_right(starts, earlier.head.i) > COMPLEMENT_WINDOW:
                break
            if earlier.type == "ASSAULT" and earlier.actor and earlier.aux is None:
                event.actor, event.actor_spans = list(earlier.actor), []
                break


# a legislature demanding of, criticising or rejecting its own government is an event
DOMESTIC_DEMANDS = frozenset({"REQUEST", "ACCUSE", "REJECT"})


MEDIA_TARGETABLE = frozenset({"ASSAULT", "COERCE", "ACCUSE", "SANCTION", "REJECT", "PROTEST"})


def drop_self_targets(event: Candidate, actors: dict) -> None:
    """No side acts on itself: a recipient that is an actor, or the state an actor belongs to
    ("Biden vows the US shall respond" is no threat to the United States)."""
    own = set(event.actor)
    for actor_id in event.actor:
        info = actors.get(actor_id)
        if event.type in DOMESTIC_DEMANDS and info is not None and info.sector == "LEG":
            continue  # "Republican senators pressed the administration": asked of their own
        if info is not None and info.kind != "state" and info.country:
            own |= {a for a, i in actors.items() if i.kind == "state" and i.country == info.country}
    event.recipient = [r for r in event.recipient if r not in own]
    if event.type not in MEDIA_TARGETABLE:
        # "plans have been approved, officials told Reuters": an outlet told of a deed is no
        # party to it (attacks on, arrests of and charges against journalists stay)
        event.recipient = [r for r in event.recipient
                           if getattr(actors.get(r), "kind", None) != "media"]


# people who only speak for someone the text leaves unsaid ("the officials spoke on condition
# of anonymity"): no one a reader of event data can use
VAGUE_SOURCES = frozenset({"officials", "official", "sources", "source", "they", "spokesman",
                           "spokesperson", "analysts", "experts"})


def names_someone(doc: Doc, event: Candidate, agent_nouns: frozenset[str]) -> bool:
    """An actor phrase the actor stage did not resolve but that names someone ("the Munich
    Regional Court", "Los Zetas cartel", "a suicide bomber"): the event stands, with its
    phrase as evidence."""
    for start, end in event.actor_spans:
        span = doc[start:end]
        if any(t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"}
               for t in span):
            return True
        if quantified(span.root).lemma_.lower() in agent_nouns and \
                span.root.lower_ not in VAGUE_SOURCES:  # "tens of thousands of people"
            return True
    return False


# hostile deeds announced for the future and the threat each makes (PLOVER THREATEN modes)
ANNOUNCED_THREATS = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations",
                     "PROTEST": None}
COOPERATIVE = {"AID", "CONSULT", "COOPERATE", "SUPPORT", "RETREAT", "CONCEDE"}


def announce_force(event: Candidate) -> None:
    """Announced for the future, force is a threat and cooperation a commitment: "we will
    respond" is THREATEN:violence; "will withdraw", "is ready to contribute" is AGREE
    (PLOVER: cooperative actions in the future tense are coded as AGREE). A halt to attacks
    announced ("will suspend its operations") is the halt itself."""
    if event.aux != "future" or event.absorbed:
        return
    if event.type in ANNOUNCED_THREATS:
        # "will extend the curfew", "will boycott the elections": threats of coercion
        event.type, event.mode, event.aux, event.settled = \
            "THREATEN", ANNOUNCED_THREATS[event.type], None, True
    elif event.type == "RETREAT" and event.mode == "ceasefire":
        # "it will suspend all of its operations": a halt announced is a halt (the guide's
        # KHS); an offer to withdraw or release stays a commitment below
        event.aux, event.settled = None, True
    elif event.type in COOPERATIVE:
        event.type, event.mode, event.aux, event.settled = "AGREE", None, None, True


YIELDING = {"RETREAT", "CONCEDE", "AID", "COOPERATE", "SUPPORT", "CONSULT"}


def refuse_negated(event: Candidate) -> None:
    """Refusals are REJECT (PLOVER: "all rejections and refusals"), not negated cooperation:
    "did not agree to the plan", "Hungary will not accept refugees", "Israel will not release
    prisoners". What did not happen stays negated ("the troops did not withdraw")."""
    if event.aux != "negated" or event.absorbed:
        return
    if event.type == "AGREE" or (event.type in YIELDING and announces(event.head)):
        event.type, event.mode, event.aux, event.settled = "REJECT", None, None, True


def announces(verb: Token) -> bool:
    """"will not", "would not", "won't": a stance about the future, not a report."""
    return any(c.dep_ == "aux" and c.lower_ in {"will", "would", "wo", "'ll"}
               for c in verb.children)


JUDGING = {"ACCUSE", "REJECT"}
STOPPABLE = {"ASSAULT", "COERCE", "THREATEN"}



def no_longer(verb: Token) -> bool:
    """"will no longer attack", "would not attack any longer": the deed is given up."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ == "longer":
            if any(c.lower_ in {"no", "any"} for c in child.children):
                return True
    return False


OFFICIAL_KINDS = {"state", "body", "person", "igo", "force"}


def official_protest(event: Candidate, actors: dict) -> None:
    """"Baghdad protested a US strike", "the ministry protested the decision": a government
    or an official protesting something is a diplomatic protest (ACCUSE disapprove); crowds
    protesting in the streets stay PROTEST."""
    if event.type != "PROTEST" or event.head.lemma_.lower() != "protest" or not event.actor or \
            not any(c.dep_ == "dobj" for c in event.head.children):
        return
    if all(actors[a].kind in OFFICIAL_KINDS for a in event.actor if a in actors):
        event.type, event.mode, event.settled = "ACCUSE", "disapprove", True


def read_denial(event: Candidate) -> None:
    """"Tehran refuted any association with the assault", "disputed any role": disputing
    "any" of something denies it (REJECT), where disputing someone's words accuses them."""
    if event.type != "ACCUSE" or event.head.pos_ != "VERB" or event.absorbed:
        return
    for obj in (c for c in event.head.children if c.dep_ == "dobj"):
        if any(d.dep_ == "det" and d.lower_ in {"any", "all"} for d in obj.children):
            event.type, event.mode, event.settled = "REJECT", None, True
            return


def absorb_topics(events: list[Candidate], by_head: dict[int, Candidate],
                  responses: frozenset[str] = frozenset(),
                  wars: frozenset[str] = frozenset()) -> None:
    """"a suspension in its operations": the operations are what the suspension is about,
    not an event of their own. "A response to attacks by Hamas" is about someone else's
    deed, which stays an event, as does any deed a response answers ("a response to the
    killing of three soldiers", whoever killed them)."""
    for event in events:
        if event.head.pos_ != "NOUN" or event.head.lemma_.lower() in responses or \
                event.type in JUDGING:
            continue  # ("the hallmarks of Sunday's attack": the attack is told all the same)
        topic = about_phrase(event.head)
        if topic is None or topic.i not in by_head or by_head[topic.i] is event:
            continue
        deed = by_head[topic.i]
        if deed.actor and not set(deed.actor) & set(event.actor):
            continue
        if deed.head.lemma_.lower() in wars:
            continue  # "an end to Israel's war on Hamas": the war is waged all the same
        deed.absorbed = True


def score_confidence(event: Candidate) -> float:
    """The calibrated probability that the event is right (events/confidence.py)."""
    return confidence.score({
        "type": event.type, "mode": event.mode, "aux": event.aux, "actor": event.actor,
        "recipient": event.recipient, "dead": event.dead, "injured": event.injured,
        "arrested": event.arrested, "framed": bool(event.inner is not None),
        "retyped": event.typed_by_model})
