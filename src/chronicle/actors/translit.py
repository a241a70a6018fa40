"""Spelling-tolerant keys for transliterated names.

Arabic, Persian and Pashto names reach English news in many spellings: "Abu Baqir al-Saadi",
"Abu Baqer al-Saedi", "Abu Bakr al-Saidi"; "Kanaani", "Kana'ani", "Kan'ani". A key keeps each
word's consonant skeleton (first letter kept, vowels dropped, doubles collapsed, q as k) and
drops articles, so those spellings meet. Keys of two words or more are specific enough to look
up in the whole dictionary; a single word is only compared with people already in the article.
"""

from __future__ import annotations

import re
import unicodedata

ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud", "ed"}
_APOSTROPHES = re.compile(r"[’'`ʿʾ‘ʼ]")
_NON_LETTER = re.compile(r"[^a-z]")


def word_key(word: str) -> str:
    text = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
    text = _NON_LETTER.sub("", _APOSTROPHES.sub("", text))
    if not text or text in ARTICLES:
        return ""
    text = text.replace("q", "k").replace("ph", "f").replace("ck", "k")
    skeleton = text[0] + re.sub(r"[aeiouyw]", "", text[1:]) if len(text) > 1 else text
    return re.sub(r"(.)\1+", r"\1", skeleton)


def name_key(name: str) -> tuple[str, ...]:
    """The key of a whole name: word keys in order, articles and punctuation dropped."""
    words = re.split(r"[\s\-]+", name)
    return tuple(k for k in (word_key(w) for w in words) if k)
