"""Condemnation by characterization: calling someone's deed a crime accuses its doer.

"Iran's Foreign Ministry called the strikes a strategic mistake", "Kataib Hezbollah considered
the assassination a violation of Iraq's sovereignty", "Baghdad says the strikes violate its
sovereignty": PLOVER ACCUSE disapprove, by whoever names the deed so, against whoever did it.
The words that condemn are data (data/events/condemning_words.tsv).
"""

from __future__ import annotations

from spacy.tokens import Token

from chronicle.events.attribution import accusation
from chronicle.events.lexicon import EventLexicon
from chronicle.events.mentions import MentionIndex
from chronicle.events.model import Candidate
from chronicle.events.references import doer_told
from chronicle.events.subjects import subject_of

# verbs that give their object a name: "called it a crime", "described the strike as ..."
NAMING = frozenset({"call", "describe", "term", "label", "brand", "dub", "consider", "deem",
                    "regard", "see", "view", "characterize", "characterise", "denounce",
                    "condemn"})
DEEDS = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})


def characterizations(events: list[Candidate], index: MentionIndex, lexicon: EventLexicon,
                      countries: dict[str, str | None]) -> list[Candidate]:
    """Accusations told by naming someone's deed with a condemning word."""
    told = {e.head.i for e in events if e.type == "ACCUSE" and not e.absorbed}
    made: list[Candidate] = []
    by_head = {e.head.i: e for e in events}
    for k, event in enumerate(events):
        if event.type not in DEEDS or (event.aux and not event.absorbed):
            continue
        doers, doer_spans = event.actor, event.actor_spans
        if not doers:
            told_before = doer_told(event, events[:k])
            if told_before is None:
                continue
            doers, doer_spans = told_before.actor, []
        judge = condemned_by(event.head, lexicon)
        if judge is None or judge.i in told:
            continue  # "condemned the strikes as a violation": the condemnation is told
        for name in names_given(judge, event.head):
            if name.i in by_head and by_head[name.i] is not event:
                by_head[name.i].absorbed = True  # "a violation of sovereignty": the name
        host = event.host
        if event.absorbed and host is not None and host.head.i == event.head.head.i and \
                event.head.dep_ in {"nsubj", "nsubjpass"}:
            # "the strikes violate its sovereignty": the condemning verb is no deed of its
            # own ("violate" codes an assault where a ceasefire or a border is violated)
            host.type = "NONE"
        elif event.absorbed:
            if host is None or host.head.i != judge.i:
                continue
            # "considered the assassination a violation": no plan to assassinate, but a
            # judgement of an assassination done
            host.type, host.mode, host.settled, host.inner = "ACCUSE", "disapprove", True, None
            host.recipient = [a for a in doers if a not in host.actor]
            host.recipient_spans = list(doer_spans)
            event.absorbed, event.host = False, None
            told.add(judge.i)
            continue
        subject, passive = subject_of(judge)
        speakers, spans = index.actors_of(subject) if subject is not None and not passive \
            else ([], [])
        if not speakers or set(speakers) & set(doers):
            continue
        own = countries.get(speakers[0])
        if own is not None and any(countries.get(a) == own for a in doers):
            continue  # one's own side's deed is not condemned in passing
        accused = accusation(event, speakers[0], spans[:1])
        accused.recipient, accused.recipient_spans = list(doers), list(doer_spans)
        accused.mode = "disapprove"
        made.append(accused)
        told.add(judge.i)
    return made


def names_given(verb: Token, deed: Token) -> list[Token]:
    """What a naming verb calls its object: "called it a crime", "described it as ..."."""
    names = [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "ccomp", "attr"}]
    # "considered the assassination a violation": the parser may take the name for an
    # apposition
    names += [c for c in deed.children if c.dep_ == "appos"]
    names += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
              for o in p.children if o.dep_ == "pobj"]
    return names


def condemned_by(deed: Token, lexicon: EventLexicon) -> Token | None:
    """The verb whose subject names the deed with a condemning word, if any."""
    if deed.dep_ == "dobj" and deed.head.lemma_.lower() in NAMING:
        verb = deed.head
        if any(condemning_noun(n, lexicon) for n in names_given(verb, deed)):
            return verb
    if deed.dep_ in {"nsubj", "nsubjpass"}:
        predicate = deed.head
        says = predicate.dep_ == "ccomp" and predicate.head.lemma_.lower() in \
            lexicon.reporting_verbs
        if not says:
            return None
        if (predicate.lemma_.lower(), "VERB") in lexicon.condemning:
            return predicate.head
        if predicate.lemma_ == "be" and any(condemning_noun(c, lexicon)
                                            for c in predicate.children if c.dep_ == "attr"):
            return predicate.head
    return None


def condemning_noun(token: Token, lexicon: EventLexicon) -> bool:
    """"a strategic mistake", "an act of aggression", "a blatant violation of sovereignty"."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        # "termed it 'aggression'": the parser may give the name as a clause
        token = next((c for c in token.children if c.dep_ in {"attr", "dobj", "nsubj"}), token)
    if (token.lemma_.lower(), "NOUN") in lexicon.condemning:
        if token.lemma_.lower() != "act":
            return True
        inner = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"), None)
        return inner is not None and (inner.lemma_.lower(), "NOUN") in lexicon.condemning
    return False


BECOMING = frozenset({"be", "become", "remain", "constitute", "pose"})


def threat_named(event: Candidate, index: MentionIndex) -> None:
    """"The presence of coalition forces has become a threat to security": calling someone's
    presence or conduct a threat condemns them (ACCUSE disapprove, by whoever says so); it
    threatens no one."""
    head = event.head
    if event.type != "THREATEN" or head.pos_ != "NOUN" or event.absorbed or \
            head.dep_ not in {"attr", "dobj"} or head.head.lemma_.lower() not in BECOMING:
        return
    subject, passive = subject_of(head.head)
    if subject is None or passive:
        return
    accused, spans = index.actors_of(subject)
    if not accused:
        return
    event.type, event.mode, event.settled = "ACCUSE", "disapprove", True
    event.actor, event.actor_spans = [], []
    event.recipient, event.recipient_spans = list(accused), list(spans)
