"""The places stage's mentions as record places; events point into this list by index."""

from __future__ import annotations

from spacy.tokens import Doc

from chronicle.record.events import char_span
from chronicle.record.schema import Place, Record


def places_of(doc: Doc) -> list[Place]:
    out = []
    for mention in doc._.places or []:
        start, end = char_span(doc, mention.start, mention.end)
        entry = mention.entry
        out.append(Place(
            start=start, end=end, text=doc.text[start:end],
            name=entry.name if entry else None, country=entry.country if entry else None,
            lat=entry.lat if entry else None, lon=entry.lon if entry else None,
            precision=entry.level if entry else None, near=mention.near,
            resolved_by=mention.how if entry else "none",
        ))
    return out


def main_event_place(record: Record) -> Place | None:
    """Where the record's main event happened (see `main_event_place_index`)."""
    index = main_event_place_index(record)
    return None if index is None else record.places[index]


def main_event_place_index(record: Record) -> int | None:
    """The place of the record's first realized event that the text places, else of its
    first placed event, else the article's main place."""
    placed = [e for e in record.events if e.place is not None]
    told = [e for e in placed if e.place_basis in ("text", "refined") and e.aux is None]
    for events in (told, placed):
        if events:
            return min(events, key=lambda e: e.trigger[0]).place
    return record.main_place
