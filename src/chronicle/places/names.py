"""Name keys: how a place name is folded so that its spellings meet in the gazetteer.

Transliterated names come in many spellings ("Abu Kamal", "Albu Kamal", "al-Bukamal";
"Deir ez-Zor", "Dayr az Zawr"; "Kafr Kila", "Kfar Kila"). Two keys are kept:

- `fold`: accents, apostrophes and ayn/hamza marks dropped, lower case, hyphens as spaces.
  "Ḩalab" -> "halab", "Ra's al-'Ayn" -> "ras al ayn". An exact look-up uses it.
- `skeleton`: the fold without a leading Arabic article, without vowels and the half-vowels
  y/w, and without spaces: "Deir ez-Zor" and "Dayr az Zawr" both give "drzr". It finds
  spelling variants, so a match through it needs more evidence than an exact one.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

# Marks that transliterations use for ayn and hamza, and apostrophes: dropped, not spaced.
_DROP = str.maketrans("", "", "'’‘`´ʻʼʿʾ′ˈ")
_SPACE = re.compile(r"[\s\-‐‑–—_./,()]+")
# The Arabic article in its assimilated spellings ("ad-Dawr", "ash-Sham", "as-Sulaymaniyah").
ARTICLES = frozenset("al el il ul ad ar as ash at az an adh ath ed er es esh et ez en "
                     "the".split())
# Words spelt apart or together in tribal and compound names: "Albu Kamal", "Abu Kamal".
_SAME = {"albu": "bu", "abu": "bu", "al bu": "bu"}
_VOWELS = re.compile(r"[aeiouyw]")
_VOWEL_RUN = re.compile(r"([aeiou])\1+")
_FINAL_H = re.compile(r"(?<=[ae])h\b")
_LATIN = re.compile(r"^[\x00-\x7f]*$")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    if name.isascii() and name.isalpha():  # most words: no marks, no spaces to fold
        return _FINAL_H.sub("", _VOWEL_RUN.sub(r"\1", name.lower()))
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.translate(_DROP).replace("ı", "i").replace("ø", "o").replace("ß", "ss")
    # Doubled vowels are one sound in transliteration: "Shaab"/"Shab", "Rada'a"/"Rada".
    # So is a final h after a or e (ta marbuta): "Izzah"/"Izza", "Hasakeh"/"Hasake".
    key = _VOWEL_RUN.sub(r"\1", _SPACE.sub(" ", plain.lower()).strip())
    return _FINAL_H.sub("", key)


def is_latin(key: str) -> bool:
    """True for a folded name written in the Latin alphabet (the only ones we match)."""
    return bool(key) and bool(_LATIN.match(key))


def without_article(key: str) -> str:
    """"al qaim" -> "qaim"; a name that is only an article stays as it is."""
    words = key.split(" ")
    if len(words) > 1 and words[0] in ARTICLES:
        return " ".join(words[1:])
    if len(words) == 1 and words[0].startswith("al") and len(words[0]) > 5 \
            and words[0][2] not in "aeiou":
        return words[0][2:]  # "alqaim" written together
    return key


@lru_cache(maxsize=65536)
def skeleton(key: str) -> str:
    """Consonants of the name without its article: the key spelling variants share."""
    words = [_SAME.get(w, w) for w in without_article(key).split(" ")
             if w not in ARTICLES or len(key) < 4]
    joined = "".join(words)
    consonants = _VOWELS.sub("", joined.replace("q", "k"))  # "Marqos"/"Markos"
    return re.sub(r"(.)\1+", r"\1", consonants)  # "Kirkuk"/"Karkuk", "Hassakeh"/"Hasakah"


def keys(name: str) -> set[str]:
    """The exact keys a gazetteer name is filed under: its fold, and without its article."""
    key = fold(name)
    if not is_latin(key) or len(key) < 2:
        return set()
    out = {key, without_article(key)}
    return {k for k in out if len(k) >= 2}


# How close a spelling variant must read: in the article's countries ("Takrit"/"Tikrit",
# "Baladweyne"/"Beledweyne"), or anywhere when it is the only sizeable town so spelt.
NAMED_LIKENESS = 0.8
ALONE_LIKENESS = 0.85


def bare(key: str) -> str:
    """The name without articles or spaces: what two spellings are compared on."""
    return "".join(w for w in key.split(" ") if w not in ARTICLES)


@lru_cache(maxsize=32768)
def likeness(a: str, b: str) -> float:
    """How alike two folded names read (difflib's ratio, articles aside)."""
    return SequenceMatcher(None, bare(a), bare(b)).ratio()


def similar(a: str, b: str) -> bool:
    """"aita al shaab" ~ "ayta ash shab"; "robotyne" !~ "rybotyn" (different towns)."""
    return likeness(a, b) >= ALONE_LIKENESS
