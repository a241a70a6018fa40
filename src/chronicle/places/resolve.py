"""Choosing which place a toponym names, and the article's main place.

Each candidate is scored on what the gazetteer knows of it (its level and population, a
name of our own data, its main name or an alternate one, a spelling variant) and on what
the text says around it:

- the countries of the article (its actors, its country names, its other places): "Tripoli"
  in a report about Lebanon is in Lebanon;
- a container named beside it: "Kafr Kila (Marjayoun, Nabatieh)", "Lebanon, Pennsylvania",
  "Al-Qaim in Anbar province";
- a place word: "Idlib province" is the governorate, "the city of Idlib" the city;
- the other places of the article: a town near the article's other pins beats a namesake
  across the world.

Resolution runs twice: first on the article's countries alone, then with the first pass's
confident pins as neighbours.
"""

from __future__ import annotations

import math
from collections import Counter

from spacy.tokens import Doc

from chronicle.places.borders import border_point, km, moved, part_of, shared_run
from chronicle.places.gazetteer import Gazetteer
from chronicle.places.lexicon import PlaceLexicon
from chronicle.places.model import Entry, PlaceMention
from chronicle.places.recognize import Candidate, Toponym

NEIGHBOUR_KM = 150
SPECIFIC = ("site", "city", "admin2")


def prior(entry: Entry) -> float:
    """What the gazetteer alone says: countries first, then the bigger places."""
    pop = math.log10(entry.population + 1)
    if entry.level == "country":
        return 8.0
    if entry.level == "region":
        return 6.0
    if entry.level == "admin1":
        return 2.0 + 0.5 * pop
    if entry.level == "admin2":
        return 1.0 + 0.4 * pop
    if entry.level == "city":
        return 1.0 + 0.8 * pop
    return 3.0  # a site: an airport, or a base of our own list


def contains(outer: Entry, inner: Entry) -> bool:
    if outer.id == inner.id:
        return False
    if outer.level == "country":
        return inner.country == outer.country
    if outer.level == "admin1" and inner.admin1 == outer.id:
        return True
    if outer.level == "admin2" and inner.admin2 == outer.id:
        return True
    if None in (outer.lat, inner.lat) or (outer.country and inner.country != outer.country):
        return False
    # Subdivision links in the data are incomplete: near enough to its pin also counts.
    reach = {"city": 40, "admin2": 60, "admin1": 250}.get(outer.level, 150)
    return km(outer.lat, outer.lon, inner.lat, inner.lon) <= reach


class Context:
    """The article's countries, weighted by how often it names them."""

    def __init__(self, weights: Counter) -> None:
        self.weights = weights
        self.total = sum(weights.values()) or 1

    def share(self, country: str | None) -> float:
        return self.weights.get(country, 0) / self.total if country else 0.0

    def top(self) -> list[str]:
        return [c for c, _ in self.weights.most_common()]


def article_countries(doc: Doc, toponyms: list[Toponym]) -> Context:
    weights: Counter = Counter()
    actors = doc._.actors or {}
    for mention in doc._.actor_mentions or []:
        info = actors.get(mention.actor_id)
        if info is not None and info.country and len(info.country) == 3:
            weights[info.country] += 1
    for topo in toponyms:
        countries = {c.entry.country for c in topo.candidates if not c.fuzzy}
        if topo.border:
            countries = {c for c in topo.border if c}
        if len(countries) == 1 and None not in countries:
            weights[next(iter(countries))] += 2
        elif any(c.entry.level == "country" for c in topo.candidates):
            country = next(c.entry.country for c in topo.candidates
                           if c.entry.level == "country")
            weights[country] += 2
    return Context(weights)


def score(cand: Candidate, topo: Toponym, toponyms: list[Toponym], ctx: Context,
          pins: list[Entry], held: list[Toponym] = ()) -> float:
    e = cand.entry
    s = prior(e)
    if e.lat is None:
        s -= 5.0  # a subdivision without towns in the data: no pin to give
    if e.id < 0:
        s += 2.0  # our own list: written for the news
    if cand.main:
        s += 0.5
    if cand.fuzzy:
        s -= 2.5
    if topo.level_hint:
        hinted = topo.level_hint == e.level or (topo.level_hint == "site" and e.level == "city")
        s += 3.0 if hinted else -1.0
    if e.country:
        s += 4.0 * ctx.share(e.country) + (1.0 if ctx.weights.get(e.country) else 0.0)
    for index in topo.containers:
        if any(contains(c.entry, e) for c in toponyms[index].candidates):
            s += 6.0
            break
    # ... and the reading of a container that holds a reading of the place before it
    # ("Atlanta, Georgia": the state, not the country).
    for other in held:
        if any(contains(e, c.entry) for c in other.candidates):
            s += 4.0
            break
    if e.lat is not None and e.level in SPECIFIC and any(
            p.id != e.id and p.lat is not None and abs(p.lat - e.lat) < 1.5 and
            km(p.lat, p.lon, e.lat, e.lon) <= NEIGHBOUR_KM for p in pins):
        s += 1.5
    return s


def choose(topo: Toponym, toponyms: list[Toponym], ctx: Context, pins: list[Entry],
           held: list[Toponym] = ()) -> tuple[Entry | None, float]:
    """The best candidate and its margin over the next one. `held`: the toponyms that
    name this one as their container."""
    if not topo.candidates:
        return None, 0.0
    ranked = sorted(((score(c, topo, toponyms, ctx, pins, held), -c.entry.id, c.entry)
                     for c in topo.candidates), key=lambda x: (x[0], x[1]), reverse=True)
    margin = ranked[0][0] - ranked[1][0] if len(ranked) > 1 else 10.0
    return ranked[0][2], margin


def resolve(doc: Doc, toponyms: list[Toponym], gaz: Gazetteer, lex: PlaceLexicon
            ) -> list[PlaceMention]:
    ctx = article_countries(doc, toponyms)
    held: list[list[Toponym]] = [[] for _ in toponyms]
    for topo in toponyms:
        for index in topo.containers:
            held[index].append(topo)
    first = [choose(t, toponyms, ctx, [], held[i]) for i, t in enumerate(toponyms)]
    pins = [e for e, margin in first if e is not None and margin >= 2.0]
    chosen: list[Entry | None] = []
    for index, topo in enumerate(toponyms):
        chosen.append(_border(topo, ctx, gaz, pins, chosen) if topo.border
                      else choose(topo, toponyms, ctx, pins, held[index])[0])
    out = []
    for index, topo in enumerate(toponyms):
        entry, how = chosen[index], topo.how
        # (a sea holds no town: "50 nautical miles west of Hodeidah in the Red Sea")
        holders = [chosen[i] for i in topo.containers
                   if chosen[i] is not None and chosen[i].country is not None]
        if entry is not None and entry.id >= 0 and holders and not topo.border and \
                not any(contains(h, entry) for h in holders) and (
                    _weak(entry, topo) or _abroad(entry, holders) or topo.sub_city):
            # "Robotyne, south of Orikhiv": a spelling variant or a namesake abroad outside
            # the place the text puts it in; the holder's pin is the better answer.
            entry = None
        if entry is None:
            # "the Mashtal neighbourhood of east Baghdad", "Um Kadada village in North
            # Darfur": a place the gazetteer lacks takes the pin of the place holding it.
            holder = next((chosen[i] for i in topo.containers if chosen[i] is not None), None)
            if holder is not None:
                entry, how = holder, "container"
        start = topo.start
        if entry is not None and topo.direction and entry.level == "country" and \
                not topo.border:
            # "northeastern Jordan", "eastern Syria": a part of the country, pinned there
            point = part_of(entry.country, topo.direction)
            if point is not None:
                entry = Entry(0, f"{topo.direction} {entry.name}", "region", entry.country,
                              point[0], point[1], source="countryinfo")
                start = _direction_start(doc, topo.start)
        if entry is not None and topo.shift is not None and entry.lat is not None:
            lat, lon = moved(entry.lat, entry.lon, *topo.shift)
            entry = Entry(entry.id, entry.name, entry.level, entry.country, lat, lon,
                          entry.population, entry.admin1, entry.admin2, entry.source)
        text = doc[start:topo.end].text
        out.append(PlaceMention(start, topo.end, text, entry, near=topo.near,
                                locative=topo.locative, origin=topo.origin,
                                holds=topo.holds, how=how,
                                candidates=len(topo.candidates)))
    return out


def _direction_start(doc: Doc, start: int) -> int:
    """Where "north-eastern Jordan" begins: the compass word, hyphenated or not."""
    k = start - 1
    while k > 0 and doc[k - 1].text == "-" and k > 1:
        k -= 2
    return max(0, k)


def _abroad(entry: Entry, holders: list[Entry]) -> bool:
    """"Moura, central Mali" read as Moura in Portugal: the text puts it in a country or
    province of another country."""
    return any(h.level in ("country", "admin1", "admin2") and h.country != entry.country
               for h in holders)


def _weak(entry: Entry, topo: Toponym) -> bool:
    """Read through a spelling variant or an alternate name only, not our own list's."""
    if entry.id < 0:
        return False
    found = [c for c in topo.candidates if c.entry.id == entry.id]
    return not found or found[0].fuzzy or not found[0].main


def _border(topo: Toponym, ctx: Context, gaz: Gazetteer, pins: list[Entry],
            before: list[Entry | None]) -> Entry | None:
    """The pin of "the Syria-Jordan border", "the Syrian border" (the other side is the
    nearest country named before it, else the article's), "Jordan's border with Syria and
    Iraq" (where the three meet)."""
    countries = list(topo.border)
    if len(countries) == 1:
        a = countries[0]
        earlier = [e.country for e in reversed(before) if e is not None and e.country]
        other = next((c for c in [*earlier, *ctx.top()] if c != a and border_point(a, c)),
                     None)
        if other is None:
            country = gaz.country(a)
            return None if country is None else Entry(
                0, f"{country.name} border", "border", a, country.lat, country.lon, 0,
                source="countryinfo")
        countries.append(other)
    a, b = countries[0], countries[1]
    point = border_point(a, b)
    if point is None:
        return None
    if len(countries) == 3:  # where the three meet: the A-B vertex nearest the A-C border
        third = border_point(a, countries[2])
        if third is not None:
            point = border_point(a, b, near=third) or point
    else:
        # the article's site or town closest to this border, if it is by it ("Al-Qaim")
        run = shared_run(a, b) or shared_run(b, a)
        by = [(min(km(p.lat, p.lon, *v) for v in run), p) for p in pins
              if p.level in ("site", "city") and p.lat is not None]
        by = [(d, p) for d, p in by if d <= 100]
        if by:
            nearest = min(by, key=lambda x: x[0])[1]
            point = border_point(a, b, near=(nearest.lat, nearest.lon)) or point
    names = [getattr(gaz.country(c), "name", c) for c in countries]
    return Entry(0, "–".join(names) + " border", "border", a, point[0], point[1], 0,
                 source="countryinfo")
