"""Decoding and sanity checks shared by every reader: the gate bad input must pass."""

from __future__ import annotations

import re
from datetime import date, datetime

from spacy.lang.en.stop_words import STOP_WORDS

from chronicle.errors import Errors, InputError, Warnings

MAX_CHARS = 1_000_000
# Below this many words the stop-word test says too little to refuse a text.
MIN_WORDS_FOR_LANGUAGE = 12
MIN_ENGLISH_STOPWORD_SHARE = 0.12
MIN_WORDS_FOR_SHARE = 60
# Function words of the Latin-script languages news most often comes in besides English
# (French, Spanish, Portuguese, Italian, German, Dutch), minus any English word.
FOREIGN_FUNCTION_WORDS = frozenset("""
le la les des du une est sont dans pour avec sur qui que et au aux ce cette il elle ont pas
par leur nous vous ils elles sa ses son
el los las del una y por con para se es su lo como pero sus entre sobre fue han
o os da dos das em um uma não com é ao à
il lo gli della di che è per non sono nel alla delle dei
der die das und ist nicht mit von zu den dem ein eine auf für sich auch wird wurde
de het een en van niet te zijn voor ook
""".split()) - STOP_WORDS
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, warnings: list[str]) -> str:
    """Decode UTF-8 (with or without BOM), replacing what cannot be decoded and saying so."""
    if looks_binary(data):
        raise InputError(Errors.E002, detail=describe_binary(data))
    return decode_utf8(data, warnings)


def decode_utf8(data: bytes, warnings: list[str]) -> str:
    """UTF-8 with or without BOM; undecodable bytes become U+FFFD and a W001 warning."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("utf-8-sig", errors="replace")
        warnings.append(Warnings.W001.format(count=text.count("\ufffd")))
        return text


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls / len(head) > 0.05


def describe_binary(data: bytes) -> str:
    signatures = {
        b"%PDF": "a PDF file",
        b"\x89PNG": "a PNG image",
        b"\xff\xd8\xff": "a JPEG image",
        b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX)",
        b"\x1f\x8b": "a gzip archive",
        b"GIF8": "a GIF image",
    }
    for magic, what in signatures.items():
        if data.startswith(magic):
            return f"{what}, not text"
    return "NUL or control bytes, not text"


def check_text(text: str, *, max_chars: int = MAX_CHARS) -> str:
    """Return the text ready for analysis, or raise InputError with the reason."""
    if "\x00" in text:
        raise InputError(Errors.E002, detail="NUL characters in text")
    if len(text) > max_chars:
        raise InputError(Errors.E003, size=len(text), limit=max_chars)
    if not text.strip():
        raise InputError(Errors.E001)
    if len(_CONTROL.findall(text)) > max(3, len(text) // 100):
        raise InputError(Errors.E002, detail="too many control characters")
    reason = non_english_reason(text)
    if reason:
        raise InputError(Errors.E004, detail=reason)
    return text


def non_english_reason(text: str) -> str | None:
    """A cheap language check: share of Latin letters and of English function words.

    Good enough to refuse Arabic, Russian or French articles before they waste a parse; short
    texts (headlines, captions) pass, because a dozen words cannot be judged reliably.
    """
    sample = text[:20_000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        raise InputError(Errors.E001)
    latin = sum(1 for c in letters if c.isascii())
    if len(letters) >= 20 and latin / len(letters) < 0.5:
        return f"only {latin / len(letters):.0%} of letters are Latin"
    words = _WORD.findall(sample.lower())
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return None
    share = sum(1 for w in words if w in STOP_WORDS) / len(words)
    foreign = sum(1 for w in words if w in FOREIGN_FUNCTION_WORDS) / len(words)
    if foreign > share:
        return (f"more function words of other languages ({foreign:.0%}) than of English "
                f"({share:.0%})")
    # a name-heavy English sentence ("Russian Energy Minister Alexander Novak and UAE's Oil
    # Minister ...") has few function words; only a long text that has almost none is refused
    if len(words) >= MIN_WORDS_FOR_SHARE and share < MIN_ENGLISH_STOPWORD_SHARE:
        return f"only {share:.0%} of words are English function words"
    return None


def normalize_published(value: object, warnings: list[str]) -> str | None:
    """Accept YYYY-MM-DD or an ISO date-time; anything else is dropped with a warning."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        candidate = value.strip()
        for parse in (date.fromisoformat, lambda s: datetime.fromisoformat(s).date()):
            try:
                return parse(candidate).isoformat()
            except ValueError:
                continue
        # "2024-02-02T10:00:00Z" style stamps that fromisoformat on 3.11 accepts; others:
        match = re.match(r"(\d{4}-\d{2}-\d{2})", candidate)
        if match:
            try:
                return date.fromisoformat(match.group(1)).isoformat()
            except ValueError:
                pass
    warnings.append(Warnings.W004.format(field="published", detail=f"not a date: {value!r}"))
    return None


def optional_str(value: object, name: str, warnings: list[str]) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    warnings.append(Warnings.W004.format(field=name, detail=f"expected text, got {value!r}"))
    return None
