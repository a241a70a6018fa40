"""Where each event happened.

The place attached to the event in the parse locates it: a locative phrase on the trigger
("a drone strike at an occupied base near the Syria-Jordan border", "strikes against US
bases in the country"), on what it was done to ("struck a car near Kafr Kila"), a place
name modifying it ("the Baghdad drone strike"), or, for a deed told inside a clause, on the
verb it was done in ("were killed in a drone strike ... near Baghdad airport"). An event
the text places nowhere takes the article's main place, with `where_basis` "article" to
say so.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from chronicle.actors.model import ActorInfo, ActorMention
from chronicle.events.clauses import JOINING_PREPS
from chronicle.events.model import Candidate
from chronicle.places.borders import km
from chronicle.places.lexicon import load_lexicon as load_place_lexicon
from chronicle.places.model import LEVELS, Entry, PlaceMention

DIRECTION_HEADS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                             "southeast", "southwest", "outskirts", "suburbs", "edge",
                             "centre", "center", "coast", "heart", "vicinity", "area"})
# Prepositions whose object says where the deed was done ("bases in Iraq", "a strike on
# Tower 22", "off the coast of Yemen").
WHERE_PREPS = frozenset({"in", "at", "near", "on", "across", "inside", "outside", "off",
                         "along", "around", "over", "throughout", "within", "into", "by",
                         "through",
                         "against", "toward", "towards", "outskirts", "north", "south",
                         "east", "west"})
# Dependencies the search follows down from a trigger: into its phrases and objects, not
# into clauses of their own (another deed's place is not this one's).
DOWN = frozenset({"prep", "pobj", "dobj", "compound", "nmod", "npadvmod", "appos", "conj",
                  "amod", "advmod", "nsubjpass", "acl", "relcl", "pcomp", "poss", "attr",
                  "oprd", "xcomp", "agent"})
# Prepositions that lead to another time, so to another deed ("since the attack in X").
OTHER_TIME = frozenset({"after", "before", "since", "until", "despite", "than", "following"})
DEPTH = 5
CLIMB = 2  # a deed told as a phrase: the verb it hangs on may carry its place


def locate_events(doc: Doc, events: list[Candidate]) -> None:
    places: list[PlaceMention] = doc._.places or []
    at: dict[int, int] = {}
    rank: dict[int, int] = {}
    for index, place in enumerate(places):
        if place.entry is None or place.entry.lat is None:
            continue
        rank[index] = LEVELS.index(place.entry.level)
        for t in range(place.start, place.end):
            at.setdefault(t, index)
    if not at:
        return
    triggers = frozenset(e.head.i for e in events)
    for event in events:
        if event.where is not None:
            continue
        own = frozenset(_wrapped(event, events))
        others = triggers - own
        found = _below(event.head, at, others, rank)
        if found is None:
            found = _above(event.head, at, others, rank)
        if found is not None:
            event.where, event.where_basis, event.where_rank = found, "text", rank[found]
    # A vow or demand is placed where the deed it wraps would be ("vowed to keep up strikes
    # against US bases in the country").
    for event in events:
        inner = event.inner
        if event.where is None and inner is not None and inner.where is not None:
            event.where, event.where_basis = inner.where, inner.where_basis
            event.where_rank = inner.where_rank


def _below(head: Token, at: dict[int, int], triggers: frozenset[int],
           rank: dict[int, int]) -> int | None:
    """The nearest place in the trigger's own phrases, breadth first; for a coordinated
    trigger also in the phrases it shares ("ground and aerial offensives ... in Gaza")."""
    queue = deque([(head, 0)])
    seen = {head.i}
    if head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
        queue.append((head.head, 1))
        seen.add(head.head.i)
    found: list[tuple[int, int]] = []  # (depth, place) of the places at the nearest depth
    while queue:
        node, depth = queue.popleft()
        if found and depth > min(f[0] for f in found) + 1:
            continue  # deeper than the nearest place's neighbourhood (the queue is not in
            # depth order: prepositions add no depth)
        if node.i in at and node.i != head.i and _placed_by(node, head):
            found.append((depth, at[node.i]))  # and on: "in Say (Tillaberi)" parsed as
        if depth >= DEPTH:                     # Tillaberi holding Say
            continue
        for child in node.children:
            if child.i in seen or child.dep_ not in DOWN:
                continue
            if child.i in triggers and child.dep_ not in ("compound", "nmod", "amod", "relcl") \
                    and not (child.dep_ == "pobj" and node.lower_ in JOINING_PREPS):
                continue  # another deed's phrase; not the deed it was done in

            if child.dep_ == "prep" and child.lower_ in OTHER_TIME:
                continue
            seen.add(child.i)
            queue.append((child, depth + (child.dep_ not in ("prep", "agent"))))
    if not found:
        return None
    # "a base known as Tower 22 in north-eastern Jordan": the most exact place as near
    return min(found, key=lambda f: (rank.get(f[1], len(LEVELS)), f[1]))[1]


def _wrapped(event: Candidate, events: list[Candidate]) -> list[int]:
    """The heads of the deeds a frame wraps or that were folded into it, all the way down:
    they are this deed, not "other" ones."""
    out, todo = [], [event.inner, *event.inners]
    todo += [e for e in events if e.host is event]
    while todo:
        inner = todo.pop()
        if inner is None or inner.head.i in out:
            continue
        out.append(inner.head.i)
        todo += [inner.inner, *inner.inners, *(e for e in events if e.host is inner)]
    return out


def _placed_by(node: Token, head: Token) -> bool:
    """A place reached through a locative preposition, as a modifier of the trigger or as
    what the deed was done to ("shelled Nikopol", "entered Kidal"); not one named as who
    did it ("Iraq's militias") or whence ("fired from Syria")."""
    if node.dep_ in ("compound", "nmod", "amod") and node.head.pos_ == "NOUN":
        return True
    prep = node
    while prep.dep_ in ("conj", "compound", "appos") and prep.head.i != prep.i:
        prep = prep.head
    if prep.dep_ == "dobj":
        return prep.head.i == head.i
    if prep.dep_ != "pobj":
        return prep.dep_ in ("compound", "nmod")
    word = prep.head
    if word.lower_ in WHERE_PREPS:
        return True
    # "15 km north of Kupiansk", "the outskirts of Gao", "a base known as Tower 22", "the
    # shelling of Kharkiv", "took control of Lalibela"
    if word.lower_ == "of":
        owner = word.head
        return owner.lower_ in DIRECTION_HEADS or owner.i == head.i or (
            owner.dep_ == "dobj" and owner.head.i == head.i)
    return word.lower_ == "as" and word.head.lemma_ in ("know", "call", "name")


def _above(head: Token, at: dict[int, int], triggers: frozenset[int],
           rank: dict[int, int]) -> int | None:
    """The place of the verb a deed was done in or by ("were killed in a drone strike ...
    near X", "carried out an attack in X"); not of a verb it is only about ("sentiments
    are running high in Iraq over the support ...")."""
    node = head
    for _ in range(CLIMB):
        if node.head.i == node.i or node.dep_ not in ("pobj", "dobj", "prep", "nsubjpass",
                                                     "nsubj", "conj", "appos"):
            return None
        if node.dep_ == "pobj" and node.head.lower_ not in JOINING_PREPS:
            return None
        node = node.head
        if node.pos_ == "VERB" or node.pos_ == "AUX":
            for child in node.children:
                if child.dep_ == "prep" and child.lower_ in WHERE_PREPS and \
                        not _contains(child, head):
                    found = _below(child, at, triggers, rank)
                    if found is not None:
                        return found
            return None
    return None


def _contains(node: Token, other: Token) -> bool:
    return node.left_edge.i <= other.i <= node.right_edge.i


def fall_back_to_article(doc: Doc, events: list[Candidate]) -> None:
    """Places for what the parse left unplaced, in order:

    - another telling of the same deed that the text places ("three US troops were killed"
      ... "the drone attack in Jordan"): same type, a side in common;
    - the article's main place: where most of its placed events happened, else the places
      stage's main place (a dateline, the most named place);
    - an event placed only in a wide area ("in northeast Jordan") that holds the article's
      main place, a site or town ("Tower 22"), is pinned there, with basis "refined".
    """
    for event in events:
        if event.where is None:
            lend_place(event, events)
    places: list[PlaceMention] = doc._.places or []
    main = events_main_place(events)
    if main is None:
        main = doc._.main_place
    if main is None:
        return
    for event in events:
        if event.where is None:
            event.where, event.where_basis = main, "article"
    for event in events:
        if event.where_basis == "text":
            inside = refinement(places, event.where, doc._.main_place)
            if inside is not None:
                event.where, event.where_basis = inside, "refined"


def refinement(places: list[PlaceMention], wide: int, main: int | None) -> int | None:
    """The exact place a wide one stands for in this article: the site it names most (a
    base, an airport, a camp) inside the area, else its main place if that is a town
    inside it."""
    area = places[wide].entry
    counts: dict[int, int] = {}
    first: dict[int, int] = {}
    for index, place in enumerate(places):
        if place.entry is not None and place.entry.level == "site" and \
                _holds(area, place.entry):
            key = place.entry.id
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, index)
    if counts:
        return first[max(counts, key=lambda k: (counts[k], -first[k]))]
    if main is not None:
        exact = places[main].entry
        if exact is not None and exact.level in ("city", "admin2") and _holds(area, exact):
            return main
    return None


def lend_place(event: Candidate, events: list[Candidate]) -> None:
    told = [e for e in events if e is not event and e.where_basis == "text" and
            e.type == event.type and e.aux == event.aux and _same_sides(e, event)]
    if told:
        nearest = min(told, key=lambda e: abs(e.head.i - event.head.i))
        event.where, event.where_basis = nearest.where, "text"
        event.where_rank = nearest.where_rank


def _same_sides(a: Candidate, b: Candidate) -> bool:
    """Told as the same deed: no side contradicts, and at least one is shared."""
    shared = False
    for x, y in ((a.actor, b.actor), (a.recipient, b.recipient)):
        if x and y:
            if not set(x) & set(y):
                return False
            shared = True
    return shared


def events_main_place(events: list[Candidate]) -> int | None:
    """The place most of the article's realized, text-placed events happened at."""
    counts: dict[int, int] = {}
    for event in events:
        if event.where is not None and event.where_basis == "text" and event.aux is None:
            counts[event.where] = counts.get(event.where, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], -k))


def _holds(wide: Entry | None, exact: Entry) -> bool:
    if wide is None or wide.level not in ("country", "region", "border", "admin1") or \
            wide.lat is None or exact.lat is None:
        return False
    if wide.level in ("country", "admin1"):
        return wide.country == exact.country and (
            wide.level == "country" or exact.admin1 == wide.id or
            km(wide.lat, wide.lon, exact.lat, exact.lon) <= 250)
    return km(wide.lat, wide.lon, exact.lat, exact.lon) <= 150


TARGET_PREPS = frozenset({"on", "against"})
WIDE_TARGETS = frozenset({"country", "region", "admin1"})


@dataclass(frozen=True, slots=True)
class PlaceSlot:
    """A country or region named, and where it hangs: its dependency, the preposition it is
    the object of ("" if none) and the index of the word that phrase or the place hangs on."""

    place: PlaceMention
    dep: str
    via: str
    anchor: int
    anchor_is_verb: bool


def wide_places(doc: Doc, places: list[PlaceMention]) -> list[PlaceSlot]:
    """Countries and regions named, with where they hang: what an attack may target as a
    state (a base or a town is struck where it stands, not as a state)."""
    slots = []
    for p in places:
        if p.entry is None or p.entry.level not in WIDE_TARGETS:
            continue
        token = place_head(p, doc)
        if token.dep_ == "pobj":
            prep = token.head
            slots.append(PlaceSlot(p, "pobj", prep.lower_, prep.head.i,
                                   prep.head.pos_ == "VERB"))
        else:
            slots.append(PlaceSlot(p, token.dep_, "", token.head.i, token.head.pos_ == "VERB"))
    return slots


def place_targeted(event: Candidate, wide: list[PlaceSlot],
                   wars: frozenset[str] = frozenset()) -> PlaceMention | None:
    """A country or region named as the attack's target ("war on Gaza", "strikes against
    Syria", "the bombardment of Gaza"), not as where it happened: its state is the recipient.
    A war is waged on the land it is waged in ("Israel's war in Gaza"). The readings of nouns
    ("of", "in", a clause) need a doer named: "since the start of the Gaza war" is a time,
    hardly a telling of the war."""
    if not wide:
        return None
    told = [event.head, *event.words] + ([event.inner.head] if event.inner else [])
    nouns = [h for h in told if h.pos_ == "NOUN"] if event.actor else []
    heads = {h.i for h in told}
    # "the war which Israel has waged on Gaza": the light verb's clause on the noun
    heads |= {c.i for h in nouns for c in h.children if c.dep_ in {"acl", "relcl"}}
    noun_ids = {h.i for h in nouns}
    waged = {h.i for h in nouns if h.lemma_.lower() in wars}
    for slot in wide:
        if slot.dep == "pobj" and slot.via in TARGET_PREPS and slot.anchor in heads:
            return slot.place
        if slot.dep == "dobj" and slot.anchor in heads and slot.anchor_is_verb:
            return slot.place
        if slot.dep == "pobj" and slot.via == "of" and slot.anchor in noun_ids:
            return slot.place  # "the invasion of Gaza": the patient of a deed noun
        if slot.dep == "pobj" and slot.via == "in" and slot.anchor in waged:
            return slot.place
        if slot.dep == "compound" and slot.anchor in waged:
            return slot.place
    return None


def place_head(place: PlaceMention, doc: Doc):  # noqa: ANN201
    return doc[place.start:place.end].root


def armed_group_abroad(event: Candidate, places: list[PlaceMention], actors: dict) -> bool:
    """"the October 7 attacks by Hamas in southern Israel": a realized attack by armed groups
    only, told as happening in another state, strikes that state. (A state's strikes "on
    targets in Iraq" are aimed at whoever held them, which the text names elsewhere.)"""
    if event.aux is not None or not event.actor or event.alleged_in is not None:
        return False  # (a deed pinned on a group by someone else is not told as its raid)
    infos = [actors.get(a) for a in event.actor]
    if any(i is None or i.kind == "state" or i.entry == i.country for i in infos):
        return False
    country = places[event.where].entry.country if places[event.where].entry else None
    return bool(country) and all(i.country != country for i in infos)


def states_struck(doc: Doc, events: list[Candidate], wars: frozenset[str] = frozenset()
                  ) -> None:
    """"The US strikes did not target any locations inside Iran": an attack told only by the
    places it hit (or spared) inside a state, with no one named as its target, is aimed at
    that state. Only for attacks that did not happen: a realized strike on "targets in Iraq"
    is aimed at whoever held them, which the text usually names elsewhere."""
    places: list[PlaceMention] = doc._.places or []
    actors = doc._.actors
    wide = wide_places(doc, places)
    for event in events:
        if event.type != "ASSAULT" or event.recipient or actors is None:
            continue
        target = place_targeted(event, wide, wars)
        if target is not None:
            # "Israel continues its war on besieged Gaza": the place is the target itself
            place, entry = target, target.entry
        elif event.where is None or event.where_basis != "text" or not (
                event.aux == "negated" or armed_group_abroad(event, places, actors)):
            continue
        else:
            place = places[event.where]
            entry = place.entry
            if entry is None or (entry.level != "country" and event.aux == "negated"):
                continue
        if entry is None or not entry.country:
            continue
        state_at(doc, place, entry)  # ("Iranian territory", "in southern Israel")
        event.recipient = [entry.country]
        event.recipient_spans = [(place.start, place.end)]


def state_at(doc: Doc, place: PlaceMention, entry: Entry) -> str:
    """The state a place stands for as a party to an event: an actor of the document, with
    the place as its mention (every actor has its mentions)."""
    actors = doc._.actors
    if entry.country not in actors:
        actors[entry.country] = ActorInfo(entry.country, state_name(entry.country),
                                          entry.country, "GOV", "state", entry.country)
    mentions = doc._.actor_mentions
    if mentions is not None and not any(m.start == place.start and m.end == place.end
                                        for m in mentions):
        mention_at(doc, place, entry.country)
    return entry.country


def state_name(country: str) -> str:
    return load_place_lexicon().state_names.get(country, country)


def mention_at(doc: Doc, place: PlaceMention, actor_id: str) -> None:
    """The place as a mention of the actor it stands for, in the document's mention order."""
    mentions = doc._.actor_mentions
    mentions.append(ActorMention(place.start, place.end, actor_id, "metonym",
                                 doc[place.start:place.end].root.i))
    mentions.sort(key=lambda m: (m.start, m.end))


GIVING = frozenset({"AID", "COOPERATE"})


def states_aided(doc: Doc, events: list[Candidate]) -> None:
    """"Germany gave 352 million euros to promote development in Ethiopia", "the WHO is
    providing assistance to people hit by flooding in Malawi": aid told with no receiver but
    the place it goes to, after it in its sentence, goes to that place's state (not the
    giver's own)."""
    places: list[PlaceMention] = doc._.places or []
    actors = doc._.actors
    if not places or actors is None:
        return
    for event in events:
        if event.type not in GIVING or event.recipient or not event.actor:
            continue
        own = {getattr(actors.get(a), "country", None) for a in event.actor}
        sentence = event.head.sent
        for place in places:
            entry = place.entry
            if place.start <= event.head.i or place.start >= sentence.end or entry is None \
                    or not entry.country or entry.country in own or place.origin:
                continue
            event.recipient = [state_at(doc, place, entry)]
            event.recipient_spans = [(place.start, place.end)]
            break


def crowds_placed(doc: Doc, events: list[Candidate]) -> None:
    """"A crowd gathered around the wreckage, chanting against America": a protest by no one
    named is made by people of the land it is placed in (PLOVER codes protesters by where
    they protest)."""
    places: list[PlaceMention] = doc._.places or []
    actors = doc._.actors
    if actors is None:
        return
    for event in events:
        if event.type != "PROTEST" or event.actor or event.where is None or \
                event.where_basis != "text":
            continue
        place = places[event.where]
        entry = place.entry
        protested = {getattr(actors.get(r), "country", None) for r in event.recipient}
        if entry is None or not entry.country or entry.country in protested:
            continue  # ("chanting against America": whom they protest, not where)
        actor_id = f"{entry.country}-CVL"
        if actor_id not in actors:
            actors[actor_id] = ActorInfo(actor_id, f"{state_name(entry.country)} civilians",
                                         entry.country, "CVL", "population", entry.country,
                                         entry.country)
        mentions = doc._.actor_mentions
        if mentions is not None and not any(m.start == place.start and m.actor_id == actor_id
                                            for m in mentions):
            mention_at(doc, place, actor_id)
        event.actor, event.actor_spans = [actor_id], [(place.start, place.end)]
