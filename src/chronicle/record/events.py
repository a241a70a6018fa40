"""Coded events (token offsets) to record events (character offsets)."""

from __future__ import annotations

from spacy.tokens import Doc

from chronicle.record.schema import Event, EventDate


def char_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Characters of tokens [start, end), without surrounding white space."""
    while end > start + 1 and doc[end - 1].is_space:
        end -= 1
    while start < end - 1 and doc[start].is_space:
        start += 1
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text)


def events_of(doc: Doc, published: str | None) -> list[Event]:
    events = []
    for number, event in enumerate(doc._.events or [], start=1):
        if event.year is not None:
            when = EventDate(value=str(event.year), precision="year")
        elif published:
            when = EventDate(value=published, precision="dct")
        else:
            when = EventDate()
        events.append(Event(
            id=f"e{number}", type=event.type, mode=event.mode, aux=event.aux,
            actor=list(event.actor), recipient=list(event.recipient), date=when,
            dead=event.dead, injured=event.injured, arrested=event.arrested,
            asserted_by=event.asserted_by,
            trigger=char_span(doc, event.start, event.end),
            evidence=[char_span(doc, s, e) for s, e in event.evidence],
            confidence=event.confidence,
            actor_spans=[char_span(doc, s, e) for s, e in event.actor_spans],
            recipient_spans=[char_span(doc, s, e) for s, e in event.recipient_spans],
            framed=event.inner is not None, retyped=event.typed_by_model,
        ))
    return events
