"""Triggers that wrap another event: vows and threats, demands, refusals, plans, claims.

"vowed to keep up strikes against US bases" is one THREATEN:violence event whose recipient is
the strikes' target, not an ASSAULT; "called for a ceasefire" is a REQUEST; "claimed
responsibility for that attack" makes the claimant the attack's actor and its asserter.
"""

from __future__ import annotations

from spacy.tokens import Token

from chronicle.events.lexicon import EventLexicon
from chronicle.events.mentions import quantified
from chronicle.events.model import Candidate
from chronicle.events.references import antecedent_of, earlier_deed, named_object
from chronicle.events.subjects import reduced_passive
from chronicle.quotes.lexicon import cue_nouns

COMPLEMENT_DEPS = {"xcomp", "ccomp", "dobj", "prep", "pobj", "pcomp", "acl", "advcl", "attr"}
FRAME_TYPES = {"threaten": "THREATEN", "request": "REQUEST", "reject": "REJECT",
               "agree": "AGREE", "deny": "REJECT"}
ANAPHORIC_DETS = {"that", "this", "the"}
ASKING_FRAMES = {"request", "reject"}
# A light verb's event is its object ("carried out an attack", "continued to attack"), never
# a reported clause ("announced that the militias had attacked" reports someone else's event).
LIGHT_DEPS = {"dobj", "xcomp", "attr", "oprd"}


def inner_events(frame: Candidate, by_head: dict[int, Candidate]) -> list[Candidate]:
    """The highest event triggers in the frame's complement (breadth first); coordinated ones
    all count ("demands for the troops to leave Iraq and an end to the offensives")."""
    deps = LIGHT_DEPS if frame.spec.frame == "light" else COMPLEMENT_DEPS
    # ("In a phone call with Lavrov, Stoltenberg urged restraint": a phrase set before the
    # verb tells when or where, not what is urged)
    queue = [c for c in frame.head.children if c.dep_ in deps and
             not (c.dep_ == "prep" and c.i < frame.head.i and frame.head.pos_ == "VERB")]
    if frame.spec.frame in {"light", "claim"}:
        queue = light_objects(frame.head) + queue  # "an attack, which was claimed by X"
        # "we know it was carried out by ...": the deed "it" points back to
        queue = [earlier_deed(t, lambda d: d.i in by_head and by_head[d.i].type != "NONE")
                 or t for t in queue]
    elif frame.spec.frame == "prepare":
        queue += light_objects(frame.head)  # "plans were approved", after "for strikes"
    if frame.spec.frame in ASKING_FRAMES:
        queue += [c for c in frame.head.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        if frame.head.pos_ == "NOUN" and frame.head.dep_ in {"nsubj", "nsubjpass"}:
            # "until its demands are met for US troops to leave Iraq", "their demand is the
            # withdrawal of US forces": what is asked sits on the verb
            queue += [c for c in frame.head.head.children
                      if c.dep_ in COMPLEMENT_DEPS and c.i != frame.head.i]
    found: list[Candidate] = []
    seen = 0
    while queue and seen < 60:
        node = queue.pop(0)
        seen += 1
        event = by_head.get(node.i)
        if event is not None and event.type == "NONE" and event.absorbed:
            event = None  # "plans" with nothing under them: look past them
        if event is not None and event is not frame:
            found.append(event)
            queue += [c for c in node.children if c.dep_ == "conj"]
            continue
        if frame.spec.frame == "light" and node.pos_ == "NOUN" and \
                node.lemma_.lower() in cue_nouns():
            # "issued a statement on the strikes": words about a deed; the verb is no light
            # verb of it (as in "issued an arrest warrant", "launched a mediation effort")
            continue
        queue += [c for c in node.children if c.dep_ not in {"nsubj", "nsubjpass", "punct"} or
                  (c.dep_ == "nsubj" and node.lemma_.lower() in COMING)]
    return found


# "signalling that retaliation was coming": the subject of a verb of coming is what is told
COMING = frozenset({"come", "follow", "happen", "occur"})


def light_objects(verb: Token) -> list[Token]:
    """A light verb's object outside its object slot: "the attack was carried out by X", "the
    strikes carried out by the United States", "pressed on with attacks"."""
    # "the attacks that were carried out by ...": the relative pronoun stands for the attacks
    found = [antecedent_of(c) or c for c in verb.children if c.dep_ == "nsubjpass" or (
        c.dep_ == "nsubj" and reduced_passive(verb, c))]  # "The war waged by Israel ..."
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        found.append(verb.head)
    # "press on with attacks", "went ahead with the strike", "participate in peacekeeping
    # operations"
    found += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"with", "in"}
              for o in p.children if o.dep_ == "pobj"]
    return found


def told_as_fact(verb: Token, inner: Token) -> bool:
    """A clause in the indicative under a verb of insisting ("insisted that Iran had nothing to
    do with it", "insists a response is coming", "insists it will respond"): a statement, not
    what is asked ("insisted that US troops leave")."""
    if inner.dep_ in {"nsubj", "nsubjpass"}:
        inner = inner.head  # "insists a response is coming": the clause of the deed told
    if verb.pos_ != "VERB" or inner.dep_ != "ccomp" or inner.head.i != verb.i:
        return False
    auxes = [c for c in inner.children if c.dep_ in {"aux", "auxpass"}]
    return inner.tag_ == "VBD" or any(c.lemma_ == "have" and c.tag_ == "VBD" for c in auxes) \
        or (inner.tag_ == "VBG" and any(c.lemma_ == "be" for c in auxes)) \
        or any(c.lower_ in {"will", "'ll"} for c in auxes)


def inner_event(frame: Candidate, by_head: dict[int, Candidate]) -> Candidate | None:
    inner = inner_events(frame, by_head)
    return inner[0] if inner else None


def resolve_frames(events: list[Candidate], lexicon: EventLexicon) -> None:
    """Fold complements into their frames, outermost frame last so chains resolve inward."""
    by_head = {e.head.i: e for e in events}
    for event in sorted(events, key=lambda e: -depth(e.head)):
        frame = event.spec.frame
        if not frame:
            continue
        inners = inner_events(event, by_head)
        if frame == "claim":
            continue  # handled with the whole document in apply_claims
        if warns_of_others(event, inners, lexicon.campaign_nouns):
            # "warned that the war in Gaza risks igniting the region", "warned that the strikes
            # put Iraq on the brink": a warning of dangers or of others' deeds threatens no one
            event.absorbed = True
            continue
        if not inners:
            if event.type == "NONE":
                event.absorbed = True  # "plans to" with no event under it says nothing
            continue
        inner = inners[0]
        if frame in ASKING_FRAMES:
            # "called on the Council to force Washington to withdraw": what the asked are to
            # make others do is asked too
            inners += [by_head[c.i] for w in list(inners) for c in w.head.children
                       if c.dep_ == "xcomp" and c.i in by_head and by_head[c.i] not in inners
                       and not by_head[c.i].absorbed]
        if frame == "request" and told_as_fact(event.head, inner.head):
            # "insists Tehran had nothing to do with the attack": a claim, not a demand
            event.absorbed = True
            continue
        for wrapped in inners if frame in ASKING_FRAMES else inners[:1]:
            wrapped.absorbed, wrapped.host = True, event
        event.inner = inner
        event.inners = inners if frame in ASKING_FRAMES else [inner]
        if frame == "fail" and inner.type not in INTENDED_COOPERATION | AGREEMENT:
            # "air defenses failed to intercept the drone": the interception, negated
            inner.absorbed, inner.host, inner.aux = False, None, "negated"
            event.absorbed = True
            continue
        if frame == "fail":
            frame = "reject"  # "failed to reach agreement": a refusal
        if frame == "agree" and inner.type == "SUPPORT" and inner.head.pos_ == "NOUN":
            # "agreed a trade deal", "agreed to the plan": an agreement made, not promised
            event.type, event.mode, event.settled = "SUPPORT", None, True
            continue
        if frame == "threaten" and inner.type in INTENDED_COOPERATION | AGREEMENT:
            # "pledged full support for Seoul's efforts" expresses support; "promised to
            # provide aid" commits to it (PLOVER AGREE)
            kind = inner.type if inner.head.pos_ == "NOUN" else "AGREE"
            event.type, event.mode, event.settled = kind, None, True
            continue
        if frame == "request" and punitive(inner) and inner.recipient:
            # "called for sanctions against Moscow", "called for an investigation into ...":
            # a call to punish someone accuses them (PLV's reading)
            event.type, event.mode, event.settled = "ACCUSE", "disapprove", True
            continue
        if frame == "prepare" and inner.type in INTENDED_FORCE | {"MOBILIZE"}:
            # approving plans for strikes, readying forces: force posture (MOBILIZE)
            event.type, event.mode, event.settled = "MOBILIZE", "troops", True
            continue
        if frame == "prepare":
            frame = "plan"
        if frame == "plan" and inner.type in INTENDED_FORCE:
            # an actor's stated intent to use force is a threat (PLOVER THREATEN), and its
            # intent to cooperate a commitment (AGREE: "future tense ... coded as AGREE")
            event.type = "THREATEN"
            event.mode = lexicon.frame_mode("threaten", inner.type, inner.mode)
            event.settled = True
            continue
        if frame == "plan" and inner.type in INTENDED_COOPERATION:
            event.type, event.mode, event.settled = "AGREE", None, True
            continue
        if frame in {"light", "plan"}:
            # the wrapped event is the event; the frame lends its subject and, for plans, aux
            event.type, event.mode = inner.type, inner.mode or event.mode
            event.spec = inner.spec
            if frame == "plan":
                event.aux = event.aux or "future"
            event.recipient_spans = inner.recipient_spans + event.recipient_spans
            event.settled = inner.settled
            continue
        event.mode = event.mode or lexicon.frame_mode(frame, inner.type, inner.mode)
        event.settled = True


WARNING_WORDS = {"warn", "warning", "caution"}


def warns_of_others(event: Candidate, inners: list[Candidate],
                    campaigns: frozenset[str] = frozenset()) -> bool:
    """A warning addressed to no one whose content is no deed of the warner's side: others'
    deeds, or a war or an escalation no one is named to wage ("warned that the war in Gaza
    risks igniting the region")."""
    if event.head.lemma_.lower() not in WARNING_WORDS or event.recipient or not event.actor:
        return False
    if not inners or all(not inner.actor and inner.head.lemma_.lower() in campaigns
                         for inner in inners):
        return True
    actors = event.head.doc._.actors or {}
    own = {actors[a].country for a in event.actor if a in actors} | set(event.actor)
    doers = [a for a in inners[0].actor if a not in own and
             (actors[a].country if a in actors else None) not in own]
    return bool(doers) and len(doers) == len(inners[0].actor)


INTENDED_FORCE = {"ASSAULT", "COERCE"}
INTENDED_COOPERATION = {"AID", "COOPERATE", "CONSULT", "SUPPORT"}
AGREEMENT = {"AGREE", "SUPPORT", "RETREAT", "CONCEDE"}
PUNITIVE = {"SANCTION", "ACCUSE"}


def punitive(event: Candidate) -> bool:
    """Punishing someone: sanctions, trials, investigations (COERCE restrict is sanctions and
    embargoes in our lexicon; "force X to withdraw" makes someone do something, punishing no
    one)."""
    if event.type == "COERCE" and any(c.dep_ == "xcomp" for c in event.head.children):
        return False
    return event.type in PUNITIVE or (event.type == "COERCE" and event.mode == "restrict")


def adopt_inner_arguments(events: list[Candidate]) -> None:
    """A frame with no recipient of its own takes the wrapped event's ("vowed ... strikes
    against US bases"); a light verb's noun with no actor takes the verb's subject."""
    for event in sorted(events, key=lambda e: -depth(e.head)):
        inner = event.inner
        if inner is None:
            continue
        if not event.recipient and event.spec.frame in ASKING_FRAMES:
            # what is asked for or refused is asked of whoever would do it
            for wrapped in event.inners:
                # (the target of a demanded strike is not who is asked to strike:
                # "demanded strikes on Iran" asks someone unnamed)
                side = wrapped.actor or ([] if event.type == "REQUEST" and
                                         wrapped.type in INTENDED_FORCE else wrapped.recipient)
                event.recipient += [r for r in side if r not in event.recipient + event.actor]
        if not event.recipient and event.type == "REQUEST" and inner.type in INTENDED_FORCE:
            event.recipient = own_government(event)
        elif not event.recipient:
            event.recipient = [r for r in inner.recipient if r not in event.actor]
            event.recipient_spans = event.recipient_spans or inner.recipient_spans
        if not event.actor and inner.actor and event.spec.frame not in ASKING_FRAMES:
            # a light verb's or plan's event is its own; what is demanded of someone is not
            # the demander's deed
            event.actor = list(inner.actor)
        if event.dead is None:
            event.dead, event.injured = inner.dead, inner.injured


def own_government(event: Candidate) -> list[str]:
    """"Republican senators demanded strikes on Iran", "Sen. Tom Cotton repeated his call for
    strikes on Iranian soil": lawmakers (a state's legislature, or a legislator the actor
    dictionary knows) who call for force with no one named to use it ask their own
    government."""
    actors = event.head.doc._.actors
    for actor_id in event.actor:
        info = (actors or {}).get(actor_id)
        if info is None or info.sector != "LEG" or not info.country or \
                (info.entry != info.country and info.kind != "person"):
            continue
        if any(m.actor_id == info.country for m in event.head.doc._.actor_mentions or []):
            return [info.country]  # (a state the text names: every actor has its mentions)
    return []


# a stance toward a deed is a stance toward its doer: condemning it accuses them, backing it
# supports them ("Washington's backing of Israel's offensive")
JUDGING_TYPES = {"ACCUSE", "SUPPORT", "AID"}
JUDGED_SLOTS = {"dobj", "nsubjpass"}
# verbs by which a deed brings a judgement on itself
DRAWING = frozenset({"draw", "attract", "earn", "prompt", "spark", "provoke", "trigger",
                     "bring"})


def judge_actors(events: list[Candidate]) -> None:
    """Condemning or blaming an event accuses whoever did it: "Iran condemned the strikes
    carried out by the United States" is ACCUSE Iran -> United States."""
    by_head = {e.head.i: e for e in events}
    for event in events:
        if event.type not in JUDGING_TYPES or event.absorbed:
            continue
        if event.recipient and event.type != "ACCUSE":
            continue
        if event.recipient:
            for token in judged_tokens(event.head):
                if token.i in by_head:
                    # "blamed the attack on X": X was blamed, not attacked
                    judged = by_head[token.i]
                    if set(judged.recipient) <= set(event.recipient):
                        judged.recipient = []
                    if not judged.actor and judged is not event:
                        # "the militia accused of killing three US servicemen", "blamed the
                        # attack on X": the deed is alleged against the accused, on the
                        # accuser's word
                        judged.actor, judged.alleged_in = list(event.recipient), event
                        if event.actor and judged.asserted_by == "outlet":
                            judged.asserted_by = event.actor[0]
            continue
        for token in judged_tokens(event.head):
            # "Iraq condemned it as a violation": "it" stands for the deed told just before
            token = earlier_deed(token, lambda d: d.i in by_head and
                                 by_head[d.i].type not in {"NONE", "ACCUSE"}) or token
            judged = by_head.get(token.i)
            while judged is not None and judged.absorbed and judged.host is not None:
                # "the strikes carried out by ...": the light verb that wraps them; "Baghdad
                # condemned the retaliatory attacks": the telling they were merged into
                judged = judged.host
            if judged is not None and judged is not event and not judged.actor and \
                    (pointed_back(token) or token in named_object(event.head)):
                # "condemned the first round of retaliatory attacks": a deed told before;
                # "condemned what he called a violation of Iraqi sovereignty": the deed told
                name = judged
                judged = next((e for e in reversed(events) if e.head.i < judged.head.i and
                               e.type == judged.type and e.actor and not e.absorbed), judged)
                if judged is not name and token in named_object(event.head):
                    name.absorbed, name.host = True, judged  # a name for it, no deed
            if judged is not None and judged is not event and judged.actor:
                event.recipient = [a for a in judged.actor if a not in event.actor]
                break


def pointed_back(token: Token) -> bool:
    """A definite noun, or one counted by a definite collection ("the strikes", "the first
    round of retaliatory attacks"): a deed the reader was told of."""
    node = token
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "round" of "the first round of attacks"
    return node.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in
                                       {"the", "these", "those", "that", "this"}
                                       for c in node.children)


def judged_tokens(head: Token) -> list[Token]:
    """What a judging trigger judges: its object ("condemned the strikes"), or its "of" /
    "for" phrase ("condemnation of the strikes", "blamed them for the attack")."""
    found = [quantified(c) for c in head.children if c.dep_ in JUDGED_SLOTS]
    found += named_object(head) if head.pos_ == "VERB" else []  # "what it termed aggression"
    if head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.lemma_.lower() in DRAWING:
        # "the strikes drew criticism from Syria": what drew it is judged
        found += [c for c in head.head.children if c.dep_ == "nsubj"]
    for prep in head.children:
        # ("accused Washington of sponsoring ..., and of looting ...": the parser may take the
        # second "of" for a conjunct of the verb)
        if (prep.dep_ == "prep" or (prep.dep_ == "conj" and prep.pos_ == "ADP")) and \
                prep.lower_ in {"of", "for"}:
            # "accused of killing three servicemen": a gerund is the deed itself; "responsible
            # for planning and participating in attacks": each conjunct is judged
            objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
            found += objects + [c for o in objects for c in o.children if c.dep_ == "conj"]
    return found


def apply_claims(events: list[Candidate], by_head: dict[int, Candidate]) -> None:
    """"X claimed responsibility for (that) attack": X is the attack's actor and asserter."""
    for claim in [e for e in events if e.spec.frame == "claim"]:
        claim.absorbed = True
        if not claim.actor:
            continue
        target = inner_event(claim, by_head)
        if target is None:
            continue
        told = told_before(target, events, claim.head.i)
        if told is not None:
            target.absorbed = True
            target = told
        credit_claim(target, claim.actor, claim.actor_spans, [sentence_span(claim.head)])


def told_before(deed: Candidate, events: list[Candidate], before: int,
                fits=lambda e: True) -> Candidate | None:  # noqa: ANN001
    """"... claimed responsibility for that attack": an anaphoric deed is the last telling of
    its type before `before` (that `fits`), if there is one."""
    if not is_anaphoric(deed.head):
        return None
    earlier = [e for e in events if e.type == deed.type and e.head.i < before and
               not e.absorbed and e is not deed and fits(e)]
    return earlier[-1] if earlier else None


def credit_claim(deed: Candidate, claimants: list[str], spans: list[tuple[int, int]],
                 evidence: list[tuple[int, int]]) -> None:
    """The claimant is the deed's actor and asserter; the claim is evidence of it."""
    deed.actor, deed.actor_spans = list(claimants), list(spans)
    deed.asserted_by = claimants[0]
    deed.evidence += [e for e in evidence if e not in deed.evidence]


def is_anaphoric(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS
                                       for c in noun.children) and \
        not any(c.dep_ in {"compound", "amod", "poss"} for c in noun.children)


def sentence_span(token: Token) -> tuple[int, int]:
    return token.sent.start, token.sent.end


def depth(token: Token) -> int:
    count = 0
    while token.head.i != token.i and count < 50:
        token = token.head
        count += 1
    return count
