"""One real event told twice is one event with two pieces of evidence.

- In one clause: "three of its troops were killed in a drone strike" (kill + strike), "were
  assassinated ... in a US drone strike": the noun joins the verb's event, lending its mode and,
  where the verb has none, its actor.
- Across sentences: the same type, the same actors, compatible recipients and the same aux
  ("Washington assassinated ... four years ago" and the next sentence's full account); a bare
  "the attack" / "that attack" pointing back to the last attack told; or, within a few
  sentences, one telling with only the actor and one with only the recipient.
"""

from __future__ import annotations

from spacy.tokens import Token

from chronicle.events.clauses import JOINING_PREPS, nearest_verb
from chronicle.events.dating import narrower, same_time
from chronicle.events.model import Candidate
from chronicle.events.references import told_with
from chronicle.places.borders import km


def merge_events(events: list[Candidate], countries: dict[str, str | None],
                 campaigns: frozenset[str] = frozenset()) -> list[Candidate]:
    join_within_clause(events)
    return merge_tellings([e for e in events if not e.absorbed], countries, campaigns)


def merge_tellings(live: list[Candidate], countries: dict[str, str | None],
                   campaigns: frozenset[str] = frozenset()) -> list[Candidate]:
    """Events told again in later sentences fold into their first telling."""
    kept: list[Candidate] = []
    words: dict[int, set[str]] = {}  # kept event -> the words of all its tellings
    habits = {id(e): habitual(e) for e in live}  # (asked of every pair: found once)
    for event in sorted(live, key=lambda e: e.head.i):
        twin = None
        if bare_reference(event):
            # "the strike" points back to the last strike told, else the last of its type
            twin = next((k for k in reversed(kept) if k.type == event.type and
                         k.aux == event.aux and event.head.lemma_.lower() in words[id(k)]),
                        None)
        elif event.refers:
            twin = next((k for k in reversed(kept) if k.type == event.type and
                         k.aux == event.aux and event.refers in words[id(k)] and
                         not contradicts(k, event, countries)), None)
        twin = twin or next((k for k in reversed(kept)
                             if same_event(k, event, countries, campaigns, habits)), None)
        if twin is None:
            kept.append(event)
            words[id(event)] = lemmas_of(event)
        else:
            absorb(twin, event)
            words[id(twin)] |= lemmas_of(event)
    return kept


def join_within_clause(events: list[Candidate]) -> None:
    by_head = {e.head.i: e for e in events}
    for event in events:
        head = event.head
        if event.absorbed:
            continue
        if head.pos_ == "VERB" and (head.dep_ in {"acl", "relcl"} or (
                head.dep_ == "advcl" and not has_subject(head))):
            # "airstrikes killed at least 12 people", "a drone strike that killed three",
            # "ordered a strike near the airport, which killed ...", "a drone hit a car,
            # killing three"
            host = clause_host(head, by_head)
            if host is not None and host.absorbed:
                host = host.host  # "ordered a strike": the order carries it
            if host is not None and host.type == event.type and not host.absorbed \
                    and host is not event and not answers(host, event):
                # ("a US retaliation for the militia killing three servicemen": two deeds)
                if host.head.i != head.head.i and not has_subject(head, relative=False):
                    # "US strikes against pro-Iran groups killed 16", "an attack on a base
                    # that killed three": the parser hung the clause on the target; the
                    # attack is what killed, and its actor the killer
                    event.actor, event.actor_spans = list(host.actor), list(host.actor_spans)
                absorb(event, host, lend_mode=True)
            continue
        deed = deed_pronoun_before(event, by_head)
        if deed is not None:
            # "condemned the strikes, saying they killed civilians": the strikes killed (the
            # actor the pronoun was taken for is no doer of theirs)
            event.actor, event.actor_spans = [], []
            absorb(deed, event, lend_mode=deed.mode is None)
            continue
        if head.pos_ == "NOUN" and head.dep_ in {"nsubj", "nsubjpass"}:
            verb = head.head  # "A US drone strike killed the commander"
        elif head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ in JOINING_PREPS:
            verb = nearest_verb(head.head)  # "were killed in a drone strike"
        else:
            continue
        host = by_head.get(verb.i) if verb is not None else None
        if host is not None and host is not event and host.type == event.type and \
                not host.absorbed:
            if bare_reference(event):
                # "The strikes targeted facilities ...": the strikes told before
                host.refers = event.head.lemma_.lower()
            absorb(host, event, lend_mode=True)


PRONOUN_DEPS = frozenset({"nsubj", "dobj", "pobj", "conj", "appos", "nsubjpass"})


def deed_pronoun_before(event: Candidate, by_head: dict[int, Candidate]) -> Candidate | None:
    """A deed verb whose subject is "they"/"it" standing for a deed noun told just before in
    its sentence (the nearest noun there): that deed, of the same type, whatever actor the
    pronoun was taken for ("Iraq condemned the strike, saying it killed two civilians")."""
    head = event.head
    if head.pos_ != "VERB":
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj" and
                    c.lower_ in {"they", "it"}), None)
    if subject is None:
        return None
    sentence = subject.sent
    for token in reversed(sentence[:subject.i - sentence.start]):
        if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in PRONOUN_DEPS:
            deed = by_head.get(token.i)
            if deed is None or deed.type != event.type or deed.absorbed or deed is event or \
                    (token.tag_ in {"NNS", "NNPS"}) != (subject.lower_ == "they"):
                return None
            return deed
    return None


def lemmas_of(event: Candidate) -> set[str]:
    """The lemmas of the words an event was told with (references.told_with), down the
    frames it wraps ("has begun carrying out retaliatory strikes": "strike")."""
    found: set[str] = set()
    node: Candidate | None = event
    for _ in range(4):
        if node is None:
            break
        found |= {t.lemma_.lower() for t in told_with(node)}
        node = node.inner
    return found


def contradicts(first: Candidate, second: Candidate, countries: dict[str, str | None]) -> bool:
    sides = ((first.actor, second.actor), (first.recipient, second.recipient))
    return any(a and b and not same_side(a, b, countries) for a, b in sides)


def clause_host(verb: Token, by_head: dict[int, Candidate]) -> Candidate | None:
    """The event a modifying clause belongs to: its head, or the noun whose prepositional
    phrase the parser hung it on ("a strike near the airport, which killed")."""
    node = verb.head
    for _ in range(3):
        if node.i in by_head:
            return by_head[node.i]
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        if node.head.lower_ in {"including", "among"}:
            return None  # "attacks on US forces, including one that killed three": one of many
        node = node.head.head
    return None


def has_subject(verb: Token, *, relative: bool = True) -> bool:
    """Whether the verb has a subject of its own (`relative`: counting "that", "which")."""
    return any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} and
               (relative or c.lower_ not in {"that", "which", "who"}) for c in verb.children)


def same_event(first: Candidate, second: Candidate, countries: dict[str, str | None],
               campaigns: frozenset[str] = frozenset(),
               habits: dict[int, bool] | None = None) -> bool:
    """Two tellings of one event: same type, aux and year; no side contradicts the other (an
    empty side agrees with anything); at least one side is shared."""
    if first.type != second.type or first.aux != second.aux or first.year != second.year:
        return False
    if not same_time(first.when, second.when):
        return False  # two US strikes a week apart are two strikes
    if far_apart(first, second):
        return False  # a strike in Baghdad and one in Deir ez-Zor are two strikes
    habits = habits or {}
    first_habit = habits[id(first)] if id(first) in habits else habitual(first)
    second_habit = habits[id(second)] if id(second) in habits else habitual(second)
    if first_habit != second_habit:
        return False  # "has regularly claimed strikes" is not the one strike of last Sunday
    if answers(first, second) or answers(second, first):
        return False  # "a response to the killing of three soldiers": two deeds
    if bare_reference(second):
        # "the attack" points back to an attack; "the war" is no telling of a strike; "the
        # explosions" are no deed someone was only accused of ("accused X of looting")
        return is_campaign(first, campaigns) == is_campaign(second, campaigns) and \
            first.alleged_in is None
    sides = ((first.actor, second.actor), (first.recipient, second.recipient))
    if any(a and b and not same_side(a, b, countries) for a, b in sides):
        return False
    # modes may differ between tellings ("assassinated" targeted, "drone strike" drone), and
    # one telling may leave a side out ("three soldiers were killed and two dozen injured")
    shared_actor = bool(set(first.actor) & set(second.actor))
    shared_recipient = bool(first.recipient and second.recipient)
    if shared_actor or (shared_recipient and not (first.actor and second.actor)):
        return True
    return complementary(first, second, countries) and \
        is_campaign(first, campaigns) == is_campaign(second, campaigns)


# Adverbs that make a telling a habit, not one deed: "has regularly claimed strikes".
HABITUAL = frozenset({"regularly", "repeatedly", "frequently", "often", "routinely",
                      "continually", "constantly", "periodically"})


SERIES_NOUNS = frozenset({"series", "wave", "string", "spate", "campaign", "flurry", "barrage",
                          "dozen", "dozens", "hundreds", "scores", "number",
                          # "months of strikes by the groups": deeds over a stretch of time
                          "day", "week", "month", "year"})


def answers(first: Candidate, second: Candidate) -> bool:
    """`first` is told as done in answer to `second`: `second` sits in its "to"/"for" phrase
    (an accusation's "for" names what it blames, the deed alleged: no answer)."""
    if first.type == "ACCUSE":
        return False
    for prep in first.head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"to", "for"} and \
                prep.left_edge.i <= second.head.i <= prep.right_edge.i:
            return True
    return False


def habitual(event: Candidate) -> bool:
    """A deed told as a habit: an adverb of frequency on its trigger or on the verb above it,
    or a count of many ("more than 160 attacks", "dozens of attacks")."""
    head = event.head
    nodes = [head, head.head] if head.pos_ != "VERB" else [head]
    if any(c.lower_ in HABITUAL for node in nodes for c in node.children):
        return True
    if event.inner is not None and event.inner.head.pos_ == "NOUN":
        head = event.inner.head  # "have launched at least 168 attacks": the light verb's noun
    if head.tag_ in ("NNS", "NNPS") and head.dep_ == "pobj" and \
            head.head.head.lemma_.lower() in SERIES_NOUNS:
        return True  # "a series of attacks", "a wave of strikes"
    if head.tag_ in ("NNS", "NNPS"):
        for c in head.children:
            if c.dep_ == "nummod" and c.like_num:
                try:
                    if float(c.text.replace(",", "")) >= 10:
                        return True
                except ValueError:
                    if c.lower_ in ("dozens", "hundreds", "scores"):
                        return True
    return False


FAR_KM = 100  # tellings placed further apart than this are of different deeds


def far_apart(first: Candidate, second: Candidate) -> bool:
    """Both tellings placed by the text, at exact places (not a country or a region that
    could hold the other) more than FAR_KM apart."""
    if first.where_basis != "text" or second.where_basis != "text":
        return False
    places = first.head.doc._.places or []
    a, b = places[first.where].entry, places[second.where].entry
    if a is None or b is None or None in (a.lat, b.lat):
        return False
    if {a.level, b.level} & {"country", "region", "admin1", "border"}:
        return False
    return km(a.lat, a.lon, b.lat, b.lon) > FAR_KM


def is_campaign(event: Candidate, campaigns: frozenset[str]) -> bool:
    """"the war", "launched its offensive": a sustained operation, not a single deed."""
    heads = [event.head] + ([event.inner.head] if event.inner is not None else [])
    return any(h.pos_ == "NOUN" and h.lemma_.lower() in campaigns for h in heads)


COMPLEMENT_WINDOW = 3  # sentences: about a paragraph


def complementary(first: Candidate, second: Candidate, countries: dict[str, str | None]
                  ) -> bool:
    """One telling names only who acted, a nearby one only who suffered ("a drone strike by an
    Iran-backed group ..." and "three US soldiers were killed"): one event, unless that would
    make a country act on itself or the tellings count the dead differently."""

    def only_actor(e: Candidate) -> bool:
        return bool(e.actor) and not e.recipient

    def only_recipient(e: Candidate) -> bool:
        # "its brutal attack on Israel", "its" no known actor: someone's deed, not a doer-less one
        return bool(e.recipient) and not e.actor and \
            not any(c.dep_ == "poss" for c in e.head.children)

    if not (only_actor(first) and only_recipient(second) or
            only_recipient(first) and only_actor(second)):
        return False
    actor = first.actor or second.actor
    recipient = first.recipient or second.recipient
    actor_countries = {countries.get(a) for a in actor} - {None}
    if actor_countries & {countries.get(r) for r in recipient}:
        return False
    if None not in (first.dead, second.dead) and first.dead != second.dead:
        return False
    if other_weapons(first.mode, second.mode):
        return False  # "under Israeli bombardment" is not the drone attack told nearby
    return sentence_distance(first, second) <= COMPLEMENT_WINDOW


# ASSAULT modes that name the weapon; a drone strike is often called an air strike
WEAPONS = {"aerial": "air", "drone": "air", "heavy-weapons": "artillery",
           "explosives": "explosives", "suicide-attack": "explosives", "firearms": "firearms",
           "primitive": "primitive", "unconventional": "unconventional"}


def other_weapons(first: str | None, second: str | None) -> bool:
    """Two tellings whose weapons differ (shelling and a drone): two deeds. "targeted" (an
    assassination) says who was hit, not how, and agrees with any weapon."""
    return first in WEAPONS and second in WEAPONS and WEAPONS[first] != WEAPONS[second]


def sentence_distance(first: Candidate, second: Candidate) -> int:
    doc = first.head.doc
    starts = sorted([first.head.sent.start, second.head.sent.start])
    return sum(1 for s in doc.sents if starts[0] < s.start <= starts[1])


def same_side(first: list[str], second: list[str], countries: dict[str, str | None]) -> bool:
    """The same actors, or actors of the same countries ("top Iraqi and Iranian commanders"
    and "Soleimani and al-Muhandis")."""
    if set(first) & set(second):
        return True
    first_countries = {countries.get(a) for a in first} - {None}
    return bool(first_countries & ({countries.get(a) for a in second} - {None}))


def bare_reference(event: Candidate) -> bool:
    """"the attack", "that attack": a noun with no actor, recipient or modifier of its own."""
    head = event.head
    return head.pos_ == "NOUN" and not event.actor and not event.recipient and any(
        c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in head.children)


def absorb(host: Candidate, other: Candidate, *, lend_mode: bool = False) -> None:
    other.absorbed, other.host = True, host
    host.evidence += [s for s in other.evidence if s not in host.evidence]
    if (lend_mode or host.mode is None) and other.mode:
        host.mode = other.mode
    if not host.actor and other.actor:
        host.actor, host.actor_spans = list(other.actor), list(other.actor_spans)
    for actor_id in other.recipient:
        if actor_id not in host.recipient and actor_id not in host.actor:
            host.recipient.append(actor_id)
    host.recipient_spans += other.recipient_spans
    host.when = narrower(host.when, other.when)
    if other.where is not None and other.where_rank < host.where_rank:
        host.where, host.where_basis = other.where, other.where_basis  # the exacter telling
        host.where_rank = other.where_rank
    for field in ("dead", "injured", "arrested", "year"):
        if getattr(host, field) is None and getattr(other, field) is not None:
            setattr(host, field, getattr(other, field))
    if host.asserted_by == "outlet" and other.asserted_by != "outlet":
        host.asserted_by = other.asserted_by
    host.confidence = max(host.confidence, other.confidence)


FALLBACK = ("on_or_before", "on_or_after")


def lend_dates(events: list[Candidate], kept: list[Candidate],
               countries: dict[str, str | None]) -> None:
    """"... after a deadly attack in Jordan that killed three US troops. The strikes are a
    response to the weekend attacks": a later definite mention of a deed that is no event of
    its own in the record (folded into another, or naming no one) dates the last telling of
    that deed when the text gave it no date of its own."""
    recorded = {id(k) for k in kept}
    for mention in events:
        if id(mention) in recorded or mention.when is None or mention.when.time is None or \
                (mention.host is not None and mention.host.type == mention.type) or \
                not definite(mention.head):
            continue
        told = [k for k in kept if k.head.i < mention.head.i and k.type == mention.type and
                k.aux == mention.aux and k.when is not None and k.when.precision in FALLBACK]
        if told and not contradicts(told[-1], mention, countries):
            told[-1].when = mention.when


def definite(head: Token) -> bool:
    """"the attack", "last weekend's attack", "Sunday's attack": a deed the reader knows."""
    return head.pos_ == "NOUN" and any(
        (c.dep_ == "det" and c.lower_ in {"the", "that", "this", "these", "those"}) or
        c.dep_ == "poss" for c in head.children)
