"""Coded events (token offsets) to record events (character offsets)."""

from __future__ import annotations

from spacy.tokens import Doc

from chronicle.record.schema import Event, EventDate, Quote, Time


def char_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Characters of tokens [start, end), without surrounding white space."""
    while end > start + 1 and doc[end - 1].is_space:
        end -= 1
    while start < end - 1 and doc[start].is_space:
        start += 1
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text)


def events_of(doc: Doc) -> list[Event]:
    events = []
    for number, event in enumerate(doc._.events or [], start=1):
        when = EventDate()
        if event.when is not None:
            when = EventDate(value=event.when.value, time=event.when.time,
                             precision=event.when.precision)
        events.append(Event(
            id=f"e{number}", type=event.type, mode=event.mode, aux=event.aux,
            actor=list(event.actor), recipient=list(event.recipient), date=when,
            place=event.where, place_basis=event.where_basis, dead=event.dead,
            injured=event.injured, arrested=event.arrested,
            asserted_by=event.asserted_by,
            trigger=char_span(doc, event.start, event.end),
            evidence=[char_span(doc, s, e) for s, e in event.evidence],
            confidence=event.confidence,
            actor_spans=[char_span(doc, s, e) for s, e in event.actor_spans],
            recipient_spans=[char_span(doc, s, e) for s, e in event.recipient_spans],
            framed=event.inner is not None, retyped=event.typed_by_model,
        ))
    return events


def times_of(doc: Doc) -> list[Time]:
    """The time stage's TIMEX3s; events point into this list by index."""
    return [Time(start=t.start_char, end=t.end_char, text=t.text, type=t.type, value=t.value)
            for t in doc._.times or []]


def quotes_of(doc: Doc) -> list[Quote]:
    """The quote stage's attributions, in characters."""
    quotes = []
    for a in doc._.quotes or []:
        quotes.append(Quote(
            content=char_span(doc, *a.content), speaker=a.speaker,
            speaker_span=char_span(doc, *a.source) if a.source else None,
            cue=char_span(doc, *a.cue) if a.cue else None, kind=a.kind))
    return quotes
