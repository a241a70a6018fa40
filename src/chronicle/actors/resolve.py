"""Turn matches and named entities into actor mentions (before pronouns are resolved)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from chronicle.actors.context import read_context, role_of
from chronicle.actors.lexicon import ActorLexicon
from chronicle.actors.model import ActorInfo, ActorMention, ActorTable
from chronicle.actors.names import (
    NameHit,
    acts_as_actor,
    inside_non_actor_entity,
    is_locative,
    modifies_place,
)
from chronicle.actors.nominals import force_head_of, is_people_noun
from chronicle.actors.translit import name_key
from chronicle.quotes.lexicon import cue_nouns

ACTOR_ENTITY_LABELS = {"PERSON": "person", "ORG": "organization"}
STANCE_PREFIXES = {"anti", "pro"}
LEADING_NOISE = {"the", "a", "an", "then", "former", "late", "slain", "top", "senior", "-"}


BODIES = frozenset({"LEG", "GOV", "JUD"})


def mentions_from_names(doc: Doc, hits: list[NameHit], table: ActorTable,
                        lexicon: ActorLexicon) -> list[ActorMention]:
    """Dictionary matches as mentions: names, metonyms, descriptors and national nominals."""
    mentions: list[ActorMention] = []
    hit_tokens = {i for hit in hits for i in range(hit.span.start, hit.span.end)}
    entities = list(doc.ents)  # built once: doc.ents makes new spans on every access
    for hit in hits:
        span, target = hit.span, hit.target
        entry = lexicon.entry(target.entry_id)
        if entry is None or inside_non_actor_entity(span) or \
                inside_other_spelling(span, target.entry_id, lexicon, entities):
            continue
        root = span.root
        is_state = entry.kind == "state"
        if is_state and target.form != "descriptor":
            # a place: the places stage's business; a state's assembly or ministry is no place
            # ("pressed by some in the US Congress"; "at the Pentagon" may well be one)
            if target.sector not in BODIES and is_locative(root, lexicon) or \
                    modifies_place(root, lexicon):
                continue
            if target.form == "metonym" and not (acts_as_actor(root) or
                                                 speaks_for_it(root, lexicon)):
                continue
            if target.sector is None and modifies_named_actor(root, hit_tokens):
                continue  # "Iraqi resistance group Harakat Hezbollah Nujaba", "Iran's IRGC"
            if after_stance_prefix(span):
                continue  # "anti-US sentiment", "pro-Iran militias": a stance, not an actor
        nominal = force_head_of(root, lexicon)
        if nominal is not None:
            head, force = nominal
            if is_state and force.sector == "REB":
                # "Iraqi armed factions": fighters of a nationality, not the state; named as
                # such when plural and generic ("Iraqi militias may revoke ..."), left to the
                # description stage when definite ("the Iraqi militia" is the group told of)
                proxies = any(c.lemma_.lower() in lexicon.proxy_nouns for c in head.lefts)
                if head.tag_ == "NNS" and not proxies and \
                        not any(c.dep_ == "det" for c in head.children):
                    actor_id = table.inferred(
                        f"{span.text} militias",  # one name: "Iraqi factions", "Iraqi militias"
                        kind="armed_group", country=entry.country, sector="REB",
                        affiliation=None)
                    mentions.append(ActorMention(span.start, head.i + 1, actor_id, "nominal",
                                                 head.i))
                continue
            actor_id = table.from_entry(entry, target.sector)
            if is_state:
                actor_id = table.sector_of(actor_id, force.sector)
            end = head.i + 1 if root.dep_ != "conj" else span.end
            mentions.append(ActorMention(span.start, end, actor_id, "nominal", head.i))
            continue
        sector = target.sector
        if target.form == "demonym" and is_state and is_people_noun(root):
            sector = "CVL"  # "Palestinians", "an American": people of the state
        actor_id = table.from_entry(entry, sector)
        mentions.append(ActorMention(span.start, span.end, actor_id, target.form, root.i))
    return mentions


def after_stance_prefix(span: Span) -> bool:
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].text == "-" and \
        doc[span.start - 2].lower_ in STANCE_PREFIXES


def modifies_named_actor(token, hit_tokens: set[int]) -> bool:  # noqa: ANN001
    """A modifier of a named actor's phrase ("Iraq's pro-Iran Al-Nujaba movement"); a name
    hyphenated to another ("the Israel-Hamas war", "US-Iran talks") is a party of its own."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].text in {"-", "–"}:
        return False
    head = token
    while head.dep_ in {"amod", "compound", "nmod", "poss"} and head.head.i != head.i:
        previous, head = head, head.head
        if head.i in hit_tokens:
            return True
        named = [t for c in head.lefts if c.dep_ == "compound" and c.i != previous.i
                 for t in c.subtree]
        if any(t.i in hit_tokens for t in named):
            return True
    return False


def mentions_from_entities(doc: Doc, known: list[ActorMention], table: ActorTable,
                           lexicon: ActorLexicon, hits: list[NameHit]) -> list[ActorMention]:
    """People and organisations the dictionary lacks, with context read from the parse.

    An entity wholly inside a dictionary phrase that was dropped on purpose ("Iraqi" as a place
    modifier) stays dropped; one that only contains such a phrase ("Iraqi News Agency") is kept,
    and the phrase lends it its country.
    """
    taken = {i for m in known for i in range(m.start, m.end)}
    matched = {i for hit in hits for i in range(hit.span.start, hit.span.end)}
    owner_at = {i: m.actor_id for m in known for i in range(m.start, m.end)}
    for hit in hits:
        entry = lexicon.entry(hit.target.entry_id)
        if after_stance_prefix(hit.span):
            continue  # "pro-Iran media" says nothing of the country of what follows
        for i in range(hit.span.start, hit.span.end):
            if entry is not None and i not in owner_at:
                owner_at[i] = table.from_entry(entry, hit.target.sector)
    found: list[ActorMention] = []
    for ent in doc.ents:
        kind = ACTOR_ENTITY_LABELS.get(ent.label_)
        tokens = range(ent.start, ent.end)
        if kind is None or any(i in taken for i in tokens):
            continue
        name_span = trim_name(ent, lexicon)
        if name_span is None or not plausible_name(name_span, lexicon) or \
                all(t.i in matched or t.is_punct for t in name_span):
            continue
        actor_id = known_spelling(name_span, table, lexicon)
        if actor_id is None and (kind == "person" or len(name_span) == 1):
            actor_id = same_person(name_span, table, lexicon)  # the NER may call "Saedi" an ORG
        if actor_id is None and len(name_span) == 1 and kind != "person":
            actor_id = same_body(name_span, table, lexicon)
        if actor_id is None:
            context = read_context(name_span, owner_at, table, lexicon)
            actor_id = table.inferred(
                clean_name(name_span), kind=kind, country=context.country,
                sector=context.sector, affiliation=context.affiliation)
        mention = ActorMention(name_span.start, name_span.end, actor_id, "name",
                               name_span.root.i)
        found.append(mention)
        for i in range(name_span.start, name_span.end):
            owner_at[i] = actor_id
    return found


def trim_name(ent: Span, lexicon: ActorLexicon) -> Span | None:
    """The name without titles, articles and a trailing possessive; None if nothing is left."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].lower_ in LEADING_NOISE or role_of(doc[start], lexicon)):
        start += 1
    while end > start and (doc[end - 1].lower_ in {"'s", "’s", "'", "’"} or doc[end - 1].is_punct):
        end -= 1
    span = doc[start:end]
    if not span or not any(t.is_title or t.is_upper for t in span):
        return None
    return span


# model designations of aircraft, drones and missiles ("B-1 bombers", "an MQ-9 Reaper")
DESIGNATION = re.compile(r"^[A-Z]{1,3}-?\d{1,3}[A-Z]?\b")


def plausible_name(span: Span, lexicon: ActorLexicon) -> bool:
    """Filter the small model's false people and organisations."""
    if names_place(span, lexicon) or is_locative(span.root, lexicon) or \
            modifies_place(span.root, lexicon):
        return False  # "Ben Gurion Airport", "in El Fasher", "the Akashat and al-Qaim areas"
    if span.text.lower() in lexicon.non_actors:
        return False  # "Telegram", "Weather"
    if DESIGNATION.match(span.text):
        return False  # "B-1", "MQ-9", "F-15E", "S-400": a weapon's designation
    if len(span) == 1 and span[0].is_upper and len(span[0]) > 5:
        return False  # "NEWSROOM": a page label
    if any(t.lower_ in STANCE_PREFIXES for t in span):
        return False  # "pro-Iran"
    return not in_headline(span)


def doc_text(doc: Doc) -> str:
    """The text, built once per document (Doc.text joins every token on each access; a
    Doc's text never changes)."""
    cached = doc.user_data.get("chronicle_text")
    if cached is None:
        cached = doc.user_data["chronicle_text"] = doc.text
    return cached


def in_headline(span: Span) -> bool:
    """Title Case lines (headlines, captions) make the NER call every word a name."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    words = [w for w in text[start:end if end >= 0 else None].split() if len(w) > 3 and
             w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) > 0.75


def names_place(span: Span, lexicon: ActorLexicon) -> bool:
    """NER often calls airports, roads and towns organisations ("Ben Gurion Airport")."""
    last = span[-1].lower_
    if last in lexicon.place_heads or last in lexicon.facility_heads:
        return True
    root = span.root
    return root.dep_ == "compound" and (root.head.lower_ in lexicon.place_heads
                                        or root.head.lower_ in lexicon.facility_heads)


def clean_name(span: Span) -> str:
    return span.text.replace("\n", " ").strip()


def inside_other_spelling(span: Span, entry_id: str, lexicon: ActorLexicon,
                          entities: list[Span]) -> bool:
    """"Hezbollah" inside "Ketaib Hezbollah": the whole name is another entry, spelt
    otherwise ("Kataib Hezbollah"), and the entity stage will take it whole."""
    for ent in entities:
        if ent.start <= span.start and span.end <= ent.end and len(ent) > len(span):
            key = name_key(ent.text)
            other = lexicon.name_keys.get(key) if len(key) >= 2 else None
            return other is not None and other != entry_id
    return False


def known_spelling(span: Span, table: ActorTable, lexicon: ActorLexicon) -> str | None:
    """A dictionary person or group under another spelling ("Abu Baqer al-Saedi")."""
    key = name_key(span.text)
    entry_id = lexicon.name_keys.get(key) if len(key) >= 2 else None
    return table.by_id(entry_id) if entry_id else None


def names_of(info: ActorInfo, lexicon: ActorLexicon) -> tuple[str, ...]:
    """An actor's name and its dictionary aliases."""
    entry = lexicon.entry(info.entry) if info.entry else None
    return (info.name, *(entry.aliases if entry else ()))


def same_body(span: Span, table: ActorTable, lexicon: ActorLexicon) -> str | None:
    """A group named before by a name holding this one word ("the Brigades" after "Kataib
    Hezbollah", whose English name is "Hezbollah Brigades")."""
    word = span.text.lower()
    for info in list(table.actors.values()):
        if info.kind in {"person", "state"}:
            continue
        if any(len(name.split()) > 1 and word in name.lower().split()
               for name in names_of(info, lexicon)):
            return info.id
    return None


def same_person(span: Span, table: ActorTable, lexicon: ActorLexicon) -> str | None:
    """An earlier person whose name contains this one ("Al-Saedi" after "Abu Baqir al-Saadi")."""
    words = set(name_key(span.text))
    if not words:
        return None
    for info in list(table.actors.values()):
        if info.kind != "person":
            continue
        if any(words <= set(name_key(name)) for name in names_of(info, lexicon)):
            return info.id
    return None


def speaks_for_it(token: Token, lexicon: ActorLexicon) -> bool:
    """"the White House assertion", "Kremlin officials", "a Baghdad spokesman": a seat of
    government before words said, or before those who say them, is the government."""
    if token.dep_ != "compound" or token.head.pos_ != "NOUN":
        return False
    word = token.head.lemma_.lower()
    return word in cue_nouns() or word in lexicon.role_nouns
