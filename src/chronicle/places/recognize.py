"""Finding toponyms: spans of a Doc that name places, with their gazetteer candidates.

Two sources meet here. The NER's GPE, LOC and FAC entities are taken when the gazetteer
knows them. The NER of a small model misses or mislabels many places ("al-Tanf" comes out
as a person, "Nabatieh" as an organisation), so every run of capitalised words is also
looked up, and a hit is kept when the text itself says it is a place: a locative
preposition before it ("near al-Tanf"), a place word after it ("Zamzam camp"), a container
after it ("Kafr Kila (Marjayoun, Nabatieh)"), or a well-known place (a country, a
province, a city of 100,000). Names that the actor stage took as actors ("Washington has
threatened", "Islamic Resistance in Iraq") are not places.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from chronicle.places.borders import COMPASS
from chronicle.places.chunks import DIRECTIONS, chunks, gap_ok
from chronicle.places.cues import (
    TARGET_PREPS,
    agency_code,
    dateline,
    distance_before,
    inside_actor,
    speaker,
    speaks_or_acts,
    target,
)
from chronicle.places.frontiers import border_phrases, country_word
from chronicle.places.gazetteer import Gazetteer
from chronicle.places.lexicon import PlaceLexicon
from chronicle.places.model import Entry
from chronicle.places.names import (
    ALONE_LIKENESS,
    NAMED_LIKENESS,
    fold,
    likeness,
    without_article,
)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# What the NER is reliable about: numbers and dates are no places. (It calls "Tower 22" an
# EVENT and "al-Tanf" a PERSON, so other labels do not rule a place out.)
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                              "QUANTITY"})
# Between a place and the place that contains it: "Kafr Kila (Marjayoun, Nabatieh)",
# "the Mashtal neighbourhood of east Baghdad", "Al-Qaim in Anbar province".
CONTAINER_GAP = frozenset({",", "(", "in", "of", "-", "the", "a", "an", "near", "outside",
                           "district", "province", "governorate", "neighborhood",
                           "neighbourhood", "area", "region", "city", "town", "village",
                           "county"}) | DIRECTIONS
ANAPHORS = frozenset({"the country", "this country", "that country"})
MAX_WORDS = 6
BIG_CITY = 100_000
SUB_CITY_WORDS = frozenset(fold(w) for w in ("neighbourhood", "neighborhood", "area",
                                              "suburb", "quarter"))
SMALL_TOWN = 5_000


@dataclass
class Candidate:
    entry: Entry
    main: bool  # the gazetteer's main name for it, not an alternate
    fuzzy: bool = False  # found through the spelling skeleton
    likeness: float = 1.0  # how close the spellings read (difflib ratio, articles aside)


@dataclass
class Toponym:
    start: int
    end: int
    candidates: list[Candidate]
    label: str = ""
    level_hint: str | None = None
    locative: bool = False
    near: bool = False
    shift: tuple[float, float] | None = None  # (km, bearing): "10 km north of"
    containers: list[int] = field(default_factory=list)  # later toponyms that may hold it
    border: tuple[str, ...] | None = None  # ISO3 codes: "the Syria-Jordan border"
    how: str = "gazetteer"
    partial: bool = False  # a name inside a longer run of capitals
    direction: str | None = None  # "northeastern" in "northeastern Jordan"
    origin: bool = False  # "from X": where someone or something came from
    holds: bool = False  # named to say where the place before it is ("X, Pennsylvania")
    sub_city: bool = False  # "the Al-Rawdah neighbourhood": a part of a town


class Recognizer:
    def __init__(self, gazetteer: Gazetteer, lexicon: PlaceLexicon) -> None:
        self.gaz = gazetteer
        self.lex = lexicon
        # Names recur across a batch ("Iraq", "Washington"): their candidates are kept.
        self._candidates = lru_cache(maxsize=16384)(self._find_candidates)
        self._toks: list[Token] = []
        self._tws: list[str] = []
        self._folded: list[str] = []
        self._lower: list[str] = []
        self._features: dict[int, tuple[str | None, int]] = {}

    def _span(self, i: int, j: int) -> str:
        """The text of tokens [i, j), without building a Span."""
        return "".join(self._tws[i:j]).rstrip()

    def __call__(self, doc: Doc, actor_spans: list[tuple[int, int, str]]) -> list[Toponym]:
        self._toks = list(doc)
        self._tws = [t.text_with_ws for t in self._toks]
        self._lower = [t.lower_ for t in self._toks]
        self._folded = [fold(t) for t in self._lower]
        self._features = {}
        labels = {}
        for ent in doc.ents:
            for t in range(ent.start, ent.end):
                labels[t] = (ent.label_, ent.start, ent.end)
        taken: set[int] = set()
        found = self.borders(doc, taken)
        runs = chunks(self._toks)
        named = self._named = self._countries_named(doc, runs)
        known = [(a, b) for a, b, actor in actor_spans if not actor.startswith("x-")]
        for start, end in runs:
            if self._actor_only(start, end, known):
                continue  # "Joe Biden", "Kataib Hezbollah": no look-ups for them
            i = start
            while i < end:
                hit = self._longest(doc, i, end, named)
                if hit is None:
                    i += 1
                    continue
                j, extended_end, cands, level_hint = hit
                ent = labels.get(i, ("", -1, -1))
                partial = (i, j) != (start, end) and not all(
                    doc[t].lower_ in DIRECTIONS for t in [*range(start, i), *range(j, end)])
                before = self._toks[i - 1] if i > 0 else None
                if partial and ((ent[0] in PLACE_LABELS and ent[1:] == (i, j)) or (
                        before is not None and (before.lower_ in self.lex.locatives or
                                                before.lower_ in TARGET_PREPS)
                        and (before.text[:1].isupper() or
                             (j < end and doc[j].pos_ in ("VERB", "AUX"))))):
                    # a headline's capitals: "Drone Strike in Baghdad Kills ...", "Strike
                    # On Kryvyi Rih Kills Nine" (a capitalised preposition: a title)
                    partial = False
                if partial:
                    # Part of a longer name ("Ain" of "Ain al-Hilweh", "Moore" of "Fort
                    # Moore"): only a country or sea ("Iraq" in a run "Iraq Syria Jordan").
                    cands = [c for c in cands if c.entry.level in ("country", "region")]
                if not cands:
                    i = j
                    continue
                cands = self._plausible(cands, level_hint, named, i, extended_end)
                if not cands:
                    i = j
                    continue
                topo = Toponym(i, extended_end, cands, level_hint=level_hint)
                topo.partial = partial
                topo.sub_city = self._folded[extended_end - 1] in SUB_CITY_WORDS
                topo.label = labels.get(i, ("", 0, 0))[0]
                if not (set(range(i, extended_end)) & taken):
                    self._context(doc, topo)
                    if self._keep(doc, topo, actor_spans, found):
                        found.append(topo)
                        taken.update(range(i, extended_end))
                i = j
            if not (set(range(start, end)) & taken):
                self._unknown(doc, start, end, labels, actor_spans, found, taken)
        found += self._anaphors(doc, taken)
        found += self._territories(doc, taken)
        # NER places the gazetteer does not know are kept unresolved, so a reader sees them.
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC") and not (set(range(ent.start, ent.end)) & taken) \
                    and not inside_actor(ent.start, ent.end, actor_spans, exact_too=True) \
                    and not self._candidates(ent.text):
                topo = Toponym(ent.start, ent.end, [], label=ent.label_, how="ner")
                self._context(doc, topo)
                if topo.locative:
                    found.append(topo)
                    taken.update(range(ent.start, ent.end))
        found.sort(key=lambda t: t.start)
        self._containers(doc, found)
        return found

    def _unknown(self, doc: Doc, start: int, end: int, labels: dict,
                 actor_spans: list[tuple[int, int, str]], found: list[Toponym], taken: set[int]
                 ) -> None:
        """A name the gazetteer lacks that the text calls a place ("the Mashtal
        neighbourhood", "the village of Um Kadada"): kept without a pin of its own."""
        word, k = self._feature_after(doc, end)
        if self._folded[start] in self.lex.demonyms:
            return  # "the Lebanese town of X": the town is X
        topo = Toponym(start, k if word else end, [], how="unknown")
        topo.label = labels.get(start, ("", 0, 0))[0]
        if word is not None:
            topo.level_hint = self.lex.feature_after[word]
        self._context(doc, topo)
        if topo.level_hint is None or topo.label in NOT_PLACE_LABELS or \
                inside_actor(topo.start, topo.end, actor_spans, exact_too=True):
            return
        found.append(topo)
        taken.update(range(topo.start, topo.end))

    def _actor_only(self, start: int, end: int, known: list[tuple[int, int]]) -> bool:
        """A run of capitals wholly inside a dictionary actor's mention, with nothing before
        it that could make it a place as well ("strikes on Iraq", "in ...", "shelled ...")."""
        if not any(a <= start and end <= b for a, b in known):
            return False
        before = self._lower[start - 1] if start > 0 else ""
        head = self._toks[end - 1]
        return before not in self.lex.locatives and before not in TARGET_PREPS and not (
            head.dep_ == "dobj" and head.head.lemma_.lower() in self.lex.place_verbs) and \
            fold(self._span(start, end)) not in self.lex.country_words

    def _plausible(self, cands: list[Candidate], level_hint: str | None, named: set[str],
                   start: int, end: int) -> list[Candidate]:
        """Readings that can be meant here: a neighbourhood or an area ("the Zeitoun
        neighbourhood") is in the article's countries, not in Malta. (A small town abroad
        that shares a name is not ruled out: in conflict news the article's named countries
        are often the attacker's.)"""
        if not named or any(c.entry.country in named or c.entry.country is None or
                            c.entry.id < 0 for c in cands):
            return cands
        return [] if self._folded[end - 1] in SUB_CITY_WORDS else cands

    def _anaphors(self, doc: Doc, taken: set[int]) -> list[Toponym]:
        """"bases in the country": a place noun the actor stage resolved to a state."""
        out = []
        actors = doc._.actors or {}
        for m in doc._.actor_mentions or []:
            info = actors.get(m.actor_id)
            if info is None or info.kind != "state" or not info.country or \
                    fold(doc[m.start:m.end].text) not in ANAPHORS or \
                    set(range(m.start, m.end)) & taken:
                continue
            entry = self.gaz.country(info.country)
            topo = Toponym(m.start, m.end, [Candidate(entry, True)] if entry else [],
                           how="anaphor")
            self._context(doc, topo)
            if topo.locative and entry is not None:
                out.append(topo)
                taken.update(range(m.start, m.end))
        return out

    def _territories(self, doc: Doc, taken: set[int]) -> list[Toponym]:
        """"Iranian territory", "on Iraqi soil", "Syrian airspace": a state's demonym before a
        word for its land (a country-level word of feature_words.tsv) is the country."""
        out = []
        for i in range(len(self._toks) - 1):
            code = self.lex.demonyms.get(self._folded[i])
            if code is None or i in taken or i + 1 in taken or \
                    self.lex.feature_after.get(self._folded[i + 1]) != "country":
                continue
            entry = self.gaz.country(code)
            if entry is None:
                continue
            topo = Toponym(i, i + 2, [Candidate(entry, True)], how="territory")
            self._context(doc, topo)
            out.append(topo)
            taken.update((i, i + 1))
        return out

    def _countries_named(self, doc: Doc, runs: list[tuple[int, int]]) -> set[str]:
        """The article's countries: its actors', those it names, and those of the known
        places it names that can only be in one country ("Zaporizhzhia", "Baghlan")."""
        out = {info.country for info in (doc._.actors or {}).values()
               if info.country and len(info.country) == 3}
        for start, end in runs:
            for t in range(start, end):
                code = self._country_word(self._toks[t])
                if code:
                    out.add(code)
            known = [c.entry for c in self._candidates(self._span(start, end))
                     if c.entry.level in ("admin1", "city") and
                     (c.entry.level == "admin1" or c.entry.population >= BIG_CITY)]
            if known and len({e.country for e in known}) == 1 and known[0].country:
                out.add(known[0].country)
        return out

    # -- look-up ---------------------------------------------------------------------
    def _find_candidates(self, text: str, fuzzy: bool = False) -> list[Candidate]:
        key = fold(text)
        out = [Candidate(e, main) for e, main in self.gaz.by_key(key)]
        if not out and without_article(key) != key:  # "Al-Najaf" for "An Najaf"
            out = [Candidate(e, main) for e, main in self.gaz.by_key(without_article(key))]
        if not out and fuzzy:
            # Consonant skeletons collide across languages ("Aita al-Shaab", "Zschopau"):
            # a variant must also read close to the name it stands for.
            out = [Candidate(e, False, True, likeness(key, fold(e.name)))
                   for e in self.gaz.by_skeleton(key)]
            out = [c for c in out if c.likeness >= NAMED_LIKENESS]
        return out

    def _longest(self, doc: Doc, i: int, end: int, named: set[str]
                 ) -> tuple[int, int, list[Candidate], str | None] | None:
        """The longest name starting at token i: (end, end with a place word, candidates,
        level the place word gives). A whole run of capitals in another spelling ("Aita
        al-Shaab" for "Ayta ash Shab") beats an exact match of a part of it ("Aita")."""
        exact = self._exact(doc, i, end)
        if exact is not None and exact[0] == end:
            return exact
        text = self._span(i, end)
        if end - i <= MAX_WORDS and gap_ok(self._toks[i], self._toks[end - 1]) and \
                len(fold(text)) >= 5:
            # a spelling variant counts only in the article's countries
            found = self._candidates(text, fuzzy=True)
            # a variant counts in the article's countries, or when it reads as the only
            # town of some size of that spelling ("Deir Ezzor", "Al-Mayadeen")
            towns = [c for c in found if c.fuzzy and c.entry.population >= SMALL_TOWN * 2
                     and c.likeness >= ALONE_LIKENESS]
            cands = [c for c in found if not c.fuzzy or c.entry.country in named or
                     (len(towns) == 1 and c is towns[0])]
            if cands:
                return end, end, cands, None
        return exact

    def _exact(self, doc: Doc, i: int, end: int
               ) -> tuple[int, int, list[Candidate], str | None] | None:
        toks = self._toks
        for j in range(min(end, i + MAX_WORDS), i, -1):
            if not gap_ok(toks[i], toks[j - 1]):
                continue
            if j == end:  # a name whose last words are lower case: "Zaporizhzhia nuclear
                for k in range(min(len(toks), j + 3), j, -1):  # power plant"
                    if all(t.is_alpha and t.is_lower and not t.is_stop for t in toks[j:k]):
                        cands = [c for c in self._candidates(self._span(i, k))
                                 if c.entry.level == "site"]
                        if cands:
                            return j, k, cands, "site"
            # "Zamzam camp", "Idlib province": the name with its place word after it.
            word, k = self._feature_after(doc, j)
            if word is not None:
                cands = self._candidates(self._span(i, k))
                if cands:
                    return j, k, cands, self.lex.feature_after[word]
            # "Borno State", "Idlib Province" written as part of the name.
            inner, _ = self._feature_after(doc, i + 1, limit=j)
            cands = self._candidates(self._span(i, j))
            if cands:
                return j, (k if word else j), cands, self.lex.feature_after.get(word or "")
            if inner is not None:
                stem_end = _stem_end(doc, i, j, inner)
                cands = self._candidates(self._span(i, stem_end))
                if cands:
                    return j, j, cands, self.lex.feature_after[inner]
        return None

    def _feature_after(self, doc: Doc, j: int, limit: int | None = None
                       ) -> tuple[str | None, int]:
        """The place word starting at token j ("camp", "refugee camp"), and where it ends."""
        if j not in self._features:
            found: tuple[str | None, int] = (None, j)
            for k in (j + 3, j + 2, j + 1):
                if k <= len(self._folded) and all(w.isalpha() for w in self._folded[j:k]):
                    word = " ".join(self._folded[j:k])
                    if word in self.lex.feature_after:
                        found = (word, k)
                        break
            self._features[j] = found
        word, k = self._features[j]
        if limit is not None and k > limit:
            return None, j
        return word, k

    # -- context ---------------------------------------------------------------------
    def _context(self, doc: Doc, topo: Toponym) -> None:
        """What the words before the name say: a locative, "near", "10 km north of"."""
        low, folded, before = self._lower, self._folded, self.lex.feature_before
        i = topo.start
        if i > 0 and topo.direction is None:
            word = low[i - 1]
            if i > 2 and low[i - 2] == "-" and low[i - 3] in ("north", "south"):
                word = low[i - 3] + word  # "north-eastern"
            if word in COMPASS:
                topo.direction = word
        while i > 0 and (low[i - 1] in ("the", "a") or low[i - 1] in DIRECTIONS
                         or folded[i - 1] in before
                         or (low[i - 1] == "of" and i > 1 and folded[i - 2] in before)):
            word = folded[i - 1]
            if word in before and topo.level_hint is None:
                topo.level_hint = before[word]
                topo.locative = True
            i -= 1
        for length in (4, 3, 2, 1):
            if i - length < 0:
                continue
            phrase = " ".join(w for w in folded[i - length:i] if w)
            if phrase in self.lex.relations:
                topo.locative = True
                bearing = self.lex.relations[phrase]
                topo.near = True
                if bearing is not None:
                    distance = distance_before(doc, i - length)
                    if distance is not None:
                        topo.shift = (distance, bearing)
                return
        if i > 0 and low[i - 1] in self.lex.locatives:
            topo.locative = True
        if i > 0 and low[i - 1] in ("from", "of"):
            topo.origin = low[i - 1] == "from"  # "fighters from Tal Afar": whence, not where
        if i > 1 and low[i - 1] == "of" and (
                folded[i - 2] in self.lex.feature_after or
                fold(self._toks[i - 2].lemma_) in self.lex.feature_after or low[i - 2] in
                ("outskirts", "suburbs", "centre", "center", "heart", "south", "north",
                 "east", "west", "parts", "part", "countryside")):
            topo.locative = True  # "the Mashtal neighbourhood of east Baghdad"
        head = self._toks[topo.end - 1]
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "targets in Syria, Iraq and Iran"
        if head.dep_ == "pobj" and head.head.lower_ in self.lex.locatives:
            topo.locative = True
        if head.dep_ == "dobj" and head.head.lemma_.lower() in self.lex.place_verbs:
            topo.locative = True  # "shelled Nikopol", "entered Kidal"
        if topo.level_hint is not None and not all(c.entry.level == "country"
                                                   for c in topo.candidates):
            topo.locative = True  # ("the Ethiopia port deal" is no place word)
        nxt = topo.end
        if nxt + 1 < len(low) and low[nxt] == "(" and self._toks[nxt + 1].is_title:
            topo.locative = True  # "Lalibela (North Wollo, Amhara)": where, in event notes

    def _keep(self, doc: Doc, topo: Toponym, actor_spans: list[tuple[int, int, str]],
              found: list[Toponym]) -> bool:
        if topo.label in NOT_PLACE_LABELS:
            return False
        text_key = fold(self._span(topo.start, topo.end))
        # "(AP)", "SANA reported": news agencies, not Apen or Sanaa
        outlet = text_key in self.lex.outlets or agency_code(self._toks, topo.start, topo.end)
        k = topo.start
        while k > 0 and topo.start - k < 3 and self._lower[k - 1] in (",", "(", *DIRECTIONS):
            k -= 1
        # right after a place, past a comma, a bracket or a compass word: "Tripoli,
        # Lebanon", "Moura, central Mali", "Say (Tillaberi)"
        container = bool(found) and k < topo.start and found[-1].end == k
        if container and found[-1].how == "dateline" and not outlet:
            topo.how = "dateline"  # "JENIN, West Bank (Reuters) —"
            return True
        if container:
            topo.locative = True  # "Tripoli, Lebanon": a place that holds the one before
            topo.holds = True
        # A name the actor stage only guessed at ("shelled Kherson" -> an unknown actor
        # "Kherson") is judged here like any other; a dictionary actor is no place.
        known = [a for a in actor_spans if not a[2].startswith("x-")]
        if target(doc, topo.end) and any(c.entry.level == "country" for c in topo.candidates):
            # "US strikes on Iraq and Syria": the states are the recipients, and also
            # where the strikes landed
            known = [a for a in known if a[:2] != (topo.start, topo.end)]
        if inside_actor(topo.start, topo.end, known, exact_too=not topo.locative):
            return False
        if not topo.locative and inside_actor(topo.start, topo.end, actor_spans,
                                              exact_too=False):
            return False  # inside a guessed actor's name too, when nothing says "place"
        if outlet:
            return False
        if dateline(doc, topo.start, topo.end):
            topo.how = "dateline"
            return True
        if not topo.locative and text_key in self.lex.metonyms \
                and speaks_or_acts(doc[topo.end - 1]):
            return False  # "Washington's refusal", "the support of Washington": the state
        if not topo.locative and speaker(doc[topo.end - 1]):
            return False  # "Hope, Faith and Victoria said": who speaks is no place
        own = any(c.entry.id < 0 for c in topo.candidates)
        if own or topo.locative:
            return True
        if topo.label in PLACE_LABELS and not topo.partial:
            return True
        if topo.partial:
            return False
        named = self._named
        head = doc[topo.end - 1]
        argument = head.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj", "appos")
        # A name the NER took for an organisation or a person ("Congress") needs a town of
        # some size, or the "(District, Province)" of an event summary, to be a place.
        least = 0 if topo.label not in ("ORG", "PERSON") or (
            topo.end < len(doc) and doc[topo.end].text == "(") else SMALL_TOWN
        for c in topo.candidates:
            if c.fuzzy:
                continue
            e = c.entry
            if e.level in ("country", "region"):
                return True  # "Iraq", "the Red Sea" wherever they stand
            in_article = e.country in named
            # "entered Kidal", "hit central Belgorod": a known town in the article's
            # countries, or a big one anywhere, as what a deed was done to.
            if argument and e.population >= least and (in_article or e.population >= BIG_CITY):
                return True
            if in_article and e.level == "admin1":
                return True
        return False

    def _containers(self, doc: Doc, found: list[Toponym]) -> None:
        """Which toponym names the place another lies in: "Kafr Kila (Marjayoun,
        Nabatieh)", "Lebanon, Pennsylvania", "Al-Qaim in Anbar", "the Mashtal
        neighbourhood of east Baghdad", "Kherson's Dniprovskyi district". A list ("Kharkiv,
        Mykolaiv and Odesa") is no chain of containers: after a bare comma the second
        name must be able to hold the first (a country, province, district or region)."""
        for a_index, a in enumerate(found):
            for b_index in range(a_index + 1, min(a_index + 3, len(found))):
                b = found[b_index]
                gap = [t.lower_ for t in self._toks[a.end:b.start]]
                if gap in (["'s"], ["’s"]):
                    b.containers.append(a_index)  # "Kherson's Dniprovskyi district"
                    break
                if len(gap) > 4 or not all(w in CONTAINER_GAP for w in gap):
                    break
                if gap == [","] and not _can_hold(b):
                    break
                a.containers.append(b_index)

    # -- borders ---------------------------------------------------------------------
    def borders(self, doc: Doc, taken: set[int]) -> list[Toponym]:
        """Border phrases (places/frontiers.py) as toponyms of their own."""
        out = []
        for start, end, countries in border_phrases(self._toks, self.lex):
            topo = Toponym(start, end, [], border=countries, how="border", locative=True)
            self._context(doc, topo)
            topo.locative = True
            out.append(topo)
            taken.update(range(start, end))
        return out

    def _country_word(self, tok: Token) -> str | None:
        return country_word(tok, self.lex)


def _can_hold(topo: Toponym) -> bool:
    return bool(topo.border) or any(c.entry.level in ("country", "admin1", "admin2", "region")
                                    for c in topo.candidates) or topo.level_hint in (
        "admin1", "admin2")


def _stem_end(doc: Doc, i: int, j: int, word: str) -> int:
    n_words = len(word.split(" "))
    return max(i + 1, j - n_words)


