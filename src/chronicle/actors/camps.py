"""Unnamed groups of a state's camp: "Iran-backed militias", "a group backed by Iran",
"armed pro-Iran groups", "Iranian proxy groups".

Each becomes an actor of its own with no country (the text does not say where its fighters
come from), affiliated with the state; the state's own mention, where it is one, stays as it
is. Before an attack noun ("an Iran-backed drone strike") the participle alone stands for the
group.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from chronicle.actors.lexicon import ActorLexicon
from chronicle.actors.model import ActorMention, ActorTable
from chronicle.actors.names import NameHit
from chronicle.actors.nominals import lookup_force
from chronicle.actors.resolve import after_stance_prefix

LEADING = {"lead", "led"}


def backed_groups(doc: Doc, mentions: list[ActorMention], table: ActorTable,
                  lexicon: ActorLexicon) -> list[ActorMention]:
    """"Iran-backed militias", "US-led coalition": an unnamed group of the backer's camp.

    The group becomes an actor of its own (no country: the text does not say where its
    fighters come from), affiliated with the backer, whose own mention stays as it is.
    """
    taken = {i for m in mentions for i in range(m.start, m.end)}
    # "the Iran-backed militia Kataib Hezbollah": a title right before a group's name is that
    # group, no camp of its own
    named = {m.start for m in mentions if table.actors[m.actor_id].kind != "state"}
    found: list[ActorMention] = []
    for mention in mentions:
        backer = table.actors[mention.actor_id]
        backer_head = doc[mention.head]
        if backer.kind != "state":
            continue
        if backer_head.dep_ == "pobj" and backer_head.head.dep_ == "agent":
            # "a militant group backed by Iran": the same camp, told after the group
            participle = backer_head.head.head
            group = participle.head if participle.dep_ == "acl" and \
                participle.lemma_.lower() in lexicon.backing_words else None
            if group is not None and group.pos_ == "NOUN" and group.i not in taken and \
                    names_a_group(group, lexicon):
                start = min([group.i, *(t.i for t in group.lefts if t.dep_ != "det")])
                name = camp_name(backer.name, participle, group)
                actor_id = table.inferred(name, kind="armed_group", country=None, sector="REB",
                                          affiliation=backer.id)
                found.append(ActorMention(start, group.i + 1, actor_id, "nominal", group.i))
                taken.update(range(start, group.i + 1))
            continue
        participle = backer_head.head
        if backer_head.dep_ not in {"npadvmod", "compound"} or \
                participle.lemma_.lower() not in lexicon.backing_words:
            continue
        group = participle.head if participle.dep_ == "amod" else None
        if group is None or group.i in taken or group.pos_ != "NOUN" or group.i + 1 in named:
            continue
        start = participle.i  # "backed militias": the backer keeps its own mention
        if not names_a_group(group, lexicon):
            if participle.lemma_.lower() in LEADING:
                continue  # "the US-led invasion": the leader acts, through its own mention
            # "an Iran-backed drone strike": the participle stands for the backer's proxies
            name = camp_name(backer.name, participle, None)
            actor_id = table.inferred(name, kind="armed_group", country=None, sector="REB",
                                      affiliation=backer.id)
            found.append(ActorMention(start, start + 1, actor_id, "nominal", start))
            taken.add(start)
            continue
        name = camp_name(backer.name, participle, group)
        actor_id = table.inferred(name, kind="armed_group", country=None, sector="REB",
                                  affiliation=backer.id)
        found.append(ActorMention(start, group.i + 1, actor_id, "nominal", group.i))
        taken.update(range(start, group.i + 1))
    return found


def stance_groups(doc: Doc, hits: list[NameHit], mentions: list[ActorMention],
                  table: ActorTable, lexicon: ActorLexicon) -> list[ActorMention]:
    """"armed pro-Iran groups": an unnamed group of a state's camp, like "Iran-backed
    militias" (the state itself is no actor here: a stance is not an act)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[ActorMention] = []
    for hit in hits:
        span = hit.span
        entry = lexicon.entry(hit.target.entry_id)
        if entry is None or entry.kind != "state" or not after_stance_prefix(span) or \
                doc[span.start - 2].lower_ != "pro":
            continue
        group = span.root
        while group.dep_ in {"amod", "compound", "npadvmod"} and group.head.i != group.i:
            group = group.head
        if group.pos_ != "NOUN" or group.i < span.end or not names_a_group(group, lexicon) or \
                any(i in taken for i in range(span.start - 2, group.i + 1)) or \
                describes_named(group, taken):
            continue
        backer = table.from_entry(entry, None)
        name = camp_name(table.actors[backer].name, None, group)
        actor_id = table.inferred(name, kind="armed_group", country=None, sector="REB",
                                  affiliation=backer)
        found.append(ActorMention(span.start - 2, group.i + 1, actor_id, "nominal", group.i))
        taken.update(range(span.start - 2, group.i + 1))
    return found


def proxy_groups(doc: Doc, hits: list[NameHit], mentions: list[ActorMention],
                 table: ActorTable, lexicon: ActorLexicon) -> list[ActorMention]:
    """"Iranian proxy groups", "an Iranian proxy group": the state's proxies, a group of its
    camp like "Iran-backed militias"."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    state_at = {}
    for hit in hits:
        entry = lexicon.entry(hit.target.entry_id)
        if entry is not None and entry.kind == "state":
            for i in range(hit.span.start, hit.span.end):
                state_at[i] = entry
    found: list[ActorMention] = []
    for token in doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.proxy_nouns:
            continue
        group = token.head if token.dep_ == "compound" and names_a_group(token.head, lexicon) \
            else token
        backers = [state_at[c.i] for c in (*group.children, *token.children)
                   if c.i in state_at and c.dep_ in {"amod", "compound", "poss", "nmod"}]
        if not backers or any(i in taken for i in range(token.i, group.i + 1)) or \
                describes_named(group, taken):
            continue
        backer = table.from_entry(backers[0], None)
        name = camp_name(table.actors[backer].name, None, group)
        actor_id = table.inferred(name, kind="armed_group", country=None, sector="REB",
                                  affiliation=backer)
        found.append(ActorMention(token.i, group.i + 1, actor_id, "nominal", group.i))
        taken.update(range(token.i, group.i + 1))
    return found


def camp_name(backer: str, participle: Token | None, group: Token | None) -> str:
    """One name for the unnamed armed groups of a state's camp, however the text words them
    ("Iran-backed militants", "Iranian-supported groups", "pro-Iran factions", "Iranian proxy
    groups"): "Iran-backed militias", the annotation guide's canonical name, so that the
    ledger holds one actor for them across reports. A coalition a state leads keeps its own
    noun ("US-led coalition")."""
    if participle is not None and participle.lemma_.lower() in LEADING and group is not None:
        return f"{backer}-led {group.text.lower()}"
    return f"{backer}-backed militias"


def describes_named(group: Token, taken: set[int]) -> bool:
    """"Ketaib Hezbollah, a pro-Iranian militia": a description of the named group, not a
    group of its own (descriptions.py reads it)."""
    return group.dep_ == "appos" and group.head.i in taken


def names_a_group(noun: Token, lexicon: ActorLexicon) -> bool:
    """"militias", "groups", "militia members": a noun for a body of people."""
    return any(lookup_force(t, lexicon) is not None or t.lemma_ in lexicon.anaphor_heads
               for t in (noun, *(c for c in noun.lefts if c.dep_ == "compound")))


