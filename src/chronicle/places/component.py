"""The `chronicle_places` spaCy component: every place the text names, pinned.

Runs after the actor stage (a name the actors took is no place: "Washington has
threatened") and writes `doc._.places`, a list of `PlaceMention` in text order, and
`doc._.main_place`, the index of the place the article is mainly about (None without one).
"""


import os
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from chronicle.places.gazetteer import Gazetteer, ensure_index
from chronicle.places.lexicon import PlaceLexicon, load_lexicon
from chronicle.places.model import PlaceMention
from chronicle.places.recognize import Recognizer
from chronicle.places.resolve import resolve

for _name in ("places", "main_place"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# How much a pin of each level says about where a story is: a town more than a country.
SPECIFICITY = {"site": 3.0, "city": 3.0, "admin2": 2.5, "border": 2.5, "admin1": 2.0,
               "region": 1.5, "country": 1.0}

_gazetteers: dict[tuple[str, ...], Gazetteer] = {}


def gazetteer_for(lexicon: PlaceLexicon, files: tuple[str, ...]) -> Gazetteer:
    """One open gazetteer per process and set of extra files: a forked worker opens its own
    (an SQLite connection must not cross a fork)."""
    key = (str(os.getpid()), *files)
    if key not in _gazetteers:
        gaz = Gazetteer(ensure_index(), lexicon.sites)
        # The actor dictionary's short names of states ("US", "U.S.", "UK") are place
        # names too ("flew back to the US").
        by_country: dict[str, list[str]] = {}
        for alias, iso3 in lexicon.country_aliases.items():
            by_country.setdefault(iso3, []).append(alias)
        for iso3, aliases in by_country.items():
            entry = gaz.country(iso3)
            if entry is not None:
                gaz.add(entry, aliases)
        _gazetteers[key] = gaz
    return _gazetteers[key]


def main_place(doc: Doc, places: list[PlaceMention]) -> int | None:
    """The place named most as where things happen: a mention told as a location ("in X",
    "shelled X", "X province") counts twice, one told as whence ("fighters from X") or as
    what holds another ("Lebanon, Pennsylvania": Pennsylvania) half,
    any other (a dateline, "the Ethiopia port deal") once; the lead sentence adds one. A
    more exact pin breaks ties, then the earlier. A dateline is where the reporter is, so it
    only wins when nothing else is told as a location."""
    scores: Counter = Counter()
    first: dict[int, int] = {}
    lead_end = next(iter(doc.sents)).end if len(doc) else 0
    for i, place in enumerate(places):
        if place.entry is None or place.entry.lat is None or place.how == "container":
            continue  # (an unknown place with its holder's pin says nothing new)
        key = place.entry.id if place.entry.id else hash(place.entry.name)
        first.setdefault(key, i)
        weight = 0.5 if place.origin or place.holds else 2.0 if place.locative else 1.0
        if place.start < lead_end:
            weight += 1.0  # the lead sentence tells what the story is about
        scores[key] += weight + 0.1 * SPECIFICITY.get(place.entry.level, 1.0)
    if not scores:
        return None
    best = max(scores, key=lambda k: (scores[k], -first[k]))
    return first[best]


def reclaim_guessed_actors(doc: Doc, places: list[PlaceMention]) -> None:
    """A name the actor stage could only guess was someone (no dictionary entry: an "x-" id,
    "Ain al-Asad", "Kharkiv") that the gazetteer places, told as a place, is a place: the
    guess is withdrawn, so no event takes a base or a town for a party."""
    placed = {(p.start, p.end): p.locative for p in places
              if p.entry is not None and p.entry.lat is not None}
    actors = doc._.actors or {}
    mentions = doc._.actor_mentions or []
    # (a "person" only where the text tells the name as a place: the small model calls
    # Kharkiv a person, and a reporter may share a town's name)
    dropped = {i for i, m in enumerate(mentions) if m.actor_id.startswith("x-") and
               (m.start, m.end) in placed and
               (placed[m.start, m.end] or
                getattr(actors.get(m.actor_id), "kind", "") != "person")}
    if not dropped:
        return
    doc._.actor_mentions = [m for i, m in enumerate(mentions) if i not in dropped]
    used = {m.actor_id for m in doc._.actor_mentions}
    doc._.actors = {k: v for k, v in actors.items() if k in used}


class PlaceFinder:
    def __init__(self, name: str, extra_files: tuple[str, ...]) -> None:
        self.name = name
        self.extra_files = extra_files
        self.lexicon = load_lexicon(extra_files)
        self._recognizer: Recognizer | None = None  # opened on first use, in each process

    def __call__(self, doc: Doc) -> Doc:
        gaz = gazetteer_for(self.lexicon, self.extra_files)
        if self._recognizer is None or self._recognizer.gaz is not gaz:
            self._recognizer = Recognizer(gaz, self.lexicon)
        actor_spans = [(m.start, m.end, m.actor_id) for m in doc._.actor_mentions or []]
        toponyms = self._recognizer(doc, actor_spans)
        places = resolve(doc, toponyms, gaz, self.lexicon)
        reclaim_guessed_actors(doc, places)
        doc._.places = places
        doc._.main_place = main_place(doc, places)
        return doc


@Language.factory(
    "chronicle_places",
    default_config={"extra_files": []},
    requires=["doc._.actor_mentions", "doc.ents", "token.dep"],
    assigns=["doc._.places", "doc._.main_place"],
)
def make_place_finder(nlp: Language, name: str, extra_files: list[str]) -> PlaceFinder:
    return PlaceFinder(name, tuple(extra_files))
