"""A learned second opinion on an event's type, from the words around its trigger.

The lexicon gives each trigger one reading; news English often decides by the object or the
frame ("suspended aid" is a SANCTION, "suspended attacks" a RETREAT; "agreed with" supports,
"agreed to" agrees). A multinomial logistic model over a handful of parse features, trained by
tools/train_event_typer.py on labelled sentences and shipped as data/events/typer.json, retypes
an event when it is confident. Without the file the coder runs on rules alone.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

from chronicle.events.deed_nouns import about_phrase
from chronicle.events.model import Candidate

ARGUMENT_DEPS = {"dobj", "xcomp", "ccomp", "attr", "oprd", "acomp", "dative", "prt"}


def event_features(event: Candidate) -> list[str]:
    head = event.head
    extra: list[str] = []
    if event.inner is not None and event.type == event.inner.type:
        # a light verb ("announced a suspension"): the wrapped noun is the trigger
        extra.append(f"light={head.lemma_.lower()}")
        head = event.inner.head
    features = [f"lemma={head.lemma_.lower()}", f"rule={event.type}", f"pos={head.pos_}",
                f"lemma+rule={head.lemma_.lower()}|{event.type}",
                f"frame={event.spec.frame or '-'}", f"aux={event.aux or '-'}", *extra]
    topic = about_phrase(head) if head.pos_ == "NOUN" else None
    if topic is not None:
        features.append(f"about={topic.lemma_.lower()}")
    if event.mode:
        features.append(f"mode={event.type}:{event.mode}")
    if event.inner is not None:
        features.append(f"inner={event.inner.type}")
        features.append(f"inner_lemma={event.inner.head.lemma_.lower()}")
    for child in head.children:
        features += child_features(child)
    governor = head.head
    if governor.i != head.i:
        features.append(f"gov={governor.lemma_.lower()}")
        features.append(f"gov_dep={head.dep_}")
    sentence = head.sent
    window = head.doc[max(sentence.start, head.i - 4):min(sentence.end, head.i + 5)]
    features += [f"w={t.lemma_.lower()}" for t in window
                 if t.is_alpha and not t.is_stop and t.i != head.i]
    return features


def child_features(child: Token) -> list[str]:
    if child.dep_ in ARGUMENT_DEPS:
        return [f"{child.dep_}={child.lemma_.lower()}"]
    if child.dep_ == "prep":
        objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
        return [f"prep={child.lower_}"] + [f"prep_{child.lower_}={o.lemma_.lower()}"
                                           for o in objects]
    if child.dep_ in {"neg", "aux"}:
        return [f"{child.dep_}={child.lower_}"]
    return []


@dataclass(slots=True)
class EventTyper:
    labels: list[str]
    weights: dict[str, list[float]]
    bias: list[float]
    threshold: float
    margin: float = 0.0  # how far the model's label must lead the rule's own label

    def probabilities(self, features: list[str]) -> list[float]:
        scores = list(self.bias)
        for feature in features:
            row = self.weights.get(feature)
            if row is not None:
                scores = [s + w for s, w in zip(scores, row, strict=True)]
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return [e / total for e in exp]

    def retype(self, event: Candidate, categories: dict[str, frozenset[str]]) -> None:
        features = event_features(event)
        if features[0] not in self.weights:
            return  # the trigger word itself was never seen in training: the rule stands
        probs = self.probabilities(features)
        best = max(range(len(probs)), key=probs.__getitem__)
        label = self.labels[best]
        own = norm(event.type)
        lead = probs[best] - (probs[self.labels.index(own)] if own in self.labels else 0.0)
        if probs[best] < self.threshold or label == own or lead < self.margin:
            return
        new_type = "RETREAT" if label == "YIELD" else label
        event.type = new_type
        if event.mode and event.mode not in categories.get(new_type, frozenset()):
            event.mode = None
        event.typed_by_model = True


def retypable(event: Candidate) -> bool:
    """Events the typer may retype: not structural readings (a frame's settled type), not
    negated ("did not target" stays the ASSAULT it negates), not phrases ("hold to account",
    "claim responsibility" say what they mean)."""
    return not event.absorbed and event.type != "NONE" and not event.settled and \
        event.aux != "negated" and len(event.spec.words) == 1


def norm(kind: str) -> str:
    return "YIELD" if kind in {"RETREAT", "CONCEDE"} else kind


def model_path() -> Path:
    return Path(str(resources.files("chronicle") / "data" / "events" / "typer.json"))


def load_typer(path: Path | None = None) -> EventTyper | None:
    path = path or model_path()
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return EventTyper(labels=data["labels"], weights=data["weights"], bias=data["bias"],
                      threshold=data["threshold"], margin=data.get("margin", 0.0))
